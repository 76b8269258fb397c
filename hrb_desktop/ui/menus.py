"""The main window's menus: File, Language and Help.

The menu bar and its three titles exist before the first paint (so the window
does not jump); the actions inside are added by ``fill`` once the window shows,
because QAction, QActionGroup and QKeySequence cost start-up time that the
first paint should not wait for (see benchmarks/bench_startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from hrb_desktop.core.lang import Lang

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence

    from hrb_desktop.ui.main_window import MainWindow

    Shortcut = QKeySequence.StandardKey | QKeySequence | None

# Each language is named in itself, so it can be found whatever the current one is.
LANGUAGE_NAMES: dict[Lang, str] = {"zh": "中文", "en": "English"}


class Menus:
    """Builds and retranslates the window's menus; the window keeps the behaviour."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.recent_menu = QMenu(window)
        self.language_actions: dict[Lang, QAction] = {}

    def fill(self) -> None:
        """Add the actions (once the window has painted)."""
        from PySide6.QtGui import QActionGroup, QKeySequence

        if self.filled:
            return
        w = self.window
        menu = self.file_menu
        self.new_action = self._action(menu, QKeySequence.StandardKey.New, w.new)
        self.open_action = self._action(menu, QKeySequence.StandardKey.Open, lambda: w.open(None))
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self.save_action = self._action(menu, QKeySequence.StandardKey.Save, w.save)
        self.save_as_action = self._action(menu, QKeySequence.StandardKey.SaveAs, w.save_as)
        self.pdf_action = self._action(menu, QKeySequence("Ctrl+P"), w.export_pdf)
        self.excel_action = self._action(menu, None, w.export_excel)
        menu.addSeparator()
        self.batch_action = self._action(menu, None, w.batch)
        menu.addSeparator()
        self.clear_action = self._action(menu, None, w.clear_local_data)
        menu.addSeparator()
        self.quit_action = self._action(menu, QKeySequence.StandardKey.Quit, w.close)
        group = QActionGroup(w)
        group.setExclusive(True)
        for lang, name in LANGUAGE_NAMES.items():
            action = self._action(self.language_menu, None, lambda _c=False, code=lang: w.set_language(code))
            action.setText(name)
            action.setCheckable(True)
            action.setProperty("verbatim", True)  # named in its own language on purpose
            group.addAction(action)
            self.language_actions[lang] = action
        self.about_action = self._action(self.help_menu, None, w.about)
        self.retranslate()

    @property
    def filled(self) -> bool:
        return bool(self.language_actions)

    def _action(self, menu: QMenu, key: Shortcut, slot: Callable[..., object]) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self.window)
        # setShortcuts, not setShortcut: the latter's Qt.Key overload would make PySide
        # build the whole Qt namespace (~40 ms).
        if isinstance(key, QKeySequence):
            action.setShortcuts([key])
        elif key is not None:
            action.setShortcuts(key)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("Menus", "文件(&F)"))
        self.recent_menu.setTitle(QCoreApplication.translate("Menus", "最近打开(&R)"))
        self.language_menu.setTitle(QCoreApplication.translate("Menus", "语言(&L)"))
        self.help_menu.setTitle(QCoreApplication.translate("Menus", "帮助(&H)"))
        if not self.filled:
            return
        self.new_action.setText(QCoreApplication.translate("Menus", "新建评估(&N)"))
        self.open_action.setText(QCoreApplication.translate("Menus", "打开(&O)…"))
        self.save_action.setText(QCoreApplication.translate("Menus", "保存(&S)"))
        self.save_as_action.setText(QCoreApplication.translate("Menus", "另存为(&A)…"))
        self.pdf_action.setText(QCoreApplication.translate("Menus", "导出 PDF 报告(&P)…"))
        self.excel_action.setText(QCoreApplication.translate("Menus", "导出 Excel(&E)…"))
        self.batch_action.setText(QCoreApplication.translate("Menus", "批量评估(&B)…"))
        self.clear_action.setText(QCoreApplication.translate("Menus", "清除本机数据(&C)…"))
        self.quit_action.setText(QCoreApplication.translate("Menus", "退出(&X)"))
        self.about_action.setText(QCoreApplication.translate("Menus", "关于(&A)"))
        self.check_language(self.window.lang)

    def check_language(self, lang: Lang) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)

    def set_recent(self, paths: list[Path], enabled: bool) -> None:
        from hrb_desktop.ui.safe_text import no_mnemonic

        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(no_mnemonic(str(path)))  # a & in a path is no mnemonic
            action.triggered.connect(lambda _c=False, p=path: self.window.open(p))
        self.recent_menu.setEnabled(bool(paths) and enabled)
