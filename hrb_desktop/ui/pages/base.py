"""Shared page plumbing: page ids, a scrollable body and the wizard's branching."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from hrb_desktop.ui import look
from hrb_desktop.ui.i18n import clause_sep

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from hrb_desktop.ui.context import Context
    from hrb_desktop.ui.wizard import AssessmentWizard

START, PROFILE, SCREENING = 0, 1, 2
ARTICLE_BASE = 100  # article n has page id 100 + n
PROJECTS, REVIEW, RESULTS, EXPORT = 200, 201, 202, 203


def qt() -> type[Qt]:
    """The ``Qt`` namespace, imported late: building it costs ~40 ms, which the
    pages shown before the first paint must not pay (see benchmarks/bench_startup.py)."""
    from PySide6.QtCore import Qt

    return Qt


def article_page_id(number: int) -> int:
    return ARTICLE_BASE + number


class Page(QWizardPage):
    """A page whose next page is decided by the wizard from the current scope.

    Each page sets its texts in ``retranslate()``, called once the page is built
    and again on every ``QEvent.LanguageChange`` (a language switch at run time,
    caught in ``event()``, see ``hrb_desktop.ui.i18n``):
    only texts change, never an answer. The base class translates with the
    explicit "Page" context because ``self.tr`` would look in the subclass's.
    """

    page_id = -1

    def __init__(self, ctx: Context | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._deferred: list[Callable[[], None]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.after_first_paint(self._settle_scroll_area)
        self.body = QWidget(self.scroll)
        self.body.setObjectName("pageBody")
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(4, 4, 12, 4)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll)
        self.blockers = QLabel(self)
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        look.tint(self.blockers, look.ERROR)  # a palette, not a style sheet: see hrb_desktop.ui.look
        self.blockers.setContentsMargins(0, 4, 0, 4)
        self.blockers.setAccessibleName(QCoreApplication.translate("Page", "需要先改正的内容"))
        self.blockers.hide()
        self.after_first_paint(lambda: _plain(self.blockers))  # quotes project names, typed values
        outer.addWidget(self.blockers)
        self._complete_shown: bool | None = None  # what QWizard last heard (see answers_changed)
        self.completeChanged.connect(self._show_blockers)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_base()
            self.retranslate()
        elif event.type() == QEvent.Type.ApplicationPaletteChange:
            self.restyle()
        return super().event(event)  # not changeEvent: see hrb_desktop.ui.i18n

    def _retranslate_base(self) -> None:
        self.blockers.setAccessibleName(QCoreApplication.translate("Page", "需要先改正的内容"))
        self._show_blockers()

    def retranslate(self) -> None:
        """Set every text of the page in the current language (and the policy texts in ``ctx.lang``)."""

    def restyle(self) -> None:
        """The theme changed (e.g. to dark): build again what carries its own colours (HTML).

        Tinted labels are repainted by ``look.refresh``.
        """

    def errors(self) -> list[str]:
        """Problems that keep Next disabled, ready to show."""
        return []

    def isComplete(self) -> bool:
        return not self.errors()

    def answers_changed(self) -> None:
        """An answer on this page changed (often a keystroke): refresh what blocks Next.

        QWizard re-checks its buttons on every ``completeChanged``, hiding and re-showing the
        whole page while it does: a relayout and repaint per keystroke. So it hears only
        when Next would flip; the list of what blocks Next is refreshed every time.
        """
        problems = self.errors()
        if (not problems) != self._complete_shown:
            self.completeChanged.emit()
        else:
            self._render_blockers(problems)

    def _show_blockers(self) -> None:
        """On ``completeChanged``: QWizard has just seen the page's state; so does the label."""
        problems = self.errors()
        self._complete_shown = not problems
        self._render_blockers(problems)

    def _render_blockers(self, problems: list[str]) -> None:
        if problems:
            lang = self.ctx.lang if self.ctx is not None else "zh"
            shown = problems[:3] + ([QCoreApplication.translate("Page", "……")] if len(problems) > 3 else [])
            prefix = QCoreApplication.translate("Page", "改正以下内容后才能继续：")
            self.blockers.setText(prefix + clause_sep(lang).join(shown))
        self.blockers.setVisible(bool(problems))

    def assessment_wizard(self) -> AssessmentWizard:
        return self.wizard()  # type: ignore[return-value]

    def nextId(self) -> int:
        wizard = self.wizard()
        if wizard is None or self.ctx is None:
            return -1
        return self.assessment_wizard().next_after(self.page_id)

    def cleanupPage(self) -> None:
        """Going Back keeps every answer (QWizard would otherwise reset fields)."""

    def reload(self) -> None:
        """Show the session's data again (after New, Open or a restore)."""

    def note(self, text: str, color: str = look.NOTE) -> QLabel:
        label = QLabel(text, self.body)
        label.setWordWrap(True)
        look.tint(label, color)
        self.after_first_paint(lambda: _selectable_plain(label))
        return label

    def _settle_scroll_area(self) -> None:
        self.scroll.setHorizontalScrollBarPolicy(qt().ScrollBarPolicy.ScrollBarAlwaysOff)
        # The area itself never takes the focus: typed keys would go nowhere. Tab still scrolls
        # the focused field into view, and the mouse wheel scrolls as before.
        self.scroll.setFocusPolicy(qt().FocusPolicy.NoFocus)

    def first_field(self) -> QWidget | None:
        """The answer field a user starts on (typing or ticking), if the page has one.

        Each page names its own: walking Qt's focus chain would wrap Qt's internal widgets
        in Python objects, which PySide later trips over when they are deleted.
        """
        return None

    def after_first_paint(self, step: Callable[[], None]) -> None:
        """Run ``step`` now, or, for a page built before the policy loads, once it has."""
        if self.ctx is None:
            self._deferred.append(step)
        else:
            step()

    def run_deferred(self) -> None:
        steps, self._deferred = self._deferred, []
        for step in steps:
            step()


def _plain(label: QLabel) -> QLabel:
    from hrb_desktop.ui.safe_text import plain_label  # late: the start page is built before the first paint

    return plain_label(label)


def _selectable_plain(label: QLabel) -> None:
    """A note may show a path or a file's text: plain, and selectable to copy."""
    _plain(label).setTextInteractionFlags(qt().TextInteractionFlag.TextSelectableByMouse)
