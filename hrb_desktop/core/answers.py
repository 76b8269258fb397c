"""Answers to the policy's questions: checking and normalising raw values.

The assessment file, the CLI and the wizard all pass raw values through
``normalise_answer`` so a rule is never checked twice in two places.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from hrb_desktop.core.dates import DateTextError, parse_date_text
from hrb_desktop.core.messages import Lang, article_name
from hrb_desktop.core.money import (
    AMOUNT_UNIT,
    PERCENT_UNIT,
    AmountError,
    decimals_of,
    fmt_plain,
    parse_decimal_text,
)
from hrb_desktop.core.policy_model import Question, QuestionType

AnswerValue = bool | Decimal | date | str
Answers = dict[str, AnswerValue]

# The longest answer typed as text (the wizard's fields hold this many characters): far more
# than any amount or date needs, and it keeps every parse of a file's answer cheap.
MAX_ANSWER_CHARS = 40

_AMOUNT_ERRORS: dict[str, tuple[str, str]] = {
    "empty": ("请输入金额", "Enter an amount"),
    "bad_grouping": ("千分位逗号位置不对，例如 1,234.5", "Misplaced thousands separator, e.g. 1,234.5"),
    "not_a_number": ("只能输入数字，例如 1234.5", "Only digits are allowed, e.g. 1234.5"),
    "negative": ("不能为负数", "Must not be negative"),
    "too_many_decimals": ("最多4位小数（精确到元）", "At most 4 decimals (to the yuan)"),
    "two_points": ("只能有一个小数点", "Only one decimal point is allowed"),
    "yuan": (
        "不能含有“元”：金额以万元为单位，例如 12,800元 请填 1.28",
        "Must not contain “元” (yuan): amounts are in 10k CNY, e.g. 12,800 yuan is 1.28",
    ),
    "yi": (
        "不能含有“亿”：金额以万元为单位，例如 1.5亿元 请填 15000",
        "Must not contain “亿” (100 million): amounts are in 10k CNY, e.g. 150 million yuan is 15000",
    ),
    "percent_in_amount": ("金额不能带“%”：单位是万元", "An amount cannot carry “%”: the unit is 10k CNY"),
    "unit_in_percent": (
        "比率不能带“{chars}”：请填百分数，例如 3.65",
        "A rate cannot carry “{chars}”: enter a percentage, e.g. 3.65",
    ),
    "letters": ("不能含有字母“{chars}”：只填数字，例如 1234.5", "Must not contain the letters “{chars}”: digits only, e.g. 1234.5"),
    "bad_chars": ("不能含有“{chars}”：只填数字，例如 1234.5", "Must not contain “{chars}”: digits only, e.g. 1234.5"),
}


class AnswerError(ValueError):
    """A value that does not fit its question; the message is ready to show."""


def amount_error_message(code: str, lang: Lang = "zh", chars: str = "") -> str:
    zh, en = _AMOUNT_ERRORS.get(code, _AMOUNT_ERRORS["not_a_number"])
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in chars)
    return (en if lang == "en" else zh).format(chars=shown)


def question_name(question: Question, lang: Lang = "zh") -> str:
    """A question as the wizard shows it, with its article: "第一条 项目年度实际固定资产投资额（万元）"."""
    label = question.label.get(lang)
    if question.article is None:
        return label
    return f"{article_name(question.article, lang)} {label}" if lang == "zh" else f"{article_name(question.article, lang)}: {label}"


def _to_decimal(question: Question, raw: object, lang: Lang) -> Decimal:
    if isinstance(raw, bool):
        raise AnswerError(_msg(lang, "应为数字，而不是是/否", "expected a number, not yes/no"))
    if isinstance(raw, int):
        value = Decimal(raw)
    elif isinstance(raw, Decimal):
        value = raw
    elif isinstance(raw, float):
        value = Decimal(repr(raw))
    elif isinstance(raw, str):
        _check_length(raw, lang)
        unit = {QuestionType.amount: AMOUNT_UNIT, QuestionType.percent: PERCENT_UNIT}.get(question.type)
        try:
            value = parse_decimal_text(raw, max_decimals=28, unit=unit)
        except AmountError as exc:
            raise AnswerError(amount_error_message(exc.code, lang, exc.chars)) from exc
    else:
        raise AnswerError(_msg(lang, "应为数字", "expected a number"))
    try:
        finite = value.is_finite()
    except InvalidOperation:  # pragma: no cover - Decimal always answers is_finite
        finite = False
    if not finite:
        raise AnswerError(_msg(lang, "不是有效数字", "is not a finite number"))
    if value < 0:
        raise AnswerError(amount_error_message("negative", lang))
    if question.type in (QuestionType.amount, QuestionType.percent):
        if decimals_of(value) > 4:
            raise AnswerError(amount_error_message("too_many_decimals", lang))
    if question.type == QuestionType.count and value != value.to_integral_value():
        raise AnswerError(_msg(lang, "应为整数", "must be a whole number"))
    low, high = question.bounds()
    if value < low or value > high:
        unit_zh = {"amount": "万元", "percent": "%"}.get(question.type.value, "")
        unit_en = {"amount": " (10k CNY)", "percent": "%"}.get(question.type.value, "")
        raise AnswerError(
            _msg(
                lang,
                f"超出合理范围（{fmt_plain(low)}—{fmt_plain(high)}{unit_zh}）",
                f"out of the plausible range ({fmt_plain(low)}–{fmt_plain(high)}{unit_en})",
            )
        )
    return value.normalize() if question.type == QuestionType.count else value


def normalise_answer(question: Question, raw: object, lang: Lang = "zh") -> AnswerValue:
    """Check ``raw`` against the question's type and bounds; return the typed value."""
    if question.type == QuestionType.yes_no:
        if isinstance(raw, bool):
            return raw
        raise AnswerError(_msg(lang, "应为 是/否（true/false）", "expected yes/no (true/false)"))
    if question.type == QuestionType.date:
        if isinstance(raw, date):
            return raw
        if isinstance(raw, str):
            _check_length(raw, lang)
            try:
                return parse_date_text(raw, lang)
            except DateTextError as exc:
                raise AnswerError(str(exc)) from None
        raise AnswerError(_msg(lang, "应为日期 YYYY-MM-DD", "expected a date YYYY-MM-DD"))
    if question.type == QuestionType.choice:
        allowed = [c.value for c in question.choices]
        if isinstance(raw, str) and raw in allowed:
            return raw
        raise AnswerError(_msg(lang, f"应为以下之一：{allowed}", f"expected one of {allowed}"))
    return _to_decimal(question, raw, lang)


def answer_to_json(value: AnswerValue) -> bool | str:
    """Answers are stored as JSON booleans or strings, so Decimals stay exact."""
    if isinstance(value, bool):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def _check_length(raw: str, lang: Lang) -> None:
    if len(raw) > MAX_ANSWER_CHARS:
        raise AnswerError(
            _msg(
                lang,
                f"过长（{len(raw):,} 个字符，最多 {MAX_ANSWER_CHARS} 个）",
                f"too long ({len(raw):,} characters, at most {MAX_ANSWER_CHARS})",
            )
        )


def _msg(lang: Lang, zh: str, en: str) -> str:
    return en if lang == "en" else zh
