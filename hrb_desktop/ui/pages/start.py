"""Start: which policy edition this is, whether it is in force, New / Open / recent files.

Built before the policy is loaded (so the window paints at once) and filled in
by ``set_context`` a moment later.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hrb_desktop.ui import look
from hrb_desktop.ui.pages.base import PROFILE, START, Page, qt

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from hrb_desktop.ui.context import Context


class StartPage(Page):
    page_id = START
    newRequested = Signal()
    openRequested = Signal(object)  # Path or None (ask)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.policy_box = QGroupBox(self.body)
        box = QVBoxLayout(self.policy_box)
        self.policy_label = QLabel(self.policy_box)
        self.policy_label.setWordWrap(True)
        self.after_first_paint(self._settle_policy_label)
        box.addWidget(self.policy_label)
        self.banner = QLabel(self.body)
        self.banner.setObjectName("validityBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()  # styled when it is first filled in: no style sheet before the first paint
        self.disclaimer = self.note("")
        self.new_button = QPushButton(self.body)
        self.open_button = QPushButton(self.body)
        for button in (self.new_button, self.open_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(lambda: self.openRequested.emit(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.recent_label = QLabel(self.body)
        self.recent_label.hide()
        self._recent: QListWidget | None = None  # built on first use: see ``recent``
        self.continue_hint = self.note("")
        self.continue_hint.hide()  # shown once the policy has loaded and Next can be used
        for widget in (self.policy_box, self.banner, self.disclaimer):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.continue_hint)
        self.layout_.addWidget(self.recent_label)
        self.layout_.addStretch(1)
        self.retranslate()

    def _settle_policy_label(self) -> None:
        self.policy_label.setTextFormat(qt().TextFormat.RichText)  # its values are escaped: see retranslate
        self.policy_label.setTextInteractionFlags(qt().TextInteractionFlag.TextSelectableByMouse)

    @property
    def recent(self) -> QListWidget:
        """The recent-files list, created when first needed: item views take ~10 ms
        to set up, which the window's first paint should not wait for."""
        if self._recent is None:
            from PySide6.QtWidgets import QListWidget

            self._recent = QListWidget(self.body)
            self._recent.hide()
            self.recent_label.setBuddy(self._recent)
            self._recent.itemActivated.connect(self._open_recent)
            self._recent.installEventFilter(self)
            self.layout_.insertWidget(self.layout_.indexOf(self.recent_label) + 1, self._recent)
            self._recent.setAccessibleName(self.tr("最近打开的文件，按回车打开"))
        return self._recent

    def retranslate(self) -> None:
        self.setTitle(self.tr("开始"))
        self.setSubTitle(self.tr("哈尔滨市制造业政策申报前自评估：看看企业可以申报哪些奖补，大约多少。"))
        self.policy_box.setTitle(self.tr("政策文本"))
        self.policy_label.setAccessibleName(self.tr("政策文本"))
        self.banner.setAccessibleName(self.tr("有效期提示"))
        self.disclaimer.setText(
            self.tr(
                "本工具仅依据政策原文做申报前估算：金额多为区间，“一定金额”“一事一议”等由主管部门核定，"
                "结果不代表审批结论。数据只保存在本机，不会上传。"
            )
        )
        self.new_button.setText(self.tr("新建评估(&W)"))  # not N: Alt+N is Next
        self.new_button.setAccessibleName(self.tr("新建评估"))
        self.open_button.setText(self.tr("打开评估文件(&O)…"))
        self.open_button.setAccessibleName(self.tr("打开评估文件"))
        self.recent_label.setText(self.tr("最近打开的文件(&R)："))
        if self._recent is not None:
            self._recent.setAccessibleName(self.tr("最近打开的文件，按回车打开"))
        self.continue_hint.setText(self.tr("当前评估已就绪：点击“下一步”填写企业信息。"))
        if self.ctx is None:
            self.policy_label.setText(self.tr("正在载入政策文本……"))
            return
        from html import escape

        from hrb_desktop.core.messages import fmt_date  # late: not needed for the first paint
        policy = self.ctx.policy
        lang = self.ctx.lang
        self.policy_label.setText(  # rich text: the policy's own texts escaped (a policy file may be imported)
            self.tr("<b>{doc}</b><br>《{title}》<br>{issuer}　印发日期：{issued}<br>有效期：{start}至{end}（{years}年）").format(
                doc=escape(policy.doc_number),
                title=escape(policy.title.get(lang)),
                issuer=escape(policy.issuer.get(lang)),
                issued=fmt_date(policy.issue_date, lang),
                start=fmt_date(policy.effective_from, lang),
                end=fmt_date(policy.valid_until, lang),
                years=policy.valid_years,
            )
        )
        self.reload()

    def set_context(self, ctx: Context) -> None:
        self.ctx = ctx
        self.run_deferred()
        for button in (self.new_button, self.open_button):
            button.setEnabled(True)
        self.continue_hint.show()
        self.retranslate()
        self.completeChanged.emit()

    def reload(self) -> None:
        if self.ctx is None:
            return
        from datetime import date  # late: the datetime module is not needed for the first paint

        self.update_banner(date.today(), self.ctx.assessment.reference_date)

    def update_banner(self, today: date, reference: date) -> None:
        from hrb_desktop.core.messages import fmt_date

        assert self.ctx is not None
        policy, lang = self.ctx.policy, self.ctx.lang
        start, end = fmt_date(policy.effective_from, lang), fmt_date(policy.valid_until, lang)
        inside = policy.effective_from <= reference <= policy.valid_until
        if inside:
            self.banner.setText(
                self.tr("评估基准日 {ref} 在政策有效期内（{start}至{end}）。").format(
                    ref=fmt_date(reference, lang), start=start, end=end
                )
            )
            look.box(self.banner, "ok")
        else:
            state = self.tr("已于{end}到期").format(end=end) if reference > policy.valid_until else self.tr("尚未施行")
            self.banner.setText(
                self.tr(
                    "<b>提示：评估基准日 {ref} 不在政策有效期内</b>（{start}至{end}，本政策{state}）。<br>"
                    "如果您按有效期内某一年度的数据自评，请在下一页“企业信息”中把<b>评估基准日</b>"
                    "设为该年度内的日期（例如 2023年12月31日）。申报前请向主管部门确认是否有延续或替代政策。"
                ).format(ref=fmt_date(reference, lang), start=start, end=end, state=state)
            )
            look.box(self.banner, "warning")
        self.banner.show()

    def set_recent(self, paths: list[Path]) -> None:
        if not paths and self._recent is None:
            self.recent_label.hide()
            return
        from PySide6.QtWidgets import QListWidgetItem

        from hrb_desktop.ui.safe_text import tooltip

        self.recent.clear()
        for path in paths:
            entry = QListWidgetItem(f"{path.name}  —  {path.parent}", self.recent)
            entry.setData(qt().ItemDataRole.UserRole, str(path))
            entry.setToolTip(tooltip(str(path)))
        has = bool(paths)
        if has:  # as tall as its entries (up to eight), not a big empty box under one file
            rows = self.recent.sizeHintForRow(0) * len(paths)
            self.recent.setFixedHeight(rows + 2 * self.recent.frameWidth() + 4)
        self.recent.setVisible(has)
        self.recent_label.setVisible(has)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a recent file opens it and nothing else: a list view passes the key
        on, which would also press the wizard's default button (Next)."""
        if watched is self._recent and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtGui import QKeyEvent  # late: not needed for the first paint

            assert isinstance(event, QKeyEvent)
            if event.key() in (qt().Key.Key_Return, qt().Key.Key_Enter):
                entry = self._recent.currentItem()
                if entry is not None:
                    self._open_recent(entry)
                return True
        return super().eventFilter(watched, event)

    def _open_recent(self, entry: QListWidgetItem) -> None:
        self.openRequested.emit(Path(entry.data(qt().ItemDataRole.UserRole)))

    def isComplete(self) -> bool:
        return self.ctx is not None

    def nextId(self) -> int:
        """Before the policy has loaded there is no next page yet, but the button must
        already read "Next" (disabled), not "Finish": the first paint should not change later."""
        return super().nextId() if self.ctx is not None else PROFILE
