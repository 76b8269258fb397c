"""Money in 万元 as Decimal: parsing what people type, rounding and formatting.

Amounts are entered with at most 4 decimals (1 元 = 0.0001 万元) and results
are rounded ROUND_HALF_UP to 0.01 万元, as finance staff do by hand.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
MAX_INPUT_DECIMALS = 4
# 1,000亿元: far above any enterprise this policy concerns; anything larger is a typo.
ABSURD_AMOUNT = Decimal("10000000")

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


class AmountError(ValueError):
    """Text that is not an acceptable amount. ``code`` selects the message."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text


def normalise_number_text(text: str) -> str:
    """Full-width digits and punctuation to ASCII, and drop spaces (pasted text)."""
    folded = unicodedata.normalize("NFKC", text)
    folded = folded.replace("，", ",").replace("。", ".")
    return re.sub(r"\s+", "", folded)


def parse_decimal_text(text: str, *, max_decimals: int = MAX_INPUT_DECIMALS) -> Decimal:
    """Parse "1,234.5", "１２３４" or " 1 234 " into a Decimal, never guessing.

    Thousands separators must sit every three digits; anything else is refused
    rather than silently read as something the user did not mean.
    """
    cleaned = normalise_number_text(text)
    if not cleaned:
        raise AmountError("empty", text)
    if "," in cleaned:
        if not _GROUPED.match(cleaned):
            raise AmountError("bad_grouping", text)
        cleaned = cleaned.replace(",", "")
    if not _NUMBER.match(cleaned):
        raise AmountError("not_a_number", text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise AmountError("not_a_number", text) from exc
    if value < 0:
        raise AmountError("negative", text)
    if decimals_of(value) > max_decimals:
        raise AmountError("too_many_decimals", text)
    return value


def decimals_of(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def round_wan(value: Decimal) -> Decimal:
    """Round a result to 0.01 万元, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt_number(value: Decimal, places: int = 2) -> str:
    """1234.5 -> "1,234.50"."""
    quantum = Decimal(1).scaleb(-places)
    return f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,.{places}f}"


def fmt_plain(value: Decimal) -> str:
    """An input figure as typed, with grouping and no forced decimals: 2000 -> "2,000"."""
    normalised = value.normalize()
    if normalised == normalised.to_integral_value():
        return f"{normalised.to_integral_value():,f}"
    return f"{normalised:,f}"


def fmt_wan(value: Decimal, lang: str = "zh") -> str:
    """An amount in 万元, written the way each language reads it naturally."""
    if lang == "en":
        return f"{fmt_number(value)} (10k CNY)"
    return f"{fmt_number(value)}万元"


def fmt_number_range(low: Decimal, high: Decimal) -> str:
    """A range without its unit, for columns whose heading names it: "100.00–500.00" or "40.00"."""
    return fmt_number(low) if low == high else f"{fmt_number(low)}–{fmt_number(high)}"


def fmt_range(low: Decimal, high: Decimal, lang: str = "zh") -> str:
    if low == high:
        return fmt_wan(low, lang)
    if lang == "en":
        return f"{fmt_number_range(low, high)} (10k CNY)"
    return f"{fmt_number_range(low, high)}万元"


def fmt_percent(value: Decimal) -> str:
    return f"{fmt_plain(value)}%"
