"""The Windows installer's files: the project's own Chinese translation of Inno Setup's
Default.isl is complete and well-formed, and hrb_desktop.iss uses it.

No Inno Setup or Wine needed: the keys of Default.isl (Inno Setup 6.4.1) are recorded in
default_isl_keys.txt. packaging/windows/wine_check.sh compiles the installer for real and
compares the translation with the compiler's own Default.isl.
"""

from __future__ import annotations

import re
import runpy
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from ..ui.cjk import CJK_RE

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ZH_ISL = WINDOWS / "ChineseSimplified.isl"
ISS = WINDOWS / "hrb_desktop.iss"
KEY_LIST = Path(__file__).with_name("default_isl_keys.txt")


# packaging/windows/isl_messages.py is a script, not a package module.
isl = SimpleNamespace(**runpy.run_path(str(WINDOWS / "isl_messages.py")))
VERSION, REFERENCE = isl.parse_key_list(KEY_LIST.read_text(encoding="utf-8"))
ZH = isl.read_isl(ZH_ISL)


def test_the_recorded_key_list_is_the_whole_of_default_isl_6_4_1() -> None:
    # Counted by hand in Inno Setup 6.4.1's Default.isl: 266 [Messages], 12 [CustomMessages].
    assert VERSION == "6.4.1"
    assert (len(REFERENCE["Messages"]), len(REFERENCE["CustomMessages"])) == (266, 12)
    assert REFERENCE["Messages"]["SetupWindowTitle"] == "%1"
    assert REFERENCE["Messages"]["ButtonNext"] == "&"
    assert REFERENCE["Messages"]["WelcomeLabel2"] == "[name/ver]"
    assert REFERENCE["CustomMessages"]["AssocFileExtension"] == "%1 %2 &"


def test_chinese_isl_is_utf8_with_bom_and_has_exactly_the_three_sections() -> None:
    raw = ZH_ISL.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads an .isl without BOM as ANSI"
    raw.decode("utf-8")
    assert set(ZH) == {"LangOptions", "Messages", "CustomMessages"}


def test_lang_options_name_simplified_chinese() -> None:
    assert ZH["LangOptions"] == {"LanguageName": "简体中文", "LanguageID": "$0804", "LanguageCodePage": "936"}


def test_header_says_whose_translation_of_which_default_isl() -> None:
    header = ZH_ISL.read_text(encoding="utf-8-sig").split("[LangOptions]")[0]
    assert "hrb-desktop's own translation" in header
    assert f"Default.isl, version {VERSION}" in header


def test_every_message_of_default_isl_is_there_with_its_placeholders_and_access_key() -> None:
    assert isl.compare(REFERENCE, ZH) == []


def test_messages_are_chinese_not_left_in_english() -> None:
    untranslated = []
    for section in isl.MESSAGE_SECTIONS:
        for key, value in ZH[section].items():
            words = re.sub(r"%[1-9n]|\[[a-z/]+\]|\b[KMG]B\b|Windows|Service Pack|Power Users|UNC|INI|"
                           r"DLL/OCX|RegSvr32|RestartReplace|C:\\APP|\\\\server\\share", "", value)
            if re.search(r"[A-Za-z]{2,}", words) or (value and not CJK_RE.search(value) and words.strip(" %()（），")):
                untranslated.append(f"{key}={value}")
    assert untranslated == []


def test_access_keys_are_written_the_chinese_windows_way() -> None:
    # 下一步(&N): one ASCII letter in brackets, after the text, as Chinese Windows writes it.
    wrong = [f"{key}={value}" for section in isl.MESSAGE_SECTIONS for key, value in ZH[section].items()
             if "&" in value and not re.fullmatch(r"[^&]*\(&[A-Z]\)[^&]*", value)]
    assert wrong == []


def test_empty_messages_are_only_those_empty_in_default_isl() -> None:
    empty = {key for key, value in ZH["Messages"].items() if value == ""}
    assert empty == {"HelpTextNote", "AboutSetupNote", "TranslatorNote", "BeveledLabel"}
    assert all(REFERENCE["Messages"][key] == "(empty)" for key in empty)


