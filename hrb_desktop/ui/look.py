"""Colours and text sizes of the wizard, readable in light, dark and high-contrast themes.

Every colour the app sets is either a palette role or paired with its own background,
and comes from here. The constants below are the designed colours of the light theme;
``Scheme`` turns one into what the current palette needs:

- a light theme gets it as designed;
- a dark theme (Qt 6.7+ follows Windows' dark mode; window lighter than its text) gets
  a light variant of the same hue;
- a high-contrast theme (Windows' High Contrast, or any palette with black on white or
  white on black) gets the palette's own colours only, as those users asked for;
- and in every case the text is moved towards the palette's text colour until it reads
  at WCAG AA (4.5:1) against the background it is drawn on.

Widgets tinted here remember their colour's name, so ``refresh()`` can paint them again
when the palette changes (the main window calls it on ``ApplicationPaletteChange``, e.g.
Windows switching to dark mode while the app runs); HTML views build their colours from
``Scheme`` each time they render.

Labels take a palette colour and a font size rather than a style sheet: a style sheet
hands a widget to Qt's style-sheet style, which is slow to polish and paint. The wizard
builds about 160 help and error labels while the user waits for the policy to load, and
the credit-code message changes colour on every keystroke. Only the framed boxes (the
validity banner, the article text) use a style sheet, for their border and padding.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# The light theme's colours as designed (the names are what callers pass).
ERROR = "#b3261e"
OK = "#1e6b34"
WARNING = "#8a5300"
HELP = "#5b5b5b"
NOTE = "#555555"
TOTAL = "#1f5fa8"  # the estimated total
REJECTED = "#8a1c1c"  # not eligible
NEUTRAL = "#37474f"  # non-monetary support
PENDING = "#6b6b6b"  # not answered yet
MUTED = "#444444"  # secondary text in HTML views
HEADING_BACKGROUND = "#eef3fa"  # an article's row in the results table
FLASH_BACKGROUND = "#fff2a8"  # a figure that has just changed
BAR_LOW = "#1f5fa8"  # the solid part of a bar: the low end of an estimate
BAR_HIGH = "#a9c6ea"  # the pale part: on to the high end

# The same hues for a dark window (checked against #2b2b2b and #1e1e1e at >= 4.5:1).
_DARK = {
    ERROR: "#ff8a80",
    OK: "#7fd18f",
    WARNING: "#f0b561",
    HELP: "#b4b4b4",
    NOTE: "#bdbdbd",
    TOTAL: "#8ab4f8",
    REJECTED: "#ff8a80",
    NEUTRAL: "#b0bec5",
    PENDING: "#a8a8a8",
    MUTED: "#c4c4c4",
    HEADING_BACKGROUND: "#2c3a4d",
    FLASH_BACKGROUND: "#5a4a00",
    BAR_LOW: "#8ab4f8",
    BAR_HIGH: "#3e5f88",
}

# Framed boxes: (background, border, text) in the light and the dark theme.
BOXES = {
    "warning": (("#fff4d6", "#e0b84a", "#5a4100"), ("#3a2f10", "#8a6d1f", "#ffe6a6")),
    "ok": (("#e8f4ea", "#8cc29a", "#000000"), ("#1f3324", "#4f8a5e", "#d9f2de")),
    "verbatim": (("#f5f5f0", "#b9b39a", "#000000"), ("#33332d", "#6b6651", "#ececec")),
}
BOX_SHAPES = {
    "warning": "border: 1px solid {border}; border-radius: 4px; padding: 8px;",
    "ok": "border: 1px solid {border}; border-radius: 4px; padding: 8px;",
    "verbatim": "border: none; border-left: 3px solid {border}; padding: 6px;",
}

MIN_CONTRAST = 4.5  # WCAG 2 AA for normal text
HIGH_CONTRAST_RATIO = 19.5  # black on white is 21:1; Windows' own light theme is about 18.4:1

_TINT = "hrbTint"  # dynamic properties that let ``refresh`` find what it painted
_BOX = "hrbBox"
_FLASH = "hrbFlash"

Role = QPalette.ColorRole


# ------------------------------------------------------------ WCAG arithmetic
def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(wanted: QColor, background: QColor, fallback: QColor) -> QColor:
    """``wanted`` if it reads on ``background``, else the first step towards ``fallback``
    (the palette's text colour) that does; black or white if even that does not."""
    for step in range(11):
        t = step / 10
        mixed = QColor(
            round(wanted.red() + (fallback.red() - wanted.red()) * t),
            round(wanted.green() + (fallback.green() - wanted.green()) * t),
            round(wanted.blue() + (fallback.blue() - wanted.blue()) * t),
        )
        if contrast(mixed, background) >= MIN_CONTRAST:
            return mixed
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, background) >= contrast(white, background) else white


# ------------------------------------------------------------ the current theme
_system: dict[str, object] = {"high_contrast": False}  # asked once the window has painted


def follow_system() -> None:
    """Ask the system whether the user wants high contrast, and follow its changes.

    Qt 6.10+ can tell (older Qt cannot: the palette test in ``Scheme`` still applies);
    asking builds the Qt namespace (~70 ms), so this waits until the window has painted.
    A theme change also changes the palette: the main window calls ``refresh`` then.
    """
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return
    watched = accessibility()  # kept with ``hints``: PySide drops the wrapper with its owner's
    wanted = watched.contrastPreference() == Qt.ContrastPreference.HighContrast
    if "hints" not in _system:
        _system["hints"] = (hints, watched)
        watched.contrastPreferenceChanged.connect(lambda _p: follow_system())
    if wanted != _system["high_contrast"]:
        _system["high_contrast"] = wanted
        refresh()


