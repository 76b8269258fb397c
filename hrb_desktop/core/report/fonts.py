"""The bundled CJK TrueType font, registered with reportlab once per process.

reportlab embeds a registered ``TTFont`` as subsets (FontFile2) with a
ToUnicode map, so the PDF shows the same glyphs everywhere and its text can
be searched and copied. The standard CID fonts (STSong-Light) are never used:
they are not embedded and print differently on every viewer.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from hrb_desktop.core.font_coverage import missing_glyphs
from hrb_desktop.core.report import kinsoku
from hrb_desktop.resources import font_file

FONT = "WQYMicroHei"

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the bundled font (idempotent, thread-safe) and return its name."""
    global _registered
    with _lock:
        if not _registered:
            path = font_file()
            try:
                font = TTFont(FONT, str(path), subfontIndex=0)
            except Exception as exc:  # reportlab raises bare TTFError/OSError variants
                raise FontUnavailable(f"cannot read the bundled font {path}: {exc}") from exc
            pdfmetrics.registerFont(font)
            # A family whose every face is the one font, so no markup can ever
            # fall back to a base-14 font without the Chinese glyphs.
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
            _registered = True
            kinsoku.install()
    return FONT


def string_width(text: str, size: float) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, FONT, size))


__all__ = ["FONT", "FontUnavailable", "missing_glyphs", "register_fonts", "string_width"]


class FontUnavailable(RuntimeError):
    """The bundled font file is missing or damaged (a broken installation)."""
