"""What the window shows before the policy has loaded (the first paint) must not change
shape a moment later: same menus, same buttons, nothing that claims to be ready."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from hrb_desktop.ui.app import AfterFirstPaint, load_after_first_paint
from tests.ui.wizard_helpers import close, unloaded_window


def test_before_loading_next_is_shown_disabled_and_nothing_claims_to_be_ready(qtbot, tmp_path: Path) -> None:
    window = unloaded_window(qtbot, tmp_path)
    window.show()
    wizard = window.wizard
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    start = wizard.start_page
    try:
        assert next_button.isVisible() and not next_button.isEnabled()
        assert not finish_button.isVisible()
        assert not start.continue_hint.isVisible()
        assert not start.new_button.isEnabled() and not start.open_button.isEnabled()
        assert start.policy_label.text() == "正在载入政策文本……"
        window.load()
        assert next_button.isVisible() and next_button.isEnabled()
        assert not finish_button.isVisible()
        assert start.continue_hint.isVisible()
        assert start.new_button.isEnabled() and start.open_button.isEnabled()
        assert "哈政规〔2021〕10号" in start.policy_label.text()
    finally:
        close(window)


class _PaintLog(QObject):
    """Records, in order, the first paint of the wizard and the start of MainWindow.load."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "paint" not in self.events:
            self.events.append("paint")
        return False


def test_the_policy_loads_only_after_the_window_has_painted(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The user's path (``load_after_first_paint`` then ``show``), not a test shortcut: a zero
    timer would run the second-long load before Qt delivers the window's first expose."""
    window = unloaded_window(qtbot, tmp_path)
    log = _PaintLog()
    window.wizard.installEventFilter(log)
    real_load = window.load
    cursors: list[object] = []

    def load() -> None:
        log.events.append("load")
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor is not None else None)
        real_load()

    monkeypatch.setattr(window, "load", load)
    gc.disable()  # as the entry points do
    frozen_before = gc.get_freeze_count()
    try:
        loader = load_after_first_paint(window, None)
        window.show()
        qtbot.waitUntil(lambda: window.ctx is not None, timeout=10_000)
        assert gc.isenabled()  # collecting again once loaded,
        assert gc.get_freeze_count() > frozen_before  # without rescanning what start-up built
        assert log.events == ["paint", "load"]
        assert loader.fired
        assert cursors == [Qt.CursorShape.WaitCursor]  # busy while loading
        assert QApplication.overrideCursor() is None  # and back to normal once loaded
        assert window.wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual
        gc.enable()
        close(window)


def test_after_first_paint_runs_once_after_the_paint(qtbot) -> None:
    widget = QLabel("哈尔滨")
    qtbot.addWidget(widget)
    calls: list[bool] = []
    log = _PaintLog()
    widget.installEventFilter(log)
    runner = AfterFirstPaint(widget, lambda: calls.append("paint" in log.events), fallback_ms=60_000)
    qtbot.wait(50)
    assert calls == [] and not runner.fired  # not shown, so nothing yet
    widget.show()
    qtbot.waitUntil(lambda: calls != [], timeout=5_000)
    assert calls == [True]  # called after the widget had painted
    widget.update()
    widget.repaint()
    qtbot.wait(50)
    assert calls == [True] and runner.fired


def test_after_first_paint_falls_back_when_the_window_never_paints(qtbot) -> None:
    widget = QLabel("最小化启动")
    qtbot.addWidget(widget)
    calls: list[int] = []
    AfterFirstPaint(widget, lambda: calls.append(1), fallback_ms=30)
    qtbot.waitUntil(lambda: calls == [1], timeout=5_000)
    qtbot.wait(50)
    assert calls == [1]
