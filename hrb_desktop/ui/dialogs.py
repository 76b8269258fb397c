"""Every modal question the main window asks, in one object that tests can replace."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QWidget

from hrb_desktop.ui.safe_text import plain_message_box

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

ASSESSMENT_FILTER = QT_TRANSLATE_NOOP("Dialogs", "评估文件 (*.hrba *.json)")
PDF_FILTER = QT_TRANSLATE_NOOP("Dialogs", "PDF 文件 (*.pdf)")
XLSX_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Excel 工作簿 (*.xlsx)")


class Dialogs(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def error(self, title: str, summary: str, problems: list[str] | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox  # late: not needed before the first paint

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, summary, QMessageBox.StandardButton.Ok, self.window
        )
        if problems:
            shown = problems[:12]
            more = [self.tr("……另有 {0} 处问题").format(len(problems) - 12)] if len(problems) > 12 else []
            box.setInformativeText("\n".join(f"• {p}" for p in shown + more))
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("确定"))
        self._show(box)

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # late: not needed before the first paint

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("确定"))
        self._show(box)

    def ask_yes_no(self, title: str, text: str, yes: str, no: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # late: not needed before the first paint

        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.window
        )
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
        box.addButton(no, QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes_button)
        self._show(box)
        return box.clickedButton() is yes_button

    def ask_save_changes(self, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        from PySide6.QtWidgets import QMessageBox  # late: not needed before the first paint

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("未保存的修改"),
            self.tr("“{0}”有未保存的修改。要先保存吗？").format(name),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        save = box.addButton(self.tr("保存(&S)"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("不保存(&D)"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        self._show(box)
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def ask_file_changed(self, name: str) -> str:
        """The file changed on disk since it was opened or saved here:
        'overwrite', 'reload', 'save_as' or 'cancel'. Plain text: ``name`` comes from a file."""
        from PySide6.QtWidgets import QMessageBox  # late: not needed before the first paint

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("文件已被修改"),
            self.tr(
                "“{0}”在你打开或上次保存之后，已被其他程序、窗口或他人修改。\n\n"
                "覆盖：用本窗口的内容替换磁盘上的版本（对方的修改将丢失）。\n"
                "重新载入：放弃本窗口的修改，改用磁盘上的版本。\n"
                "另存为：把本窗口的内容保存为另一个文件，两份都保留。"
            ).format(name),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        overwrite = box.addButton(self.tr("覆盖(&O)"), QMessageBox.ButtonRole.DestructiveRole)
        reload = box.addButton(self.tr("重新载入(&L)"), QMessageBox.ButtonRole.ResetRole)
        save_as = box.addButton(self.tr("另存为(&A)…"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)  # the choice that loses nobody's work
        box.setEscapeButton(cancel)
        self._show(box)
        clicked = box.clickedButton()
        choices = {id(overwrite): "overwrite", id(reload): "reload", id(save_as): "save_as"}
        return choices.get(id(clicked), "cancel")

    def _show(self, box: QMessageBox) -> None:
        """Every box's texts may quote a file (names, answer ids, values): never as markup."""
        plain_message_box(box)
        box.exec()

    def open_path(self, folder: Path | None) -> Path | None:
        dialog = self.file_dialog(self.tr("打开评估文件"), folder or Path.home(), ASSESSMENT_FILTER, save=False)
        return self._run(dialog)

    def save_path(self, suggested: Path, file_filter: str = ASSESSMENT_FILTER) -> Path | None:
        titles = {PDF_FILTER: self.tr("导出 PDF 报告"), XLSX_FILTER: self.tr("导出 Excel")}
        title = titles.get(file_filter) or self.tr("保存评估文件")
        return self._run(self.file_dialog(title, suggested, file_filter, save=True))

    def file_dialog(self, title: str, start: Path, file_filter: str, save: bool) -> QFileDialog:
        """A file dialog at ``start`` (a folder, or a file name to suggest), not yet shown.

        An instance rather than QFileDialog.getSaveFileName: Qt's own dialog (Linux, or wherever
        the platform has none) takes its labels from qtbase_*.qm, which has no Chinese for two of
        them ("Look in:", "Files of type:"). Windows shows its native dialog either way.
        """
        from PySide6.QtWidgets import QFileDialog  # late: not needed before the first paint

        dialog = QFileDialog(self.window, title, str(start), self.tr(file_filter))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, self.tr("查找范围(&I)："))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, self.tr("文件类型(&T)："))
        dialog.resize(800, 480)  # Qt's own default cuts the size and type columns to "164…"
        return dialog

    def choose(self, title: str, start: Path, file_filter: str, save: bool, folder: bool = False) -> Path | None:
        """Ask for a file (or, with ``folder``, a folder to open); None when cancelled."""
        dialog = self.file_dialog(title, start, file_filter, save)
        if folder:
            from PySide6.QtWidgets import QFileDialog  # late: not needed before the first paint

            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return self._run(dialog)

    @staticmethod
    def _run(dialog: QFileDialog) -> Path | None:
        try:
            if not dialog.exec():
                return None
            chosen = dialog.selectedFiles()
            return Path(chosen[0]) if chosen else None
        finally:
            dialog.deleteLater()
