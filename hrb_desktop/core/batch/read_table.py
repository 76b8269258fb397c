"""Read a filled template (XLSX or CSV) into plain rows of cells, within limits.

Nothing here knows the policy: the header's two rows (labels, column ids) and
the data rows come back as they are, with what the workbook itself says about a
cell (a percentage format, a formula error, a merged range). ``rows.py`` turns a
row into an assessment. The format is decided by the file's first bytes, never
by its name alone: an ``.xlsx`` that is really an old ``.xls`` gets its own message.
"""

from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hrb_desktop.core.batch.columns import parse_marker
from hrb_desktop.core.batch.errors import BatchInputError, Cancelled
from hrb_desktop.core.batch.limits import (
    MAX_COLUMNS,
    MAX_MERGED_RANGES,
    MAX_ROWS,
    ZIP_MAGIC,
    check_zip,
    read_capped,
    refuse_ole2,
)
from hrb_desktop.core.batch.sheet_scan import NotAWorkbook, SheetScan, TooManyMerged, scan_sheet, sheet_parts
from hrb_desktop.core.batch.texts import bt
from hrb_desktop.core.lang import Lang

HEADER_ROWS = 2
MAX_CELL_TEXT = 4000
DATA_SHEET_NAMES = ("企业", "Enterprises")
CSV_SUFFIXES = (".csv", ".txt")


@dataclass(slots=True)  # one per filled cell: 250,000 for 10,000 rows
class RawCell:
    value: object = None  # str, int, float, bool, datetime or None
    percent: bool = False  # shown as a percentage: Excel stores 3.65% as 0.0365
    issue: str | None = None  # a text key: cell.formula_no_value, cell.formula_error, cell.merged, cell.too_long
    detail: str = ""


@dataclass(slots=True)
class RawRow:
    number: int  # the row number Excel shows
    cells: dict[int, RawCell] = field(default_factory=dict)  # 0-based column -> non-empty cell


@dataclass
class Table:
    path: Path
    format: str  # "xlsx" or "csv"
    labels: list[str]
    ids: list[str]
    rows: list[RawRow]

    @property
    def marker(self) -> tuple[str, str | None] | None:
        """(policy id, model version) recorded by the template, if any."""
        for column_id in self.ids:
            parsed = parse_marker(column_id)
            if parsed is not None:
                return parsed
        return None


Cancel = Callable[[], bool]


def read_table(path: Path, lang: Lang = "zh", cancelled: Cancel | None = None) -> Table:
    data = read_capped(path, lang)
    refuse_ole2(data, lang)
    check = cancelled or (lambda: False)
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(path, data, lang, check)
    if path.suffix.lower() in CSV_SUFFIXES:
        return _read_csv(path, data, lang, check)
    raise BatchInputError(bt("err.not_workbook", lang))


# ---------------------------------------------------------------- XLSX


