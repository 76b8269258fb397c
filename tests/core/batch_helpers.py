"""Build filled templates for the batch tests, the way a user would fill them in Excel."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from hrb_desktop.core.assessment import Assessment, load_assessment
from hrb_desktop.core.batch.template import write_template
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.resources import examples_dir

EXAMPLES = sorted(examples_dir().glob("*.json"))


def policy() -> Policy:
    return embedded_policy()


def example(path: Path) -> Assessment:
    return load_assessment(path, policy())[0]


def row_values(assessment: Assessment, lang: Lang = "zh") -> dict[str, Any]:
    """Column id -> what a user types in Excel for this assessment."""
    yes, no = ("是", "否") if lang == "zh" else ("Yes", "No")
    values: dict[str, Any] = {
        f"enterprise.{key}": value for key, value in assessment.enterprise.model_dump(mode="json").items() if value
    }
    values["reference_date"] = datetime.combine(assessment.reference_date, datetime.min.time())
    if assessment.areas:
        labels = {a.id: a.label.get(lang) for a in policy().areas}
        values["areas"] = ("、" if lang == "zh" else ", ").join(labels[a] for a in assessment.areas)
    if assessment.projects:
        values["projects"] = "；".join(f"{p.name}：{'、'.join(p.items)}" for p in assessment.projects)
    for key, value in assessment.answers.items():
        if isinstance(value, bool):
            values[key] = yes if value else no
        elif isinstance(value, str) and len(value) == 10 and value[4] == "-":
            values[key] = datetime.combine(date.fromisoformat(value), datetime.min.time())
        else:
            number = Decimal(str(value))
            values[key] = int(number) if number == number.to_integral_value() else float(number)
    return values


def filled_template(folder: Path, rows: list[dict[str, Any]], lang: Lang = "zh", name: str = "filled.xlsx") -> Path:
    """The program's own template with ``rows`` (column id -> value) typed in from row 3."""
    template = folder / f"template-{lang}.xlsx"
    if not template.exists():
        write_template(template, policy(), lang)
    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[0]
    ids = [cell.value for cell in sheet[2]]
    for offset, values in enumerate(rows):
        for column_id, value in values.items():
            sheet.cell(3 + offset, ids.index(column_id) + 1, value)
    out = folder / name
    book.save(out)
    return out


def column_of(column_id: str) -> int:
    """1-based column of an id in the program's template."""
    from hrb_desktop.core.batch.columns import columns_for

    return [c.id for c in columns_for(policy()).columns].index(column_id) + 1
