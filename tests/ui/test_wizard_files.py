"""Work is never lost: save and reopen, corrupt files, unsaved-changes prompts, crash recovery."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from decimal import Decimal

import pytest

from hrb_desktop.core.assessment import assessment_to_json
from hrb_desktop.core.messages import fmt_date
from hrb_desktop.ui.pages.base import PROFILE, REVIEW, START, article_page_id
from tests.ui.wizard_helpers import EQUIPMENT, answer, block_of, click_next, close, make_window


def test_save_then_reopen_gives_identical_answers(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path, "a")
    target = tmp_path / "saved.hrba"
    try:
        assert window.open(EQUIPMENT)
        assert window.wizard.currentId() == REVIEW  # a complete file opens on the review page
        assert window.go_to_page(PROFILE)
        window.wizard.currentPage().name.setText("改过名字的企业")
        click_next(window)
        click_next(window)
        answer(block_of(window), "a1_investment", "13,000.25")
        window.dialogs.next_save = target
        assert window.save_as()
        assert not window.session.dirty and window.session.path == target
        saved = window.session.assessment
    finally:
        close(window)
    again = make_window(qtbot, tmp_path, "b")
    try:
        assert again.open(target)
        assert assessment_to_json(again.session.assessment) == assessment_to_json(saved)
        assert again.session.answers["a1_investment"] == Decimal("13000.25")
        assert again.go_to_page(PROFILE)
        assert again.wizard.currentPage().name.text() == "改过名字的企业"
        assert again.go_to_page(article_page_id(1))
        assert block_of(again).rows["a1_investment"].field.edit.text() == "13000.25"
    finally:
        close(again)


def test_corrupt_file_is_refused_left_untouched_and_app_stays_usable(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    bad = tmp_path / "broken.hrba"
    bad.write_bytes(b'{"format": "hrb-assessment", "version": 1, "answers": {"a1_investment": ')
    before = bad.read_bytes()
    try:
        click_next(window)
        window.wizard.currentPage().name.setText("原来的企业")
        state = assessment_to_json(window.session.assessment)
        window.dialogs.save_changes = "discard"
        assert not window.open(bad)
        title, summary, problems = window.dialogs.errors[-1]
        assert summary == "无法打开“broken.hrba”：不是有效的 JSON 文件"  # which file, and why
        assert problems[-1] == f"文件未被改动：{bad}" and len(problems) >= 2
        assert bad.read_bytes() == before
        assert assessment_to_json(window.session.assessment) == state
        assert window.wizard.currentId() == PROFILE  # nothing was reset
        click_next(window)  # and the wizard goes on
    finally:
        close(window)


def test_unsaved_changes_prompt_on_new_open_and_close(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        click_next(window)
        window.wizard.currentPage().name.setText("未保存的企业")
        assert window.session.dirty
        window.dialogs.save_changes = "cancel"
        window.new()
        assert window.session.assessment.enterprise.name == "未保存的企业"
        assert not window.open(EQUIPMENT)
        assert window.session.assessment.enterprise.name == "未保存的企业"
        assert not window.close()
        assert len(window.dialogs.questions) == 3
        window.dialogs.save_changes = "save"
        window.dialogs.next_save = tmp_path / "kept.hrba"
        window.new()
        assert (tmp_path / "kept.hrba").is_file()
        assert window.session.assessment.enterprise.name == ""
        assert window.wizard.currentId() == PROFILE
    finally:
        close(window)


def test_pdf_export_names_characters_the_font_cannot_print(qtbot, tmp_path) -> None:
    """Never a silent blank: the PDF prints [U+2A6A5] and the window says which field holds it."""
    window = make_window(qtbot, tmp_path)
    try:
        enterprise = window.session.assessment.enterprise.model_copy(update={"name": "𪚥龙科技"})
        window.session.set_enterprise(enterprise)
        window.dialogs.next_save = tmp_path / "out.pdf"
        assert window.export_pdf()
        assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
        title, summary, problems = window.dialogs.errors[-1]
        assert title == "PDF 已导出" and "[U+编码]" in summary
        assert len(problems) == 1 and "企业（机构）名称" in problems[0] and "𪚥" in problems[0]
    finally:
        close(window)


def test_pdf_failure_shows_a_message_not_a_traceback(qtbot, tmp_path, monkeypatch) -> None:
    import hrb_desktop.core.report as report

    def broken(*_args, **_kwargs):
        raise NotImplementedError("PDF export is not built yet")

    monkeypatch.setattr(report, "write_pdf", broken)
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.next_save = tmp_path / "out.pdf"
        assert not window.export_pdf()
        title, summary, problems = window.dialogs.errors[-1]
        assert title == "PDF 导出失败" and "PDF export is not built yet" in problems[0]
        assert not (tmp_path / "out.pdf").exists()
    finally:
        close(window)


CRASHING_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from hrb_desktop.ui.main_window import MainWindow
    from hrb_desktop.ui.settings import AppSettings
    settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, autosave_dir=Path(sys.argv[1]))
    window.show()
    window.load()
    window.wizard.next()
    window.wizard.currentPage().name.setText("崩溃前的企业")
    window.wizard.next()
    window.wizard.next()
    block = window.wizard.currentPage().block
    block.rows["a1_in_stats"].field.yes.click()
    QTest.keyClicks(block.rows["a1_investment"].field.edit, "4321.5")
    assert window.session.autosave_now()
    os._exit(3)  # a crash: no close, no cleanup
    """
)


