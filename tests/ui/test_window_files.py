"""The window's side of never losing work: a file changed by someone else while it was open
(overwrite / reload / save as), recent files checked off the UI thread, and the dialog."""

from __future__ import annotations

import json
import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hrb_desktop.ui import recent_check
from hrb_desktop.ui.dialogs import Dialogs
from hrb_desktop.ui.session import Session
from tests.ui.wizard_helpers import EQUIPMENT, close, make_window


def amount(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["answers"]["a1_investment"]


@pytest.fixture
def conflict(qtbot, tmp_path: Path):
    """A window with shared.hrba open and an unsaved change, and a second session (another
    window) that saved the same file meanwhile."""
    shared = tmp_path / "shared.hrba"
    shared.write_bytes(EQUIPMENT.read_bytes())
    window = make_window(qtbot, tmp_path)
    other = Session(window.session.policy, tmp_path / "autosave", settings=window.settings)
    try:
        assert window.open(shared)
        other.open(shared)
        other.set_answer("a1_investment", Decimal("111"))
        other.save()
        window.session.set_answer("a1_investment", Decimal("222"))
        yield window, shared
    finally:
        other.close_cleanly()
        close(window)


def test_cancel_writes_nothing_and_keeps_my_changes(conflict) -> None:
    window, shared = conflict
    window.dialogs.file_changed = "cancel"
    assert not window.save()
    assert window.dialogs.questions == ["shared.hrba"]
    assert amount(shared) == "111"
    assert window.session.dirty and window.session.answers["a1_investment"] == Decimal("222")
    assert window.dialogs.errors == []  # a question, not an error


def test_overwrite_writes_mine(conflict) -> None:
    window, shared = conflict
    window.dialogs.file_changed = "overwrite"
    assert window.save()
    assert amount(shared) == "222" and not window.session.dirty


def test_save_as_keeps_both(conflict, tmp_path: Path) -> None:
    window, shared = conflict
    window.dialogs.file_changed = "save_as"
    window.dialogs.next_save = tmp_path / "mine.hrba"
    assert window.save()
    assert amount(shared) == "111" and amount(tmp_path / "mine.hrba") == "222"
    assert window.session.path == tmp_path / "mine.hrba"


@pytest.mark.parametrize("confirmed", [True, False], ids=["confirmed", "second-thoughts"])
def test_reload_asks_again_before_discarding_mine(conflict, confirmed: bool) -> None:
    window, shared = conflict
    window.dialogs.file_changed = "reload"
    window.dialogs.yes_no = confirmed
    assert not window.save()
    assert "将丢弃本窗口中尚未保存的修改" in window.dialogs.questions[-1]
    assert amount(shared) == "111"  # the file is never written by a reload
    expected = Decimal("111") if confirmed else Decimal("222")
    assert window.session.answers["a1_investment"] == expected
    assert window.session.dirty is not confirmed


def test_a_deleted_file_is_recreated_and_the_status_bar_says_so(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "gone.hrba"
    target.write_bytes(EQUIPMENT.read_bytes())
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(target)
        target.unlink()
        window.session.set_answer("a1_investment", Decimal("5"))
        assert window.save()
        assert amount(target) == "5"
        assert "已重新创建" in window.status.text()
        assert window.dialogs.questions == []
    finally:
        close(window)


def test_recent_files_show_at_once_and_missing_ones_go_when_the_check_answers(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        present, missing = tmp_path / "present.hrba", tmp_path / "missing.hrba"
        present.write_bytes(EQUIPMENT.read_bytes())
        share = Path(r"\\server\share\old.hrba") if os.name == "nt" else tmp_path / "offline" / "old.hrba"
        for path in (share, missing, present):
            window.settings.add_recent_file(path)
        release = threading.Event()
        real_stat = os.stat

        def slow_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
            if Path(str(path)) == share:
                assert release.wait(30)
                raise TimeoutError("the network name is no longer available")
            return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(recent_check, "_stat", slow_stat)
        window._refresh_recent()  # what opening, saving and start-up call
        assert not release.is_set()  # returned while the share still hangs
        shown = [a.text() for a in window.menus.recent_menu.actions()]
        assert shown == [str(present), str(missing), str(share)]  # the stored list, at once
        assert window.wizard.start_page.recent.count() == 3
        release.set()
        qtbot.waitUntil(lambda: len(window.menus.recent_menu.actions()) == 2, timeout=5000)
        assert [a.text() for a in window.menus.recent_menu.actions()] == [str(present), str(share)]
        assert window.wizard.start_page.recent.count() == 2
        assert window.settings.recent_files() == [present, share]
    finally:
        close(window)


def test_opening_a_recent_file_that_is_gone_says_so(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        gone = tmp_path / "gone.hrba"
        window.settings.add_recent_file(gone)
        window._refresh_recent()
        assert not window.open(gone)
        _title, summary, problems = window.dialogs.errors[-1]
        assert "找不到文件" in summary and problems[-1] == f"文件未被改动：{gone}"
        qtbot.waitUntil(lambda: window.settings.recent_files() == [], timeout=5000)
    finally:
        close(window)


def _answer_box_with(button_text: str, seen: list[QMessageBox]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer_box_with(button_text, seen))
        return
    seen.append(box)
    for button in box.buttons():
        if button.text() == button_text:
            button.click()
            return
    raise AssertionError([b.text() for b in box.buttons()])


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen message boxes
@pytest.mark.parametrize(
    ("button", "choice"),
    [("覆盖(&O)", "overwrite"), ("重新载入(&L)", "reload"), ("另存为(&A)…", "save_as"), ("取消", "cancel")],
)
def test_the_file_changed_dialog_offers_three_ways_in_plain_text(qtbot, button: str, choice: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(parent)
    seen: list[QMessageBox] = []
    QTimer.singleShot(0, lambda: _answer_box_with(button, seen))
    assert dialogs.ask_file_changed("<b>评估</b>.hrba") == choice
    (box,) = seen
    assert box.textFormat() == Qt.TextFormat.PlainText  # a file name is never markup
    assert "<b>评估</b>.hrba" in box.text() and "覆盖" in box.text() and "另存为" in box.text()
    assert box.defaultButton().text() == "另存为(&A)…"  # Enter loses nobody's work
