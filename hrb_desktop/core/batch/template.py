"""The empty template: one row per enterprise, one column per field and question of the edition.

XLSX: row 1 holds each column's label with its unit, row 2 its id (what the
batch reads); the header is frozen with the name column, each label carries its
help text as a comment, yes/no and applicant-type columns are drop-downs,
counts accept whole numbers, dates are Excel dates, and a second sheet explains
every column and records the policy edition. CSV: the same two rows, UTF-8 with
a BOM so that Excel shows the Chinese text correctly.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from hrb_desktop import __version__
from hrb_desktop.core.assessment import AssessmentError, atomic_write
from hrb_desktop.core.batch.columns import (
    Column,
    ColumnSet,
    Kind,
    applicant_labels,
    columns_for,
    yes_no_words,
)
from hrb_desktop.core.batch.errors import BatchOutputError
from hrb_desktop.core.batch.limits import MAX_ROWS
from hrb_desktop.core.batch.rows import column_letter
from hrb_desktop.core.batch.texts import bt
from hrb_desktop.core.batch.xlsx_format import (
    DATE_FORMAT,
    FONT,
    HEADER_FILL,
    ID_FILL,
    INPUT_AMOUNT_FORMAT,
    build_atomically,
    new_workbook,
    text_width,
)
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.messages import article_name, fmt_date
from hrb_desktop.core.money import fmt_plain
from hrb_desktop.core.policy_model import Policy

LAST_ROW = MAX_ROWS + 1  # drop-downs and checks reach as far as the batch reads (0-based)
_BAND_FILLS = ("#DCE6F1", "#E2EFDA")  # alternate articles, so a long header reads in groups
_PROFILE_FILL = "#FFF2CC"
_NUMBER_FORMATS = {
    Kind.amount: INPUT_AMOUNT_FORMAT,
    Kind.percent: "0.00##",
    Kind.count: "0",
    Kind.date: DATE_FORMAT,
    Kind.credit_code: "@",
}
_NOTES: dict[str, tuple[str, str]] = {
    "sheet.data": ("企业", "Enterprises"),
    "sheet.notes": ("说明", "Notes"),
    "title": ("批量评估模板说明", "Batch assessment template: notes"),
    "policy": ("政策", "Policy"),
    "policy_id": ("政策版本代码", "Policy edition id"),
    "model": ("政策模型版本", "Policy model version"),
    "term": ("有效期", "In force"),
    "made": ("生成", "Made by"),
    "how": ("填写方法", "How to fill it in"),
    "how.1": (
        "每个企业一行，从第 3 行起填写；第 1 行是列名（含单位），第 2 行是列代码，请勿修改或删除第 2 行。",
        "One enterprise per row, from row 3. Row 1 names each column (with its unit); row 2 holds the column ids: do not change or delete it.",
    ),
    "how.2": (
        "金额一律以万元填写，最多 4 位小数（精确到元）；百分比填数字，例如 3.65 表示 3.65%；数量填整数。",
        "Amounts are in 10k CNY (万元), at most 4 decimals; percentages as numbers (3.65 means 3.65%); counts as whole numbers.",
    ),
    "how.3": (
        "是/否 列可从下拉列表选择，也接受 Y/N、1/0、TRUE/FALSE；日期填 Excel 日期或 2023-12-31、2023年12月31日。",
        "Yes/No columns have a drop-down; Y/N, 1/0 and TRUE/FALSE also work. Dates as Excel dates or as 2023-12-31.",
    ),
    "how.4": (
        "不适用或不清楚的问题留空即可（视为未填写）。不要合并单元格；公式可以使用（读取其计算结果）。",
        "Leave a question empty when it does not apply or is unknown. Do not merge cells; formulas are fine (their results are read).",
    ),
    "how.5": (
        "评估：hrb-desktop batch 本文件 --out 结果.xlsx，或在程序中选择 文件 → 批量评估…。",
        "To assess: hrb-desktop batch THIS-FILE --out results.xlsx, or File → Batch assessment… in the program.",
    ),
    "columns": ("各列说明", "The columns"),
    "col.letter": ("列", "Column"),
    "col.id": ("列代码", "Column id"),
    "col.label": ("名称", "Name"),
    "col.unit": ("单位", "Unit"),
    "col.values": ("取值", "Values"),
    "col.article": ("条款", "Article"),
    "col.help": ("说明", "Help"),
    "areas": ("可筛选的方面（“筛选的方面”列）", "Areas (for the 'Screened areas' column)"),
    "items": ("奖补项代码（“同一项目”列）", "Item ids (for the 'Same project' column)"),
    "area.id": ("代码", "Id"),
    "area.label": ("名称", "Name"),
    "item.id": ("奖补项代码", "Item id"),
    "item.title": ("奖补项目", "Award item"),
    "values.text": ("文字", "text"),
    "values.credit_code": ("18 位代码（列已设为文本格式）", "18 characters (the column is formatted as text)"),
    "values.date": ("Excel 日期，或 2023-12-31", "an Excel date, or 2023-12-31"),
    "values.yes_no": ("是 / 否（也接受 Y/N、1/0、TRUE/FALSE）", "Yes / No (Y/N, 1/0, TRUE/FALSE also work)"),
    "values.amount": ("{low}—{high}，最多 4 位小数", "{low} to {high}, at most 4 decimals"),
    "values.count": ("整数 {low}—{high}", "a whole number {low} to {high}"),
    "values.areas": ("见下方“可筛选的方面”；不填为全部", "see the areas below; empty means all"),
    "values.projects": ("项目名称：奖补项代码、奖补项代码", "project name: item id, item id"),
    "values.marker": ("不填", "leave empty"),
    "dv.yes_no": ("请从下拉列表选择", "Choose from the list"),
    "dv.number": ("应为数字", "Should be a number"),
    "dv.count": ("应为整数", "Should be a whole number"),
    "dv.date": ("应为日期，例如 2023-12-31", "Should be a date, e.g. 2023-12-31"),
    "dv.code": ("统一社会信用代码为 18 位", "The credit code has 18 characters"),
}


def note(key: str, lang: Lang) -> str:
    zh, en = _NOTES[key]
    return en if lang == "en" else zh


def write_template(path: Path, policy: Policy, lang: Lang = "zh") -> None:
    """Write the template as XLSX, or as CSV when ``path`` ends in .csv. Atomic."""
    suffix = path.suffix.lower()
    columns = columns_for(policy)
    if suffix == ".csv":
        try:
            atomic_write(path, template_csv(columns, lang), lang)
        except AssessmentError as exc:
            raise BatchOutputError(exc.summary, exc.problems) from exc
    elif suffix == ".xlsx":
        build_atomically(path, lambda target: _write_xlsx(target, columns, lang), lang)
    else:
        raise BatchOutputError(bt("err.template_suffix", lang, path=path))


def template_csv(columns: ColumnSet, lang: Lang) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.header(lang) for c in columns.columns])
    writer.writerow([c.id for c in columns.columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# ---------------------------------------------------------------- XLSX


def _write_xlsx(target: Path, columns: ColumnSet, lang: Lang) -> None:
    book = new_workbook(target, note("title", lang), columns.policy, constant_memory=False)
    try:
        _data_sheet(book, book.add_worksheet(note("sheet.data", lang)), columns, lang)
        _notes_sheet(book, book.add_worksheet(note("sheet.notes", lang)), columns, lang)
    finally:
        book.close()


def _data_sheet(book: Any, sheet: Any, columns: ColumnSet, lang: Lang) -> None:
    base = {"font_name": FONT, "font_size": 10}
    id_format = book.add_format({**base, "font_size": 8, "font_color": "#595959", "bg_color": ID_FILL, "border": 1})
    heads: dict[str, Any] = {}
    band = 0
    last_article: int | None = None
    for index, column in enumerate(columns.columns):
        article = column.question.article if column.question is not None else None
        if column.question is None:
            fill = _PROFILE_FILL if column.kind != Kind.marker else ID_FILL
        else:
            if article != last_article:
                band, last_article = band + 1, article
            fill = _BAND_FILLS[band % 2]
        head = heads.get(fill)
        if head is None:
            head = heads[fill] = book.add_format(
                {**base, "bold": True, "text_wrap": True, "valign": "top", "bg_color": fill, "border": 1}
            )
        sheet.write_string(0, index, column.header(lang), head)
        sheet.write_string(1, index, column.id, id_format)
        sheet.write_comment(0, index, _comment(column, lang), _comment_options(column, lang))
        number_format = _NUMBER_FORMATS.get(column.kind)
        cell_format = book.add_format({**base, "num_format": number_format}) if number_format else book.add_format(base)
        sheet.set_column(index, index, _width(column, lang), cell_format)
        _validation(sheet, index, column, lang)
    sheet.set_row(0, 66)
    sheet.freeze_panes(2, 1)  # the header rows and the enterprise's name stay in view
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.repeat_rows(0, 1)
    sheet.repeat_columns(0)


def _width(column: Column, lang: Lang) -> int:
    if column.kind == Kind.marker:
        return 14
    if column.id in ("enterprise.name", "projects"):
        return 30
    if column.kind == Kind.credit_code:
        return 21
    if column.question is None:  # the profile: ids such as enterprise.applicant_type stay readable
        return 18
    if column.kind == Kind.date:
        return 14
    # Wrapped over about four lines of the 66-point header row.
    return max(12, min(24, text_width(column.header(lang)) // 4 + 3))


def _comment(column: Column, lang: Lang) -> str:
    lines = []
    if column.article(lang):
        lines.append(column.article(lang))
    lines.append(column.help(lang))
    values = _values(column, lang)
    if values:
        lines.append(("取值：" if lang == "zh" else "Values: ") + values)
    return "\n".join(lines)


def _comment_options(column: Column, lang: Lang) -> dict[str, Any]:
    length = text_width(_comment(column, lang))
    return {"author": "hrb-desktop", "font_name": FONT, "font_size": 9, "x_scale": 2.6, "y_scale": min(6.0, 1.2 + length / 110)}


def _values(column: Column, lang: Lang) -> str:
    kind = column.kind
    if kind in (Kind.amount, Kind.percent, Kind.count) and column.question is not None:
        low, high = column.question.bounds()
        key = "values.count" if kind == Kind.count else "values.amount"
        return note(key, lang).format(low=fmt_plain(low), high=fmt_plain(high))
    if kind == Kind.applicant:
        return ("、" if lang == "zh" else ", ").join(applicant_labels(lang).values())
    if kind == Kind.choice and column.question is not None:
        return ", ".join(c.label.get(lang) for c in column.question.choices)
    text_key = {
        Kind.text: "values.text",
        Kind.credit_code: "values.credit_code",
        Kind.date: "values.date",
        Kind.yes_no: "values.yes_no",
        Kind.areas: "values.areas",
        Kind.projects: "values.projects",
        Kind.marker: "values.marker",
    }.get(kind)
    return note(text_key, lang) if text_key else ""


def _validation(sheet: Any, index: int, column: Column, lang: Lang) -> None:
    kind = column.kind
    options: dict[str, Any] | None = None
    if kind == Kind.yes_no:
        options = {"validate": "list", "source": list(yes_no_words(lang)), "error_message": note("dv.yes_no", lang)}
    elif kind == Kind.applicant:
        options = {"validate": "list", "source": list(applicant_labels(lang).values()), "error_message": note("dv.yes_no", lang)}
    elif kind == Kind.choice and column.question is not None:
        labels = [c.label.get(lang) for c in column.question.choices]
        options = {"validate": "list", "source": labels, "error_message": note("dv.yes_no", lang)}
    elif kind in (Kind.amount, Kind.percent, Kind.count) and column.question is not None:
        low, high = column.question.bounds()
        number = int if kind == Kind.count else float
        options = {
            "validate": "integer" if kind == Kind.count else "decimal",
            "criteria": "between",
            "minimum": number(low),
            "maximum": number(high),
            "error_message": note("dv.count" if kind == Kind.count else "dv.number", lang),
        }
    elif kind == Kind.date:
        options = {
            "validate": "date",
            "criteria": "between",
            "minimum": date(1900, 1, 1),
            "maximum": date(9999, 12, 31),
            "error_message": note("dv.date", lang),
        }
    elif kind == Kind.credit_code:
        options = {"validate": "length", "criteria": "==", "value": 18, "error_message": note("dv.code", lang)}
    if options is not None:
        # A warning, not a stop: a pasted "Y" or a code with spaces is still read (and checked) by the batch.
        sheet.data_validation(2, index, LAST_ROW, index, {**options, "error_type": "warning", "ignore_blank": True})


def _notes_sheet(book: Any, sheet: Any, columns: ColumnSet, lang: Lang) -> None:
    policy = columns.policy
    base = {"font_name": FONT, "font_size": 10, "valign": "top"}
    title = book.add_format({**base, "bold": True, "font_size": 14})
    bold = book.add_format({**base, "bold": True})
    text = book.add_format(base)
    wrap = book.add_format({**base, "text_wrap": True})
    head = book.add_format({**base, "bold": True, "bg_color": HEADER_FILL, "border": 1})
    sheet.write_string(0, 0, f"{policy.doc_number} {note('title', lang)}", title)
    facts = [
        ("policy", f"{policy.doc_number} {policy.title.get(lang)}"),
        ("policy_id", policy.id),
        ("model", policy.model_version),
        ("term", f"{fmt_date(policy.effective_from, lang)} — {fmt_date(policy.valid_until, lang)}"),
        ("made", f"hrb-desktop {__version__}"),
    ]
    row = 2
    for key, value in facts:
        sheet.write_string(row, 0, note(key, lang), bold)
        sheet.write_string(row, 1, value, text)
        row += 1
    row += 1
    sheet.write_string(row, 0, note("how", lang), bold)
    for n in range(1, 6):
        row += 1
        sheet.write_string(row, 1, f"{n}. {note(f'how.{n}', lang)}", text)
    row += 2
    sheet.write_string(row, 0, note("columns", lang), bold)
    row += 1
    keys = ("col.letter", "col.id", "col.label", "col.unit", "col.values", "col.article", "col.help")
    for column_index, key in enumerate(keys):
        sheet.write_string(row, column_index, note(key, lang), head)
    for index, column in enumerate(columns.columns):
        row += 1
        values = (
            column_letter(index),
            column.id,
            column.label(lang),
            column.unit(lang) or "",
            _values(column, lang),
            column.article(lang),
            column.help(lang),
        )
        for column_index, value in enumerate(values):
            sheet.write_string(row, column_index, value, wrap if column_index in (2, 4, 6) else text)
    row += 2
    sheet.write_string(row, 0, note("areas", lang), bold)
    row += 1
    sheet.write_string(row, 1, note("area.id", lang), head)
    sheet.write_string(row, 2, note("area.label", lang), head)
    for area in policy.areas:
        row += 1
        sheet.write_string(row, 1, area.id, text)
        sheet.write_string(row, 2, area.label.get(lang), text)
    row += 2
    sheet.write_string(row, 0, note("items", lang), bold)
    row += 1
    for column_index, key in ((1, "item.id"), (2, "item.title"), (5, "col.article")):
        sheet.write_string(row, column_index, note(key, lang), head)
    for item in policy.items():
        row += 1
        sheet.write_string(row, 1, item.id, text)
        sheet.write_string(row, 2, item.title.get(lang), text)
        sheet.write_string(row, 5, article_name(int(item.id[1:].split(".")[0]), lang), text)
    for column_index, width in enumerate((12, 30, 40, 9, 30, 9, 80)):
        sheet.set_column(column_index, column_index, width)
