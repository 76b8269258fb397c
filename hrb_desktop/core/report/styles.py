"""Page geometry, colours and paragraph styles, and the one way text enters a Paragraph.

Every string that reaches a reportlab ``Paragraph`` goes through ``para``,
which escapes it: reportlab parses Paragraph text as markup, so a company
called ``A&B <Tech>`` would otherwise break the layout or vanish.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from hrb_desktop.core.font_coverage import printable
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.report.fonts import register_fonts

PAGE_WIDTH, PAGE_HEIGHT = (float(v) for v in A4)
MARGIN_X = 18 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#5F6368")
RULE = colors.HexColor("#B8C2CC")
HEAD_BG = colors.HexColor("#E6ECF3")
ZEBRA = colors.HexColor("#F6F8FA")
CLAUSE_BG = colors.HexColor("#F7F5EE")
CLAUSE_RULE = colors.HexColor("#C9BF9F")
WARN_BG = colors.HexColor("#FDECEA")
WARN_RULE = colors.HexColor("#B3261E")
BAR_LOW = colors.HexColor("#2F5D8A")
BAR_HIGH = colors.HexColor("#A9C4DE")
TOTAL_BG = colors.HexColor("#EAF2E3")
TOTAL_RULE = colors.HexColor("#5B8A3C")


def esc(text: str) -> str:
    """Paragraph-safe text: markup characters print as typed, and a character the font
    lacks as "[U+2A6A5]" rather than a silent blank."""
    return escape(printable(text))


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one report language."""

    lang: Lang
    font: str
    title: Any
    subtitle: Any
    h1: Any
    h2: Any
    body: Any
    small: Any
    label: Any
    clause: Any
    clause_cell: Any
    cell: Any
    cell_head: Any
    cell_right: Any
    warning: Any
    total: Any
    bullet: Any
    indented: Any


def make_styles(lang: Lang) -> Styles:
    font = register_fonts()
    # Chinese breaks between any two characters (with the CJK punctuation
    # rules); English breaks at spaces and splits only words too long to fit.
    wrap = None if lang == "en" else "CJK"

    def style(name: str, size: float, leading: float, **kw: Any) -> Any:
        base: dict[str, Any] = {
            "fontName": font,
            "bulletFontName": font,
            "fontSize": size,
            "leading": leading,
            "textColor": INK,
            "wordWrap": wrap,
            "splitLongWords": 1,
            "alignment": TA_LEFT,
        }
        base.update(kw)
        return ParagraphStyle(f"{name}-{lang}", **base)

    return Styles(
        lang=lang,
        font=font,
        title=style("title", 20, 28, textColor=NAVY, alignment=TA_CENTER, spaceAfter=2),
        subtitle=style("subtitle", 10.5, 15, textColor=GREY, alignment=TA_CENTER, spaceAfter=10),
        h1=style(
            "h1",
            12.5,
            17,
            textColor=NAVY,
            backColor=HEAD_BG,
            borderPadding=(4, 6, 4, 6),
            leftIndent=6,
            rightIndent=6,
            spaceBefore=18,
            spaceAfter=10,
            keepWithNext=1,
        ),
        h2=style("h2", 10.5, 15, textColor=NAVY, spaceBefore=0, spaceAfter=2, keepWithNext=1),
        body=style("body", 9.5, 14.5, spaceAfter=3),
        small=style("small", 8, 11.5, textColor=GREY),
        label=style("label", 8.5, 12, textColor=GREY, spaceBefore=3, spaceAfter=1, keepWithNext=1),
        # The verbatim clause is Chinese in both reports, so it always wraps as CJK.
        clause=style("clause", 9, 14, wordWrap="CJK"),
        clause_cell=style("clause_cell", 8.3, 12, wordWrap="CJK"),
        cell=style("cell", 8.8, 12),
        cell_head=style("cell_head", 8.8, 12, textColor=NAVY),
        cell_right=style("cell_right", 8.8, 12, alignment=TA_RIGHT),
        warning=style("warning", 10, 15, textColor=WARN_RULE),
        total=style("total", 12, 17, textColor=INK),
        bullet=style("bullet", 9.5, 14, leftIndent=11, bulletIndent=1, spaceAfter=1.5),
        indented=style("indented", 9.5, 14, leftIndent=11, spaceAfter=1.5),
    )


def para(text: str, style: Any) -> Any:
    """A Paragraph showing ``text`` exactly as given (escaped)."""
    return Paragraph(esc(text), style)


def bullet(text: str, style: Any, mark: str = "•") -> Any:
    """A bulleted paragraph; ``text`` is escaped, the mark is ours."""
    return Paragraph(esc(text), style, bulletText=mark)


class FontTable(Table):  # type: ignore[misc]  # reportlab has no type information
    """A Table whose every cell uses the bundled font.

    reportlab's default cell font is Helvetica, which every table would
    otherwise reference (unembedded) even when all its cells are Paragraphs.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts())]))
