"""Dates as people type them on Chinese forms, always year first.

Accepted: ``2023-12-31``, ``2023/12/31``, ``2023.12.31``, ``2023 12 31``,
``2023年12月31日`` (the 日 may be left off), ``20231231``. Months and days may
omit the leading zero. Full-width digits and separators work too. Nothing else
is guessed: day-first forms like ``31/12/2023`` are ambiguous and refused.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from hrb_desktop.core.lang import Lang

# Runs of white space are first collapsed to one space, so that every part below matches in
# a bounded number of ways: the parse is linear in the text's length (``\s*`` beside a
# separator that may itself be a space made the old pattern backtrack cubically).
_SPACES = re.compile(r"\s+")
_SEPARATED = re.compile(r"([0-9]{4}) ?[-/.年 ] ?([0-9]{1,2}) ?[-/.月 ] ?([0-9]{1,2}) ?日?")
_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class DateTextError(ValueError):
    """The text is not a date; ``str()`` says why, in the language asked for."""


def parse_date_text(text: str, lang: Lang = "zh") -> date:
    """The date ``text`` names, or DateTextError with a message for the user."""
    plain = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    match = _SEPARATED.fullmatch(plain) or _COMPACT.fullmatch(plain)
    if match is None or int(match.group(1)) < 1:
        raise DateTextError(
            "日期请按“年-月-日”填写，例如 2023-12-31 或 2023年12月31日"
            if lang == "zh"
            else "write the date year first, e.g. 2023-12-31"
        )
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        raise DateTextError(f"没有{month}月" if lang == "zh" else f"there is no month {month}")
    try:
        return date(year, month, day)
    except ValueError:
        raise DateTextError(
            f"{year}年{month}月没有{day}日" if lang == "zh" else f"{MONTHS_EN[month - 1]} {year} has no day {day}"
        ) from None
