"""Guard against the Qt binding's reference-count bug (PySide6 6.12.0 on Python 3.11).

That release drops one reference to ``None`` on every call of a ``void`` Qt
method, so a long session ends in "Fatal Python error: deallocating None".
pyproject.toml pins a release without it; this test fails if one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.hide()
    assert before - sys.getrefcount(None) < 100
