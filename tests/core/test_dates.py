"""Dates typed year first, in the forms of Chinese forms; nothing ambiguous is guessed."""

from __future__ import annotations

from datetime import date

import pytest

from hrb_desktop.core.answers import AnswerError, normalise_answer
from hrb_desktop.core.dates import DateTextError, parse_date_text
from hrb_desktop.core.editions import registry

NEW_YEARS_EVE = date(2023, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "2023-12-31",
        "2023/12/31",
        "2023.12.31",
        "2023 12 31",
        "2023年12月31日",
        "2023年12月31",
        "2023 年 12 月 31 日",
        "20231231",
        "  2023-12-31  ",
        "２０２３－１２－３１",  # full-width digits and dash
        "２０２３年１２月３１日",
        "２０２３／１２／３１",
    ],
)
def test_year_first_forms_are_read(text: str) -> None:
    assert parse_date_text(text) == NEW_YEARS_EVE


@pytest.mark.parametrize(("text", "expected"), [("2024-2-29", date(2024, 2, 29)), ("2021年8月5日", date(2021, 8, 5))])
def test_leading_zeros_may_be_left_off(text: str, expected: date) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("31/12/2023", "年-月-日", "year first"),  # day first: ambiguous, never guessed
        ("12/31/2023", "年-月-日", "year first"),
        ("2023-12", "年-月-日", "year first"),
        ("23-12-31", "年-月-日", "year first"),
        ("2023-12-31 10:00", "年-月-日", "year first"),
        ("abc", "年-月-日", "year first"),
        ("", "年-月-日", "year first"),
        ("0000-01-01", "年-月-日", "year first"),
        ("2023-13-01", "没有13月", "no month 13"),
        ("2023-00-10", "没有0月", "no month 0"),
        ("2023-02-29", "2023年2月没有29日", "February 2023 has no day 29"),  # not a leap year
        ("2023-04-31", "2023年4月没有31日", "April 2023 has no day 31"),
        ("2023-01-00", "2023年1月没有0日", "January 2023 has no day 0"),
    ],
)
def test_wrong_dates_say_why_in_both_languages(text: str, zh: str, en: str) -> None:
    with pytest.raises(DateTextError, match=zh):
        parse_date_text(text, "zh")
    with pytest.raises(DateTextError, match=en):
        parse_date_text(text, "en")


def test_date_questions_of_the_policy_read_the_same_forms() -> None:
    policy = registry().load("hrb-2021-10")
    question = next(q for q in policy.questions if q.type.value == "date")
    assert normalise_answer(question, "2022年11月18日") == date(2022, 11, 18)
    assert normalise_answer(question, "2022-11-18") == date(2022, 11, 18)
    with pytest.raises(AnswerError, match="2022年2月没有30日"):
        normalise_answer(question, "2022/2/30")
