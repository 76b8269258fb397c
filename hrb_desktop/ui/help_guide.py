"""The user guide (帮助 → 使用指南, F1): offline, in the interface language, for a finance
clerk rather than a developer.

Everything is written here (no file, no link to follow): how the wizard goes, the keys,
what the statuses, marks and ranges mean, and where the program keeps its files on this
computer (the real folders, from ``hrb_desktop.core.appdata``) and how to clear them. The
keys follow README "Using the wizard" (tests/ui/test_help_guide.py keeps the two in step);
the menu shortcuts are read from the menus themselves, so they are right on every platform.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hrb_desktop.core.appdata import autosave_dir, data_dir
from hrb_desktop.core.messages import t

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from hrb_desktop.ui.main_window import MainWindow


def _shortcut(action: QAction | None) -> str:
    from PySide6.QtGui import QKeySequence

    if action is None or action.shortcut().isEmpty():
        return ""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td style='padding:2px 14px 2px 0; white-space:nowrap'><b>{escape(keys)}</b></td>"
        f"<td style='padding:2px 0'>{escape(text)}</td></tr>"
        for keys, text in rows
        if keys
    )
    return f"<table cellspacing='0'>{body}</table>"


def _section(title: str, *paragraphs: str) -> str:
    return f"<h3>{escape(title)}</h3>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


class GuideText(QObject):
    """The guide's texts (one translation context, "GuideText")."""

    def html(self, window: MainWindow) -> str:
        """The whole guide as HTML; every text in it is escaped (paths included)."""
        menus = window.menus
        filled = menus.filled
        lang = window.lang
        keys = [
            ("Tab / Shift+Tab", self.tr("在本页的字段之间按顺序移动")),
            (self.tr("回车（Enter）"), self.tr("下一步；本页还有需要改正的内容时不会翻页")),
            ("Alt+N", self.tr("下一步")),
            ("Alt+B", self.tr("上一步")),
            ("Alt+G", self.tr("到左侧的步骤列表：上下键选择一步，回车前往")),
            ("Alt+K", self.tr("返回核对：从核对页点“修改…”后，一次回到核对页（途中需要改正的页会停下）")),
            ("Alt+V", self.tr("保存并完成（最后一页）")),
            ("Alt+W", self.tr("开始页：新建评估")),
            ("Alt+E", self.tr("开始页：选择政策版本")),
            (self.tr("Alt+带下划线的字母"), self.tr("每个字段和按钮都有自己的字母：跳到该字段，或按下该按钮")),
            (self.tr("Alt+↓ 或 F4"), self.tr("在日期框中打开日历；方向键选日期，回车确定，Esc 取消")),
            (self.tr("空格"), self.tr("勾选或选中当前的选项")),
        ]
        if filled:
            keys += [
                (_shortcut(menus.new_action), self.tr("新建评估")),
                (_shortcut(menus.open_action), self.tr("打开评估文件")),
                (_shortcut(menus.save_action), self.tr("保存")),
                (_shortcut(menus.save_as_action), self.tr("另存为")),
                (_shortcut(menus.pdf_action), self.tr("导出 PDF 报告")),
                (_shortcut(menus.guide_action), self.tr("打开本指南")),
            ]
        settings = window.settings.qsettings.fileName()
        title = self.tr("使用指南")
        autosave_note = self.tr("每次修改后约一秒半，程序会把当前评估自动保存到“自动保存”文件夹；正常退出时删除。")
        recovery_note = self.tr("程序意外关闭后再次启动，会询问是否恢复，并回到您当时所在的那一页。")
        parts = [
            f"<h2>{escape(title)}</h2>",
            _section(
                self.tr("这个程序做什么"),
                self.tr("按哈政规〔2021〕10号的原文，估算企业申报前可以争取哪些奖补、大约多少钱。每个金额都注明依据的条款和计算过程。"
                   "结果只是申报前的估算，不代表审批结论；程序完全离线运行，数据只保存在这台电脑上。"),
            ),
            _section(self.tr("填写的顺序")),
            _list([
                self.tr("开始：选择政策版本，新建评估，或打开以前保存的评估文件（.hrba）。打开的文件填写完整时，直接来到“核对”页。"),
                self.tr("企业信息：名称必填；评估基准日决定按哪一年度的情况估算。"),
                self.tr("筛选：勾选与企业有关的方面。没有勾选的方面不提问，结果中单独列出，不算作漏填。"),
                self.tr("各条款：按实际情况回答。不清楚的可以先空着，相关项目显示为“未填写完整”。"),
                self.tr("项目（第十八条）：同一个项目同时符合几项奖补时，按从高原则只计一项，请在这里把它们归到一起。"),
                self.tr("核对：检查所有回答；点“修改…”回到那一页，改完按“返回核对”。"),
                self.tr("评估结果：合计、按条款的金额和每一项的理由；点项目名称查看计算过程。"),
                self.tr("导出与保存：保存评估文件，导出可打印、签字的 PDF 报告。“保存并完成”会告诉您文件保存在哪里。"),
            ]),
            _section(
                self.tr("左侧的步骤列表"),
                self.tr("列出全部步骤：✓ 表示已完成，! 表示这一页有需要改正的内容，灰色的 – 表示按目前的回答跳过（未筛选或不适用）。"
                   "点一步（或选中后按回车）就到那一页；往后跳时会经过中间各页，遇到需要改正的页会停在那里并说明原因。"),
            ),
            _section(self.tr("键盘")),
            _table(keys),
            _section(self.tr("状态的意思")),
            _table([
                (t("status.eligible", lang), self.tr("按您的回答可以申报，金额计入合计。")),
                (t("status.not_eligible", lang), self.tr("有条件没有满足，理由中写明是哪一条。")),
                (t("status.judgement", lang), self.tr("条文没有写具体金额，由主管部门决定，不计入合计。")),
                (t("status.non_monetary", lang), self.tr("用地、人才、融资渠道等支持，不是现金，不计入合计。")),
                (t("status.not_answered", lang), self.tr("还缺少回答，无法判断；补上后会自动重新计算。")),
                (t("status.not_screened", lang), self.tr("属于筛选时没有勾选的方面，没有提问，也没有计算。")),
                (self.tr("不计入（第十八条）"),
                 self.tr("与更高的一项属于同一项目，或已享受省级同类支持，按第十八条不重复计入。")),
            ]),
            _section(
                self.tr("金额和区间"),
                self.tr("金额以万元为单位，保留两位小数。条文只写“最高不超过”或“50—200万元”时，结果是一个区间，例如 0.00–500.00："
                   "前一个数是可以确定的部分，后一个数是最多可能得到的金额。合计也是区间。"),
            ),
            _section(
                self.tr("文件保存在哪里"),
                self.tr("评估文件（.hrba）保存在您选择的位置，可以复制、发给同事，再用本程序打开。"
                   "程序自带的示例只作模板：打开后保存时会请您另存为新文件，示例本身不会被改动。"),
            ),
            _table([
                (self.tr("程序数据文件夹"), str(data_dir())),
                (self.tr("自动保存"), str(autosave_dir())),
                (self.tr("设置（语言、最近打开的文件）"), settings),
            ]),
            f"<p>{escape(autosave_note)}{escape(recovery_note)}</p>",
            _section(
                self.tr("在公用电脑上清除本机数据"),
                self.tr("选择“文件 → 清除本机数据”：删除最近打开的文件列表、上次使用的文件夹和所有自动保存。"
                   "已保存的评估文件和导出的 PDF 不受影响。也可以在退出程序后直接删除上面的程序数据文件夹。"),
            ),
        ]
        return "".join(parts)



def guide_html(window: MainWindow) -> str:
    """The whole guide as HTML; every text in it is escaped (paths included)."""
    return GuideText().html(window)


class GuideDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.window_ = window
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # there are none; nothing may open a browser or a file
        self.browser.setOpenExternalLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        screen = window.screen().availableGeometry() if window.screen() is not None else None
        width, height = 760, 600
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)  # not changeEvent: see hrb_desktop.ui.i18n

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("使用指南"))
        self.browser.setAccessibleName(self.tr("使用指南"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.browser.setHtml(guide_html(self.window_))
