"""The columns of the batch template, derived from the policy model (never listed by hand).

The enterprise's fields come first, named as the assessment file names them
(``enterprise.name`` ...), then one column per question of the edition in the
policy's order, then a marker column whose id records the policy edition.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hrb_desktop.core.batch.texts import bt, has_text
from hrb_desktop.core.conditions import short_label
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.messages import article_name
from hrb_desktop.core.policy_model import ApplicantType, Policy, Question, QuestionType
from hrb_desktop.core.validation_text import field_label

MARKER_PREFIX = "hrb-policy:"


class Kind(StrEnum):
    text = "text"
    credit_code = "credit_code"
    applicant = "applicant"
    date = "date"
    areas = "areas"
    projects = "projects"
    yes_no = "yes_no"
    amount = "amount"
    percent = "percent"
    count = "count"  # type: ignore[assignment]  # shadows str.count; the value is what matters
    choice = "choice"
    marker = "marker"


_QUESTION_KINDS = {
    QuestionType.yes_no: Kind.yes_no,
    QuestionType.amount: Kind.amount,
    QuestionType.percent: Kind.percent,
    QuestionType.count: Kind.count,
    QuestionType.date: Kind.date,
    QuestionType.choice: Kind.choice,
}
_UNITS = {
    Kind.amount: "unit.amount",
    Kind.percent: "unit.percent",
    Kind.count: "unit.count",
    Kind.date: "unit.date",
    Kind.yes_no: "unit.yes_no",
}
# (column id, kind, maximum length) of the fields before the questions; the
# lengths are the assessment file's own limits (core/assessment.py).
_PROFILE: tuple[tuple[str, Kind, int], ...] = (
    ("enterprise.name", Kind.text, 200),
    ("enterprise.credit_code", Kind.credit_code, 40),
    ("enterprise.contact", Kind.text, 200),
    ("enterprise.district", Kind.text, 50),
    ("enterprise.industry", Kind.text, 100),
    ("enterprise.applicant_type", Kind.applicant, 60),
    ("reference_date", Kind.date, 40),
    ("areas", Kind.areas, 1000),
    ("projects", Kind.projects, 4000),
)
MAX_TEXT = 4000  # any cell: longer text is refused before it is looked at


@dataclass(frozen=True)
class Column:
    id: str
    kind: Kind
    max_length: int = 200
    question: Question | None = None

    def label(self, lang: Lang) -> str:
        """The column's name without its unit, as messages name it."""
        if self.question is not None:
            return short_label(self.question, lang)
        own = "col.marker.label" if self.kind == Kind.marker else f"col.{self.id}.label"
        if has_text(own):
            return bt(own, lang)
        known = field_label(self.id, lang) or self.id
        return known[:1].upper() + known[1:]  # a heading: "Name of enterprise or body"

    def unit(self, lang: Lang) -> str | None:
        key = _UNITS.get(self.kind)
        return bt(key, lang) if key else None

    def header(self, lang: Lang) -> str:
        """The label row of the template: the label with its unit, e.g. 项目年度实际固定资产投资额（万元）."""
        unit = self.unit(lang)
        if unit is None:
            return self.label(lang)
        return f"{self.label(lang)} ({unit})" if lang == "en" else f"{self.label(lang)}（{unit}）"

    def help(self, lang: Lang) -> str:
        if self.question is not None:
            return self.question.help.get(lang)
        return bt(f"col.{'marker' if self.kind == Kind.marker else self.id}.help", lang)

    def article(self, lang: Lang) -> str:
        if self.question is None or self.question.article is None:
            return ""
        return article_name(self.question.article, lang)


@dataclass(frozen=True)
class ColumnSet:
    policy: Policy
    columns: tuple[Column, ...]

    @property
    def by_id(self) -> dict[str, Column]:
        return {c.id: c for c in self.columns}

    @property
    def marker(self) -> Column:
        return self.columns[-1]


def marker_id(policy: Policy) -> str:
    return f"{MARKER_PREFIX}{policy.id}@{policy.model_version}"


def parse_marker(text: str) -> tuple[str, str | None] | None:
    """``hrb-policy:hrb-2021-10@2021.10-1`` -> (policy id, model version)."""
    if not text.startswith(MARKER_PREFIX):
        return None
    policy_id, _, model = text[len(MARKER_PREFIX) :].partition("@")
    return policy_id.strip(), (model.strip() or None)


def columns_for(policy: Policy) -> ColumnSet:
    profile = [Column(cid, kind, length) for cid, kind, length in _PROFILE]
    clash = {c.id for c in profile} & {q.id for q in policy.questions}
    if clash:  # a policy edition must not name a question like a profile field
        raise ValueError(f"question ids clash with the template's profile columns: {sorted(clash)}")
    questions = [Column(q.id, _QUESTION_KINDS[q.type], 200, q) for q in policy.questions]
    marker = Column(marker_id(policy), Kind.marker)
    return ColumnSet(policy, (*profile, *questions, marker))


def applicant_labels(lang: Lang) -> dict[ApplicantType, str]:
    return {kind: bt(f"applicant.{kind.value}", lang) for kind in ApplicantType}


def yes_no_words(lang: Lang) -> tuple[str, str]:
    return bt("yes", lang), bt("no", lang)
