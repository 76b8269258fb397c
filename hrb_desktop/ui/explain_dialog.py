"""Why an item gets what it gets: the verbatim clause, the user's own figures, the arithmetic."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hrb_desktop.core.conditions import fmt_value
from hrb_desktop.core.engine import ItemResult, Status
from hrb_desktop.core.messages import article_name, t
from hrb_desktop.core.money import fmt_range
from hrb_desktop.ui import look
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.i18n import colon


def item_html(ctx: Context, result: ItemResult) -> str:
    """The full explanation of one item as HTML (also used by the results page)."""
    lang = ctx.lang
    item = result.item
    article = ctx.policy.article(result.article)
    answers = ctx.session.answers
    questions = {q.id: q for q in ctx.policy.questions}
    c = escape(colon(lang))
    label = {
        "status": escape(QCoreApplication.translate("ExplainDialog", "状态")),
        "estimate": escape(QCoreApplication.translate("ExplainDialog", "估计金额")),
        "counted": escape(QCoreApplication.translate("ExplainDialog", "计入合计")),
        "clause": escape(QCoreApplication.translate("ExplainDialog", "条款原文")),
        "data": escape(QCoreApplication.translate("ExplainDialog", "您填写的数据")),
        "reading": escape(QCoreApplication.translate("ExplainDialog", "本工具的理解")),
        "materials": escape(QCoreApplication.translate("ExplainDialog", "通常需要的申报材料")),
    }
    gap = "　" if lang == "zh" else "&nbsp;&nbsp;&nbsp;"
    parts = [
        f"<h3>{escape(article_name(result.article, lang))} {escape(item.title.get(lang))}</h3>",
        f"<p><b>{label['status']}{c}</b>"
        f"{escape(t('status.' + result.status.value, lang))}",
    ]
    if result.status == Status.eligible:
        parts.append(
            f"{gap}<b>{label['estimate']}{c}</b>"
            f"{escape(fmt_range(result.low, result.high, lang))}"
        )
        if (result.counted_low, result.counted_high) != (result.low, result.high):
            parts.append(
                f"{gap}<b>{label['counted']}{c}</b>"
                f"{escape(fmt_range(result.counted_low, result.counted_high, lang))}"
            )
    parts.append("</p>")
    parts.append(
        f"<p><b>{label['clause']}{c}</b></p>"
        f"<blockquote>“{escape(item.clause)}”</blockquote>"
    )
    rows = []
    for qid in item.questions:
        question = questions[qid]
        value = answers.get(qid)
        shown = fmt_value(question, value, lang) if value is not None else QCoreApplication.translate("ExplainDialog", "（未填写）")
        rows.append(f"<tr><td>{escape(question.label.get(lang))}</td><td><b>{escape(shown)}</b></td></tr>")
    if rows:
        parts.append(
            f"<p><b>{label['data']}{c}</b></p>"
            f"<table cellpadding='3'>{''.join(rows)}</table>"
        )
    for title, lines in (
        (QCoreApplication.translate("ExplainDialog", "判断依据"), result.reasons),
        (QCoreApplication.translate("ExplainDialog", "计算过程"), result.calculation),
        (QCoreApplication.translate("ExplainDialog", "说明"), [*result.notes, *([result.art18] if result.art18 else [])]),
        (QCoreApplication.translate("ExplainDialog", "差一点就能多拿"), [result.hint] if result.hint else []),
    ):
        if lines:
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            parts.append(f"<p><b>{escape(title)}{c}</b></p><ul>{items}</ul>")
    if item.interpretation is not None:
        parts.append(
            f"<p><b>{label['reading']}{c}</b>"
            f"{escape(item.interpretation.get(lang))}</p>"
        )
    if item.materials:
        items = "".join(f"<li>{escape(m.get(lang))}</li>" for m in item.materials)
        parts.append(f"<p><b>{label['materials']}{c}</b></p><ul>{items}</ul>")
    full_text = QCoreApplication.translate("ExplainDialog", "{0}全文").format(article_name(article.number, lang))
    parts.append(
        f"<p><b>{escape(full_text)}{c}</b></p>"
        f"<p style='color:{look.Scheme().html(look.MUTED)}'>{escape(article.text)}</p>"
    )
    return "".join(parts)


class ExplainDialog(QDialog):
    def __init__(self, ctx: Context, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # the HTML has no links; none may ever open
        self.browser.setOpenExternalLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.resize(680, 560)
        self.setMinimumSize(420, 320)
        self.retranslate()

    def retranslate(self) -> None:
        ctx = self.ctx
        result = next(r for r in ctx.session.result(ctx.lang).items if r.id == self.item_id)
        self.setWindowTitle(self.tr("计算说明 — {0}").format(result.item.title.get(ctx.lang)))
        self.browser.setAccessibleName(self.tr("计算说明"))
        self.browser.setHtml(item_html(ctx, result))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭"))

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.ApplicationPaletteChange):
            self.retranslate()  # the HTML carries the language's texts and the theme's colours
        return super().event(event)  # not changeEvent: see hrb_desktop.ui.i18n
