"""Every text of the wizard reads at WCAG AA (4.5:1) in light, dark and high-contrast themes.

Qt 6.7+ follows the Windows dark theme, and Windows' high-contrast themes set the whole
palette. Every wizard page, the live panel, the results and the explanation dialog are
shown under each sample palette (hrb_desktop.ui.palettes), in Chinese and in English,
and every visible label is checked with the colours Qt will paint it in: its foreground
role in its own palette, against the background of the nearest widget that fills its
background (itself, with a style sheet or autoFillBackground, or an ancestor, up to the
window). Rich-text labels and the HTML views are checked run by run: each fragment's own
colour (else the default) against its cell's or block's background (else the view's).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QTreeWidget, QWidget

from hrb_desktop.core.engine import Status
from hrb_desktop.ui import i18n, look
from hrb_desktop.ui.explain_dialog import ExplainDialog
from hrb_desktop.ui.main_window import MainWindow
from hrb_desktop.ui.palettes import sample_palette
from tests.ui.wizard_helpers import EQUIPMENT, answer, block_of, close, make_window

AA = 4.5
Role = QPalette.ColorRole


# ------------------------------------------------------------ the arithmetic, by hand
def test_contrast_ratios_are_wcags() -> None:
    assert look.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert look.contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)
    # #777 on white: channel ((119/255 + 0.055) / 1.055) ** 2.4 = 0.1845; (1 + 0.05) / (0.1845 + 0.05) = 4.48
    assert look.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.478, abs=0.001)


def test_a_colour_that_does_not_read_moves_towards_the_text_colour() -> None:
    # #777 misses 4.5:1 on white; a tenth of the way to black, 119 - 11.9 = 107.1 -> #6b6b6b, reads at 5.33:1
    moved = look.readable(QColor("#777777"), QColor("#ffffff"), QColor("#000000"))
    assert moved.name() == "#6b6b6b"
    assert look.readable(QColor("#595959"), QColor("#ffffff"), QColor("#000000")).name() == "#595959"  # 7.0:1


def test_the_scheme_tells_light_dark_and_high_contrast_apart(qapp) -> None:
    light, dark = look.Scheme(QPalette(QColor("#efefef"))), look.Scheme(sample_palette("dark"))
    assert not light.dark and not light.high_contrast
    assert dark.dark and not dark.high_contrast
    assert look.Scheme(sample_palette("hc-black")).high_contrast
    assert look.Scheme(sample_palette("hc-white")).high_contrast
    assert light.text(look.ERROR).name() == look.ERROR  # as designed
    assert dark.text(look.ERROR).name() == "#ff8a80"  # the same hue, light
    assert look.Scheme(sample_palette("hc-black")).text(look.ERROR).name() == "#ffffff"  # the theme's own


# ------------------------------------------------------------ what is painted where
def group(widget: QWidget) -> QPalette.ColorGroup:
    if not widget.isEnabled():
        return QPalette.ColorGroup.Disabled
    return QPalette.ColorGroup.Active if widget.isActiveWindow() else QPalette.ColorGroup.Inactive


def fills_background(widget: QWidget) -> bool:
    return widget.isWindow() or widget.autoFillBackground() or "background" in widget.styleSheet()


def background_of(widget: QWidget) -> QColor:
    """The colour behind ``widget``'s text: the nearest widget (itself included) that paints one."""
    shown: QWidget | None = widget
    while shown is not None and not fills_background(shown):
        shown = shown.parentWidget()
    assert shown is not None
    return shown.palette().color(group(shown), shown.backgroundRole())


def runs(doc: QTextDocument, text: QColor, background: QColor) -> Iterator[tuple[str, QColor, QColor]]:
    """Each run of text of ``doc`` with the colour it is painted in and the colour behind it."""
    block = doc.begin()
    while block.isValid():
        block_bg = block.blockFormat().background()
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            behind = background
            cursor = QTextCursor(doc)
            cursor.setPosition(fragment.position())
            table = cursor.currentTable()
            if table is not None:
                cell_bg = table.cellAt(fragment.position()).format().background()
                if cell_bg.style() != Qt.BrushStyle.NoBrush:
                    behind = cell_bg.color()
            if block_bg.style() != Qt.BrushStyle.NoBrush:
                behind = block_bg.color()
            if fmt.background().style() != Qt.BrushStyle.NoBrush:
                behind = fmt.background().color()
            colour = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else text
            if fragment.text().strip():
                yield fragment.text(), colour, behind
            it += 1
        block = block.next()


