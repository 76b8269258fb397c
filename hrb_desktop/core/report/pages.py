"""Running header and footer with "第 x 页 / 共 y 页", drawn once the page count is known.

The canvas keeps every finished page's state instead of emitting it; at
``save`` it knows the total, stamps header and footer on each page and only
then writes them (the usual two-pass page count for reportlab).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from hrb_desktop.core.font_coverage import printable
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.report.fonts import string_width
from hrb_desktop.core.report.strings import label
from hrb_desktop.core.report.styles import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    NAVY,
    PAGE_WIDTH,
    RULE,
)
from hrb_desktop.core.report.when import pdf_date

HEADER_SIZE = 8.0
FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class PageDecor:
    """What every page shows around the text; plain strings, drawn without markup."""

    font: str
    lang: Lang
    left_header: str  # report title and applicant
    right_header: str  # policy document number
    footer_left: str  # input fingerprint and program version
    footer_right: str  # "an estimate, not an approval"


def fit(text: str, font_size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` points (a character the
    font lacks shown as "[U+2A6A5]"). Linear: the font's widths simply add up, so the
    longest prefix that fits is found in one pass (a 900-character header took seconds
    when it was measured again after each character dropped)."""
    text = printable(text)
    if string_width(text, font_size) <= width:
        return text
    room = width - string_width("…", font_size)
    used = 0.0
    end = 0
    for end, ch in enumerate(text):  # noqa: B007 - ``end`` is the length that fits
        used += string_width(ch, font_size)
        if used > room:
            break
    return text[:end].rstrip() + "…"


class DecoratedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
    """A canvas that defers page output until the total page count is known."""

    def __init__(self, *args: Any, decor: PageDecor, made_on: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        # Invariant mode (identical bytes for identical input) would date the file 2000-01-01:
        # CreationDate and ModDate say the day the report was made instead.
        stamp = pdf_date(made_on)
        self.setDateFormatter(lambda *_ymdhms: stamp)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _decorate(self, page: int, pages: int) -> None:
        d = self._decor
        self.saveState()
        top = self._pagesize[1] - MARGIN_TOP + 14
        right = PAGE_WIDTH - MARGIN_X
        usable = PAGE_WIDTH - 2 * MARGIN_X

        self.setFont(d.font, HEADER_SIZE)
        self.setFillColor(NAVY)
        right_header = fit(d.right_header, HEADER_SIZE, usable * 0.45)
        self.drawRightString(right, top, right_header)
        room = usable - string_width(right_header, HEADER_SIZE) - 16
        self.drawString(MARGIN_X, top, fit(d.left_header, HEADER_SIZE, room))
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN_X, top - 4, right, top - 4)

        bottom = MARGIN_BOTTOM - 14
        self.line(MARGIN_X, bottom + 10, right, bottom + 10)
        self.setFont(d.font, FOOTER_SIZE)
        self.setFillColor(GREY)
        page_text = label("page", d.lang, page=page, pages=pages)
        self.drawCentredString(PAGE_WIDTH / 2, bottom, page_text)
        side = (usable - string_width(page_text, FOOTER_SIZE)) / 2 - 10
        self.drawString(MARGIN_X, bottom, fit(d.footer_left, FOOTER_SIZE, side))
        self.drawRightString(right, bottom, fit(d.footer_right, FOOTER_SIZE, side))
        self.restoreState()
