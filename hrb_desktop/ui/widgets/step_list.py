"""The step list beside the wizard: every page with its state, and a jump to any of them.

A list, so the keyboard works as in any list: Alt+G (its label's mnemonic) puts the focus
in it, the arrow keys choose a step and Enter (or a click) goes there. Steps the current
answers skip are greyed out and cannot be chosen. Each row's state is a mark (✓ done,
! to fix, – skipped), explained under the list, and read out in full by a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrb_desktop.core.lang import Lang
from hrb_desktop.ui import look
from hrb_desktop.ui.safe_text import tooltip
from hrb_desktop.ui.steps import MARKS, Step, StepState
from hrb_desktop.ui.window_size import STEPS_WIDTH

PAGE_ROLE = Qt.ItemDataRole.UserRole
_MARK_COLOURS = {StepState.done: look.OK, StepState.fix: look.ERROR}


class StepList(QFrame):
    pageRequested = Signal(int)  # a step was chosen (Enter or a click): show this page

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.lang: Lang = lang
        self.title = QLabel(self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setIconSize(QSize(14, 14))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.title.setBuddy(self.list)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        look.tint(self.legend, look.NOTE)
        look.text_points(self.legend, 8.5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 4, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.legend)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self._icons: dict[StepState, QIcon] = {}
        self._steps: list[Step] = []
        self._shown: dict[int, tuple[Step, bool, Lang]] = {}
        self._current = -1
        self.setFixedWidth(STEPS_WIDTH[lang])
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._steps:  # e.g. dark mode: marks again
            self._icons.clear()
            self._shown.clear()
            self.show_steps(self._steps, self._current)
        return super().event(event)  # not changeEvent: see hrb_desktop.ui.i18n

    def retranslate(self) -> None:
        self.title.setText(self.tr("步骤(&G)"))
        self.list.setAccessibleName(self.tr("全部步骤：上下键选择，回车前往"))
        self.legend.setText(self.tr("✓ 已完成\n! 需要改正\n– 跳过"))
        self.legend.setAccessibleName(self.tr("步骤标记说明"))

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.setFixedWidth(STEPS_WIDTH[lang])

    # ------------------------------------------------------------ content
    def show_steps(self, steps: list[Step], current: int) -> None:
        """Show ``steps``, the row of page ``current`` selected (the list keeps its rows
        when only states change, so the keyboard position is not lost)."""
        if [s.page_id for s in steps] != [s.page_id for s in self._steps]:
            self.list.clear()
            self._shown = {}
            for step in steps:
                item = QListWidgetItem(self.list)
                item.setData(PAGE_ROLE, step.page_id)
        self._steps = steps
        self._current = current
        for row, step in enumerate(steps):
            shown = (step, step.page_id == current, self.lang)
            if self._shown.get(row) != shown:  # called after every edit: touch only what changed
                self._update(self.list.item(row), step, step.page_id == current)
                self._shown[row] = shown
        self.select(current)

    def _update(self, item: QListWidgetItem, step: Step, current: bool) -> None:
        if item.text() != step.short:
            item.setText(step.short)
        item.setIcon(self._icon(step.state))
        accessible = step.accessible_text(self.lang)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
        item.setToolTip(tooltip(accessible))  # problems may quote a file: never markup
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags if step.state.reachable else Qt.ItemFlag.NoItemFlags)
        font = QFont(self.list.font())
        font.setBold(current)
        item.setFont(font)
        if step.state == StepState.fix:
            item.setForeground(look.Scheme().text(look.ERROR, base=True))  # readable in any theme
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    def select(self, page_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PAGE_ROLE) == page_id:
                self.list.setCurrentItem(item)
                return

    def state_of(self, page_id: int) -> StepState | None:
        return next((s.state for s in self._steps if s.page_id == page_id), None)

    def needed_width(self) -> int:
        """The width the longest row needs (with its mark, the frame and a scroll bar)."""
        margins = self.layout().contentsMargins()
        scroll = self.list.verticalScrollBar().sizeHint().width()
        return self.list.sizeHintForColumn(0) + 2 * self.frameWidth() + margins.left() + margins.right() + scroll

    def _icon(self, state: StepState) -> QIcon:
        icon = self._icons.get(state)
        if icon is None:
            icon = self._icons[state] = self._draw_mark(state)
        return icon

    def _draw_mark(self, state: StepState) -> QIcon:
        size = self.list.iconSize()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        mark = MARKS[state]
        if mark:
            painter = QPainter(pixmap)
            font = QFont(self.list.font())
            font.setBold(True)
            painter.setFont(font)
            design = _MARK_COLOURS.get(state)
            palette = self.list.palette()
            painter.setPen(
                look.Scheme().text(design, base=True) if design else palette.color(palette.ColorRole.PlaceholderText)
            )
            painter.drawText(QRect(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, mark)
            painter.end()
        return QIcon(pixmap)

    def _chosen(self, item: QListWidgetItem) -> None:
        page_id = item.data(PAGE_ROLE)
        if isinstance(page_id, int) and item.flags() & Qt.ItemFlag.ItemIsEnabled and page_id != self._current:
            self.pageRequested.emit(page_id)
