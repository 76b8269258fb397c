"""The policy as validated data: articles, verbatim clauses, award items, questions.

A later edition of the policy is a new data file (embedded under ``resources/policy``
or imported by the user), validated by these models, not new code. Everything that
differs between editions is data here: article numbers, applicant types and their
labels, the provincial exclusions, which article forbids double support. Rules are
declarative data that the engine interprets with typed code; nothing here is ever
evaluated as Python.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class I18nText(Strict):
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


# Ids an edition defines for its own vocabulary (applicant types, provincial exclusions).
DataId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]

# The applicant type an assessment has when its file names none, if the edition defines it.
DEFAULT_APPLICANT = "enterprise"


class ApplicantTypeDef(Strict):
    """Who may apply for an item: an enterprise, an association, a person ... (defined per edition)."""

    id: DataId
    label: I18nText  # as the profile page offers it, e.g. 行业协会（第五条）
    screening: bool = False  # chooses screening areas first (many articles concern it)


class ItemKind(StrEnum):
    monetary = "monetary"
    judgement = "judgement"  # the text gives no figure: 一定金额, 一事一议 ...
    non_monetary = "non_monetary"  # land, talent, energy, procurement ...


class QuestionType(StrEnum):
    yes_no = "yes_no"
    amount = "amount"  # 万元, up to 4 decimals
    percent = "percent"
    count = "count"  # type: ignore[assignment]  # shadows str.count; the value is what matters
    date = "date"
    choice = "choice"


# ---------------------------------------------------------------- conditions

Op = Literal[">=", ">", "<=", "<", "==", "!=", "in"]


class Compare(Strict):
    """``answer(q) op value``; thresholds marked 含 use ">=" so the boundary counts."""

    q: str
    op: Op
    value: Decimal | bool | str | list[str]
    label: I18nText | None = None  # how to name the condition when it is unmet


class AllOf(Strict):
    all: list[Condition] = Field(min_length=1)


class AnyOf(Strict):
    any: list[Condition] = Field(min_length=1)


class NotOf(Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    not_: Condition = Field(alias="not")


Condition = Compare | AllOf | AnyOf | NotOf


def condition_questions(cond: Condition | None) -> list[str]:
    """Question ids a condition reads, in order of appearance."""
    if cond is None:
        return []
    if isinstance(cond, Compare):
        return [cond.q]
    if isinstance(cond, NotOf):
        return condition_questions(cond.not_)
    children = cond.all if isinstance(cond, AllOf) else cond.any
    return [q for child in children for q in condition_questions(child)]


# ---------------------------------------------------------------- amount rules


class Factor(Strict):
    """One factor of a base: an answer, optionally capped (e.g. a rate of at most 5%)."""

    q: str
    max: Decimal | None = None


class FixedAmount(Strict):
    kind: Literal["fixed"]
    amount: Decimal = Field(ge=0)


class PercentOfBase(Strict):
    """按 base 的 rate% 给予, with an optional cap (最高不超过): low == high."""

    kind: Literal["percent"]
    base: list[Factor] = Field(min_length=1)
    rate: Decimal = Field(gt=0, le=100)
    cap: Decimal | None = Field(default=None, gt=0)


class UpToPercent(Strict):
    """按不超过 base 的 rate% 给予: 0..min(rate × base, cap)."""

    kind: Literal["up_to_percent"]
    base: list[Factor] = Field(min_length=1)
    rate: Decimal = Field(gt=0, le=100)
    cap: Decimal | None = Field(default=None, gt=0)


class CapOnly(Strict):
    """最高不超过 X: 0..X."""

    kind: Literal["cap_only"]
    cap: Decimal = Field(gt=0)


class AmountRange(Strict):
    """A span such as 50—200万元: low..high."""

    kind: Literal["range"]
    low: Decimal = Field(ge=0)
    high: Decimal = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> AmountRange:
        if self.low > self.high:
            raise ValueError("range low must not exceed high")
        return self


class Tiered(Strict):
    """``first`` at ``threshold`` (含), plus ``per_step`` for each further full ``step``, capped."""

    kind: Literal["tiered"]
    base: str
    threshold: Decimal = Field(gt=0)
    first: Decimal = Field(gt=0)
    step: Decimal = Field(gt=0)
    per_step: Decimal = Field(gt=0)
    cap: Decimal | None = Field(default=None, gt=0)


class PerCount(Strict):
    """One award per title, listing or product, optionally capped in total."""

    kind: Literal["per_count"]
    count: str
    each: SimpleRule
    cap: Decimal | None = Field(default=None, gt=0)


class MultiYear(Strict):
    """An award paid each year for up to ``max_years`` years (``years`` answers how many)."""

    kind: Literal["multi_year"]
    max_years: int = Field(ge=1, le=10)
    years: str | None = None
    each: SimpleRule


SimpleRule = Annotated[
    FixedAmount | PercentOfBase | UpToPercent | CapOnly | AmountRange | Tiered,
    Field(discriminator="kind"),
]
AmountRule = Annotated[
    FixedAmount | PercentOfBase | UpToPercent | CapOnly | AmountRange | Tiered | PerCount | MultiYear,
    Field(discriminator="kind"),
]


def rule_questions(rule: AmountRule | None) -> list[str]:
    if rule is None:
        return []
    if isinstance(rule, PercentOfBase | UpToPercent):
        return [f.q for f in rule.base]
    if isinstance(rule, Tiered):
        return [rule.base]
    if isinstance(rule, PerCount):
        return [rule.count, *rule_questions(rule.each)]
    if isinstance(rule, MultiYear):
        return ([rule.years] if rule.years else []) + rule_questions(rule.each)
    return []


def rule_max(rule: AmountRule) -> Decimal | None:
    """The most the rule can ever give, or None when it grows with its base."""
    if isinstance(rule, FixedAmount):
        return rule.amount
    if isinstance(rule, CapOnly):
        return rule.cap
    if isinstance(rule, AmountRange):
        return rule.high
    if isinstance(rule, PercentOfBase | UpToPercent | Tiered | PerCount):
        return rule.cap
    each = rule_max(rule.each)
    return None if each is None else each * rule.max_years


# ---------------------------------------------------------------- questions


class Choice(Strict):
    value: str = Field(pattern=r"^[a-z0-9_]+$")
    label: I18nText


class Question(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    type: QuestionType
    label: I18nText
    help: I18nText
    article: int | None = None  # None: asked on the enterprise profile page
    area: str | None = None  # screening area; None: shown whenever its article is
    min: Decimal | None = None
    max: Decimal | None = None
    choices: list[Choice] = Field(default_factory=list)
    relevant_if: Condition | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        if (self.type == QuestionType.choice) != bool(self.choices):
            raise ValueError("choices are given exactly for questions of type 'choice'")
        return self

    def bounds(self) -> tuple[Decimal, Decimal]:
        """Validation bounds for numeric answers, with sane defaults per type."""
        default_max = {
            QuestionType.amount: Decimal("10000000"),
            QuestionType.percent: Decimal("100"),
            QuestionType.count: Decimal("1000"),
        }.get(self.type, Decimal("0"))
        low = self.min if self.min is not None else Decimal(0)
        high = self.max if self.max is not None else default_max
        return low, high


# ---------------------------------------------------------------- items and articles


class Item(Strict):
    id: str = Field(pattern=r"^a\d{1,2}\.[a-z0-9_]+$")
    title: I18nText
    applicant: DataId = DEFAULT_APPLICANT  # an id of the edition's applicant_types
    kind: ItemKind
    clause: str = Field(min_length=4)  # verbatim from the article text
    summary_en: str = Field(min_length=4)
    conditions: Condition | None = None
    amount: AmountRule | None = None
    questions: list[str] = Field(default_factory=list)
    materials: list[I18nText] = Field(default_factory=list)
    interpretation: I18nText | None = None
    provincial_exclusion: DataId | None = None  # a key of the edition's provincial_exclusions
    recognition_date: str | None = None  # a date question for 新获得/新认定/首次

    @model_validator(mode="after")
    def _amount_matches_kind(self) -> Item:
        if (self.kind == ItemKind.monetary) != (self.amount is not None):
            raise ValueError("an amount rule is given exactly for monetary items")
        return self

    def referenced_questions(self) -> list[str]:
        refs = condition_questions(self.conditions) + rule_questions(self.amount)
        if self.recognition_date:
            refs.append(self.recognition_date)
        return list(dict.fromkeys(refs))


class Article(Strict):
    number: int = Field(ge=1)
    title: I18nText
    text: str = Field(min_length=10)
    areas: list[str] = Field(default_factory=list)  # empty: relevant to every enterprise
    items: list[Item] = Field(default_factory=list)


class Area(Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    label: I18nText


class ExclusionRule(Strict):
    """Provincial support that excludes the municipal award (the no-double-support article's
    second sentence in hrb-2021-10): which yes/no answer says it is already received."""

    question: str
    label: I18nText


def validity_end(effective_from: date, valid_years: int) -> date:
    """Last day in force: 3 years from 2021-08-25 ends on 2024-08-24 (from 29 February, a
    year without one ends on 28 February)."""
    year = effective_from.year + valid_years
    try:
        end = effective_from.replace(year=year)
    except ValueError:  # 29 February
        end = date(year, 3, 1)
    return end - timedelta(days=1)


def _squash(text: str) -> str:
    """Compare verbatim text ignoring line breaks and spaces from the PDF extraction."""
    return re.sub(r"\s+", "", text)


class Policy(Strict):
    format: Literal["hrb-policy"]
    id: str = Field(pattern=r"^[a-z0-9-]+$", max_length=60)
    model_version: str = Field(min_length=1, max_length=40)
    title: I18nText
    issuer: I18nText
    doc_number: str = Field(min_length=1, max_length=100)
    issue_date: date
    effective_from: date
    valid_years: int = Field(ge=1)
    preamble: str
    closing: str
    areas: list[Area]
    applicant_types: list[ApplicantTypeDef] = Field(min_length=1)
    # The article that forbids double support (从高不重复, no provincial and municipal double
    # support): every text that cites it names this number.
    no_double_support_article: int = Field(ge=1)
    provincial_exclusions: dict[DataId, ExclusionRule]
    questions: list[Question]
    articles: list[Article] = Field(min_length=1)

    @property
    def valid_until(self) -> date:
        return validity_end(self.effective_from, self.valid_years)

    def items(self) -> list[Item]:
        return [item for article in self.articles for item in article.items]

    def article(self, number: int) -> Article:
        return self.articles[number - 1]

    def applicant_ids(self) -> list[str]:
        return [a.id for a in self.applicant_types]

    def applicant_type(self, applicant_id: str) -> ApplicantTypeDef | None:
        return next((a for a in self.applicant_types if a.id == applicant_id), None)

    @property
    def default_applicant(self) -> str:
        """``enterprise`` if the edition has it, else its first applicant type."""
        ids = self.applicant_ids()
        return DEFAULT_APPLICANT if DEFAULT_APPLICANT in ids else ids[0]

    @model_validator(mode="after")
    def _cross_references(self) -> Policy:
        errors = list(_cross_reference_errors(self))
        if errors:
            raise ValueError("; ".join(errors))
        return self


def _cross_reference_errors(policy: Policy) -> list[str]:
    errors: list[str] = []
    for name, text, limit in (("title", policy.title, 300), ("issuer", policy.issuer, 200)):
        if max(len(text.zh), len(text.en)) > limit:  # listed in menus and dialogs: a line, not a page
            errors.append(f"{name}: longer than {limit} characters")
    questions = {}
    for i, question in enumerate(policy.questions):
        if question.id in questions:
            errors.append(f"questions[{i}].id: duplicate question id {question.id!r}")
        questions[question.id] = question
    area_ids = {a.id for a in policy.areas}
    numbers = [a.number for a in policy.articles]
    if numbers != list(range(1, len(numbers) + 1)):
        errors.append(f"articles: numbers must run 1..{len(numbers)} in order, got {numbers}")
    if policy.no_double_support_article not in numbers:
        errors.append(f"no_double_support_article: no article {policy.no_double_support_article}")
    applicants = policy.applicant_ids()
    for i, applicant in enumerate(applicants):
        if applicant in applicants[:i]:
            errors.append(f"applicant_types[{i}].id: duplicate applicant type {applicant!r}")
    for i, question in enumerate(policy.questions):
        if question.area is not None and question.area not in area_ids:
            errors.append(f"questions[{i}].area: unknown area {question.area!r}")
        if question.article is not None and question.article not in numbers:
            errors.append(f"questions[{i}].article: no article {question.article}")
        for ref in condition_questions(question.relevant_if):
            if ref not in questions:
                errors.append(f"questions[{i}].relevant_if: unknown question {ref!r}")
    for key, rule in policy.provincial_exclusions.items():
        if rule.question not in questions:
            errors.append(f"provincial_exclusions.{key}.question: unknown {rule.question!r}")
    seen_items: set[str] = set()
    for a_index, article in enumerate(policy.articles):
        where_article = f"articles[{a_index}]"
        for area in article.areas:
            if area not in area_ids:
                errors.append(f"{where_article}.areas: unknown area {area!r}")
        squashed_text = _squash(article.text)
        for i_index, item in enumerate(article.items):
            where = f"{where_article}.items[{i_index}]"
            if item.id in seen_items:
                errors.append(f"{where}.id: duplicate item id {item.id!r}")
            seen_items.add(item.id)
            if not item.id.startswith(f"a{article.number}."):
                errors.append(f"{where}.id: {item.id!r} must start with 'a{article.number}.'")
            if item.applicant not in applicants:
                errors.append(f"{where}.applicant: unknown applicant type {item.applicant!r}")
            exclusion = item.provincial_exclusion
            if exclusion is not None and exclusion not in policy.provincial_exclusions:
                errors.append(f"{where}.provincial_exclusion: unknown {exclusion!r}")
            if _squash(item.clause) not in squashed_text:
                errors.append(f"{where}.clause: not found verbatim in article {article.number}")
            for ref in item.questions:
                if ref not in questions:
                    errors.append(f"{where}.questions: unknown question {ref!r}")
            for ref in item.referenced_questions():
                if ref not in questions:
                    errors.append(f"{where}: rule reads unknown question {ref!r}")
                elif ref not in item.questions:
                    errors.append(f"{where}.questions: must list {ref!r}, which its rules read")
            if item.recognition_date and item.recognition_date in questions:
                if questions[item.recognition_date].type != QuestionType.date:
                    errors.append(f"{where}.recognition_date: {item.recognition_date!r} is not a date")
    return errors


for _model in (AllOf, AnyOf, NotOf, Compare, PerCount, MultiYear, Question, Item):
    _model.model_rebuild()
