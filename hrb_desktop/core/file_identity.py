"""What a file was when it was opened or saved, to notice that someone changed it since (no Qt).

Two people (or two windows) open the same ``.hrba``; both save; without a check the second save
silently drops the first person's change (a "lost update"). The session remembers the file's
identity — size, modification time and the SHA-256 of its bytes — at open and at save, and
``check_unchanged`` compares it with the file on disk just before the next save. The content
decides: a file that was only touched (same bytes, new time, e.g. a sync tool) is unchanged.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrb_desktop.core.assessment import MAX_FILE_BYTES, AssessmentError
from hrb_desktop.core.lang import Lang


@dataclass(frozen=True)
class FileIdentity:
    size: int
    mtime_ns: int  # informative: the content decides
    sha256: str

    def same_content(self, other: FileIdentity) -> bool:
        return self.size == other.size and self.sha256 == other.sha256

    def to_json(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: object) -> FileIdentity | None:
        """Read back ``to_json``; None for anything else (an older autosave has none)."""
        if not isinstance(data, dict):
            return None
        size, mtime, digest = data.get("size"), data.get("mtime_ns"), data.get("sha256")
        if not (isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str)):
            return None
        if isinstance(size, bool) or isinstance(mtime, bool) or len(digest) != 64:
            return None
        return cls(size, mtime, digest)


def identity_of_bytes(path: Path, data: bytes) -> FileIdentity:
    """The identity of ``data`` just written to ``path`` (its time read from the disk)."""
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError:
        mtime = 0
    return FileIdentity(len(data), mtime, hashlib.sha256(data).hexdigest())


def identity_of_file(path: Path, limit: int = MAX_FILE_BYTES) -> FileIdentity | None:
    """The identity of the file at ``path`` now; None when there is no such file.

    A file larger than ``limit`` is not read: it gets an identity no real file matches
    (size and an empty digest), which is enough to say "changed". Raises OSError when the
    file exists but cannot be read.
    """
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    # Only a regular file is read, opened non-blocking: a FIFO (or one swapped in after the
    # stat) would block the window forever, a device would never end.
    if st.st_size > limit or not stat.S_ISREG(st.st_mode):
        return FileIdentity(st.st_size, st.st_mtime_ns, "")
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return FileIdentity(st.st_size, st.st_mtime_ns, "")
        left = limit + 1  # a file that grows meanwhile is hashed as far as the limit
        while left > 0 and (chunk := handle.read(min(1 << 20, left))):
            digest.update(chunk)
            left -= len(chunk)
    return FileIdentity(st.st_size, st.st_mtime_ns, digest.hexdigest())


class FileChangedOnDisk(AssessmentError):
    """The file was changed by someone else since this session opened or saved it."""

    def __init__(self, path: Path, lang: Lang = "zh") -> None:
        if lang == "en":
            summary = (
                f"{path.name} was changed on disk (by another program, window or person) "
                "since you opened or last saved it."
            )
        else:
            summary = f"“{path.name}”在你打开或上次保存之后，已被其他程序、窗口或他人修改。"
        super().__init__(summary, [str(path)])
        self.path = path


def check_unchanged(path: Path, known: FileIdentity | None, lang: Lang = "zh") -> str | None:
    """Before saving over ``path``: raise FileChangedOnDisk if it changed since ``known``.

    Returns a note when the file was deleted or moved away meanwhile (saving recreates it,
    nobody's work is lost). An unreadable file is not judged: the save reports why it fails.
    """
    if known is None:
        return None
    try:
        now = identity_of_file(path)
    except OSError:
        return None
    if now is None:
        if lang == "en":
            return f"The file had been deleted or moved away; it was created again: {path}"
        return f"原文件已被删除或移走，已重新创建：{path}"
    if not now.same_content(known):
        raise FileChangedOnDisk(path, lang)
    return None
