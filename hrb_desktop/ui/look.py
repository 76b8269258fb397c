"""Text colour and size of labels, through the palette and the font.

A style sheet on a widget hands it to Qt's style-sheet style, which is slow to polish
and paint. The wizard builds about 160 help and error labels while the user waits for
the policy to load, and the credit-code message changes colour on every keystroke, so
those take a palette colour and a font size instead (same look, a fraction of the cost).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ERROR = "#b3261e"
OK = "#1e6b34"
WARNING = "#8a5300"
HELP = "#5b5b5b"
NOTE = "#555555"


def tint(widget: QWidget, color: str) -> None:
    """Draw the widget's text in ``color`` (all states)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    widget.setPalette(palette)


def text_points(widget: QWidget, points: float) -> None:
    """Set the widget's text size in points, keeping the application's font family."""
    font = widget.font()
    font.setPointSizeF(points)
    widget.setFont(font)
