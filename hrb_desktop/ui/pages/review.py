"""Review: every answer grouped by article, each group with a button back to its page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hrb_desktop.core.conditions import fmt_value
from hrb_desktop.core.messages import article_name, fmt_date
from hrb_desktop.core.scope import relevant_questions
from hrb_desktop.ui import look
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.i18n import list_sep, title_sep
from hrb_desktop.ui.pages.base import PROFILE, PROJECTS, REVIEW, SCREENING, Page, article_page_id
from hrb_desktop.ui.pages.profile import district_name


class ReviewPage(Page):
    page_id = REVIEW

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.content: QWidget | None = None
        self.edit_buttons: dict[int, QPushButton] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("核对"))
        self.setSubTitle(self.tr("请核对填写的内容。点击“修改”回到该页，其他答案都会保留。"))
        if self.content is not None:
            self.rebuild()

    def initializePage(self) -> None:
        self.rebuild()

    def restyle(self) -> None:
        if self.content is not None:
            self.rebuild()  # the labels' HTML carries the theme's colours

    def rebuild(self) -> None:
        if self.content is not None:
            self.layout_.removeWidget(self.content)
            self.content.deleteLater()
        self.content = QWidget(self.body)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit_buttons = {}
        ctx, lang = self.ctx, self.ctx.lang
        sep = list_sep(lang)
        assessment = ctx.assessment
        answers = ctx.session.answers
        scope = ctx.scope()
        wizard = self.assessment_wizard()
        e = assessment.enterprise
        profile = [
            (self.tr("名称"), e.name or self.tr("（未填写）")),
            (self.tr("统一社会信用代码"), e.credit_code or self.tr("（未填写）")),
            (self.tr("所在区、县（市）"), district_name(e.district) or self.tr("（未填写）")),
            (self.tr("所属行业"), e.industry or self.tr("（未填写）")),
            (self.tr("评估基准日"), fmt_date(assessment.reference_date, lang)),
        ]
        profile += self._answers(scope.questions(None), answers)
        layout.addWidget(self._group(self.tr("企业信息"), profile, PROFILE))
        if wizard is not None and SCREENING in wizard.sequence():
            labels = {a.id: a.label.get(lang) for a in ctx.policy.areas}
            chosen = self.tr("全部") if assessment.areas is None else sep.join(labels[a] for a in assessment.areas)
            layout.addWidget(self._group(self.tr("筛选"), [(self.tr("涉及方面"), chosen or self.tr("（无）"))], SCREENING))
        for number in scope.article_numbers():
            article = ctx.policy.article(number)
            rows = self._answers(scope.questions(number), answers)
            title = f"{article_name(number, lang)}{title_sep(lang)}{article.title.get(lang)}"
            layout.addWidget(self._group(title, rows, article_page_id(number)))
        if wizard is not None and PROJECTS in wizard.sequence():
            titles = {i.id: i.title.get(lang) for i in ctx.policy.items()}
            rows = [(p.name, sep.join(titles.get(i, i) for i in p.items) or self.tr("（未勾选）")) for p in assessment.projects]
            layout.addWidget(self._group(self.tr("项目（第十八条）"), rows or [(self.tr("项目"), self.tr("无"))], PROJECTS))
        self.layout_.insertWidget(0, self.content)
        if wizard is not None:
            # Qt puts widgets made now at the end of the window's tab chain, behind the live
            # panel; from Next (where the focus starts here) Tab should reach "修改…" first.
            previous: QWidget = wizard.button(wizard.WizardButton.NextButton)
            for button in self.edit_buttons.values():
                QWidget.setTabOrder(previous, button)
                previous = button

    def _answers(self, questions: list, answers: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
        rows = []
        for question in relevant_questions(questions, answers):
            value = answers.get(question.id)
            shown = fmt_value(question, value, self.ctx.lang) if value is not None else self.tr("（未填写）")
            rows.append((question.label.get(self.ctx.lang), shown))
        return rows

    def _group(self, title: str, rows: list[tuple[str, str]], page_id: int) -> QGroupBox:
        box = QGroupBox(title, self.content)
        layout = QHBoxLayout(box)
        muted = look.Scheme().text(look.MUTED).name()
        html = "".join(
            f"<tr><td style='padding-right:12px; color:{muted}'>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>"
            for k, v in rows
        )
        label = QLabel(f"<table>{html}</table>" if rows else self.tr("（本页没有需要回答的问题）"), box)
        # Every value above is escaped; the answers are the user's and the file's own text.
        label.setTextFormat(Qt.TextFormat.RichText if rows else Qt.TextFormat.PlainText)
        label.setOpenExternalLinks(False)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(title)
        button = QPushButton(self.tr("修改…"), box)
        button.setAccessibleName(self.tr("修改：{0}").format(title))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False, pid=page_id: self.assessment_wizard().jump_to(pid))
        self.edit_buttons[page_id] = button
        layout.addWidget(label, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return box
