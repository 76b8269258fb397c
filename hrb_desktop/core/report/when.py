"""The date a report is made: printed in its body and written as its PDF creation date.

Identical input and date give byte-identical PDFs, so the date is an explicit input:
the caller's (``assess --report-date``), else ``SOURCE_DATE_EPOCH`` (the reproducible-builds
convention, which reportlab also reads), else today.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime

ENV = "SOURCE_DATE_EPOCH"


class ReportDateError(ValueError):
    """``SOURCE_DATE_EPOCH`` holds something that is not a time."""


def report_date(explicit: date | None = None, environ: Mapping[str, str] | None = None) -> date:
    if explicit is not None:
        return explicit
    raw = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not raw:
        return date.today()
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC).date()
    except (ValueError, OverflowError, OSError) as exc:
        raise ReportDateError(f"{ENV}={raw[:40]!r} is not a number of seconds since 1970") from exc


def pdf_date(day: date) -> str:
    """The PDF date string (PDF 32000-1, 7.9.4) of midnight UTC on ``day``."""
    return f"D:{day:%Y%m%d}000000+00'00'"


__all__ = ["ReportDateError", "pdf_date", "report_date"]
