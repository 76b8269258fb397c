"""Editions through the command line, with no code change: the test edition (its own id, dates,
one amount, the no-double-support article renumbered to 19, an applicant type fewer, a provincial
exclusion more) and a corrected copy of the real edition, imported into an empty data folder."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from hrb_desktop import cli
from hrb_desktop.core.appdata import ENV_VAR

from .editions_helpers import TEST_EDITION, real_with, write

# The test edition: Art. 1 pays 6% (5% in the real one), Art. 19 forbids double support.
PROJECT_FILE: dict[str, Any] = {
    "format": "hrb-assessment",
    "version": 1,
    "policy": "hrb-test-2025",
    "reference_date": "2025-06-30",
    "enterprise": {"name": "测试装备制造有限公司"},
    "answers": {
        "p_manufacturing": True,
        "p_above_scale": True,
        "a1_in_stats": True,
        "a1_investment": "12800",
        "a9_pilot": True,
        "a9_project_investment": "6200",
        "a11_revenue_increase": "4600",
        "a11_new_liquidity_loans": "3000",
        "a11_interest_paid": "118.6",
        "a19_prov_liquidity_interest": True,
    },
    "projects": [{"name": "智能化车间", "items": ["a1.project_investment", "a9.smart_pilot"]}],
}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty app-data folder, as on a help desk's fresh PC."""
    folder = tmp_path / "hrb-desktop-data"
    monkeypatch.setenv(ENV_VAR, str(folder))
    return folder


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _imported(capsys: pytest.CaptureFixture[str], source: Path) -> str:
    code, out, err = _run(capsys, "policy", "import", str(source))
    assert code == 0, err
    return out


