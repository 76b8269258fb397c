"""The autosave file and its lock: what they hold, whose they are, how to read them back.

Qt-free, so that the CLI and tests can read autosaves too; ``hrb_desktop.ui.session``
decides when to write, restore and delete (see its docstring for the format and the
rules of recovery). The folder is ``hrb_desktop.core.appdata.autosave_dir()``.

An autosave belongs to a running session exactly while that session holds an OS lock on
``<id>.lock`` (``core.file_lock``): the kernel drops it when the process ends, however it
ends, so a crashed session's work is offered back even if its process id now belongs to
another program. The process id and host in the lock file are only information.
"""

from __future__ import annotations

import json
import os
import platform
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from hrb_desktop.core.answers import Answers
from hrb_desktop.core.assessment import (
    MAX_FILE_BYTES,
    Assessment,
    AssessmentError,
    PolicyLookup,
    assessment_from_data,
    assessment_to_json,
)
from hrb_desktop.core.file_identity import FileIdentity
from hrb_desktop.core.file_lock import FileLock, delete_file, held_elsewhere, remove_if_free
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.safe_json import UntrustedInputError, read_json_file

AUTOSAVE_SUFFIX = ".hrba-autosave"
LOCK_SUFFIX = ".lock"
AUTOSAVE_FORMAT = "hrb-autosave"
AUTOSAVE_VERSION = 1
MAX_AUTOSAVE_BYTES = MAX_FILE_BYTES + 100_000  # an assessment the loader takes, and the envelope


@dataclass(frozen=True)
class RecoveryInfo:
    """An autosave left by a session that did not end cleanly."""

    path: Path  # the autosave file itself
    original_path: Path | None  # the .hrba file that was being edited, if it had one
    saved_at: datetime | None  # when the autosave was written (None if unreadable)
    error: AssessmentError | None  # set when the autosave is damaged: offer only "discard"
    enterprise: str = ""  # the name typed in it, so that the user knows which assessment this is
    page: str | None = None  # the wizard page the user was on (``Session.ui_page``), to return there

    @property
    def recoverable(self) -> bool:
        return self.error is None


def owner_info(session_id: str) -> dict[str, Any]:
    """Who writes: for people reading the folder. Ownership itself is the OS lock."""
    return {"session": session_id, "pid": os.getpid(), "host": platform.node()}


class Autosaved(NamedTuple):
    """What an autosave holds."""

    assessment: Assessment
    answers: Answers
    original_path: Path | None  # the .hrba file that was being edited, if it had one
    saved_at: datetime | None
    page: str | None  # the wizard page the user was on, if the writer said
    # What the original file was when the session last opened or saved it (older autosaves:
    # None), so that saving the recovered work still notices someone else's change.
    file_identity: FileIdentity | None = None


MAX_PAGE_KEY = 40


