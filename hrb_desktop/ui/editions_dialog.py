"""文件 → 政策版本…: the installed policy editions, with import and remove.

Every text here comes from policy files, some of them imported: a table and plain-text
labels show it as it is, never as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from hrb_desktop.ui.safe_text import plain_label, tooltip

if TYPE_CHECKING:
    from hrb_desktop.core.editions import Edition
    from hrb_desktop.ui.main_window import MainWindow


class EditionsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.editions: list[Edition] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table_label = QLabel(self)
        self.table_label.setBuddy(self.table)
        self.details = plain_label(QLabel(self))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = plain_label(QLabel(self))
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button, role in (
            (self.import_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.remove_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        self.import_button.clicked.connect(self.import_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table_label, self.table, self.details, self.problems, self.buttons):
            layout.addWidget(widget)
        self.resize(760, 460)
        self.retranslate()
        self.refresh()

    @property
    def lang(self) -> str:
        return self.window_.lang

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("政策版本"))
        self.intro.setText(
            self.tr(
                "本机已安装的政策版本。主管部门发布新版本或实施细则的数据文件后，可在此导入；"
                "请将显示的 SHA-256 指纹与主管部门公布的指纹核对。程序内置的版本不能删除。"
            )
        )
        self.table_label.setText(self.tr("已安装的版本(&V)："))
        self.table.setHorizontalHeaderLabels([self.tr("政策文件"), self.tr("有效期"), self.tr("来源")])
        self.table.setAccessibleName(self.tr("已安装的政策版本"))
        self.details.setAccessibleName(self.tr("所选版本的详细信息"))
        self.import_button.setText(self.tr("导入政策文件(&I)…"))
        self.remove_button.setText(self.tr("删除(&D)"))
        self.close_button.setText(self.tr("关闭(&C)"))
        if self.editions:
            self.refresh()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def refresh(self) -> None:
        registry = self.window_.editions
        lang = self.window_.lang
        selected = self._current()
        self.editions = registry.editions()
        self.table.setRowCount(len(self.editions))
        for row, edition in enumerate(self.editions):
            origin = self.tr("内置") if edition.source == "embedded" else self.tr("已导入")
            if edition.replaces_embedded:
                origin = self.tr("已导入（替代内置版本）")
            if edition.id == self.window_.session.policy.id:
                origin += self.tr("，正在使用")
            cells = [f"{edition.doc_number} {edition.title.get(lang)}", edition.validity(lang), origin]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # an item view shows plain text
                cell.setToolTip(tooltip(text))  # a tool tip would read markup
                self.table.setItem(row, column, cell)
        ids = [e.id for e in self.editions]
        keep = ids.index(selected.id) if selected is not None and selected.id in ids else 0
        if self.editions:
            self.table.selectRow(keep)
        problems = registry.problems(lang)  # type: ignore[arg-type]
        self.problems.setText(
            "\n".join([self.tr("未能使用的文件："), *(f"• {p}" for p in problems)]) if problems else ""
        )
        self.problems.setVisible(bool(problems))
        self._selected()

    def _current(self) -> Edition | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.editions):
            return None
        return self.editions[rows[0].row()]

    def _selected(self) -> None:
        edition = self._current()
        if edition is None:
            self.details.setText("")
            self.remove_button.setEnabled(False)
            return
        lang = self.window_.lang
        self.details.setText(
            "\n".join(
                [
                    f"{edition.doc_number}  {edition.title.get(lang)}  ({edition.id})",
                    self.tr("发文机关：{0}　模型版本：{1}").format(edition.issuer.get(lang), edition.model_version),
                    self.tr("文件：{0}").format(edition.path),
                    f"SHA-256: {edition.sha256}",
                ]
            )
        )
        in_use = edition.id == self.window_.session.policy.id
        removable = edition.source == "imported" and not in_use
        self.remove_button.setEnabled(removable)
        if edition.source == "embedded":
            why = self.tr("程序内置的版本不能删除。")
        elif in_use:
            why = self.tr("正在使用的版本不能删除：请先新建或打开其他版本的评估。")
        else:
            why = self.tr("删除这个导入的版本")
        self.remove_button.setToolTip(why)

    def import_file(self) -> None:
        if self.window_.import_policy_file(None):
            self.refresh()

    def remove_selected(self) -> None:
        from hrb_desktop.core.assessment import AssessmentError
        from hrb_desktop.core.edition_import import remove_policy

        edition = self._current()
        if edition is None or not self.remove_button.isEnabled():
            return
        dialogs = self.window_.dialogs
        question = self.tr("删除导入的政策版本“{0}”？\n{1}").format(edition.id, edition.label(self.window_.lang))
        if not dialogs.ask_yes_no(self.tr("删除政策版本"), question, self.tr("删除(&D)"), self.tr("取消")):
            return
        try:
            remove_policy(edition.id, self.window_.editions, self.window_.lang)
        except AssessmentError as exc:
            dialogs.error(self.tr("无法删除政策版本"), exc.summary, exc.problems)
        self.refresh()
