"""Properties that hold for any answers: amounts non-negative, ordered, capped, monotone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrb_desktop.core.answers import AnswerValue
from hrb_desktop.core.engine import ProjectGroup, Status
from hrb_desktop.core.policy_model import (
    ItemKind,
    MultiYear,
    PercentOfBase,
    Question,
    QuestionType,
    Tiered,
    UpToPercent,
    rule_max,
)

from .helpers import ENGINE, POLICY, REFERENCE

MONETARY = [i for i in POLICY.items() if i.kind == ItemKind.monetary]


def _value(question: Question) -> st.SearchStrategy[AnswerValue]:
    if question.type == QuestionType.yes_no:
        return st.booleans()
    if question.type == QuestionType.date:
        return st.dates(date(2019, 1, 1), date(2027, 12, 31))
    if question.type == QuestionType.choice:
        return st.sampled_from([c.value for c in question.choices])
    low, high = question.bounds()
    places = 0 if question.type == QuestionType.count else 4
    return st.decimals(
        min_value=low,
        max_value=min(high, Decimal(200000)),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    )


ANSWERS = st.fixed_dictionaries({}, optional={q.id: _value(q) for q in POLICY.questions})
PROJECTS = st.lists(
    st.lists(st.sampled_from([i.id for i in MONETARY]), min_size=2, max_size=3, unique=True),
    max_size=2,
)


def _groups(raw: list[list[str]]) -> list[ProjectGroup]:
    seen: set[str] = set()
    groups = []
    for n, ids in enumerate(raw):
        fresh = tuple(i for i in ids if i not in seen)
        seen.update(fresh)
        groups.append(ProjectGroup(f"p{n}", fresh))
    return groups


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=ANSWERS, projects=PROJECTS)
def test_amounts_are_sane_and_the_total_adds_up(answers: dict[str, Any], projects: list[list[str]]) -> None:
    result = ENGINE.evaluate(answers, reference_date=REFERENCE, projects=_groups(projects))
    for r in result.items:
        assert Decimal(0) <= r.low <= r.high
        assert Decimal(0) <= r.counted_low <= r.counted_high
        if r.status != Status.eligible:
            assert r.high == 0 and r.counted_high == 0
        if r.item.amount is not None:
            cap = rule_max(r.item.amount)
            if cap is not None:
                assert r.high <= cap, r.explanation()
        assert r.counted_high <= max((x.high for x in result.items), default=Decimal(0))
    assert result.total_low == sum((r.counted_low for r in result.items), Decimal(0))
    assert result.total_high == sum((r.counted_high for r in result.items), Decimal(0))
    assert result.total_low <= result.total_high


def _base_question(item_id: str) -> str | None:
    item = next(i for i in MONETARY if i.id == item_id)
    rule = item.amount.each if isinstance(item.amount, MultiYear) else item.amount
    if isinstance(rule, PercentOfBase | UpToPercent):
        return rule.base[0].q
    if isinstance(rule, Tiered):
        return rule.base
    return None


BASED = [i.id for i in MONETARY if _base_question(i.id)]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    answers=ANSWERS,
    item_id=st.sampled_from(BASED),
    base=st.decimals(min_value=0, max_value=150000, places=4),
    more=st.decimals(min_value=0, max_value=50000, places=4),
)
def test_amounts_are_monotone_in_their_base(
    answers: dict[str, Any], item_id: str, base: Decimal, more: Decimal
) -> None:
    question = _base_question(item_id)
    assert question is not None
    applicant = next(i for i in MONETARY if i.id == item_id).applicant
    lower = ENGINE.evaluate({**answers, question: base}, reference_date=REFERENCE, applicant=applicant)
    higher = ENGINE.evaluate(
        {**answers, question: base + more}, reference_date=REFERENCE, applicant=applicant
    )
    a = next(r for r in lower.items if r.id == item_id)
    b = next(r for r in higher.items if r.id == item_id)
    if a.status == Status.eligible:
        assert b.status == Status.eligible
        assert a.low <= b.low and a.high <= b.high
