"""One cell of a filled template as the raw value the assessment file would hold.

This only translates what a spreadsheet stores (Excel's TRUE, a date serial, a
float, 是/否, 3.65%) into the values an ``.hrba`` holds; whether the value is
acceptable is decided afterwards by ``normalise_answer`` and the assessment
model, exactly as for a file the wizard saved.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

from hrb_desktop.core.batch.columns import Column, Kind, applicant_labels
from hrb_desktop.core.batch.read_table import RawCell
from hrb_desktop.core.batch.texts import bt
from hrb_desktop.core.dates import DateTextError, parse_date_text
from hrb_desktop.core.lang import LANGS, Lang
from hrb_desktop.core.money import normalise_number_text
from hrb_desktop.core.policy_model import ApplicantType, Policy

_TRUE = {"是", "y", "yes", "true", "t", "1", "对", "√", "✓"}
_FALSE = {"否", "n", "no", "false", "f", "0", "错", "×", "✗"}
_NUMBERISH = re.compile(r"^[+-]?[\d,]*\.?\d*$")
_LIST_SEP = re.compile(r"[,，、;；\n]+")  # area labels hold spaces
_PROJECT_SEP = re.compile(r"[;；\n]+")
_ITEM_SEP = re.compile(r"[,，、\s]+")
# Dates typed year-first without separators, which Excel keeps as a number: 20221118.
_COMPACT_DATE = range(10000101, 99991232)
# Excel's 1900 date system; serial 60 is the non-existent 1900-02-29.
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_MAX_SERIAL = date(9999, 12, 31).toordinal() - _EXCEL_EPOCH


class CellError(ValueError):
    """A cell whose content cannot be read as its column's kind; the message is ready to show."""


def cell_value(column: Column, cell: RawCell, policy: Policy, lang: Lang) -> object:
    """The raw value for the assessment file (answers: bool, Decimal, date or str)."""
    if cell.issue is not None:
        raise CellError(
            bt(cell.issue, lang, range=cell.detail, text=cell.detail, n=cell.detail, max=column.max_length)
        )
    value = cell.value
    kind = column.kind
    if kind == Kind.text:
        return _as_text(value)
    if kind == Kind.credit_code:
        if not isinstance(value, str):  # Excel has already turned it into a number and lost digits
            raise CellError(bt("cell.not_text", lang))
        return value
    if kind == Kind.applicant:
        return _applicant(value, lang).value
    if kind == Kind.date:
        return _date(value, lang)
    if kind == Kind.yes_no:
        return _yes_no(value, lang)
    if kind in (Kind.amount, Kind.percent, Kind.count):
        return _number(column, cell, lang)
    if kind == Kind.choice:
        return _choice(column, value, lang)
    if kind == Kind.areas:
        return _areas(value, policy, lang)
    if kind == Kind.projects:
        return _projects(value, policy, lang)
    return value  # the marker column holds nothing to read


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return bt("yes" if value else "no")
    if isinstance(value, float):
        return f"{value:.15g}"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _applicant(value: object, lang: Lang) -> ApplicantType:
    wanted = _fold(_as_text(value))
    for code in LANGS:
        for kind, label in applicant_labels(code).items():
            short = re.split(r"[（(]", label, maxsplit=1)[0]
            if wanted in (_fold(label), _fold(short), kind.value):
                return kind
    raise CellError(bt("cell.applicant", lang, allowed=_join(list(applicant_labels(lang).values()), lang)))


def _date(value: object, lang: Lang) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError(bt("cell.date_number", lang, text=_as_text(value)))
    if isinstance(value, int | float):
        if value == int(value) and int(value) in _COMPACT_DATE:
            return _date(str(int(value)), lang)
        if 1 <= value <= _MAX_SERIAL:  # a date serial in a cell without a date format
            serial = int(value)
            return date.fromordinal(_EXCEL_EPOCH + serial + (1 if serial < 61 else 0))
        raise CellError(bt("cell.date_number", lang, text=_as_text(value)))
    try:
        return parse_date_text(str(value), lang)
    except DateTextError as exc:
        raise CellError(str(exc)) from None


