"""The translation files: complete, in step with the code, and the compiled .qm in step with the .ts."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from hrb_desktop.resources import translations_dir

from .cjk import CJK_RE

ROOT = Path(__file__).resolve().parents[2]


def _load_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


ut = _load_script()
TS_FILES = sorted(ut.CATALOGUES.values())
EN = ut.CATALOGUES["en"]
ZH = ut.CATALOGUES["zh_CN"]


def test_checkout_finds_the_translations() -> None:
    assert translations_dir() == ROOT / "i18n"
    assert {p.name for p in translations_dir().glob("*.qm")} == {"hrb_desktop_en.qm", "hrb_desktop_zh_CN.qm"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_vanished_obsolete_or_empty_translation(ts: Path) -> None:
    messages = ut.messages(ts)
    assert len(messages) > 200
    assert ut.problems(ts) == []
    assert all(m.kind == "" and m.translation.strip() for m in messages)


def test_both_catalogues_hold_the_same_strings() -> None:
    assert {(m.context, m.source) for m in ut.messages(EN)} == {(m.context, m.source) for m in ut.messages(ZH)}


def test_chinese_is_the_source_and_zh_cn_is_identity() -> None:
    root_zh = ZH.read_text(encoding="utf-8")
    assert 'sourcelanguage="zh_CN"' in root_zh and 'language="zh_CN"' in root_zh
    assert 'language="en"' in EN.read_text(encoding="utf-8")
    assert all(m.translation == m.source for m in ut.messages(ZH))


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def _tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?\w+>", text))


@pytest.mark.parametrize("message", ut.messages(EN), ids=lambda m: f"{m.context}:{m.source[:16]}")
def test_english_translation_is_english_and_keeps_placeholders_tags_and_mnemonic(message) -> None:
    source, english = message.source, message.translation
    assert not CJK_RE.search(english), english
    assert english != source
    assert _fields(english) == _fields(source)
    for tag in set(_tags(source)):  # English may add emphasis (<i> for a title in 《》), never drop markup
        assert _tags(english).count(tag) == _tags(source).count(tag), tag
    assert english.count("\n") == source.count("\n")
    mnemonics = len(re.findall(r"&(?!&)\w", source))
    assert len(re.findall(r"&(?!&)\w", english)) == mnemonics, "one keyboard mnemonic, as in the source"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_qm_is_not_stale(ts: Path, tmp_path: Path) -> None:
    """lrelease the committed .ts again: the committed .qm must be byte for byte the same."""
    fresh = tmp_path / ts.with_suffix(".qm").name
    ut.lrelease(ts, fresh)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} missing: run scripts/update_translations.py"
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale: run scripts/update_translations.py"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_translates_every_message_of_the_ts(ts: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for m in ut.messages(ts):
        assert translator.translate(m.context, m.source) == m.translation, (m.context, m.source)


def test_every_tr_string_in_the_code_is_in_the_ts_files(tmp_path: Path) -> None:
    """Run lupdate over hrb_desktop/ui into copies: nothing new may appear, nothing may vanish."""
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        shutil.copy2(ts, copy)
        ut.lupdate(copy, "en" if ts == EN else "zh_CN")
        before = {(m.context, m.source) for m in ut.messages(ts)}
        after = {(m.context, m.source) for m in ut.messages(copy)}
        assert after - before == set(), f"strings missing from {ts.name}: run scripts/update_translations.py"
        assert before - after == set(), f"strings no longer in the code still in {ts.name}"
        assert [m for m in ut.messages(copy) if m.kind == "unfinished"] == []


def test_update_script_check_mode_reports_nothing() -> None:
    assert ut.check() == []
