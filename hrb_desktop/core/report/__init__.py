"""The PDF pre-application summary (申报前自评估报告), written with reportlab, no Qt.

``render_pdf`` builds the report in memory (pure: same inputs, same bytes);
``write_pdf`` writes it atomically, so a failed export never damages a file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError  # type: ignore[import-untyped]

from hrb_desktop.core.assessment import Assessment, AssessmentError, atomic_write
from hrb_desktop.core.engine import AssessmentResult
from hrb_desktop.core.font_coverage import unprintable_warnings
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.report.document import render_pdf
from hrb_desktop.core.report.fonts import FontUnavailable
from hrb_desktop.core.report.when import ReportDateError


def write_pdf(
    path: Path,
    policy: Policy,
    assessment: Assessment,
    result: AssessmentResult,
    lang: Lang = "zh",
    made_on: date | None = None,
) -> list[str]:
    """Write the PDF summary atomically to ``path``. Raises AssessmentError on failure.

    ``made_on``: the report's date (see ``render_pdf``). Returns warnings to show (in ``lang``):
    the characters of the enterprise's fields and project names the bundled font cannot print,
    which the PDF shows as "[U+2A6A5]".
    """
    atomic_write(path, pdf_bytes(policy, assessment, result, lang, made_on=made_on), lang)
    return unprintable_warnings(assessment, lang)


def pdf_bytes(
    policy: Policy, assessment: Assessment, result: AssessmentResult, lang: Lang = "zh", made_on: date | None = None
) -> bytes:
    """The PDF summary in memory (the batch writes many, then moves them in place together).
    Raises AssessmentError with a message for the user when it cannot be made; characters the
    font lacks print as "[U+2A6A5]" (``unprintable_warnings`` names them)."""
    try:
        return render_pdf(policy, assessment, result, lang, made_on=made_on)
    except FontUnavailable as exc:
        raise AssessmentError(
            "无法生成 PDF：程序自带的字体文件缺失或损坏，请重新安装。"
            if lang == "zh"
            else "Cannot create the PDF: the bundled font is missing or damaged. Please reinstall.",
            [str(exc)],
        ) from exc
    except ReportDateError as exc:
        raise AssessmentError(
            "无法生成 PDF：环境变量 SOURCE_DATE_EPOCH 不是有效的时间。"
            if lang == "zh"
            else "Cannot create the PDF: the environment variable SOURCE_DATE_EPOCH is not a valid time.",
            [str(exc)],
        ) from exc
    except LayoutError as exc:
        raise AssessmentError(
            "无法生成 PDF：某段内容过长，无法排入页面。"
            if lang == "zh"
            else "Cannot create the PDF: some text is too long to fit on a page.",
            [str(exc)],
        ) from exc


__all__ = ["pdf_bytes", "render_pdf", "unprintable_warnings", "write_pdf"]
