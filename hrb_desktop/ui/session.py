"""The assessment being edited: answers, file path, dirty flag, autosave and recovery.

One ``Session`` holds one assessment. Every edit updates the stored (raw JSON
style) answers and the typed answers together, marks the session dirty, emits
``changed`` and schedules an autosave.

Autosave: at most 1.5 s of work lost
------------------------------------
Two single-shot timers: a debounce (``AUTOSAVE_DELAY_MS``, 1 s after the last edit,
restarted by every edit) and a deadline (``AUTOSAVE_MAX_WAIT_MS``, 1.5 s after the
first edit that is not autosaved yet, never restarted). Whichever fires first writes,
so someone who never pauses typing is autosaved every 1.5 s too; a crash loses at
most the edits of the last 1.5 s (plus the time the write takes).

Autosave and recovery
---------------------
Each session has an id. For its whole lifetime it holds an OS lock on ``<id>.lock``
in the autosave folder (``core.file_lock``: flock on POSIX, msvcrt.locking on
Windows); the kernel drops it when the process ends, however it ends. The file
also holds a note (process id, host) for people, never trusted: Windows reuses
process ids within seconds. While the session has unsaved changes it keeps
``<id>.hrba-autosave``, a JSON envelope

    {"format": "hrb-autosave", "version": 1, "session": ..., "pid": ..., "host": ...,
     "saved_at": ..., "path": <the file being edited or null>,
     "file": <that file's size, time and SHA-256 when last opened or saved, or null>,
     "page": <the wizard page>, "assessment": <the assessment exactly as a .hrba file holds it>}

written atomically (``core.safe_write``). ``close_cleanly`` removes both. An
autosave whose lock nobody holds was left by a session that is gone: the next
session offers it (``recovery_info``), also from the folder version 0.1 used
(``core.appdata.legacy_autosave_dir``). A damaged autosave is still offered, so
the user can discard it; ``restore_recovery`` then raises ``AssessmentError``
and changes nothing. ``clear_local_data`` deletes this session's autosave and
those nobody owns, never a running window's. Creating a session also deletes the
temporary files of writes a crash interrupted (``core.safe_write`` journal).

Saving over someone else's change
---------------------------------
The session remembers the file's identity (size, time, SHA-256) when it opens or
saves it. ``save`` to the same file raises ``FileChangedOnDisk`` when the file
on disk is no longer what this session last saw (another window, program or
person saved it meanwhile); the window then asks: overwrite (``save(overwrite=
True)``), reload theirs (``reload``) or save as. A file deleted meanwhile is
simply created again (``save_note`` says so).
"""

from __future__ import annotations

import os
import uuid
import weakref
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from hrb_desktop.core.answers import (
    AnswerError,
    Answers,
    AnswerValue,
    answer_to_json,
    normalise_answer,
)
from hrb_desktop.core.assessment import (
    EXTENSION,
    Assessment,
    AssessmentError,
    Enterprise,
    Project,
    assessment_to_json,
    atomic_write,
    evaluate_assessment,
    load_assessment,
    typed_answers,
)
from hrb_desktop.core.autosave import (
    AUTOSAVE_SUFFIX,
    LOCK_SUFFIX,
    RecoveryInfo,
    acquire_session_lock,
    delete_leftover,
    envelope_bytes,
    leftover_autosaves,
    read_autosave,
    remove_autosaves,
    remove_stale_locks,
    unlink_quietly,
)
from hrb_desktop.core.engine import AssessmentResult, Engine
from hrb_desktop.core.file_identity import (
    FileChangedOnDisk,
    FileIdentity,
    check_unchanged,
    identity_of_bytes,
    identity_of_file,
)
from hrb_desktop.core.file_lock import FileLock
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import ApplicantType, Policy
from hrb_desktop.core.safe_write import remove_leftover_temps
from hrb_desktop.ui.settings import AppSettings, default_autosave_dir

AUTOSAVE_DELAY_MS = 1000  # after the last edit
AUTOSAVE_MAX_WAIT_MS = 1500  # after the first edit not autosaved yet, however fast the edits come


