"""Chinese line-breaking rules (标点禁则) that reportlab's CJK wrapping lacks.

reportlab keeps 、。） off the start of a line but not ，；：？！” and friends,
and it happily ends a line with an opening “ or 《. ``install`` teaches its
single-run CJK breaker (every paragraph of this report is one run: all text is
escaped, without markup) both rules:

* no line starts with a closing mark such as ，。；：”）;
* no line ends with an opening mark such as “（《.

A break that would violate either moves back by a character or two, which
only ever shortens a line.

The change is process-wide, made once when the font is registered; this
program is reportlab's only user in its process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import textsplit  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import paragraph  # type: ignore[import-untyped]

NO_LINE_START = "，；：？！”’）》〉」』】〕…％·"
NO_LINE_END = "“‘（《〈「『【〔"

Splitter = Callable[..., list[list[Any]]]


def _line_ends(word: str, lines: list[list[Any]]) -> list[int]:
    """Index in ``word`` just after each line (lines are stripped slices of ``word``)."""
    ends = []
    pos = 0
    for _, text in lines:
        while pos < len(word) and not word.startswith(text, pos) and word[pos].isspace():
            pos += 1
        pos += len(text)
        ends.append(pos)
    return ends


def _skip_space(word: str, pos: int) -> int:
    while pos < len(word) and word[pos].isspace():
        pos += 1
    return pos


def _bad_break(word: str, pos: int) -> bool:
    """Would a line starting at ``pos`` break a rule (at either side of the break)?"""
    return word[pos] in NO_LINE_START or word[pos - 1] in NO_LINE_END


def kinsoku_split(original: Splitter) -> Splitter:
    """Wrap reportlab's breaker: move each bad break back until both sides are allowed.

    Moving a break back only shortens a line, so every line still fits.
    """

    def split(
        word: str,
        maxWidths: Any,
        fontName: str,
        fontSize: float,
        encoding: str = "utf8",
    ) -> list[list[Any]]:
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        lines: list[list[Any]] = original(word, widths, fontName, fontSize, encoding)
        done: list[list[Any]] = []
        offset = 0  # where ``lines`` starts in ``word``
        while len(lines) > 1:
            ends = [offset + end for end in _line_ends(word[offset:], lines)]
            for k in range(len(lines) - 1):
                start = _skip_space(word, ends[k - 1] if k else offset)
                brk = _skip_space(word, ends[k])
                if brk >= len(word) or not _bad_break(word, brk):
                    continue
                while brk - 1 > start and _bad_break(word, brk):
                    brk -= 1
                if _bad_break(word, brk):
                    continue  # a line of nothing but punctuation: leave it
                done += lines[:k]
                text = word[start:brk].rstrip()
                width = widths[min(len(done), len(widths) - 1)]
                done.append([width - stringWidth(text, fontName, fontSize), text])
                offset = brk
                rest_widths = widths[len(done) :] or widths[-1:]
                lines = original(word[offset:], rest_widths, fontName, fontSize, encoding)
                break
            else:
                break
        return done + lines

    split.kinsoku = True  # type: ignore[attr-defined]
    return split


_CHAR_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def cached_char_widths(word: str, fontName: str, fontSize: float) -> list[float]:
    """reportlab's ``getCharWidths``, remembering each character's width.

    reportlab measures every character of a CJK paragraph through ``stringWidth``, each
    time it wraps it (a fifth of a report's time); a font's widths never change, so each
    character is measured once per font and size. The same widths, so the same layout.
    """
    table = _CHAR_WIDTHS.setdefault((fontName, fontSize), {})
    widths = []
    for ch in word:
        width = table.get(ch)
        if width is None:
            width = table[ch] = stringWidth(ch, fontName, fontSize)
        widths.append(width)
    return widths


def install() -> None:
    """Idempotent: extend the no-line-start set, wrap the single-run breaker once, and
    let it measure characters from a cache."""
    for module in (textsplit, paragraph):
        missing = "".join(ch for ch in NO_LINE_START if ch not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing
    if not getattr(paragraph.wordSplit, "kinsoku", False):
        paragraph.wordSplit = kinsoku_split(paragraph.wordSplit)
    textsplit.getCharWidths = cached_char_widths  # looked up by textsplit.wordSplit on each call
