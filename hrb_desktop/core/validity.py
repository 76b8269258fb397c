"""When an edition is in force, and which reference date a new assessment starts with.

Qt-free and tiny: the wizard's start page explains the default with ``DefaultReason``,
the session uses the date for a blank assessment, and the edition registry uses
``in_force`` to propose an edition.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Protocol


class Window(Protocol):
    """Anything with a validity window: a ``Policy`` or a registry's ``Edition``."""

    @property
    def effective_from(self) -> date: ...

    @property
    def valid_until(self) -> date: ...


class DefaultReason(StrEnum):
    today = "today"  # today is in force
    last_full_year = "last_full_year"  # the last 31 December of a calendar year wholly in force
    last_day = "last_day"  # no calendar year is wholly in force: the edition's last day


def in_force(window: Window, day: date) -> bool:
    return window.effective_from <= day <= window.valid_until


def default_reference_date(window: Window, today: date) -> tuple[date, DefaultReason]:
    """The reference date a new assessment of this edition starts with, and why.

    Today if the edition is in force today: the assessment then concerns the current year.
    Otherwise today would give results that all carry the out-of-force warning, so the
    default is a date inside the window that a year's accounts refer to: the end of the
    last calendar year wholly in force (2023-12-31 for 2021-08-25..2024-08-24), or, for a
    window shorter than any full calendar year, its last day.
    """
    if in_force(window, today):
        return today, DefaultReason.today
    start, end = window.effective_from, window.valid_until
    last_year = end.year if end == date(end.year, 12, 31) else end.year - 1
    first_year = start.year if start == date(start.year, 1, 1) else start.year + 1
    if last_year >= first_year:
        return date(last_year, 12, 31), DefaultReason.last_full_year
    return end, DefaultReason.last_day
