"""Headless commands: correct output, one clear message and a non-zero exit on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hrb_desktop import cli
from hrb_desktop.resources import examples_dir

EXAMPLE = examples_dir() / "equipment-manufacturer-2023.json"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_assess_json_has_items_total_and_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "assess", str(EXAMPLE), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"items", "total", "warnings", "art18"}
    by_id = {i["id"]: i for i in data["items"]}
    # Hand-worked: Art.1 5% × 12,800 = 640; Art.2 20 + 10 × 2 = 40; Art.6 10% × 1,850.5 = 185.05,
    # first-of-kind several 0..500; Art.9 smart pilot set aside for Art. 18, standard 0..50;
    # Art.11 50% × 118.6 = 59.3, fees 24, lease 2,400 × 3.65% × 30% × 3 = 78.84.
    assert by_id["a1.project_investment"]["low"] == 640.0
    assert by_id["a2.output_growth"]["high"] == 40.0
    assert by_id["a9.smart_pilot"]["counted_high"] == 0.0
    assert by_id["a11.equipment_lease"]["low"] == 78.84
    low = 640 + 40 + 185.05 + 0 + 0 + 59.3 + 24 + 78.84
    high = low + 500 + 50
    assert data["total"] == {"low": round(low, 2), "high": round(high, 2)}
    assert data["warnings"] == []
    for entry in data["items"]:
        assert {"id", "article", "status", "low", "high", "explanation"} <= set(entry)


def test_assess_text_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "assess", str(EXAMPLE))
    assert code == 0
    assert "合计（估计区间）：1,027.19–1,577.19万元" in out
    assert "第十八条（从高不重复）" in out
    code, out, _ = _run(capsys, "assess", str(EXAMPLE), "--lang", "en")
    assert "Total (estimated range): 1,027.19–1,577.19 (10k CNY)" in out


@pytest.mark.parametrize("path", sorted(examples_dir().glob("*.json")), ids=lambda p: p.name)
def test_every_example_assesses(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, err = _run(capsys, "assess", str(path), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["total"]["high"] > 0


def test_expired_reference_date_is_warned(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "assess", str(examples_dir() / "green-manufacturer-2026.json"), "--format", "json"
    )
    assert code == 0
    assert "已于2024年8月24日到期" in json.loads(out)["warnings"][0]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "找不到文件"),
        ("{oops", "不是有效的 JSON"),
        (
            '{"format": "hrb-assessment", "version": 1, "policy": "hrb-2021-10", "answers": {"a1_investment": -1}}',
            "不能为负数",
        ),
        (
            '{"format": "hrb-assessment", "version": 1, "policy": "hrb-2021-10", "answers": {"a1_investment": 1e30}}',
            "超出合理范围",
        ),
        (
            '{"format": "hrb-assessment", "version": 1, "policy": "hrb-2021-10", "answers": {"a1_investment": NaN}}',
            "NaN",
        ),
        (
            '{"format": "hrb-assessment", "version": 1, "policy": "hrb-2021-10", "answers": {"a1_in_stats": 3}}',
            "a1_in_stats",
        ),
        (
            '{"format": "hrb-assessment", "version": 1, "policy": "hrb-2021-10", "enterprise": {"credit_code": "91350100M000100Y44"}}',
            "校验位",
        ),
    ],
)
def test_bad_input_gives_one_message_and_exit_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None, needle: str
) -> None:
    path = tmp_path / "input.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = _run(capsys, "assess", str(path))
    assert code == cli.EXIT_INPUT
    assert needle in err
    assert "Traceback" not in err and out == ""


def test_policy_prints_the_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "policy", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["doc_number"] == "哈政规〔2021〕10号" and len(data["articles"]) == 18
    code, out, _ = _run(capsys, "policy")
    assert "第十八条" in out and "a2.output_growth" in out


def test_policy_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from hrb_desktop.core.editions import registry

    code, out, _ = _run(capsys, "policy", "check", str(registry().get("hrb-2021-10").path))
    assert code == 0 and "OK" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: hrb-policy\nid: X Y\n", encoding="utf-8")
    code, _, err = _run(capsys, "policy", "check", str(bad))
    assert code == cli.EXIT_INPUT
    assert "id:" in err and "articles:" in err and "Traceback" not in err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "schema")
    assert code == 0 and "credit_code" in json.loads(out)["$defs"]["Enterprise"]["properties"]


def test_subprocess_never_prints_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "hrb-assessment", "version": 0}', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "hrb_desktop", "assess", str(bad)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == cli.EXIT_INPUT
    assert "不支持的文件版本" in proc.stderr and "Traceback" not in proc.stderr


def test_pdf_output_errors_exit_4(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = _run(capsys, "assess", str(EXAMPLE), "--pdf", str(tmp_path / "missing" / "out.pdf"))
    assert code == cli.EXIT_OUTPUT
    assert "文件夹不存在" in err and "Traceback" not in err


def test_pdf_is_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    code, _, err = _run(capsys, "assess", str(EXAMPLE), "--pdf", str(target), "--format", "json")
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_template_for_an_unknown_edition_names_the_installed_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "template", "--out", str(tmp_path / "t.xlsx"), "--edition", "hrb-2099-01", "--lang", "en")
    assert code == 3 and "hrb-2099-01" in err and "hrb-2021-10" in err
    assert not (tmp_path / "t.xlsx").exists()


def test_batch_of_a_folder_uses_the_edition_its_files_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from hrb_desktop.core.batch.run import open_source

    folder = tmp_path / "files"
    folder.mkdir()
    for path in examples_dir().glob("*.json"):
        (folder / path.name).write_bytes(path.read_bytes())
    assert open_source(folder, "zh").policy_id == "hrb-2021-10"
    code, out, _ = _run(capsys, "batch", str(folder), "--out", str(tmp_path / "r.xlsx"), "--lang", "en")
    assert code == 0 and "Assessed 4 of 4 enterprises" in out
