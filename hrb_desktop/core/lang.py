"""The two languages of the app (a module of its own so the wizard can import it cheaply)."""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


def text_for(lang: Lang, zh: str, en: str) -> str:
    """The one of a sentence's two versions that ``lang`` reads."""
    return en if lang == "en" else zh
