"""The autosave file and its lock: what they hold, whose they are, how to read them back.

Qt-free; ``hrb_desktop.ui.session`` decides when to write, restore and delete
(see its docstring for the format and the rules of recovery).
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hrb_desktop.core.answers import Answers
from hrb_desktop.core.assessment import (
    MAX_FILE_BYTES,
    Assessment,
    AssessmentError,
    assessment_from_data,
    assessment_to_json,
)
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.safe_json import UntrustedInputError, read_json_file
from hrb_desktop.ui.settings import AUTOSAVE_SUFFIX, LOCK_SUFFIX

AUTOSAVE_FORMAT = "hrb-autosave"
AUTOSAVE_VERSION = 1
MAX_AUTOSAVE_BYTES = MAX_FILE_BYTES + 100_000  # an assessment the loader takes, and the envelope

# Ids of the sessions alive in this process: an autosave carrying our own
# process id but none of these ids was left by a session that is gone.
LIVE_SESSIONS: set[str] = set()


@dataclass(frozen=True)
class RecoveryInfo:
    """An autosave left by a session that did not end cleanly."""

    path: Path  # the autosave file itself
    original_path: Path | None  # the .hrba file that was being edited, if it had one
    saved_at: datetime | None  # when the autosave was written (None if unreadable)
    error: AssessmentError | None  # set when the autosave is damaged: offer only "discard"
    enterprise: str = ""  # the name typed in it, so that the user knows which assessment this is

    @property
    def recoverable(self) -> bool:
        return self.error is None


def owner_info(session_id: str) -> dict[str, Any]:
    """Who writes: enough to tell later whether that process is still running."""
    return {"session": session_id, "pid": os.getpid(), "host": platform.node(), "boot_id": _boot_id()}


def envelope_bytes(session_id: str, assessment: Assessment, path: Path | None) -> bytes:
    envelope = {
        "format": AUTOSAVE_FORMAT,
        "version": AUTOSAVE_VERSION,
        **owner_info(session_id),
        "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "path": str(path) if path is not None else None,
        "assessment": json.loads(assessment_to_json(assessment)),
    }
    return (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def leftover_autosaves(folder: Path, own_id: str) -> list[Path]:
    """Autosaves in ``folder`` whose owner is gone, most recent first."""
    try:
        entries = [p for p in folder.iterdir() if p.name.endswith(AUTOSAVE_SUFFIX)]
    except OSError:
        return []
    found: list[tuple[float, Path]] = []
    for path in entries:
        session_id = path.name[: -len(AUTOSAVE_SUFFIX)]
        if session_id == own_id or not path.is_file():
            continue
        owner = _read_json_object(folder / f"{session_id}{LOCK_SUFFIX}", 10_000)
        if owner is None:
            owner = _read_json_object(path, MAX_AUTOSAVE_BYTES)
        if owner is not None and _owner_alive(owner, session_id):
            continue
        try:
            mtime = path.stat().st_mtime
        except OSError:
            continue
        found.append((mtime, path))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [path for _, path in found]


def remove_stale_locks(folder: Path, own_id: str) -> None:
    """Delete the locks of sessions that ended without autosaving anything and are gone
    (killed before their first edit): nothing to recover, they would only pile up.

    Only owners on this computer that are provably gone; a lock with an autosave beside it
    stays with it until that autosave is restored or discarded."""
    try:
        locks = [p for p in folder.iterdir() if p.name.endswith(LOCK_SUFFIX)]
    except OSError:
        return
    for lock in locks:
        session_id = lock.name[: -len(LOCK_SUFFIX)]
        if session_id == own_id or (folder / f"{session_id}{AUTOSAVE_SUFFIX}").exists():
            continue
        owner = _read_json_object(lock, 10_000)
        if owner is None:
            continue  # unreadable (being written, or not ours to judge): leave it
        host = owner.get("host")
        if isinstance(host, str) and host and host != platform.node():
            continue
        if not _owner_alive(owner, session_id):
            unlink_quietly(lock)


def read_autosave(
    path: Path, policy: Policy, lang: Lang
) -> tuple[Assessment, Answers, Path | None, datetime | None]:
    """The assessment an autosave holds, the file it was for and when it was written.

    Raises AssessmentError, in ``lang``, if the autosave is damaged in any way.
    """
    if lang == "zh":
        problem = "自动保存的文件已损坏，无法恢复"
    else:
        problem = "The autosave is damaged and cannot be recovered"
    try:
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
    return assessment, typed, Path(original) if original else None, saved_at


def delete_leftover(path: Path, own_id: str) -> None:
    """Delete another session's autosave and its lock."""
    name = path.name
    if not name.endswith(AUTOSAVE_SUFFIX):
        raise ValueError(f"not an autosave file: {path}")
    session_id = name[: -len(AUTOSAVE_SUFFIX)]
    if session_id == own_id:
        raise ValueError("this session's own autosave is not a leftover")
    unlink_quietly(path)
    unlink_quietly(path.parent / f"{session_id}{LOCK_SUFFIX}")


def unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # e.g. locked by an antivirus scan; a leftover is harmless


def _read_json_object(path: Path, limit: int) -> dict[str, Any] | None:
    try:
        data = read_json_file(path, limit)  # only a regular file: a FIFO here would block
    except UntrustedInputError:
        return None
    return data if isinstance(data, dict) else None


def _boot_id() -> str | None:
    """Linux: changes at every boot, so process ids from before a reboot are known dead."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def _owner_alive(owner: dict[str, Any], session_id: str) -> bool:
    pid = owner.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    host = owner.get("host")
    if isinstance(host, str) and host and host != platform.node():
        return False  # cannot tell from here: offer it rather than lose it
    boot = owner.get("boot_id")
    current_boot = _boot_id()
    if isinstance(boot, str) and current_boot and boot != current_boot:
        return False
    if pid == os.getpid():
        return session_id in LIVE_SESSIONS
    return _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    process_query_limited_information = 0x1000
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: the process exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
