"""Three-valued evaluation of declarative conditions, and their description in words.

An unanswered question makes a comparison *unknown*; ``all`` is false as soon
as one part is false, so an enterprise that clearly misses a threshold is told
so even before it has answered everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from hrb_desktop.core.answers import Answers, AnswerValue
from hrb_desktop.core.messages import Lang, fmt_date, t
from hrb_desktop.core.money import fmt_plain, fmt_wan
from hrb_desktop.core.policy_model import (
    AllOf,
    AnyOf,
    Compare,
    Condition,
    NotOf,
    Question,
    QuestionType,
)

_UNIT_SUFFIX = re.compile(r"\s*(（万元）|（%）|\(10k CNY\)|\(%\)|（融资额，万元）)$")


@dataclass
class Outcome:
    """Result of a condition: ``value`` is True, False or None (unknown)."""

    value: bool | None
    met: list[Compare] = field(default_factory=list)
    unmet: list[Compare] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def evaluate(cond: Condition | None, answers: Answers) -> Outcome:
    if cond is None:
        return Outcome(True)
    if isinstance(cond, Compare):
        return _compare(cond, answers)
    if isinstance(cond, NotOf):
        inner = evaluate(cond.not_, answers)
        value = None if inner.value is None else not inner.value
        return Outcome(value, inner.unmet, inner.met, inner.missing)
    parts = [evaluate(child, answers) for child in (cond.all if isinstance(cond, AllOf) else cond.any)]
    out = Outcome(None)
    for part in parts:
        out.met += part.met
        out.unmet += part.unmet
        out.missing += part.missing
    values = [p.value for p in parts]
    if isinstance(cond, AllOf):
        out.value = False if False in values else (None if None in values else True)
    else:
        out.value = True if True in values else (None if None in values else False)
    if isinstance(cond, AnyOf) and out.value:
        out.unmet = []  # alternatives not taken are not reasons
    return out


def _compare(cond: Compare, answers: Answers) -> Outcome:
    answer = answers.get(cond.q)
    if answer is None:
        return Outcome(None, missing=[cond.q])
    ok = compare_values(answer, cond.op, cond.value)
    return Outcome(ok, met=[cond] if ok else [], unmet=[] if ok else [cond])


def compare_values(answer: AnswerValue, op: str, target: object) -> bool:
    if op == "in":
        return isinstance(target, list) and answer in target
    if isinstance(answer, bool) or isinstance(target, bool):
        equal = answer is target or answer == target
        return equal if op == "==" else (not equal if op == "!=" else False)
    if isinstance(answer, Decimal) and isinstance(target, Decimal):
        left, right = answer, target
    elif isinstance(answer, date) and isinstance(target, str):
        left_d, right_d = answer, date.fromisoformat(target)
        return _ordered(left_d, op, right_d)
    else:
        return (answer == target) if op == "==" else (answer != target if op == "!=" else False)
    return _ordered(left, op, right)


def _ordered(left: Decimal | date, op: str, right: Decimal | date) -> bool:
    if op == ">=":
        return left >= right  # type: ignore[operator]
    if op == ">":
        return left > right  # type: ignore[operator]
    if op == "<=":
        return left <= right  # type: ignore[operator]
    if op == "<":
        return left < right  # type: ignore[operator]
    if op == "==":
        return left == right
    return left != right


def short_label(question: Question, lang: Lang) -> str:
    """The question's label without its unit suffix or question mark, for sentences."""
    return _strip_units(question.label.get(lang))


@lru_cache(maxsize=1024)
def _strip_units(label: str) -> str:
    return _UNIT_SUFFIX.sub("", label).rstrip("?？")


def fmt_value(question: Question, value: AnswerValue, lang: Lang) -> str:
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, date):
        return fmt_date(value, lang)
    if isinstance(value, Decimal):
        if question.type == QuestionType.amount:
            return fmt_wan(value, lang)
        if question.type == QuestionType.percent:
            return f"{fmt_plain(value)}%"
        return fmt_plain(value)
    for choice in question.choices:
        if choice.value == value:
            return choice.label.get(lang)
    return str(value)


def describe(cond: Compare, questions: dict[str, Question], lang: Lang, answers: Answers) -> str:
    """Name a comparison in words, with the user's own figure where there is one."""
    question = questions[cond.q]
    answer = answers.get(cond.q)
    if cond.label is not None:
        text = cond.label.get(lang)
    elif isinstance(cond.value, bool) and cond.op in ("==", "!="):
        wanted = cond.value if cond.op == "==" else not cond.value
        text = t("cond.yes" if wanted else "cond.no", lang, label=short_label(question, lang))
        if isinstance(answer, bool) and answer != wanted:
            text += t("cond.current", lang, value=t("yes" if answer else "no", lang))
        return text
    else:
        shown = fmt_value(question, cond.value, lang) if not isinstance(cond.value, list) else ""
        if question.type == QuestionType.amount and isinstance(cond.value, Decimal):
            shown = fmt_wan(cond.value, lang).replace(".00", "")
        op = {">=": "≥", "<=": "≤", "==": "=", "!=": "≠"}.get(cond.op, cond.op)
        text = t("cond.compare", lang, label=short_label(question, lang), op=op, value=shown)
        if cond.op == ">=":
            text += t("cond.inclusive", lang)
    if answer is not None and not isinstance(answer, bool):
        text += t("cond.current", lang, value=fmt_value(question, answer, lang))
    return text