def envelope_bytes(
    session_id: str,
    assessment: Assessment,
    path: Path | None,
    page: str | None = None,
    file_identity: FileIdentity | None = None,
) -> bytes:
    envelope = {
        "format": AUTOSAVE_FORMAT,
        "version": AUTOSAVE_VERSION,
        **owner_info(session_id),
        "saved_at": datetime.now().astimezone().isoformat(timespec="milliseconds"),
        "path": str(path) if path is not None else None,
        "file": file_identity.to_json() if file_identity is not None else None,
        "page": page,
        "assessment": json.loads(assessment_to_json(assessment)),
    }
    return (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def acquire_session_lock(folder: Path, session_id: str) -> FileLock:
    """Create and lock ``<id>.lock`` for this session's lifetime, with the owner note in it.

    Raises OSError when the folder cannot be written (the caller reports it and tries again
    at the next autosave).
    """
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock.acquire(folder / f"{session_id}{LOCK_SUFFIX}")
    if lock is None:
        raise BlockingIOError(f"{session_id}{LOCK_SUFFIX} is locked by another process")
    try:
        lock.write_note(json.dumps(owner_info(session_id)).encode("utf-8"))
    except OSError:
        pass  # the note is only information
    return lock


def _session_of(path: Path, suffix: str) -> str:
    return path.name[: -len(suffix)]


def _owner_alive(folder: Path, session_id: str) -> bool:
    """The session's lock is held, by another process or another session of this one."""
    return held_elsewhere(folder / f"{session_id}{LOCK_SUFFIX}")


def leftover_autosaves(folders: Path | Iterable[Path], own_id: str) -> list[Path]:
    """Autosaves in ``folders`` whose owner is gone (nobody holds their lock), most recent first.

    Several folders: the current one and the one an older version used (see
    ``core.appdata.legacy_autosave_dir``), so that an upgrade hides no crash's work.
    """
    found: list[tuple[float, Path]] = []
    for folder in [folders] if isinstance(folders, Path) else folders:
        try:
            entries = [p for p in folder.iterdir() if p.name.endswith(AUTOSAVE_SUFFIX)]
        except OSError:
            continue
        for path in entries:
            session_id = _session_of(path, AUTOSAVE_SUFFIX)
            if session_id == own_id or not path.is_file() or _owner_alive(folder, session_id):
                continue
            try:
                mtime = path.stat().st_mtime
            except OSError:
                continue
            found.append((mtime, path))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [path for _, path in found]


def remove_stale_locks(folder: Path, own_id: str) -> None:
    """Delete the locks of sessions that ended without autosaving anything (killed before
    their first edit): nothing to recover, they would only pile up.

    Only locks nobody holds; a lock with an autosave beside it stays with it until that
    autosave is restored or discarded."""
    try:
        locks = [p for p in folder.iterdir() if p.name.endswith(LOCK_SUFFIX)]
    except OSError:
        return
    for lock in locks:
        session_id = _session_of(lock, LOCK_SUFFIX)
        if session_id == own_id or (folder / f"{session_id}{AUTOSAVE_SUFFIX}").exists():
            continue
        remove_if_free(lock)


def remove_autosaves(autosave_dir: Path) -> list[Path]:
    """Delete every autosave in ``autosave_dir`` that no running session owns, with its lock
    (and the half-written temporary autosaves older versions could leave).

    Returns the files that could not be deleted. The autosaves of running sessions — in
    another window or on another account's session of this folder — stay: deleting them would
    lose that window's work if it crashed before its next edit.
    """
    failed: list[Path] = []
    try:
        entries = list(autosave_dir.iterdir())
    except OSError:
        return failed
    for entry in entries:
        name = entry.name
        if name.endswith(AUTOSAVE_SUFFIX):
            session_id = _session_of(entry, AUTOSAVE_SUFFIX)
            if _owner_alive(autosave_dir, session_id) or not entry.is_file():
                continue
            if not delete_file(entry):
                failed.append(entry)
            remove_if_free(autosave_dir / f"{session_id}{LOCK_SUFFIX}")
        elif _OLD_TEMP.fullmatch(name) and entry.is_file() and not delete_file(entry):
            failed.append(entry)
    return failed


# Version 0.1 wrote autosaves through ``.<name>.hrba-autosave.<random>.tmp``; nothing writes
# such names any more, so any that is left is a crash's leftover.
_OLD_TEMP = re.compile(r"\..+" + re.escape(AUTOSAVE_SUFFIX) + r"\.[^.]+\.tmp")


def read_autosave(path: Path, policy: Policy | PolicyLookup, lang: Lang) -> Autosaved:
    """The assessment an autosave holds, the file it was for, when it was written and on which page.

    ``policy``: the edition it must be for, or a lookup that finds the edition it names.

    Raises AssessmentError, in ``lang``, if the autosave is damaged in any way.
    """
    if lang == "zh":
        problem = "自动保存的文件已损坏，无法恢复"
    else:
        problem = "The autosave is damaged and cannot be recovered"
    try:  # bounded like any file: regular only, size, depth, numbers, duplicate keys
        envelope = read_json_file(path, MAX_AUTOSAVE_BYTES, lang)
    except UntrustedInputError as exc:
        raise AssessmentError(problem, [exc.summary, *exc.problems]) from None
    if not isinstance(envelope, dict) or envelope.get("format") != AUTOSAVE_FORMAT:
        raise AssessmentError(problem, ["not an hrb-desktop autosave"])
    if envelope.get("version") != AUTOSAVE_VERSION:
        raise AssessmentError(problem, [f"version: {envelope.get('version')!r}"])
    original = envelope.get("path")
    if original is not None and (not isinstance(original, str) or not original):
        raise AssessmentError(problem, [f"path: {original!r}"])
    body = envelope.get("assessment")
    if not isinstance(body, dict):
        raise AssessmentError(problem, ["assessment: missing"])
    assessment, typed = assessment_from_data(body, policy, lang)
    saved_at = None
    stamp = envelope.get("saved_at")
    if isinstance(stamp, str):
        try:
            saved_at = datetime.fromisoformat(stamp)
        except ValueError:
            saved_at = None
    page = envelope.get("page")
    if not isinstance(page, str) or not page or len(page) > MAX_PAGE_KEY:
        page = None  # older autosaves have none; a strange one is ignored, not fatal
    identity = FileIdentity.from_json(envelope.get("file"))
    return Autosaved(assessment, typed, Path(original) if original else None, saved_at, page, identity)


def delete_leftover(path: Path, own_id: str) -> None:
    """Delete another session's autosave and its lock."""
    name = path.name
    if not name.endswith(AUTOSAVE_SUFFIX):
        raise ValueError(f"not an autosave file: {path}")
    session_id = _session_of(path, AUTOSAVE_SUFFIX)
    if session_id == own_id:
        raise ValueError("this session's own autosave is not a leftover")
    unlink_quietly(path)
    remove_if_free(path.parent / f"{session_id}{LOCK_SUFFIX}")


def unlink_quietly(path: Path) -> None:
    delete_file(path)  # may fail, e.g. while an antivirus scan holds it: a leftover is harmless
