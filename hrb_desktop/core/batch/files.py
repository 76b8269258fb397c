"""Per-enterprise output files: unique names, and a folder filled all at once or not at all.

Names are made safe on Windows by ``core.filenames.safe_file_stem`` (the wizard's rule too).

Files are written into a hidden staging folder inside the target folder (the
same disk, so moving them is a rename) and moved in only when the whole batch
has succeeded; a cancel or a failure deletes the staging folder, and the target
folder too if this run created it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hrb_desktop.core.batch.texts import bt
from hrb_desktop.core.lang import Lang


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
