"""Every page of the wizard as a step with a state, for the step list beside the pages.

The list always names every page the policy could need, in order, so it never grows or
shrinks under the user: pages the current answers skip are listed as not screened (an area
unticked on the screening page) or not applicable (another applicant type, too few awards
for projects). A page of the sequence not shown yet is still to do; once shown it is to fix
while it has problems, else done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hrb_desktop.core.messages import Lang, article_name
from hrb_desktop.core.scope import Scope
from hrb_desktop.ui.i18n import clause_sep, colon, title_sep
from hrb_desktop.ui.pages.base import (
    ARTICLE_BASE,
    EXPORT,
    PROFILE,
    PROJECTS,
    RESULTS,
    REVIEW,
    SCREENING,
    START,
)

if TYPE_CHECKING:
    from hrb_desktop.ui.wizard import AssessmentWizard


class StepState(StrEnum):
    done = "done"
    todo = "todo"
    fix = "fix"
    not_screened = "not_screened"
    not_applicable = "not_applicable"

    @property
    def reachable(self) -> bool:
        return self in (StepState.done, StepState.todo, StepState.fix)


# Short names: the list is a narrow column; the page itself shows its full title.
_SHORT = {
    START: QT_TRANSLATE_NOOP("Steps", "开始"),
    PROFILE: QT_TRANSLATE_NOOP("Steps", "企业信息"),
    SCREENING: QT_TRANSLATE_NOOP("Steps", "筛选"),
    PROJECTS: QT_TRANSLATE_NOOP("Steps", "项目"),
    REVIEW: QT_TRANSLATE_NOOP("Steps", "核对"),
    RESULTS: QT_TRANSLATE_NOOP("Steps", "评估结果"),
    EXPORT: QT_TRANSLATE_NOOP("Steps", "导出与保存"),
}
_STATE_NAMES = {
    StepState.done: QT_TRANSLATE_NOOP("Steps", "已完成"),
    StepState.todo: QT_TRANSLATE_NOOP("Steps", "尚未查看"),
    StepState.fix: QT_TRANSLATE_NOOP("Steps", "需要改正"),
    StepState.not_screened: QT_TRANSLATE_NOOP("Steps", "未筛选，跳过"),
    StepState.not_applicable: QT_TRANSLATE_NOOP("Steps", "不适用，跳过"),
}
MARKS = {
    StepState.done: "✓",
    StepState.todo: "",
    StepState.fix: "!",
    StepState.not_screened: "–",
    StepState.not_applicable: "–",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


@dataclass(frozen=True)
class Step:
    page_id: int
    short: str  # the name in the list, e.g. "第二条"
    title: str  # the page's full title, e.g. "第二条　支持企业加快成长"
    state: StepState
    problems: list[str] = field(default_factory=list)

    @property
    def state_name(self) -> str:
        return tr(_STATE_NAMES[self.state])

    def accessible_text(self, lang: Lang) -> str:
        """What a screen reader says for the row: the full title, the state and any problems."""
        text = f"{self.title}{colon(lang)}{self.state_name}"
        if self.problems:
            text += colon(lang) + clause_sep(lang).join(self.problems)
        return text


def steps_of(wizard: AssessmentWizard) -> list[Step]:
    """The steps in page order (the wizard must have its pages, see ``attach``)."""
    ctx = wizard.ctx
    assert ctx is not None
    lang = ctx.lang
    order = wizard.sequence()
    scope = ctx.scope()
    unscreened: set[int] = set()
    if scope.screened and scope.areas is not None:
        every = Scope(ctx.policy, scope.applicant, None).article_numbers()
        unscreened = {ARTICLE_BASE + n for n in every} - set(order)
    steps = []
    for page_id in sorted(wizard.pages):
        page = wizard.pages[page_id]
        article = getattr(page, "article", None)  # the page's own: the edition may be changing
        if ARTICLE_BASE < page_id < PROJECTS and article is not None:
            short = article_name(article.number, lang)
            title = f"{short}{title_sep(lang)}{article.title.get(lang)}"
        else:
            short = tr(_SHORT[page_id])
            title = page.title() or short
        problems: list[str] = []
        if page_id not in order:
            state = StepState.not_screened if page_id in unscreened else StepState.not_applicable
        elif page_id not in wizard.seen and page_id != START:
            state = StepState.todo  # not shown yet: a blank name is not yet a mistake
        elif problems := page.errors():
            state = StepState.fix
        else:
            state = StepState.done
        steps.append(Step(page_id, short, title, state, problems))
    return steps


__all__ = ["MARKS", "Step", "StepState", "steps_of"]
