"""The one place the batch asks the engine for results.

Kept to one small function on purpose: when the engine's entry point moves
(it went from ``Engine.evaluate_assessment`` to ``core.assessment.evaluate_assessment``),
only this file changes.
"""

from __future__ import annotations

from collections.abc import Callable

from hrb_desktop.core.answers import Answers
from hrb_desktop.core.assessment import Assessment, evaluate_assessment
from hrb_desktop.core.engine import AssessmentResult, Engine
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.policy_model import Policy

Evaluate = Callable[[Assessment, Answers, Lang], AssessmentResult]


def evaluator(policy: Policy) -> Evaluate:
    """``evaluate(assessment, answers, lang)`` for one policy; the engine is built once
    (its description caches are what keep 1,000 rows fast)."""
    engine = Engine(policy)

    def evaluate(assessment: Assessment, answers: Answers, lang: Lang) -> AssessmentResult:
        return evaluate_assessment(engine, assessment, answers, lang)

    return evaluate
