"""Per-item explanations, the no-double-support article, non-monetary benefits, hints, other
items and the disclaimer."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Spacer, TableStyle  # type: ignore[import-untyped]

from hrb_desktop.core.engine import AssessmentResult, ItemResult, Status, not_screened_lines
from hrb_desktop.core.messages import article_name, t
from hrb_desktop.core.money import fmt_range
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.report.fonts import string_width
from hrb_desktop.core.report.strings import label
from hrb_desktop.core.report.styles import (
    CLAUSE_BG,
    CLAUSE_RULE,
    FRAME_WIDTH,
    HEAD_BG,
    NAVY,
    RULE,
    WARN_RULE,
    FontTable,
    Styles,
    bullet,
    para,
)

HEADING_AMOUNT_SIZE = 10.5
# Start an item on a new page rather than leave less than this below its heading.
ITEM_MIN_SPACE = 150
# A section heading with its space above and below (styles.h1).
SECTION_HEADING_SPACE = 56


def item_title(r: ItemResult, st: Styles) -> str:
    return f"{article_name(r.article, st.lang)}  {r.item.title.get(st.lang)}"


def _heading(st: Styles, r: ItemResult) -> Any:
    """Title on the left, the amount in its own right-aligned cell so it never breaks."""
    if r.status == Status.eligible:
        amount = fmt_range(r.low, r.high, st.lang)
    else:
        amount = label("t.pending", st.lang)
    width = string_width(amount, HEADING_AMOUNT_SIZE) + 8
    table = FontTable([[para(item_title(r, st), st.h2), amount]], colWidths=[FRAME_WIDTH - width, width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (1, 0), (1, 0), st.font),
                ("FONTSIZE", (1, 0), (1, 0), HEADING_AMOUNT_SIZE),
                ("TEXTCOLOR", (1, 0), (1, 0), NAVY),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
            ]
        )
    )
    table.keepWithNext = 1
    return table


def _clause_box(st: Styles, r: ItemResult) -> Any:
    content = [para(r.item.clause, st.clause)]
    if st.lang == "en":
        content.append(para(r.item.summary_en, st.small))
    box = FontTable([[content]], colWidths=[FRAME_WIDTH - 11])
    box.hAlign = "RIGHT"
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), CLAUSE_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 2, CLAUSE_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def _part(st: Styles, key: str, lines: list[str], numbered: bool = False, **fields: object) -> list[Any]:
    lines = [line for line in lines if line]
    if not lines:
        return []
    out: list[Any] = [para(label(key, st.lang, **fields), st.label)]
    if len(lines) == 1 and not numbered:
        return [*out, para(lines[0], st.indented)]
    for n, line in enumerate(lines, start=1):
        out.append(bullet(line, st.bullet, f"{n}." if numbered else "•"))
    return out


def items_section(st: Styles, heading: Any, items: list[ItemResult], article: str) -> list[Any]:
    """A section heading and its items' blocks.

    The page break the first item may need goes before the section heading: the heading's
    keepWithNext would tie it to that break instead, and leave it alone at the foot of a page.
    """
    out: list[Any] = [CondPageBreak(ITEM_MIN_SPACE + SECTION_HEADING_SPACE), heading]
    for n, r in enumerate(items):
        out += item_block(st, r, article, break_before=n > 0)
    return out


def item_block(st: Styles, r: ItemResult, article: str, break_before: bool = True) -> list[Any]:
    """One item's block; ``article`` names the no-double-support article (第十八条)."""
    lang = st.lang
    out: list[Any] = [CondPageBreak(ITEM_MIN_SPACE)] if break_before else []
    out.append(_heading(st, r))
    if r.status == Status.eligible and (r.counted_low, r.counted_high) != (r.low, r.high):
        out.append(
            para(label("d.counted", lang, range=fmt_range(r.counted_low, r.counted_high, lang)), st.warning)
        )
    out += _part(st, "d.why", r.reasons)
    out += _part(st, "d.calc", r.calculation)
    if r.art18:
        out += _part(st, "d.art18", [r.art18], article=article)
    out += _part(st, "d.notes", r.notes)
    if r.hint:
        out += _part(st, "d.hint", [r.hint])
    out += [para(label("d.clause", lang), st.label), _clause_box(st, r)]
    if r.item.interpretation is not None:
        out += _part(st, "d.interpretation", [r.item.interpretation.get(lang)])
    materials = [m.get(lang) for m in r.item.materials] or [label("d.no_materials", lang)]
    out += _part(st, "d.materials", materials, numbered=bool(r.item.materials))
    out.append(Spacer(1, 12))
    return out


