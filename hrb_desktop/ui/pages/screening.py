"""Screening: which of the policy's areas concern the enterprise, so other articles are skipped."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from hrb_desktop.core.messages import article_name
from hrb_desktop.core.policy_model import ApplicantType
from hrb_desktop.core.scope import areas_of
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.i18n import list_sep
from hrb_desktop.ui.pages.base import SCREENING, Page


class ScreeningPage(Page):
    page_id = SCREENING

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.intro = self.note("")
        self.layout_.addWidget(self.intro)
        self.box = box = QGroupBox(self.body)
        grid = QGridLayout(box)
        self.boxes: dict[str, QCheckBox] = {}
        used = areas_of(ctx.policy, ApplicantType.enterprise)
        self.areas = [a for a in ctx.policy.areas if a.id in used]
        for n, area in enumerate(self.areas):
            check = QCheckBox(box)
            grid.addWidget(check, n // 2, n % 2)
            check.toggled.connect(self._store)
            self.boxes[area.id] = check
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
        for area in self.areas:
            check = self.boxes[area.id]
            check.setText(area.label.get(lang))
            check.setAccessibleName(area.label.get(lang))
            numbers = [a.number for a in self.ctx.policy.articles if area.id in a.areas]
            check.setToolTip(
                self.tr("涉及{0}").format(list_sep(lang).join(article_name(x, lang) for x in numbers))
            )
        self.all_button.setText(self.tr("全选(&A)"))
        self.none_button.setText(self.tr("全不选(&U)"))
        self.all_button.setAccessibleName(self.tr("全选"))
        self.none_button.setAccessibleName(self.tr("全不选"))

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
