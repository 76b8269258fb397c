"""Same answers as the wizard: a template row, its .hrba and the CLI give identical results."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from hrb_desktop import cli
from hrb_desktop.core.assessment import load_assessment
from hrb_desktop.core.batch.evaluate import evaluator
from hrb_desktop.core.batch.run import Options, open_source, run_batch
from hrb_desktop.core.batch.template import write_template
from hrb_desktop.core.lang import Lang
from tests.core.batch_helpers import EXAMPLES, example, filled_template, policy, row_values


def _cli_json(capsys: pytest.CaptureFixture[str], path: Path, lang: Lang) -> dict[str, object]:
    assert cli.main(["assess", str(path), "--format", "json", "--lang", lang]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _batch_json(hrba: Path, lang: Lang) -> dict[str, object]:
    assessment, answers = load_assessment(hrba, policy(), lang)
    return cli.result_to_json(evaluator(policy())(assessment, answers, lang), lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_example_round_trips_through_the_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Lang
) -> None:
    rows = [row_values(example(path), lang) for path in EXAMPLES]
    filled = filled_template(tmp_path, rows, lang)
    out, hrba_dir = tmp_path / "result.xlsx", tmp_path / "hrba"
    result = run_batch(
        policy(), open_source(filled, lang), out, Options(lang, hrba_dir=hrba_dir, keep_assessments=True)
    )
    assert result.problems == []
    assert [s.row for s in result.summaries] == [3, 4, 5, 6]
    for path, summary, assessment in zip(EXAMPLES, result.summaries, result.assessments, strict=True):
        original = example(path)
        assert assessment == original  # the very same assessment the wizard would load
        expected = _cli_json(capsys, path, lang)
        assert _batch_json(hrba_dir / summary.hrba, lang) == expected
        total = expected["total"]
        assert isinstance(total, dict)
        assert summary.total is not None
        assert [float(summary.total[0]), float(summary.total[1])] == [total["low"], total["high"]]
        items = expected["items"]
        assert isinstance(items, list)
        assert summary.eligible == sum(1 for i in items if i["status"] == "eligible")
        assert summary.judgement == sum(1 for i in items if i["status"] == "judgement")


def test_the_result_workbook_holds_the_cli_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled = filled_template(tmp_path, [row_values(example(p)) for p in EXAMPLES])
    out = tmp_path / "result.xlsx"
    run_batch(policy(), open_source(filled), out, Options("zh"))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["汇总", "明细", "问题"]
    summary = book["汇总"]
    heads = [c.value for c in summary[1]]
    low, high = heads.index("计入合计下限（万元）") + 1, heads.index("计入合计上限（万元）") + 1
    for row, path in enumerate(EXAMPLES, start=2):
        total = _cli_json(capsys, path, "zh")["total"]
        assert isinstance(total, dict)
        assert summary.cell(row, low).value == total["low"]
        assert summary.cell(row, high).value == total["high"]
        assert summary.cell(row, low).number_format == "#,##0.00"
        assert isinstance(summary.cell(row, low).value, float)  # a number, not text
    # Hand-worked for the equipment manufacturer (tests/core/test_cli.py): 1,027.19 to 1,577.19.
    assert summary.cell(2, 2).value == "哈尔滨示例重型装备制造有限公司"
    assert (summary.cell(2, low).value, summary.cell(2, high).value) == (1027.19, 1577.19)
    detail = book["明细"]
    rows = [[c.value for c in row] for row in detail.iter_rows(min_row=2)]
    smart = next(r for r in rows if r[0] == 3 and r[5] == "a9.smart_pilot")
    # Art. 18: the smart pilot shares a project with Art. 1's 640 and is set aside.
    assert smart[3] == "第九条" and smart[6] == "符合条件"
    assert smart[9] == 0 and smart[10] == 0 and "第十八条" in smart[11]
    first = next(r for r in rows if r[0] == 3 and r[5] == "a1.project_investment")
    assert first[7:11] == [640, 640, 640, 640]
    assert book["问题"].max_row == 1  # the header only
    # The detail lists exactly the items the summary counts: 9 eligible, 0 for the department.
    assert [r[6] for r in rows if r[0] == 3] == ["符合条件"] * 9
    assert len([r for r in rows if r[0] == 6]) == 6 + 2


def test_all_items_lists_every_item_of_the_applicant_type(tmp_path: Path) -> None:
    filled = filled_template(tmp_path, [row_values(example(EXAMPLES[0]))])
    result = run_batch(policy(), open_source(filled), None, Options("en", all_items=True))
    statuses = {d.status for d in result.summaries[0].details}
    assert len(result.summaries[0].details) == 66  # the enterprise items of the policy
    assert {"Eligible", "Not eligible", "Non-monetary benefit", "Not answered"} <= statuses


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_csv_template_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Lang) -> None:
    template = tmp_path / "t.csv"
    write_template(template, policy(), lang)
    raw = template.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    header, ids = raw.decode("utf-8-sig").splitlines()[:2]
    ids_list = ids.split(",")
    lines = [header, ids]
    for path in EXAMPLES:
        values = row_values(example(path), lang)
        cells = []
        for column_id in ids_list:
            value = values.get(column_id, "")
            if hasattr(value, "date"):
                value = value.date().isoformat()
            text = str(value)
            cells.append(f'"{text}"' if "," in text else text)
        lines.append(",".join(cells))
    template.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    hrba_dir = tmp_path / "hrba"
    result = run_batch(policy(), open_source(template, lang), tmp_path / "r.xlsx", Options(lang, hrba_dir=hrba_dir))
    assert result.problems == []
    for path, summary in zip(EXAMPLES, result.summaries, strict=True):
        assert _batch_json(hrba_dir / summary.hrba, lang) == _cli_json(capsys, path, lang)


def test_a_folder_of_assessment_files_gives_the_cli_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in EXAMPLES:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "notes.txt").write_text("not an assessment", encoding="utf-8")
    result = run_batch(policy(), open_source(folder), tmp_path / "r.xlsx", Options("en", keep_assessments=True))
    assert [s.source for s in result.summaries] == [p.name for p in EXAMPLES]
    for path, summary in zip(EXAMPLES, result.summaries, strict=True):
        total = _cli_json(capsys, path, "en")["total"]
        assert isinstance(total, dict) and summary.total is not None
        assert [float(x) for x in summary.total] == [total["low"], total["high"]]
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["Summary", "Detail", "Problems"]
    assert book["Summary"].cell(1, 1).value == "File"
