"""A template row (or an assessment file) as the same ``Assessment`` the wizard edits.

Each cell is translated by ``cells.cell_value`` and checked by the wizard's own
``normalise_answer``, so a problem names its cell (row, column letter and label);
the assembled assessment then passes the model and ``typed_answers`` like any
``.hrba``. A row with any refused value is not computed, as a file with an error
is never half-loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from hrb_desktop.core.answers import AnswerError, Answers, answer_to_json, normalise_answer
from hrb_desktop.core.assessment import Assessment, AssessmentError, load_assessment, typed_answers
from hrb_desktop.core.batch.cells import CellError, cell_value
from hrb_desktop.core.batch.columns import Column, ColumnSet, Kind, parse_marker
from hrb_desktop.core.batch.errors import BatchInputError
from hrb_desktop.core.batch.read_table import RawRow, Table
from hrb_desktop.core.batch.texts import bt
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.validation_text import error_text, location


@dataclass(frozen=True)
class Problem:
    """One refused value (or a note on the whole file when ``source`` is empty)."""

    source: str  # the row number, or the file's name
    column: str  # "D", or "" when the problem is not one cell's
    label: str  # the column's label in the user's language
    message: str
    value: str = ""

    def text(self, lang: Lang) -> str:
        where = []
        if self.source:
            where.append(bt("row.where", lang, n=self.source) if self.source.isdigit() else self.source)
        if self.label and self.column:
            where.append(f"“{self.label}”（{self.column} 列）" if lang == "zh" else f"'{self.label}' (column {self.column})")
        elif self.label:
            where.append(f"“{self.label}”" if lang == "zh" else f"'{self.label}'")
        prefix = ("，" if lang == "zh" else ", ").join(where)
        text = f"{prefix}{'：' if lang == 'zh' else ': '}{self.message}" if prefix else self.message
        return text[:1].upper() + text[1:]  # "Row 3, ..." (Chinese has no case)


@dataclass
class Entry:
    """One enterprise to assess: its assessment, or the problems that kept it from being built."""

    source: str
    row: int | None
    assessment: Assessment | None = None
    answers: Answers | None = None
    problems: list[Problem] = field(default_factory=list)
    path: Path | None = None  # the assessment file it came from (folder input)
    name: str = ""  # as the row gives them, even when the row is refused
    credit_code: str = ""


@dataclass
class Layout:
    """Which column of the file holds which template column."""

    columns: dict[int, Column]
    notices: list[Problem]


def layout_for(table: Table, columns: ColumnSet, lang: Lang) -> Layout:
    """Match the id row to the template's columns; refuse unknown or repeated ids."""
    known = columns.by_id
    found: dict[int, Column] = {}
    seen: dict[str, int] = {}
    errors: list[str] = []
    notices: list[Problem] = []
    marker = table.marker
    if marker is not None and marker[0] != columns.policy.id:
        raise BatchInputError(
            bt("err.other_policy", lang, theirs=marker[0], ours=columns.policy.id, doc=columns.policy.doc_number)
        )
    if marker is not None and marker[1] not in (None, columns.policy.model_version):
        notices.append(Problem("", "", "", bt("file.model", lang, theirs=marker[1], ours=columns.policy.model_version)))
    width = max(len(table.ids), len(table.labels))
    for index in range(width):
        column_id = table.ids[index] if index < len(table.ids) else ""
        label = table.labels[index].strip() if index < len(table.labels) else ""
        letter = column_letter(index)
        if not column_id:
            if label:
                notices.append(Problem("", letter, "", bt("file.column_ignored", lang, letter=letter, label=label)))
            continue
        if parse_marker(column_id) is not None:
            continue
        column = known.get(column_id)
        if column is None:
            errors.append(bt("err.unknown_column", lang, letter=letter, label=label, id=column_id))
        elif column_id in seen:
            errors.append(bt("err.duplicate_column", lang, letter=letter, id=column_id))
        else:
            seen[column_id] = index
            found[index] = column
    if not seen:  # not one known id: this is not our template (or row 2 was deleted)
        raise BatchInputError(bt("err.no_id_row", lang))
    if errors:
        raise BatchInputError(bt("err.unknown_columns", lang), errors)
    name = known["enterprise.name"]
    if name.id not in seen:
        raise BatchInputError(bt("err.name_column", lang, label=name.label(lang)))
    for column in columns.columns:
        if column.id not in seen and column.kind != Kind.marker:
            notices.append(
                Problem("", "", "", bt("file.column_missing", lang, label=column.label(lang), id=column.id))
            )
    return Layout(found, notices)


def entry_from_row(row: RawRow, layout: Layout, columns: ColumnSet, lang: Lang) -> Entry:
    policy = columns.policy
    source = str(row.number)
    entry = Entry(source, row.number)
    data: dict[str, Any] = {"policy": policy.id, "reference_date": date.today(), "enterprise": {}, "answers": {}}
    where: dict[str, tuple[str, Column, str]] = {}  # field path -> (letter, column, shown value)
    for index, cell in sorted(row.cells.items()):
        column = layout.columns.get(index)
        if column is None:
            continue
        letter = column_letter(index)
        shown = "" if cell.value is None else _shown(cell.value)
        try:
            value = cell_value(column, cell, policy, lang)
            if column.question is not None:
                data["answers"][column.id] = answer_to_json(normalise_answer(column.question, value, lang))
            elif column.id.startswith("enterprise."):
                data["enterprise"][column.id.removeprefix("enterprise.")] = value
            else:
                data[column.id] = value
        except (CellError, AnswerError) as exc:
            entry.problems.append(Problem(source, letter, column.label(lang), str(exc), shown))
        where[column.id] = (letter, column, shown)
        if column.id == "enterprise.name":
            entry.name = shown.strip()
        elif column.id == "enterprise.credit_code":
            entry.credit_code = shown.strip()
    if entry.problems:
        return entry
    try:
        assessment = Assessment.model_validate(data, context={"lang": lang})  # messages in lang
        entry.answers = typed_answers(assessment, policy, lang)
        entry.assessment = assessment
    except ValidationError as exc:
        for error in exc.errors():
            path = location(tuple(error.get("loc", ())))
            column_id = path if path.startswith("enterprise.") else path.split("[")[0].split(".")[0]
            letter, column, shown = where.get(column_id, ("", None, ""))
            label = column.label(lang) if column is not None else ""
            entry.problems.append(Problem(source, letter, label, error_text(error, lang), shown))
    except AssessmentError as exc:  # cells were checked one by one: this is only a safety net
        entry.problems += [Problem(source, "", "", p) for p in exc.problems or [exc.summary]]
    return entry


def entry_from_file(path: Path, columns: ColumnSet, lang: Lang) -> Entry:
    entry = Entry(path.name, None, path=path)
    try:
        entry.assessment, entry.answers = load_assessment(path, columns.policy, lang)
        entry.name = entry.assessment.enterprise.name
        entry.credit_code = entry.assessment.enterprise.credit_code
    except AssessmentError as exc:
        entry.problems.append(Problem(path.name, "", "", exc.summary))
        entry.problems += [Problem(path.name, "", "", p) for p in exc.problems]
    return entry


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.15g}"
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value)[:200]
