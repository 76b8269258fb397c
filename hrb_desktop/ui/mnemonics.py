"""Alt+letter mnemonics for texts the program does not know in advance.

Question labels and screening areas come from the policy file, and the review page has
one "修改…" button per group: each gets a letter no other control on its page uses, so
that every button and every field label can be reached with Alt (README, "Using the
wizard"). Letters the whole window uses are never handed out: the menus (File, Language,
Help), the wizard's Back, Next, 保存并完成 and 返回核对, and the step list.

In English a letter of the text itself is underlined where one is free (the first letter
of a word first); Chinese texts get the letter in brackets after them, "名称(&M)", as the
fixed texts do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hrb_desktop.core.lang import Lang

# F, L, H: the menus; B, N, V, K: Back, Next, 保存并完成, 返回核对; G: the step list.
RESERVED = frozenset("flhbnvkg")
# What may be handed out, in order: letters, then digits (Alt+1 works as well).
POOL = "acdeijmopqrstuwxyz0123456789"
ELLIPSES = ("…", "...")


def assign(texts: Sequence[str], taken: Iterable[str] = (), lang: Lang = "zh", *, append: bool = False) -> list[str]:
    """``texts`` with a mnemonic each, none of them in ``taken`` (letters already used on
    the page), ``RESERVED`` or another of ``texts``. An "&" in a text is shown as itself.

    ``append``: always add the letter in brackets, also in English (for a row of buttons
    with the same text, where underlining a different letter of each would look random).
    If the pool runs out, a text is left without one (a page never asks for so many).
    """
    used = set(RESERVED) | {letter.lower() for letter in taken}
    out = []
    for text in texts:
        body, ellipsis = _split_ellipsis(text)
        position = None if append or lang != "en" else _free_position(body, used)
        if position is not None:
            used.add(body[position].lower())
            marked = _escape(body[:position]) + "&" + _escape(body[position:])
        else:
            letter = next((c for c in POOL if c not in used), None)
            if letter is None:
                out.append(_escape(text))
                continue
            used.add(letter)
            gap = " " if lang == "en" else ""
            marked = f"{_escape(body)}{gap}(&{letter.upper()})"
        out.append(marked + ellipsis)
    return out


def _free_position(text: str, used: set[str]) -> int | None:
    """Where in ``text`` a free letter is: a word's first letter if possible."""
    starts = [i for i, c in enumerate(text) if c.isascii() and c.isalpha() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, c in enumerate(text) if c.isascii() and c.isalpha() and i not in starts]
    for i in starts + others:
        if text[i].lower() in POOL and text[i].lower() not in used:
            return i
    return None


def _split_ellipsis(text: str) -> tuple[str, str]:
    for ellipsis in ELLIPSES:
        if text.endswith(ellipsis):
            return text[: -len(ellipsis)], ellipsis
    return text, ""


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def letters_in(texts: Iterable[str]) -> set[str]:
    """The mnemonic letters already in ``texts`` (lower case), e.g. of a page's fixed labels."""
    found = set()
    for text in texts:
        plain = text.replace("&&", "")
        index = plain.find("&")
        if 0 <= index < len(plain) - 1:
            found.add(plain[index + 1].lower())
    return found


__all__ = ["POOL", "RESERVED", "assign", "letters_in"]
