"""What openpyxl's streaming reader cannot tell: merged cells and formulas without a result.

openpyxl in read-only mode gives a formula cell's cached value (or None, the
same as an empty cell) and does not report merged ranges. One streaming pass
over the worksheet's XML finds both, in C-speed regular expressions and
bounded memory; the zip limits have been checked before this runs.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from openpyxl.utils.cell import range_boundaries

_CHUNK = 1 << 20
_SMALL_PART = 5_000_000  # workbook.xml and its relationships are a few KB
# A cell whose formula is followed by no value, or an empty one: <c r="D5"><f>B5*2</f></c>
_UNCACHED = re.compile(
    rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]*>\s*'
    rb"<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)"')
_ROW_END = re.compile(rb"</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>")

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class NotAWorkbook(ValueError):
    pass


class TooManyMerged(ValueError):
    pass


@dataclass
class SheetScan:
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_col, min_row, max_col, max_row
    uncached: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 1-based


def sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part path) of every worksheet, in the workbook's order."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        raise NotAWorkbook("xl/workbook.xml")
    workbook = _small_xml(archive, "xl/workbook.xml")
    rels_name = "xl/_rels/workbook.xml.rels"
    targets: dict[str, str] = {}
    if rels_name in names:
        for rel in _small_xml(archive, rels_name).iter(f"{_NS_PKG_REL}Relationship"):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            targets[rel.get("Id", "")] = path
    sheets = []
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        part = targets.get(sheet.get(f"{_NS_REL}id", ""), "")
        if part in names:
            sheets.append((sheet.get("name", ""), part))
    return sheets


def scan_sheet(archive: zipfile.ZipFile, part: str, max_merged: int) -> SheetScan:
    """Merged ranges and uncached formula cells of one worksheet part."""
    scan = SheetScan()
    carry = b""
    with archive.open(part) as source:
        while True:
            chunk = source.read(_CHUNK)
            data = carry + chunk
            if chunk:
                # Only whole rows are searched; the rest waits for the next chunk. A row
                # longer than a chunk (huge inline text) is searched when it completes.
                ends = list(_ROW_END.finditer(data))
                cut = ends[-1].end() if ends else 0
                if len(data) - cut > 64 * _CHUNK:  # no row end in 64 MB: not a sheet we read
                    cut = len(data)
            else:
                cut = len(data)
            _search(data[:cut], scan, max_merged)
            carry = data[cut:]
            if not chunk:
                break
    return scan


def _search(data: bytes, scan: SheetScan, max_merged: int) -> None:
    if b"<f" in data or b":f" in data:
        for match in _UNCACHED.finditer(data):
            _, row, col, _ = _bounds(match.group(1).decode("ascii"))
            scan.uncached.add((row, col))
    if b"mergeCell" in data:
        for match in _MERGE.finditer(data):
            ref = match.group(1).decode("ascii")
            if ":" in ref:
                scan.merged.append(_bounds(ref))
            if len(scan.merged) > max_merged:
                raise TooManyMerged(len(scan.merged))


def _bounds(ref: str) -> tuple[int, int, int, int]:
    if ":" not in ref:
        ref = f"{ref}:{ref}"
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    assert min_col is not None and min_row is not None and max_col is not None and max_row is not None
    return min_col, min_row, max_col, max_row


def _small_xml(archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    if archive.getinfo(name).file_size > _SMALL_PART:
        raise NotAWorkbook(name)
    try:
        # The standard library's expat refuses entity expansion attacks (billion laughs).
        return ElementTree.fromstring(archive.read(name))
    except ElementTree.ParseError as exc:
        raise NotAWorkbook(name) from exc