class Session(QObject):
    """One open assessment. Every mutation emits ``changed`` and schedules an autosave."""

    changed = Signal()  # any answer, profile, project, area or date changed
    pathChanged = Signal()  # file path or dirty flag changed (window title)
    autosaveFailed = Signal(str)  # the autosave folder cannot be written (message for a status bar)

    def __init__(
        self,
        policy: Policy,
        autosave_dir: Path | None = None,
        parent: QObject | None = None,
        *,
        settings: AppSettings | None = None,
        lang: Lang = "zh",
        legacy_autosave_dir: Path | None = None,
    ) -> None:
        """``autosave_dir`` defaults to the app-data folder's ``autosave`` (core.appdata);
        leftovers are also looked for in ``legacy_autosave_dir``, which then defaults to the
        folder version 0.1 autosaved to.

        ``settings`` (recent files) defaults to the user's settings; ``lang`` is
        the language of error messages and may be changed at any time.
        """
        super().__init__(parent)
        self.policy = policy
        self.engine = Engine(policy)
        self.lang: Lang = lang
        self._questions = {q.id: q for q in policy.questions}
        self._settings = settings
        if autosave_dir is None:
            from hrb_desktop.core import appdata

            autosave_dir = default_autosave_dir()
            if legacy_autosave_dir is None:
                legacy_autosave_dir = appdata.legacy_autosave_dir()
        self._autosave_dir = Path(autosave_dir)
        self._legacy_dir = Path(legacy_autosave_dir) if legacy_autosave_dir is not None else None
        self._id = f"{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._closed = False
        self.autosave_error: str | None = None
        # The wizard page the user is on (a short key the window chooses): written with each
        # autosave so that a recovery can return there. Changing it is not an edit.
        self.ui_page: str | None = None

        self._assessment = self._blank()
        self._answers: Answers = {}
        self._path: Path | None = None
        self._dirty = False
        # What the file at ``_path`` was when this session last opened or saved it.
        self._identity: FileIdentity | None = None
        self.save_note: str | None = None  # set by ``save`` when it had to recreate a deleted file

        self._timer = self._autosave_timer(AUTOSAVE_DELAY_MS)  # restarted by every edit
        self._deadline = self._autosave_timer(AUTOSAVE_MAX_WAIT_MS)  # started by the first one

        remove_leftover_temps()
        self._lock: FileLock | None = None
        self._take_lock()
        remove_stale_locks(self._autosave_dir, self._id)

    def _autosave_timer(self, msec: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(self._on_autosave_timer)
        return timer

    # -- state -------------------------------------------------------------
    @property
    def assessment(self) -> Assessment:
        """The current assessment (answers stored raw-JSON style as the file holds them).

        A copy: change the session through its ``set_*`` methods.
        """
        return self._assessment.model_copy(deep=True)

    @property
    def scope_key(self) -> tuple[ApplicantType, frozenset[str] | None]:
        """Applicant type and screening areas, read without copying the assessment
        (the live panel asks on every keystroke)."""
        areas = self._assessment.areas
        return self._assessment.enterprise.applicant_type, None if areas is None else frozenset(areas)

    @property
    def answers(self) -> Answers:
        """Typed answers (bool / Decimal / date / str) for the engine."""
        return dict(self._answers)

    def answer(self, question_id: str) -> AnswerValue | None:
        """The typed answer to one question, or None if unanswered."""
        return self._answers.get(question_id)

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def settings(self) -> AppSettings:
        if self._settings is None:
            self._settings = AppSettings()
        return self._settings

    @property
    def session_id(self) -> str:
        return self._id

    @property
    def autosave_dir(self) -> Path:
        return self._autosave_dir

    @property
    def autosave_path(self) -> Path:
        """This session's autosave file (exists only while there are unsaved changes)."""
        return self._autosave_dir / f"{self._id}{AUTOSAVE_SUFFIX}"

    @property
    def lock_path(self) -> Path:
        return self._autosave_dir / f"{self._id}{LOCK_SUFFIX}"

    @property
    def autosave_delay(self) -> int:
        """Milliseconds between the last change and the autosave (default 1000)."""
        return self._timer.interval()

    @autosave_delay.setter
    def autosave_delay(self, msec: int) -> None:
        self._timer.setInterval(int(msec))

    @property
    def autosave_max_wait(self) -> int:
        """The most milliseconds an edit waits for its autosave while edits keep coming (1500)."""
        return self._deadline.interval()

    @autosave_max_wait.setter
    def autosave_max_wait(self, msec: int) -> None:
        self._deadline.setInterval(int(msec))

    @property
    def autosave_pending(self) -> bool:
        return self._timer.isActive() or self._deadline.isActive()

    @property
    def file_identity(self) -> FileIdentity | None:
        """The file's identity when this session last opened or saved it (None: no file)."""
        return self._identity

    def result(self, lang: Lang = "zh") -> AssessmentResult:
        """Evaluate the current answers with the engine (cheap: call on every keystroke)."""
        return evaluate_assessment(self.engine, self._assessment, self._answers, lang)

    # -- edits -------------------------------------------------------------
    def set_answer(self, question_id: str, value: AnswerValue | None) -> None:
        """Set one typed answer; None removes it. Emits ``changed``.

        Raises KeyError for an unknown question and AnswerError (a ValueError,
        message ready to show) for a value that does not fit the question; the
        session is then unchanged. Setting the value already held does nothing.
        """
        question = self._questions.get(question_id)
        if question is None:
            raise KeyError(question_id)
        raw = dict(self._assessment.answers)
        typed = dict(self._answers)
        if value is None:
            if question_id not in typed:
                return
            raw.pop(question_id, None)
            typed.pop(question_id, None)
        else:
            checked = normalise_answer(question, value, self.lang)
            old = typed.get(question_id)
            if old is not None and type(old) is type(checked) and old == checked:
                if not isinstance(checked, Decimal) or str(old) == str(checked):
                    return
            raw[question_id] = answer_to_json(checked)
            typed[question_id] = checked
        self._assessment = self._assessment.model_copy(update={"answers": raw})
        self._answers = typed
        self._edited()

    def set_answers(self, values: dict[str, AnswerValue | None]) -> None:
        """Several answers at once (one ``changed``); all are checked before any is set."""
        raw = dict(self._assessment.answers)
        typed = dict(self._answers)
        for question_id, value in values.items():
            question = self._questions.get(question_id)
            if question is None:
                raise KeyError(question_id)
            if value is None:
                raw.pop(question_id, None)
                typed.pop(question_id, None)
            else:
                checked = normalise_answer(question, value, self.lang)
                raw[question_id] = answer_to_json(checked)
                typed[question_id] = checked
        if raw == self._assessment.answers and typed == self._answers:
            return
        self._assessment = self._assessment.model_copy(update={"answers": raw})
        self._answers = typed
        self._edited()

    def set_enterprise(self, enterprise: Enterprise) -> None:
        enterprise = Enterprise.model_validate(enterprise.model_dump())
        if enterprise == self._assessment.enterprise:
            return
        self._assessment = self._assessment.model_copy(update={"enterprise": enterprise})
        self._edited()

    def set_reference_date(self, value: date) -> None:
        if not isinstance(value, date) or isinstance(value, datetime):
            raise TypeError("reference date must be a datetime.date")
        if value == self._assessment.reference_date:
            return
        self._assessment = self._assessment.model_copy(update={"reference_date": value})
        self._edited()

    def set_areas(self, areas: list[str] | None) -> None:
        """Screened areas (None: every area). Raises AssessmentError for an unknown area id."""
        value = list(areas) if areas is not None else None
        if value == self._assessment.areas:
            return
        self._replace_checked(self._assessment.model_copy(update={"areas": value}))

    def set_projects(self, projects: list[Project]) -> None:
        """Project groups (Art. 18). Raises AssessmentError for unknown or doubly claimed items."""
        value = [Project.model_validate(p.model_dump()) for p in projects]
        if value == self._assessment.projects:
            return
        self._replace_checked(self._assessment.model_copy(update={"projects": value}))

    def _replace_checked(self, candidate: Assessment) -> None:
        # Never hold a state that save() would write and open() would refuse.
        typed_answers(candidate, self.policy, self.lang)
        self._assessment = candidate
        self._edited()

    def _edited(self) -> None:
        self._set_file_state(self._path, True)
        self.changed.emit()
        if not self._closed:
            self._timer.start()
            if not self._deadline.isActive():
                self._deadline.start()

    def _set_file_state(self, path: Path | None, dirty: bool) -> None:
        before = (self._path, self._dirty)
        self._path, self._dirty = path, dirty
        if before != (path, dirty):
            self.pathChanged.emit()

    # -- files ---------------------------------------------------------------
    def _blank(self) -> Assessment:
        return Assessment(policy=self.policy.id, reference_date=date.today())

    def new(self) -> None:
        """Start a blank assessment (reference date today). Clears path and dirty."""
        self._stop_timers()
        self._assessment = self._blank()
        self._answers = {}
        self._identity = None
        self._set_file_state(None, False)
        self._remove_own_autosave()
        self.changed.emit()

    def open(self, path: Path) -> None:
        """Load a file; raises AssessmentError and leaves the session unchanged on failure."""
        path = Path(os.path.abspath(os.fspath(path)))
        # Read the identity first: if the file changes between the two reads, the identity
        # is the older one and the next save asks rather than overwriting the newer.
        try:
            identity = identity_of_file(path)
        except OSError:
            identity = None  # load_assessment says why it cannot be read
        assessment, typed = load_assessment(path, self.policy, self.lang)
        self._stop_timers()
        self._assessment = assessment
        self._answers = typed
        self._identity = identity
        self._set_file_state(path, False)
        self._remove_own_autosave()
        self._remember(path)
        self.changed.emit()

    def adopt(self, assessment: Assessment) -> None:
        """Take ``assessment`` as a new, unsaved one (a batch row opened in the wizard).

        Checked like a file being opened (raises AssessmentError, session unchanged);
        dirty and without a path, so closing asks to save it, and autosaved meanwhile.
        """
        typed = typed_answers(assessment, self.policy, self.lang)
        self._stop_timers()
        self._assessment = assessment.model_copy(deep=True)
        self._answers = typed
        self._identity = None
        self._set_file_state(None, False)
        self._edited()  # dirty, changed, autosave scheduled

    def reload(self) -> None:
        """Open the current file again, discarding this session's unsaved changes."""
        if self._path is None:
            raise AssessmentError(
                "尚未选择保存位置" if self.lang == "zh" else "No file chosen to save to"
            )
        self.open(self._path)

    def save(self, path: Path | None = None, *, overwrite: bool = False) -> None:
        """Atomic save to ``path`` (or the current path); raises AssessmentError on failure.

        A name without a suffix gets ``.hrba``. On failure the old file, the
        path and the dirty flag are unchanged. Saving to the file this session
        opened or last saved raises ``FileChangedOnDisk`` (an AssessmentError)
        when it changed on disk since, unless ``overwrite``; a file deleted
        meanwhile is recreated and ``save_note`` says so.
        """
        target = Path(path) if path is not None else self._path
        if target is None:
            raise AssessmentError(
                "尚未选择保存位置" if self.lang == "zh" else "No file chosen to save to"
            )
        if not target.suffix:
            target = target.with_suffix(EXTENSION)
        target = Path(os.path.abspath(os.fspath(target)))
        note = None
        if not overwrite and target == self._path:
            note = check_unchanged(target, self._identity, self.lang)
        data = assessment_to_json(self._assessment).encode("utf-8")
        atomic_write(target, data, self.lang)
        self.save_note = note
        self._identity = identity_of_bytes(target, data)
        self._stop_timers()
        self._set_file_state(target, False)
        self._remove_own_autosave()
        self._remember(target)

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.settings.set_last_directory(path.parent)

    # -- autosave and recovery ---------------------------------------------
    def autosave_now(self) -> bool:
        """Write the autosave now (or remove it when nothing is unsaved).

        Never raises: on failure ``autosave_error`` holds the message,
        ``autosaveFailed`` is emitted, the autosave is tried again a moment
        later and False is returned.
        """
        self._stop_timers()
        if self._closed:
            return True
        if not self._dirty:
            self._remove_own_autosave()
            return True
        data = envelope_bytes(self._id, self._assessment, self._path, self.ui_page, self._identity)
        try:
            if self._lock is None or not self.lock_path.exists():
                self._take_lock()
            atomic_write(self.autosave_path, data, self.lang)
        except AssessmentError as exc:
            self.autosave_error = exc.summary
            self.autosaveFailed.emit(exc.summary)
            self._timer.start()  # the folder may be free again in a moment
            return False
        self.autosave_error = None
        return True

    def _on_autosave_timer(self) -> None:
        self.autosave_now()

    def _stop_timers(self) -> None:
        self._timer.stop()
        self._deadline.stop()

    def _recovery_folders(self) -> list[Path]:
        folders = [self._autosave_dir]
        if self._legacy_dir is not None and self._legacy_dir != self._autosave_dir:
            folders.append(self._legacy_dir)
        return folders

    def recovery_info(self) -> RecoveryInfo | None:
        """The most recent autosave left by a session that did not end cleanly, if any."""
        for path in leftover_autosaves(self._recovery_folders(), self._id):
            try:
                saved = read_autosave(path, self.policy, self.lang)
            except AssessmentError as exc:
                return RecoveryInfo(path, None, None, exc)
            name = saved.assessment.enterprise.name.strip()
            return RecoveryInfo(path, saved.original_path, saved.saved_at, None, name, saved.page)
        return None

    def recovery_available(self) -> Path | None:
        """An autosave left by a session that did not end cleanly, if any.

        A damaged autosave is returned too (``restore_recovery`` then raises
        AssessmentError) so that the user can discard it.
        """
        info = self.recovery_info()
        return info.path if info is not None else None

    def restore_recovery(self, path: Path | None = None) -> None:
        """Load the leftover autosave (``path`` or ``recovery_available()``) into this session.

        The session becomes dirty and takes the original file path; the
        leftover is deleted once this session has autosaved it under its own
        name. Raises AssessmentError (session unchanged, file kept) if the
        autosave cannot be read.
        """
        source = path if path is not None else self.recovery_available()
        if source is None:
            raise AssessmentError(
                "没有可恢复的自动保存" if self.lang == "zh" else "There is no autosave to recover"
            )
        saved = read_autosave(source, self.policy, self.lang)
        self._stop_timers()
        self._assessment = saved.assessment
        self._answers = saved.answers
        self._identity = saved.file_identity
        self.ui_page = saved.page
        self._set_file_state(saved.original_path, True)
        self.changed.emit()
        if self.autosave_now():
            delete_leftover(source, self._id)

    def discard_recovery(self, path: Path | None = None) -> None:
        """Delete the leftover autosave (``path`` or ``recovery_available()``)."""
        source = path if path is not None else self.recovery_available()
        if source is not None:
            delete_leftover(source, self._id)

    def close_cleanly(self) -> None:
        """Call on normal exit: removes this session's autosave and lock."""
        self._stop_timers()
        self._closed = True
        self._remove_own_autosave()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        unlink_quietly(self.lock_path)

    def clear_local_data(self) -> list[Path]:
        """Forget recent files and the last folder; delete this session's autosave and every
        autosave no running session owns (a window still open elsewhere keeps its own).

        Returns the autosaves that could not be deleted (normally none).
        """
        self.settings.clear_local_data()
        self._remove_own_autosave()
        failed: list[Path] = []
        for folder in self._recovery_folders():
            failed += remove_autosaves(folder)
        return failed

    # -- autosave internals --------------------------------------------------
    def _take_lock(self) -> None:
        """Hold ``<id>.lock`` from now on (again, if someone deleted the folder meanwhile)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        try:
            self._lock = acquire_session_lock(self._autosave_dir, self._id)
        except OSError as exc:
            self.autosave_error = exc.strerror or str(exc)
            return
        # Dropped with the session (a session that is simply forgotten in this process is
        # gone, like a crashed one), or by the kernel when the process ends.
        weakref.finalize(self, self._lock.release)

    def _remove_own_autosave(self) -> None:
        unlink_quietly(self.autosave_path)


__all__ = [
    "AUTOSAVE_DELAY_MS",
    "AUTOSAVE_MAX_WAIT_MS",
    "AnswerError",
    "FileChangedOnDisk",
    "RecoveryInfo",
    "Session",
]
