"""The assessment wizard: pages generated from the policy, branching by the current scope."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from hrb_desktop.ui.pages.base import (
    EXPORT,
    PROFILE,
    PROJECTS,
    RESULTS,
    REVIEW,
    SCREENING,
    START,
    Page,
    article_page_id,
)
from hrb_desktop.ui.pages.start import StartPage

if TYPE_CHECKING:
    from hrb_desktop.ui.context import Context


class AssessmentWizard(QWizard):
    finishRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A QWizard is a dialog, i.e. a window of its own; the main window's splitter
        # re-parents it, and QWidget.setParent resets its flags to a plain child widget.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # One setOptions call: each option change lays the wizard's buttons out again.
        self.setOptions(
            self.options() | QWizard.WizardOption.NoCancelButton | QWizard.WizardOption.NoBackButtonOnStartPage
        )
        self.ctx: Context | None = None
        self.retranslate()
        self._returning_to_review = False  # set by a "修改…" on Review: see ``jump_to``
        self.start_page = StartPage()
        self.setPage(START, self.start_page)
        self.pages: dict[int, Page] = {START: self.start_page}

    def retranslate(self) -> None:
        """Back, Next and Finish carry our own texts; Cancel, Help and Commit come from qtbase_*.qm."""
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("保存并完成(&V)"))
        buttons = [
            (QWizard.WizardButton.BackButton, self.tr("上一步")),
            (QWizard.WizardButton.NextButton, self.tr("下一步")),
            (QWizard.WizardButton.FinishButton, self.tr("保存并完成")),
        ]
        if self.ctx is not None:  # the custom button is created on first mention: not before the first paint
            self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("返回核对(&K)"))
            buttons.append((QWizard.WizardButton.CustomButton1, self.tr("返回核对页，经过的每一页都会检查")))
        for which, name in buttons:
            self.button(which).setAccessibleName(name)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)  # not changeEvent: see hrb_desktop.ui.i18n

    # ------------------------------------------------------------ building
    def attach(self, ctx: Context) -> None:
        """Generate every page from the policy (called once the policy is loaded)."""
        from PySide6.QtCore import Qt

        from hrb_desktop.ui.pages.article import ArticlePage
        from hrb_desktop.ui.pages.export import ExportPage
        from hrb_desktop.ui.pages.profile import ProfilePage
        from hrb_desktop.ui.pages.projects import ProjectsPage
        from hrb_desktop.ui.pages.results import ResultsPage
        from hrb_desktop.ui.pages.review import ReviewPage
        from hrb_desktop.ui.pages.screening import ScreeningPage

        self.ctx = ctx
        # Titles name articles and items from the policy file: text, never markup.
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        pages: list[Page] = [ProfilePage(ctx), ScreeningPage(ctx)]
        for article in ctx.policy.articles:
            if any(q.article == article.number for q in ctx.policy.questions):
                pages.append(ArticlePage(ctx, article))
        pages += [ProjectsPage(ctx), ReviewPage(ctx), ResultsPage(ctx), ExportPage(ctx)]
        for page in pages:
            self.setPage(page.page_id, page)
            self.pages[page.page_id] = page
        self.start_page.set_context(ctx)
        self.retranslate()  # now with the "返回核对" button
        self.customButtonClicked.connect(self._custom_button_clicked)
        self.currentIdChanged.connect(self._update_return_button)
        self.currentIdChanged.connect(self._focus_later)
        self.restart()  # lay the buttons out again now that Start has a next page

    def page_of(self, page_id: int) -> Page:
        return self.pages[page_id]

    # ------------------------------------------------------------ branching
    def sequence(self) -> list[int]:
        """The pages this assessment walks through, in order."""
        if self.ctx is None:
            return [START]
        scope = self.ctx.scope()
        ids = [START, PROFILE]
        if scope.applicant.value == "enterprise":
            ids.append(SCREENING)
        ids += [article_page_id(n) for n in scope.article_numbers() if article_page_id(n) in self.pages]
        if len(scope.monetary_items()) >= 2:
            ids.append(PROJECTS)
        return ids + [REVIEW, RESULTS, EXPORT]

    def next_after(self, page_id: int) -> int:
        order = self.sequence()
        if page_id not in order:  # the scope changed under this page: go on from its place
            later = [p for p in order if p > page_id]
            return later[0] if later else -1
        index = order.index(page_id)
        return order[index + 1] if index + 1 < len(order) else -1

    def jump_to(self, page_id: int) -> None:
        """Go back to an earlier page; every answer stays as it is.

        Coming from Review, a "返回核对" button then takes the user straight back to it.
        """
        if page_id not in self.visitedIds():
            return
        from_review = self.currentId() == REVIEW
        while self.currentId() != page_id and self.currentId() != START:
            self.back()
        if from_review and self.currentId() == page_id:
            self._returning_to_review = True
            self._update_return_button(page_id)

    def return_to_review(self) -> bool:
        """Go forward to Review through the pages in between, as Next would: stop on the
        first page that is not complete (its problems show) and return False there."""
        for _ in range(len(self.pages) + 1):
            current = self.currentId()
            if current == REVIEW:
                return True
            page = self.currentPage()
            if page is None or not page.isComplete() or REVIEW not in self.sequence():
                return False
            self.next()
            if self.currentId() == current:  # validatePage refused
                return False
        return self.currentId() == REVIEW

    def _custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.return_to_review()

    def _update_return_button(self, page_id: int) -> None:
        if page_id in (REVIEW, RESULTS, EXPORT, START, -1):
            self._returning_to_review = False
        self.setOption(QWizard.WizardOption.HaveCustomButton1, self._returning_to_review)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Keep the focus in the wizard while QWizard hides its content for a moment.

        QWizard hides everything it shows (page and buttons) while it updates its buttons,
        which it does on every ``completeChanged`` (a keystroke that enables or disables
        Next, see ``Page.answers_changed``) and page change. Qt then moves the focus to the
        next widget it can find, here the live panel beside the wizard, and the user's next
        keys went there. The content comes back at once, so the focus stays where it is; a
        real Tab (the page still shown) moves on as usual.
        """
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        page = self.currentPage()
        if focus is not None and page is not None and self.isAncestorOf(focus) and not page.isVisible():
            return True
        return super().focusNextPrevChild(next)

    def _focus_later(self, page_id: int) -> None:
        # After QWizard has finished switching pages (it moves the focus itself on the way).
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, self.focus_current_page)

    def focus_current_page(self) -> None:
        """Put the keyboard focus where a user starts on this page: its first answer field,
        else Next (or Finish), so that typing or Enter works at once, without a Tab first."""
        from PySide6.QtCore import Qt

        page = self.currentPage()
        target: QWidget | None = page.first_field() if isinstance(page, Page) else None
        if target is None:
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
                button = self.button(which)
                if button.isVisible() and button.isEnabled():
                    target = button
                    break
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Finish saves the assessment; the wizard stays open for further work."""
        self.finishRequested.emit()

    def reject(self) -> None:
        """Esc must not hide the embedded wizard."""

    def reload(self) -> None:
        """Show the session's data on every page and return to the start."""
        self._returning_to_review = False
        self.restart()
        for page in self.pages.values():
            page.reload()
