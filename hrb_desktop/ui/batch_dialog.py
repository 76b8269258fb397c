"""文件 → 批量评估…: choose a filled template (or a folder of assessment files) and a result
workbook, watch the progress (with Cancel), then browse the sortable results; a double-click
opens that enterprise in the wizard.

The work runs in ``batch_worker``'s thread. Every text that comes from a file is shown as
plain text. Closing the dialog while it runs cancels the batch first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrb_desktop.core.assessment import Assessment
from hrb_desktop.core.batch.run import BatchResult, Options
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.ui.batch_table import SORT_ROLE, SummaryModel
from hrb_desktop.ui.batch_worker import BatchWorker, start

if TYPE_CHECKING:
    from hrb_desktop.ui.dialogs import Dialogs

INPUT_FILTER = "(*.xlsx *.xlsm *.csv)"
MAX_COLUMN_WIDTH = 320


class BatchDialog(QDialog):
    """Non-modal: the user may open several rows in the wizard one after another."""

    # (assessment, path): a file to open (a written or source .hrba), else the assessment itself
    openRequested = Signal(object, object)

    def __init__(self, policy: Policy, lang: Lang, dialogs: Dialogs, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy, self.lang, self.dialogs = policy, lang, dialogs
        self.start_folder = start_folder
        self.result: BatchResult | None = None
        self.worker: BatchWorker | None = None
        self.thread_: QThread | None = None
        self.setWindowTitle(self.tr("批量评估"))
        self.resize(980, 640)

        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("填好的模板（.xlsx、.csv），或装有 .hrba / .json 评估文件的文件夹"))
        self.input.textChanged.connect(self._suggest_output)
        self.output = QLineEdit(self)
        self.output.setPlaceholderText(self.tr("结果工作簿（.xlsx）"))
        choose_file = QPushButton(self.tr("选择文件(&I)…"), self)
        choose_file.clicked.connect(self._choose_file)
        choose_folder = QPushButton(self.tr("选择文件夹(&D)…"), self)
        choose_folder.clicked.connect(self._choose_folder)
        choose_output = QPushButton(self.tr("浏览(&W)…"), self)
        choose_output.clicked.connect(self._choose_output)
        template = QPushButton(self.tr("生成空白模板(&T)…"), self)
        template.clicked.connect(self._write_template)
        self.with_pdf = QCheckBox(self.tr("同时为每个企业生成 PDF 报告(&P)"), self)
        self.with_hrba = QCheckBox(self.tr("同时为每个企业生成评估文件 .hrba(&H)"), self)
        self.with_hrba.setChecked(True)
        self.folders = QLabel(self)
        self.folders.setTextFormat(Qt.TextFormat.PlainText)
        self.folders.setWordWrap(True)
        for box in (self.with_pdf, self.with_hrba):
            box.toggled.connect(self._show_folders)
        self.output.textChanged.connect(self._show_folders)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("输入："), self), 0, 0)
        grid.addWidget(self.input, 0, 1)
        grid.addWidget(choose_file, 0, 2)
        grid.addWidget(choose_folder, 0, 3)
        grid.addWidget(QLabel(self.tr("结果文件："), self), 1, 0)
        grid.addWidget(self.output, 1, 1)
        grid.addWidget(choose_output, 1, 2)
        grid.addWidget(template, 1, 3)
        grid.addWidget(self.with_pdf, 2, 1)
        grid.addWidget(self.with_hrba, 3, 1)
        grid.addWidget(self.folders, 4, 1, 1, 3)

        self.run_button = QPushButton(self.tr("开始评估(&S)"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("取消(&C)"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setFormat("%v / %m")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.problems = QPlainTextEdit(self)  # plain text by construction
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(84)
        self.problems.hide()

        self.table = QTableView(self)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()  # the first column already numbers the rows
        self.table.doubleClicked.connect(self._open_index)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.table.setModel(self.proxy)
        self.hint = QLabel(self.tr("双击一行，即在向导中打开该企业。"), self)

        buttons = QDialogButtonBox(self)
        self.open_result = buttons.addButton(self.tr("打开结果文件(&O)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_result.setEnabled(False)
        self.open_result.clicked.connect(self._open_result)
        close_button = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._show_folders()

    # ------------------------------------------------------------ choosing
    def _dialog(self, title: str, file_filter: str, save: bool) -> Path | None:
        return self.dialogs.choose(title, self.start_folder, file_filter, save, folder=not save and not file_filter)

    def _choose_file(self) -> None:
        path = self._dialog(self.tr("选择填好的模板"), self.tr("Excel 或 CSV 文件") + " " + INPUT_FILTER, save=False)
        if path is not None:
            self.input.setText(str(path))

    def _choose_folder(self) -> None:
        path = self._dialog(self.tr("选择装有评估文件的文件夹"), "", save=False)
        if path is not None:
            self.input.setText(str(path))

    def _choose_output(self) -> None:
        path = self._dialog(self.tr("保存结果工作簿"), self.tr("Excel 工作簿 (*.xlsx)"), save=True)
        if path is not None:
            self.output.setText(str(path if path.suffix else path.with_suffix(".xlsx")))

    def _write_template(self) -> None:
        from hrb_desktop.core.batch.errors import BatchOutputError
        from hrb_desktop.core.batch.template import write_template

        path = self._dialog(self.tr("保存空白模板"), self.tr("Excel 工作簿 (*.xlsx)"), save=True)
        if path is None:
            return
        path = path if path.suffix else path.with_suffix(".xlsx")
        try:
            write_template(path, self.policy, self.lang)
        except BatchOutputError as exc:
            self._show_problems(exc.summary, exc.problems)
            return
        self.status.setText(self.tr("已生成空白模板：{0}").format(path))

    def _suggest_output(self, text: str) -> None:
        """A result name beside the input, until the user types one of their own."""
        if not text.strip() or (self.output.text() and not self.output.property("suggested")):
            return
        source = Path(text.strip())
        stem = source.name if source.is_dir() else source.stem
        suffix = self.tr("-评估结果")
        self.output.setText(str(source.parent / f"{stem}{suffix}.xlsx"))
        self.output.setProperty("suggested", True)

    def _folders(self) -> tuple[Path | None, Path | None]:
        out = Path(self.output.text().strip()) if self.output.text().strip() else None
        if out is None:
            return None, None
        pdf_suffix, hrba_suffix = "-PDF", self.tr("-评估文件")
        pdf = out.parent / f"{out.stem}{pdf_suffix}" if self.with_pdf.isChecked() else None
        hrba = out.parent / f"{out.stem}{hrba_suffix}" if self.with_hrba.isChecked() else None
        return pdf, hrba

    def _show_folders(self) -> None:
        lines = []
        pdf, hrba = self._folders()
        if pdf is not None:
            lines.append(self.tr("PDF 报告保存到：{0}").format(pdf))
        if hrba is not None:
            lines.append(self.tr("评估文件保存到：{0}").format(hrba))
        self.folders.setText("\n".join(lines))

    # ------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        return self.worker is not None

    def run(self) -> None:
        if self.running:
            return
        source_text, out_text = self.input.text().strip(), self.output.text().strip()
        if not source_text or not out_text:
            self.status.setText(self.tr("请先选择输入和结果文件。"))
            return
        out = Path(out_text)
        if not out.suffix:
            out = out.with_suffix(".xlsx")
            self.output.setText(str(out))
        pdf, hrba = self._folders()
        options = Options(self.lang, pdf, hrba, keep_assessments=True)
        self.result = None
        self.proxy.setSourceModel(None)
        self.problems.hide()
        self.worker = BatchWorker(self.policy, Path(source_text), out, options)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._show_problems)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.finished.connect(self._finished)
        self._set_running(True)
        self.status.setText(self.tr("正在读取输入……"))
        self.thread_ = start(self.worker, self)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("正在取消……"))

    def wait(self, msec: int = 30000) -> bool:
        """Until the worker thread has ended (tests, and closing)."""
        thread = self.thread_
        return thread is None or thread.wait(msec)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.input, self.output, self.with_pdf, self.with_hrba):
            widget.setEnabled(not running)
        self.open_result.setEnabled(not running and self.result is not None)

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if phase == "assess" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(self.tr("正在评估第 {0} / {1} 家企业……").format(done, total))
        elif phase == "write":
            self.status.setText(self.tr("正在写入结果……"))
        else:
            self.progress.setRange(0, 0)  # busy: the number of rows is not known yet

    def _succeeded(self, result: BatchResult) -> None:
        self.result = result
        self.progress.setRange(0, max(1, len(result.summaries)))
        self.progress.setValue(len(result.summaries))
        self.proxy.setSourceModel(SummaryModel(result.summaries, result.from_files, self.lang, self.proxy))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(header.count()):  # long notes stay readable in their tooltip
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        header.setStretchLastSection(True)
        total, done = len(result.summaries), result.computed
        text = self.tr("已评估 {0} / {1} 家企业，结果已写入 {2}。").format(done, total, result.out)
        if done < total:
            text += self.tr("{0} 行有错误未计算，详见结果文件的“问题”表。").format(total - done)
        self.status.setText(text)
        if result.problems:
            self._list([p.text(self.lang) for p in result.problems])

    def _show_problems(self, summary: str, problems: list[str]) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(summary)
        if problems:
            self._list(problems)

    def _list(self, lines: list[str]) -> None:
        self.problems.setPlainText("\n".join(lines[:500]))
        self.problems.show()

    def _cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("已取消，未留下任何文件。"))

    def _finished(self) -> None:
        self.wait()  # the thread is quitting: a moment at most
        if self.thread_ is not None:
            self.thread_.deleteLater()
        self.thread_ = None
        self.worker = None
        self._set_running(False)

    # ------------------------------------------------------------ after
    def _open_index(self, index: object) -> None:
        if self.result is None:
            return
        row = self.proxy.mapToSource(index).row()  # type: ignore[arg-type]
        self.open_row(row)

    def open_row(self, row: int) -> None:
        """Open the enterprise of summary row ``row`` in the wizard (through ``openRequested``)."""
        result = self.result
        if result is None:
            return
        summary = result.summaries[row]
        assessment: Assessment | None = result.assessments[row] if row < len(result.assessments) else None
        if assessment is None:
            self.status.setText(self.tr("这一行有错误，未计算，无法打开；请先修改输入文件。"))
            return
        path: Path | None = None
        if result.from_files:
            path = result.input / summary.source  # the user's own file, to edit in place
        elif summary.hrba and result.hrba_dir is not None:
            path = result.hrba_dir / summary.hrba
        self.openRequested.emit(assessment, path)

    def _open_result(self) -> None:
        if self.result is not None and self.result.out is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.out)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            self.wait()
        super().closeEvent(event)
