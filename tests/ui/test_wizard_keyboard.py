"""Keyboard-only use and accessible names."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from hrb_desktop.ui.main_window import MainWindow
from hrb_desktop.ui.pages.base import EXPORT, PROFILE, PROJECTS, REVIEW, SCREENING, START, article_page_id
from tests.ui.wizard_helpers import EQUIPMENT, click_next, close, make_window, window_at_article1

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextBrowser)


def test_enter_advances_and_typing_needs_no_mouse(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        next_button = window.wizard.button(window.wizard.WizardButton.NextButton)
        qtbot.waitUntil(next_button.hasFocus, timeout=2000)  # Start: Enter continues at once
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert window.wizard.currentId() == PROFILE
        page = window.wizard.currentPage()
        qtbot.waitUntil(page.name.hasFocus, timeout=2000)  # typing starts in the first field, no Tab
        QTest.keyClicks(QApplication.focusWidget(), "Keyboard Co")
        assert page.name.text() == "Keyboard Co"
        QTest.keyClick(page.name, Qt.Key.Key_Tab)
        assert page.credit.edit.hasFocus()  # tab order follows the form
        QTest.keyClicks(page.credit.edit, "91350100M000100Y43")
        QTest.keyClick(page.credit.edit, Qt.Key.Key_Return)
        assert window.wizard.currentId() == SCREENING
        boxes = window.wizard.currentPage().boxes
        qtbot.waitUntil(boxes["investment"].hasFocus, timeout=2000)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)
        assert window.wizard.currentId() == article_page_id(1)
        block = window.wizard.currentPage().block
        qtbot.waitUntil(block.rows["a1_in_stats"].field.yes.hasFocus, timeout=2000)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert window.session.answers["a1_in_stats"] is True
        edit = block.rows["a1_investment"].field.edit
        QTest.keyClicks(edit, "-3")
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert window.wizard.currentId() == article_page_id(1)  # bad input: Enter does not advance
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        QTest.keyClicks(edit, "3000")
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert window.wizard.currentId() == article_page_id(2)
    finally:
        close(window)


def test_every_page_starts_with_the_focus_where_the_user_begins(qtbot, tmp_path) -> None:
    """Walking with Enter alone: on each page the focus is on its first answer field, or on
    Next/Finish when it has none; never on a scroll area or the live panel, where typed keys
    would go nowhere."""
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        window.session.set_areas(None)
        window.wizard.reload()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        wizard = window.wizard
        seen = []
        for _ in range(len(wizard.pages) + 1):
            page = wizard.currentPage()
            expected = page.first_field() or next(
                b for b in (wizard.button(wizard.WizardButton.NextButton), wizard.button(wizard.WizardButton.FinishButton))
                if b.isVisible() and b.isEnabled()
            )
            qtbot.waitUntil(expected.hasFocus, timeout=2000)
            focus = QApplication.focusWidget()
            assert not isinstance(focus, QAbstractScrollArea) or isinstance(focus, QAbstractItemView | QTextBrowser)
            assert window.panel is None or not window.panel.isAncestorOf(focus)
            seen.append((wizard.currentId(), type(focus).__name__))
            if wizard.currentId() == EXPORT:
                break
            QTest.keyClick(focus, Qt.Key.Key_Return)
        assert seen[0] == (START, "QPushButton") and seen[1] == (PROFILE, "QLineEdit")
        assert seen[2] == (SCREENING, "QCheckBox") and (article_page_id(1), "QRadioButton") in seen
        assert seen[-1][0] == EXPORT
    finally:
        close(window)


def test_typing_and_ticking_keep_the_focus_beside_the_live_panel(qtbot, tmp_path) -> None:
    """Every edit makes QWizard hide and re-show its content; the focus must stay in the field
    (it used to jump to the live panel after the first key, and the rest of a figure was lost)."""
    window = make_window(qtbot, tmp_path)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        click_next(window)
        window.wizard.currentPage().name.setText("键盘企业")
        click_next(window)
        assert click_next(window) == article_page_id(1)
        assert window.panel is not None and window.panel.isVisible()
        block = window.wizard.currentPage().block
        yes = block.rows["a1_in_stats"].field.yes
        qtbot.waitUntil(yes.hasFocus, timeout=2000)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert yes.isChecked() and QApplication.focusWidget() is yes
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        edit = block.rows["a1_investment"].field.edit
        assert QApplication.focusWidget() is edit
        for key in "25x":  # "x" makes the page incomplete (Next disabled), a second kind of change
            QTest.keyClicks(QApplication.focusWidget(), key)
            assert QApplication.focusWidget() is edit, f"focus left the field after {key!r}"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
        QTest.keyClicks(QApplication.focusWidget(), "00")
        assert edit.text() == "2500" and QApplication.focusWidget() is edit
        assert window.session.answers["a1_investment"] == Decimal("2500")
        assert window.panel.row_text("a1.project_investment") == "125.00"  # 5 % of 2,500 万元
    finally:
        close(window)


def test_keystrokes_tell_qwizard_only_when_next_flips(qtbot, tmp_path) -> None:
    """QWizard hides and re-lays out the whole page on every completeChanged; a keystroke that
    leaves Next as it was must not cost that, yet what blocks Next is always up to date."""
    window = window_at_article1(qtbot, tmp_path)
    try:
        page = window.wizard.currentPage()
        edit = page.block.rows["a1_investment"].field.edit
        emitted: list[bool] = []
        page.completeChanged.connect(lambda: emitted.append(page.isComplete()))
        next_button = window.wizard.button(window.wizard.WizardButton.NextButton)
        QTest.keyClicks(edit, "250")
        assert emitted == [] and next_button.isEnabled()  # still complete: QWizard not bothered
        QTest.keyClicks(edit, "x")
        assert emitted == [False] and not next_button.isEnabled()
        assert page.blockers.isVisible()
        QTest.keyClicks(edit, "y")  # still incomplete, another message may follow: label refreshed
        assert emitted == [False] and page.blockers.isVisible()
        assert page.blockers.text() == "改正以下内容后才能继续：" + page.errors()[0]
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        assert emitted == [False, True] and next_button.isEnabled() and not page.blockers.isVisible()
        assert window.session.answers["a1_investment"] == Decimal("250")
    finally:
        close(window)


def _example_at(qtbot, tmp_path, page_id: int) -> MainWindow:
    """The equipment example open in an active window (keys need one), on ``page_id``."""
    window = make_window(qtbot, tmp_path)
    assert window.open(EQUIPMENT)  # lands on the review page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.go_to_page(page_id)
    return window


def test_on_review_tab_from_next_reaches_the_edit_buttons_in_page_order(qtbot, tmp_path) -> None:
    window = _example_at(qtbot, tmp_path, REVIEW)
    wizard = window.wizard
    try:
        next_button = wizard.button(wizard.WizardButton.NextButton)
        qtbot.waitUntil(next_button.hasFocus, timeout=2000)
        edit_buttons = wizard.currentPage().edit_buttons  # page id -> its "修改…", in page order
        assert len(edit_buttons) >= 3
        for expected in edit_buttons.values():
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is expected
        last_page = list(edit_buttons)[-1]
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Space on "修改…": that page
        assert wizard.currentId() == last_page
    finally:
        close(window)


def test_a_project_is_named_and_ticked_from_the_keyboard(qtbot, tmp_path) -> None:
    """Projects page: after "添加项目" the new project's name is typed straight away, Tab reaches
    the awards and Space ticks one; each of these edits leaves the focus where the user is."""
    window = _example_at(qtbot, tmp_path, PROJECTS)
    wizard = window.wizard
    try:
        page = wizard.currentPage()
        before = len(window.session.assessment.projects)
        page.add_button.click()
        qtbot.waitUntil(page.name.hasFocus, timeout=2000)
        QTest.keyClicks(QApplication.focusWidget(), "Line 2")
        assert page.name.text() == "Line 2" and QApplication.focusWidget() is page.name
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.items
        page.items.setCurrentRow(1)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert QApplication.focusWidget() is page.items
        projects = window.session.assessment.projects
        assert len(projects) == before + 1 and projects[-1].name == "Line 2"
        assert projects[-1].items == [page.items.item(1).data(Qt.ItemDataRole.UserRole)]
    finally:
        close(window)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox):  # their inner line edits
            continue
        if type(widget).__name__ in ("QScrollBar",) or widget.objectName().startswith("qt_"):
            continue
        if not widget.isVisibleTo(root.window()):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        window.session.set_areas(None)
        window.wizard.reload()
        seen = 0
        problems: dict[int, list[str]] = {}
        while True:
            page_id = window.wizard.currentId()
            missing = _unnamed(window)
            if missing:
                problems[page_id] = missing
            seen += 1
            if window.wizard.nextId() == -1:
                break
            click_next(window)
        assert seen >= 18
        assert problems == {}
        assert window.wizard.currentId() != START
    finally:
        close(window)


def _mnemonic(text: str) -> str | None:
    """The Alt+letter of a Qt text ("下一步(&N) >" -> "n"); "&&" is a literal ampersand."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _mnemonics_on_screen(window: MainWindow) -> dict[str, list[str]]:
    """Every Alt+letter reachable on the current page: its buttons, labelled fields, the wizard's
    buttons and the menu bar's titles."""
    from PySide6.QtWidgets import QGroupBox, QLabel

    page = window.wizard.currentPage()
    texts = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    texts += [b.text() for b in window.wizard.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [label.text() for label in page.findChildren(QLabel) if label.buddy() and label.isVisibleTo(window)]
    texts += [box.title() for box in page.findChildren(QGroupBox) if box.isVisibleTo(window)]
    if window.steps is not None:  # beside the page: the step list's label (Alt+G)
        texts.append(window.steps.title.text())
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = _mnemonic(text)
        if key is not None:
            seen.setdefault(key, []).append(text)
    return seen


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_two_controls_on_a_page_share_an_alt_letter(qtbot, tmp_path, lang: str) -> None:
    """A shared Alt+letter only moves the focus between its owners: Alt+N on Start did not press Next."""
    from tests.ui.test_i18n_ui import make_window as make_window_in
    from tests.ui.test_i18n_ui import open_everything, walk

    window = make_window_in(qtbot, tmp_path, lang)
    try:
        open_everything(window)
        window.dialogs.next_save = tmp_path / "saved.hrba"
        assert window.save_as()  # the Start page's list of recent files is shown too
        while window.wizard.currentId() != START:
            window.wizard.back()
        pages = 0
        for page_id in walk(window):
            shared = {key: owners for key, owners in _mnemonics_on_screen(window).items() if len(owners) > 1}
            assert not shared, f"page {page_id} ({lang}): {shared}"
            pages += 1
        assert pages > 10
    finally:
        close(window)


def _without_mnemonic(window: MainWindow) -> list[str]:
    """Buttons and field labels (a QLabel with a buddy) shown on the current page, the wizard's
    buttons and the step list's label that have no Alt letter. Radio buttons are left out: they
    are parts of a field, which its label's letter reaches."""
    from PySide6.QtWidgets import QLabel, QRadioButton

    page = window.wizard.currentPage()
    missing = []
    for button in window.wizard.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and not isinstance(button, QRadioButton) and _mnemonic(button.text()) is None:
            missing.append(f"{type(button).__name__} {button.text()!r}")
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is not None]
    labels += [window.steps.title] if window.steps is not None else []
    missing += [f"label {label.text()!r}" for label in labels
                if label.isVisibleTo(window) and _mnemonic(label.text()) is None]
    return missing


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_button_and_field_label_has_an_alt_letter(qtbot, tmp_path, lang: str) -> None:
    """README: every button and field has an Alt mnemonic (修改… and 联系人及电话 had none), on
    every page, all articles shown; letters for policy texts are handed out per page."""
    from tests.ui.test_i18n_ui import make_window as make_window_in
    from tests.ui.test_i18n_ui import open_everything, walk

    window = make_window_in(qtbot, tmp_path, lang)
    try:
        open_everything(window)
        problems = {}
        pages = 0
        for page_id in walk(window):
            missing = _without_mnemonic(window)
            if missing:
                problems[page_id] = missing
            pages += 1
        assert pages == 21 and problems == {}
        review = window.wizard.page(REVIEW)
        letters = [_mnemonic(b.text()) for b in review.edit_buttons.values()]
        assert len(letters) == 17 and len(set(letters)) == 17  # profile, screening, 14 articles, projects
        profile = window.wizard.page(PROFILE)
        contact = next(label for label, _ in profile.row_labels if label.buddy() is profile.contact)
        assert contact.text() == ("联系人及电话(&P)" if lang == "zh" else "Contact and &phone")
    finally:
        close(window)


