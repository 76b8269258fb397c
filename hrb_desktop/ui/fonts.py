"""A font that shows Chinese everywhere, including headless Linux boxes.

The bundled WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttf``) is
registered with Qt and used as the application font, unless the platform's own
UI font already covers Chinese (Windows: Microsoft YaHei; macOS: PingFang SC),
in which case the system font is kept.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from hrb_desktop.resources import font_file

# Characters every label of the wizard needs (policy name, 万元, full-width punctuation).
CJK_SAMPLE = "哈政规〔2021〕10号万元奖励：，。"

# Platform UI fonts that cover simplified Chinese, in order of preference.
SYSTEM_CJK_FAMILIES: dict[str, tuple[str, ...]] = {
    "win32": ("Microsoft YaHei UI", "Microsoft YaHei"),
    "darwin": ("PingFang SC", "Hiragino Sans GB"),
}

_bundled_family: str | None = None


class FontError(RuntimeError):
    """The bundled font is missing or Qt refused it."""


def register_bundled_font() -> str:
    """Register the bundled CJK font with Qt (once) and return its family name.

    Needs a QGuiApplication. Raises FontError if the font cannot be loaded.
    """
    global _bundled_family
    if _bundled_family is not None and _bundled_family in QFontDatabase.families():
        return _bundled_family
    path = font_file()
    if not path.is_file():
        raise FontError(f"bundled font missing: {path}")
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        raise FontError(f"Qt could not load the bundled font {path}")
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise FontError(f"the bundled font {path} declares no family")
    # The upstream collection also has a "Mono" face; should a build ship it, prefer the proportional one.
    proportional = [f for f in families if "mono" not in f.lower()]
    _bundled_family = (proportional or families)[0]
    return _bundled_family


def covers(font: QFont, text: str = CJK_SAMPLE) -> bool:
    """True if the font ``font`` resolves to has, itself, a glyph for every character.

    QRawFont looks at the one resolved font file; QFontMetrics.inFontUcs4 would
    also count glyphs that Qt finds in fallback fonts.
    """
    from PySide6.QtGui import QRawFont  # late: only the Windows/macOS path needs it at start-up

    raw = QRawFont.fromFont(font)
    return raw.isValid() and all(raw.supportsCharacter(ord(ch)) for ch in text if not ch.isspace())


def system_cjk_family(platform: str | None = None) -> str | None:
    """The platform's own Chinese UI font if installed and complete, else None."""
    candidates = SYSTEM_CJK_FAMILIES.get(platform or sys.platform, ())
    if not candidates:
        return None  # listing every installed family costs ~8 ms of start-up
    installed = set(QFontDatabase.families())
    for family in candidates:
        if family in installed and covers(QFont(family)):
            return family
    return None


def apply_app_font(app: QGuiApplication, platform: str | None = None) -> str:
    """Give ``app`` a font that shows Chinese; return the family used.

    Windows/macOS: keep the system UI font when the platform's Chinese UI font
    is installed (Qt falls back to it for CJK glyphs). Otherwise the bundled
    font becomes the application font, keeping the system point size.
    """
    system = system_cjk_family(platform)
    font = QFont(app.font())
    if system is not None:
        if not covers(font):
            font.setFamilies([font.family(), system])
            app.setFont(font)
        return system
    family = register_bundled_font()
    font.setFamilies([family])
    app.setFont(font)
    return family
