"""Which recent files are gone, found on a worker thread so the window never waits for a disk.

A recent file on a network share (``\\\\server\\share\\…``, or a mapped drive, which cannot be
told from a local one) that is disconnected makes a single ``stat`` wait for the network's
time-out, tens of seconds. The window therefore shows the stored list at once, and
``RecentFilesCheck`` asks the file system on a daemon thread (which never delays quitting),
then reports the missing ones on the UI thread.

The worker hands its answer over through a queue that a UI-thread timer polls while checks
are running: no Qt object is touched from the worker, so nothing can go wrong when the window
closes while a check still waits for a dead share.
"""

from __future__ import annotations

import os
import queue
import stat
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 50

# Looked up at call time, so that tests can slow it down.
_stat = os.stat


def is_missing(path: Path) -> bool:
    """True when ``path`` is certainly not a file any more (deleted, moved, a folder now).

    A path that cannot be reached just now (a share offline, no permission) is not missing:
    it stays in the list, to be opened when the share is back.
    """
    try:
        st = _stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(st.st_mode)


class RecentFilesCheck(QObject):
    """``check(paths)`` returns at once; ``missing`` is emitted (on the UI thread) with the
    paths found missing, once per check that found any."""

    missing = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (paths checked, paths found missing), one per finished check
        self._answers: queue.SimpleQueue[tuple[list[Path], list[Path]]] = queue.SimpleQueue()
        self._running = 0
        self._in_flight: set[Path] = set()  # never two threads waiting for the same dead share
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    @property
    def running(self) -> bool:
        return self._running > 0

    def check(self, paths: list[Path]) -> None:
        todo = [p for p in paths if p not in self._in_flight]
        if not todo:
            return
        self._in_flight.update(todo)
        self._running += 1
        worker = threading.Thread(
            target=self._work, args=(todo,), name="hrb-recent-check", daemon=True
        )
        worker.start()
        self._poll.start()

    def _work(self, paths: list[Path]) -> None:
        # Runs on the worker thread: touches only the queue.
        gone: list[Path] = []
        try:
            gone = [p for p in paths if is_missing(p)]
        finally:
            self._answers.put((paths, gone))

    def _collect(self) -> None:
        found: list[Path] = []
        while True:
            try:
                checked, gone = self._answers.get_nowait()
            except queue.Empty:
                break
            self._in_flight.difference_update(checked)
            found += gone
            self._running -= 1
        if self._running <= 0:
            self._running = 0
            self._poll.stop()
        if found:
            self.missing.emit(found)
