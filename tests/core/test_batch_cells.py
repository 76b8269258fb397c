"""Bad and unusual cells: every refusal names the row and the column by its label, in zh and en."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter

from hrb_desktop.core.batch.errors import BatchInputError
from hrb_desktop.core.batch.run import BatchResult, Options, open_source, run_batch
from hrb_desktop.core.batch.template import write_template
from hrb_desktop.core.lang import Lang
from tests.core.batch_helpers import column_of, filled_template, policy

NAME = "哈尔滨测试机械有限公司"


def _run(tmp_path: Path, rows: list[dict[str, Any]], lang: Lang = "zh") -> BatchResult:
    filled = filled_template(tmp_path, [{"enterprise.name": NAME, **r} for r in rows], lang)
    return run_batch(policy(), open_source(filled, lang), tmp_path / "out.xlsx", Options(lang, keep_assessments=True))


def _answers(result: BatchResult, row: int = 0) -> dict[str, object]:
    assessment = result.assessments[row]
    assert assessment is not None, [p.text("en") for p in result.problems]
    return dict(assessment.answers)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("是", True), ("否", False), ("Y", True), ("n", False), ("Yes", True), ("NO", False), (1, True), (0, False),
     ("1", True), ("0", False), (True, True), (False, False), ("TRUE", True), ("false", False), ("ｙ", True)],
)  # fmt: skip
def test_yes_no_accepts_the_usual_spellings(tmp_path: Path, typed: object, expected: bool) -> None:
    assert _answers(_run(tmp_path, [{"p_manufacturing": typed}]))["p_manufacturing"] is expected


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("zh", "第 3 行，“是否为制造业企业”（J 列）：应为 是/否（也接受 Y/N、1/0、TRUE/FALSE），而不是“也许”"),
     ("en", "Row 3, 'Is the enterprise a manufacturer' (column J): should be Yes/No (Y/N, 1/0 and TRUE/FALSE also work), not '也许'")],
)  # fmt: skip
def test_a_bad_yes_no_names_row_and_column(tmp_path: Path, lang: Lang, needle: str) -> None:
    result = _run(tmp_path, [{"p_manufacturing": "也许"}], lang)
    assert [p.text(lang) for p in result.problems] == [needle]
    assert result.summaries[0].total is None and result.summaries[0].problems == 1


@pytest.mark.parametrize(
    ("typed", "expected"),
    [(datetime(2022, 11, 18), "2022-11-18"), ("2022-11-18", "2022-11-18"), ("2022年11月18日", "2022-11-18"),
     ("2022/11/18", "2022-11-18"), (20221118, "2022-11-18"), (44883, "2022-11-18")],
)  # fmt: skip
def test_dates_as_excel_dates_or_text(tmp_path: Path, typed: object, expected: str) -> None:
    # 44883 is the Excel serial of 2022-11-18 (days since 1899-12-30), typed into a General cell.
    assert _answers(_run(tmp_path, [{"a9_recognition_date": typed}]))["a9_recognition_date"] == expected


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("zh", "日期请按“年-月-日”填写"), ("en", "write the date year first")],
)
def test_a_day_first_date_is_refused(tmp_path: Path, lang: Lang, needle: str) -> None:
    result = _run(tmp_path, [{"a9_recognition_date": "18/11/2022"}], lang)
    assert len(result.problems) == 1 and needle in result.problems[0].message


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("zh", "“项目年度实际固定资产投资额”（M 列）：应为数字（万元），而不是文字“约两千万”"),
     ("en", "(column M): should be a number (10k CNY), not the text '约两千万'")],
)  # fmt: skip
def test_text_in_a_number_cell(tmp_path: Path, lang: Lang, needle: str) -> None:
    result = _run(tmp_path, [{"a1_investment": "约两千万"}], lang)
    assert needle in result.problems[0].text(lang)
    assert result.problems[0].value == "约两千万"


def test_numbers_typed_as_text_and_excel_float_noise_are_read_as_meant(tmp_path: Path) -> None:
    result = _run(
        tmp_path,
        [{"a1_investment": "12,800", "a6_capacity_input": 0.1 + 0.2, "a2_output_increase": "７３００", "a6_first_set_products": 2.0}],
    )
    answers = _answers(result)
    # 0.1 + 0.2 is 0.30000000000000004 as a float; Excel shows (and means) 0.3.
    assert answers["a1_investment"] == "12800"
    assert answers["a6_capacity_input"] == "0.3"
    assert answers["a2_output_increase"] == "7300"
    assert answers["a6_first_set_products"] == "2"


def test_negative_and_fractional_counts_are_refused_with_the_wizards_messages(tmp_path: Path) -> None:
    result = _run(tmp_path, [{"a1_investment": -5, "a6_first_set_products": 1.5}], "en")
    assert sorted(p.message for p in result.problems) == ["Must not be negative", "must be a whole number"]


def test_a_percentage_formatted_cell_is_read_as_the_percentage_shown(tmp_path: Path) -> None:
    filled = filled_template(tmp_path, [{"enterprise.name": NAME, "a11_bank_rate": 0.0365}])
    book = openpyxl.load_workbook(filled)
    book.worksheets[0].cell(3, column_of("a11_bank_rate")).number_format = "0.00%"  # typed as 3.65%
    book.save(filled)
    result = run_batch(policy(), open_source(filled), tmp_path / "o.xlsx", Options(keep_assessments=True))
    assert _answers(result)["a11_bank_rate"] == "3.65"


def test_percent_text_with_a_percent_sign(tmp_path: Path) -> None:
    assert _answers(_run(tmp_path, [{"a11_bank_rate": "3.65%"}]))["a11_bank_rate"] == "3.65"


def _xlsxwriter_book(path: Path, cells: dict[tuple[int, int], Any], formulas: dict[tuple[int, int], tuple[str, Any]]) -> Path:
    """A template-shaped workbook written by XlsxWriter, the one writer that stores formula results."""
    source = openpyxl.load_workbook(path.parent / "template-zh.xlsx")
    labels = [c.value for c in source.worksheets[0][1]]
    ids = [c.value for c in source.worksheets[0][2]]
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("企业")
    sheet.write_row(0, 0, labels)
    sheet.write_row(1, 0, ids)
    for (row, column), value in cells.items():
        sheet.write(row, column, value)
    for (row, column), (formula, cached) in formulas.items():
        sheet.write_formula(row, column, formula, None, cached)
    book.close()
    return path


def test_formulas_use_their_cached_result(tmp_path: Path) -> None:
    write_template(tmp_path / "template-zh.xlsx", policy(), "zh")
    col = column_of("a1_investment") - 1
    book = _xlsxwriter_book(
        tmp_path / "f.xlsx",
        {(2, 0): NAME, (2, 100): 6400},
        {(2, col): ("=CV3*2", 12800)},
    )
    result = run_batch(policy(), open_source(book), tmp_path / "o.xlsx", Options(keep_assessments=True))
    assert _answers(result)["a1_investment"] == "12800"


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("zh", "公式没有已计算的结果"), ("en", "the formula has no computed result")],
)
def test_a_formula_without_a_cached_result_gets_a_message(tmp_path: Path, lang: Lang, needle: str) -> None:
    filled = filled_template(tmp_path, [{"enterprise.name": NAME, "a1_investment": "=1000*12.8"}], lang)
    # openpyxl, like many generators, stores the formula alone: there is no result to read.
    result = run_batch(policy(), open_source(filled, lang), tmp_path / "o.xlsx", Options(lang))
    assert len(result.problems) == 1
    assert needle in result.problems[0].message and result.problems[0].column == "M"


@pytest.mark.parametrize(("lang", "needle"), [("zh", "公式结果为错误值 #DIV/0!"), ("en", "the error #DIV/0!")])
def test_a_formula_error_gets_a_message(tmp_path: Path, lang: Lang, needle: str) -> None:
    write_template(tmp_path / "template-zh.xlsx", policy(), "zh")
    col = column_of("a1_investment") - 1
    book = _xlsxwriter_book(tmp_path / "f.xlsx", {(2, 0): NAME}, {(2, col): ("=1/0", "#DIV/0!")})
    result = run_batch(policy(), open_source(book, lang), tmp_path / "o.xlsx", Options(lang))
    assert needle in result.problems[0].message


@pytest.mark.parametrize(("lang", "needle"), [("zh", "属于合并单元格 A3:A5"), ("en", "part of the merged cells A3:A5")])
def test_merged_cells_are_refused_row_by_row(tmp_path: Path, lang: Lang, needle: str) -> None:
    rows = [{"enterprise.name": NAME, "p_manufacturing": "是"}, {"p_manufacturing": "是"}, {"p_manufacturing": "否"}]
    filled = filled_template(tmp_path, rows, lang)
    book = openpyxl.load_workbook(filled)
    book.worksheets[0].merge_cells("A3:A5")  # one name for three rows, as a user might do
    book.save(filled)
    result = run_batch(policy(), open_source(filled, lang), tmp_path / "o.xlsx", Options(lang))
    assert [s.computed for s in result.summaries] == [True, False, False]
    assert [(p.source, p.column) for p in result.problems] == [("4", "A"), ("5", "A")]
    assert all(needle in p.message for p in result.problems)


@pytest.mark.parametrize(("lang", "needle"), [("zh", "与第 4 行重复"), ("en", "also appears in row(s) 4")])
def test_duplicate_credit_codes_are_flagged_and_both_rows_computed(tmp_path: Path, lang: Lang, needle: str) -> None:
    code = "91230100MA18Y5XB23"
    result = _run(tmp_path, [{"enterprise.credit_code": code}, {"enterprise.credit_code": code.lower()}], lang)
    assert [s.computed for s in result.summaries] == [True, True]
    assert needle in " ".join(result.summaries[0].warnings)
    assert len([p for p in result.problems if code in p.message]) == 2


@pytest.mark.parametrize(("lang", "needle"), [("zh", "校验位不正确"), ("en", "check character")])
def test_a_wrong_credit_code_is_named(tmp_path: Path, lang: Lang, needle: str) -> None:
    result = _run(tmp_path, [{"enterprise.credit_code": "91230100MA18Y5XB24"}], lang)
    problem = result.problems[0]
    assert problem.column == "B" and needle in problem.message and problem.label in ("统一社会信用代码", "Unified social credit code")


def test_a_bad_row_never_stops_the_batch(tmp_path: Path) -> None:
    rows = [{"a1_investment": "n/a"}, {"enterprise.name": "第二家", "a1_investment": 100}, {"p_manufacturing": "?"}]
    result = _run(tmp_path, rows)
    assert [s.computed for s in result.summaries] == [False, True, False]
    assert [p.source for p in result.problems] == ["3", "5"]


def test_applicant_type_areas_and_projects_in_either_language(tmp_path: Path) -> None:
    rows = [
        {"enterprise.applicant_type": "行业协会（第五条）", "areas": "投资、Growth", "projects": "车间：a1.project_investment、a9.smart_pilot"},
        {"enterprise.applicant_type": "Industry association", "areas": "重点项目投资"},
    ]
    result = _run(tmp_path, rows)
    first, second = result.assessments
    assert first is not None and second is not None
    assert first.enterprise.applicant_type.value == "association" == second.enterprise.applicant_type.value
    assert first.areas == ["investment", "growth"] and second.areas == ["investment"]
    assert [(p.name, p.items) for p in first.projects] == [("车间", ["a1.project_investment", "a9.smart_pilot"])]


@pytest.mark.parametrize(
    ("value", "needle"),
    [("车间 a1.project_investment", "应写作“项目名称：奖补项代码"), ("车间：a1.nothing", "不认识的奖补项代码“a1.nothing”"),
     ("甲：a1.project_investment；乙：a1.project_investment", "出现在两个项目中")],
)  # fmt: skip
def test_bad_projects_are_named(tmp_path: Path, value: str, needle: str) -> None:
    result = _run(tmp_path, [{"projects": value}])
    assert needle in result.problems[0].message and result.problems[0].column == "I"


def test_an_unknown_area_lists_the_choices(tmp_path: Path) -> None:
    result = _run(tmp_path, [{"areas": "投资, 外太空"}], "en")
    assert "unknown area '外太空'" in result.problems[0].message and "Investment projects" in result.problems[0].message


def test_overlong_text_is_refused(tmp_path: Path) -> None:
    result = _run(tmp_path, [{"enterprise.contact": "电话" * 150}], "en")
    assert result.problems[0].column == "C" and "too long (at most 200 characters)" in result.problems[0].message


def test_an_empty_reference_date_means_today_and_decimals_stay_exact(tmp_path: Path) -> None:
    result = _run(tmp_path, [{"a6_capacity_input": 1850.5}])
    assessment = result.assessments[0]
    assert assessment is not None
    assert assessment.reference_date == datetime.now().date()
    assert Decimal(str(assessment.answers["a6_capacity_input"])) == Decimal("1850.5")


# ---------------------------------------------------------------- columns


def _with_ids(tmp_path: Path, change: dict[int, str | None], lang: Lang = "zh") -> Path:
    filled = filled_template(tmp_path, [{"enterprise.name": NAME, "p_manufacturing": "是"}], lang)
    book = openpyxl.load_workbook(filled)
    sheet = book.worksheets[0]
    for column, value in change.items():
        sheet.cell(2, column).value = value
    book.save(filled)
    return filled


@pytest.mark.parametrize(
    ("lang", "needles"),
    [("zh", ["有不认识的列", "第 M 列“项目年度实际固定资产投资额（万元）”：列代码“a1_investmnt”"]),
     ("en", ["Unknown columns", "column M 'Actual fixed-asset investment in the project this year (10k CNY)': column id 'a1_investmnt'"])],
)  # fmt: skip
def test_unknown_columns_are_named(tmp_path: Path, lang: Lang, needles: list[str]) -> None:
    filled = _with_ids(tmp_path, {column_of("a1_investment"): "a1_investmnt"}, lang)
    source = open_source(filled, lang)
    with pytest.raises(BatchInputError) as caught:
        run_batch(policy(), source, tmp_path / "o.xlsx", Options(lang))
    assert needles[0] in caught.value.summary and needles[1] in caught.value.problems
    assert not (tmp_path / "o.xlsx").exists()


@pytest.mark.parametrize(("lang", "needle"), [("zh", "缺少列“项目年度实际固定资产投资额”（a1_investment），视为未填写"),
                                              ("en", "column 'Actual fixed-asset investment in the project this year' (a1_investment) is missing")])  # fmt: skip
def test_missing_columns_are_named_and_the_rest_computed(tmp_path: Path, lang: Lang, needle: str) -> None:
    filled = _with_ids(tmp_path, {column_of("a1_investment"): None}, lang)
    result = run_batch(policy(), open_source(filled, lang), tmp_path / "o.xlsx", Options(lang))
    assert result.summaries[0].computed
    messages = [p.message for p in result.problems]
    assert any(needle in m for m in messages)
    assert any("M" in m and ("没有列代码" in m or "has no column id" in m) for m in messages)


@pytest.mark.parametrize(("lang", "needle"), [("zh", "缺少必需的列“企业（机构）名称”"), ("en", "required column 'Name of enterprise or body'")])
def test_the_name_column_is_required(tmp_path: Path, lang: Lang, needle: str) -> None:
    filled = _with_ids(tmp_path, {1: None}, lang)
    with pytest.raises(BatchInputError, match=needle):
        run_batch(policy(), open_source(filled, lang), tmp_path / "o.xlsx", Options(lang))


@pytest.mark.parametrize(
    ("lang", "needle"), [("zh", "第 M 列：列代码“p_manufacturing”重复出现"), ("en", "column M: column id 'p_manufacturing' appears twice")]
)
def test_a_repeated_column_id_is_refused(tmp_path: Path, lang: Lang, needle: str) -> None:
    filled = _with_ids(tmp_path, {column_of("a1_investment"): "p_manufacturing"}, lang)
    with pytest.raises(BatchInputError) as caught:
        run_batch(policy(), open_source(filled, lang), tmp_path / "o.xlsx", Options(lang))
    assert needle in caught.value.problems


@pytest.mark.parametrize(("lang", "needle"), [("zh", "第 2 行应为列代码"), ("en", "Row 2 should hold the column ids")])
def test_a_sheet_without_the_id_row_is_refused(tmp_path: Path, lang: Lang, needle: str) -> None:
    path = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["企业名称", "投资额"])
    sheet.append(["甲公司", 100])
    book.save(path)
    with pytest.raises(BatchInputError, match=needle):
        run_batch(policy(), open_source(path, lang), tmp_path / "o.xlsx", Options(lang))


@pytest.mark.parametrize(("lang", "needle"), [("zh", "该模板属于另一项政策（hrb-2030-01）"), ("en", "The template is for another policy (hrb-2030-01)")])
def test_a_template_for_another_policy_is_refused(tmp_path: Path, lang: Lang, needle: str) -> None:
    marker = len([c for c in openpyxl.load_workbook(filled_template(tmp_path, [{}])).worksheets[0][2]])
    filled = _with_ids(tmp_path, {marker: "hrb-policy:hrb-2030-01@2030.1-1"})
    source = open_source(filled, lang)
    assert source.policy_id == "hrb-2030-01"
    with pytest.raises(BatchInputError, match=re.escape(needle)):
        run_batch(policy(), source, tmp_path / "o.xlsx", Options(lang))


def test_a_template_from_another_model_version_is_read_with_a_note(tmp_path: Path) -> None:
    marker = len([c for c in openpyxl.load_workbook(filled_template(tmp_path, [{}])).worksheets[0][2]])
    filled = _with_ids(tmp_path, {marker: f"hrb-policy:{policy().id}@2021.10-0"})
    result = run_batch(policy(), open_source(filled, "en"), tmp_path / "o.xlsx", Options("en"))
    assert result.summaries[0].computed
    assert any("made for policy model 2021.10-0" in p.message for p in result.problems)
