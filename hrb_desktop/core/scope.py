"""Which articles, questions and items the wizard shows, derived from the policy model only.

No article is hand-coded: an applicant sees the items written for its applicant
type; a question is asked when one of those items (or a provincial exclusion of the
no-double-support article touching one of them) reads it, and its screening area is
chosen. Only applicant types marked ``screening`` in the edition choose areas.
Qt-free, so the rules can be tested and reused cheaply.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from hrb_desktop.core.answers import Answers
from hrb_desktop.core.conditions import evaluate
from hrb_desktop.core.policy_model import Article, Item, ItemKind, Policy, Question


@dataclass(frozen=True)
class Scope:
    """What one assessment shows: built from the applicant type and the chosen areas."""

    policy: Policy
    applicant: str  # an applicant type of the edition
    areas: frozenset[str] | None  # None: every area

    @property
    def screened(self) -> bool:
        """Whether this applicant type chooses screening areas (the enterprise does)."""
        kind = self.policy.applicant_type(self.applicant)
        return kind is not None and kind.screening

    def area_on(self, area: str | None) -> bool:
        return area is None or self.areas is None or area in self.areas

    def article_on(self, article: Article) -> bool:
        """Screening applies to enterprises; other applicants see every article of theirs."""
        if not self.screened or self.areas is None or not article.areas:
            return True
        return any(a in self.areas for a in article.areas)

    def areas_off(self, article: Article, item: Item) -> list[str]:
        """The unticked screening areas that leave ``item`` out (empty: it is in scope).

        An item is left out when its article is screened out (all the article's areas are
        named), or when it reads a question of an unticked area: that question is never asked,
        so the item could only ever show as unanswered.
        """
        if not self.screened or self.areas is None:
            return []
        if not self.article_on(article):
            return list(article.areas)
        off = [self._question_area.get(q) for q in item.referenced_questions()]
        return list(dict.fromkeys(a for a in off if a is not None and a not in self.areas))

    @cached_property
    def _question_area(self) -> dict[str, str | None]:
        return {q.id: q.area for q in self.policy.questions}

    @cached_property
    def screened_out(self) -> dict[str, list[str]]:
        """Item id -> the unticked areas that leave it out, for this applicant's items only."""
        return {
            item.id: off
            for article in self.policy.articles
            for item in article.items
            if item.applicant == self.applicant and (off := self.areas_off(article, item))
        }

    def items(self) -> list[Item]:
        out = self.screened_out
        return [
            item
            for article in self.policy.articles
            if self.article_on(article)
            for item in article.items
            if item.applicant == self.applicant and item.id not in out
        ]

    def monetary_items(self) -> list[Item]:
        return [i for i in self.items() if i.kind == ItemKind.monetary]

    def question_ids(self) -> set[str]:
        return set(self._question_ids)

    @cached_property
    def _question_ids(self) -> frozenset[str]:
        # A scope never changes: the wizard asks for its pages on every Next and every edit.
        items = self.items()
        ids = {q for item in items for q in item.questions}
        kinds = {item.provincial_exclusion for item in items if item.provincial_exclusion}
        for key, rule in self.policy.provincial_exclusions.items():
            if key in kinds:
                ids.add(rule.question)
        return frozenset(ids)

    def questions(self, article: int | None) -> list[Question]:
        """Questions asked on one article page (``None``: the profile page), in policy order."""
        ids = self._question_ids
        by_area = not self.screened
        return [
            q
            for q in self.policy.questions
            if q.article == article and q.id in ids and (by_area or self.area_on(q.area))
        ]

    def article_numbers(self) -> list[int]:
        """Articles that get a page: those with at least one question to ask."""
        return list(self._article_numbers)

    @cached_property
    def _article_numbers(self) -> tuple[int, ...]:
        return tuple(a.number for a in self.policy.articles if self.questions(a.number))


def is_relevant(question: Question, answers: Answers) -> bool:
    """``relevant_if`` must hold (unknown counts as not yet relevant)."""
    return question.relevant_if is None or evaluate(question.relevant_if, answers).value is True


def relevant_questions(questions: Iterable[Question], answers: Answers) -> list[Question]:
    return [q for q in questions if is_relevant(q, answers)]


def areas_of(policy: Policy, applicant: str | None = None) -> list[str]:
    """Screening areas that matter to an applicant type (others have nothing to screen);
    ``None``: to the types that screen."""
    who = {applicant} if applicant else {a.id for a in policy.applicant_types if a.screening}
    used: list[str] = []
    for article in policy.articles:
        if any(item.applicant in who for item in article.items):
            used += [a for a in article.areas if a not in used]
    return [a.id for a in policy.areas if a.id in used]
