"""Importing a policy edition from an untrusted file, and removing it again."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest

from hrb_desktop.core.edition_import import (
    EditionImportError,
    NeedsConfirmation,
    Outcome,
    check_policy_file,
    import_policy,
    remove_policy,
)
from hrb_desktop.core.editions import MAX_POLICY_BYTES, Registry, Source

from .editions_helpers import REAL_TEXT, TEST_EDITION, real_with, write


@pytest.fixture
def reg(tmp_path: Path) -> Registry:
    write(tmp_path / "embedded" / "hrb-2021-10.yaml", REAL_TEXT)
    return Registry(tmp_path / "embedded", tmp_path / "data" / "policies")


def test_a_valid_file_is_stored_unchanged_with_its_fingerprint(reg: Registry) -> None:
    outcome, candidate = import_policy(TEST_EDITION, reg)
    assert outcome == Outcome.installed
    stored = reg.imported_dir / "edition-hrb-test-2025.yaml"
    assert stored.read_bytes() == TEST_EDITION.read_bytes()
    assert candidate.sha256 == hashlib.sha256(TEST_EDITION.read_bytes()).hexdigest()
    listed = reg.get("hrb-test-2025")
    assert listed is not None and listed.source == Source.imported and listed.sha256 == candidate.sha256
    assert reg.load("hrb-test-2025").no_double_support_article == 19
    # the file, and its parsed copy (JSON, for a quick start without a C YAML parser); no temporary left
    assert sorted(p.name for p in reg.imported_dir.iterdir()) == [
        "edition-hrb-test-2025.yaml",
        "edition-hrb-test-2025.yaml.parsed",
    ]
    again, _ = import_policy(TEST_EDITION, reg)
    assert again == Outcome.already_installed


def test_the_parsed_copy_is_used_only_for_the_bytes_it_was_made_from(
    reg: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hrb_desktop.core.editions as editions

    import_policy(TEST_EDITION, reg)
    reads: list[str] = []
    real_read = editions.read_policy_bytes
    monkeypatch.setattr(editions, "read_policy_bytes", lambda raw, name: reads.append(name) or real_read(raw, name))
    reg.refresh()
    assert reg.get("hrb-test-2025") is not None and reads == []  # listed from the copy
    assert reg.load("hrb-test-2025").no_double_support_article == 19
    stored = reg.imported_dir / "edition-hrb-test-2025.yaml"
    stored.write_bytes(stored.read_bytes() + b"\n# edited by hand\n")  # the copy is now stale
    reg.refresh()
    edition = reg.get("hrb-test-2025")
    assert reads == ["edition-hrb-test-2025.yaml"]  # so the file itself was read
    assert edition is not None and edition.sha256 == hashlib.sha256(stored.read_bytes()).hexdigest()


def test_an_invalid_file_is_refused_naming_every_problem(reg: Registry, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.yaml", real_with(policy_id="hrb-bad-1").replace("rate: 5, cap: 2000", "rate: -5, cap: 2000")
                .replace("valid_years: 3", "valid_years: 0"))
    with pytest.raises(EditionImportError) as info:
        import_policy(bad, reg, lang="en")
    assert info.value.summary == "'bad.yaml' is not a valid policy data file; nothing was imported"
    text = "\n".join(info.value.problems)
    assert "amount.percent.rate: Input should be greater than 0" in text
    assert "valid_years: Input should be greater than or equal to 1" in text
    assert not reg.imported_dir.exists()
    with pytest.raises(EditionImportError, match="不是政策数据文件"):
        import_policy(write(tmp_path / "policy.txt", REAL_TEXT), reg)
    with pytest.raises(EditionImportError, match="无法读取文件"):
        import_policy(tmp_path / "missing.yaml", reg)


def test_an_alias_bomb_is_refused_before_it_expands(reg: Registry, tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]  # 10^9 leaves
    bomb = write(tmp_path / "bomb.yaml", "\n".join(lines) + "\n")
    started = time.perf_counter()
    with pytest.raises(EditionImportError) as info:
        import_policy(bomb, reg, lang="en")
    assert time.perf_counter() - started < 5  # refused, not expanded
    assert info.value.problems == ["bomb.yaml: a YAML alias (*a0) is not allowed in a policy file"]


def test_a_huge_file_is_refused_unread(reg: Registry, tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.write(REAL_TEXT.encode("utf-8"))
        handle.write(b"#" * (10_000_000 - handle.tell()) + b"\n")
    assert huge.stat().st_size > MAX_POLICY_BYTES
    with pytest.raises(EditionImportError) as info:
        import_policy(huge, reg, lang="zh")
    assert info.value.problems == ["“huge.yaml”过大，不是政策数据文件（10,000,001 字节，最多 1,000,000 字节）"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.yaml", "a: " + "[" * 5000 + "]" * 5000 + "\n"),
        ("deep-block.yaml", "".join(" " * n + "k:\n" for n in range(60)) + " " * 60 + "k: 1\n"),
        ("deep.json", "[" * 100_000 + "]" * 100_000),
        ("deep-shallow.json", json.dumps({"format": "hrb-policy", "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})),
    ],
)
def test_deep_nesting_is_refused(reg: Registry, tmp_path: Path, name: str, text: str) -> None:
    with pytest.raises(EditionImportError) as info:
        import_policy(write(tmp_path / name, text), reg, lang="en")
    # our own limit, or libyaml's (1000 levels of flow collections), whichever is met first
    assert any(
        "nested too deeply" in p or "maximum nesting depth" in p or "nest deeper than the limit" in p
        for p in info.value.problems
    )


def test_markup_in_a_title_is_just_text(reg: Registry, tmp_path: Path) -> None:
    title = "<b>粗体</b><img src='x'>&amp;"
    marked = write(tmp_path / "marked.yaml", real_with(policy_id="hrb-marked-1", title=f'"{title}"'))
    outcome, candidate = import_policy(marked, reg)
    assert outcome == Outcome.installed
    assert candidate.policy.title.zh == title
    assert reg.get("hrb-marked-1").title.zh == title  # type: ignore[union-attr]


def test_replacing_an_embedded_edition_needs_replace_and_remove_restores_it(reg: Registry, tmp_path: Path) -> None:
    changed = write(tmp_path / "corrected.yaml", real_with(award=80))
    with pytest.raises(NeedsConfirmation) as info:
        import_policy(changed, reg, lang="en")
    assert info.value.summary.startswith("The program's embedded edition 'hrb-2021-10' differs from this file.")
    assert info.value.candidate.needs_confirmation
    assert not reg.imported_dir.exists()  # nothing written without the confirmation
    outcome, candidate = import_policy(changed, reg, replace=True)
    assert outcome == Outcome.replaced
    assert (reg.imported_dir / "hrb-2021-10.replaces-embedded").read_text().strip() == candidate.sha256
    edition = reg.get("hrb-2021-10")
    assert edition is not None and edition.replaces_embedded
    assert reg.load("hrb-2021-10").article(2).items[0].amount.amount == 80  # type: ignore[union-attr]
    # the embedded text again differs from the edition now in use: that too needs a confirmation
    with pytest.raises(NeedsConfirmation):
        import_policy(write(tmp_path / "original.yaml", REAL_TEXT), reg)
    removed = remove_policy("hrb-2021-10", reg)
    assert [p.name for p in removed] == ["edition-hrb-2021-10.yaml"]
    assert sorted(p.name for p in reg.imported_dir.iterdir()) == []  # its parsed copy and note too
    back = reg.get("hrb-2021-10")
    assert back is not None and back.source == Source.embedded
    assert reg.load("hrb-2021-10").article(2).items[0].amount.amount == 50  # type: ignore[union-attr]


def test_replacing_an_imported_edition_also_asks(reg: Registry, tmp_path: Path) -> None:
    import_policy(write(tmp_path / "one.yaml", real_with(policy_id="hrb-2031-1")), reg)
    other = write(tmp_path / "two.json", json.dumps({**_json(real_with(policy_id="hrb-2031-1", award=70))}))
    with pytest.raises(NeedsConfirmation, match="已导入的政策版本“hrb-2031-1”与该文件内容不同"):
        import_policy(other, reg)
    outcome, _ = import_policy(other, reg, replace=True)
    assert outcome == Outcome.replaced
    assert [p.name for p in reg.imported_dir.iterdir()] == ["edition-hrb-2031-1.json"]  # the old form is gone
    assert not (reg.imported_dir / "hrb-2031-1.replaces-embedded").exists()


def test_embedded_and_unknown_editions_cannot_be_removed(reg: Registry) -> None:
    with pytest.raises(EditionImportError, match="是程序内置的，不能删除"):
        remove_policy("hrb-2021-10", reg)
    with pytest.raises(EditionImportError, match="There is no policy edition 'hrb-none'") as info:
        remove_policy("hrb-none", reg, lang="en")
    assert info.value.problems == ["Installed: hrb-2021-10"]


def test_check_writes_nothing(reg: Registry) -> None:
    candidate = check_policy_file(TEST_EDITION, reg)
    assert candidate.policy.id == "hrb-test-2025" and candidate.existing is None
    assert not reg.imported_dir.exists()


def _json(text: str) -> dict[str, object]:
    import yaml

    data = yaml.safe_load(text)
    return json.loads(json.dumps(data, default=str))
