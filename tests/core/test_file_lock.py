"""OS locks: held while the handle lives, gone when the process dies, and the Windows branch."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from hrb_desktop.core import file_lock
from hrb_desktop.core.file_lock import FileLock, held_elsewhere, remove_if_free
from tests.processes import kill

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from hrb_desktop.core.file_lock import FileLock
    lock = FileLock.acquire(Path(sys.argv[1]))
    print("held" if lock is not None else "busy", flush=True)
    time.sleep(600)
    """
)


def hold_in_child(path: Path) -> subprocess.Popen[str]:
    """A real other process holding ``path``'s lock until it is killed (see ``kill``)."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_lock_is_held_until_released(tmp_path: Path) -> None:
    path = tmp_path / "a.lock"
    assert not held_elsewhere(path)  # no such file: nobody holds it
    lock = FileLock.acquire(path)
    assert lock is not None and lock.held
    assert held_elsewhere(path)  # another handle in this process is "elsewhere" too
    assert FileLock.acquire(path) is None
    lock.write_note(b'{"pid": 1}')
    lock.write_note(b"{}")
    assert path.read_bytes() == b"{}"  # POSIX locks are advisory: the note stays readable
    lock.release()
    lock.release()  # twice is harmless
    assert not held_elsewhere(path) and path.exists()


def test_the_kernel_drops_the_lock_of_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / "b.lock"
    child = hold_in_child(path)
    try:
        assert held_elsewhere(path)
        assert not remove_if_free(path) and path.exists()  # a live owner's lock is never deleted
    finally:
        kill(child)
    assert not held_elsewhere(path)
    assert remove_if_free(path) and not path.exists()
    assert remove_if_free(path)  # already gone


def test_exclusive_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "c.lock"
    path.write_bytes(b"")
    with pytest.raises(FileExistsError):
        FileLock.acquire(path, exclusive_create=True)


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows behaves: byte-range locks per handle, refused with EACCES
    (LK_NBLCK) when another handle holds the range. Keyed by file identity (device, inode)."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}  # (dev, ino, offset) -> fd
        self.calls: list[tuple[int, int, int, int]] = []  # (fd, mode, nbytes, position)

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((fd, mode, nbytes, position))
        st = os.fstat(fd)
        key = (st.st_dev, st.st_ino, position)
        if mode == self.LK_NBLCK:
            if key in self.held and self.held[key] != fd:
                raise OSError(errno.EACCES, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise OSError(errno.EACCES, "Permission denied")
            del self.held[key]
        else:  # pragma: no cover - the code only uses the two above
            raise AssertionError(mode)


def test_windows_branch_locks_the_first_byte_without_waiting(tmp_path: Path) -> None:
    fake = FakeMsvcrt()
    path = tmp_path / "w.lock"
    path.write_bytes(b'{"pid": 4}')
    first = os.open(path, os.O_RDWR)
    second = os.open(path, os.O_RDONLY)
    try:
        os.lseek(first, 5, os.SEEK_SET)  # wherever the handle was, the first byte is locked
        assert file_lock._try_lock_windows(first, fake)
        assert fake.calls[-1] == (first, fake.LK_NBLCK, 1, 0)
        assert not file_lock._try_lock_windows(second, fake)  # EACCES: held by another handle
        file_lock._unlock_windows(first, fake)
        assert fake.calls[-1] == (first, fake.LK_UNLCK, 1, 0)
        assert file_lock._try_lock_windows(second, fake)
    finally:
        os.close(first)
        os.close(second)


def test_windows_branch_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """FileLock, held_elsewhere and remove_if_free on the Windows code path (fake msvcrt)."""
    fake = FakeMsvcrt()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(file_lock, "_msvcrt", lambda: fake)
    path = tmp_path / "session.lock"
    lock = FileLock.acquire(path)
    assert lock is not None
    assert held_elsewhere(path)
    assert FileLock.acquire(path) is None
    assert not remove_if_free(path) and path.exists()
    lock.release()
    assert fake.held == {}
    assert not held_elsewhere(path)
    assert remove_if_free(path) and not path.exists()


def test_windows_branch_reports_other_errors(tmp_path: Path) -> None:
    """An error that is not "held by someone else" (e.g. locks unsupported) is raised."""
    broken = SimpleNamespace(LK_NBLCK=2, LK_UNLCK=0)

    def locking(fd: int, mode: int, nbytes: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    broken.locking = locking
    path = tmp_path / "x.lock"
    path.write_bytes(b"")
    fd = os.open(path, os.O_RDWR)
    try:
        with pytest.raises(OSError):
            file_lock._try_lock_windows(fd, broken)  # type: ignore[arg-type]
    finally:
        os.close(fd)