def test_alt_letters_are_handed_out_without_clashes() -> None:
    from hrb_desktop.ui.mnemonics import RESERVED, assign, letters_in

    zh = assign(["是否为制造业企业", "A&B 是否", "修改…"], taken={"m"}, lang="zh")
    assert zh == ["是否为制造业企业(&A)", "A&&B 是否(&C)", "修改(&D)…"]
    en = assign(["Is it a manufacturer?", "Is it above size?", "Edit…"], taken={"i"}, lang="en")
    assert en == ["Is it &a manufacturer?", "Is it above &size?", "&Edit…"]  # word starts first, I is taken
    letters = [_mnemonic(text) for text in en]
    assert None not in letters and len(set(letters)) == 3 and not set(letters) & (RESERVED | {"i"})
    assert assign(["Edit…"] * 2, lang="en", append=True) == ["Edit (&A)…", "Edit (&C)…"]
    assert letters_in(["名称(&M)", "A&&B", "日历(&A)…"]) == {"m", "a"}
    many = assign(["问题"] * 40, lang="zh")
    assert len({_mnemonic(text) for text in many[:28]}) == 28 and many[28:] == ["问题"] * 12  # the pool runs out


def test_the_review_page_lists_every_profile_field(qtbot, tmp_path) -> None:
    window = _example_at(qtbot, tmp_path, REVIEW)
    try:
        from PySide6.QtWidgets import QLabel

        text = "".join(label.text() for label in window.wizard.currentPage().content.findChildren(QLabel))
        for shown in ("联系人及电话", "财务部 王会计 0451-8888 0000", "申报主体类型", "企业", "松北区", "通用设备制造业"):
            assert shown in text, shown
    finally:
        close(window)