def _yes_no(value: object, lang: Lang) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = _fold(_as_text(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(bt("cell.yes_no", lang, text=_as_text(value)))


def _number(column: Column, cell: RawCell, lang: Lang) -> object:
    value = cell.value
    if isinstance(value, bool):
        return value  # normalise_answer says "expected a number, not yes/no"
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        # Excel keeps 15 significant digits; the float's binary noise beyond them
        # (0.1 + 0.2 = 0.30000000000000004) is not what the user sees or means.
        number = Decimal(f"{value:.15g}")
    else:
        text = _as_text(value)
        if column.kind == Kind.percent:
            text = text.rstrip().removesuffix("%").removesuffix("％")
        if not _NUMBERISH.match(normalise_number_text(text)) or not any(ch.isdigit() for ch in text):
            raise CellError(bt("cell.not_number", lang, unit=column.unit(lang), text=_as_text(value)))
        return text  # "1,234.5" and full-width digits are read by normalise_answer itself
    if column.kind == Kind.percent and cell.percent:
        number = (number * 100).normalize()  # typed as 3.65% and stored as 0.0365
    return number


def _choice(column: Column, value: object, lang: Lang) -> str:
    assert column.question is not None
    wanted = _fold(_as_text(value))
    for choice in column.question.choices:
        if wanted in (choice.value, _fold(choice.label.zh), _fold(choice.label.en)):
            return choice.value
    allowed = _join([c.label.get(lang) for c in column.question.choices], lang)
    raise CellError(bt("cell.not_choice", lang, allowed=allowed))


def _areas(value: object, policy: Policy, lang: Lang) -> list[str]:
    known: dict[str, str] = {}
    for area in policy.areas:
        for name in (area.id, area.label.zh, area.label.en):
            known[_fold(name)] = area.id
    areas: list[str] = []
    for part in _LIST_SEP.split(_as_text(value)):
        if not part.strip():
            continue
        area_id = known.get(_fold(part)) or _unique_area(policy, _fold(part))
        if area_id is None:
            allowed = _join([a.label.get(lang) for a in policy.areas], lang)
            raise CellError(bt("cell.area", lang, text=part.strip(), allowed=allowed))
        if area_id not in areas:
            areas.append(area_id)
    return areas


def _unique_area(policy: Policy, wanted: str) -> str | None:
    """A short form such as 投资 for 重点项目投资, when exactly one area's label holds it."""
    if len(wanted) < 2:
        return None
    hits = {a.id for a in policy.areas if wanted in _fold(a.label.zh) or wanted in _fold(a.label.en)}
    return hits.pop() if len(hits) == 1 else None


def _projects(value: object, policy: Policy, lang: Lang) -> list[dict[str, object]]:
    item_ids = {item.id for item in policy.items()}
    claimed: set[str] = set()
    projects: list[dict[str, object]] = []
    for part in _PROJECT_SEP.split(_as_text(value)):
        if not part.strip():
            continue
        name, colon, items_text = _split_project(part)
        if not colon or not name.strip():
            raise CellError(bt("cell.project_syntax", lang))
        items: list[str] = []
        for item in _ITEM_SEP.split(items_text):
            if not item:
                continue
            if item not in item_ids:
                raise CellError(bt("cell.project_item", lang, text=item))
            if item in claimed:
                raise CellError(bt("cell.project_twice", lang, text=item))
            claimed.add(item)
            items.append(item)
        projects.append({"name": name.strip(), "items": items})
    return projects


def _join(names: list[str], lang: Lang) -> str:
    return ("、" if lang == "zh" else ", ").join(names)


def _split_project(part: str) -> tuple[str, str, str]:
    match = re.search(r"[:：]", part)
    if match is None:
        return part, "", ""
    return part[: match.start()], match.group(), part[match.end() :]