class Scheme:
    """The colours to use with one palette (by default the application's)."""

    def __init__(self, palette: QPalette | None = None) -> None:
        self.palette = palette if palette is not None else QGuiApplication.palette()
        window, text = self.palette.color(Role.Window), self.palette.color(Role.WindowText)
        self.dark = window.lightnessF() < text.lightnessF()
        self.high_contrast = bool(_system["high_contrast"]) or contrast(window, text) >= HIGH_CONTRAST_RATIO

    def text(self, design: str, on: QColor | None = None, base: bool = False) -> QColor:
        """Text in ``design`` (a light-theme colour above) that reads on ``on``.

        ``on`` defaults to the window (``base``: the text-view background, e.g. a QTextBrowser).
        """
        fallback = self.palette.color(Role.Text if base else Role.WindowText)
        background = on if on is not None else self.palette.color(Role.Base if base else Role.Window)
        if self.high_contrast:
            return readable(fallback, background, fallback)
        wanted = QColor(_DARK.get(design, design) if self.dark else design)
        return readable(wanted, background, fallback)

    def fill(self, design: str, base: bool = False) -> tuple[QColor, QColor]:
        """A background in ``design`` and the text to write on it (high contrast: the palette's);
        ``base``: in a text or item view, whose text is the palette's Text on Base."""
        if self.high_contrast:
            background = self.palette.color(Role.Base if base else Role.Window)
        else:
            background = QColor(_DARK.get(design, design) if self.dark else design)
        text = self.palette.color(Role.Text if base else Role.WindowText)
        return background, readable(text, background, text)

    def flash(self, base: bool = False) -> tuple[QColor, QColor]:
        """Background and text of a figure that has just changed (high contrast: the selection's);
        ``base``: in an item view, whose text is the palette's Text."""
        if self.high_contrast:
            return self.palette.color(Role.Highlight), self.palette.color(Role.HighlightedText)
        return self.fill(FLASH_BACKGROUND, base=base)

    def box(self, kind: str) -> tuple[QColor, QColor, QColor]:
        """Background, border and text of a framed box (see ``BOXES``)."""
        if self.high_contrast:
            background, text = self.palette.color(Role.Window), self.palette.color(Role.WindowText)
            return background, text, text
        light, dark = BOXES[kind]
        background, border, text = (QColor(c) for c in (dark if self.dark else light))
        return background, border, readable(text, background, self.palette.color(Role.WindowText))

    def bars(self) -> tuple[QColor, QColor | None]:
        """The solid and the pale part of a bar; high contrast: text colour, the pale part only outlined (None)."""
        if self.high_contrast:
            return self.palette.color(Role.WindowText), None
        return (QColor(_DARK[BAR_LOW]), QColor(_DARK[BAR_HIGH])) if self.dark else (QColor(BAR_LOW), QColor(BAR_HIGH))

    def link(self) -> QColor:
        """Links in a text view: the palette's link colour, moved towards its text until it reads."""
        return readable(self.palette.color(Role.Link), self.palette.color(Role.Base), self.palette.color(Role.Text))

    def html(self, design: str) -> str:
        """``text(design)`` on a text view's background, as ``#rrggbb`` for its HTML."""
        return self.text(design, base=True).name()


# ------------------------------------------------------------ painting widgets
def tint(widget: QWidget, color: str) -> None:
    """Draw the widget's text in ``color`` (a design colour above), as the theme needs it."""
    widget.setProperty(_TINT, color)
    _paint(widget)


def flash(widget: QWidget, on: bool) -> None:
    """Show a figure that has just changed on a marker-yellow background (off: as before)."""
    if widget.property(_FLASH) is on:
        return  # typing on: it is marked already (this runs on keystrokes)
    widget.setProperty(_FLASH, on)
    widget.setAutoFillBackground(on)
    _paint(widget)


def box(widget: QWidget, kind: str) -> None:
    """Frame the widget as a ``BOXES`` kind: its own background, border and text colour."""
    widget.setProperty(_BOX, kind)
    _paint(widget)


def _paint(widget: QWidget, scheme: Scheme | None = None) -> None:
    scheme = scheme or Scheme()
    kind = widget.property(_BOX)
    if kind:
        background, border, text = scheme.box(str(kind))
        shape = BOX_SHAPES[str(kind)].format(border=border.name())
        widget.setStyleSheet(f"background: {background.name()}; color: {text.name()}; {shape}")
        return
    design = widget.property(_TINT)
    # A fresh palette sets only the roles below: every other role still follows the application's.
    palette = QPalette()
    if widget.property(_FLASH):
        background, text = scheme.flash()
        palette.setColor(Role.Window, background)
        if design and not scheme.high_contrast:
            text = scheme.text(str(design), on=background)
    else:
        background = scheme.palette.color(Role.Window)
        text = scheme.text(str(design), on=background) if design else scheme.palette.color(Role.WindowText)
    palette.setColor(Role.WindowText, text)
    widget.setPalette(palette)


def refresh() -> None:
    """Paint every tinted, flashed or framed widget again for the application's current palette.

    The main window calls this on ``ApplicationPaletteChange`` (Windows switched to dark mode,
    say). Qt sends that event before each widget has taken the new palette; that does not
    matter here, as the colours come from the application's palette and only the roles set
    here are fixed on a widget. Views that build HTML re-render on the same event themselves.
    """
    from PySide6.QtWidgets import QApplication

    scheme = Scheme()
    for widget in QApplication.allWidgets():
        if widget.property(_TINT) or widget.property(_BOX) or widget.property(_FLASH) is not None:
            _paint(widget, scheme)


def text_points(widget: QWidget, points: float, bold: bool = False) -> None:
    """Set the widget's text size in points (and weight), keeping the application's font family."""
    font = widget.font()
    font.setPointSizeF(points)
    if bold:
        font.setBold(True)
    widget.setFont(font)
