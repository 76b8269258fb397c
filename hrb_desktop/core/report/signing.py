"""The sign-off block at the end of the report: who filled it in, a telephone and a date,
each on a blank line to be signed and written by hand on the printed copy."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Spacer, TableStyle  # type: ignore[import-untyped]

from hrb_desktop.core.report.fonts import string_width
from hrb_desktop.core.report.strings import label
from hrb_desktop.core.report.styles import FRAME_WIDTH, INK, FontTable, Styles, para

LABEL_SIZE = 9.5
LINE_HEIGHT = 26  # room to write above each line by hand
GAP = 18  # between the first line and the second label


def signing_block(st: Styles) -> list[Any]:
    lang = st.lang
    colon = "：" if lang == "zh" else ":"
    person, phone, day = (label(k, lang) + colon for k in ("sign.person", "sign.phone", "sign.date"))
    left = max(string_width(person, LABEL_SIZE), string_width(day, LABEL_SIZE)) + 8
    right = string_width(phone, LABEL_SIZE) + 8
    blank = (FRAME_WIDTH - left - right - GAP) / 2
    rows = [[person, "", "", phone, ""], [day, "", "", "", ""]]
    table = FontTable(rows, colWidths=[left, blank, GAP, right, blank], rowHeights=[LINE_HEIGHT, LINE_HEIGHT])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("FONTSIZE", (0, 0), (-1, -1), LABEL_SIZE),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                # the lines to write on (column 2 is the gap before the telephone's label)
                ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                ("LINEBELOW", (4, 0), (4, 0), 0.6, INK),
                ("LINEBELOW", (1, 1), (1, 1), 0.6, INK),
            ]
        )
    )
    return [
        Spacer(1, 14),
        para(label("sign.title", lang), st.h2),
        para(label("sign.note", lang), st.small),
        table,
    ]


__all__ = ["signing_block"]