def _iss_text() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def test_iss_uses_the_repository_translation_and_nothing_to_download() -> None:
    text = _iss_text()
    assert re.search(r'^Name: "zh_CN"; MessagesFile: "ChineseSimplified\.isl"\s*$', text, re.M)
    assert re.search(r'^Name: "en"; MessagesFile: "compiler:Default\.isl"\s*$', text, re.M)
    assert "#error ChineseSimplified" not in text
    assert "unofficial" not in text.lower() and "jrsoftware.org/files/istrans" not in text


def test_every_custom_message_the_iss_uses_exists_in_both_languages() -> None:
    text = _iss_text()
    used = set(re.findall(r"\{cm:(\w+)", text))
    assert {"ShortcutName", "AssocDescription", "CreateDesktopIcon", "LaunchProgram"} <= used
    in_iss = set(re.findall(r"^(zh_CN|en)\.(\w+)=", text, re.M))
    for name in used:
        if name in ZH["CustomMessages"]:  # Inno's own: English from Default.isl, Chinese from ours
            assert name in REFERENCE["CustomMessages"]
        else:
            assert {("zh_CN", name), ("en", name)} <= in_iss, name


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_wine_check_script_is_valid_bash_and_executable() -> None:
    script = WINDOWS / "wine_check.sh"
    assert script.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(script)], check=True)


# -- the checker itself must catch what it is for ----------------------------------------


def _isl(body: str) -> str:
    return "\ufeff[LangOptions]\nLanguageName=x\n[Messages]\n" + body


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("[Messages]\nButtonOK=确定\n", "no UTF-8 byte order mark"),
        ("\ufeffButtonOK=确定\n", "text before the first [section]"),
        (_isl("ButtonOK 确定\n"), "not a key=value line"),
        (_isl("ButtonOK=确定\nButtonOK=好\n"), "ButtonOK is given twice"),
        (_isl("ButtonOK=确定\n[Messages]\n"), "section [Messages] appears twice"),
    ],
)
def test_parser_refuses_malformed_files(text: str, complaint: str) -> None:
    with pytest.raises(isl.IslError, match=re.escape(complaint)):
        isl.parse_isl(text, "t.isl")


def test_parser_reads_comments_blank_lines_and_empty_values() -> None:
    parsed = isl.parse_isl(_isl("; a comment\n\nHelpTextNote=\nSetupWindowTitle=安装 - %1\n"))
    assert parsed["Messages"] == {"HelpTextNote": "", "SetupWindowTitle": "安装 - %1"}


def test_compare_names_missing_extra_and_changed_messages() -> None:
    reference = {"Messages": {"ButtonNext": "&", "SetupWindowTitle": "%1", "HelpTextNote": "(empty)"},
                 "CustomMessages": {"LaunchProgram": "%1"}}
    translation = isl.parse_isl(_isl(
        "ButtonNext=下一步\nSetupWindowTitle=安装\nHelpTextNote=说明\nButtonNextt=下一步(&N)\n"
        "[CustomMessages]\nLaunchProgram=运行 %1\n"))
    assert isl.compare(reference, translation) == [
        "[Messages] ButtonNextt: not in Default.isl",
        "[Messages] ButtonNext: keeps 'nothing', Default.isl has '&'",
        "[Messages] SetupWindowTitle: keeps 'nothing', Default.isl has '%1'",
        "[Messages] HelpTextNote: keeps 'nothing', Default.isl has '(empty)'",
    ]
    missing = isl.parse_isl(_isl("ButtonNext=下一步(&N)\n"))
    assert "[CustomMessages] LaunchProgram: missing" in isl.compare(reference, missing)


def test_signature_keeps_placeholders_and_access_key_but_not_line_breaks() -> None:
    assert isl.signature("%1 version %2%n%3%n%n%1 home page:%n%4") == "%1 %2 %3 %4"
    assert isl.signature("Select [name] &now, [gb] GB") == "[gb] [name] &"
    assert isl.signature("Tom && Jerry") == ""
    assert isl.signature("") == "(empty)"
