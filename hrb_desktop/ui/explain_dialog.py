"""Why an item gets what it gets: the verbatim clause, the user's own figures, the arithmetic."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hrb_desktop.core.conditions import fmt_value
from hrb_desktop.core.engine import ItemResult, Status
from hrb_desktop.core.messages import article_name, t
from hrb_desktop.core.money import fmt_range
from hrb_desktop.ui.context import Context


def item_html(ctx: Context, result: ItemResult) -> str:
    """The full explanation of one item as HTML (also used by the results page)."""
    lang = ctx.lang
    item = result.item
    article = ctx.policy.article(result.article)
    answers = ctx.session.answers
    questions = {q.id: q for q in ctx.policy.questions}
    tr = ctx.tr
    parts = [
        f"<h3>{escape(article_name(result.article, lang))} {escape(item.title.get(lang))}</h3>",
        f"<p><b>{escape(tr('状态'))}：</b>{escape(t('status.' + result.status.value, lang))}",
    ]
    if result.status == Status.eligible:
        parts.append(f"　<b>{escape(tr('估计金额'))}：</b>{escape(fmt_range(result.low, result.high, lang))}")
        if (result.counted_low, result.counted_high) != (result.low, result.high):
            parts.append(
                f"　<b>{escape(tr('计入合计'))}：</b>{escape(fmt_range(result.counted_low, result.counted_high, lang))}"
            )
    parts.append("</p>")
    parts.append(f"<p><b>{escape(tr('条款原文'))}：</b></p><blockquote>“{escape(item.clause)}”</blockquote>")
    rows = []
    for qid in item.questions:
        question = questions[qid]
        value = answers.get(qid)
        shown = fmt_value(question, value, lang) if value is not None else tr("（未填写）")
        rows.append(f"<tr><td>{escape(question.label.get(lang))}</td><td><b>{escape(shown)}</b></td></tr>")
    if rows:
        parts.append(f"<p><b>{escape(tr('您填写的数据'))}：</b></p><table cellpadding='3'>{''.join(rows)}</table>")
    for title, lines in (
        (tr("判断依据"), result.reasons),
        (tr("计算过程"), result.calculation),
        (tr("说明"), [*result.notes, *([result.art18] if result.art18 else [])]),
        (tr("差一点就能多拿"), [result.hint] if result.hint else []),
    ):
        if lines:
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            parts.append(f"<p><b>{escape(title)}：</b></p><ul>{items}</ul>")
    if item.interpretation is not None:
        parts.append(f"<p><b>{escape(tr('本工具的理解'))}：</b>{escape(item.interpretation.get(lang))}</p>")
    if item.materials:
        items = "".join(f"<li>{escape(m.get(lang))}</li>" for m in item.materials)
        parts.append(f"<p><b>{escape(tr('通常需要的申报材料'))}：</b></p><ul>{items}</ul>")
    parts.append(
        f"<p><b>{escape(article_name(article.number, lang))}{escape(tr('全文'))}：</b></p>"
        f"<p style='color:#444'>{escape(article.text)}</p>"
    )
    return "".join(parts)


class ExplainDialog(QDialog):
    def __init__(self, ctx: Context, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        result = next(r for r in ctx.session.result(ctx.lang).items if r.id == item_id)
        self.setWindowTitle(self.tr("计算说明 — {0}").format(result.item.title.get(ctx.lang)))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("计算说明"))
        self.browser.setHtml(item_html(ctx, result))
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(680, 560)
        self.setMinimumSize(420, 320)
