"""Shared helpers for the core tests: the embedded policy and typed answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from hrb_desktop.core.answers import Answers, normalise_answer
from hrb_desktop.core.editions import registry
from hrb_desktop.core.engine import AssessmentResult, Engine, ItemResult, ProjectGroup

SCENARIOS = Path(__file__).parent / "scenarios"
REFERENCE = date(2023, 6, 30)
BASE_ANSWERS = {"p_manufacturing": True, "p_above_scale": True}

POLICY = registry().load("hrb-2021-10")
ENGINE = Engine(POLICY)
QUESTIONS = {q.id: q for q in POLICY.questions}


def typed(raw: dict[str, Any]) -> Answers:
    return {k: normalise_answer(QUESTIONS[k], v) for k, v in raw.items()}


def run(
    raw: dict[str, Any],
    *,
    applicant: str = "enterprise",
    projects: list[dict[str, Any]] | None = None,
    reference_date: date = REFERENCE,
    lang: str = "zh",
    base: bool = True,
) -> AssessmentResult:
    answers = typed({**(BASE_ANSWERS if base else {}), **raw})
    groups = [ProjectGroup(p["name"], tuple(p["items"])) for p in projects or []]
    return ENGINE.evaluate(
        answers,
        reference_date=reference_date,
        applicant=applicant,
        projects=groups,
        lang=lang,  # type: ignore[arg-type]
    )


def item(result: AssessmentResult, item_id: str) -> ItemResult:
    matches = [r for r in result.items if r.id == item_id]
    assert matches, f"{item_id} not in the results"
    return matches[0]


def load_scenarios(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((SCENARIOS / name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data
