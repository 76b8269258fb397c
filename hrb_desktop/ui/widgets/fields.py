"""Input fields generated from the policy's questions, each with an inline message.

Every rule comes from the core: amounts go through ``normalise_answer`` (which
uses ``parse_decimal_text`` and ``Question.bounds``), credit codes through
``credit_code_message``. A field never rewrites what the user typed; an
invalid entry keeps its text, shows why, and reports ``error()`` so the page
keeps Next disabled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hrb_desktop.core.answers import (
    MAX_ANSWER_CHARS,
    AnswerError,
    AnswerValue,
    answer_to_json,
    normalise_answer,
)
from hrb_desktop.core.credit_code import credit_code_message, normalise_credit_code
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import Question, QuestionType
from hrb_desktop.ui import look
from hrb_desktop.ui.safe_text import plain_label


def error_label(parent: QWidget | None = None) -> QLabel:
    label = plain_label(QLabel(parent))  # messages may quote what was typed
    label.setWordWrap(True)
    look.tint(label, look.ERROR)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class QuestionField(QWidget):
    """One question's input. ``edited`` fires on every change with the typed value (or None)."""

    edited = Signal(object)

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self._value: AnswerValue | None = None
        self._error: str | None = None
        self.message = error_label(self)
        self.message.setObjectName(f"error_{question.id}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.row)
        outer.addWidget(self.message)

    def set_lang(self, lang: Lang) -> None:
        """Show the field's own texts and its message in ``lang``; the answer is untouched."""
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        """Set the field's texts (subclasses); called on every language change."""


    @property
    def label_text(self) -> str:
        return self.question.label.get(self.lang)

    def value(self) -> AnswerValue | None:
        return self._value

    def error(self) -> str | None:
        return self._error

    def set_value(self, value: AnswerValue | None) -> None:
        """Show a stored answer (no ``edited`` signal)."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        raise NotImplementedError

    def _report(self, value: AnswerValue | None, error: str | None, emit: bool = True) -> None:
        self._value, self._error = value, error
        self.message.setText(error or "")
        self.message.setVisible(bool(error))
        self.focus_widget().setAccessibleDescription(error or "")
        if emit:
            self.edited.emit(value)


class YesNoField(QuestionField):
    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.yes = QRadioButton(self)
        self.no = QRadioButton(self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.row.addWidget(self.yes)
        self.row.addWidget(self.no)
        self.row.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.yes.setText(self.tr("是"))
        self.no.setText(self.tr("否"))
        self.yes.setAccessibleName(self.tr("{0}：是").format(self.label_text))
        self.no.setAccessibleName(self.tr("{0}：否").format(self.label_text))

    def _toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self._report(button is self.yes, None)

    def set_value(self, value: AnswerValue | None) -> None:
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)
        self.group.blockSignals(False)
        self._report(value if isinstance(value, bool) else None, None, emit=False)

    def focus_widget(self) -> QWidget:
        return self.yes


_UNITS = {QuestionType.amount: QT_TRANSLATE_NOOP("TextField", "万元"), QuestionType.percent: "%"}
_PLACEHOLDERS = {
    QuestionType.amount: QT_TRANSLATE_NOOP("TextField", "例如 1,234.5"),
    QuestionType.percent: QT_TRANSLATE_NOOP("TextField", "例如 3.65"),
    QuestionType.count: QT_TRANSLATE_NOOP("TextField", "例如 2"),
    QuestionType.date: QT_TRANSLATE_NOOP("TextField", "例如 2022-11-18"),  # 2022年11月18日 is read too
}


class TextField(QuestionField):
    """Amount (万元), percent, count and date: typed as text, checked by the core."""

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field_{question.id}")
        self.edit.setMinimumWidth(160)
        self.edit.setMaximumWidth(260)
        self.edit.setMaxLength(MAX_ANSWER_CHARS)  # what a file's answer may hold, too
        if question.type != QuestionType.date:
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.row.addWidget(self.edit)
        self.unit = QLabel(self)
        self.unit.setVisible(question.type in _UNITS)
        self.row.addWidget(self.unit)
        self.row.addStretch(1)
        self.edit.textChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setAccessibleName(self.label_text)
        placeholder = _PLACEHOLDERS.get(self.question.type)
        self.edit.setPlaceholderText(self.tr(placeholder) if placeholder else "")
        unit = _UNITS.get(self.question.type, "")
        self.unit.setText(self.tr(unit) if unit and unit != "%" else unit)
        value, error = self._parse(self.edit.text())
        if error is not None or self._error is not None:  # the message, in the new language
            self._report(value, error, emit=False)

    def _parse(self, text: str) -> tuple[AnswerValue | None, str | None]:
        if not text.strip():
            return None, None
        try:
            return normalise_answer(self.question, text, self.lang), None
        except AnswerError as exc:
            return None, str(exc)

    def _changed(self, text: str) -> None:
        self._report(*self._parse(text))

    def set_value(self, value: AnswerValue | None) -> None:
        """Show a stored answer; text that already means this value is left as typed."""
        current, error = self._parse(self.edit.text())
        if error is None and current == value and type(current) is type(value):
            self._report(value, None, emit=False)
            return
        text = "" if value is None else str(answer_to_json(value))
        if isinstance(value, date):
            text = value.isoformat()
        if text != self.edit.text():
            self.edit.blockSignals(True)
            self.edit.setText(text)
            self.edit.blockSignals(False)
        self._report(value, None, emit=False)

    def focus_widget(self) -> QWidget:
        return self.edit


class ChoiceField(QuestionField):
    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("", None)
        for choice in question.choices:
            self.combo.addItem("", choice.value)
        self.row.addWidget(self.combo)
        self.row.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda _i: self._report(self.combo.currentData(), None))
        self.retranslate()

    def retranslate(self) -> None:
        self.combo.setAccessibleName(self.label_text)
        self.combo.setItemText(0, self.tr("（请选择）"))
        for index, choice in enumerate(self.question.choices, start=1):
            self.combo.setItemText(index, choice.label.get(self.lang))

    def set_value(self, value: AnswerValue | None) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._report(self.combo.currentData(), None, emit=False)

    def focus_widget(self) -> QWidget:
        return self.combo


def make_field(question: Question, lang: Lang, parent: QWidget | None = None) -> QuestionField:
    if question.type == QuestionType.yes_no:
        return YesNoField(question, lang, parent)
    if question.type == QuestionType.choice:
        return ChoiceField(question, lang, parent)
    return TextField(question, lang, parent)


class CreditCodeField(QWidget):
    """统一社会信用代码 with its check character verified as the user types."""

    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.edit = QLineEdit(self)
        self.edit.setObjectName("credit_code")
        self.edit.setMaxLength(40)
        self.message = plain_label(QLabel(self))
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.edit.textChanged.connect(self._update)
        self.retranslate()

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setAccessibleName(self.tr("统一社会信用代码"))
        self.edit.setPlaceholderText(self.tr("18位，例如 91230100MA18Y5XB23"))
        self._show_message()

    def code(self) -> str:
        return normalise_credit_code(self.edit.text())

    def error(self) -> str | None:
        code = self.code()
        if not code:
            return None
        problem = credit_code_message(code, self.lang)
        return self.tr("统一社会信用代码{0}").format(problem) if problem else None

    def _update(self, _text: str) -> None:
        self._show_message()
        self.changed.emit()

    def _show_message(self) -> None:
        error = self.error()
        if error:
            look.tint(self.message, look.ERROR)
            self.message.setText(error)
        elif self.code():
            look.tint(self.message, look.OK)
            self.message.setText(self.tr("✓ 校验位正确"))
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        self.edit.setAccessibleDescription(error or "")

    def set_code(self, code: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(code)
        self.edit.blockSignals(False)
        self._update(code)
