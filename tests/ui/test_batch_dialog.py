"""文件 → 批量评估…: progress, cancel with nothing left behind, a sortable table, rows opened in the wizard."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThread

from hrb_desktop.ui.batch_dialog import BatchDialog
from hrb_desktop.ui.batch_table import SORT_ROLE
from hrb_desktop.ui.main_window import MainWindow
from tests.core.batch_helpers import EXAMPLES, example, filled_template, row_values
from tests.ui.wizard_helpers import close, make_window

# The offscreen platform cannot raise a window or pass size hints on; Windows and X11 can.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")]


def _dialog(window: MainWindow) -> BatchDialog:
    window.menus.batch_action.trigger()
    dialog = window.batch_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, BatchDialog) and dialog.isVisible()
    return dialog


def _start(dialog: BatchDialog, source: Path, out: Path) -> None:
    dialog.input.setText(str(source))
    dialog.output.setText(str(out))
    dialog.run()
    assert dialog.running and not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()


def _run(qtbot, dialog: BatchDialog, source: Path, out: Path) -> None:
    _start(dialog, source, out)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.wait()


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_batch_runs_off_the_ui_thread_and_fills_a_sortable_table(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        dialog = _dialog(window)
        filled = filled_template(tmp_path, [row_values(example(p)) for p in EXAMPLES] + [{"enterprise.name": "<b>坏行</b>", "a1_investment": "很多"}])
        threads: list[bool] = []
        main = QThread.currentThread()
        dialog.input.setText(str(filled))
        assert dialog.output.text() == str(tmp_path / "filled-评估结果.xlsx")  # suggested beside the input
        dialog.with_pdf.setChecked(True)
        dialog.run()
        assert dialog.worker is not None
        dialog.worker.progressed.connect(
            lambda *_: threads.append(QThread.currentThread() is not main), Qt.ConnectionType.DirectConnection
        )
        qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
        dialog.wait()
        assert threads and all(threads)  # every progress report came from the worker thread
        assert (dialog.progress.value(), dialog.progress.maximum()) == (5, 5)
        assert dialog.progress.text() == "5 / 5"
        assert "已评估 4 / 5 家企业" in dialog.status.text() and "1 行有错误未计算" in dialog.status.text()
        assert "“项目年度实际固定资产投资额”（M 列）" in dialog.problems.toPlainText()
        out = tmp_path / "filled-评估结果.xlsx"
        assert openpyxl.load_workbook(out).sheetnames == ["汇总", "明细", "问题"]
        assert len(list((tmp_path / "filled-评估结果-PDF").glob("*.pdf"))) == 4
        model = dialog.proxy
        assert model.rowCount() == 5
        # Workbook text is plain: the name is shown as typed, never as bold markup.
        names = [model.index(r, 1).data() for r in range(5)]
        assert "<b>坏行</b>" in names
        assert model.index(names.index("<b>坏行</b>"), 1).data(Qt.ItemDataRole.ToolTipRole) == "<p>&lt;b&gt;坏行&lt;/b&gt;</p>"
        assert dialog.status.textFormat() == Qt.TextFormat.PlainText
        dialog.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # 计入上限, as numbers
        highs = [model.index(r, 5).data(SORT_ROLE) for r in range(5)]
        assert highs == [1577.19, 1384.0, 99.78, 20.0, -1]
        assert model.index(0, 5).data() == "1,577.19"
    finally:
        close(window)


def test_double_click_opens_the_enterprise_in_the_wizard(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        dialog = _dialog(window)
        filled = filled_template(tmp_path, [row_values(example(p)) for p in EXAMPLES])
        _run(qtbot, dialog, filled, tmp_path / "r.xlsx")
        view, proxy = dialog.table, dialog.proxy
        # With .hrba files written (the default), the row opens its file.
        view.doubleClicked.emit(proxy.index(1, 0))
        opened = window.session.path
        assert opened is not None and opened.parent == tmp_path / "r-评估文件"
        assert window.session.assessment == example(EXAMPLES[1])
        assert not window.session.dirty
        # Without them, as a new unsaved assessment that closing will ask to save.
        dialog.with_hrba.setChecked(False)
        _run(qtbot, dialog, filled, tmp_path / "r2.xlsx")
        assert not (tmp_path / "r2-评估文件").exists()
        dialog.open_row(0)
        assert window.session.path is None and window.session.dirty
        assert window.session.assessment.enterprise.name == "哈尔滨示例重型装备制造有限公司"
        assert window.session.result().total_high > 0
    finally:
        close(window)


def test_a_folder_row_opens_the_users_own_file(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        for path in EXAMPLES[:2]:
            (folder / path.name).write_bytes(path.read_bytes())
        dialog = _dialog(window)
        dialog.with_hrba.setChecked(False)
        _run(qtbot, dialog, folder, tmp_path / "r.xlsx")
        assert dialog.proxy.headerData(0, Qt.Orientation.Horizontal) == "文件"
        dialog.open_row(1)
        assert window.session.path == folder / EXAMPLES[1].name
    finally:
        close(window)


def test_cancel_leaves_nothing_half_written(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        dialog = _dialog(window)
        filled = filled_template(tmp_path, [row_values(example(p)) for p in EXAMPLES] * 5)
        before = _listing(tmp_path)
        dialog.with_pdf.setChecked(True)
        _start(dialog, filled, tmp_path / "r.xlsx")
        dialog.cancel()  # before the first row is done: the core stops at the next row
        assert dialog.status.text() == "正在取消……"
        qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
        dialog.wait()
        assert dialog.status.text() == "已取消，未留下任何文件。"
        assert dialog.run_button.isEnabled() and not dialog.open_result.isEnabled()
        assert _listing(tmp_path) == before
    finally:
        close(window)


def test_a_bad_input_is_explained_in_the_dialog(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        dialog = _dialog(window)
        xls = tmp_path / "old.xls"
        xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
        _run(qtbot, dialog, xls, tmp_path / "r.xlsx")
        assert "旧版 Excel 97-2003 工作簿（.xls）" in dialog.status.text()
        assert not (tmp_path / "r.xlsx").exists()
        dialog.open_row(0)  # nothing to open: no crash
    finally:
        close(window)


def test_closing_while_running_cancels_first(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        dialog = _dialog(window)
        filled = filled_template(tmp_path, [row_values(example(p)) for p in EXAMPLES] * 5)
        before = _listing(tmp_path)
        _start(dialog, filled, tmp_path / "r.xlsx")
        dialog.close()
        assert dialog.wait()
        qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
        assert _listing(tmp_path) == before
    finally:
        close(window)


def test_export_excel_writes_the_current_assessment_in_the_same_layout(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        window.open(EXAMPLES[0])
        target = tmp_path / "one"
        window.dialogs.next_save = target  # type: ignore[attr-defined]
        window.menus.excel_action.trigger()
        book = openpyxl.load_workbook(tmp_path / "one.xlsx")
        assert book.sheetnames == ["汇总", "明细", "问题"]
        summary = book["汇总"]
        assert [c.value for c in summary[1]][:3] == ["文件", "企业（机构）名称", "统一社会信用代码"]
        row = [c.value for c in summary[2]]
        assert row[0] == EXAMPLES[0].name and row[1] == "哈尔滨示例重型装备制造有限公司"
        assert row[6:8] == [1027.19, 1577.19]
        assert "Excel 已导出到" in window.status.text()
    finally:
        close(window)
