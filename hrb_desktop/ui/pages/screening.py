"""Screening: which of the policy's areas concern the enterprise, so other articles are skipped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from hrb_desktop.core.messages import article_name
from hrb_desktop.core.scope import areas_of
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.i18n import list_sep
from hrb_desktop.ui.mnemonics import assign, letters_in
from hrb_desktop.ui.pages.base import SCREENING, Page


class ScreeningPage(Page):
    page_id = SCREENING

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.intro = self.note("")
        self.layout_.addWidget(self.intro)
        self.box = box = QGroupBox(self.body)
        self.grid = QGridLayout(box)
        self.boxes: dict[str, QCheckBox] = {}
        used = areas_of(ctx.policy)  # those of the applicant types that screen (the enterprise)
        self.areas = [a for a in ctx.policy.areas if a.id in used]
        self._columns = 0
        for area in self.areas:
            check = QCheckBox(box)
            check.toggled.connect(self._store)
            self.boxes[area.id] = check
        self._flow(2)
        self.scroll.viewport().installEventFilter(self)
        self.layout_.addWidget(box)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(self.body)
        self.none_button = QPushButton(self.body)
        for button, state in ((self.all_button, True), (self.none_button, False)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=state: self.set_all(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        self._loading = False
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.setTitle(self.tr("筛选"))
        self.setSubTitle(self.tr("勾选与企业有关的方面，未勾选方面的条款将跳过（随时可以回来修改）。"))
        self.intro.setText(self.tr("用地、人才、用能、企业服务等普惠条款不需要筛选，结果中会一并列出。"))
        self.box.setTitle(self.tr("政策涉及的方面"))
        self.all_button.setText(self.tr("全选(&A)"))
        self.none_button.setText(self.tr("全不选(&U)"))
        texts = assign([a.label.get(lang) for a in self.areas], letters_in([self.all_button.text(), self.none_button.text()]), lang)
        for area, text in zip(self.areas, texts, strict=True):
            check = self.boxes[area.id]
            check.setText(text)
            check.setAccessibleName(area.label.get(lang))
            numbers = [a.number for a in self.ctx.policy.articles if area.id in a.areas]
            check.setToolTip(
                self.tr("涉及{0}").format(list_sep(lang).join(article_name(x, lang) for x in numbers))
            )
        self._reflow()  # the names' widths changed
        self.all_button.setAccessibleName(self.tr("全选"))
        self.none_button.setAccessibleName(self.tr("全不选"))

    def _flow(self, columns: int) -> None:
        """Two columns of areas where they fit side by side, else one (a narrow window)."""
        if columns == self._columns:
            return
        self._columns = columns
        for n, check in enumerate(self.boxes.values()):
            self.grid.addWidget(check, n // columns, n % columns)  # moves a box already in the grid
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow()  # the room the areas have is the scroll area's, once it is laid out
        return super().eventFilter(watched, event)

    def _reflow(self) -> None:
        widest = max((check.sizeHint().width() for check in self.boxes.values()), default=0)
        margins = self.grid.contentsMargins()
        room = self.scroll.viewport().width() - 40 - margins.left() - margins.right() - self.grid.horizontalSpacing()
        self._flow(2 if 2 * widest <= room else 1)

    def reload(self) -> None:
        areas = self.ctx.assessment.areas
        self._loading = True
        for area_id, check in self.boxes.items():
            check.setChecked(areas is None or area_id in areas)
        self._loading = False

    def set_all(self, state: bool) -> None:
        self._loading = True
        for check in self.boxes.values():
            check.setChecked(state)
        self._loading = False
        self._store()

    def first_field(self) -> QWidget | None:
        return next((box for box in self.boxes.values() if box.isVisibleTo(self) and box.isEnabled()), None)

    def chosen(self) -> list[str]:
        return [area_id for area_id, check in self.boxes.items() if check.isChecked()]

    def _store(self, *_args: object) -> None:
        if self._loading:
            return
        chosen = self.chosen()
        self.ctx.session.set_areas(None if len(chosen) == len(self.boxes) else chosen)
        self.completeChanged.emit()
