"""Export: the PDF summary and Save / Save As of the assessment file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton

from hrb_desktop.ui.context import Context
from hrb_desktop.ui.i18n import plain
from hrb_desktop.ui.pages.base import EXPORT, Page


class ExportPage(Page):
    page_id = EXPORT
    pdfRequested = Signal()
    saveRequested = Signal()
    saveAsRequested = Signal()

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        grid = QGridLayout()
        self.pdf_button = QPushButton(self.body)
        self.save_button = QPushButton(self.body)
        self.save_as_button = QPushButton(self.body)
        self.descriptions: list[QLabel] = []
        for row, (button, signal) in enumerate(
            ((self.pdf_button, self.pdfRequested), (self.save_button, self.saveRequested),
             (self.save_as_button, self.saveAsRequested))
        ):
            button.setAutoDefault(False)
            button.setMinimumWidth(180)
            button.clicked.connect(signal)
            description = self.note("")
            self.descriptions.append(description)
            grid.addWidget(button, row, 0)
            grid.addWidget(description, row, 1)
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.status = self.note("")
        self.status.setObjectName("exportStatus")
        self.layout_.addWidget(self.status)
        self.layout_.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("导出与保存"))
        self.setSubTitle(self.tr("把评估保存为 .hrba 文件以便日后修改或转交，或导出 PDF 自评估报告。"))
        texts = [
            (self.pdf_button, self.tr("导出 PDF 报告(&P)…"), self.tr("申报前自评估报告：逐项列出条款、您的数据与计算过程。")),
            (self.save_button, self.tr("保存(&S)"), self.tr("保存到当前文件；尚未保存过时会询问保存位置。")),
            (self.save_as_button, self.tr("另存为(&A)…"), self.tr("保存为新的评估文件（.hrba）。")),
        ]
        for (button, text, description), label in zip(texts, self.descriptions, strict=True):
            button.setText(text)
            button.setAccessibleName(plain(text))
            label.setText(description)
        if self.status.text():
            self.show_path()

    def initializePage(self) -> None:
        self.show_path()

    def show_path(self) -> None:
        path = self.ctx.session.path
        dirty = self.ctx.session.dirty
        if path is None:
            self.status.setText(self.tr("当前评估尚未保存。"))
        elif dirty:
            self.status.setText(self.tr("文件：{0}（有未保存的修改）").format(path))
        else:
            self.status.setText(self.tr("已保存到：{0}").format(path))