def test_crash_is_restored_from_the_autosave(qtbot, tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_CHILD, str(tmp_path / "autosave"), str(tmp_path / "child.ini")],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 3, done.stderr
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.yes_no = True
        window.offer_recovery()
        assert window.dialogs.questions, "recovery was not offered"
        offer = window.dialogs.questions[-1]  # says which assessment this is, before the user decides
        assert "企业：崩溃前的企业" in offer
        assert "文件：尚未保存为文件" in offer
        assert f"自动保存于：{fmt_date(date.today(), 'zh')} " in offer
        assert window.session.answers == {"a1_in_stats": True, "a1_investment": Decimal("4321.5")}
        assert window.session.dirty
        # back on the page the user was on when it crashed, not on Start
        assert window.wizard.currentId() == article_page_id(1)
        assert block_of(window).rows["a1_investment"].field.edit.text() == "4321.5"
        window.wizard.back()
        window.wizard.back()
        assert window.wizard.currentPage().name.text() == "崩溃前的企业"
        assert window.session.recovery_available() is None
    finally:
        close(window)


@pytest.mark.parametrize("delete", [True, False])
def test_a_damaged_autosave_is_reported_and_only_deleted_if_the_user_agrees(qtbot, tmp_path, delete: bool) -> None:
    from hrb_desktop.core.autosave import AUTOSAVE_SUFFIX

    folder = tmp_path / "autosave"
    folder.mkdir()
    damaged = folder / f"20200101-000000-1-dead{AUTOSAVE_SUFFIX}"  # no lock held: its owner is gone
    damaged.write_bytes(b'{"format": "hrb-autosave", "version": 1, "assess')
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.yes_no = delete
        window.offer_recovery()
        title, summary, _problems = window.dialogs.errors[-1]
        assert title == "无法恢复" and "已损坏" in summary  # said first: there is nothing to restore
        assert window.dialogs.questions == ["这份自动保存已损坏。要删除它吗？"]  # no "restore?" question
        assert damaged.exists() is not delete
        assert window.session.answers == {} and not window.session.dirty  # the new assessment is untouched
    finally:
        close(window)


def test_clear_local_data_forgets_recent_files(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.next_save = tmp_path / "one.hrba"
        assert window.save_as()
        assert window.settings.recent_files() == [tmp_path / "one.hrba"]
        assert window.wizard.start_page.recent.count() == 1
        window.clear_local_data()
        assert window.settings.recent_files() == []
        assert window.wizard.start_page.recent.count() == 0
        assert (tmp_path / "one.hrba").is_file()  # saved files are not touched
    finally:
        close(window)


def test_enter_on_a_recent_file_opens_it_without_also_pressing_next(qtbot, tmp_path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.next_save = tmp_path / "one.hrba"
        window.session.set_enterprise(window.session.assessment.enterprise.model_copy(update={"name": "回车企业"}))
        window.session.set_answer("a1_in_stats", True)
        assert window.save_as()
        window.session.set_answer("a1_in_stats", False)
        window.dialogs.save_changes = "discard"
        window.new()
        while window.wizard.currentId() != START:
            window.wizard.back()
        recent = window.wizard.start_page.recent
        assert recent.count() == 1 and recent.isVisible()
        recent.setCurrentRow(0)
        recent.setFocus()
        QTest.keyClick(recent, Qt.Key.Key_Return)
        assert window.session.path == tmp_path / "one.hrba"
        assert window.session.answers["a1_in_stats"] is True
        # Open lands on the review page (the file is complete); had Enter also pressed Next,
        # the wizard would have gone on to the results.
        assert window.wizard.currentId() == REVIEW
    finally:
        close(window)


def test_the_recent_list_is_as_tall_as_its_entries(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        start = window.wizard.start_page
        start.set_recent([tmp_path / "one.hrba"])
        one = start.recent.height()
        start.set_recent([tmp_path / f"{n}.hrba" for n in range(8)])
        eight = start.recent.height()
        row = start.recent.sizeHintForRow(0)
        assert row < one < 2 * row + 12  # one entry: no large empty box
        assert eight >= 8 * row  # all eight entries show at once
        assert not start.recent.verticalScrollBar().isVisible()
    finally:
        close(window)


def test_opening_a_file_shows_a_busy_cursor_while_it_reads(qtbot, tmp_path, monkeypatch) -> None:
    """Reading and checking a file, and laying out every page again, can take a few hundred
    milliseconds: the cursor says the click was taken, and is back to normal afterwards."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, tmp_path)
    seen: list[object] = []
    real_open = window.session.open

    def recording_open(path):
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        real_open(path)

    monkeypatch.setattr(window.session, "open", recording_open)
    try:
        assert window.open(EQUIPMENT)
        assert seen == [Qt.CursorShape.WaitCursor]
        assert QApplication.overrideCursor() is None
    finally:
        close(window)