# ---------------------------------------------------------------- the rest


def art18_section(st: Styles, result: AssessmentResult) -> list[Any]:
    lang = st.lang
    if not result.decisions:
        return [para(label("a.none", lang, article=result.double_support_article(lang)), st.body)]
    titles = {r.id: item_title(r, st) for r in result.items}
    out: list[Any] = []
    for d in result.decisions:
        kind = label("a.same_project" if d.kind == "same_project" else "a.provincial", lang)
        lines = [d.text]
        if d.kept:
            lines.append(label("a.kept", lang, item=titles.get(d.kept, d.kept)))
        if d.set_aside:
            names = t("a18.and", lang).join(titles.get(i, i) for i in d.set_aside)
            lines.append(label("a.set_aside", lang, items=names))
        out.append(para(kind, st.h2))
        out += [bullet(line, st.bullet) for line in lines]
        out.append(Spacer(1, 6))
    return out


def _grid(st: Styles, rows: list[list[Any]], widths: list[float]) -> Any:
    table = FontTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def non_monetary_section(st: Styles, result: AssessmentResult) -> list[Any]:
    lang = st.lang
    items = result.with_status(Status.non_monetary)
    if not items:
        return [para(label("n.none", lang), st.body)]
    article_width = 48.0 if lang == "en" else 46.0
    title_width = 150.0 if lang == "en" else 140.0
    head = [para(label(k, lang), st.cell_head) for k in ("t.article", "t.item", "d.clause")]
    rows = [head] + [
        [
            para(article_name(r.article, lang), st.cell),
            para(r.item.title.get(lang), st.cell),
            para(r.item.clause, st.clause_cell),
        ]
        for r in items
    ]
    return [_grid(st, rows, [article_width, title_width, FRAME_WIDTH - article_width - title_width])]


def hints_section(st: Styles, result: AssessmentResult) -> list[Any]:
    hints = result.hints()
    if not hints:
        return [para(label("hint.none", st.lang), st.body)]
    return [
        bullet(
            f"{item_title(r, st)}：{r.hint}" if st.lang == "zh" else f"{item_title(r, st)}: {r.hint}",
            st.bullet,
        )
        for r in hints
    ]


def other_section(st: Styles, policy: Policy, result: AssessmentResult) -> tuple[list[Any], list[Any]]:
    """Items not eligible, not answered and, apart from them, not screened.

    Returned as (body, last part): the last part is kept on one page with the signing block
    and the disclaimer, so that neither is ever left alone on a page.
    """
    lang = st.lang
    out: list[Any] = [para(label("o.not_eligible", lang), st.h2)]
    rejected = result.with_status(Status.not_eligible)
    if rejected:
        head = [para(label(k, lang), st.cell_head) for k in ("t.item", "t.reason")]
        rows = [head] + [
            [para(item_title(r, st), st.cell), para(t("list.sep", lang).join(r.reasons), st.cell)]
            for r in rejected
        ]
        out.append(_grid(st, rows, [170.0, FRAME_WIDTH - 170.0]))
    else:
        out.append(para(label("o.none", lang), st.body))
    unanswered = result.with_status(Status.not_answered)
    answered_part: list[Any] = [Spacer(1, 8), para(label("o.not_answered", lang, n=len(unanswered)), st.h2)]
    if unanswered:
        answered_part.append(para(t("list.sep", lang).join(item_title(r, st) for r in unanswered), st.small))
    else:
        answered_part.append(para(label("o.none", lang), st.body))
    screened_part = not_screened_part(st, policy, result)
    if not screened_part:
        return out, answered_part
    return out + answered_part, screened_part


def not_screened_part(st: Styles, policy: Policy, result: AssessmentResult) -> list[Any]:
    """Items of areas the user unticked: one short line per article, apart from the unanswered."""
    lines = not_screened_lines(policy, result, st.lang)
    if not lines:
        return []
    n = len(result.with_status(Status.not_screened))
    heading = para(label("o.not_screened", st.lang, n=n), st.h2)
    return [Spacer(1, 8), heading, *(bullet(line, st.bullet) for line in lines)]


def disclaimer(st: Styles) -> list[Any]:
    box = FontTable(
        [[[para(label("s.disclaimer", st.lang), st.h2), para(label("disclaimer", st.lang), st.body)]]],
        colWidths=[FRAME_WIDTH],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, WARN_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [Spacer(1, 10), box]