def _read_xlsx(path: Path, data: bytes, lang: Lang, cancelled: Cancel) -> Table:
    import openpyxl  # late: the wizard's start-up never needs it

    not_workbook = BatchInputError(bt("err.not_workbook", lang))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise not_workbook from exc
    with archive:
        check_zip(archive, lang)
        try:
            sheets = sheet_parts(archive)
            if not sheets:
                raise BatchInputError(bt("err.no_sheet", lang))
            name, part = next((s for s in sheets if s[0] in DATA_SHEET_NAMES), sheets[0])
            scan = scan_sheet(archive, part, MAX_MERGED_RANGES)
        except TooManyMerged as exc:
            raise BatchInputError(bt("err.too_many_merged", lang, max=MAX_MERGED_RANGES)) from exc
        except (NotAWorkbook, KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise not_workbook from exc
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (extensions, slicers): none matter here.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
            try:
                sheet = book[name]
                sheet.reset_dimensions()  # never trust the file's declared size: read every row
                table = _xlsx_rows(path, sheet.iter_rows(), scan, lang, cancelled)
            finally:
                book.close()
    except (BatchInputError, Cancelled):
        raise
    except Exception as exc:  # a damaged part anywhere in a third-party parser: one clear message
        raise BatchInputError(bt("err.not_workbook", lang), [f"{type(exc).__name__}: {exc}"[:300]]) from exc
    return table


def _xlsx_rows(path: Path, rows: Iterable[tuple[Any, ...]], scan: SheetScan, lang: Lang, cancelled: Cancel) -> Table:
    labels: list[str] = []
    ids: list[str] = []
    out: list[RawRow] = []
    last_with_value = 0
    for number, row in enumerate(rows, start=1):
        if number % 500 == 0 and cancelled():
            raise Cancelled
        if number <= HEADER_ROWS:
            texts = [_header_text(c.value) for c in row]
            if len(texts) > MAX_COLUMNS and any(texts[MAX_COLUMNS:]):
                raise BatchInputError(bt("err.too_many_columns", lang, max=MAX_COLUMNS))
            if number == 1:
                labels = texts
            else:
                ids = [t.strip() for t in texts]
            continue
        raw = RawRow(number)
        for index, cell in enumerate(row):
            if index >= MAX_COLUMNS:
                break
            got = _xlsx_cell(cell, (number, index + 1) in scan.uncached)
            if got is not None:
                raw.cells[index] = got
        if raw.cells:
            last_with_value = number
            out.append(raw)
            if len(out) > MAX_ROWS:
                raise BatchInputError(bt("err.too_many_rows", lang, max=MAX_ROWS))
    _mark_merged(out, scan, len(ids), last_with_value)
    return Table(path, "xlsx", labels, ids, out)


def _xlsx_cell(cell: object, uncached: bool) -> RawCell | None:
    value = getattr(cell, "value", None)
    kind = getattr(cell, "data_type", None)
    if kind == "e":  # #DIV/0!, #REF! ...: a formula's error result
        return RawCell(issue="cell.formula_error", detail=str(value))
    if value is None:
        return RawCell(issue="cell.formula_no_value") if uncached else None
    if isinstance(value, str):
        if not value.strip():
            return None
        if len(value) > MAX_CELL_TEXT:
            return RawCell(issue="cell.too_long", detail=str(len(value)))
        return RawCell(value)
    if isinstance(value, bool | date):
        return RawCell(value)
    if isinstance(value, int | float):
        number_format = getattr(cell, "number_format", None) or ""
        return RawCell(value, percent="%" in number_format)
    return RawCell(str(value))  # a time or a duration: named as it is


def _header_text(value: object) -> str:
    return "" if value is None else str(value)[:MAX_CELL_TEXT]


def _mark_merged(rows: list[RawRow], scan: SheetScan, width: int, last_row: int) -> None:
    """Every cell of a merged range but its first holds nothing in the file, though the user
    sees the first cell's value there: flag them, so no row is silently read as empty."""
    by_number = {row.number: row for row in rows}
    for min_col, min_row, max_col, max_row in scan.merged:
        first_row = max(min_row, HEADER_ROWS + 1)
        span = f"{_letter(min_col)}{min_row}:{_letter(max_col)}{max_row}"
        for number in range(first_row, min(max_row, last_row) + 1):
            for column in range(min_col, min(max_col, width) + 1):
                if (number, column) == (min_row, min_col):
                    continue
                row = by_number.get(number)
                if row is None:
                    row = by_number[number] = RawRow(number)
                    rows.append(row)
                row.cells[column - 1] = RawCell(issue="cell.merged", detail=span)
    rows.sort(key=lambda r: r.number)


def _letter(column: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return str(get_column_letter(column))


# ---------------------------------------------------------------- CSV


def decode_csv(data: bytes, lang: Lang) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM (Excel's "Unicode text"), or
    GB18030, which Excel in China writes for "CSV" (the ANSI code page, GBK, is a subset).

    UTF-8 is tried strictly first: GBK text is almost never valid UTF-8, while the
    reverse guess would turn UTF-8 Chinese into plausible-looking nonsense.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BatchInputError(bt("err.csv_encoding", lang)) from exc
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BatchInputError(bt("err.csv_encoding", lang))


def _read_csv(path: Path, data: bytes, lang: Lang, cancelled: Cancel) -> Table:
    try:
        text = decode_csv(data, lang)
    except UnicodeDecodeError as exc:
        raise BatchInputError(bt("err.csv_encoding", lang)) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = max(("\t", ";", ","), key=first_line.count) if first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    labels: list[str] = []
    ids: list[str] = []
    out: list[RawRow] = []
    try:
        for number, fields in enumerate(reader, start=1):
            if number % 500 == 0 and cancelled():
                raise Cancelled
            if len(fields) > MAX_COLUMNS and any(f.strip() for f in fields[MAX_COLUMNS:]):
                raise BatchInputError(bt("err.too_many_columns", lang, max=MAX_COLUMNS))
            if number == 1:
                labels = fields
                continue
            if number == 2:
                ids = [f.strip() for f in fields]
                continue
            raw = RawRow(number)
            for index, value in enumerate(fields[:MAX_COLUMNS]):
                if not value.strip():
                    continue
                if len(value) > MAX_CELL_TEXT:
                    raw.cells[index] = RawCell(issue="cell.too_long", detail=str(len(value)))
                else:
                    raw.cells[index] = RawCell(value)
            if raw.cells:
                out.append(raw)
                if len(out) > MAX_ROWS:
                    raise BatchInputError(bt("err.too_many_rows", lang, max=MAX_ROWS))
    except csv.Error as exc:
        raise BatchInputError(bt("err.csv_syntax", lang, detail=f"{bt('row.where', lang, n=reader.line_num)}: {exc}")) from exc
    return Table(path, "csv", labels, ids, out)
