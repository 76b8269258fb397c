"""Horizontal bars of the counted range per article: low end solid, high end a lighter extension."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # type: ignore[import-untyped]

from hrb_desktop.core.messages import Lang, article_name
from hrb_desktop.core.money import fmt_number
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.report.fonts import string_width
from hrb_desktop.core.report.pages import fit
from hrb_desktop.core.report.strings import label
from hrb_desktop.core.report.styles import BAR_HIGH, BAR_LOW, GREY, INK, RULE

ROW = 21.0
BAR = 11.0
LABEL_SIZE = 8.0
TICK_SIZE = 7.0
LEGEND_HEIGHT = 22.0
AXIS_HEIGHT = 22.0


def nice_step(maximum: float, target_ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10^k) giving about ``target_ticks`` intervals."""
    if maximum <= 0:
        return 1.0
    raw = maximum / target_ticks
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def range_label(low: Decimal, high: Decimal) -> str:
    return fmt_number(low) if low == high else f"{fmt_number(low)}–{fmt_number(high)}"


def _tick_label(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def article_chart(
    policy: Policy, by_article: dict[int, tuple[Decimal, Decimal]], lang: Lang, font: str, width: float
) -> Any:
    """A Drawing ``width`` points wide; one row per article with a counted amount."""
    rows = list(by_article.items())
    label_width = width * (0.36 if lang == "en" else 0.30)
    value_room = max(string_width(range_label(lo, hi), LABEL_SIZE) for _, (lo, hi) in rows) + 10
    plot_x = label_width + 6
    plot_width = width - plot_x - value_room
    height = LEGEND_HEIGHT + ROW * len(rows) + AXIS_HEIGHT
    drawing = Drawing(width, height)
    # The renderer otherwise starts every drawing in Helvetica (unembedded).
    drawing.initialFontName = font

    top_value = max(float(hi) for _, (_, hi) in rows)
    step = nice_step(top_value)
    ticks = int(-(-top_value // step)) or 1
    scale = plot_width / (ticks * step)

    # Legend
    legend_y = height - 12
    x = plot_x
    for colour, text in ((BAR_LOW, label("c.low", lang)), (BAR_HIGH, label("c.high", lang))):
        drawing.add(Rect(x, legend_y - 1, 10, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 14, legend_y, text, fontName=font, fontSize=TICK_SIZE + 0.5, fillColor=INK))
        x += 14 + string_width(text, TICK_SIZE + 0.5) + 18
    drawing.add(
        String(
            width,
            legend_y,
            label("c.unit", lang),
            fontName=font,
            fontSize=TICK_SIZE,
            fillColor=GREY,
            textAnchor="end",
        )
    )

    plot_top = height - LEGEND_HEIGHT
    plot_bottom = AXIS_HEIGHT
    for i in range(ticks + 1):
        tx = plot_x + i * step * scale
        drawing.add(Line(tx, plot_bottom, tx, plot_top, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                tx,
                plot_bottom - 10,
                _tick_label(i * step),
                fontName=font,
                fontSize=TICK_SIZE,
                fillColor=GREY,
                textAnchor="middle",
            )
        )
    drawing.add(Line(plot_x, plot_bottom, plot_x, plot_top, strokeColor=GREY, strokeWidth=0.8))

    for n, (article, (low, high)) in enumerate(rows):
        centre = plot_top - ROW * n - ROW / 2
        title = f"{article_name(article, lang)} {policy.article(article).title.get(lang)}"
        drawing.add(
            String(
                label_width,
                centre - 3,
                fit(title, LABEL_SIZE, label_width),
                fontName=font,
                fontSize=LABEL_SIZE,
                fillColor=INK,
                textAnchor="end",
            )
        )
        low_w, high_w = float(low) * scale, float(high) * scale
        if high_w > low_w:
            drawing.add(Rect(plot_x, centre - BAR / 2, high_w, BAR, fillColor=BAR_HIGH, strokeColor=None))
        if low_w > 0:
            drawing.add(Rect(plot_x, centre - BAR / 2, low_w, BAR, fillColor=BAR_LOW, strokeColor=None))
        drawing.add(
            String(
                plot_x + max(high_w, low_w) + 4,
                centre - 3,
                range_label(low, high),
                fontName=font,
                fontSize=LABEL_SIZE,
                fillColor=INK,
            )
        )
    return drawing
