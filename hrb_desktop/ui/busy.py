"""A busy cursor while the window cannot answer (opening a file, switching the policy edition).

Reading a file is bounded (at most a few hundred milliseconds for the largest file the loader
accepts), and rebuilding the pages for another edition takes longer: the cursor says that the
click was taken, instead of leaving the user to click again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def busy_cursor() -> Iterator[None]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
