"""The reference date a new assessment starts with: today if in force, else one with meaningful results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from hrb_desktop.core.validity import DefaultReason, default_reference_date, in_force

from .helpers import POLICY


@dataclass(frozen=True)
class Window:
    effective_from: date
    valid_until: date


def test_hrb_2021_10_today_is_outside_so_the_end_of_2023() -> None:
    # 2021-08-25..2024-08-24: 2022 and 2023 are the calendar years wholly in force.
    assert default_reference_date(POLICY, date(2026, 11, 30)) == (date(2023, 12, 31), DefaultReason.last_full_year)
    assert default_reference_date(POLICY, date(2020, 1, 1)) == (date(2023, 12, 31), DefaultReason.last_full_year)


def test_in_force_today_means_today() -> None:
    assert default_reference_date(POLICY, date(2022, 3, 9)) == (date(2022, 3, 9), DefaultReason.today)
    # both ends count
    assert default_reference_date(POLICY, date(2021, 8, 25)) == (date(2021, 8, 25), DefaultReason.today)
    assert default_reference_date(POLICY, date(2024, 8, 24)) == (date(2024, 8, 24), DefaultReason.today)
    assert in_force(POLICY, date(2024, 8, 24)) and not in_force(POLICY, date(2024, 8, 25))


@pytest.mark.parametrize(
    ("start", "end", "expected", "why"),
    [
        # a window that is exactly one calendar year
        (date(2025, 1, 1), date(2025, 12, 31), date(2025, 12, 31), DefaultReason.last_full_year),
        # ends on 31 December: that year counts
        (date(2021, 3, 1), date(2023, 12, 31), date(2023, 12, 31), DefaultReason.last_full_year),
        # starts on 1 January: that year counts even if it is the only full one
        (date(2022, 1, 1), date(2023, 6, 30), date(2022, 12, 31), DefaultReason.last_full_year),
        # no calendar year wholly inside: its last day
        (date(2021, 8, 25), date(2022, 8, 24), date(2022, 8, 24), DefaultReason.last_day),
        (date(2024, 2, 1), date(2024, 12, 30), date(2024, 12, 30), DefaultReason.last_day),
    ],
)
def test_outside_the_window(start: date, end: date, expected: date, why: DefaultReason) -> None:
    assert default_reference_date(Window(start, end), date(2030, 6, 1)) == (expected, why)
