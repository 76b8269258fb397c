"""The PDF pre-application summary (申报前自评估报告), written with reportlab, no Qt."""

from __future__ import annotations

from pathlib import Path

from hrb_desktop.core.assessment import Assessment
from hrb_desktop.core.engine import AssessmentResult
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import Policy


def write_pdf(path: Path, policy: Policy, assessment: Assessment, result: AssessmentResult, lang: Lang = "zh") -> None:
    """Write the PDF summary atomically to ``path``. Raises AssessmentError on failure."""
    raise NotImplementedError("PDF export is not built yet")
