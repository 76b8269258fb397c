"""One page per article: its questions, each with the clause it serves, and the verbatim text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from hrb_desktop.core.messages import article_name
from hrb_desktop.core.policy_model import Article
from hrb_desktop.ui import look
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.i18n import title_sep
from hrb_desktop.ui.pages.base import Page, article_page_id
from hrb_desktop.ui.pages.questions import QuestionBlock
from hrb_desktop.ui.safe_text import plain_label


class ArticlePage(Page):
    def __init__(self, ctx: Context, article: Article) -> None:
        super().__init__(ctx)
        self.article = article
        self.page_id = article_page_id(article.number)
        self.toggle = QToolButton(self.body)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        # The article as published, in Chinese in either language: the legal text itself.
        self.text = QLabel(f"{article_name(article.number, 'zh')}\u3000{article.text}", self.body)
        self.text.setProperty("verbatim", True)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain_label(self.text)  # the policy's text (a policy file may be imported)
        look.box(self.text, "verbatim")  # its own background and text colour: see hrb_desktop.ui.look
        self.text.hide()
        self.toggle.toggled.connect(self._toggle_text)
        self.layout_.addWidget(self.toggle)
        self.layout_.addWidget(self.text)
        questions = [q for q in ctx.policy.questions if q.article == article.number]
        self.block = QuestionBlock(ctx, questions, self.body)
        self.layout_.addLayout(self.block.grid)
        self.layout_.addStretch(1)
        self.block.changed.connect(self.answers_changed)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.setTitle(f"{article_name(self.article.number, lang)}{title_sep(lang)}{self.article.title.get(lang)}")
        self.setSubTitle(self.tr("按实际情况回答；不清楚的可以先空着，相关项目会显示为“未填写完整”。"))
        self.toggle.setAccessibleName(self.tr("显示或隐藏条文原文"))
        self.text.setAccessibleName(self.tr("条文原文"))
        self._toggle_text(self.toggle.isChecked())
        self.block.retranslate()

    def _toggle_text(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.toggle.setText(self.tr("隐藏条文原文(&S)") if shown else self.tr("显示条文原文(&S)"))

    def initializePage(self) -> None:
        self.block.set_scope({q.id for q in self.ctx.scope().questions(self.article.number)})

    def reload(self) -> None:
        self.block.reload()
        self.block.set_scope({q.id for q in self.ctx.scope().questions(self.article.number)})

    def first_field(self) -> QWidget | None:
        return self.block.first_field()

    def errors(self) -> list[str]:
        return self.block.errors()

    def validatePage(self) -> bool:
        widget = self.block.first_error_widget()
        if widget is not None:
            widget.setFocus()
            return False
        return True
