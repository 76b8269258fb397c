"""The bundled CJK font registers offscreen and really has Chinese glyphs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont

from hrb_desktop.ui import fonts

WORDS = "哈尔滨市工业和信息化局〔2021〕10号：万元奖励"


@pytest.fixture
def app_font(qapp):
    """Restore the application font (and the family registry) after a test."""
    original = QFont(qapp.font())
    yield qapp
    qapp.setFont(original)


def latin_only_family() -> str:
    for family in QFontDatabase.families():
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid() and raw.supportsCharacter(ord("A")) and not raw.supportsCharacter(ord("哈")):
            return family
    pytest.skip("no Latin-only font installed to compare against")


def test_bundled_font_registers_and_has_chinese_glyphs(qapp) -> None:
    family = fonts.register_bundled_font()
    assert family == "WenQuanYi Micro Hei"
    assert family in QFontDatabase.families()
    assert fonts.register_bundled_font() == family  # idempotent
    font = QFont(family, 12)
    assert QFontMetrics(font).inFontUcs4(ord("哈"))
    raw = QRawFont.fromFont(font)
    assert raw.familyName() == family
    assert all(raw.supportsCharacter(ord(ch)) for ch in WORDS)
    # Real glyphs, not the .notdef box (glyph 0) that shows as tofu.
    assert 0 not in raw.glyphIndexesForString("哈政规万元")


def test_covers_tells_cjk_fonts_from_latin_ones(qapp) -> None:
    assert fonts.covers(QFont(fonts.register_bundled_font()))
    assert not fonts.covers(QFont(latin_only_family()))


def test_apply_app_font_on_linux_uses_the_bundled_font(app_font) -> None:
    size = app_font.font().pointSizeF()
    family = fonts.apply_app_font(app_font, platform="linux")
    assert family == fonts.register_bundled_font()
    assert app_font.font().family() == family
    assert app_font.font().pointSizeF() == size
    assert fonts.covers(app_font.font(), WORDS)
    assert 0 not in QRawFont.fromFont(app_font.font()).glyphIndexesForString("哈尔滨")


def test_windows_without_yahei_falls_back_to_bundled(app_font) -> None:
    if "Microsoft YaHei" in QFontDatabase.families():
        pytest.skip("Microsoft YaHei is installed here")
    assert fonts.system_cjk_family("win32") is None
    assert fonts.apply_app_font(app_font, platform="win32") == fonts.register_bundled_font()
    assert fonts.covers(app_font.font())


def test_windows_with_a_cjk_system_font_keeps_the_system_ui_font(
    app_font, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = fonts.register_bundled_font()
    latin = latin_only_family()
    app_font.setFont(QFont(latin, 10))
    # Stand-in for Microsoft YaHei: a CJK family that is installed.
    monkeypatch.setitem(fonts.SYSTEM_CJK_FAMILIES, "win32", ("Missing Font XYZ", bundled))
    assert fonts.system_cjk_family("win32") == bundled
    assert fonts.apply_app_font(app_font, platform="win32") == bundled
    assert app_font.font().families()[0] == latin  # the system UI font stays first
    assert bundled in app_font.font().families()  # Chinese falls back to the CJK font
    assert app_font.font().pointSize() == 10
