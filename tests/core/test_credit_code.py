from __future__ import annotations

import pytest

from hrb_desktop.core.credit_code import (
    check_character,
    credit_code_message,
    credit_code_problem,
    normalise_credit_code,
)


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91230100MA18Y5XB23", "51230100MJ0000031G"])
def test_valid_codes(code: str) -> None:
    assert credit_code_problem(code) is None
    assert credit_code_message(code) is None


def test_wrong_check_character_is_named() -> None:
    assert credit_code_problem("91350100M000100Y44") == "check"
    assert "校验位" in (credit_code_message("91350100M000100Y44") or "")
    assert "check character" in (credit_code_message("91350100M000100Y44", "en") or "")


def test_length_and_charset() -> None:
    assert credit_code_problem("91350100M000100Y4") == "length"
    assert credit_code_problem("91350100M000100YI3") == "charset"  # I is never used
    assert "17" in (credit_code_message("91350100M000100Y4") or "")


def test_check_character_when_the_sum_is_a_multiple_of_31() -> None:
    # 31 - 0 maps to 0, not to an out-of-range 31st character.
    assert check_character("00000000000000000") == "0"


def test_normalise_pasted_codes() -> None:
    assert normalise_credit_code(" 9135 0100 m000 100y43 ") == "91350100M000100Y43"