def test_the_test_edition_is_assessed_with_its_own_figures_and_article(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    out = _imported(capsys, TEST_EDITION)
    assert out.startswith("已导入：hrb-test-2025  哈政规〔2025〕99号（测试版本）")
    assert (data_dir / "policies" / "edition-hrb-test-2025.yaml").read_bytes() == TEST_EDITION.read_bytes()
    file = write(tmp_path / "a.hrba", json.dumps(PROJECT_FILE, ensure_ascii=False))

    code, out, err = _run(capsys, "assess", str(file), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["policy"] == {
        "id": "hrb-test-2025",
        "model_version": "2025.99-test",
        "doc_number": "哈政规〔2025〕99号（测试版本）",
        "title": "关于加快推动哈尔滨市制造业高质量发展实现工业强市的若干政策措施（测试版本）",
        "no_double_support_article": 19,
    }
    by_id = {i["id"]: i for i in data["items"]}
    # By hand: Art. 1 6% × 12,800 = 768 (the real edition: 5% = 640). Art. 9 up to 30% × 6,200 =
    # 1,860, capped 500: 0..500, same project, the lower, so set aside. Art. 11 50% × 118.6 = 59.3,
    # not counted: the provincial loan-interest subsidy is already received. Total 768.
    assert (by_id["a1.project_investment"]["low"], by_id["a1.project_investment"]["counted_high"]) == (768.0, 768.0)
    assert (by_id["a9.smart_pilot"]["high"], by_id["a9.smart_pilot"]["counted_high"]) == (500.0, 0.0)
    assert (by_id["a11.loan_interest"]["low"], by_id["a11.loan_interest"]["counted_low"]) == (59.3, 0.0)
    assert data["total"] == {"low": 768.0, "high": 768.0}
    assert data["warnings"] == []  # 2025-06-30 is inside 2025-01-01..2025-12-31
    assert by_id["a9.smart_pilot"]["art18"].startswith("第十九条：与“第一条 重点项目固定资产投资补助”属同一项目")
    assert by_id["a11.loan_interest"]["art18"].startswith("第十九条：企业已享受省级流动资金贷款贴息")
    assert [d["text"][:14] for d in data["art18"]] == ["第十九条（省市不重复）：已享", "第十九条（从高不重复）：项目"]
    assert "第十八条" not in out

    code, text, _ = _run(capsys, "assess", str(file))
    assert code == 0
    assert "政策版本 hrb-test-2025，模型版本 2025.99-test" in text
    assert "== 第十九条 从高不重复 ==" in text and "合计（估计区间）：768.00万元" in text
    assert "第十八条" not in text

    code, english, _ = _run(capsys, "assess", str(file), "--lang", "en")
    assert "== Art. 19 decisions ==" in english and "Art. 19: same project" in english
    assert "Art. 18" not in english


def test_the_test_edition_in_the_pdf(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    _imported(capsys, TEST_EDITION)
    file = write(tmp_path / "a.hrba", json.dumps(PROJECT_FILE, ensure_ascii=False))
    for lang, rule, old in (("zh", "第十九条", "第十八条"), ("en", "Art. 19", "Art. 18")):
        pdf = tmp_path / f"report-{lang}.pdf"
        code, _, err = _run(capsys, "assess", str(file), "--pdf", str(pdf), "--lang", lang)
        assert code == 0, err
        text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)
        flat = re.sub(r"\s+", "", text)
        assert "768.00" in flat and "哈政规〔2025〕99号（测试版本）" in flat
        assert "hrb-test-2025" in flat and "2025.99-test" in flat  # the edition and its model version
        assert re.sub(r"\s+", "", rule) in flat and re.sub(r"\s+", "", old) not in flat, lang


def test_a_new_provincial_exclusion_and_a_removed_applicant_type(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _imported(capsys, TEST_EDITION)
    smart = {
        **PROJECT_FILE,
        "answers": {"a9_pilot": True, "a9_project_investment": "1000", "a19_prov_smart": True},
        "projects": [],
    }
    code, out, err = _run(capsys, "assess", str(write(tmp_path / "s.hrba", json.dumps(smart))), "--format", "json")
    assert code == 0, err
    pilot = {i["id"]: i for i in json.loads(out)["items"]}["a9.smart_pilot"]
    # 30% × 1,000 = 300: 0..300, not counted (the new exclusion, absent from the real edition)
    assert (pilot["low"], pilot["high"], pilot["counted_high"]) == (0.0, 300.0, 0.0)
    assert pilot["art18"] == "第十九条：企业已享受省级智能制造试点示范奖补，省市两级不重复享受，本项市级奖补不计入合计。"

    body = {**PROJECT_FILE, "enterprise": {"name": "机构", "applicant_type": "tech_transfer"}, "answers": {}, "projects": []}
    code, _, err = _run(capsys, "assess", str(write(tmp_path / "t.hrba", json.dumps(body))))
    assert code == cli.EXIT_INPUT
    assert "本政策版本没有“tech_transfer”（可选：enterprise、cluster_body、association、individual）" in err


def test_policy_list_and_show(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    _imported(capsys, TEST_EDITION)
    code, out, _ = _run(capsys, "policy", "list", "--format", "json")
    assert code == 0
    editions = json.loads(out)["editions"]
    assert [(e["id"], e["source"]) for e in editions] == [("hrb-2021-10", "embedded"), ("hrb-test-2025", "imported")]
    assert editions[1]["path"] == str(data_dir / "policies" / "edition-hrb-test-2025.yaml")
    assert editions[1]["valid_until"] == "2025-12-31"
    code, out, _ = _run(capsys, "policy", "list", "--lang", "en")
    assert "hrb-test-2025  哈政规〔2025〕99号（测试版本）" in out and "in force 1 Jan 2025 to 31 Dec 2025" in out
    code, out, _ = _run(capsys, "policy", "show", "hrb-test-2025")
    assert code == 0 and "第十九条 从高不重复与省市不重复享受" in out and "第十八条 政策宣传解读（测试）" in out
    code, _, err = _run(capsys, "policy", "show", "hrb-none")
    assert code == cli.EXIT_INPUT and "没有政策版本“hrb-none”（已安装：hrb-2021-10, hrb-test-2025）" in err


def test_a_corrected_copy_of_the_real_edition_is_used_for_a_file_that_names_it(tmp_path: Path) -> None:
    """Done-when: a copy with a new id and one changed amount, imported into an empty data folder
    by one process, is used by another process's ``assess`` for a file that names it."""
    copy = write(tmp_path / "hrb-2021-10-fix1.yaml", real_with(policy_id="hrb-2021-10-fix1", award=80))
    env = {**os.environ, ENV_VAR: str(tmp_path / "empty-data"), "HRB_LANG": "zh"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "hrb_desktop", *args], capture_output=True, text=True, env=env, timeout=120
        )

    imported = run("policy", "import", str(copy))
    assert imported.returncode == 0, imported.stderr
    assert "SHA-256" in imported.stdout
    body = {
        "format": "hrb-assessment",
        "version": 1,
        "policy": "hrb-2021-10-fix1",
        "reference_date": "2023-12-31",
        "enterprise": {"name": "新入统企业"},
        "answers": {"p_manufacturing": True, "a2_newly_above_scale": True},
    }
    file = write(tmp_path / "new.hrba", json.dumps(body, ensure_ascii=False))
    done = run("assess", str(file), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    award = {i["id"]: i for i in data["items"]}["a2.new_above_scale"]
    assert (award["low"], award["high"]) == (80.0, 80.0)  # 50 in the embedded edition
    assert data["policy"]["id"] == "hrb-2021-10-fix1" and data["total"] == {"low": 80.0, "high": 80.0}
    # the same file for the embedded edition still gets 50
    file.write_text(json.dumps({**body, "policy": "hrb-2021-10"}), encoding="utf-8")
    assert json.loads(run("assess", str(file), "--format", "json").stdout)["total"] == {"low": 50.0, "high": 50.0}


def test_replacing_the_embedded_edition_needs_replace(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    changed = write(tmp_path / "changed.yaml", real_with(award=80))
    code, out, err = _run(capsys, "policy", "import", str(changed))
    assert code == cli.EXIT_INPUT and out == ""
    assert "本程序内置的政策版本“hrb-2021-10”与该文件内容不同" in err and "--replace" in err
    assert not (data_dir / "policies").exists()
    code, out, _ = _run(capsys, "policy", "import", str(changed), "--replace")
    assert code == 0 and out.startswith("已导入并替代原有版本：hrb-2021-10")
    code, out, _ = _run(capsys, "policy", "list")
    assert "已导入，替代内置版本" in out
    code, out, _ = _run(capsys, "policy", "remove", "hrb-2021-10")
    assert code == 0 and out.startswith("已删除政策版本 hrb-2021-10")
    code, _, err = _run(capsys, "policy", "remove", "hrb-2021-10")
    assert code == cli.EXIT_INPUT and "是程序内置的，不能删除" in err


def test_import_refuses_hostile_files_with_exit_3(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    bomb = write(tmp_path / "bomb.yaml", "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n")
    code, out, err = _run(capsys, "policy", "import", str(bomb), "--lang", "en")
    assert code == cli.EXIT_INPUT and out == "" and "Traceback" not in err
    assert "'bomb.yaml' is not a valid policy data file; nothing was imported" in err and "alias" in err


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["policy", "import"], ["policy", "remove"], ["policy", "list", "x"], ["policy", "show", "--replace"]):
        with pytest.raises(SystemExit) as info:
            cli.main(args)
        assert info.value.code == cli.EXIT_USAGE
        capsys.readouterr()
