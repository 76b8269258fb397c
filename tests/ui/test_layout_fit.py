"""Nothing a user must read or press is cut off, on a 1366×768 laptop or in the smallest
window the app allows, in either language.

Pages scroll vertically but never horizontally, so a widget reaching past the right
edge of its page would simply be cut off; a text area inside a page that scrolls
sideways hides the end of its lines; and a button or one-line label narrower than
its text shows it clipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from hrb_desktop.ui.main_window import MainWindow
from hrb_desktop.ui.pages.base import Page
from hrb_desktop.ui.window_size import MINIMUM
from tests.ui.test_i18n_ui import make_window, open_everything, walk
from tests.ui.wizard_helpers import close


def _problems(window: MainWindow) -> list[str]:
    page = window.wizard.currentPage()
    assert isinstance(page, Page)
    viewport = page.scroll.viewport()
    found = []
    for widget in page.body.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.width() == 0:
            continue
        name = f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"[:90]
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        if right > viewport.width() + 1:
            found.append(f"{name}: right edge {right} beyond the page's {viewport.width()}")
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{name}: scrolls sideways by {widget.horizontalScrollBar().maximum()} px")
        one_line = isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and not widget.wordWrap())
        if one_line and widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name}: {widget.width()} px wide, its text needs {widget.minimumSizeHint().width()}")
    panel = window.panel
    if panel is not None and panel.isVisible():
        for widget in panel.findChildren(QLabel):
            if widget.isVisible() and not widget.wordWrap() and widget.width() < widget.minimumSizeHint().width():
                found.append(f"live panel {widget.text()!r}: {widget.width()} px wide, "
                             f"its text needs {widget.minimumSizeHint().width()}")
    for which in (window.wizard.WizardButton.BackButton, window.wizard.WizardButton.NextButton):
        button = window.wizard.button(which)
        if button.isVisible() and button.width() < button.minimumSizeHint().width():
            found.append(f"wizard button {button.text()!r} clipped")
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(1366, 768), MINIMUM], ids=["laptop", "minimum"])
def test_no_page_cuts_anything_off(qtbot, tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    window = make_window(qtbot, tmp_path, lang)
    try:
        window.resize(*size)
        QCoreApplication.processEvents()
        open_everything(window)
        problems = {}
        for page_id in walk(window):
            found = _problems(window)
            if found:
                problems[page_id] = found
        assert problems == {}
    finally:
        close(window)


def test_the_check_sees_a_label_that_is_cut_off(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, "zh")
    try:
        window.resize(*MINIMUM)
        page = window.wizard.currentPage()
        assert isinstance(page, Page)
        label = QLabel("这一行说明文字很长，" * 20, page.body)
        page.layout_.addWidget(label)
        QCoreApplication.processEvents()
        assert any("QLabel" in problem for problem in _problems(window))
    finally:
        close(window)
