"""The reference date: typed as text, year first, or picked from the calendar; wrong text is kept and explained."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hrb_desktop.ui.main_window import MainWindow
from hrb_desktop.ui.pages.base import PROFILE
from tests.ui.wizard_helpers import click_next, close, make_window, next_button


def _at_profile(qtbot, tmp_path) -> MainWindow:
    window = make_window(qtbot, tmp_path)
    assert click_next(window) == PROFILE
    window.wizard.currentPage().name.setText("测试企业")
    return window


def _retype(window: MainWindow, text: str, paste: bool = False) -> None:
    """Select all and type (or paste), as users replace a field's content (QDateEdit threw such typing away)."""
    edit = window.wizard.currentPage().reference.edit
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text.isascii() and not paste:
        QTest.keyClicks(edit, text)
    else:
        edit.insert(text)  # CJK: never keyClicks


def test_select_all_and_type_sets_the_reference_date(qtbot, tmp_path) -> None:
    window = _at_profile(qtbot, tmp_path)
    try:
        page = window.wizard.currentPage()
        for typed, expected in [("2023/12/31", date(2023, 12, 31)), ("2022年6月30日", date(2022, 6, 30))]:
            _retype(window, typed)
            QTest.keyClick(page.reference.edit, Qt.Key.Key_Tab)  # leaving the field changes nothing
            assert page.reference.edit.text() == typed  # kept as typed
            assert window.session.assessment.reference_date == expected
            assert not page.reference.message.isVisible()
            assert page.reference_note.text() == "在政策有效期内。"
            assert next_button(window).isEnabled()
        _retype(window, "2026-01-05")
        assert window.session.assessment.reference_date == date(2026, 1, 5)
        assert "不在政策有效期" in page.reference_note.text()
    finally:
        close(window)


def test_a_wrong_date_is_kept_explained_and_blocks_next(qtbot, tmp_path) -> None:
    window = _at_profile(qtbot, tmp_path)
    try:
        page = window.wizard.currentPage()
        _retype(window, "2023-06-30")
        cases = [
            ("2023-02-30", "2023年2月没有30日"),
            ("31/12/2023", "年-月-日"),
            ("1999-12-31", "日期应在 2000年1月1日 至 2100年12月31日 之间"),
            ("", "请填写日期"),
        ]
        for typed, message in cases:
            _retype(window, typed, paste=True)  # typed key by key, "2023-02-3" would be a date on the way
            QTest.keyClick(page.reference.edit, Qt.Key.Key_Tab)
            assert page.reference.edit.text() == typed  # never rewritten
            assert page.reference.message.isVisible()
            assert message in page.reference.message.text()
            assert message in page.reference.edit.accessibleDescription()
            assert not page.reference_note.isVisible()  # no validity verdict on a date we do not have
            assert not next_button(window).isEnabled()
            assert "评估基准日" in page.blockers.text()
            assert window.session.assessment.reference_date == date(2023, 6, 30)  # the last good date stays
        window.set_language("en")
        _retype(window, "2023-02-30")
        assert "February 2023 has no day 30" in page.reference.message.text()
        _retype(window, "2023-02-28")
        assert not page.reference.message.isVisible()
        assert next_button(window).isEnabled()
        assert window.session.assessment.reference_date == date(2023, 2, 28)
    finally:
        close(window)


# The offscreen platform cannot raise a popup or grab the keyboard for it; it says so and carries on.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_alt_down_opens_the_calendar_and_enter_picks_the_day(qtbot, tmp_path) -> None:
    window = _at_profile(qtbot, tmp_path)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        page = window.wizard.currentPage()
        page.reference.edit.setFocus()
        _retype(window, "2023-12-30")
        QTest.keyClick(page.reference.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(page.reference.menu.isVisible, timeout=2000)
        assert page.reference.calendar.selectedDate() == QDate(2023, 12, 30)  # opens on the typed date
        target = QApplication.focusWidget()
        assert target is not None
        QTest.keyClick(target, Qt.Key.Key_Right)  # the next day
        QTest.keyClick(target, Qt.Key.Key_Return)
        assert not page.reference.menu.isVisible()
        assert page.reference.edit.text() == "2023-12-31"
        assert window.session.assessment.reference_date == date(2023, 12, 31)
        assert page.reference.edit.hasFocus()
        QTest.mouseClick(page.reference.button, Qt.MouseButton.LeftButton)  # the button opens it too
        qtbot.waitUntil(page.reference.menu.isVisible, timeout=2000)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not page.reference.menu.isVisible(), timeout=2000)
        assert page.reference.edit.text() == "2023-12-31"  # Esc picks nothing
    finally:
        close(window)


def test_a_loaded_date_is_shown_year_first(qtbot, tmp_path) -> None:
    from tests.ui.wizard_helpers import EQUIPMENT

    window = make_window(qtbot, tmp_path)
    try:
        window.open(EQUIPMENT)  # lands on the review page
        assert window.go_to_page(PROFILE)
        page = window.wizard.currentPage()
        reference = window.session.assessment.reference_date
        assert page.reference.edit.text() == reference.isoformat()
        assert page.reference.date() == reference
        assert page.reference.edit.accessibleName() == "评估基准日"
        assert page.reference.button.accessibleName()
        assert page.reference.calendar.accessibleName().startswith("日历")
    finally:
        close(window)
