"""The result workbook: 汇总 (summary), 明细 (detail) and 问题 (problems).

Amounts are numbers in 万元 with a ``#,##0.00`` format, never text, so finance
staff can sum, sort and filter them; a row that was not computed has empty
amounts (not 0.00, which would read as "nothing to claim"). Each sheet has a
frozen header and a filter. The PDF and ``.hrba`` names link to the files.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hrb_desktop.core.batch.rows import Problem
from hrb_desktop.core.batch.xlsx_format import (
    AMOUNT_FORMAT,
    DATE_FORMAT,
    FONT,
    HEADER_FILL,
    Widths,
    new_workbook,
    text_width,
)
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.messages import article_name

if TYPE_CHECKING:
    from hrb_desktop.core.batch.run import BatchResult

WARNINGS_WIDTH = 50
ART18_WIDTH = 60
_HEADERS: dict[str, tuple[str, str]] = {
    "sheet.summary": ("汇总", "Summary"),
    "sheet.detail": ("明细", "Detail"),
    "sheet.problems": ("问题", "Problems"),
    "row": ("行号", "Row"),
    "file": ("文件", "File"),
    "name": ("企业（机构）名称", "Enterprise"),
    "credit_code": ("统一社会信用代码", "Credit code"),
    "applicant": ("申报主体类型", "Applicant type"),
    "reference_date": ("评估基准日", "Reference date"),
    "state": ("状态", "State"),
    "total_low": ("计入合计下限（万元）", "Counted total, low (10k CNY)"),
    "total_high": ("计入合计上限（万元）", "Counted total, high (10k CNY)"),
    "eligible": ("符合条件项数", "Eligible items"),
    "judgement": ("需部门核定项数", "Items for the department to decide"),
    "warnings": ("提示与警告", "Notes and warnings"),
    "pdf": ("PDF 报告", "PDF report"),
    "hrba": ("评估文件（可在向导中打开）", "Assessment file (opens in the wizard)"),
    "article": ("条款", "Article"),
    "item": ("奖补项目", "Award item"),
    "item_id": ("项目代码", "Item id"),
    "status": ("状态", "Status"),
    "low": ("下限（万元）", "Low (10k CNY)"),
    "high": ("上限（万元）", "High (10k CNY)"),
    "counted_low": ("计入下限（万元）", "Counted low (10k CNY)"),
    "counted_high": ("计入上限（万元）", "Counted high (10k CNY)"),
    "art18": ("第十八条说明", "Art. 18 note"),
    "column": ("列", "Column"),
    "label": ("列名", "Column name"),
    "message": ("问题", "Problem"),
    "value": ("原值", "Value given"),
    "computed": ("已计算", "Computed"),
    "refused": ("有错误，未计算", "Not computed: errors"),
    "whole_file": ("（整个文件）", "(whole file)"),
}


def header(key: str, lang: Lang) -> str:
    zh, en = _HEADERS[key]
    return en if lang == "en" else zh


def write_workbook(result: BatchResult, path: Path, cancelled: Callable[[], bool] | None = None) -> None:
    """Write the three sheets to ``path`` (a temporary file: the caller moves it in place)."""
    lang = result.lang
    book = new_workbook(path, header("sheet.summary", lang), result.policy)
    try:
        formats = _Formats(book)
        _summary(book.add_worksheet(header("sheet.summary", lang)), result, formats, path, cancelled)
        _detail(book.add_worksheet(header("sheet.detail", lang)), result, formats, cancelled)
        _problems(book.add_worksheet(header("sheet.problems", lang)), result, formats)
    finally:
        book.close()


class _Formats:
    def __init__(self, book: Any) -> None:
        base = {"font_name": FONT, "font_size": 10, "valign": "top"}
        self.head = book.add_format(
            {**base, "bold": True, "bg_color": HEADER_FILL, "text_wrap": True, "border": 1, "valign": "vcenter"}
        )
        self.text = book.add_format(base)
        self.wrap = book.add_format({**base, "text_wrap": True})
        self.amount = book.add_format({**base, "num_format": AMOUNT_FORMAT})
        self.integer = book.add_format({**base, "num_format": "0"})
        self.date = book.add_format({**base, "num_format": DATE_FORMAT})
        self.refused = book.add_format({**base, "font_color": "#C00000", "bold": True})
        self.link = book.add_format({**base, "font_color": "#0563C1", "underline": 1})


def _start(sheet: Any, titles: list[str], formats: _Formats, widths: Widths) -> None:
    sheet.set_row(0, 32)
    for column, title in enumerate(titles):
        sheet.write_string(0, column, title, formats.head)
        widths.see(column, title if len(title) < 12 else title[: max(6, len(title) // 2)])
    sheet.freeze_panes(1, 0)


def _end(sheet: Any, rows: int, columns: int, widths: Widths, fixed: dict[int, int] | None = None) -> None:
    sheet.autofilter(0, 0, max(rows, 1), columns - 1)
    widths.apply(sheet, fixed)
    # Printed: A4 landscape, all columns on one page width, the header on every page.
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def _source(sheet: Any, row: int, summary_source: str, number: int | None, formats: _Formats) -> None:
    if number is not None:
        sheet.write_number(row, 0, number, formats.integer)
    else:
        sheet.write_string(row, 0, summary_source, formats.text)


def _summary(sheet: Any, result: BatchResult, formats: _Formats, path: Path, cancelled: Callable[[], bool] | None) -> None:
    lang = result.lang
    with_pdf = any(s.pdf for s in result.summaries)
    with_hrba = any(s.hrba for s in result.summaries)
    keys = ["file" if result.from_files else "row", "name", "credit_code", "applicant", "reference_date", "state"]
    keys += ["total_low", "total_high", "eligible", "judgement", "warnings"]
    keys += ["pdf"] * with_pdf + ["hrba"] * with_hrba
    widths = Widths()
    _start(sheet, [header(k, lang) for k in keys], formats, widths)
    sep = "；" if lang == "zh" else "; "
    for index, s in enumerate(result.summaries, start=1):
        if cancelled is not None and index % 1000 == 0 and cancelled():
            from hrb_desktop.core.batch.errors import Cancelled

            raise Cancelled
        _fit_height(sheet, index, sep.join(s.warnings), WARNINGS_WIDTH)
        _source(sheet, index, s.source, s.row, formats)
        widths.see(0, s.source)
        cells: list[tuple[str, Any]] = [("s", s.name), ("s", s.credit_code), ("s", s.applicant)]
        cells.append(("d", s.reference_date))
        cells.append(("state", header("computed" if s.computed else "refused", lang)))
        if s.total is not None:
            cells += [("n", s.total[0]), ("n", s.total[1]), ("i", s.eligible), ("i", s.judgement)]
        else:
            cells += [("", None)] * 4
        cells.append(("w", sep.join(s.warnings)))
        for column, (kind, value) in enumerate(cells, start=1):
            _cell(sheet, index, column, kind, value, formats, s.computed)
            if kind in ("s", "state", "w"):
                widths.see(column, value)
        column = len(cells) + 1
        for wanted, name, folder in ((with_pdf, s.pdf, result.pdf_dir), (with_hrba, s.hrba, result.hrba_dir)):
            if wanted:
                if name and folder is not None:
                    sheet.write_url(index, column, _link(folder / name, path, result.out), formats.link, name)
                widths.see(column, name)
                column += 1
    fixed = {keys.index(k): 14 for k in ("total_low", "total_high")}
    fixed[keys.index("warnings")] = WARNINGS_WIDTH
    _end(sheet, len(result.summaries), len(keys), widths, fixed)


def _cell(sheet: Any, row: int, column: int, kind: str, value: Any, formats: _Formats, computed: bool) -> None:
    if value is None or value == "":
        return
    if kind == "n":
        sheet.write_number(row, column, value, formats.amount)
    elif kind == "i":
        sheet.write_number(row, column, value, formats.integer)
    elif kind == "d":
        sheet.write_datetime(row, column, value, formats.date)
    elif kind == "w":
        sheet.write_string(row, column, str(value), formats.wrap)
    elif kind == "state":
        sheet.write_string(row, column, value, formats.text if computed else formats.refused)
    else:
        sheet.write_string(row, column, str(value), formats.text)


def _detail(sheet: Any, result: BatchResult, formats: _Formats, cancelled: Callable[[], bool] | None) -> None:
    lang = result.lang
    keys = ["file" if result.from_files else "row", "name", "credit_code", "article", "item", "item_id", "status"]
    keys += ["low", "high", "counted_low", "counted_high", "art18"]
    widths = Widths()
    _start(sheet, [header(k, lang) for k in keys], formats, widths)
    row = 0
    for index, s in enumerate(result.summaries, start=1):
        if cancelled is not None and index % 1000 == 0 and cancelled():
            from hrb_desktop.core.batch.errors import Cancelled

            raise Cancelled
        for d in s.details:
            row += 1
            _fit_height(sheet, row, d.art18, ART18_WIDTH)
            _source(sheet, row, s.source, s.row, formats)
            texts = (s.name, s.credit_code, article_name(d.article, lang), d.title, d.item_id, d.status)
            for column, text in enumerate(texts, start=1):
                sheet.write_string(row, column, text, formats.text)
            if row <= 2000:  # the widths settle long before; measuring every row costs time
                for column, text in enumerate(texts, start=1):
                    widths.see(column, text)
            if d.amounts is not None:
                for column, amount in enumerate(d.amounts, start=7):
                    sheet.write_number(row, column, amount, formats.amount)
            if d.art18:
                sheet.write_string(row, 11, d.art18, formats.wrap)
                widths.see(11, d.art18)
    fixed = {column: 13 for column in range(7, 11)}
    fixed[11] = ART18_WIDTH
    _end(sheet, row, len(keys), widths, fixed)


def _problems(sheet: Any, result: BatchResult, formats: _Formats) -> None:
    lang = result.lang
    keys = ["file" if result.from_files else "row", "column", "label", "message", "value"]
    widths = Widths()
    _start(sheet, [header(k, lang) for k in keys], formats, widths)
    for index, p in enumerate(sorted(result.problems, key=_problem_order), start=1):
        if p.source.isdigit():
            sheet.write_number(index, 0, int(p.source), formats.integer)
        else:
            sheet.write_string(index, 0, p.source or header("whole_file", lang), formats.text)
            widths.see(0, p.source or header("whole_file", lang))
        for column, text in enumerate((p.column, p.label, p.message, p.value), start=1):
            if text:
                sheet.write_string(index, column, text, formats.text)
                widths.see(column, text)
    _end(sheet, len(result.problems), len(keys), widths, {3: 70})


def _fit_height(sheet: Any, row: int, text: str, width: int) -> None:
    """Wrapped text needs a taller row: spreadsheets do not all grow one on opening."""
    lines = -(-text_width(text) // (width - 2)) if text else 1
    if lines > 1:
        sheet.set_row(row, 13.5 * min(lines, 8))


def _problem_order(p: Problem) -> tuple[int, int, str]:
    if not p.source:
        return (0, 0, "")
    return (1, int(p.source), p.column) if p.source.isdigit() else (2, 0, p.source)


def _link(target: Path, book_path: Path, out: Path | None) -> str:
    """A link the workbook can follow from where it ends up: relative when possible."""
    where = (out or book_path).parent
    try:
        relative = os.path.relpath(os.path.abspath(target), os.path.abspath(where))
    except ValueError:  # another drive on Windows
        relative = os.path.abspath(target)
    return "external:" + relative.replace("\\", "/")

