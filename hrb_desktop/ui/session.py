"""The assessment being edited: answers, file path, dirty flag, autosave and recovery.

SKELETON: the public API below is fixed (the wizard codes against it); the
bodies are being implemented. Keep the names and signatures.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hrb_desktop.core.answers import Answers, AnswerValue
from hrb_desktop.core.assessment import Assessment, Enterprise, Project
from hrb_desktop.core.engine import AssessmentResult, Engine
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import Policy


class Session(QObject):
    """One open assessment. Every mutation emits ``changed`` and schedules an autosave."""

    changed = Signal()  # any answer, profile, project, area or date changed
    pathChanged = Signal()  # file path or dirty flag changed (window title)

    def __init__(self, policy: Policy, autosave_dir: Path | None = None, parent: QObject | None = None) -> None:
        """``autosave_dir`` defaults to QStandardPaths.AppDataLocation/autosave."""
        super().__init__(parent)
        self.policy = policy
        self.engine = Engine(policy)
        raise NotImplementedError

    # -- state -------------------------------------------------------------
    @property
    def assessment(self) -> Assessment:
        """The current assessment (answers stored raw-JSON style as the file holds them)."""
        raise NotImplementedError

    @property
    def answers(self) -> Answers:
        """Typed answers (bool / Decimal / date / str) for the engine."""
        raise NotImplementedError

    @property
    def path(self) -> Path | None:
        raise NotImplementedError

    @property
    def dirty(self) -> bool:
        raise NotImplementedError

    def result(self, lang: Lang = "zh") -> AssessmentResult:
        """Evaluate the current answers with the engine (cheap: call on every keystroke)."""
        raise NotImplementedError

    # -- edits -------------------------------------------------------------
    def set_answer(self, question_id: str, value: AnswerValue | None) -> None:
        """Set one typed answer; None removes it. Emits ``changed``."""
        raise NotImplementedError

    def set_enterprise(self, enterprise: Enterprise) -> None:
        raise NotImplementedError

    def set_reference_date(self, value: date) -> None:
        raise NotImplementedError

    def set_areas(self, areas: list[str] | None) -> None:
        raise NotImplementedError

    def set_projects(self, projects: list[Project]) -> None:
        raise NotImplementedError

    # -- files ---------------------------------------------------------------
    def new(self) -> None:
        """Start a blank assessment (reference date today). Clears path and dirty."""
        raise NotImplementedError

    def open(self, path: Path) -> None:
        """Load a file; raises AssessmentError and leaves the session unchanged on failure."""
        raise NotImplementedError

    def save(self, path: Path | None = None) -> None:
        """Atomic save to ``path`` (or the current path); raises AssessmentError on failure."""
        raise NotImplementedError

    # -- autosave and recovery ---------------------------------------------
    def autosave_now(self) -> None:
        raise NotImplementedError

    def recovery_available(self) -> Path | None:
        """An autosave left by a session that did not end cleanly, if any."""
        raise NotImplementedError

    def restore_recovery(self) -> None:
        raise NotImplementedError

    def discard_recovery(self) -> None:
        raise NotImplementedError

    def close_cleanly(self) -> None:
        """Call on normal exit: removes this session's autosave."""
        raise NotImplementedError
