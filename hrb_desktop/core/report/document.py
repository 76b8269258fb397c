"""Assemble the report: one story of flowables, laid out on A4 with running header and footer."""

from __future__ import annotations

import io
from datetime import date
from functools import partial
from typing import Any

from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate  # type: ignore[import-untyped]

from hrb_desktop import __version__
from hrb_desktop.core.assessment import Assessment, input_hash
from hrb_desktop.core.engine import AssessmentResult, Status
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.report.details import (
    art18_section,
    disclaimer,
    hints_section,
    items_section,
    non_monetary_section,
    other_section,
)
from hrb_desktop.core.report.front import chart_section, header_block, summary_table
from hrb_desktop.core.report.pages import DecoratedCanvas, PageDecor
from hrb_desktop.core.report.signing import signing_block
from hrb_desktop.core.report.strings import label
from hrb_desktop.core.report.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Styles,
    make_styles,
    para,
)
from hrb_desktop.core.report.when import report_date

_NUMERALS = "一二三四五六七八九十"


class _Sections:
    """Numbers the section headings in order, so a section left out leaves no gap."""

    def __init__(self, st: Styles) -> None:
        self.st = st
        self.count = 0

    def __call__(self, key: str, **fields: object) -> Any:
        self.count += 1
        title = label(key, self.st.lang, **fields)
        if self.st.lang == "en":
            return para(f"{self.count}. {title}", self.st.h1)
        return para(f"{_NUMERALS[self.count - 1]}、{title}", self.st.h1)


def build_story(
    st: Styles,
    policy: Policy,
    assessment: Assessment,
    result: AssessmentResult,
    app_version: str,
    digest: str,
    made_on: date,
) -> list[Any]:
    section = _Sections(st)
    article = result.double_support_article(st.lang)  # 第十八条 in hrb-2021-10
    story: list[Any] = header_block(st, policy, assessment, result, app_version, digest, made_on)
    story += [section("s.summary"), *summary_table(st, result)]
    story += [section("s.chart"), *chart_section(st, policy, result)]

    for key, status in (("s.details", Status.eligible), ("s.judgement", Status.judgement)):
        items = result.with_status(status)
        if items:
            story += items_section(st, section(key), items, article)
    story += [section("s.art18", article=article), *art18_section(st, result)]
    story += [section("s.non_monetary"), *non_monetary_section(st, result)]
    story += [section("s.hints"), *hints_section(st, result)]
    other, last = other_section(st, policy, result)
    story += [section("s.other"), *other]
    # The disclaimer never stands alone on a page: it goes with the signing block and the
    # report's last lines.
    story.append(KeepTogether([*last, *signing_block(st), *disclaimer(st)]))
    return story


def render_pdf(
    policy: Policy,
    assessment: Assessment,
    result: AssessmentResult,
    lang: Lang = "zh",
    app_version: str | None = None,
    made_on: date | None = None,
) -> bytes:
    """The report as PDF bytes; the same inputs and date always give the same bytes.

    ``made_on``, the date printed in the report and written as its creation date, defaults to
    ``report_date()``: ``SOURCE_DATE_EPOCH`` if set, else today.
    """
    made_on = report_date(made_on)
    st = make_styles(lang)
    version = app_version or __version__
    digest = input_hash(assessment)
    name = assessment.enterprise.name
    title = label("doc.title", lang) + (f" — {name}" if name else "")
    decor = PageDecor(
        font=st.font,
        lang=lang,
        left_header=label("running.title", lang) + (f" · {name}" if name else ""),
        right_header=policy.doc_number,
        footer_left=label("footer.hash", lang, hash=digest) + f" · hrb-desktop {version}",
        footer_right=label("footer.note", lang),
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        invariant=1,
        title=title,
        author=name or "hrb-desktop",
        subject=f"{policy.doc_number} {label('doc.subject', lang)}",
        creator=f"hrb-desktop {version}",
        lang="en" if lang == "en" else "zh-CN",
        initialFontName=st.font,
    )
    # No frame padding: tables and the chart span exactly the margins the
    # running header and footer rules are drawn at.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        build_story(st, policy, assessment, result, version, digest, made_on),
        canvasmaker=partial(DecoratedCanvas, decor=decor, made_on=made_on),
    )
    return buffer.getvalue()
