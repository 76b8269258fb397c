"""The main window: menus, the wizard, the live award panel, and never losing work.

The window paints before the policy is loaded (``load`` runs right after the
first paint), so start-up feels as quick as a bare Qt window. It shows one policy
edition at a time; opening a file or recovering an autosave of another installed
edition, or choosing one on the start page, switches it (``use_policy``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QSplitter, QWidget

from hrb_desktop.core.lang import Lang
from hrb_desktop.resources import is_bundled
from hrb_desktop.ui import i18n, look
from hrb_desktop.ui.menus import Menus
from hrb_desktop.ui.pages.base import EXPORT, REVIEW, page_id_of, page_key
from hrb_desktop.ui.settings import AppSettings
from hrb_desktop.ui.window_size import (
    DESIGN,
    MINIMUM,
    PANEL_MINIMUM,
    PANEL_WIDTH,
    STEPS_WIDTH,
    initial_geometry,
)
from hrb_desktop.ui.wizard import AssessmentWizard

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QCloseEvent, QResizeEvent

    from hrb_desktop.core.autosave import RecoveryInfo
    from hrb_desktop.core.editions import Registry
    from hrb_desktop.core.policy_model import Policy
    from hrb_desktop.ui.context import Context
    from hrb_desktop.ui.dialogs import Dialogs
    from hrb_desktop.ui.recent_check import RecentFilesCheck
    from hrb_desktop.ui.session import Session
    from hrb_desktop.ui.widgets.award_panel import AwardPanel
    from hrb_desktop.ui.widgets.step_list import StepList

APP_NAME = QT_TRANSLATE_NOOP("MainWindow", "哈尔滨制造业政策申报自评估")


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings | None = None,
        lang: Lang = "zh",
        autosave_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._built = False  # LanguageChange may arrive while the window is being built
        self.settings = settings if settings is not None else AppSettings()
        self.lang: Lang = lang
        if i18n.current() != lang:
            i18n.install(lang, with_qt=False)
        self.autosave_dir = autosave_dir
        self._dialogs: Dialogs | None = None  # see ``dialogs``
        self._recent_check: RecentFilesCheck | None = None  # see ``_refresh_recent``
        self.ctx: Context | None = None
        self.panel: AwardPanel | None = None
        self.steps: StepList | None = None
        self.wizard = AssessmentWizard(self)
        # Horizontal by default. Passed by keyword: a positional parent makes PySide weigh the
        # (Qt.Orientation, parent) overload and build the whole Qt namespace (~40 ms) before the
        # first paint.
        self.splitter = QSplitter(parent=self)
        # Step list | wizard | live panel. The two side columns are empty frames until the
        # policy has loaded (their widgets cost start-up time), but they hold their places from
        # the first paint, so the page never reflows when they fill in.
        self.splitter.addWidget(self._placeholder(STEPS_WIDTH[lang]))
        self.splitter.addWidget(self.wizard)
        self.splitter.addWidget(self._placeholder(None))
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setMinimumSize(*MINIMUM)
        self.resize(*DESIGN)
        self.status = QLabel(self)
        self.statusBar().addWidget(self.status, 1)
        self._fit_columns()
        self._steps_timer = self._coalescing_timer(self._refresh_steps)
        self._page_autosave = self._coalescing_timer(self._autosave_if_dirty)
        self.menus = Menus(self)  # titles now, actions once the window has painted
        self.wizard.currentIdChanged.connect(self._page_changed)
        self.wizard.finishRequested.connect(self.finish)
        self.wizard.stoppedShort.connect(self._stopped_short)
        start = self.wizard.start_page
        start.newRequested.connect(self.new)
        start.openRequested.connect(self.open)
        start.editionChosen.connect(self.choose_edition)
        self._built = True
        self.retranslate()

    # ------------------------------------------------------------ loading
    def load(self, session: Session | None = None) -> None:
        """Load the policy, build every page and offer a crash recovery if one is waiting."""
        from hrb_desktop.ui.context import Context
        from hrb_desktop.ui.widgets.award_panel import AwardPanel

        if not i18n.complete():  # what the first paint could do without
            i18n.install(self.lang)
            i18n.flush()
        self.setLocale(i18n.locale_of(self.lang))
        look.follow_system()  # a high-contrast theme that is not plain black and white
        from hrb_desktop.ui.safe_text import plain_label

        plain_label(self.status)  # it shows file names and messages quoting files

        if session is None:
            from datetime import date

            from hrb_desktop.core.editions import registry
            from hrb_desktop.ui.session import Session

            editions = registry()
            policy = editions.load(editions.proposed(date.today()).id)  # in force today, else the latest
            session = Session(policy, self.autosave_dir, settings=self.settings, lang=self.lang, editions=editions)
        self.ctx = Context(session, self.lang, self)
        self.wizard.attach(self.ctx)
        self._connect_pages()
        session.policyChanged.connect(self._policy_changed)
        from hrb_desktop.ui.widgets.step_list import StepList

        sizes = self.splitter.sizes()
        self.steps = StepList(self.lang)  # no parent: replaceWidget takes no child of the splitter
        self.steps.pageRequested.connect(self.go_to_page)
        self.panel = AwardPanel(self.ctx)
        self.panel.itemActivated.connect(self.explain)
        for index, widget in ((0, self.steps), (2, self.panel)):
            self.splitter.replaceWidget(index, widget).deleteLater()
        self.splitter.setSizes(sizes)
        self._fit_columns()
        session.changed.connect(self._steps_timer.start)
        session.pathChanged.connect(self._update_title)
        session.autosaveFailed.connect(lambda msg: self.status.setText(self.tr("自动保存失败：{0}").format(msg)))
        self._page_changed(self.wizard.currentId())
        self.menus.fill()
        self._refresh_recent()
        self._refresh_editions()
        self._update_title()

    def _placeholder(self, width: int | None) -> QFrame:
        holder = QFrame(self)
        holder.setFrameShape(QFrame.Shape.StyledPanel)
        if width is not None:
            holder.setFixedWidth(width)
        else:
            holder.setMinimumWidth(PANEL_MINIMUM[self.lang])
        return holder

    def _coalescing_timer(self, slot: Callable[[], None]) -> QTimer:
        """A zero-delay single shot: many starts within one event-loop turn run ``slot`` once."""
        from PySide6.QtCore import QTimer

        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        return timer

    def _connect_pages(self) -> None:
        """After the wizard's pages are (re)built: the export page's buttons, and every page's
        state for the step list."""
        export = self.wizard.pages[EXPORT]
        export.pdfRequested.connect(self.export_pdf)  # type: ignore[attr-defined]
        export.saveRequested.connect(self.save)  # type: ignore[attr-defined]
        export.saveAsRequested.connect(self.save_as)  # type: ignore[attr-defined]
        for page in self.wizard.pages.values():
            page.completeChanged.connect(self._steps_timer.start)

    # ------------------------------------------------------------ editions
    @property
    def editions(self) -> Registry:
        """The installed policy editions (the session's)."""
        return self.session.editions

    def use_policy(self, policy: Policy) -> None:
        """Switch the window to another edition with a blank assessment of it: the wizard's pages,
        the panel and the session are rebuilt for it (the caller has kept unsaved work first)."""
        self.session.set_policy(policy)  # -> policyChanged -> _policy_changed

    def _policy_changed(self) -> None:
        """The session holds another edition (a file or an autosave of it, or a choice)."""
        from hrb_desktop.ui.busy import busy_cursor

        with busy_cursor():  # every page is built anew
            self.wizard.rebuild()
        self._connect_pages()
        if self.panel is not None:
            self.panel.refresh()
        self._refresh_editions()
        self._page_changed(self.wizard.currentId())

    def _refresh_editions(self) -> None:
        self.wizard.start_page.set_editions(self.editions.editions(), self.session.policy.id)

    def choose_edition(self, policy_id: str) -> None:
        """The start page's edition box: a new assessment of another installed edition."""
        from hrb_desktop.core.policy_loader import PolicyFileError

        if self.ctx is None or policy_id == self.session.policy.id:
            return
        if not self.maybe_keep_work():
            self.wizard.start_page.select_edition(self.session.policy.id)
            return
        try:
            policy = self.editions.load(policy_id)
        except (KeyError, PolicyFileError) as exc:
            problems = exc.problems if isinstance(exc, PolicyFileError) else []
            self.dialogs.error(self.tr("无法使用该政策版本"), self.tr("政策版本“{0}”无法载入。").format(policy_id), problems)
            self.wizard.start_page.select_edition(self.session.policy.id)
            return
        self.use_policy(policy)
        self.status.setText(self.tr("已切换到 {0}，并新建评估。").format(policy.doc_number))

    def import_policy_file(self, path: Path | None = None) -> bool:
        """文件 → 导入政策文件…: check, confirm a replacement, store, show the fingerprint."""
        from hrb_desktop.core.assessment import AssessmentError
        from hrb_desktop.core.edition_import import NeedsConfirmation, Outcome, import_policy

        if self.ctx is None:
            return False
        if path is None:
            path = self.dialogs.policy_path(self.settings.last_directory())
            if path is None:
                return False
        try:
            try:
                outcome, candidate = import_policy(path, self.editions, lang=self.lang)
            except NeedsConfirmation as exc:
                question = "\n\n".join([exc.summary, "\n".join(exc.problems), self.tr("要用该文件替代吗？")])
                if not self.dialogs.ask_yes_no(self.tr("替代政策版本"), question, self.tr("替代(&R)"), self.tr("取消")):
                    return False
                outcome, candidate = import_policy(path, self.editions, replace=True, lang=self.lang)
        except AssessmentError as exc:
            self.dialogs.error(self.tr("无法导入政策文件"), exc.summary, [*exc.problems, self.tr("文件：{0}").format(path)])
            return False
        policy = candidate.policy
        said = {
            Outcome.installed: self.tr("已导入政策版本："),
            Outcome.replaced: self.tr("已导入，并替代了原有的同名版本："),
            Outcome.already_installed: self.tr("该政策版本已安装，未作改动："),
        }[outcome]
        self.dialogs.info(
            self.tr("导入政策文件"),
            "\n".join(
                [
                    said,
                    f"{policy.doc_number} {policy.title.get(self.lang)} ({policy.id})",
                    "",
                    self.tr("文件的 SHA-256 指纹：{0}").format(candidate.sha256),
                    self.tr("请将此指纹与主管部门公布的指纹核对。"),
                ]
            ),
        )
        if outcome == Outcome.replaced and policy.id == self.session.policy.id:
            self._reload_current_edition()
        self._refresh_editions()
        return True

    def _reload_current_edition(self) -> None:
        """The edition in use was replaced by new data: evaluate the same assessment with it."""
        from hrb_desktop.core.assessment import AssessmentError

        try:
            self.session.refresh_policy(self.editions.load(self.session.policy.id))
        except AssessmentError as exc:
            self.dialogs.error(
                self.tr("当前评估仍按原数据计算"),
                self.tr("当前评估的回答与新数据不符，在重新打开或新建评估之前仍按原数据计算。"),
                [exc.summary, *exc.problems],
            )

    def manage_editions(self) -> None:
        """文件 → 政策版本…: every installed edition, with import and remove."""
        from hrb_desktop.ui.editions_dialog import EditionsDialog

        if self.ctx is not None:
            from hrb_desktop.ui.focus import exec_returning_focus

            exec_returning_focus(EditionsDialog(self), self)
            self._refresh_editions()

    @property
    def dialogs(self) -> Dialogs:
        """The window's modal questions, created on first use (tests put their own here)."""
        if self._dialogs is None:
            from hrb_desktop.ui.dialogs import Dialogs

            self._dialogs = Dialogs(self)
        return self._dialogs

    @dialogs.setter
    def dialogs(self, dialogs: Dialogs) -> None:
        self._dialogs = dialogs

    @property
    def session(self) -> Session:
        assert self.ctx is not None, "policy not loaded yet"
        return self.ctx.session

    def offer_recovery(self) -> None:
        """After a crash: say which assessment was left (enterprise, file, time) and offer it back."""
        if self.ctx is None:
            return
        info = self.session.recovery_info()
        if info is None:
            return
        if info.error is not None:  # damaged: there is nothing to restore, only to clear away
            self.dialogs.error(self.tr("无法恢复"), info.error.summary, info.error.problems)
            if self.dialogs.ask_yes_no(
                self.tr("无法恢复"), self.tr("这份自动保存已损坏。要删除它吗？"), self.tr("删除"), self.tr("保留")
            ):
                self.session.discard_recovery(info.path)
            return
        restore = self.dialogs.ask_yes_no(
            self.tr("恢复未保存的评估"),
            self.tr(
                "上次程序没有正常关闭，发现一份自动保存的评估：\n\n{0}\n\n要恢复它吗？选择“不恢复”将删除这份自动保存。"
            ).format(self._recovery_details(info)),
            self.tr("恢复(&R)"),
            self.tr("不恢复(&D)"),
        )
        from hrb_desktop.core.assessment import AssessmentError

        try:
            if restore:
                self.session.restore_recovery(info.path)
                page = page_id_of(self.session.ui_page)  # read before the wizard moves
                self.wizard.reload()
                if page is not None:
                    self.go_to_page(page)  # or the first page on the way that needs fixing
                self.status.setText(self.tr("已恢复自动保存的评估，请及时保存。"))
            else:
                self.session.discard_recovery(info.path)
        except AssessmentError as exc:  # changed on disk since it was read: the file is kept
            self.dialogs.error(self.tr("无法恢复"), exc.summary, exc.problems)

    def _recovery_details(self, info: RecoveryInfo) -> str:
        from hrb_desktop.core.messages import fmt_date

        name = info.enterprise or self.tr("（未填写名称）")
        file = str(info.original_path) if info.original_path is not None else self.tr("尚未保存为文件")
        when = (
            f"{fmt_date(info.saved_at.date(), self.lang)} {info.saved_at:%H:%M}"
            if info.saved_at is not None
            else self.tr("时间不详")
        )
        return "\n".join(
            [self.tr("企业：{0}").format(name), self.tr("文件：{0}").format(file), self.tr("自动保存于：{0}").format(when)]
        )

    # ------------------------------------------------------------ language
    def set_language(self, lang: Lang, remember: bool = True) -> None:
        """Switch the whole interface now: texts, policy texts, results. No answer changes.

        The choice made here is remembered for the next start (``remember``).
        """
        if remember:
            self.settings.set_language(lang)
        if lang == self.lang and i18n.current() == lang:
            self.menus.check_language(lang)
            return
        self.lang = lang
        if self.ctx is not None:
            self.ctx.set_lang(lang)  # before the LanguageChange events: pages read ctx.lang
        i18n.install(lang)
        self.setLocale(i18n.locale_of(lang))
        i18n.flush()  # every page and widget retranslates (LanguageChange) before we return
        self._fit_columns()
        self._refresh_steps()
        self.status.setText("")

    def fit_to_screen(self) -> None:
        """A first start: the designed size, or less on a small screen, centred in its free area."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        x, y, w, h = initial_geometry(free.x(), free.y(), free.width(), free.height())
        self.resize(w, h)
        self.move(x, y)

    def _fit_columns(self) -> None:
        """The step list keeps its fixed width; English titles need a wider live panel than
        Chinese ones, and on a narrow window the wizard keeps most of the width."""
        sizes = self.splitter.sizes()
        if len(sizes) != 3:
            return
        total = sum(sizes) or DESIGN[0]
        steps = STEPS_WIDTH[self.lang]
        if self.steps is not None:
            self.steps.set_lang(self.lang)
        wanted = self._panel_share(total)
        if sizes[2] < wanted or sizes[0] != steps:
            self.splitter.setSizes([steps, max(0, total - steps - wanted), wanted])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrower window takes its width from the live panel too, not only from the page:
        the panel never keeps more than its share (see ``_fit_columns``)."""
        super().resizeEvent(event)
        sizes = self.splitter.sizes()
        if len(sizes) == 3 and sum(sizes):
            share = self._panel_share(sum(sizes))
            if sizes[2] > share:
                self.splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - share, share])

    def _panel_share(self, total: int) -> int:
        return max(PANEL_MINIMUM[self.lang], min(PANEL_WIDTH[self.lang], (total - STEPS_WIDTH[self.lang]) // 3))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
        elif event.type() == QEvent.Type.ApplicationPaletteChange:
            look.refresh()  # e.g. Windows switched to dark mode: every tinted text again
        return super().event(event)  # not changeEvent: see hrb_desktop.ui.i18n

    def retranslate(self) -> None:
        self.wizard.setAccessibleName(self.tr("评估向导"))
        self.menus.retranslate()
        self._update_title()

    # ------------------------------------------------------------ state
    def _refresh_recent(self, check: bool = True) -> None:
        """Show the stored recent files at once; a worker thread looks for missing ones
        (a disconnected network share must not freeze the window) and they go when it answers."""
        paths = self.settings.recent_files()
        self.menus.set_recent(paths, enabled=self.ctx is not None)
        self.wizard.start_page.set_recent(paths)
        if check and paths:
            if self._recent_check is None:
                from hrb_desktop.ui.recent_check import RecentFilesCheck

                self._recent_check = RecentFilesCheck(self)
                self._recent_check.missing.connect(self._forget_missing_recent)
            self._recent_check.check(paths)

    def _forget_missing_recent(self, paths: list[Path]) -> None:
        if self.settings.forget_recent_files(paths):
            self._refresh_recent(check=False)

    def _page_changed(self, page_id: int) -> None:
        if self.ctx is not None:
            self.session.ui_page = page_key(page_id)  # an autosave remembers where the user was
            if self.session.dirty:  # so that a crash after moving on returns here, not to the last edit
                self._page_autosave.setInterval(self.session.autosave_delay)
                self._page_autosave.start()
        page = self.wizard.currentPage()
        if page is not None:
            page.completeChanged.emit()  # show what (if anything) still blocks Next
        self._steps_timer.start()  # once the wizard has settled (a new edition rebuilds its pages)

    def _autosave_if_dirty(self) -> None:
        if self.ctx is not None and self.session.dirty:
            self.session.autosave_now()

    def _refresh_steps(self) -> None:
        if self.steps is None or self.ctx is None:
            return
        from hrb_desktop.ui.steps import steps_of

        self.steps.show_steps(steps_of(self.wizard), self.wizard.currentId())

    def go_to_page(self, page_id: int) -> bool:
        """From the step list (or after Open / a recovery): show ``page_id`` if it may be
        reached; otherwise the wizard stops on the first page that needs fixing."""
        reached = self.wizard.go_to(page_id)
        self._refresh_steps()
        return reached

    def _stopped_short(self, page_id: int) -> None:
        page = self.wizard.pages.get(page_id)
        if page is None:
            return
        self.status.setText(self.tr("请先改正“{0}”中的问题，才能继续往后。").format(page.title()))

    def _update_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle(self.tr(APP_NAME))
            return
        from hrb_desktop.ui.safe_text import window_title

        name = self._document_name()
        path = self.session.path
        if path is not None and is_bundled(path):  # a template: the title says so
            name = self.tr("{0}（示例）").format(name)
        self.setWindowTitle(f"{window_title(name)}[*] — {self.tr(APP_NAME)}")
        self.setWindowModified(self.session.dirty)

    def _document_name(self) -> str:
        path = self.session.path
        return path.name if path is not None else self.tr("未命名评估")

    def maybe_keep_work(self) -> bool:
        """Before New, Open or Close: True when it is safe to go on."""
        if self.ctx is None or not self.session.dirty:
            return True
        answer = self.dialogs.ask_save_changes(self._document_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ------------------------------------------------------------ files
    def new(self) -> None:
        if self.ctx is None or not self.maybe_keep_work():
            return
        self.session.new()
        self.wizard.reload()
        self.wizard.next()
        self.status.setText(self.tr("已新建评估。"))

    def open(self, path: Path | None = None) -> bool:
        from hrb_desktop.core.assessment import AssessmentError

        if self.ctx is None or not self.maybe_keep_work():
            return False
        if path is None:
            path = self.dialogs.open_path(self.settings.last_directory())
            if path is None:
                return False
        from hrb_desktop.ui.busy import busy_cursor

        try:
            with busy_cursor():
                self.session.open(path)
        except AssessmentError as exc:
            self.dialogs.error(
                self.tr("无法打开文件"),
                self.tr("无法打开“{0}”：{1}").format(path.name, exc.summary),
                [*exc.problems, self.tr("文件未被改动：{0}").format(path)],
            )
            self._refresh_recent()
            return False
        with busy_cursor():
            self.wizard.reload()
        self._refresh_recent()
        # What a consultant opens a file for: to check it and see the results. Review shows
        # every answer (Next is Results); a page that needs fixing first stops the way there.
        reviewed = self.go_to_page(REVIEW)
        if is_bundled(path):
            self.status.setText(self.tr("已打开示例 {0}（模板：保存时需另存为新文件）").format(path.name))
        elif reviewed:
            self.status.setText(self.tr("请核对，按“下一步”查看结果。已打开 {0}").format(self.session.path))
        else:
            self.status.setText(self.tr("请先改正本页的问题。已打开 {0}").format(self.session.path))
        return True

    def save(self) -> bool:
        if self.ctx is None:
            return False
        path = self.session.path
        if path is None or is_bundled(path):  # an example is a template: save it under a new name
            return self.save_as()
        return self._save_to(None)

    def finish(self) -> bool:
        """保存并完成: save, say where (the full path), and offer the PDF or the folder."""
        if not self.save():
            return False
        path = self.session.path
        assert path is not None
        choice = self.dialogs.after_finish(path)
        if choice == "pdf":
            self.export_pdf()
        elif choice == "folder":
            self.show_folder(path.parent)
        return True

    def show_folder(self, folder: Path) -> bool:
        """Open a local folder in the system's file manager (no network: a file:// URL)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        url = QUrl.fromLocalFile(str(folder))
        if folder.is_dir() and url.isLocalFile() and QDesktopServices.openUrl(url):
            return True
        self.dialogs.error(self.tr("无法打开文件夹"), self.tr("无法打开文件夹：{0}").format(folder))
        return False

    def save_as(self) -> bool:
        if self.ctx is None:
            return False
        folder = self.settings.last_directory() or Path.home()
        if is_bundled(folder):  # opening an example remembered its folder: suggest the user's own
            folder = Path.home()
        current = self.session.path
        suggested = current if current is not None and not is_bundled(current) else folder / f"{self._file_stem()}.hrba"
        from hrb_desktop.ui.dialogs import ASSESSMENT_FILTER

        path = self.dialogs.save_path(suggested, ASSESSMENT_FILTER)
        if path is None:
            return False
        return self._save_to(path, overwrite=True)  # the file dialog asked before replacing a file

    def _file_stem(self) -> str:
        """The suggested file name's stem: the enterprise's name, made valid on Windows."""
        from hrb_desktop.core.filenames import safe_file_stem

        return safe_file_stem(self.session.assessment.enterprise.name, self.tr("评估"))

    def _save_to(self, path: Path | None, overwrite: bool = False) -> bool:
        from hrb_desktop.core.assessment import AssessmentError
        from hrb_desktop.core.file_identity import FileChangedOnDisk

        try:
            self.session.save(path, overwrite=overwrite)
        except FileChangedOnDisk:
            return self._save_over_changed_file()
        except AssessmentError as exc:
            self.dialogs.error(self.tr("保存失败"), exc.summary, exc.problems)
            return False
        self._refresh_recent()
        done = self.tr("已保存到 {0}").format(self.session.path)
        if self.session.save_note:
            done = f"{done} {self.session.save_note}"
        self.status.setText(done)
        export = self.wizard.pages.get(EXPORT)
        if export is not None and hasattr(export, "show_path"):
            export.show_path()
        return True

    def _save_over_changed_file(self) -> bool:
        """The file changed on disk since this window opened or saved it: overwrite it, take
        the other version (discarding this window's changes, after a second question) or save
        this one under another name. Nothing happens without the user's choice."""
        choice = self.dialogs.ask_file_changed(self._document_name())
        if choice == "overwrite":
            return self._save_to(None, overwrite=True)
        if choice == "save_as":
            return self.save_as()
        if choice == "reload" and self.dialogs.ask_yes_no(
            self.tr("重新载入"),
            self.tr("将丢弃本窗口中尚未保存的修改，载入磁盘上的版本“{0}”。确定吗？").format(self._document_name()),
            self.tr("丢弃我的修改并重新载入(&L)"),
            self.tr("取消"),
        ):
            from hrb_desktop.core.assessment import AssessmentError

            try:
                self.session.reload()
            except AssessmentError as error:
                self.dialogs.error(self.tr("无法打开文件"), error.summary, error.problems)
                return False
            self.wizard.reload()
            self.status.setText(self.tr("已重新载入 {0}").format(self.session.path))
        return False

    def export_pdf(self) -> bool:
        if self.ctx is None:
            return False
        folder = self.settings.last_directory() or Path.home()
        suffix = self.tr("-自评估报告")
        from hrb_desktop.ui.dialogs import PDF_FILTER

        path = self.dialogs.save_path(folder / f"{self._file_stem()}{suffix}.pdf", PDF_FILTER)
        if path is None:
            return False
        if not path.suffix:
            path = path.with_suffix(".pdf")
        try:
            from hrb_desktop.core.assessment import AssessmentError
            from hrb_desktop.core.report import write_pdf

            unprintable = write_pdf(
                path, self.session.policy, self.session.assessment, self.session.result(self.lang), self.lang
            )
        except AssessmentError as exc:
            self.dialogs.error(self.tr("PDF 导出失败"), exc.summary, exc.problems)
            return False
        except Exception as exc:  # the report module is separate work: never show a traceback
            print(f"hrb-desktop: PDF export failed: {exc!r}", file=sys.stderr)
            self.dialogs.error(
                self.tr("PDF 导出失败"),
                self.tr("PDF 报告未能生成，评估本身没有受到影响。"),
                [str(exc) or type(exc).__name__],
            )
            return False
        self.status.setText(self.tr("PDF 报告已导出到 {0}").format(path))
        if unprintable:  # never a silent blank: say which characters the PDF shows as [U+....]
            self.dialogs.error(
                self.tr("PDF 已导出"),
                self.tr("PDF 报告已导出，但其中有字符无法用程序自带的字体打印，已显示为“[U+编码]”："),
                unprintable,
            )
        return True

    def export_excel(self) -> bool:
        """File → Export Excel: this assessment's results in the batch's three-sheet layout."""
        if self.ctx is None:
            return False
        from hrb_desktop.core.batch.errors import BatchOutputError
        from hrb_desktop.core.batch.run import export_assessment
        from hrb_desktop.ui.dialogs import XLSX_FILTER

        folder = self.settings.last_directory() or Path.home()
        suffix = self.tr("-评估结果")
        path = self.dialogs.save_path(folder / f"{self._file_stem()}{suffix}.xlsx", XLSX_FILTER)
        if path is None:
            return False
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        try:
            export_assessment(
                path, self.session.policy, self.session.assessment, self.session.answers, self.lang, self._document_name()
            )
        except BatchOutputError as exc:
            self.dialogs.error(self.tr("Excel 导出失败"), exc.summary, exc.problems)
            return False
        self.status.setText(self.tr("Excel 已导出到 {0}").format(path))
        return True

    def batch(self) -> None:
        """File → Batch assessment…: a non-modal dialog; its rows open here on double-click."""
        if self.ctx is None:
            return
        from hrb_desktop.ui.batch_dialog import BatchDialog

        dialog = getattr(self, "batch_dialog", None)
        if dialog is not None and dialog.lang != self.lang and not dialog.running:
            dialog.deleteLater()  # made in the other language: a fresh one speaks this one
            dialog = None
        if dialog is None:
            folder = self.settings.last_directory() or Path.home()
            dialog = self.batch_dialog = BatchDialog(self.session.policy, self.lang, self.dialogs, folder, self)
            dialog.openRequested.connect(self.open_batch_row)
        dialog.show()
        dialog.raise_()

    def open_batch_row(self, assessment: object, path: Path | None) -> None:
        """A batch row in the wizard: its .hrba when there is one, else as a new unsaved assessment."""
        from hrb_desktop.core.assessment import Assessment, AssessmentError

        if self.ctx is None:
            return
        if path is not None:
            self.open(path)
        elif isinstance(assessment, Assessment) and self.maybe_keep_work():
            try:
                self.session.adopt(assessment)
            except AssessmentError as exc:
                self.dialogs.error(self.tr("无法打开"), exc.summary, exc.problems)
                return
            self.wizard.reload()
            self.status.setText(self.tr("已从批量评估打开，尚未保存。"))
        self.raise_()
        self.activateWindow()

    def clear_local_data(self) -> None:
        if self.ctx is None:
            return
        if not self.dialogs.ask_yes_no(
            self.tr("清除本机数据"),
            self.tr("将删除本机保存的最近文件列表、上次使用的文件夹和自动保存（仍在运行的其他窗口的除外）。\n已保存的评估文件不受影响。继续吗？"),
            self.tr("清除(&C)"),
            self.tr("取消"),
        ):
            return
        self.session.clear_local_data()
        self._refresh_recent()
        self.status.setText(self.tr("已清除本机数据。"))

    def explain(self, item_id: str) -> None:
        from hrb_desktop.ui.explain_dialog import ExplainDialog

        if self.ctx is not None:
            from hrb_desktop.ui.focus import exec_returning_focus

            exec_returning_focus(ExplainDialog(self.ctx, item_id, self), self)

    def show_guide(self) -> None:
        """帮助 → 使用指南 (F1): the offline user guide."""
        from hrb_desktop.ui.focus import exec_returning_focus
        from hrb_desktop.ui.help_guide import GuideDialog

        exec_returning_focus(GuideDialog(self), self)

    def about(self) -> None:
        from hrb_desktop import __version__

        self.dialogs.info(
            self.tr("关于"),
            self.tr("{0}\n版本 {1}\n离线运行，数据只保存在本机。结果为申报前估算，不代表审批结论。").format(
                self.tr(APP_NAME), __version__
            ),
        )

    # ------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_keep_work():
            event.ignore()
            return
        if self.ctx is not None:
            self.session.close_cleanly()
        self.settings.set_window_geometry(self.saveGeometry())
        event.accept()
