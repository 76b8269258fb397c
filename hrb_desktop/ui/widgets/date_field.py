"""A date typed as text, year first, or picked from a calendar.

Why not QDateEdit: after Ctrl+A, what the user types there is thrown away
without a word when the field loses the focus. This field keeps the text as
typed, reads it with ``parse_date_text`` from the core, and says beside it
what is wrong. Until the text is fixed, ``error()`` keeps Next disabled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from hrb_desktop.core.answers import MAX_ANSWER_CHARS
from hrb_desktop.core.dates import DateTextError, parse_date_text
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.messages import fmt_date
from hrb_desktop.ui.i18n import locale_of
from hrb_desktop.ui.widgets.fields import error_label


class DateField(QWidget):
    """``edited`` fires on every change of the text; ``date()`` and ``error()`` say what it means."""

    edited = Signal()

    def __init__(self, lang: Lang, minimum: date, maximum: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = lang
        self.minimum, self.maximum = minimum, maximum
        self._date: date | None = None
        self._error: str | None = None
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(MAX_ANSWER_CHARS)
        self.edit.setMinimumWidth(160)
        self.edit.setMaximumWidth(260)
        self.button = QToolButton(self)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.clicked.connect(self.show_calendar)  # no setMenu: its arrow crowds the short label
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        tight = self.calendar.sizeHint()  # Qt's own hint leaves the day numbers cramped
        self.calendar.setMinimumSize(round(tight.width() * 1.4), round(tight.height() * 1.5))
        self.calendar.setDateRange(_qdate(minimum), _qdate(maximum))
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.message = error_label(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.message)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._typed)
        self.retranslate()

    # ------------------------------------------------------------ public
    def date(self) -> date | None:
        """The date the text names, or None while it is empty or wrong."""
        return self._date

    def error(self) -> str | None:
        return self._error

    def set_date(self, value: date) -> None:
        """Show ``value`` (as 2023-12-31), unless the text already names it: then it stays as typed."""
        if self._date != value or self._error is not None:
            self.edit.blockSignals(True)
            self.edit.setText(value.isoformat())
            self.edit.blockSignals(False)
        self._check(self.edit.text())

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("例如 2023-12-31"))  # short enough for a narrow window
        self.edit.setToolTip(self.tr("年月日，例如 2023-12-31 或 2023年12月31日；Alt+↓ 打开日历"))
        self.button.setText(self.tr("日历(&A)…"))
        self.button.setAccessibleName(self.tr("从日历中选择日期（Alt+↓）"))
        self.button.setToolTip(self.tr("从日历中选择日期（Alt+↓）"))
        self.calendar.setLocale(locale_of(self.lang))
        self.calendar.setAccessibleName(self.tr("日历：方向键选日期，回车确定，Esc 取消"))
        self._check(self.edit.text())  # the message, in the new language

    def setAccessibleName(self, name: str) -> None:  # Qt's name, so that QFormLayout and callers need not know
        """The name belongs on the text box, where the screen reader is."""
        self.edit.setAccessibleName(name)

    # ------------------------------------------------------------ checking
    def _typed(self, text: str) -> None:
        self._check(text)
        self.edited.emit()

    def _check(self, text: str) -> None:
        """Read ``text``: a date in range, or a message shown beside the field."""
        value: date | None = None
        error: str | None = None
        if not text.strip():
            error = self.tr("请填写日期")
        else:
            try:
                value = parse_date_text(text, self.lang)
            except DateTextError as exc:
                error = str(exc)
            else:
                if not self.minimum <= value <= self.maximum:
                    error = self.tr("日期应在 {0} 至 {1} 之间").format(
                        fmt_date(self.minimum, self.lang), fmt_date(self.maximum, self.lang)
                    )
                    value = None
        self._date, self._error = value, error
        self.message.setText(error or "")
        self.message.setVisible(error is not None)
        self.edit.setAccessibleDescription(error or "")

    # ------------------------------------------------------------ calendar
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Down or F4 in the text box opens the calendar, as in a drop-down list."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)

    def show_calendar(self) -> None:
        """Open the calendar under the text box (it closes on a pick, Esc or a click elsewhere)."""
        self.menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    def _prepare_calendar(self) -> None:
        shown = self._date or min(max(date.today(), self.minimum), self.maximum)
        self.calendar.setSelectedDate(_qdate(shown))
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.menu.close()
        self.edit.setText(value.toPython().isoformat())  # type: ignore[union-attr]
        self.edit.setFocus()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
