"""Enterprise profile: name, credit code, district, industry, applicant type, reference date,
and the policy's profile questions (those with no article)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrb_desktop.core.assessment import REFERENCE_DATE_MAX, REFERENCE_DATE_MIN, Enterprise
from hrb_desktop.core.districts import DISTRICTS, district_name
from hrb_desktop.core.font_coverage import unprintable_note
from hrb_desktop.core.messages import fmt_date
from hrb_desktop.ui import look
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.mnemonics import letters_in
from hrb_desktop.ui.pages.base import PROFILE, Page
from hrb_desktop.ui.pages.questions import QuestionBlock
from hrb_desktop.ui.widgets.date_field import DateField
from hrb_desktop.ui.widgets.fields import CreditCodeField, error_label

# Suggestions only: the industry is free text and is stored as shown.
INDUSTRIES = [
    QT_TRANSLATE_NOOP("ProfilePage", "通用设备制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "专用设备制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "汽车制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "铁路、船舶、航空航天和其他运输设备制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "电气机械和器材制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "计算机、通信和其他电子设备制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "仪器仪表制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "医药制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "农副食品加工业"),
    QT_TRANSLATE_NOOP("ProfilePage", "食品制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "化学原料和化学制品制造业"),
    QT_TRANSLATE_NOOP("ProfilePage", "金属制品业"),
    QT_TRANSLATE_NOOP("ProfilePage", "其他制造业"),
]
# The reference date's plausible range: the core's, so that the loader refuses what this page would.
REFERENCE_RANGE = (REFERENCE_DATE_MIN, REFERENCE_DATE_MAX)


def _print_note(parent: QWidget) -> QLabel:
    note = QLabel(parent)
    note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
    note.setWordWrap(True)
    look.tint(note, look.WARNING)
    note.hide()
    return note


class ProfilePage(Page):
    page_id = PROFILE

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.box = box = QGroupBox(self.body)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(box)
        self.name.setMaxLength(200)
        self.name_error = error_label(box)
        self.credit = CreditCodeField(ctx.lang, box)
        self.district = QComboBox(box)
        self.district.addItem("", "")
        for name, _english in DISTRICTS:
            self.district.addItem(name, name)
        self.industry = QComboBox(box)
        self.industry.setEditable(True)
        self.industry.addItems([""] + INDUSTRIES)
        self.industry.lineEdit().setMaxLength(100)
        self.contact = QLineEdit(box)
        self.contact.setMaxLength(200)
        self.applicant = QComboBox(box)
        for kind in ctx.policy.applicant_types:  # the edition's own, labelled in its data
            self.applicant.addItem(kind.label.get(ctx.lang), kind.id)
        for combo in (self.district, self.industry, self.applicant):
            # As narrow as the page needs (a long industry name must not widen the form past a
            # small window); the opened list still shows every name in full.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.reference = DateField(ctx.lang, *REFERENCE_RANGE, parent=box)
        self.reference_note = QLabel(box)
        self.reference_note.setWordWrap(True)
        # Beside each field the PDF prints: the characters its font lacks (emoji, rare CJK).
        self.print_notes = {widget: _print_note(box) for widget in (self.name, self.district, self.industry, self.contact)}
        self.row_labels: list[tuple[QLabel, str]] = []
        rows = [
            (QT_TRANSLATE_NOOP("ProfilePage", "企业（机构）名称(&M) *"), self.name),
            ("", self.name_error),
            ("", self.print_notes[self.name]),
            (QT_TRANSLATE_NOOP("ProfilePage", "统一社会信用代码(&C)"), self.credit),
            (QT_TRANSLATE_NOOP("ProfilePage", "所在区、县（市）(&D)"), self.district),
            ("", self.print_notes[self.district]),
            (QT_TRANSLATE_NOOP("ProfilePage", "所属行业(&I)"), self.industry),
            ("", self.print_notes[self.industry]),
            (QT_TRANSLATE_NOOP("ProfilePage", "联系人及电话(&P)"), self.contact),
            ("", self.print_notes[self.contact]),
            (QT_TRANSLATE_NOOP("ProfilePage", "申报主体类型(&T)"), self.applicant),
            (QT_TRANSLATE_NOOP("ProfilePage", "评估基准日(&R)"), self.reference),
            ("", self.reference_note),
        ]
        for text, widget in rows:
            if text:
                label = QLabel(box)
                label.setBuddy(widget.edit if isinstance(widget, (CreditCodeField, DateField)) else widget)
                form.addRow(label, widget)
                self.row_labels.append((label, text))
            else:
                form.addRow(widget)
        self.layout_.addWidget(box)
        self.questions_box = QGroupBox(self.body)
        inner = QVBoxLayout(self.questions_box)
        profile_questions = [q for q in ctx.policy.questions if q.article is None]
        self.block = QuestionBlock(ctx, profile_questions, self.questions_box)
        inner.addLayout(self.block.grid)
        self.layout_.addWidget(self.questions_box)
        self.layout_.addStretch(1)
        self._loading = False
        self.retranslate()
        for signal in (
            self.name.textChanged,
            self.credit.changed,
            self.district.currentIndexChanged,
            self.industry.currentTextChanged,
            self.contact.textChanged,
            self.applicant.currentIndexChanged,
        ):
            signal.connect(self._store_enterprise)
        self.reference.edited.connect(self._reference_edited)
        self.block.changed.connect(self.answers_changed)
        self.reload()

    def retranslate(self) -> None:
        """Texts only: the combo boxes keep their data and the fields what was typed."""
        lang = self.ctx.lang
        self.setTitle(self.tr("企业信息"))
        self.setSubTitle(self.tr("先填写申报主体的基本情况；带 * 的为必填项。"))
        self.box.setTitle(self.tr("申报主体"))
        for label, text in self.row_labels:
            label.setText(self.tr(text))
        self.name.setAccessibleName(self.tr("企业（机构）名称"))
        self.name.setPlaceholderText(self.tr("与营业执照一致"))
        self.credit.set_lang(lang)
        self.district.setAccessibleName(self.tr("所在区、县（市）"))
        self.district.setItemText(0, self.tr("（请选择）"))
        for index in range(1, self.district.count()):
            self.district.setItemText(index, district_name(self.district.itemData(index), lang))
        self.industry.setAccessibleName(self.tr("所属行业"))
        typed = self.industry.currentText()
        self.industry.blockSignals(True)
        for index, name in enumerate(INDUSTRIES, start=1):
            self.industry.setItemText(index, self.tr(name))
        self.industry.setEditText(typed)  # what the user chose or typed stays as it is
        self.industry.blockSignals(False)
        self.industry.lineEdit().setPlaceholderText(self.tr("选择或输入，例如 通用设备制造业"))
        self.contact.setAccessibleName(self.tr("联系人及电话"))
        self.applicant.setAccessibleName(self.tr("申报主体类型"))
        for index, kind in enumerate(self.ctx.policy.applicant_types):
            self.applicant.setItemText(index, kind.label.get(lang))
        self.reference.set_lang(lang)
        self.reference.setAccessibleName(self.tr("评估基准日"))
        self.questions_box.setTitle(self.tr("基本情况"))
        # the profile questions' Alt letters: any the fields above and the calendar leave free
        self.block.taken = letters_in([label.text() for label, _ in self.row_labels] + [self.reference.button.text()])
        self.block.retranslate()
        self._update_reference_note()
        self._update_name_error()
        self._update_print_notes()

    # ------------------------------------------------------------ data
    def reload(self) -> None:
        self._loading = True
        try:
            enterprise = self.ctx.assessment.enterprise
            self.name.setText(enterprise.name)
            self.credit.set_code(enterprise.credit_code)
            index = self.district.findData(enterprise.district)
            if index < 0 and enterprise.district:  # a district written in a file by hand
                self.district.addItem(enterprise.district, enterprise.district)
                index = self.district.count() - 1
            self.district.setCurrentIndex(max(index, 0))
            self.industry.setEditText(enterprise.industry)
            self.contact.setText(enterprise.contact)
            self.applicant.setCurrentIndex(max(self.applicant.findData(enterprise.applicant_type), 0))
            self.reference.set_date(self.ctx.assessment.reference_date)
        finally:
            self._loading = False
        self.block.reload()
        self._update_scope()
        self._update_reference_note()
        self._update_name_error()
        self._update_print_notes()
        self.completeChanged.emit()

    def enterprise(self) -> Enterprise:
        return Enterprise(
            name=self.name.text(),
            credit_code="" if self.credit.error() else self.credit.code(),
            contact=self.contact.text(),
            district=self.district.currentData() or "",
            industry=self.industry.currentText(),
            applicant_type=self.applicant.currentData() or self.ctx.policy.default_applicant,
        )

    def _store_enterprise(self, *_args: object) -> None:
        self._update_name_error()
        self._update_print_notes()
        if self._loading:
            return
        self.ctx.session.set_enterprise(self.enterprise())
        self._update_scope()
        self.answers_changed()

    def _reference_edited(self) -> None:
        """Every keystroke: a date the field accepts goes to the session; a wrong one blocks Next."""
        if self._loading:
            return
        value = self.reference.date()
        if value is not None and value != self.ctx.assessment.reference_date:
            self.ctx.session.set_reference_date(value)
        self._update_reference_note()
        self.answers_changed()

    def _update_scope(self) -> None:
        ids = self.ctx.scope().question_ids()
        self.block.set_scope(ids)
        self.questions_box.setVisible(bool(self.block.visible_rows()))

    def _update_reference_note(self) -> None:
        """Whether the reference date lies in the policy's validity window (hidden while the date is wrong)."""
        policy, lang = self.ctx.policy, self.ctx.lang
        ref = self.reference.date()
        self.reference_note.setVisible(ref is not None)
        if ref is None:
            return
        if policy.effective_from <= ref <= policy.valid_until:
            look.tint(self.reference_note, look.OK)
            self.reference_note.setText(self.tr("在政策有效期内。"))
        else:
            look.tint(self.reference_note, look.WARNING)
            self.reference_note.setText(
                self.tr("不在政策有效期（{0}至{1}）内：结果会带提示。按哪一年度的数据评估，就选该年度内的日期。").format(
                    fmt_date(policy.effective_from, lang), fmt_date(policy.valid_until, lang)
                )
            )

    def _update_print_notes(self) -> None:
        """Name the characters the PDF's font cannot print, beside the field that holds them."""
        texts = {
            self.name: self.name.text(),
            self.district: self.district.currentData() or "",  # the PDF prints the stored name
            self.industry: self.industry.currentText(),
            self.contact: self.contact.text(),
        }
        for widget, note in self.print_notes.items():
            text = unprintable_note(texts[widget], self.ctx.lang)
            note.setText(text)
            note.setVisible(bool(text))

    def _update_name_error(self) -> None:
        missing = not self.name.text().strip()
        self.name_error.setText(self.tr("请填写企业（机构）名称") if missing else "")
        self.name_error.setVisible(missing and self.name.isModified())

    def first_field(self) -> QWidget | None:
        return self.name

    # ------------------------------------------------------------ gating
    def errors(self) -> list[str]:
        problems = []
        if not self.name.text().strip():
            problems.append(self.tr("请填写企业（机构）名称"))
        if self.credit.error():
            problems.append(self.credit.error() or "")
        if self.reference.error():
            problems.append(self.tr("评估基准日：{0}").format(self.reference.error()))
        return problems + self.block.errors()

    def validatePage(self) -> bool:
        if self.errors():
            self.name_error.setVisible(not self.name.text().strip())
            return False
        return True