def pairs(root: QWidget) -> Iterator[tuple[str, QColor, QColor]]:
    """(what, text colour, background) of every visible text under ``root``, as painted."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue  # WCAG leaves disabled controls out
        where = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()[:30]})"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            fg = widget.palette().color(group(widget), widget.foregroundRole())
            bg = background_of(widget)
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(widget.text())
            )
            if rich:
                doc = QTextDocument()
                doc.setHtml(widget.text())
                for text, colour, behind in runs(doc, fg, bg):
                    yield f"{where}: {text[:30]}", colour, behind
            else:
                yield f"{where}: {widget.text()[:30]}", fg, bg
        elif isinstance(widget, QTextBrowser):
            palette = widget.palette()
            base = palette.color(group(widget), Role.Base)
            for text, colour, behind in runs(widget.document(), palette.color(group(widget), Role.Text), base):
                yield f"{where}: {text[:30]}", colour, behind
        elif isinstance(widget, QTreeWidget):
            base = widget.palette().color(group(widget), Role.Base)
            text = widget.palette().color(group(widget), Role.Text)
            for item in _tree_items(widget):
                for column in range(widget.columnCount()):
                    bg, fg = item.background(column), item.foreground(column)
                    if item.text(column) and (bg.style() != Qt.BrushStyle.NoBrush or fg.style() != Qt.BrushStyle.NoBrush):
                        yield (
                            f"{where}: {item.text(column)[:30]}",
                            fg.color() if fg.style() != Qt.BrushStyle.NoBrush else text,
                            bg.color() if bg.style() != Qt.BrushStyle.NoBrush else base,
                        )


def _tree_items(tree: QTreeWidget):  # type: ignore[no-untyped-def]
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        yield item
        pending += [item.child(i) for i in range(item.childCount())]


def unreadable(root: QWidget) -> list[str]:
    return [
        f"{what}: {fg.name()} on {bg.name()} = {look.contrast(fg, bg):.2f}"
        for what, fg, bg in pairs(root)
        if look.contrast(fg, bg) < AA
    ]


@pytest.fixture
def app_palette(qapp, qtbot):
    """Set the application's palette for one test (the offscreen default afterwards)."""
    original = QPalette(qapp.palette())

    def use(name: str | None) -> None:
        qapp.setPalette(sample_palette(name) if name else original)
        qtbot.wait(20)  # the palette reaches every widget, then look.refresh runs

    yield use
    qapp.setPalette(original)
    qtbot.wait(20)
    i18n.install("zh")


def walk_every_page(window: MainWindow) -> Iterator[str]:
    """Show every page of the example with every article (as scripts/render_pages.py does)."""
    assert window.open(EQUIPMENT)
    window.session.set_areas(None)
    wizard = window.wizard
    wizard.reload()
    yield "start"
    while wizard.nextId() != -1:
        wizard.next()
        QApplication.processEvents()
        page = wizard.currentPage()
        if hasattr(page, "toggle"):  # an article page: its verbatim text too
            page.toggle.setChecked(True)
        yield type(page).__name__


