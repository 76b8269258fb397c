"""Results: totals, a bar chart by article, and every item with status, range and reasons."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser

from hrb_desktop.core.engine import AssessmentResult, ItemResult, Status
from hrb_desktop.core.messages import article_name, t
from hrb_desktop.core.money import fmt_range
from hrb_desktop.ui import look
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.explain_dialog import ExplainDialog
from hrb_desktop.ui.i18n import colon
from hrb_desktop.ui.pages.base import RESULTS, Page
from hrb_desktop.ui.widgets.bar_chart import BarChart

_STATUS_COLOURS = {  # light-theme designs: the view's colours come from look.Scheme
    Status.eligible: look.OK,
    Status.not_eligible: look.REJECTED,
    Status.judgement: look.WARNING,
    Status.non_monetary: look.NEUTRAL,
    Status.not_answered: look.PENDING,
}


class ResultsPage(Page):
    page_id = RESULTS

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.total = QLabel(self.body)
        self.total.setObjectName("resultsTotal")
        look.text_points(self.total, 15, bold=True)
        look.tint(self.total, look.TOTAL)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = self.note("", look.WARNING)
        self.chart = BarChart(ctx.lang, self.body)
        self.browser = QTextBrowser(self.body)
        self.browser.setOpenLinks(False)  # item: links open the explanation here; nothing else opens
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.setMinimumHeight(240)
        # Text wraps at the width; Qt rounds the wrapped width up a pixel, which would add a
        # useless sideways scroll bar.
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Vertical, self.body)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.browser)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        self.layout_.addWidget(self.total)
        self.layout_.addWidget(self.warnings)
        self.layout_.addWidget(splitter, 1)
        self.result: AssessmentResult | None = None
        self._scheme = look.Scheme()  # the theme's colours for the HTML being built
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("评估结果"))
        self.setSubTitle(self.tr("金额为按政策原文的申报前估算（万元），区间表示条文只规定了上限或幅度。点击项目名称查看计算说明。"))
        self.total.setAccessibleName(self.tr("估计合计"))
        self.browser.setAccessibleName(self.tr("逐项结果，Tab 键选择项目链接，回车查看计算说明"))
        self.chart.set_lang(self.ctx.lang)
        if self.result is not None:  # shown before: recompute in the new language
            self.refresh()

    def initializePage(self) -> None:
        self.refresh()

    def restyle(self) -> None:
        if self.result is not None:
            self.refresh()  # the HTML carries the theme's colours

    def refresh(self) -> None:
        ctx, lang = self.ctx, self.ctx.lang
        result = ctx.session.result(lang)
        self.result = result
        self.total.setText(self.tr("估计合计：{0}").format(fmt_range(result.total_low, result.total_high, lang)))
        self.warnings.setText("\n".join(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        self.chart.set_rows(
            [(article_name(n, lang), low, high) for n, (low, high) in result.by_article().items()]
        )
        self.browser.setHtml(self.html(result))

    def html(self, result: AssessmentResult) -> str:
        lang = self.ctx.lang
        scheme = self._scheme = look.Scheme()
        heading_bg, heading_fg = (c.name() for c in scheme.fill(look.HEADING_BACKGROUND, base=True))
        muted = scheme.html(look.NOTE)
        out: list[str] = []
        indent = "\u3000" if lang == "zh" else "&nbsp;&nbsp;&nbsp;"
        by_article: dict[int, list[ItemResult]] = {}
        for r in result.items:
            by_article.setdefault(r.article, []).append(r)
        heading = self.tr("资金奖补（按条款）")
        out.append(f"<h3>{escape(heading)}</h3>")
        totals = result.by_article()
        rows = []
        for number, items in by_article.items():
            money = [r for r in items if r.status == Status.eligible]
            if not money:
                continue
            low, high = totals.get(number, (Decimal(0), Decimal(0)))
            title = f"{article_name(number, lang)} {self.ctx.policy.article(number).title.get(lang)}"
            rows.append(
                f"<tr style='background:{heading_bg}; color:{heading_fg}'><td colspan='3'><b>{escape(title)}</b></td>"
                f"<td align='right'><b>{escape(fmt_range(low, high, lang))}</b></td></tr>"
            )
            for r in money:
                counted = fmt_range(r.counted_low, r.counted_high, lang)
                if r.art18 and r.counted_high == 0:
                    counted = self.tr("不计入（第十八条）")
                rows.append(
                    f"<tr><td>{indent}{self._link(r)}</td><td>{self._status(r)}</td>"
                    f"<td align='right'>{escape(fmt_range(r.low, r.high, lang))}</td>"
                    f"<td align='right'>{escape(counted)}</td></tr>"
                    f"<tr><td colspan='4' style='color:{muted}; font-size:9pt'>{indent * 2}{escape(r.explanation(lang))}</td></tr>"
                )
        if rows:
            head = "".join(f"<th align='left'>{escape(h)}</th>" for h in (
                self.tr("项目"), self.tr("状态"), self.tr("估计金额"), self.tr("计入合计")))
            out.append(f"<table width='100%' cellpadding='3' cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>")
        else:
            nothing = self.tr("按目前的回答，还没有符合条件的资金奖补项目。")
            out.append(f"<p>{escape(nothing)}</p>")
        sections = [
            (self.tr("第十八条 从高不重复 / 省市不重复"), [(None, d.text) for d in result.decisions]),
            (self.tr("需主管部门核定金额的项目（不计入合计）"), [(r, r.explanation(lang)) for r in result.with_status(Status.judgement)]),
            (self.tr("差一点就能多拿"), [(r, r.hint or "") for r in result.hints()]),
            (self.tr("非资金支持"), [(r, "") for r in result.with_status(Status.non_monetary)]),
            (self.tr("不符合条件"), [(r, r.explanation(lang)) for r in result.with_status(Status.not_eligible)]),
            (self.tr("尚未填写完整"), [(r, r.explanation(lang)) for r in result.with_status(Status.not_answered)]),
        ]
        for title, entries in sections:
            if not entries:
                continue
            lines = []
            for r, text in entries:
                prefix = f"{self._link(r)}{escape(colon(lang))}" if r is not None else ""
                lines.append(f"<li>{prefix}{escape(text)}</li>" if text or r is None else f"<li>{self._link(r)}</li>")
            out.append(f"<h3>{escape(title)}</h3><ul>{''.join(lines)}</ul>")
        disclaimer = self.tr("本结果为申报前估算，不代表审批结论。")
        out.append(f"<p style='color:{muted}'>{escape(disclaimer)}</p>")
        return "".join(out)

    def _link(self, r: ItemResult) -> str:
        lang = self.ctx.lang
        link = self._scheme.link().name()
        return f"<a href='item:{escape(r.id)}' style='color:{link}'>{escape(article_name(r.article, lang))} {escape(r.item.title.get(lang))}</a>"

    def _status(self, r: ItemResult) -> str:
        text = t("status." + r.status.value, self.ctx.lang)
        return f"<span style='color:{self._scheme.html(_STATUS_COLOURS[r.status])}'>{escape(text)}</span>"

    def _open_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("item:"):
            ExplainDialog(self.ctx, text.removeprefix("item:"), self).exec()
