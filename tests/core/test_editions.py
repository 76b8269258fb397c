"""The registry of policy editions: every embedded file, the imported ones, lazy loading, the
edition a new assessment starts with, and the edition an assessment file names."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from hrb_desktop.core.assessment import AssessmentError, parse_assessment
from hrb_desktop.core.editions import Registry, Source, registry
from hrb_desktop.core.policy_loader import PolicyFileError, policy_json_text
from hrb_desktop.resources import policy_dir

from .editions_helpers import REAL_FILE, REAL_TEXT, TEST_EDITION, real_with, write


def _registry(tmp_path: Path) -> Registry:
    return Registry(tmp_path / "embedded", tmp_path / "imported")


def test_the_program_embeds_every_policy_file_and_no_published_text() -> None:
    editions = registry().editions()
    assert [e.id for e in editions] == ["hrb-2021-10"]  # the folder's only data file
    real = editions[0]
    assert real.source == Source.embedded and real.path == REAL_FILE
    assert real.sha256 == hashlib.sha256(REAL_FILE.read_bytes()).hexdigest()
    assert (real.doc_number, real.issuer.zh) == ("哈政规〔2021〕10号", "哈尔滨市人民政府")
    assert (real.effective_from, real.valid_until, real.model_version) == (
        date(2021, 8, 25),
        date(2024, 8, 24),
        "2021.10-1",
    )
    assert (policy_dir() / "source" / "hrb-2021-10-published.txt").is_file()  # there, and not an edition
    assert registry().problems("en") == []


def test_any_file_name_is_an_edition_and_the_json_form_wins(tmp_path: Path) -> None:
    embedded = tmp_path / "embedded"
    write(embedded / "whatever-name.yaml", real_with(policy_id="hrb-other-1"))
    write(embedded / "hrb-2021-10.yaml", REAL_TEXT)
    write(embedded / "hrb-2021-10.json", policy_json_text(REAL_FILE))  # as the frozen app ships it
    write(embedded / "source" / "copy.yaml", REAL_TEXT)  # a sub-folder is never read
    write(embedded / "notes.txt", "not a policy")
    reg = _registry(tmp_path)
    found = {e.id: e for e in reg.editions()}
    assert sorted(found) == ["hrb-2021-10", "hrb-other-1"]
    assert found["hrb-2021-10"].path.name == "hrb-2021-10.json"
    assert reg.load("hrb-2021-10") == registry().load("hrb-2021-10")
    assert reg.problems("en") == []


def test_listing_reads_headers_and_loading_validates(tmp_path: Path) -> None:
    broken = real_with(policy_id="hrb-broken-1").replace("rate: 5, cap: 2000", "rate: -5, cap: 2000")
    write(tmp_path / "embedded" / "broken.yaml", broken)
    reg = _registry(tmp_path)
    assert [e.id for e in reg.editions()] == ["hrb-broken-1"]  # listed: its header is fine
    with pytest.raises(PolicyFileError, match="rate"):
        reg.load("hrb-broken-1")
    with pytest.raises(KeyError):
        reg.load("hrb-none")


def test_loaded_models_are_cached() -> None:
    assert registry().load("hrb-2021-10") is registry().load("hrb-2021-10")


def test_a_new_assessment_gets_the_edition_in_force_else_the_latest(tmp_path: Path) -> None:
    write(tmp_path / "embedded" / "real.yaml", REAL_TEXT)
    write(tmp_path / "imported" / "edition-hrb-test-2025.yaml", TEST_EDITION.read_text(encoding="utf-8"))
    reg = _registry(tmp_path)
    assert [e.id for e in reg.editions()] == ["hrb-2021-10", "hrb-test-2025"]  # oldest first
    assert reg.proposed(date(2022, 6, 30)).id == "hrb-2021-10"
    assert reg.proposed(date(2025, 6, 30)).id == "hrb-test-2025"
    assert reg.proposed(date(2024, 12, 1)).id == "hrb-test-2025"  # in a gap: the latest
    assert reg.proposed(date(2019, 1, 1)).id == "hrb-test-2025"
    assert reg.proposed(date(2026, 11, 30)).id == "hrb-test-2025"


def test_an_unknown_edition_is_named_with_the_installed_ones(tmp_path: Path) -> None:
    text = json.dumps({"format": "hrb-assessment", "version": 1, "policy": "hrb-2030-01"})
    with pytest.raises(AssessmentError) as zh:
        parse_assessment(text, registry().lookup("zh"), "zh")
    assert zh.value.summary == "该评估文件使用的政策版本“hrb-2030-01”未安装在本机"
    assert zh.value.problems[0] == "本机已安装的政策版本："
    assert zh.value.problems[1] == "hrb-2021-10: 哈政规〔2021〕10号《关于加快推动哈尔滨市制造业高质量发展实现工业强市的若干政策措施》（2021年8月25日至2024年8月24日）"
    assert "导入政策文件" in zh.value.problems[-1]
    with pytest.raises(AssessmentError) as en:
        parse_assessment(text, registry().lookup("en"), "en")
    assert en.value.summary == "The file's policy edition “hrb-2030-01” is not installed on this computer"
    assert en.value.problems[1].startswith("hrb-2021-10: 哈政规〔2021〕10号 Measures to Accelerate")
    assert en.value.problems[1].endswith("(25 Aug 2021 to 24 Aug 2024)")


def test_an_imported_copy_of_an_embedded_edition_needs_a_confirmation(tmp_path: Path) -> None:
    write(tmp_path / "embedded" / "real.yaml", REAL_TEXT)
    changed = write(tmp_path / "imported" / "edition-hrb-2021-10.yaml", real_with(award=80))
    reg = _registry(tmp_path)
    assert reg.get("hrb-2021-10").source == Source.embedded  # type: ignore[union-attr]
    assert any("never confirmed to replace it; ignored" in p for p in reg.problems("en"))
    note = tmp_path / "imported" / "hrb-2021-10.replaces-embedded"
    note.write_text("0" * 64, encoding="ascii")  # a confirmation of other content does not count
    reg.refresh()
    assert reg.get("hrb-2021-10").source == Source.embedded  # type: ignore[union-attr]
    note.write_text(hashlib.sha256(changed.read_bytes()).hexdigest() + "\n", encoding="ascii")
    reg.refresh()
    replaced = reg.get("hrb-2021-10")
    assert replaced is not None and replaced.source == Source.imported and replaced.replaces_embedded
    assert reg.embedded("hrb-2021-10").path.name == "real.yaml"  # type: ignore[union-attr]
    award = reg.load("hrb-2021-10").article(2).items[0]
    assert award.id == "a2.new_above_scale" and award.amount.amount == 80  # type: ignore[union-attr]


def test_the_same_edition_imported_again_is_the_embedded_one(tmp_path: Path) -> None:
    write(tmp_path / "embedded" / "real.yaml", REAL_TEXT)
    write(tmp_path / "imported" / "edition-hrb-2021-10.json", policy_json_text(REAL_FILE))
    reg = _registry(tmp_path)
    assert [(e.id, e.source) for e in reg.editions()] == [("hrb-2021-10", Source.embedded)]
    assert reg.problems("zh") == []


def test_unusable_imported_files_are_reported_and_the_rest_works(tmp_path: Path) -> None:
    write(tmp_path / "embedded" / "real.yaml", REAL_TEXT)
    write(tmp_path / "imported" / "edition-junk.yaml", "format: [unclosed")
    write(tmp_path / "imported" / "edition-alias.yaml", "a: &x [1]\nb: *x\n")
    (tmp_path / "imported" / "edition-binary.json").write_bytes(b"\xff\xfe\x00garbage")
    write(tmp_path / "imported" / "other.yaml", "ignored: not named edition-*")
    reg = _registry(tmp_path)
    assert [e.id for e in reg.editions()] == ["hrb-2021-10"]
    problems = reg.problems("en")
    assert len(problems) == 3
    assert any("edition-junk.yaml" in p and "not valid YAML" in p for p in problems)
    assert any("edition-alias.yaml" in p and "alias" in p for p in problems)
    assert any("edition-binary.json" in p and "not UTF-8" in p for p in problems)
    assert "edition-junk.yaml" in reg.problems("zh")[0] or "edition-junk.yaml" in "".join(reg.problems("zh"))


def test_no_edition_installed_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyFileError, match="No policy edition is installed"):
        _registry(tmp_path).proposed(date(2026, 1, 1))
