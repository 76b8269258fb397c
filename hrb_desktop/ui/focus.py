"""Give the keyboard focus back to where it was once a modal dialog has closed.

After nested dialogs (Save As → "替换?" → 是) Qt, or the window manager, may leave the
main window inactive or its focus nowhere, and the next keys go nowhere. Every modal
dialog of the window runs through ``exec_returning_focus``: afterwards the window is
active again and the field or button that had the focus has it again (if it is still
shown; otherwise the current page's first field, see ``AssessmentWizard.focus_current_page``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


class _Modal(Protocol):
    def exec(self) -> int: ...


@contextmanager
def focus_returned(window: QWidget) -> Iterator[None]:
    before = QApplication.focusWidget()
    try:
        yield
    finally:
        restore_focus(window, before)


def restore_focus(window: QWidget, before: QWidget | None) -> None:
    if not shiboken6.isValid(window) or not window.isVisible():
        return
    window.activateWindow()
    if (
        before is not None
        and shiboken6.isValid(before)
        and before.window() is window
        and before.isVisible()
        and before.isEnabled()
    ):
        before.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    fallback = getattr(getattr(window, "wizard", None), "focus_current_page", None)
    if callable(fallback):
        fallback()


def exec_returning_focus(dialog: _Modal, window: QWidget) -> int:
    """``dialog.exec()``, then the focus back where it was in ``window``."""
    with focus_returned(window):
        return dialog.exec()


__all__ = ["exec_returning_focus", "focus_returned", "restore_focus"]
