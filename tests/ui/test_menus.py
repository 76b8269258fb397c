"""The menu bar: its titles before the policy loads, its actions and shortcuts after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from hrb_desktop.ui.main_window import MainWindow
from tests.ui.wizard_helpers import close, unloaded_window


def _titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_menu_titles_are_there_before_the_policy_loads_so_the_bar_does_not_jump(qtbot, tmp_path: Path) -> None:
    window = unloaded_window(qtbot, tmp_path)
    assert _titles(window) == ["文件(&F)", "语言(&L)", "帮助(&H)"]
    assert not window.menus.filled
    assert window.menus.file_menu.actions() == []  # nothing to click before there is a session


def test_after_loading_every_action_is_there_with_its_shortcut(qtbot, tmp_path: Path) -> None:
    window = unloaded_window(qtbot, tmp_path)
    try:
        window.load()
        menus = window.menus
        assert _titles(window) == ["文件(&F)", "语言(&L)", "帮助(&H)"]
        texts = [a.text() for a in menus.file_menu.actions() if not a.isSeparator()]
        assert texts == [
            "新建评估(&N)", "打开(&O)…", "最近打开(&R)", "保存(&S)",
            "另存为(&A)…", "导出 PDF 报告(&P)…", "导出 Excel(&E)…", "批量评估(&B)…", "清除本机数据(&C)…", "退出(&X)",
        ]
        assert menus.save_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Save)
        assert menus.pdf_action.shortcut() == QKeySequence("Ctrl+P")
        assert [a.text() for a in menus.language_menu.actions()] == ["中文", "English"]
        assert menus.language_actions["zh"].isChecked() and not menus.language_actions["en"].isChecked()
        assert [a.text() for a in menus.help_menu.actions()] == ["关于(&A)"]
        menus.fill()  # a second fill adds nothing
        assert len([a for a in menus.file_menu.actions() if not a.isSeparator()]) == len(texts)
    finally:
        close(window)


def test_the_save_action_saves_through_the_window(qtbot, tmp_path: Path) -> None:
    window = unloaded_window(qtbot, tmp_path)
    try:
        window.load()
        target = tmp_path / "saved.hrba"
        window.dialogs.next_save = target  # type: ignore[attr-defined]
        window.menus.save_action.trigger()
        assert target.is_file()
        assert window.session.path == target
        assert [a.text() for a in window.menus.recent_menu.actions()] == [str(target)]
    finally:
        close(window)
