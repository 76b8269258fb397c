"""Which characters the bundled PDF font can print, and what the report prints instead.

The font (WenQuanYi Micro Hei) lacks emoji, CJK Extension B (𠀀, 𪚥) and some of Extension A
(䶮): reportlab would print them as blanks, without a word. Text from a user or a file is
therefore checked here, and each missing character is printed as ``[U+2A6A5]`` and named in
a warning, in the wizard (beside the field) and in the CLI.

The font's character map is read straight from its ``cmap`` table (a few kB of a 4.6 MB
file), without reportlab, so the wizard can ask as the user types at no start-up cost.
"""

from __future__ import annotations

import struct
import threading
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from hrb_desktop.core.lang import Lang
from hrb_desktop.resources import font_file

if TYPE_CHECKING:
    from hrb_desktop.core.assessment import Assessment

_lock = threading.Lock()
_covered: frozenset[int] | None = None

# Characters that are meant to print as nothing (joiners, variation selectors, a soft hyphen,
# a byte-order mark): dropped quietly rather than reported.
_INVISIBLE = frozenset(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]
)


class FontFileError(RuntimeError):
    """The bundled font cannot be read (a broken installation)."""


def covered_codepoints() -> frozenset[int]:
    """Every code point the bundled font maps to a glyph (read once per process)."""
    global _covered
    with _lock:
        if _covered is None:
            _covered = read_cmap(font_file())
        return _covered


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` the bundled font cannot print, each once, in order."""
    covered = covered_codepoints()
    return list(
        dict.fromkeys(
            ch for ch in text if ord(ch) not in covered and not ch.isspace() and ord(ch) not in _INVISIBLE
        )
    )


def printable(text: str) -> str:
    """``text`` as the PDF can print it: a character the font lacks becomes "[U+2A6A5]"."""
    covered = covered_codepoints()
    if all(ord(ch) in covered for ch in text):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if code in covered or ch.isspace():
            out.append(ch)
        elif code not in _INVISIBLE:
            out.append(placeholder(ch))
    return "".join(out)


def placeholder(ch: str) -> str:
    return f"[U+{ord(ch):04X}]"


def describe(chars: list[str], lang: Lang = "zh", limit: int = 8) -> str:
    """Characters for a message: “😀”（U+1F600）、“𪚥”（U+2A6A5）; at most ``limit`` of them."""
    shown = []
    for ch in chars[:limit]:
        glyph = ch if ch.isprintable() and unicodedata.category(ch) != "Co" else ""
        code = f"U+{ord(ch):04X}"
        if lang == "en":
            shown.append(f"“{glyph}” ({code})" if glyph else code)
        else:
            shown.append(f"“{glyph}”（{code}）" if glyph else code)
    more = len(chars) - limit
    if lang == "en":
        return ", ".join(shown) + (f" and {more} more" if more > 0 else "")
    return "、".join(shown) + (f" 等 {len(chars)} 个" if more > 0 else "")


def unprintable_warnings(assessment: Assessment, lang: Lang = "zh") -> list[str]:
    """One sentence per field of ``assessment`` the report prints that holds characters the
    font lacks: the enterprise's name, contact, district and industry, and project names."""
    from hrb_desktop.core.validation_text import field_label

    fields = [
        ("enterprise.name", assessment.enterprise.name),
        ("enterprise.contact", assessment.enterprise.contact),
        ("enterprise.district", assessment.enterprise.district),
        ("enterprise.industry", assessment.enterprise.industry),
        *((f"projects[{i}].name", p.name) for i, p in enumerate(assessment.projects)),
    ]
    warnings = []
    for path, text in fields:
        chars = missing_glyphs(text)
        if chars:
            warnings.append(unprintable_sentence(field_label(path, lang) or path, chars, lang))
    return warnings


def unprintable_sentence(label: str, chars: list[str], lang: Lang = "zh") -> str:
    """"PDF 的字体无法印出企业（机构）名称中的“𪚥”（U+2A6A5），报告中印为 [U+2A6A5]"."""
    shown = placeholder(chars[0])
    if lang == "en":
        return (
            f"The PDF's font cannot print {describe(chars, 'en')} in the {label};"
            f" the report shows such a character as {shown}"
        )
    return f"PDF 的字体无法印出{label}中的{describe(chars, 'zh')}，报告中印为 {shown} 这样的编号"


def unprintable_note(text: str, lang: Lang = "zh") -> str:
    """For beside a field: which of its characters the PDF cannot print ("" if none)."""
    chars = missing_glyphs(text)
    if not chars:
        return ""
    shown = placeholder(chars[0])
    if lang == "en":
        return f"The PDF's font lacks {describe(chars, 'en')}: the report will show {shown} instead"
    return f"PDF 的字体没有{describe(chars, 'zh')}：报告中将印为 {shown} 这样的编号"


def read_cmap(path: Path) -> frozenset[int]:
    """The code points a TrueType font's best Unicode ``cmap`` subtable maps to a glyph
    other than 0 (format 12 for all planes, else format 4 for the BMP)."""
    try:
        with path.open("rb") as font:
            head = font.read(12)
            tables = struct.unpack(">H", head[4:6])[0]
            directory = font.read(16 * tables)
            records = {
                directory[i : i + 4]: struct.unpack(">II", directory[i + 8 : i + 16])
                for i in range(0, len(directory), 16)
            }
            if b"cmap" not in records:
                raise FontFileError(f"{path}: no cmap table")
            offset, length = records[b"cmap"]
            font.seek(offset)
            cmap = font.read(length)
    except (OSError, struct.error) as exc:
        raise FontFileError(f"cannot read the bundled font {path}: {exc}") from exc
    try:
        return _best_subtable(cmap)
    except (struct.error, IndexError) as exc:
        raise FontFileError(f"{path}: damaged cmap table ({exc})") from exc


def _best_subtable(cmap: bytes) -> frozenset[int]:
    count = struct.unpack(">H", cmap[2:4])[0]
    found: dict[int, int] = {}  # format -> offset of a Unicode subtable of that format
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i])
        if (platform, encoding) in ((3, 10), (3, 1), (0, 3), (0, 4), (0, 6)):
            found.setdefault(struct.unpack(">H", cmap[offset : offset + 2])[0], offset)
    if 12 in found:
        return _format12(cmap, found[12])
    if 4 in found:
        return _format4(cmap, found[4])
    raise FontFileError("no Unicode cmap subtable of format 4 or 12")


def _format12(cmap: bytes, at: int) -> frozenset[int]:
    groups = struct.unpack(">I", cmap[at + 12 : at + 16])[0]
    codes: set[int] = set()
    for g in range(groups):
        start, end, glyph = struct.unpack(">III", cmap[at + 16 + 12 * g : at + 28 + 12 * g])
        codes.update(range(start + (1 if glyph == 0 else 0), end + 1))
    return frozenset(codes)


def _format4(cmap: bytes, at: int) -> frozenset[int]:
    segments = struct.unpack(">H", cmap[at + 6 : at + 8])[0] // 2
    ends = struct.unpack(f">{segments}H", cmap[at + 14 : at + 14 + 2 * segments])
    base = at + 16 + 2 * segments
    starts = struct.unpack(f">{segments}H", cmap[base : base + 2 * segments])
    deltas = struct.unpack(f">{segments}h", cmap[base + 2 * segments : base + 4 * segments])
    range_at = base + 4 * segments
    offsets = struct.unpack(f">{segments}H", cmap[range_at : range_at + 2 * segments])
    codes: set[int] = set()
    for s in range(segments):
        for code in range(starts[s], ends[s] + 1):
            if code == 0xFFFF:
                continue
            if offsets[s] == 0:
                glyph = (code + deltas[s]) & 0xFFFF
            else:
                where = range_at + 2 * s + offsets[s] + 2 * (code - starts[s])
                glyph = struct.unpack(">H", cmap[where : where + 2])[0]
                glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
            if glyph:
                codes.add(code)
    return frozenset(codes)
