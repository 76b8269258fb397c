"""保存并完成 says where and offers the PDF or the folder; the examples are templates; the focus
comes back after nested dialogs; unscreened areas on the results page and in the live panel."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from hrb_desktop.resources import examples_dir, is_bundled
from hrb_desktop.ui.pages.base import EXPORT, PROFILE, RESULTS, REVIEW, article_page_id
from tests.ui.wizard_helpers import EQUIPMENT, close, make_window


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- 保存并完成


def test_finish_says_where_it_saved_every_time_and_offers_the_pdf(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        own = tmp_path / "own.hrba"
        own.write_bytes(EQUIPMENT.read_bytes())
        assert window.open(own)
        assert window.go_to_page(EXPORT)
        finish = window.wizard.button(window.wizard.WizardButton.FinishButton)
        assert finish.isVisible() and finish.text() == "保存并完成(&V)"
        QTest.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert window.dialogs.finished == [own]  # the full path, said once the file is written
        QTest.mouseClick(finish, Qt.MouseButton.LeftButton)  # again: not silence the second time
        assert window.dialogs.finished == [own, own]
        window.dialogs.finish_choice = "pdf"
        window.dialogs.next_save = tmp_path / "report.pdf"
        QTest.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
        assert window.status.text() == f"PDF 报告已导出到 {tmp_path / 'report.pdf'}"
    finally:
        close(window)


def test_finish_can_open_the_folder_locally(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.next_save = tmp_path / "new.hrba"
        window.dialogs.finish_choice = "folder"
        window.session.set_enterprise(window.session.assessment.enterprise.model_copy(update={"name": "完成企业"}))
        assert window.finish()  # never saved: asks where, then says where
        assert window.dialogs.finished == [tmp_path / "new.hrba"]
        assert [url.toLocalFile() for url in opened] == [str(tmp_path)]
        assert all(url.isLocalFile() and url.scheme() == "file" for url in opened)
        opened.clear()
        assert not window.show_folder(tmp_path / "gone")  # a folder that is not there: said, not opened
        assert opened == [] and window.dialogs.errors[-1][0] == "无法打开文件夹"
    finally:
        close(window)


def test_cancelling_the_save_dialog_shows_no_finish_message(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.next_save = None
        assert not window.finish()
        assert window.dialogs.finished == []
    finally:
        close(window)


# ---------------------------------------------------------------- the examples are templates


def test_an_example_opens_as_a_template_and_is_never_overwritten(qtbot, tmp_path: Path) -> None:
    before = _digest(EQUIPMENT)
    assert is_bundled(EQUIPMENT) and is_bundled(examples_dir()) and not is_bundled(tmp_path / "x.hrba")
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        assert "（示例）" in window.windowTitle()
        window.go_to_page(PROFILE)
        window.wizard.currentPage().name.setText("我的企业")
        window.dialogs.next_save = None  # Ctrl+S on the example asks for a name; cancelled
        window.menus.save_action.trigger()
        assert window.session.dirty and _digest(EQUIPMENT) == before
        window.dialogs.next_save = EQUIPMENT  # choosing the example's own path is refused
        assert not window.save()
        assert window.dialogs.errors[-1][1] == "示例文件是程序自带的模板，不能覆盖：请另存为新文件。"
        assert _digest(EQUIPMENT) == before
        mine = tmp_path / "mine.hrba"
        window.dialogs.next_save = mine
        assert window.save()
        assert window.session.path == mine and not window.session.dirty
        window.wizard.currentPage().name.setText("我的企业二")
        window.dialogs.next_save = None
        assert window.save()  # from now on Ctrl+S writes the user's own file, without asking
        assert "我的企业二" in mine.read_text(encoding="utf-8")
        assert _digest(EQUIPMENT) == before
    finally:
        close(window)


def test_save_as_from_an_example_suggests_the_users_folder(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    suggested: list[Path] = []
    window.dialogs.save_path = lambda path, _filter="": suggested.append(path) or None  # type: ignore[method-assign]
    try:
        assert window.open(EQUIPMENT)
        assert not window.save()
        assert suggested and not is_bundled(suggested[0])
        assert suggested[0].name == "哈尔滨示例重型装备制造有限公司.hrba"
    finally:
        close(window)


# ---------------------------------------------------------------- focus after nested dialogs


# The offscreen platform (tests only) cannot size Qt's own file dialog and says so.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_focus_comes_back_after_save_as_replace_yes(qtbot, tmp_path: Path) -> None:
    """Qt's own save dialog, a file that exists, its "replace?" question answered Yes: the
    field that had the focus has it again."""
    from hrb_desktop.ui.dialogs import Dialogs

    existing = tmp_path / "existing.hrba"
    existing.write_bytes(EQUIPMENT.read_bytes())
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs = Dialogs(window)
        window.settings.set_last_directory(tmp_path)  # the dialog opens here, never in the real home
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window.new()
        name = window.wizard.currentPage().name
        qtbot.waitUntil(name.hasFocus, timeout=2000)
        name.setText("替换企业")
        steps: list[str] = []

        def answer_replace() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):  # "existing.hrba already exists. Replace it?"
                steps.append("replace")
                box.button(QMessageBox.StandardButton.Yes).click()
            else:
                QTimer.singleShot(50, answer_replace)

        def choose_file() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog):
                QTimer.singleShot(50, choose_file)
                return
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(existing))  # typed, as a user would
            steps.append("file")
            QTimer.singleShot(50, answer_replace)
            dialog.accept()

        QTimer.singleShot(50, choose_file)
        assert window.save_as()
        assert steps == ["file", "replace"]
        assert window.session.path == existing and "替换企业" in existing.read_text(encoding="utf-8")
        QCoreApplication.processEvents()
        assert QApplication.focusWidget() is name
        assert window.isActiveWindow()
    finally:
        close(window)


def test_the_focus_goes_to_the_new_page_when_its_old_place_is_gone(qtbot, tmp_path: Path) -> None:
    from hrb_desktop.ui.focus import focus_returned

    window = make_window(qtbot, tmp_path)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        with focus_returned(window):
            assert window.open(EQUIPMENT)  # the Start page, and its button, are hidden now
        assert window.wizard.currentId() == REVIEW
        next_button = window.wizard.button(window.wizard.WizardButton.NextButton)
        assert QApplication.focusWidget() is next_button
    finally:
        close(window)


# ---------------------------------------------------------------- unscreened areas and the panel


def test_results_and_panel_list_unscreened_areas_apart(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        assert window.go_to_page(RESULTS)
        html = window.wizard.currentPage().browser.toPlainText()
        assert "筛选时未勾选、未作评估（26 项）" in html
        assert "第四条 发挥领航企业中坚作用（5 项）：未勾选“领航企业与供应链”" in html
        unanswered = html[html.index("尚未填写完整") : html.index("筛选时未勾选")]
        assert "第四条" not in unanswered and "第十五条" not in unanswered
        assert window.panel.unscreened.text() == "另有 26 项属于筛选时未勾选的方面，未作评估。"
        window.session.set_areas(None)
        assert window.panel.unscreened.isHidden()
    finally:
        close(window)


def test_the_chosen_panel_item_stays_highlighted_across_pages(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QPalette

    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        window.go_to_page(article_page_id(1))
        tree = window.panel.tree
        row = window.panel._items["a1.project_investment"]
        tree.setCurrentItem(row)
        window.go_to_page(article_page_id(2))
        window.session.set_answer("a2_output_increase", 9000)  # an edit on another page
        window.session.set_areas(["investment", "growth"])  # even a new scope keeps the choice
        QCoreApplication.processEvents()
        assert tree.currentItem() is window.panel._items["a1.project_investment"] and tree.currentItem().isSelected()
        palette = tree.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            assert palette.color(QPalette.ColorGroup.Inactive, role) == palette.color(QPalette.ColorGroup.Active, role)
    finally:
        close(window)
