"""Per-enterprise output files: names safe on Windows, and a folder filled all at once or not at all.

Files are written into a hidden staging folder inside the target folder (the
same disk, so moving them is a rename) and moved in only when the whole batch
has succeeded; a cancel or a failure deletes the staging folder, and the target
folder too if this run created it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from hrb_desktop.core.batch.texts import bt
from hrb_desktop.core.lang import Lang

MAX_STEM = 80  # leaves room for the folder within Windows' 260-character paths
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{name}{n}" for name in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]
}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def safe_stem(name: str, fallback: str) -> str:
    """A file name stem Windows, macOS and Linux all accept, close to ``name``."""
    stem = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip()
    stem = stem[:MAX_STEM].rstrip(". ")  # Windows drops trailing dots and spaces
    if not stem:
        stem = fallback
    if stem.split(".")[0].upper().rstrip(" ") in _RESERVED:
        stem = f"_{stem}"
    return stem


class UniqueNames:
    """Hands out names that differ even where the file system ignores case (Windows, macOS)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, stem: str, suffix: str) -> str:
        candidate = f"{stem}{suffix}"
        n = 2
        while candidate.casefold() in self._taken:
            candidate = f"{stem} ({n}){suffix}"
            n += 1
        self._taken.add(candidate.casefold())
        return candidate


class StagedFolder:
    """Collects files for ``target`` and moves them in on ``commit``; ``discard`` leaves no trace."""

    def __init__(self, target: Path, lang: Lang) -> None:
        self.target = target
        self._created = False
        try:
            if not target.exists():
                target.mkdir(parents=True)
                self._created = True
            self.staging = Path(tempfile.mkdtemp(prefix=".hrb-batch-", dir=target))
        except OSError as exc:
            raise OSError(bt("err.out_dir", lang, path=target)) from exc
        self.names: list[str] = []

    def write(self, name: str, data: bytes) -> None:
        (self.staging / name).write_bytes(data)
        self.names.append(name)

    def commit(self) -> None:
        for name in self.names:
            os.replace(self.staging / name, self.target / name)
        shutil.rmtree(self.staging, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        if self._created:
            try:
                self.target.rmdir()  # only if empty: never remove what someone else put there
            except OSError:
                pass