def explain_first_eligible(window: MainWindow, qtbot) -> ExplainDialog:  # type: ignore[no-untyped-def]
    result = window.session.result(window.lang)
    item = next(r for r in result.items if r.status == Status.eligible)
    dialog = ExplainDialog(window.ctx, item.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("theme", [None, "dark", "hc-black", "hc-white"], ids=["light", "dark", "hc-black", "hc-white"])
def test_every_page_reads_in_every_theme(qtbot, tmp_path: Path, app_palette, theme: str | None, lang: str) -> None:
    app_palette(theme)
    window = make_window(qtbot, tmp_path)
    try:
        window.set_language(lang, remember=False)  # type: ignore[arg-type]
        problems: list[str] = []
        for page in walk_every_page(window):
            problems += [f"{page}: {p}" for p in unreadable(window)]
        problems += [f"explanation: {p}" for p in unreadable(explain_first_eligible(window, qtbot))]
        assert not problems, "\n".join(problems)
    finally:
        close(window)


@pytest.mark.parametrize("theme", ["dark", "hc-black"])
def test_switching_the_theme_while_running_repaints_every_text(qtbot, tmp_path: Path, app_palette, theme: str) -> None:
    """Windows switched to dark mode (or high contrast) with the app open, and back."""
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        window.wizard.next()
        window.wizard.next()
        window.wizard.next()  # Art. 1: help texts, the panel
        article1 = window.wizard.currentPage()
        article1.toggle.setChecked(True)
        help_label = block_of(window).rows["a1_investment"].help
        assert help_label.palette().color(Role.WindowText).name() == look.HELP
        app_palette(theme)
        assert not unreadable(window), unreadable(window)
        assert help_label.palette().color(Role.WindowText).name() != look.HELP
        while window.wizard.currentId() != -1 and window.wizard.nextId() != -1:
            window.wizard.next()
            QApplication.processEvents()
            assert not unreadable(window), (window.wizard.currentId(), unreadable(window))
        app_palette(None)  # and back: the light theme's colours as designed
        assert help_label.palette().color(Role.WindowText).name() == look.HELP
        assert not unreadable(window), unreadable(window)
    finally:
        close(window)


@pytest.mark.parametrize("theme", [None, "dark", "hc-black", "hc-white"], ids=["light", "dark", "hc-black", "hc-white"])
def test_a_figure_that_just_changed_is_marked_readably(qtbot, tmp_path: Path, app_palette, theme: str | None) -> None:
    app_palette(theme)
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        for _ in range(3):
            window.wizard.next()
        answer(block_of(window), "a1_investment", "13000")  # the total and Art. 1's rows change
        panel = window.panel
        assert panel is not None and panel.highlighted_items()  # marked, for a moment
        assert panel.total.autoFillBackground()
        marked = [p for p in pairs(panel) if "panelTotal" in p[0] or "QTreeWidget" in p[0]]
        assert len(marked) >= 3, marked  # the total and at least two rows
        assert not unreadable(panel), unreadable(panel)
    finally:
        close(window)


def _pixels_contrast(widget: QWidget) -> float:
    """Contrast between the commonest colour of the widget's contents (its background) and the
    colour farthest from it (the text's strokes), as painted."""
    image = widget.grab(widget.contentsRect()).toImage()
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor(max(counts, key=counts.__getitem__))
    return max(look.contrast(QColor(rgb), background) for rgb in counts)


@pytest.mark.parametrize("theme", ["dark", "hc-black"])
def test_text_on_screen_reads_pixel_by_pixel(qtbot, tmp_path: Path, app_palette, theme: str) -> None:
    """The role check above, again on the painted pixels of the boxes with their own background."""
    app_palette(theme)
    window = make_window(qtbot, tmp_path)
    try:
        banner = window.wizard.start_page.banner
        assert banner.isVisible() and _pixels_contrast(banner) >= AA
        assert window.open(EQUIPMENT)
        for _ in range(3):
            window.wizard.next()
        page = window.wizard.currentPage()
        page.toggle.setChecked(True)
        QApplication.processEvents()
        assert _pixels_contrast(page.text) >= AA  # the verbatim article text
        assert _pixels_contrast(block_of(window).rows["a1_investment"].help) >= AA
        assert window.panel is not None and _pixels_contrast(window.panel.note) >= AA
    finally:
        close(window)


def test_a_high_contrast_wish_of_the_system_is_followed_on_any_palette(qapp, monkeypatch) -> None:
    """Windows' Aquatic or Desert themes are not plain black on white: the system says so (Qt 6.10+)."""
    aquatic = QPalette(QColor("#202020"))
    aquatic.setColor(Role.WindowText, QColor("#ffffff"))
    assert not look.Scheme(aquatic).high_contrast  # 16:1 alone is no proof
    monkeypatch.setitem(look._system, "high_contrast", True)
    scheme = look.Scheme(aquatic)
    assert scheme.high_contrast and scheme.text(look.HELP).name() == "#ffffff"
