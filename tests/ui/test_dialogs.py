"""The file dialogs: Chinese labels in Qt's own dialog, and the suggested file name kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from hrb_desktop.ui import i18n
from hrb_desktop.ui.dialogs import ASSESSMENT_FILTER, PDF_FILTER, Dialogs
from tests.ui.cjk import CJK_RE


@pytest.fixture
def dialogs(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    yield Dialogs(parent)
    i18n.install("zh")


def _labels(dialog: QFileDialog) -> list[str]:
    return [dialog.labelText(which) for which in QFileDialog.DialogLabel]


def test_every_label_of_the_save_dialog_is_chinese(dialogs, tmp_path: Path) -> None:
    i18n.install("zh")
    suggested = tmp_path / "哈尔滨示例-自评估报告.pdf"
    dialog = dialogs.file_dialog("导出 PDF 报告", suggested, PDF_FILTER, save=True)
    labels = _labels(dialog)
    assert "查找范围(&I)：" in labels and "文件类型(&T)：" in labels
    assert all(CJK_RE.search(text) for text in labels), labels  # "Look in:" was English
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.selectedFiles() == [str(suggested)]  # the suggested name is filled in
    assert dialog.nameFilters() == ["PDF 文件 (*.pdf)"]
    assert dialog.width() >= 800  # room for the file list's columns


def test_the_open_dialog_starts_in_the_folder_and_wants_an_existing_file(dialogs, tmp_path: Path) -> None:
    i18n.install("zh")
    dialog = dialogs.file_dialog("打开评估文件", tmp_path, ASSESSMENT_FILTER, save=False)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    assert dialog.nameFilters() == ["评估文件 (*.hrba *.json)"]


def test_english_labels_keep_their_mnemonics(dialogs, tmp_path: Path) -> None:
    i18n.install("en")
    dialog = dialogs.file_dialog("Save", tmp_path / "a.hrba", ASSESSMENT_FILTER, save=True)
    labels = _labels(dialog)
    assert "Look &in:" in labels and "Files of &type:" in labels
    assert not any(CJK_RE.search(text) for text in labels)
