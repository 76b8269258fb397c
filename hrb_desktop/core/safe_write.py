"""Writing a file so that it is either the old one or the new one, never half of each (no Qt).

``write_atomically`` writes a temporary sibling, flushes it to disk and renames it over the
target (``os.replace``). Around that:

- **Refusals before writing**, each with its own message: a target that is a folder, a
  read-only target (on Linux ``os.replace`` would silently replace it), a missing folder, a
  file where a folder was expected.
- **Short temporary names** (``.~hrb-<8 hex>.tmp``), so a target name near the file system's
  255-byte limit still works.
- **A journal of temporary files** in the app-data folder (``pending-writes/``): one entry per
  write, created *before* the temporary file and locked (``core.file_lock``) while the write
  runs, deleted once the temporary file is gone. A process killed mid-write leaves its entry
  unlocked; ``remove_leftover_temps`` (called at start-up) deletes the temporary files such
  entries name — only files matching our pattern, never anything else — and the entries.
- **Retries of the rename**: antivirus scanners, the search indexer, a PDF viewer or another
  instance reading the target make Windows refuse the rename for a moment (sharing
  violations, winerror 5, 32, 33). The rename is tried 6 times over about 1.3 s before the
  user is told that the file is open in another program.

Failures raise ``WriteFailed`` with a message in the user's language; the old file is then
untouched and the temporary file removed. ``hrb_desktop.core.assessment.atomic_write`` turns
it into an ``AssessmentError`` for the callers that show it.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import time
from pathlib import Path

from hrb_desktop.core import appdata
from hrb_desktop.core.file_lock import FileLock, delete_file, try_lock
from hrb_desktop.core.lang import Lang

TEMP_PREFIX = ".~hrb-"
TEMP_SUFFIX = ".tmp"
TEMP_NAME = re.compile(r"\.~hrb-([0-9a-f]{8})\.tmp")
JOURNAL_FOLDER = "pending-writes"
JOURNAL_SUFFIX = ".entry"
MAX_ENTRY_BYTES = 8192
# An entry whose folder has disappeared (a USB stick not plugged in) is kept this long, so
# that the temporary file can still be removed when the stick comes back.
KEEP_ORPHAN_ENTRY_S = 30 * 24 * 3600
EMPTY_ENTRY_GRACE_S = 60

# Pauses between the tries of ``os.replace``: 6 tries in about 1.3 s.
REPLACE_BACKOFF_S: tuple[float, ...] = (0.05, 0.1, 0.2, 0.35, 0.6)
SHARING_VIOLATIONS = {5, 32, 33}  # ERROR_ACCESS_DENIED, _SHARING_VIOLATION, _LOCK_VIOLATION

_BINARY = getattr(os, "O_BINARY", 0)


class WriteFailed(Exception):
    """A write that did not happen; the old file is unchanged. ``summary`` is ready to show."""

    def __init__(self, summary: str, problems: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.problems = problems or []


def journal_dir() -> Path:
    return appdata.data_dir() / JOURNAL_FOLDER


def write_atomically(path: Path, data: bytes, lang: Lang = "zh", *, journal: Path | None = None) -> None:
    """Replace ``path`` by ``data`` atomically (see the module docstring); raises WriteFailed.

    ``journal`` is the folder of the temporary-file journal (default: the app-data folder's).
    """
    path = Path(os.path.abspath(os.fspath(path)))
    folder = path.parent
    _check_target(path, lang)
    entry: _JournalEntry | None = None
    tmp: Path | None = None
    try:
        entry, tmp, fd = _create_temp(folder, journal if journal is not None else journal_dir(), path, lang)
        try:
            # The temporary file gets the mode a plain open() would give (or the replaced
            # file's), so a shared PDF or assessment stays readable by the others.
            os.chmod(tmp, _target_mode(path))
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        _replace_with_retries(tmp, path, lang)
        tmp = None
    except OSError as exc:
        raise WriteFailed(
            _text(lang, f"无法写入 {path}。原文件未被改动。", f"Cannot write {path}. The old file is unchanged."),
            [exc.strerror or str(exc)],
        ) from exc
    finally:
        if tmp is not None:
            delete_file(tmp)
        if entry is not None:
            entry.close()


# -- refusals ------------------------------------------------------------------


def _check_target(path: Path, lang: Lang) -> None:
    """Refuse, with a message that says what is wrong, what no rename should overwrite."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        _check_folder(path, lang)
        return
    except NotADirectoryError:
        _check_folder(path, lang)
        return
    except OSError:
        return  # let the write itself report it, with the system's reason
    if stat.S_ISDIR(st.st_mode):
        raise WriteFailed(
            _text(lang, f"{path} 是一个文件夹，不能保存为文件。", f"{path} is a folder, not a file.")
        )
    if is_read_only(path, st):
        raise WriteFailed(
            _text(
                lang,
                f"{path} 是只读文件，未被改写。请另选文件名，或先取消它的只读属性。",
                f"{path} is read-only and was not overwritten. Choose another name, or clear its read-only attribute first.",
            )
        )


def is_read_only(path: Path, st: os.stat_result) -> bool:
    """True for a file nobody may write (mode bits, or Windows' read-only attribute, which
    ``os.stat`` reports as missing write bits) or that this user may not write."""
    return not (st.st_mode & 0o222) or not os.access(path, os.W_OK)


def _check_folder(path: Path, lang: Lang) -> None:
    folder = path.parent
    ancestor = folder
    while True:
        try:
            st = os.stat(ancestor)
        except (FileNotFoundError, NotADirectoryError):
            if ancestor.parent == ancestor:
                break
            ancestor = ancestor.parent
            continue
        except OSError:
            return
        if not stat.S_ISDIR(st.st_mode):
            raise WriteFailed(
                _text(
                    lang,
                    f"{ancestor} 是一个文件，不是文件夹，无法保存到 {path}。",
                    f"{ancestor} is a file, not a folder: cannot save to {path}.",
                )
            )
        break
    if ancestor != folder:
        raise WriteFailed(
            _text(lang, f"文件夹不存在：{folder}", f"The folder does not exist: {folder}")
        )


# -- the temporary file and its journal entry -------------------------------------


class _JournalEntry:
    """``<hex>.entry``: the temporary file's full path, locked while its write runs."""

    def __init__(self, lock: FileLock) -> None:
        self.lock = lock

    def close(self) -> None:
        self.lock.release()
        delete_file(self.lock.path)


def _open_entry(journal: Path, token: str, tmp: Path) -> _JournalEntry | None:
    """Record ``tmp`` before it exists; None when the journal cannot be written (the write
    goes on: a leftover temporary file is untidy, a refused save is worse)."""
    try:
        journal.mkdir(parents=True, exist_ok=True)
        lock = FileLock.acquire(journal / f"{token}{JOURNAL_SUFFIX}", exclusive_create=True)
    except OSError:
        return None
    if lock is None:  # pragma: no cover - a fresh random name locked by someone else
        return None
    entry = _JournalEntry(lock)
    try:
        lock.write_note(os.fsencode(tmp))
    except OSError:
        entry.close()
        return None
    return entry


def _create_temp(folder: Path, journal: Path, target: Path, lang: Lang) -> tuple[_JournalEntry | None, Path, int]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | getattr(os, "O_NOINHERIT", 0)
    for _ in range(20):
        token = secrets.token_hex(4)
        tmp = folder / f"{TEMP_PREFIX}{token}{TEMP_SUFFIX}"
        entry = _open_entry(journal, token, tmp)
        try:
            fd = os.open(tmp, flags, 0o600)
        except FileExistsError:
            if entry is not None:
                entry.close()
            continue
        except PermissionError as exc:
            if entry is not None:
                entry.close()
            raise WriteFailed(
                _text(
                    lang,
                    f"无法写入 {target}：没有权限在文件夹 {folder} 中保存。原文件未被改动。",
                    f"Cannot write {target}: no permission to save in the folder {folder}. "
                    "The old file is unchanged.",
                ),
                [exc.strerror or str(exc)],
            ) from exc
        except BaseException:
            if entry is not None:
                entry.close()
            raise
        return entry, tmp, fd
    raise WriteFailed(  # pragma: no cover - 20 collisions of 32 random bits
        _text(lang, f"无法写入 {target}。原文件未被改动。", f"Cannot write {target}. The old file is unchanged.")
    )


def _replace_with_retries(tmp: Path, path: Path, lang: Lang) -> None:
    for pause in (*REPLACE_BACKOFF_S, None):
        try:
            os.replace(tmp, path)
            return
        except OSError as exc:
            if not _sharing_violation(exc):
                raise
            if pause is None:
                raise WriteFailed(
                    _text(
                        lang,
                        f"无法写入 {path}：文件被其他程序占用（例如 PDF 阅读器、杀毒软件或本程序的另一个窗口）。"
                        "请关闭它后再试。原文件未被改动。",
                        f"Cannot write {path}: the file is open in another program (a PDF viewer, an antivirus "
                        "scan or another window of this program). Close it and try again. The old file is unchanged.",
                    ),
                    [exc.strerror or str(exc)],
                ) from exc
            time.sleep(pause)


def _sharing_violation(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in SHARING_VIOLATIONS


def _target_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# -- start-up cleaning --------------------------------------------------------------


def remove_leftover_temps(journal: Path | None = None) -> list[Path]:
    """Delete the temporary files of writes that were killed half-way; returns them.

    Only entries nobody holds (their writer is gone), and only files named like ours, of the
    entry's own token, that are regular files. Entries of running writes are left alone.
    """
    folder = journal if journal is not None else journal_dir()
    try:
        entries = [p for p in folder.iterdir() if p.name.endswith(JOURNAL_SUFFIX)]
    except OSError:
        return []
    removed: list[Path] = []
    for entry in entries:
        token = entry.name[: -len(JOURNAL_SUFFIX)]
        try:
            fd = os.open(entry, os.O_RDONLY | _BINARY)
        except OSError:
            continue
        drop = False
        try:
            if not try_lock(fd):
                continue  # a write in progress, in this or another process
            raw = os.read(fd, MAX_ENTRY_BYTES)
            tmp = Path(os.fsdecode(raw)) if raw else None
            match = TEMP_NAME.fullmatch(tmp.name) if tmp is not None else None
            if tmp is None:
                # Killed while recording, or a writer that created its entry a moment ago and
                # is about to lock it: only an old empty entry is certainly the first kind.
                drop = _older_than(entry, EMPTY_ENTRY_GRACE_S)
            elif match is None or match.group(1) != token or not tmp.is_absolute():
                drop = True  # not ours: nothing to delete
            else:
                drop = _remove_temp(tmp, entry, removed)
        except OSError:
            continue
        finally:
            os.close(fd)  # also releases the lock
        if drop:
            delete_file(entry)
    return removed


def _remove_temp(tmp: Path, entry: Path, removed: list[Path]) -> bool:
    """Delete ``tmp`` if it is a regular file; True when the entry has served its purpose."""
    try:
        st = os.lstat(tmp)
    except (FileNotFoundError, NotADirectoryError):
        if tmp.parent.is_dir():
            return True  # the write finished or was cleaned up: only the entry was left
        return _older_than(entry, KEEP_ORPHAN_ENTRY_S)
    except OSError:
        return False  # unreachable just now (a network folder): try at the next start
    if not stat.S_ISREG(st.st_mode):
        return True  # a link or a folder of that name is not something we wrote
    if delete_file(tmp):
        removed.append(tmp)
        return True
    return False


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def _text(lang: Lang, zh: str, en: str) -> str:
    return en if lang == "en" else zh
