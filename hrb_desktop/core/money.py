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
_ALLOWED = frozenset("0123456789,.+-")

# What a field may carry around its number: amounts a leading ¥ and a trailing 万元 or 万
# (the unit the field already states), percentages a trailing %.
AMOUNT_UNIT = "amount"
PERCENT_UNIT = "percent"


class AmountError(ValueError):
    """Text that is not an acceptable amount. ``code`` selects the message; ``chars`` holds
    the characters that are wrong, for the message to name them."""

    def __init__(self, code: str, text: str, chars: str = "") -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text
        self.chars = chars


def normalise_number_text(text: str) -> str:
    """Full-width digits and punctuation to ASCII, and drop spaces (pasted text)."""
    folded = unicodedata.normalize("NFKC", text)
    folded = folded.replace("，", ",").replace("。", ".")
    return re.sub(r"\s+", "", folded)


def parse_decimal_text(text: str, *, max_decimals: int = MAX_INPUT_DECIMALS, unit: str | None = None) -> Decimal:
    """Parse "1,234.5", "１２３４" or " 1 234 " into a Decimal, never guessing.

    ``unit`` AMOUNT_UNIT also takes "¥12,800" and "12800万元", PERCENT_UNIT "3.65%".
    Thousands separators must sit every three digits; anything else is refused, naming
    what is wrong, rather than silently read as something the user did not mean.
    """
    cleaned = normalise_number_text(text)
    if not cleaned:
        raise AmountError("empty", text)
    cleaned = _strip_unit(cleaned, unit)
    if not cleaned:
        raise AmountError("empty", text)
    _check_characters(cleaned, text, unit)
    if cleaned.count(".") > 1:
        raise AmountError("two_points", text)
    if "-" in cleaned[1:] or "+" in cleaned[1:]:
        raise AmountError("bad_chars", text, "".join(dict.fromkeys(ch for ch in cleaned[1:] if ch in "+-")))
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


def _strip_unit(cleaned: str, unit: str | None) -> str:
    if unit == AMOUNT_UNIT:
        cleaned = cleaned.removeprefix("¥")  # NFKC has already turned ￥ into ¥
        for suffix in ("万元", "万"):
            if cleaned.endswith(suffix):
                return cleaned.removesuffix(suffix)
    elif unit == PERCENT_UNIT:
        return cleaned.removesuffix("%")
    return cleaned


def _check_characters(cleaned: str, text: str, unit: str | None) -> None:
    """Refuse any character a number cannot hold, naming it (and why, where we know)."""
    wrong = "".join(dict.fromkeys(ch for ch in cleaned if ch not in _ALLOWED))
    if not wrong:
        return
    if unit == AMOUNT_UNIT:
        for char, code in (("元", "yuan"), ("亿", "yi"), ("%", "percent_in_amount")):
            if char in wrong:
                raise AmountError(code, text, char)
    if unit == PERCENT_UNIT:
        units = "".join(ch for ch in wrong if ch in "¥万元")
        if units:
            raise AmountError("unit_in_percent", text, units)
    letters = "".join(ch for ch in wrong if ch.isascii() and ch.isalpha())
    if letters:
        raise AmountError("letters", text, letters[:8])
    raise AmountError("bad_chars", text, wrong[:8])


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
