from __future__ import annotations

from decimal import Decimal

import pytest

from hrb_desktop.core.money import (
    AmountError,
    fmt_number_range,
    fmt_range,
    fmt_wan,
    parse_decimal_text,
    round_wan,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234.5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("12,345,678.1234", "12345678.1234"),
        ("１２３４", "1234"),
        ("１，２３４．５", "1234.5"),
        ("  1 234 ", "1234"),
        ("0", "0"),
        (".5", "0.5"),
        ("2000.", "2000"),
    ],
)
def test_parse_accepts_what_people_type(text: str, value: str) -> None:
    assert parse_decimal_text(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("-5", "negative"),
        ("abc", "letters"),
        ("12a", "letters"),
        ("1e30", "letters"),
        ("NaN", "letters"),
        ("1.23456", "too_many_decimals"),
        ("1,23,456", "bad_grouping"),
        ("12,34", "bad_grouping"),
        ("1.2.3", "two_points"),
        (".", "not_a_number"),
    ],
)
def test_parse_rejects_with_a_reason(text: str, code: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_decimal_text(text)
    assert info.value.code == code


def test_round_half_up_to_the_cent() -> None:
    assert round_wan(Decimal("100.005")) == Decimal("100.01")
    assert round_wan(Decimal("100.0049")) == Decimal("100.00")
    assert round_wan(Decimal("1999.9995")) == Decimal("2000.00")


def test_formatting_per_language() -> None:
    assert fmt_wan(Decimal("1234.5")) == "1,234.50万元"
    assert fmt_wan(Decimal("1234.5"), "en") == "1,234.50 (10k CNY)"
    assert fmt_range(Decimal(0), Decimal(500)) == "0.00–500.00万元"
    assert fmt_range(Decimal(40), Decimal(40)) == "40.00万元"


def test_a_range_without_its_unit_for_columns_that_name_it() -> None:
    assert fmt_number_range(Decimal(0), Decimal(500)) == "0.00–500.00"
    assert fmt_number_range(Decimal("1234.5"), Decimal("1234.5")) == "1,234.50"
    assert fmt_range(Decimal(100), Decimal(200), "en") == "100.00–200.00 (10k CNY)"
