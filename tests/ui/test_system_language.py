"""The wizard starts in the language the CLI would print: one rule (hrb_desktop.core.system_lang)."""

from __future__ import annotations

import pytest

from hrb_desktop.ui import i18n
from hrb_desktop.ui.app import choose_language
from tests.core.test_system_lang import fake_windows


class _NothingStored:
    def stored_language(self) -> None:
        return None


@pytest.mark.parametrize(
    ("langid", "expected"), [(0x0409, "en"), (0x0809, "en"), (0x0804, "zh"), (0x0419, "zh")]
)
def test_the_wizard_follows_the_windows_display_language(
    monkeypatch: pytest.MonkeyPatch, langid: int, expected: str
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8" if expected == "zh" else "zh_CN.UTF-8")  # not what decides
    fake_windows(monkeypatch, langid)
    assert i18n.system_language() == expected
    assert choose_language(None, _NothingStored()) == expected
    assert choose_language("zh", _NothingStored()) == "zh"  # --lang still wins
