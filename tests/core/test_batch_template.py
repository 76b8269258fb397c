"""The template: every field and question of the edition, units, drop-downs, comments, notes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from hrb_desktop import cli
from hrb_desktop.core.batch.columns import Kind, columns_for
from hrb_desktop.core.batch.template import write_template
from hrb_desktop.core.lang import Lang
from tests.core.batch_helpers import policy


@pytest.fixture(scope="module", params=["zh", "en"])
def template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Lang, openpyxl.Workbook]:
    lang: Lang = request.param
    path = tmp_path_factory.mktemp("template") / "t.xlsx"
    write_template(path, policy(), lang)
    return lang, openpyxl.load_workbook(path)


def test_columns_cover_the_profile_and_every_question_in_order(template: tuple[Lang, openpyxl.Workbook]) -> None:
    _, book = template
    ids = [c.value for c in book.worksheets[0][2]]
    assert ids[:9] == [
        "enterprise.name", "enterprise.credit_code", "enterprise.contact", "enterprise.district",
        "enterprise.industry", "enterprise.applicant_type", "reference_date", "areas", "projects",
    ]  # fmt: skip
    assert ids[9:-1] == [q.id for q in policy().questions]
    assert ids[-1] == f"hrb-policy:{policy().id}@{policy().model_version}"


def test_labels_show_their_units(template: tuple[Lang, openpyxl.Workbook]) -> None:
    lang, book = template
    sheet = book.worksheets[0]
    labels = dict(zip([c.value for c in sheet[2]], [c.value for c in sheet[1]], strict=True))
    expected = {
        "zh": {"a1_investment": "项目年度实际固定资产投资额（万元）", "a11_bank_rate": "银行同期贷款利率（%）",
               "a6_first_set_products": "申报的首台（套）产品数量（个）", "a9_recognition_date": "贯标评定通过日期（日期）",
               "p_manufacturing": "是否为制造业企业（是/否）"},
        "en": {"a1_investment": "Actual fixed-asset investment in the project this year (10k CNY)",
               "a11_bank_rate": "Bank lending rate for the same term (%)",
               "a6_first_set_products": "Number of first-of-kind (首台套) products applied for (count)",
               "a9_recognition_date": "Date the standard assessment was passed (date)",
               "p_manufacturing": "Is the enterprise a manufacturer (Yes/No)"},
    }[lang]  # fmt: skip
    for column_id, label in expected.items():
        assert labels[column_id] == label


def test_yes_no_are_drop_downs_counts_whole_numbers_dates_dates(template: tuple[Lang, openpyxl.Workbook]) -> None:
    lang, book = template
    sheet = book.worksheets[0]
    ids = [c.value for c in sheet[2]]
    by_column: dict[str, object] = {}
    for validation in sheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            by_column[ids[cell_range.min_col - 1]] = validation
            assert (cell_range.min_row, cell_range.max_row) == (3, 20002)
    yes_no = by_column["p_manufacturing"]
    assert yes_no.type == "list" and yes_no.formula1 == ('"是,否"' if lang == "zh" else '"Yes,No"')  # type: ignore[attr-defined]
    count = by_column["a6_first_set_products"]
    assert count.type == "whole" and (count.formula1, count.formula2) == ("0", "100")  # type: ignore[attr-defined]
    assert by_column["a9_recognition_date"].type == "date"  # type: ignore[attr-defined]
    assert by_column["a1_investment"].type == "decimal"  # type: ignore[attr-defined]
    assert by_column["enterprise.applicant_type"].type == "list"  # type: ignore[attr-defined]
    for validation in sheet.data_validations.dataValidation:  # Excel splits list items at commas
        if validation.type == "list":
            items = validation.formula1.strip('"').split(",")
            assert len(items) in (2, 5) and all(item.strip() == item and item for item in items)
    kinds = {c.id: c.kind for c in columns_for(policy()).columns}
    assert {k for k, v in kinds.items() if v == Kind.yes_no} <= set(by_column)


def test_help_is_a_comment_and_the_header_is_frozen(template: tuple[Lang, openpyxl.Workbook]) -> None:
    lang, book = template
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "B3"
    question = next(q for q in policy().questions if q.id == "a1_investment")
    column = [c.value for c in sheet[2]].index("a1_investment") + 1
    comment = sheet.cell(1, column).comment
    assert comment is not None and question.help.get(lang) in comment.text
    assert ("第一条" if lang == "zh" else "Art. 1") in comment.text
    assert sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].number_format == "#,##0.00##"


def test_the_notes_sheet_explains_every_column_and_records_the_edition(template: tuple[Lang, openpyxl.Workbook]) -> None:
    lang, book = template
    assert book.sheetnames == (["企业", "说明"] if lang == "zh" else ["Enterprises", "Notes"])
    notes = [[c.value for c in row] for row in book.worksheets[1].iter_rows()]
    flat = [v for row in notes for v in row if v]
    assert policy().id in flat and policy().model_version in flat
    listed = {row[1] for row in notes if row[0] and len(str(row[0])) <= 3 and row[1]}
    assert {c.id for c in columns_for(policy()).columns} <= listed
    assert {item.id for item in policy().items()} <= set(flat)


def test_cli_template_writes_xlsx_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["template", "--out", str(tmp_path / "t.xlsx"), "--lang", "en"]) == 0
    assert "Template written" in capsys.readouterr().out
    assert cli.main(["template", "--out", str(tmp_path / "t.csv")]) == 0
    raw = (tmp_path / "t.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "企业（机构）名称".encode() in raw and b"\r\n" in raw
    assert cli.main(["template", "--out", str(tmp_path / "t.ods")]) == 4
    assert "应以 .xlsx 或 .csv 结尾" in capsys.readouterr().err
    assert cli.main(["template", "--out", str(tmp_path / "missing" / "t.xlsx"), "--lang", "en"]) == 4
    assert "hrb-desktop:" in capsys.readouterr().err


def test_cli_batch_exit_codes(tmp_path: Path) -> None:
    """Run as a user would, in a fresh process: 0, 3 for bad input, 4 for an unwritable output."""
    template = tmp_path / "t.csv"
    write_template(template, policy(), "zh")
    filled = tmp_path / "in.csv"
    filled.write_bytes(template.read_bytes() + "哈尔滨甲公司".encode() + b"\r\n")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {"HRB_LANG": "en", "PATH": ""}
        return subprocess.run(
            [sys.executable, "-m", "hrb_desktop", "batch", *args], capture_output=True, text=True, env=env, timeout=120
        )

    ok = run(str(filled), "--out", str(tmp_path / "r.xlsx"))
    assert ok.returncode == 0, ok.stderr
    assert "Assessed 1 of 1 enterprises" in ok.stdout
    bad = run(str(tmp_path / "nope.xlsx"), "--out", str(tmp_path / "r.xlsx"))
    assert bad.returncode == 3 and "File not found" in bad.stderr and "Traceback" not in bad.stderr
    unwritable = run(str(filled), "--out", str(tmp_path / "missing" / "r.xlsx"))
    assert unwritable.returncode == 4 and "Cannot write to the folder" in unwritable.stderr
