"""A block of generated question rows: label, field, inline message and the clause it serves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from hrb_desktop.core.answers import AnswerValue
from hrb_desktop.core.policy_model import Question
from hrb_desktop.core.scope import is_relevant
from hrb_desktop.ui import look
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.i18n import colon
from hrb_desktop.ui.safe_text import no_mnemonic, plain_label, tooltip
from hrb_desktop.ui.widgets.fields import QuestionField, make_field


class QuestionRow(QObject):
    def __init__(self, ctx: Context, question: Question, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.question = question
        self.label = plain_label(QLabel(parent))  # the policy's texts: a policy file may be imported
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.field: QuestionField = make_field(question, ctx.lang, parent)
        self.label.setBuddy(self.field.focus_widget())
        self.help = plain_label(QLabel(parent))
        self.help.setWordWrap(True)
        look.tint(self.help, look.HELP)
        look.text_points(self.help, 9)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retranslate()

    def retranslate(self) -> None:
        """The question's label and help in ``ctx.lang``; the field keeps what was typed."""
        lang = self.ctx.lang
        self.label.setText(no_mnemonic(self.question.label.get(lang)))  # the label has a buddy
        self.help.setText(self.question.help.get(lang))
        self.field.set_lang(lang)
        self.field.focus_widget().setToolTip(tooltip(self.question.help.get(lang)))
        self.field.setAccessibleName(self.question.label.get(lang))

    def set_visible(self, visible: bool) -> None:
        for widget in (self.label, self.field, self.help):
            widget.setVisible(visible)


class QuestionBlock(QObject):
    """Rows for a list of questions, wired to the session; ``changed`` when validity may differ."""

    changed = Signal()

    def __init__(self, ctx: Context, questions: list[Question], parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.rows: dict[str, QuestionRow] = {}
        self.scope_ids: set[str] | None = None  # None: every row is in scope
        for n, question in enumerate(questions):
            row = QuestionRow(ctx, question, parent)
            self.grid.addWidget(row.label, 2 * n, 0)
            self.grid.addWidget(row.field, 2 * n, 1)
            self.grid.addWidget(row.help, 2 * n + 1, 1)
            self.grid.setRowMinimumHeight(2 * n + 1, 0)
            row.field.edited.connect(lambda value, qid=question.id: self._edited(qid, value))
            self.rows[question.id] = row
        self.reload()

    def _edited(self, question_id: str, value: AnswerValue | None) -> None:
        self.ctx.session.set_answer(question_id, value)
        self.update_relevance()
        self.changed.emit()

    def reload(self) -> None:
        answers = self.ctx.session.answers
        for qid, row in self.rows.items():
            row.field.set_value(answers.get(qid))
        self.update_relevance()

    def set_scope(self, ids: set[str] | None) -> None:
        self.scope_ids = ids
        self.update_relevance()

    def _shown(self, row: QuestionRow, answers: dict) -> bool:  # type: ignore[type-arg]
        in_scope = self.scope_ids is None or row.question.id in self.scope_ids
        return in_scope and is_relevant(row.question, answers)

    def update_relevance(self) -> None:
        answers = self.ctx.session.answers
        for row in self.rows.values():
            row.set_visible(self._shown(row, answers))

    def retranslate(self) -> None:
        for row in self.rows.values():
            row.retranslate()

    def visible_rows(self) -> list[QuestionRow]:
        answers = self.ctx.session.answers
        return [r for r in self.rows.values() if self._shown(r, answers)]

    def errors(self) -> list[str]:
        lang = self.ctx.lang
        return [f"{r.question.label.get(lang)}{colon(lang)}{r.field.error()}" for r in self.visible_rows() if r.field.error()]

    def first_field(self) -> QWidget | None:
        """The first question shown, where a user starts typing or ticking."""
        rows = self.visible_rows()
        return rows[0].field.focus_widget() if rows else None

    def first_error_widget(self) -> QWidget | None:
        for row in self.visible_rows():
            if row.field.error():
                return row.field.focus_widget()
        return None
