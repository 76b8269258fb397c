"""Nothing a user must read or press is cut off, on a 1366×768 laptop or in the smallest
window the app allows, in either language.

Pages scroll vertically but never horizontally, so a widget reaching past the right
edge of its page would simply be cut off; a text area inside a page that scrolls
sideways hides the end of its lines; and a button or one-line label narrower than
its text shows it clipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTreeWidget,
    QWidget,
)

from hrb_desktop.ui.main_window import MainWindow
from hrb_desktop.ui.pages.base import Page, article_page_id
from hrb_desktop.ui.window_size import MINIMUM
from tests.ui.test_i18n_ui import make_window, open_everything, walk
from tests.ui.wizard_helpers import EQUIPMENT, close


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
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            room = widget.contentsRect().width() - 8  # Qt's text margins and the frame
            needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            if needed > room:
                found.append(f"placeholder {widget.placeholderText()!r}: needs {needed} px, has {room}")
    panel = window.panel
    if panel is not None and panel.isVisible():
        for widget in panel.findChildren(QLabel):
            if widget.isVisible() and not widget.wordWrap() and widget.width() < widget.minimumSizeHint().width():
                found.append(f"live panel {widget.text()!r}: {widget.width()} px wide, "
                             f"its text needs {widget.minimumSizeHint().width()}")
        found += _cut_tree_rows(panel.tree)
    found += _cut_subtitle(window, page)
    column = window.splitter.sizes()[1]
    if window.wizard.width() > column:  # it pushed the live panel aside, or under itself
        found.append(f"the wizard is {window.wizard.width()} px wide, its column {column}")
    steps = window.steps
    if steps is not None and steps.needed_width() > steps.width():
        found.append(f"step list: {steps.width()} px wide, its rows need {steps.needed_width()}")
    for which in (window.wizard.WizardButton.BackButton, window.wizard.WizardButton.NextButton):
        button = window.wizard.button(which)
        if button.isVisible() and button.width() < button.minimumSizeHint().width():
            found.append(f"wizard button {button.text()!r} clipped")
    return found


def _cut_tree_rows(tree: QTreeWidget) -> list[str]:
    """A name in the live panel is never cut short: each row is as tall as its wrapped name."""
    found = []
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    rows += [top.child(j) for top in list(rows) for j in range(top.childCount())]
    for row in rows:
        cell = tree.visualRect(tree.indexFromItem(row, 0))  # the name's cell, after the indentation
        if row.isHidden() or not cell.isValid():
            continue
        width = cell.width() - 6  # the style's text margins
        needed = tree.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, row.text(0))
        if needed.height() > cell.height() or needed.width() > width:
            found.append(f"live panel row {row.text(0)!r}: needs {needed.size().toTuple()}, has {cell.size().toTuple()}")
    return found


def _cut_subtitle(window: MainWindow, page: Page) -> list[str]:
    """QWizard gives a page's subtitle a fixed height: a third line would be cut off."""
    labels = [label for label in window.wizard.findChildren(QLabel) if label.isVisible() and label.text() == page.subTitle()]
    found = []
    for label in labels:
        room = label.contentsRect()
        needed = label.fontMetrics().boundingRect(QRect(0, 0, room.width(), 10_000), Qt.TextFlag.TextWordWrap, label.text())
        if needed.height() > room.height():
            found.append(f"subtitle {label.text()[:30]!r}: needs {needed.height()} px, has {room.height()}")
    return found


@pytest.fixture
def app_font() -> Iterator[None]:
    """The font the app itself uses (apply_app_font, as hrb_desktop.ui.app does), restored afterwards."""
    from PySide6.QtWidgets import QApplication

    from hrb_desktop.ui.fonts import apply_app_font

    app = QApplication.instance()
    before = app.font()  # type: ignore[union-attr]
    apply_app_font(app)  # type: ignore[arg-type]
    yield
    app.setFont(before)  # type: ignore[union-attr]


@pytest.mark.usefixtures("app_font")
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


@pytest.mark.usefixtures("app_font")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_window_small_from_its_first_paint_cuts_nothing_off(qtbot, tmp_path: Path, lang: str) -> None:
    """As the user of a small screen sees it: every page built at 800×500, never wider first."""
    from hrb_desktop.ui.settings import AppSettings
    from tests.ui.wizard_helpers import ScriptedDialogs

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, lang=lang, autosave_dir=tmp_path / "autosave")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    try:
        window.resize(*MINIMUM)
        window.show()
        window.load()
        QCoreApplication.processEvents()
        open_everything(window)
        problems = {page_id: found for page_id in walk(window) if (found := _problems(window))}
        assert problems == {}
    finally:
        close(window)


@pytest.mark.usefixtures("app_font")
def test_the_check_sees_a_cut_placeholder_a_cut_panel_row_and_a_third_subtitle_line(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, "zh")
    try:
        window.resize(*MINIMUM)
        window.open(EQUIPMENT)
        window.go_to_page(article_page_id(9))
        QCoreApplication.processEvents()
        assert _problems(window) == []
        page = window.wizard.currentPage()
        page.block.rows["a9_recognition_date"].field.edit.setPlaceholderText("例如 2022-11-18 或 2022年11月18日" * 2)
        page.setSubTitle("这一行说明文字很长，" * 20)
        window.panel.tree.setItemDelegate(QStyledItemDelegate(window.panel.tree))  # rows one line tall
        window.panel.tree.doItemsLayout()
        QCoreApplication.processEvents()
        found = "\n".join(_problems(window))
        assert "placeholder '例如 2022-11-18" in found
        assert "subtitle '这一行说明文字很长" in found
        assert "live panel row" in found  # one line tall, the wrapped names cut
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
