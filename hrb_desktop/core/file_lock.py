"""An operating-system lock on a file, which the kernel drops when its process ends (no Qt).

Why not process ids: Windows reuses them within seconds, so "the process that wrote this is
still running" cannot be told from a number in a file. A lock held on an open file can: it
lives exactly as long as the handle, and a killed process has no handles left.

- POSIX: ``flock(LOCK_EX | LOCK_NB)`` on the whole file. flock locks belong to the open file
  description, so two handles in one process exclude each other too (two sessions in one
  window-less test process behave like two programs).
- Windows: ``msvcrt.locking(LK_NBLCK)`` on the file's first byte. Windows byte-range locks are
  mandatory: while held, other handles cannot read that byte, so a lock file's note is only
  readable once its owner is gone (nothing needs it earlier).

``FileLock.acquire`` takes a lock and keeps it; ``held_elsewhere`` asks whether another handle
holds one, by trying to take it and releasing at once.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import ModuleType

# Errors that mean "someone else holds the lock" (not "locks do not work here").
_CONTENDED = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


def _msvcrt() -> ModuleType:  # pragma: no cover - Windows only
    import msvcrt

    return msvcrt


def _try_lock_windows(fd: int, msvcrt: ModuleType | None = None) -> bool:
    """Lock the first byte of ``fd`` without waiting; False if another handle holds it.

    ``msvcrt.locking`` locks from the current position, hence the seek; a lock beyond the end
    of the file is allowed, so an empty lock file can be locked too.
    """
    module = msvcrt if msvcrt is not None else _msvcrt()
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        module.locking(fd, module.LK_NBLCK, 1)
    except OSError as exc:
        if exc.errno in _CONTENDED:
            return False
        raise
    return True


def _unlock_windows(fd: int, msvcrt: ModuleType | None = None) -> None:
    module = msvcrt if msvcrt is not None else _msvcrt()
    os.lseek(fd, 0, os.SEEK_SET)
    module.locking(fd, module.LK_UNLCK, 1)


def _try_lock_posix(fd: int) -> bool:
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _CONTENDED:
            return False
        raise
    return True


def _unlock_posix(fd: int) -> None:
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` without waiting; False when another handle holds it.

    Raises OSError when the file system cannot lock at all.
    """
    return _try_lock_windows(fd) if sys.platform == "win32" else _try_lock_posix(fd)


def unlock(fd: int) -> None:
    if sys.platform == "win32":
        _unlock_windows(fd)
    else:
        _unlock_posix(fd)


_BINARY = getattr(os, "O_BINARY", 0)
_NO_INHERIT = getattr(os, "O_NOINHERIT", 0) | getattr(os, "O_CLOEXEC", 0)


class FileLock:
    """A lock held on ``path`` until ``release`` (or until the process ends, whatever happens)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path, *, exclusive_create: bool = False) -> FileLock | None:
        """Open (creating if needed) and lock ``path``; None when another handle holds it.

        ``exclusive_create`` refuses a file that already exists (FileExistsError). Raises
        OSError when the file cannot be opened or locks do not work on its file system.
        """
        flags = os.O_RDWR | os.O_CREAT | _BINARY | _NO_INHERIT
        if exclusive_create:
            flags |= os.O_EXCL
        fd = os.open(path, flags, 0o644)
        try:
            locked = try_lock(fd)
        except OSError:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return None
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def write_note(self, data: bytes) -> None:
        """Replace the file's content (information for people; the lock is what counts)."""
        if self._fd is None:
            raise ValueError("lock released")
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]

    def release(self) -> None:
        """Unlock and close; the file stays (delete it afterwards if wanted: Windows cannot
        delete a file that is still open). Safe to call twice."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            unlock(fd)
        except OSError:
            pass  # closing releases it anyway
        finally:
            os.close(fd)


def held_elsewhere(path: Path) -> bool:
    """True when another handle (another process, or another lock in this one) locks ``path``.

    A missing or unopenable file is not held. Taking the lock succeeds only when its owner
    is gone; it is released at once.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _BINARY | _NO_INHERIT)
    except OSError:
        return False
    try:
        if not try_lock(fd):
            return True
        try:
            unlock(fd)
        except OSError:
            pass
        return False
    except OSError:
        return False  # no locks on this file system: nobody can prove ownership
    finally:
        os.close(fd)


def remove_if_free(path: Path) -> bool:
    """Delete ``path`` if nobody holds a lock on it; True when it is gone afterwards.

    POSIX deletes while holding the lock, so no owner can appear in between; Windows
    cannot delete an open file, so there the lock is released first (an owner only ever
    locks a file it has just created, which this one no longer is).
    """
    try:
        fd = os.open(path, os.O_RDONLY | _BINARY | _NO_INHERIT)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        try:
            if not try_lock(fd):
                return False
        except OSError:
            pass  # no locks on this file system: nobody can prove ownership (as in held_elsewhere)
        if sys.platform != "win32":
            return delete_file(path)
    finally:
        os.close(fd)  # releases the lock
    return delete_file(path)


def delete_file(path: Path) -> bool:
    """Delete ``path``; True when it is gone afterwards (also when it never existed)."""
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True
