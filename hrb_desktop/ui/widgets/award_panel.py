"""The live award panel: total range and per-article breakdown, refreshed on every edit.

Rows are built once per scope (applicant type and screening areas) and only
their texts and visibility change on a keystroke, which keeps an update well
under a frame. What changed is highlighted briefly; activating an item opens
its explanation.
"""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QFrame, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from hrb_desktop.core.engine import AssessmentResult, Status
from hrb_desktop.core.messages import article_name, t
from hrb_desktop.core.money import fmt_number_range, fmt_range
from hrb_desktop.core.scope import Scope
from hrb_desktop.ui import look
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.safe_text import tooltip

ITEM_ROLE = Qt.ItemDataRole.UserRole
HIGHLIGHT_MS = 1200
FIGURES = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # figures line up by their last digit
_SHOWN = (Status.eligible, Status.judgement)


class AwardPanel(QFrame):
    itemActivated = Signal(str)  # item id

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("awardPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.title = QLabel(self)
        look.text_points(self.title, self.title.font().pointSizeF(), bold=True)  # no style sheet: it
        # would keep the palette of its time, and the title black on a dark theme switched to later
        self.total = QLabel(self)
        self.total.setObjectName("panelTotal")
        look.text_points(self.total, 17, bold=True)  # a palette, not a style sheet: see hrb_desktop.ui.look
        look.tint(self.total, look.TOTAL)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total.setWordWrap(True)  # a narrow panel breaks the range after "–", never cuts it off
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        look.tint(self.warning, look.WARNING)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.empty = QLabel(self)  # says why the list is blank, instead of a bare white box
        self.empty.setWordWrap(True)
        look.tint(self.empty, look.NOTE)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        look.tint(self.note, look.NOTE)
        look.text_points(self.note, 9)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.total)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self._scope: Scope | None = None
        self._lang = ctx.lang  # the language the rows were built in
        self._articles: dict[int, QTreeWidgetItem] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._texts: dict[str, str] = {}
        self._highlighted: list[QTreeWidgetItem] = []
        self._total_text = ""
        self.last_result: AssessmentResult | None = None
        self._last_emit: tuple[str, float] = ("", 0.0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HIGHLIGHT_MS)
        self._timer.timeout.connect(self._clear_highlight)
        ctx.session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Own texts in the UI language; rows, figures and explanations again in ``ctx.lang``."""
        self.title.setText(self.tr("预计可获资金（估算）"))
        self.total.setAccessibleName(self.tr("估计合计"))
        self.tree.setAccessibleName(self.tr("按条款的估计金额，选中项目后按回车查看计算说明"))
        self.tree.header().setAccessibleName(self.tr("列标题"))
        # The unit once, in the heading (as in a finance table's "单位：万元"), so titles get the width.
        self.tree.setHeaderLabels([self.tr("条款与项目"), self.tr("估计（万元）")])
        self.note.setText(self.tr("点击项目查看条款原文与计算过程。金额为申报前估算，不代表审批结论。"))
        self.empty.setText(self.tr("还没有可估算的资金项目。回答各条款的问题后，符合条件的项目会逐条列在下面。"))
        if self._lang != self.ctx.lang:
            self._lang = self.ctx.lang
            self._scope = None  # rebuild the rows with titles in the new language
            self._total_text = ""
        self.refresh()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)  # not changeEvent: see hrb_desktop.ui.i18n

    # ------------------------------------------------------------ building
    def _rebuild(self, scope: Scope) -> None:
        self.tree.clear()
        self._articles.clear()
        self._items.clear()
        self._texts.clear()
        self._highlighted.clear()
        lang = self.ctx.lang
        for item in scope.items():
            if item.kind.value == "non_monetary":
                continue
            number = int(item.id[1:].split(".")[0])
            parent = self._articles.get(number)
            if parent is None:
                title = f"{article_name(number, lang)} {self.ctx.policy.article(number).title.get(lang)}"
                parent = QTreeWidgetItem(self.tree, [title, ""])
                parent.setToolTip(0, tooltip(title))  # the policy's texts: a policy file may be imported
                parent.setTextAlignment(1, FIGURES)
                parent.setExpanded(True)
                self._articles[number] = parent
            row = QTreeWidgetItem(parent, [item.title.get(lang), ""])
            row.setData(0, ITEM_ROLE, item.id)
            row.setToolTip(0, tooltip(item.title.get(lang)))
            row.setTextAlignment(1, FIGURES)
            self._items[item.id] = row
        self._scope = scope

    # ------------------------------------------------------------ refreshing
    def refresh(self) -> None:
        scope = self.ctx.scope()
        first = self._scope is not scope
        if first:
            self._rebuild(scope)
        result = self.ctx.session.result(self.ctx.lang)
        self.last_result = result
        lang = self.ctx.lang
        total = fmt_range(result.total_low, result.total_high, lang)
        if total != self._total_text:
            self.total.setText(total)
            if self._total_text and not first:
                look.flash(self.total, True)
                self._timer.start()
            self._total_text = total
        self.warning.setText(self.tr("评估基准日不在政策有效期内，结果仅按原文测算。") if not result.in_force else "")
        self.warning.setVisible(not result.in_force)
        changed: list[QTreeWidgetItem] = []
        sums: dict[int, tuple[Decimal, Decimal, int]] = {}
        for r in result.items:
            row = self._items.get(r.id)
            if row is None:
                continue
            shown = r.status in _SHOWN
            if row.isHidden() == shown:
                row.setHidden(not shown)
            if r.status == Status.eligible:
                text = fmt_number_range(r.counted_low, r.counted_high)
                if r.art18 and r.counted_high == 0:
                    text = self.tr("不计入（第十八条）")
            elif r.status == Status.judgement:
                text = t("status.judgement", lang)
            else:
                text = ""
            if self._texts.get(r.id) != text:
                row.setText(1, text)
                row.setToolTip(1, tooltip(r.explanation(lang)))  # quotes project names
                if not first and text:
                    changed.append(row)
                self._texts[r.id] = text
            low, high, count = sums.get(r.article, (Decimal(0), Decimal(0), 0))
            sums[r.article] = (low + r.counted_low, high + r.counted_high, count + shown)
        for number, parent in self._articles.items():
            low, high, count = sums.get(number, (Decimal(0), Decimal(0), 0))
            parent.setHidden(count == 0)
            text = fmt_number_range(low, high) if high else ""
            key = f"article{number}"
            if self._texts.get(key) != text:
                parent.setText(1, text)
                if not first and text:
                    changed.append(parent)
                self._texts[key] = text
        self.empty.setVisible(all(parent.isHidden() for parent in self._articles.values()))
        self._highlight(changed)

    def _highlight(self, rows: list[QTreeWidgetItem]) -> None:
        if not rows:
            return
        scheme = look.Scheme()
        background, text = scheme.flash(base=True)
        # The text's own colour too where the view's would not read on the marker (high contrast).
        foreground = QBrush(text) if text != scheme.palette.color(look.Role.Text) else None
        brush = QBrush(background)
        for row in rows:
            for column in (0, 1):
                row.setBackground(column, brush)
                if foreground is not None:
                    row.setForeground(column, foreground)
            self._highlighted.append(row)
        self._timer.start()

    def _clear_highlight(self) -> None:
        for row in self._highlighted:
            for column in (0, 1):
                row.setBackground(column, QBrush())
                row.setForeground(column, QBrush())
        self._highlighted.clear()
        look.flash(self.total, False)

    def highlighted_items(self) -> list[str]:
        return [row.data(0, ITEM_ROLE) or row.text(0) for row in self._highlighted]

    def row_text(self, item_id: str) -> str:
        row = self._items.get(item_id)
        return "" if row is None or row.isHidden() else row.text(1)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        """A click and the activation it may also trigger open one dialog, not two."""
        item_id = row.data(0, ITEM_ROLE)
        now = time.monotonic()
        if not item_id or (item_id == self._last_emit[0] and now - self._last_emit[1] < 0.5):
            return
        self._last_emit = (item_id, now)
        self.itemActivated.emit(item_id)
