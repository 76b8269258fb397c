"""Turn an enterprise's answers into explained award estimates, Art. 18 applied visibly.

Pure Python with no Qt: the wizard, the CLI and the PDF report all call
``evaluate`` and show what it returns; none of them re-implements a rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from hrb_desktop.core.amounts import ZERO, AmountCalculator
from hrb_desktop.core.answers import Answers
from hrb_desktop.core.conditions import Outcome, describe, evaluate, short_label
from hrb_desktop.core.messages import Lang, article_name, fmt_date, t
from hrb_desktop.core.money import fmt_range, fmt_wan, round_wan
from hrb_desktop.core.policy_model import (
    AllOf,
    ApplicantType,
    Compare,
    Item,
    ItemKind,
    Policy,
    Question,
    QuestionType,
    Tiered,
)


class Status(StrEnum):
    eligible = "eligible"
    not_eligible = "not_eligible"
    judgement = "judgement"
    non_monetary = "non_monetary"
    not_answered = "not_answered"


@dataclass(frozen=True)
class ProjectGroup:
    """Items the user says concern one project or matter (Art. 18, 从高不重复)."""

    name: str
    items: tuple[str, ...]


@dataclass
class ItemResult:
    item: Item
    status: Status
    low: Decimal = ZERO  # the article's own estimate
    high: Decimal = ZERO
    counted_low: Decimal = ZERO  # what enters the total after Art. 18
    counted_high: Decimal = ZERO
    reasons: list[str] = field(default_factory=list)
    calculation: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    hint: str | None = None
    art18: str | None = None

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def article(self) -> int:
        return int(self.item.id[1:].split(".")[0])

    def citation(self, lang: Lang = "zh") -> str:
        """The article and the verbatim clause the result rests on."""
        return t("cite", lang, article=article_name(self.article, lang), clause=self.item.clause)

    def explanation(self, lang: Lang = "zh") -> str:
        parts = [*self.reasons, *self.calculation, *self.notes]
        if self.art18:
            parts.append(self.art18)
        parts.append(self.citation(lang))
        sep = t("list.sep", lang)
        return sep.join(p.rstrip("。；; .") for p in parts if p) + ("。" if lang == "zh" else ".")


@dataclass
class Art18Decision:
    kind: str  # "same_project" or "provincial"
    text: str
    kept: str | None
    set_aside: list[str]


@dataclass
class AssessmentResult:
    reference_date: date
    in_force: bool
    items: list[ItemResult]
    decisions: list[Art18Decision]
    warnings: list[str]
    total_low: Decimal
    total_high: Decimal

    def by_article(self) -> dict[int, tuple[Decimal, Decimal]]:
        totals: dict[int, tuple[Decimal, Decimal]] = {}
        for r in self.items:
            if r.counted_high or r.counted_low:
                low, high = totals.get(r.article, (ZERO, ZERO))
                totals[r.article] = (low + r.counted_low, high + r.counted_high)
        return dict(sorted(totals.items()))

    def with_status(self, *statuses: Status) -> list[ItemResult]:
        return [r for r in self.items if r.status in statuses]

    def hints(self) -> list[ItemResult]:
        return [r for r in self.items if r.hint]


class Engine:
    """Evaluates one policy; build once, call ``evaluate`` on every keystroke."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.questions: dict[str, Question] = {q.id: q for q in policy.questions}
        self._items = policy.items()
        self._calculators = {lang: AmountCalculator(self.questions, lang) for lang in ("zh", "en")}
        self._missing_cache: dict[tuple[tuple[str, ...], str], str] = {}
        self._describe_cache: dict[tuple[int, str, object], str] = {}

    def evaluate(
        self,
        answers: Answers,
        *,
        reference_date: date | None = None,
        applicant: ApplicantType = ApplicantType.enterprise,
        projects: list[ProjectGroup] | tuple[ProjectGroup, ...] = (),
        lang: Lang = "zh",
    ) -> AssessmentResult:
        ref = reference_date or date.today()
        results = [self._item(item, answers, lang) for item in self._items if item.applicant == applicant]
        decisions = self._provincial(results, answers, lang) + self._same_project(results, projects, lang)
        in_force = self.policy.effective_from <= ref <= self.policy.valid_until
        warnings = [] if in_force else [self._validity_warning(ref, lang)]
        return AssessmentResult(
            reference_date=ref,
            in_force=in_force,
            items=results,
            decisions=decisions,
            warnings=warnings,
            total_low=sum((r.counted_low for r in results), ZERO),
            total_high=sum((r.counted_high for r in results), ZERO),
        )

    # ------------------------------------------------------------ one item
    def _item(self, item: Item, answers: Answers, lang: Lang) -> ItemResult:
        outcome = evaluate(item.conditions, answers)
        reasons = [t("reason.met", lang, cond=self._describe(c, lang, answers)) for c in outcome.met]
        if outcome.value is False:
            unmet = [t("reason.unmet", lang, cond=self._describe(c, lang, answers)) for c in outcome.unmet]
            result = ItemResult(item, Status.not_eligible, reasons=unmet + reasons)
            result.hint = self._threshold_hint(item, outcome, answers, lang)
            return result
        if outcome.value is None:
            return self._not_answered(item, outcome.missing, reasons, lang)
        date_problem = self._recognition_date_problem(item, answers, lang)
        if date_problem is not None:
            return ItemResult(
                item, Status.not_eligible, reasons=[t("reason.unmet", lang, cond=date_problem), *reasons]
            )
        notes = []
        if item.recognition_date and answers.get(item.recognition_date) is None:
            notes.append(t("date.missing", lang))
        if item.kind == ItemKind.judgement:
            hint = item.clause if len(item.clause) <= 24 else item.clause[:24] + "……"
            notes.append(
                t("kind.judgement", lang, clause_hint=f"“{hint}”" if lang == "zh" else item.summary_en)
            )
            return ItemResult(item, Status.judgement, reasons=reasons, notes=notes)
        if item.kind == ItemKind.non_monetary:
            notes.append(t("kind.non_monetary", lang))
            return ItemResult(item, Status.non_monetary, reasons=reasons, notes=notes)
        assert item.amount is not None
        amount = self._calculators[lang].evaluate(item.amount, answers)
        if amount.missing:
            return self._not_answered(item, amount.missing, reasons, lang)
        low, high = round_wan(amount.low), round_wan(amount.high)
        calculation = [*amount.lines, t("amt.result", lang, range=fmt_range(low, high, lang))]
        result = ItemResult(item, Status.eligible, low, high, low, high, reasons, calculation, notes)
        result.hint = self._tier_hint(item, answers, lang)
        return result

    def _not_answered(self, item: Item, missing: list[str], reasons: list[str], lang: Lang) -> ItemResult:
        key = (tuple(dict.fromkeys(missing)), lang)
        text = self._missing_cache.get(key)
        if text is None:
            labels = t("list.sep", lang).join(short_label(self.questions[q], lang) for q in key[0])
            text = self._missing_cache[key] = t("reason.missing", lang, labels=labels)
        return ItemResult(item, Status.not_answered, reasons=[text, *reasons])

    def _describe(self, cond: Compare, lang: Lang, answers: Answers) -> str:
        # Descriptions depend only on the condition, the language and the one answer it
        # reads; memoising them keeps a keystroke's re-evaluation well under a millisecond.
        key = (id(cond), lang, answers.get(cond.q))
        text = self._describe_cache.get(key)
        if text is None:
            if len(self._describe_cache) > 20000:
                self._describe_cache.clear()
            text = self._describe_cache[key] = describe(cond, self.questions, lang, answers)
        return text

    def _recognition_date_problem(self, item: Item, answers: Answers, lang: Lang) -> str | None:
        if not item.recognition_date:
            return None
        when = answers.get(item.recognition_date)
        if not isinstance(when, date):
            return None
        if self.policy.effective_from <= when <= self.policy.valid_until:
            return None
        return t(
            "date.outside",
            lang,
            date=fmt_date(when, lang),
            start=fmt_date(self.policy.effective_from, lang),
            end=fmt_date(self.policy.valid_until, lang),
        )

    # ------------------------------------------------------------ hints
    def _threshold_hint(self, item: Item, outcome: Outcome, answers: Answers, lang: Lang) -> str | None:
        """Below a single 含 threshold: say how far, and what reaching it would earn."""
        if item.kind != ItemKind.monetary or len(outcome.unmet) != 1:
            return None
        cond = outcome.unmet[0]
        question = self.questions[cond.q]
        current = answers.get(cond.q)
        if cond.op != ">=" or not isinstance(current, Decimal) or not isinstance(cond.value, Decimal):
            return None
        if question.type not in (QuestionType.amount, QuestionType.percent):
            return None
        trial = self._item(item, {**answers, cond.q: cond.value}, lang)
        if trial.status != Status.eligible:
            return None
        return t(
            "hint.threshold",
            lang,
            label=short_label(question, lang),
            delta=self._fmt_q(question, cond.value - current, lang),
            threshold=self._fmt_q(question, cond.value, lang),
            range=fmt_range(trial.low, trial.high, lang),
        )

    def _tier_hint(self, item: Item, answers: Answers, lang: Lang) -> str | None:
        rule = item.amount
        if not isinstance(rule, Tiered):
            return None
        value = answers.get(rule.base)
        if not isinstance(value, Decimal) or value < rule.threshold:
            return None
        steps = (value - rule.threshold) // rule.step
        current = rule.first + rule.per_step * steps
        if rule.cap is not None and current >= rule.cap:
            return t("hint.tier_cap", lang, cap=fmt_wan(rule.cap, lang))
        next_at = rule.threshold + (steps + 1) * rule.step
        more = rule.per_step if rule.cap is None else min(rule.per_step, rule.cap - current)
        question = self.questions[rule.base]
        return t(
            "hint.tier",
            lang,
            label=short_label(question, lang),
            delta=fmt_wan(next_at - value, lang),
            next=fmt_wan(next_at, lang),
            more=fmt_wan(more, lang),
        )

    @staticmethod
    def _fmt_q(question: Question, value: Decimal, lang: Lang) -> str:
        if question.type == QuestionType.percent:
            return f"{value.normalize():f}个百分点" if lang == "zh" else f"{value.normalize():f} points"
        return fmt_wan(value, lang)

    # ------------------------------------------------------------ Art. 18
    def _provincial(self, results: list[ItemResult], answers: Answers, lang: Lang) -> list[Art18Decision]:
        decisions = []
        for key, rule in self.policy.provincial_exclusions.items():
            if answers.get(rule.question) is not True:
                continue
            hit = [r for r in results if r.item.provincial_exclusion == key and r.status == Status.eligible]
            support = rule.label.get(lang)
            for r in hit:
                r.counted_low = r.counted_high = ZERO
                r.art18 = t("a18.provincial", lang, support=support)
            if hit:
                names = t("a18.and", lang).join(self._quoted(r, lang) for r in hit)
                decisions.append(
                    Art18Decision(
                        "provincial",
                        t("a18.provincial_decision", lang, support=support, items=names),
                        None,
                        [r.id for r in hit],
                    )
                )
        return decisions

    def _same_project(
        self, results: list[ItemResult], projects: list[ProjectGroup] | tuple[ProjectGroup, ...], lang: Lang
    ) -> list[Art18Decision]:
        by_id = {r.id: r for r in results}
        decisions = []
        for project in projects:
            group = [
                by_id[i]
                for i in project.items
                if i in by_id and by_id[i].status == Status.eligible and by_id[i].art18 is None
            ]
            if len(group) < 2:
                continue
            order = {r.id: n for n, r in enumerate(results)}
            kept = max(group, key=lambda r: (r.high, r.low, -order[r.id]))
            low, high = max(r.low for r in group), max(r.high for r in group)
            others = [r for r in group if r is not kept]
            group_range = fmt_range(low, high, lang)
            kept.counted_low, kept.counted_high = low, high
            kept.art18 = t(
                "a18.kept",
                lang,
                project=project.name,
                others=t("a18.and", lang).join(self._quoted(r, lang) for r in others),
                range=group_range,
            )
            for r in others:
                r.counted_low = r.counted_high = ZERO
                r.art18 = t("a18.set_aside", lang, project=project.name, kept=self._title(kept, lang))
            decisions.append(
                Art18Decision(
                    "same_project",
                    t(
                        "a18.same_project",
                        lang,
                        project=project.name,
                        items=t("a18.and", lang).join(self._quoted(r, lang) for r in group),
                        kept=self._title(kept, lang),
                        set_aside=t("a18.and", lang).join(self._quoted(r, lang) for r in others),
                        range=group_range,
                    ),
                    kept.id,
                    [r.id for r in others],
                )
            )
        return decisions

    @staticmethod
    def _title(r: ItemResult, lang: Lang) -> str:
        return f"{article_name(r.article, lang)} {r.item.title.get(lang)}"

    def _quoted(self, r: ItemResult, lang: Lang) -> str:
        return t("a18.quote", lang, title=self._title(r, lang))

    def _validity_warning(self, ref: date, lang: Lang) -> str:
        expired = ref > self.policy.valid_until
        state = (
            t("warn.expired", lang, end=fmt_date(self.policy.valid_until, lang))
            if expired
            else t("warn.not_yet", lang)
        )
        return t(
            "warn.outside",
            lang,
            ref=fmt_date(ref, lang),
            start=fmt_date(self.policy.effective_from, lang),
            end=fmt_date(self.policy.valid_until, lang),
            state=state,
        )


def conditions_of(item: Item) -> list[Compare]:
    """Flat list of an item's comparisons (for UIs that list what an item needs)."""
    cond = item.conditions
    if cond is None:
        return []
    if isinstance(cond, Compare):
        return [cond]
    if isinstance(cond, AllOf):
        return [c for c in cond.all if isinstance(c, Compare)]
    return []


__all__ = [
    "Art18Decision",
    "AssessmentResult",
    "Engine",
    "ItemResult",
    "ProjectGroup",
    "Status",
    "conditions_of",
]
