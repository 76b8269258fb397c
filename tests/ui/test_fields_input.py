"""Amount and credit-code input: helps, never guesses, blocks Next until fixed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from hrb_desktop.core.answers import AnswerError, normalise_answer
from hrb_desktop.ui import look
from hrb_desktop.ui.pages.base import article_page_id
from tests.ui.wizard_helpers import (
    POLICY,
    answer,
    block_of,
    click_next,
    close,
    make_window,
    next_button,
    window_at_article1,
)

QUESTION = next(q for q in POLICY.questions if q.id == "a1_investment")


@pytest.fixture
def article1(qtbot, tmp_path):
    window = window_at_article1(qtbot, tmp_path)
    yield window
    close(window)


@pytest.mark.parametrize("typed", ["-5", "abc", "1.23456", "1e30", "12,34", "99999999"])
def test_bad_amount_blocks_next_with_its_message(article1, typed: str) -> None:
    window = article1
    field = block_of(window).rows["a1_investment"].field
    QTest.keyClicks(field.edit, typed)
    with pytest.raises(AnswerError) as expected:
        normalise_answer(QUESTION, typed)
    assert field.error() == str(expected.value)
    assert field.message.isVisible() and field.message.text() == str(expected.value)
    assert field.edit.text() == typed  # never rewritten
    assert not next_button(window).isEnabled()
    page = window.wizard.currentPage()
    assert page.blockers.isVisible() and str(expected.value) in page.blockers.text()
    window.wizard.next()
    assert window.wizard.currentId() == article_page_id(1)
    assert "a1_investment" not in window.session.answers
    # fixing it re-enables Next
    field.edit.clear()
    QTest.keyClicks(field.edit, "2500")
    assert field.error() is None and not field.message.isVisible()
    assert next_button(window).isEnabled()
    assert window.session.answers["a1_investment"] == Decimal(2500)


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1,234.5", Decimal("1234.5")), ("１２３４", Decimal(1234)), (" 12 800 ", Decimal(12800)), ("0.0001", Decimal("0.0001"))],
)
def test_friendly_amounts_are_accepted_as_typed(article1, typed: str, value: Decimal) -> None:
    field = block_of(article1).rows["a1_investment"].field
    field.edit.setText(typed)  # full-width digits: setText (keyClicks cannot type them)
    assert field.error() is None
    assert article1.session.answers["a1_investment"] == value
    assert field.edit.text() == typed
    assert next_button(article1).isEnabled()


def test_hidden_question_does_not_block(article1) -> None:
    block = block_of(article1)
    QTest.keyClicks(block.rows["a1_investment"].field.edit, "-1")
    assert not next_button(article1).isEnabled()
    answer(block, "a1_in_stats", False)  # the amount is no longer relevant
    assert not block.rows["a1_investment"].field.isVisibleTo(article1.wizard.currentPage())
    assert next_button(article1).isEnabled()


def _text_colour(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_credit_code_checked_as_typed(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        click_next(window)
        page = window.wizard.currentPage()
        page.name.setText("测试企业")
        QTest.keyClicks(page.credit.edit, "91230100MA18Y5XB2")
        assert "18位" in page.credit.message.text() and page.credit.message.isVisible()
        assert not next_button(window).isEnabled()
        QTest.keyClicks(page.credit.edit, "4")  # wrong check character
        assert "校验位不正确" in page.credit.message.text()
        assert _text_colour(page.credit.message) == look.ERROR  # red while wrong
        assert not next_button(window).isEnabled()
        QTest.keyClick(page.credit.edit, "\b")
        QTest.keyClicks(page.credit.edit, "3")
        assert page.credit.error() is None and "校验位正确" in page.credit.message.text()
        assert _text_colour(page.credit.message) == look.OK  # green once right
        assert next_button(window).isEnabled()
        assert window.session.assessment.enterprise.credit_code == "91230100MA18Y5XB23"
    finally:
        close(window)


def test_profile_needs_a_name(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        click_next(window)
        assert not next_button(window).isEnabled()
        assert "名称" in window.wizard.currentPage().blockers.text()
        window.wizard.currentPage().name.setText("测试企业")
        assert next_button(window).isEnabled()
    finally:
        close(window)
