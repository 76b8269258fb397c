"""The report's first part: header block, validity warning, total, summary table and chart."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.platypus import Spacer, TableStyle  # type: ignore[import-untyped]

from hrb_desktop.core.assessment import Assessment
from hrb_desktop.core.districts import district_name
from hrb_desktop.core.engine import AssessmentResult, ItemResult, Status
from hrb_desktop.core.messages import Lang, article_name, fmt_date, t
from hrb_desktop.core.money import fmt_range
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.report.chart import article_chart, range_label
from hrb_desktop.core.report.fonts import string_width
from hrb_desktop.core.report.strings import label
from hrb_desktop.core.report.styles import (
    FRAME_WIDTH,
    HEAD_BG,
    NAVY,
    RULE,
    TOTAL_BG,
    TOTAL_RULE,
    WARN_BG,
    WARN_RULE,
    ZEBRA,
    FontTable,
    Styles,
    para,
)

AMOUNT_SIZE = 8.8
CELL_PAD = 5


def policy_heading(policy: Policy, lang: Lang) -> str:
    title = policy.title.get(lang)
    return f"{policy.doc_number} — {title}" if lang == "en" else f"{policy.doc_number}《{title}》"


def header_block(
    st: Styles,
    policy: Policy,
    assessment: Assessment,
    result: AssessmentResult,
    app_version: str,
    digest: str,
    made_on: date,
) -> list[Any]:
    lang = st.lang
    ent = assessment.enterprise
    none = label("h.none", lang)
    validity = label(
        "h.validity_value",
        lang,
        start=fmt_date(policy.effective_from, lang),
        end=fmt_date(policy.valid_until, lang),
    ) + label("h.in_force" if result.in_force else "h.out_of_force", lang)
    rows: list[tuple[str, str]] = [
        (label("h.applicant", lang), ent.name or none),
        (label("h.credit_code", lang), ent.credit_code or none),
        (label("h.contact", lang), ent.contact or none),
    ]
    if ent.district:
        rows.append((label("h.district", lang), district_name(ent.district, lang)))
    if ent.industry:
        rows.append((label("h.industry", lang), ent.industry))
    validity_row = len(rows) + 3
    rows += [
        (label("h.reference_date", lang), fmt_date(result.reference_date, lang)),
        (label("h.policy", lang), policy_heading(policy, lang)),
        (
            label("h.issuer", lang),
            f"{policy.issuer.get(lang)}{'，' if lang == 'zh' else ', '}{fmt_date(policy.issue_date, lang)}",
        ),
        (label("h.validity", lang), validity),
        (
            label("h.versions", lang),
            label("h.versions_value", lang, app=app_version, policy=policy.id, model=policy.model_version),
        ),
        (label("h.hash", lang), label("h.hash_value", lang, hash=digest)),
        (label("h.report_date", lang), fmt_date(made_on, lang)),
    ]
    label_width = 118 if lang == "en" else 100
    info = FontTable(
        [[para(k, st.cell_head), para(v, st.cell)] for k, v in rows],
        colWidths=[label_width, FRAME_WIDTH - label_width],
    )
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if not result.in_force:
        style.append(("BACKGROUND", (1, validity_row), (1, validity_row), WARN_BG))
    info.setStyle(TableStyle(style))

    out: list[Any] = [
        para(label("doc.title", lang), st.title),
        para(policy_heading(policy, lang), st.subtitle),
        info,
        Spacer(1, 8),
    ]
    for warning in result.warnings:
        out += [
            _box(
                [para(label("h.warning", lang), st.warning), para(warning, st.warning)],
                WARN_BG,
                WARN_RULE,
                1.2,
            ),
            Spacer(1, 8),
        ]
    out.append(_total_box(st, result))
    return out


def _box(flowables: list[Any], background: Any, rule: Any, width: float) -> Any:
    box = FontTable([[flowables]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("BOX", (0, 0), (-1, -1), width, rule),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return box


def _total_box(st: Styles, result: AssessmentResult) -> Any:
    lang = st.lang
    amount = fmt_range(result.total_low, result.total_high, lang)
    counts = label(
        "h.counts",
        lang,
        eligible=len(result.with_status(Status.eligible)),
        judgement=len(result.with_status(Status.judgement)),
        non_monetary=len(result.with_status(Status.non_monetary)),
    )
    width = string_width(amount, 15) + 2 * CELL_PAD + 4
    top = FontTable(
        [[para(label("h.total", lang), st.total), amount]],
        colWidths=[FRAME_WIDTH - 18 - width, width],
    )
    top.setStyle(
        TableStyle(
            [
                ("FONTNAME", (1, 0), (1, 0), st.font),
                ("FONTSIZE", (1, 0), (1, 0), 15),
                ("TEXTCOLOR", (1, 0), (1, 0), NAVY),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return _box(
        [top, Spacer(1, 3), para(counts, st.small), para(label("h.total_note", lang, article=result.double_support_article(lang)), st.small)],
        TOTAL_BG,
        TOTAL_RULE,
        0.8,
    )


# ---------------------------------------------------------------- summary table


def _status_text(r: ItemResult, result: AssessmentResult, lang: Lang) -> str:
    if r.status == Status.eligible and r.high and not (r.counted_low or r.counted_high):
        return label("t.set_aside", lang, article=result.double_support_article(lang))
    return t(f"status.{r.status.value}", lang)


def summary_table(st: Styles, result: AssessmentResult) -> list[Any]:
    lang = st.lang
    rows = [r for r in result.items if r.status in (Status.eligible, Status.judgement)]
    if not rows:
        return [para(label("t.none", lang), st.body)]
    pending = label("t.pending", lang)
    body: list[list[Any]] = []
    group_starts: list[int] = []
    previous = None
    for r in rows:
        if r.article != previous:
            group_starts.append(len(body) + 1)
        if r.status == Status.eligible:
            estimate, counted = range_label(r.low, r.high), range_label(r.counted_low, r.counted_high)
        else:
            estimate, counted = pending, "—"
        body.append(
            [
                para(article_name(r.article, lang), st.cell) if r.article != previous else "",
                para(r.item.title.get(lang), st.cell),
                para(_status_text(r, result, lang), st.cell),
                estimate,
                counted,
            ]
        )
        previous = r.article
    total = range_label(result.total_low, result.total_high)
    amounts = [row[3] for row in body] + [row[4] for row in body] + [total]
    amount_width = max(78.0, *(string_width(a, AMOUNT_SIZE) + 2 * CELL_PAD + 2 for a in amounts))
    article_width = 62.0 if lang == "en" else 52.0
    status_width = 96.0 if lang == "en" else 80.0
    item_width = FRAME_WIDTH - article_width - status_width - 2 * amount_width
    head = [para(label(k, lang), st.cell_head) for k in ("t.article", "t.item", "t.status")]
    head += [para(label(k, lang), st.cell_head) for k in ("t.estimate", "t.counted")]
    table_rows = [head, *body, ["", para(label("t.total", lang), st.cell_head), "", "", total]]
    table = FontTable(
        table_rows,
        colWidths=[article_width, item_width, status_width, amount_width, amount_width],
        repeatRows=1,
    )
    last = len(table_rows) - 1
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("FONTSIZE", (0, 0), (-1, -1), AMOUNT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (3, 0), (4, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
        ("LINEABOVE", (0, last), (-1, last), 0.8, NAVY),
        ("LINEBELOW", (0, last), (-1, last), 0.8, NAVY),
        ("BACKGROUND", (0, last), (-1, last), TOTAL_BG),
        ("TEXTCOLOR", (4, last), (4, last), NAVY),
        ("FONTSIZE", (4, last), (4, last), AMOUNT_SIZE + 0.7),
    ]
    for n, start in enumerate(group_starts):
        end = (group_starts[n + 1] if n + 1 < len(group_starts) else last) - 1
        if n:
            style.append(("LINEABOVE", (0, start), (-1, start), 0.3, RULE))
        if n % 2:
            style.append(("BACKGROUND", (0, start), (-1, end), ZEBRA))
    table.setStyle(TableStyle(style))
    return [table]


def chart_section(st: Styles, policy: Policy, result: AssessmentResult) -> Sequence[Any]:
    by_article = {a: v for a, v in result.by_article().items() if v[1] > 0}
    if not by_article:
        return [para(label("c.none", st.lang), st.body)]
    drawing = article_chart(policy, by_article, st.lang, st.font, FRAME_WIDTH)
    return [drawing, Spacer(1, 3), para(label("c.caption", st.lang, article=result.double_support_article(st.lang)), st.small)]
