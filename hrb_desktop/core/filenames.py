"""File names made from what a user typed (an enterprise's name), valid on Windows and elsewhere (no Qt).

``safe_file_stem(name, fallback)`` turns any text into a stem to which the caller adds its own
suffix and extension (``f"{stem}-自评估报告.pdf"``). Microsoft's rules ("Naming Files, Paths,
and Namespaces") and what the result does about each:

* ``< > : " / \\ | ?  *`` and the characters 0–31 are not allowed → each becomes ``_``; so do
  the other control characters (DEL, C1), unpaired surrogates (not encodable in UTF-8, invalid
  UTF-16) and the bidirectional overrides and isolates, which can make ``report‮fdp.exe`` read
  as a PDF;
* CON, PRN, AUX, NUL, COM0–COM9, COM¹–COM³, LPT0–LPT9, LPT¹–LPT³ (and the consoles CONIN$ and
  CONOUT$) name devices, in any case and also with an extension (``nul.hrba`` is NUL) → ``CON_``;
* a name must not end in a space or a period → they are removed, as is whitespace at either end
  (invisible in a dialog);
* a name is at most 255 UTF-16 units (NTFS) or 255 bytes (ext4, exFAT's UTF-8 tools), and a
  path at most 260 characters unless long paths are enabled → the stem is cut to ``max_chars``
  (80) characters and ``max_bytes`` (200) UTF-8 bytes, leaving 55 bytes for the caller's suffix
  and extension; with ``C:\\Users\\<name>\\Documents\\`` in front a path stays near 150 characters.
  The cut falls between characters, never inside one, and not between a letter and its accent;
* nothing left → ``fallback`` (made safe the same way).
"""

from __future__ import annotations

import re
import unicodedata

FORBIDDEN = frozenset('<>:"/\\|?*')
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SUPERSCRIPT_DIGITS = ("\u00b9", "\u00b2", "\u00b3")  # ¹ ² ³: Windows reads COM¹ as a port too
RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{n}" for device in ("COM", "LPT") for n in [*"0123456789", *_SUPERSCRIPT_DIGITS]]
)
MAX_CHARS = 80
MAX_BYTES = 200
REPLACEMENT = "_"

_LEADING = re.compile(r"^\s+")
_TRAILING = re.compile(r"[\s.]+$")


def _allowed(ch: str) -> bool:
    if ch in FORBIDDEN or ch in BIDI_CONTROLS:
        return False
    return unicodedata.category(ch) not in ("Cc", "Cs")  # controls 0-31, DEL, C1; lone surrogates


def _trim(text: str) -> str:
    return _TRAILING.sub("", _LEADING.sub("", text))


def is_reserved(name: str) -> bool:
    """Whether Windows takes ``name`` (with any extension) for a device."""
    base = name.split(".", 1)[0].rstrip(" ")
    return base.upper() in RESERVED


def _joins_previous(ch: str) -> bool:
    """Accents, variation selectors and the zero-width joiner belong to the character before."""
    return ch == "\u200d" or unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _cut(text: str, max_chars: int, max_bytes: int) -> str:
    end, size = 0, 0
    for ch in text[:max_chars]:
        size += len(ch.encode("utf-8"))
        if size > max_bytes:
            break
        end += 1
    while 0 < end < len(text) and _joins_previous(text[end]):
        end -= 1
    return text[:end]


def safe_file_stem(
    name: str, fallback: str, *, max_chars: int = MAX_CHARS, max_bytes: int = MAX_BYTES
) -> str:
    """``name`` as a file-name stem that Windows, macOS and Linux accept (see the module's rules)."""
    if max_chars < 16 or max_bytes < 64:
        raise ValueError("a stem needs room for at least 16 characters and 64 bytes")
    stem = _trim("".join(ch if _allowed(ch) else REPLACEMENT for ch in name))
    stem = _TRAILING.sub("", _cut(stem, max_chars, max_bytes))
    if is_reserved(stem):  # checked after the cut, which may have left only "CON" of "CON   …x"
        head, dot, tail = stem.partition(".")
        # The mark stays within the limits: "." is followed by at least one kept character.
        stem = _TRAILING.sub("", _cut(head + REPLACEMENT + dot + tail, max_chars, max_bytes))
    if stem:
        return stem
    return (
        safe_file_stem(fallback, REPLACEMENT, max_chars=max_chars, max_bytes=max_bytes)
        if fallback
        else REPLACEMENT
    )
