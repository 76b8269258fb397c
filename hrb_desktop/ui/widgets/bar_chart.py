"""Estimated range per article as horizontal bars, drawn with QPainter (no chart library).

The solid part of a bar is the low end of the estimate, the pale part runs on
to the high end; the figures are written beside each bar so nothing is read
off an axis.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hrb_desktop.core.messages import Lang
from hrb_desktop.core.money import fmt_range
from hrb_desktop.ui import look


class BarChart(QWidget):
    def __init__(self, lang: Lang = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = lang
        self._rows: list[tuple[str, Decimal, Decimal]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def set_lang(self, lang: Lang) -> None:
        """Figures in ``lang`` from now on (the owner passes rows with labels in it)."""
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self._empty = self.tr("尚无可计入合计的金额")
        self.setAccessibleName(self.tr("按条款的估计金额柱状图"))
        self._describe()
        self.update()

    def _describe(self) -> None:
        sep = "; " if self.lang == "en" else "；"
        text = sep.join(f"{label} {fmt_range(low, high, self.lang)}" for label, low, high in self._rows)
        self.setAccessibleDescription(text or self._empty)

    def set_rows(self, rows: list[tuple[str, Decimal, Decimal]]) -> None:
        self._rows = rows
        self._describe()
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, Decimal, Decimal]]:
        return list(self._rows)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self._rows)) * self._row_height() + 28)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        if not self._rows:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty)
            return
        label_w = max(metrics.horizontalAdvance(r[0]) for r in self._rows) + 12
        value_texts = [self._value_text(low, high) for _, low, high in self._rows]
        value_w = max(metrics.horizontalAdvance(t) for t in value_texts) + 12
        bar_w = max(40, self.width() - label_w - value_w - 8)
        top = max((r[2] for r in self._rows), default=Decimal(0)) or Decimal(1)
        h = self._row_height()
        text_color = self.palette().windowText().color()
        low_color, high_color = look.Scheme().bars()
        for i, ((label, low, high), value_text) in enumerate(zip(self._rows, value_texts, strict=True)):
            y = 4 + i * h
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y, label_w - 8, h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            x0 = label_w
            w_high = float(high / top) * bar_w
            w_low = float(low / top) * bar_w
            bar = QRectF(x0, y + 3, max(w_high, 1.0), h - 6)
            _pale(painter, bar, high_color, text_color)
            if w_low > 0:
                painter.fillRect(QRectF(x0, y + 3, w_low, h - 6), low_color)
            painter.drawText(
                QRectF(x0 + w_high + 6, y, value_w, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value_text
            )
        legend_y = 4 + len(self._rows) * h + 2
        painter.fillRect(QRectF(label_w, legend_y + 5, 12, 10), low_color)
        painter.drawText(int(label_w + 16), legend_y + 14, self.tr("确定部分"))
        offset = label_w + 24 + metrics.horizontalAdvance(self.tr("确定部分"))
        _pale(painter, QRectF(offset, legend_y + 5, 12, 10), high_color, text_color)
        painter.drawText(int(offset + 16), legend_y + 14, self.tr("可能达到的上限"))

    def _value_text(self, low: Decimal, high: Decimal) -> str:
        return fmt_range(low, high, self.lang)


def _pale(painter: QPainter, rect: QRectF, fill: QColor | None, outline: QColor) -> None:
    """The pale part of a bar: filled, or in a high-contrast theme outlined in the text colour."""
    if fill is not None:
        painter.fillRect(rect, fill)
    else:
        painter.setPen(outline)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
