"""Amount rules turned into a low..high range in 万元, with the arithmetic in words.

Arithmetic is exact Decimal; only the result is rounded (ROUND_HALF_UP, 0.01
万元). Each step is written out so that a finance officer can redo it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from hrb_desktop.core.answers import Answers
from hrb_desktop.core.conditions import short_label
from hrb_desktop.core.messages import Lang, t
from hrb_desktop.core.money import fmt_plain, fmt_range, fmt_wan, round_wan
from hrb_desktop.core.policy_model import (
    AmountRange,
    AmountRule,
    CapOnly,
    Factor,
    FixedAmount,
    MultiYear,
    PercentOfBase,
    PerCount,
    Question,
    QuestionType,
    Tiered,
    UpToPercent,
)

ZERO = Decimal(0)
HUNDRED = Decimal(100)


@dataclass
class AmountOutcome:
    low: Decimal = ZERO
    high: Decimal = ZERO
    lines: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


class _Missing(Exception):
    def __init__(self, question_id: str) -> None:
        self.question_id = question_id


class AmountCalculator:
    def __init__(self, questions: dict[str, Question], lang: Lang) -> None:
        self._questions = questions
        self._lang = lang

    def evaluate(self, rule: AmountRule, answers: Answers) -> AmountOutcome:
        try:
            return self._rule(rule, answers)
        except _Missing as missing:
            return AmountOutcome(missing=[missing.question_id])

    # ------------------------------------------------------------ helpers
    def _number(self, question_id: str, answers: Answers) -> Decimal:
        value = answers.get(question_id)
        if not isinstance(value, Decimal):
            raise _Missing(question_id)
        return value

    def _wan(self, value: Decimal) -> str:
        return fmt_wan(value, self._lang)

    def _factor(self, factor: Factor, answers: Answers) -> tuple[Decimal, str]:
        """A factor's value as a multiplier, and how it reads ("min(4.35%, 5%)")."""
        question = self._questions[factor.q]
        value = self._number(factor.q, answers)
        is_percent = question.type == QuestionType.percent
        used = min(value, factor.max) if factor.max is not None else value
        shown = f"{fmt_plain(value)}%" if is_percent else self._wan(value)
        if factor.max is not None:
            cap = f"{fmt_plain(factor.max)}%" if is_percent else self._wan(factor.max)
            shown = t("amt.min_factor", self._lang, value=shown, cap=cap)
        text = t("amt.factor", self._lang, label=short_label(question, self._lang), value=shown)
        return (used / HUNDRED if is_percent else used), text

    def _base(self, factors: list[Factor], answers: Answers) -> tuple[Decimal, str]:
        product = Decimal(1)
        texts = []
        for factor in factors:
            value, text = self._factor(factor, answers)
            product *= value
            texts.append(text)
        return product, " × ".join(texts)

    def _capped(self, raw: Decimal, cap: Decimal | None, calc: str, key: str) -> tuple[Decimal, str]:
        if cap is not None and raw > cap:
            return cap, t(key, self._lang, calc=calc, cap=self._wan(cap))
        if cap is not None:
            return round_wan(raw), t("amt.within_cap", self._lang, calc=calc, cap=self._wan(cap))
        return round_wan(raw), calc

    # ------------------------------------------------------------ rules
    def _rule(self, rule: AmountRule, answers: Answers) -> AmountOutcome:
        lang = self._lang
        if isinstance(rule, FixedAmount):
            return AmountOutcome(
                rule.amount, rule.amount, [t("amt.fixed", lang, amount=self._wan(rule.amount))]
            )
        if isinstance(rule, CapOnly):
            return AmountOutcome(ZERO, rule.cap, [t("amt.cap_only", lang, cap=self._wan(rule.cap))])
        if isinstance(rule, AmountRange):
            line = t("amt.range", lang, low=self._wan(rule.low), high=self._wan(rule.high))
            return AmountOutcome(rule.low, rule.high, [line])
        if isinstance(rule, PercentOfBase | UpToPercent):
            base, base_text = self._base(rule.base, answers)
            raw = rule.rate / HUNDRED * base
            calc = t("amt.percent", lang, rate=f"{fmt_plain(rule.rate)}%", base=base_text, raw=self._wan(raw))
            amount, line = self._capped(raw, rule.cap, calc, "amt.capped")
            if isinstance(rule, UpToPercent):
                return AmountOutcome(ZERO, amount, [t("amt.up_to", lang, calc=line, high=self._wan(amount))])
            return AmountOutcome(amount, amount, [line])
        if isinstance(rule, Tiered):
            return self._tiered(rule, answers)
        if isinstance(rule, PerCount):
            count = self._number(rule.count, answers)
            each = self._rule(rule.each, answers)
            low, high = each.low * count, each.high * count
            calc = t(
                "amt.per_count",
                lang,
                count=fmt_plain(count),
                each=fmt_range(each.low, each.high, lang),
                total=fmt_range(low, high, lang),
            )
            if rule.cap is not None and high > rule.cap:
                low, high = min(low, rule.cap), rule.cap
                calc = t("amt.per_count_capped", lang, calc=calc, cap=self._wan(rule.cap))
            return AmountOutcome(round_wan(low), round_wan(high), [*each.lines, calc])
        assert isinstance(rule, MultiYear)
        return self._multi_year(rule, answers)

    def _tiered(self, rule: Tiered, answers: Answers) -> AmountOutcome:
        question = self._questions[rule.base]
        value = self._number(rule.base, answers)
        if value < rule.threshold:
            return AmountOutcome(ZERO, ZERO, [])
        excess = value - rule.threshold
        steps = int(excess // rule.step)
        raw = rule.first + rule.per_step * steps
        calc = t(
            "amt.tier",
            self._lang,
            label=short_label(question, self._lang),
            value=self._wan(value),
            threshold=self._wan(rule.threshold),
            first=self._wan(rule.first),
            per_step=self._wan(rule.per_step),
            steps=steps,
            excess=self._wan(excess),
            step=self._wan(rule.step),
            raw=self._wan(raw),
        )
        amount, line = self._capped(raw, rule.cap, calc, "amt.tier_capped")
        return AmountOutcome(amount, amount, [line])

    def _multi_year(self, rule: MultiYear, answers: Answers) -> AmountOutcome:
        each = self._rule(rule.each, answers)
        years = rule.max_years
        if rule.years is not None:
            years = min(int(self._number(rule.years, answers)), rule.max_years)
        low, high = each.low * years, each.high * years
        line = t(
            "amt.multi_year",
            self._lang,
            each=fmt_range(each.low, each.high, self._lang),
            years=years,
            max_years=rule.max_years,
            total=fmt_range(low, high, self._lang),
        )
        return AmountOutcome(low, high, [*each.lines, line])
