"""Which articles, questions and items the wizard shows, derived from the policy model only.

No article is hand-coded: an applicant sees the items written for its applicant
type; a question is asked when one of those items (or an Art. 18 provincial
exclusion touching one of them) reads it, and its screening area is chosen.
Qt-free, so the rules can be tested and reused cheaply.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hrb_desktop.core.answers import Answers
from hrb_desktop.core.conditions import evaluate
from hrb_desktop.core.policy_model import ApplicantType, Article, Item, ItemKind, Policy, Question


@dataclass(frozen=True)
class Scope:
    """What one assessment shows: built from the applicant type and the chosen areas."""

    policy: Policy
    applicant: ApplicantType
    areas: frozenset[str] | None  # None: every area

    def area_on(self, area: str | None) -> bool:
        return area is None or self.areas is None or area in self.areas

    def article_on(self, article: Article) -> bool:
        """Screening applies to enterprises; other applicants see every article of theirs."""
        if self.applicant != ApplicantType.enterprise or self.areas is None or not article.areas:
            return True
        return any(a in self.areas for a in article.areas)

    def items(self) -> list[Item]:
        return [
            item
            for article in self.policy.articles
            if self.article_on(article)
            for item in article.items
            if item.applicant == self.applicant
        ]

    def monetary_items(self) -> list[Item]:
        return [i for i in self.items() if i.kind == ItemKind.monetary]

    def question_ids(self) -> set[str]:
        items = self.items()
        ids = {q for item in items for q in item.questions}
        kinds = {item.provincial_exclusion for item in items if item.provincial_exclusion}
        for key, rule in self.policy.provincial_exclusions.items():
            if key in kinds:
                ids.add(rule.question)
        return ids

    def questions(self, article: int | None) -> list[Question]:
        """Questions asked on one article page (``None``: the profile page), in policy order."""
        ids = self.question_ids()
        by_area = self.applicant != ApplicantType.enterprise
        return [
            q
            for q in self.policy.questions
            if q.article == article and q.id in ids and (by_area or self.area_on(q.area))
        ]

    def article_numbers(self) -> list[int]:
        """Articles that get a page: those with at least one question to ask."""
        return [a.number for a in self.policy.articles if self.questions(a.number)]


def is_relevant(question: Question, answers: Answers) -> bool:
    """``relevant_if`` must hold (unknown counts as not yet relevant)."""
    return question.relevant_if is None or evaluate(question.relevant_if, answers).value is True


def relevant_questions(questions: Iterable[Question], answers: Answers) -> list[Question]:
    return [q for q in questions if is_relevant(q, answers)]


def areas_of(policy: Policy, applicant: ApplicantType) -> list[str]:
    """Screening areas that matter to an applicant type (others have nothing to screen)."""
    used: list[str] = []
    for article in policy.articles:
        if any(item.applicant == applicant for item in article.items):
            used += [a for a in article.areas if a not in used]
    return [a.id for a in policy.areas if a.id in used]
