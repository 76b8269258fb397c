"""The CLI and the wizard take the system's language from one rule: on Windows its display language."""

from __future__ import annotations

import ctypes
import locale
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from hrb_desktop import cli
from hrb_desktop.core import system_lang
from hrb_desktop.core.system_lang import language_of_langid, language_of_locale_name, system_language


def fake_windows(monkeypatch: pytest.MonkeyPatch, langid: int | Exception) -> list[int]:
    """Windows as the code sees it: sys.platform and ctypes.windll.kernel32.GetUserDefaultUILanguage."""
    calls: list[int] = []

    def get_user_default_ui_language() -> int:
        calls.append(1)
        if isinstance(langid, Exception):
            raise langid
        return langid

    kernel32 = SimpleNamespace(GetUserDefaultUILanguage=get_user_default_ui_language)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    return calls


@pytest.mark.parametrize(
    ("langid", "expected"),
    [
        (0x0804, "zh"),  # zh-CN
        (0x0404, "zh"),  # zh-TW
        (0x0C04, "zh"),  # zh-HK
        (0x0409, "en"),  # en-US
        (0x0809, "en"),  # en-GB
        (0x1009, "en"),  # en-CA
        (0x0419, "zh"),  # ru-RU: a language the app does not have gets the policy's own
        (0x0411, "zh"),  # ja-JP
        (0x0407, "zh"),  # de-DE
    ],
)
def test_windows_display_language_decides(
    monkeypatch: pytest.MonkeyPatch, langid: int, expected: str
) -> None:
    calls = fake_windows(monkeypatch, langid)
    # Git Bash sets LANG=en_US.UTF-8 on every Windows machine: it must not override the display language.
    assert system_language({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}) == expected
    assert calls == [1]


def test_on_windows_the_cli_follows_the_display_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HRB_LANG", raising=False)
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    fake_windows(monkeypatch, 0x0409)
    assert cli.default_lang() == "en"
    fake_windows(monkeypatch, 0x0804)
    assert cli.default_lang() == "zh"
    monkeypatch.setenv("HRB_LANG", "en")  # scripts can still choose
    assert cli.default_lang() == "en"


def test_without_the_windows_api_the_locale_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_windows(monkeypatch, OSError("no kernel32"))
    assert system_language({"LANG": "en_US.UTF-8"}) == "en"
    monkeypatch.delattr(ctypes, "windll")
    assert system_language({"LANG": "en_US.UTF-8"}) == "en"
    assert system_language({"LANG": "zh_CN.UTF-8"}) == "zh"


def test_the_windows_api_is_not_asked_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_windows(monkeypatch, 0x0409)
    monkeypatch.setattr(sys, "platform", "linux")
    assert system_language({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert calls == []


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh"),  # messages before LANG
        (
            {"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"},
            "en",
        ),  # LC_ALL first
        ({"LC_ALL": "", "LANG": "en_US.UTF-8"}, "en"),  # set but empty counts as unset
        ({"LANG": "C"}, "zh"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LANG": "POSIX"}, "zh"),
        ({"LANG": "fr_FR.UTF-8"}, "zh"),
    ],
)
def test_elsewhere_the_locale_variables_decide(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], expected: str
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert system_language(environ) == expected


def test_with_no_variable_the_process_locale_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(locale, "setlocale", lambda category, value=None: "en_US.UTF-8")
    assert system_language({}) == "en"
    monkeypatch.setattr(locale, "setlocale", lambda category, value=None: "C")
    assert system_language({}) == "zh"


def test_the_c_locale_python_coerces_to_is_chinese_not_english() -> None:
    """With no LANG at all (a CI job, a service), Python runs in C.UTF-8, which
    ``locale.getlocale()`` reports as en_US: the rule says Chinese for the C locale."""
    code = "from hrb_desktop.core.system_lang import system_language; print(system_language())"
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LC_CTYPE")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.stdout.strip() == "zh", proc.stderr


def test_names_and_ids() -> None:
    assert language_of_locale_name("English_United States") == "en"  # Windows' own locale names
    assert language_of_locale_name("Chinese (Simplified)_China") == "zh"
    assert language_of_locale_name("EN") == "en"
    assert language_of_locale_name("el_GR") == "zh"
    assert language_of_locale_name(None) == "zh"
    assert language_of_langid(0x0009) == "en"
    assert language_of_langid(0x0004) == "zh"
    assert system_lang.LANG_ENGLISH == 0x09
