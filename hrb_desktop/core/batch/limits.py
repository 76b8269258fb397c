"""Limits for untrusted input files, and the checks that run before any parser sees a file.

An XLSX is a zip file: its central directory declares every part's sizes, and
Python's zipfile never inflates a part beyond its declared size (a lying part
fails its CRC check instead). Checking the declared sizes therefore bounds the
memory and time openpyxl can spend, and a zip bomb is refused in milliseconds.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from hrb_desktop.core.batch.errors import BatchInputError
from hrb_desktop.core.batch.texts import bt
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.safe_json import UntrustedInputError, read_regular_file

MAX_FILE_BYTES = 50_000_000  # a filled 20,000-row template is about 12 MB
MAX_ROWS = 20_000  # enterprises in one file
MAX_COLUMNS = 400
MAX_ZIP_ENTRIES = 2_000
MAX_UNCOMPRESSED = 400_000_000  # all parts together
MAX_RATIO = 200  # deflate reaches ~1000:1 on a bomb; real sheet XML stays well below 100:1
RATIO_FLOOR = 1_000_000  # small parts (styles, empty sheets) may compress as they like
MAX_MERGED_RANGES = 2_000

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# An encrypted OOXML file is an OLE2 compound file holding these streams (MS-OFFCRYPTO).
_ENCRYPTED_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


def read_capped(path: Path, lang: Lang) -> bytes:
    """The file's bytes, refusing a missing, unreadable or oversized file, and anything that is
    not a regular file (a FIFO would block the batch for ever)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise BatchInputError(bt("err.not_found", lang, path=path)) from exc
    except OSError as exc:
        raise BatchInputError(bt("err.unreadable", lang, path=path), [exc.strerror or str(exc)]) from exc
    if size > MAX_FILE_BYTES:
        raise BatchInputError(bt("err.too_big", lang, size=_mb(size), max=_mb(MAX_FILE_BYTES)))
    try:
        return read_regular_file(path, MAX_FILE_BYTES, lang)
    except UntrustedInputError as exc:
        raise BatchInputError(exc.summary, exc.problems) from None


def refuse_ole2(data: bytes, lang: Lang) -> None:
    """Old .xls and password-protected .xlsx are both OLE2 files; say which one it is."""
    if not data.startswith(OLE2_MAGIC):
        return
    if any(marker in data for marker in _ENCRYPTED_MARKERS):
        raise BatchInputError(bt("err.encrypted", lang))
    raise BatchInputError(bt("err.xls", lang))


def check_zip(archive: zipfile.ZipFile, lang: Lang) -> None:
    """Refuse a zip whose declared contents are too many, too large or too compressed."""
    infos = archive.infolist()
    problems: list[str] = []
    if len(infos) > MAX_ZIP_ENTRIES:
        problems.append(bt("err.zip_entries", lang, n=len(infos), max=MAX_ZIP_ENTRIES))
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        problems.append(bt("err.zip_total", lang, size=_mb(total), max=_mb(MAX_UNCOMPRESSED)))
    for info in infos:
        if info.file_size > RATIO_FLOOR:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                problems.append(bt("err.zip_ratio", lang, name=info.filename[:80], ratio=round(ratio)))
                break
    if problems:
        raise BatchInputError(bt("err.zip_limits", lang, what="; ".join(problems)))


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f}"
