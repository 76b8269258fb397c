"""The two ways a batch stops early: a refused input file, and the user's Cancel."""

from __future__ import annotations


class BatchInputError(Exception):
    """A whole input file refused; ``problems`` name what is wrong. Messages are ready to show."""

    def __init__(self, summary: str, problems: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.problems = problems or []

    def __str__(self) -> str:
        return "\n".join([self.summary, *(f"  - {p}" for p in self.problems)])


class Cancelled(Exception):
    """The user pressed Cancel; whatever the run had written is already gone."""


class BatchOutputError(Exception):
    """A result could not be written (folder missing, file open in Excel, disk full)."""

    def __init__(self, summary: str, problems: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.problems = problems or []

    def __str__(self) -> str:
        return "\n".join([self.summary, *(f"  - {p}" for p in self.problems)])
