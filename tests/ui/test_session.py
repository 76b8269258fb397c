"""Session: edits and signals, save/open, failures that change nothing, autosave and recovery."""

from __future__ import annotations

import gc
import json
import os
import random
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from hrb_desktop.core import appdata, safe_write
from hrb_desktop.core.answers import AnswerError
from hrb_desktop.core.assessment import (
    AssessmentError,
    Enterprise,
    Project,
    assessment_to_json,
    evaluate_assessment,
)
from hrb_desktop.core.autosave import AUTOSAVE_SUFFIX
from hrb_desktop.core.file_identity import FileChangedOnDisk
from hrb_desktop.core.file_lock import FileLock, held_elsewhere
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.resources import examples_dir
from hrb_desktop.ui.session import AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, Session
from hrb_desktop.ui.settings import AppSettings, clear_local_data
from tests.processes import crash_drill, kill

POLICY = embedded_policy()
EXAMPLE = examples_dir() / "equipment-manufacturer-2023.json"


@pytest.fixture(autouse=True)
def _no_real_user_folders():
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def settings(tmp_path: Path, qapp) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def autosave_dir(tmp_path: Path) -> Path:
    return tmp_path / "autosave"


@pytest.fixture
def make_session(autosave_dir: Path, settings: AppSettings):
    made: list[Session] = []

    def make(**kwargs) -> Session:
        session = Session(POLICY, autosave_dir, settings=settings, **kwargs)
        made.append(session)
        return session

    yield make
    for session in made:
        session.close_cleanly()


@pytest.fixture
def session(make_session) -> Session:
    return make_session()


class Recorder:
    def __init__(self, session: Session) -> None:
        self.changed = 0
        self.path_changed = 0
        session.changed.connect(self._on_changed)
        session.pathChanged.connect(self._on_path)

    def _on_changed(self) -> None:
        self.changed += 1

    def _on_path(self) -> None:
        self.path_changed += 1


def snapshot(session: Session) -> tuple:
    return (assessment_to_json(session.assessment), session.answers, session.path, session.dirty)


def crash(session: Session) -> None:
    """What the kernel does when a process dies: its locks go, its files stay."""
    session._stop_timers()
    assert session._lock is not None
    session._lock.release()


def set_owner_pid(autosave: Path, pid: int) -> None:
    """Make the notes (lock file and autosave) name process ``pid`` as the writer."""
    lock = autosave.with_name(autosave.name.removesuffix(AUTOSAVE_SUFFIX) + ".lock")
    for path in (lock, autosave):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["pid"] = pid
        path.write_text(json.dumps(data), encoding="utf-8")


CHILD_SESSION = textwrap.dedent(
    """
    import os, sys, time
    from decimal import Decimal
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QSettings
    app = QCoreApplication([])
    from hrb_desktop.core.policy_loader import embedded_policy
    from hrb_desktop.ui.session import Session
    from hrb_desktop.ui.settings import AppSettings
    settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    session = Session(embedded_policy(), Path(sys.argv[1]), settings=settings)
    session.set_answer("p_manufacturing", True)
    session.set_answer("a1_investment", Decimal("4321.5"))
    assert session.autosave_now()
    if sys.argv[3] == "crash":
        os._exit(3)  # a crash: no close_cleanly, no cleanup at all
    print(session.autosave_path, flush=True)
    time.sleep(600)  # a window left open, until the test kills it
    """
)


def run_child_session(autosave_dir: Path, tmp_path: Path, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_SESSION, str(autosave_dir), str(tmp_path / "child.ini"), mode],
        stdout=subprocess.PIPE,
        text=True,
    )
    return child


def live_child_session(autosave_dir: Path, tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    """Another process with a session that has autosaved and keeps running."""
    child = run_child_session(autosave_dir, tmp_path, "stay")
    assert child.stdout is not None
    return child, Path(child.stdout.readline().strip())




# -- state and edits ---------------------------------------------------------------


def test_new_session_is_blank(session: Session) -> None:
    assert session.assessment.policy == POLICY.id
    assert session.assessment.reference_date == date.today()
    assert session.answers == {}
    assert session.path is None
    assert not session.dirty
    assert session.autosave_delay == AUTOSAVE_DELAY_MS == 1000
    assert session.autosave_max_wait == AUTOSAVE_MAX_WAIT_MS == 1500


def test_set_answer_stores_typed_and_raw_and_emits(session: Session) -> None:
    rec = Recorder(session)
    session.set_answer("a1_investment", Decimal("12800.5"))
    assert rec.changed == 1 and rec.path_changed == 1  # dirty flag turned on
    assert session.dirty
    session.set_answer("p_manufacturing", True)
    session.set_answer("a2_recognition_date", date(2022, 11, 18))
    assert rec.changed == 3 and rec.path_changed == 1  # already dirty
    assert session.answers == {
        "a1_investment": Decimal("12800.5"),
        "p_manufacturing": True,
        "a2_recognition_date": date(2022, 11, 18),
    }
    assert session.assessment.answers == {
        "a1_investment": "12800.5",
        "p_manufacturing": True,
        "a2_recognition_date": "2022-11-18",
    }


def test_set_answer_none_removes(session: Session) -> None:
    session.set_answer("p_manufacturing", True)
    rec = Recorder(session)
    session.set_answer("p_manufacturing", None)
    assert rec.changed == 1
    assert "p_manufacturing" not in session.answers
    assert "p_manufacturing" not in session.assessment.answers
    session.set_answer("p_manufacturing", None)  # nothing left to remove
    assert rec.changed == 1


def test_same_value_again_is_not_an_edit(session: Session, make_session) -> None:
    session.open(EXAMPLE)
    rec = Recorder(session)
    session.set_answer("p_manufacturing", True)
    session.set_answer("a1_investment", Decimal("12800"))
    assert rec.changed == 0 and not session.dirty


def test_invalid_answer_raises_and_changes_nothing(session: Session) -> None:
    session.set_answer("a1_investment", Decimal("5"))
    before = snapshot(session)
    rec = Recorder(session)
    with pytest.raises(AnswerError):
        session.set_answer("a1_investment", Decimal("-1"))
    with pytest.raises(AnswerError):
        session.set_answer("p_manufacturing", Decimal("1"))
    with pytest.raises(KeyError):
        session.set_answer("no_such_question", True)
    assert snapshot(session) == before
    assert rec.changed == 0


def test_profile_date_areas_projects_edits(session: Session) -> None:
    rec = Recorder(session)
    session.set_enterprise(Enterprise(name=" 示例有限公司 ", credit_code="91230100MA18Y5XB23"))
    session.set_reference_date(date(2023, 6, 30))
    session.set_areas(["investment", "finance"])
    session.set_projects([Project(name="车间", items=["a1.project_investment", "a9.smart_pilot"])])
    assert rec.changed == 4 and session.dirty
    a = session.assessment
    assert a.enterprise.name == "示例有限公司"
    assert a.reference_date == date(2023, 6, 30)
    assert a.areas == ["investment", "finance"]
    assert a.projects[0].items == ["a1.project_investment", "a9.smart_pilot"]
    session.set_areas(None)
    assert session.assessment.areas is None and rec.changed == 5


def test_areas_and_projects_that_a_file_could_not_hold_are_refused(session: Session) -> None:
    before = snapshot(session)
    with pytest.raises(AssessmentError):
        session.set_areas(["investment", "atlantis"])
    with pytest.raises(AssessmentError):
        session.set_projects(
            [
                Project(name="一", items=["a1.project_investment"]),
                Project(name="二", items=["a1.project_investment"]),
            ]
        )
    with pytest.raises(AssessmentError):
        session.set_projects([Project(name="一", items=["z9.nothing"])])
    assert snapshot(session) == before


def test_assessment_property_is_a_copy(session: Session) -> None:
    session.assessment.answers["p_manufacturing"] = True
    assert session.answers == {} and session.assessment.answers == {}


def test_result_uses_the_engine(session: Session) -> None:
    session.open(EXAMPLE)
    expected = evaluate_assessment(session.engine, session.assessment, session.answers, "en")
    got = session.result("en")
    assert [(r.item.id, r.status, r.low, r.high) for r in got.items] == [
        (r.item.id, r.status, r.low, r.high) for r in expected.items
    ]
    assert any(r.high > 0 for r in got.items)


# -- save and open ---------------------------------------------------------------------


def test_save_then_open_gives_the_same_assessment(
    session: Session, make_session, settings: AppSettings, tmp_path: Path
) -> None:
    session.set_enterprise(Enterprise(name="哈尔滨示例", credit_code="91230100MA18Y5XB23"))
    session.set_reference_date(date(2023, 6, 30))
    session.set_areas(["investment", "smart_manufacturing"])
    session.set_answer("p_manufacturing", True)
    session.set_answer("a1_investment", Decimal("12800.25"))
    session.set_answer("a6_national_centers", Decimal("2"))
    session.set_answer("a2_recognition_date", date(2022, 11, 18))
    session.set_projects([Project(name="车间", items=["a1.project_investment"])])
    rec = Recorder(session)

    target = tmp_path / "out" / "评估"
    target.parent.mkdir()
    session.save(target)
    saved = target.with_suffix(".hrba")
    assert session.path == saved and saved.is_file()
    assert not session.dirty and rec.path_changed == 1
    assert settings.recent_files() == [saved]
    assert settings.last_directory() == saved.parent

    other = make_session()
    other.open(saved)
    assert other.answers == session.answers
    assert other.assessment == session.assessment
    assert other.assessment.enterprise == session.assessment.enterprise
    assert other.assessment.projects == session.assessment.projects
    assert other.path == saved and not other.dirty


def test_save_to_current_path_and_without_one(session: Session, tmp_path: Path) -> None:
    with pytest.raises(AssessmentError):
        session.save()
    session.set_answer("p_manufacturing", True)
    session.save(tmp_path / "a.hrba")
    session.set_answer("p_manufacturing", False)
    session.save()
    assert json.loads((tmp_path / "a.hrba").read_text(encoding="utf-8"))["answers"] == {
        "p_manufacturing": False
    }
    assert not session.dirty


@pytest.mark.parametrize("example", sorted(examples_dir().glob("*.json")), ids=lambda p: p.stem)
def test_examples_open_and_round_trip(session: Session, example: Path, tmp_path: Path) -> None:
    session.open(example)
    assert session.path == example and not session.dirty
    answers, assessment = session.answers, session.assessment
    session.save(tmp_path / "copy.hrba")
    session.new()
    assert session.answers == {} and session.path is None and not session.dirty
    session.open(tmp_path / "copy.hrba")
    assert session.answers == answers and session.assessment == assessment


def _example_data() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _corrupt_files() -> dict[str, bytes]:
    wrong_version = _example_data()
    wrong_version["version"] = 2
    bad_code = _example_data()
    bad_code["enterprise"]["credit_code"] = "91230100MA18Y5XB2X"
    negative = _example_data()
    negative["answers"]["a1_investment"] = "-12800"
    unknown_question = _example_data()
    unknown_question["answers"]["no_such_question"] = True
    return {
        "invalid_json": b'{"format": "hrb-assessment", "version": 1, "answers": {',
        "wrong_version": json.dumps(wrong_version).encode(),
        "bad_credit_code": json.dumps(bad_code, ensure_ascii=False).encode(),
        "negative_amount": json.dumps(negative, ensure_ascii=False).encode(),
        "unknown_question": json.dumps(unknown_question, ensure_ascii=False).encode(),
        "not_utf8": b"\xff\xfe\x00garbage",
    }


@pytest.mark.parametrize("kind", list(_corrupt_files()))
def test_corrupt_file_is_refused_and_changes_nothing(
    session: Session, settings: AppSettings, tmp_path: Path, kind: str
) -> None:
    session.open(EXAMPLE)
    session.set_answer("a1_investment", Decimal("99"))  # unsaved edit must survive
    before = snapshot(session)
    recents = settings.recent_files()
    bad = tmp_path / f"{kind}.hrba"
    content = _corrupt_files()[kind]
    bad.write_bytes(content)
    mtime = bad.stat().st_mtime_ns
    rec = Recorder(session)

    with pytest.raises(AssessmentError) as info:
        session.open(bad)

    assert info.value.summary
    assert snapshot(session) == before
    assert session.path == EXAMPLE and session.dirty
    assert rec.changed == 0 and rec.path_changed == 0
    assert bad.read_bytes() == content and bad.stat().st_mtime_ns == mtime
    assert settings.recent_files() == recents


def test_missing_file_and_folder_are_refused(session: Session, tmp_path: Path) -> None:
    before = snapshot(session)
    with pytest.raises(AssessmentError):
        session.open(tmp_path / "nope.hrba")
    with pytest.raises(AssessmentError):
        session.open(tmp_path)
    assert snapshot(session) == before


def test_failed_save_keeps_old_file_and_dirty_flag(
    session: Session, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kept.hrba"
    session.set_answer("p_manufacturing", True)
    session.save(target)
    old_bytes = target.read_bytes()
    session.set_answer("p_manufacturing", False)
    other = tmp_path / "other.hrba"
    rec = Recorder(session)

    def refuse(src, dst):
        raise PermissionError(13, "file is open in another program", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(safe_write, "REPLACE_BACKOFF_S", (0.0,) * 5)
    with pytest.raises(AssessmentError):
        session.save()
    with pytest.raises(AssessmentError):
        session.save(other)
    monkeypatch.undo()

    assert target.read_bytes() == old_bytes
    assert not other.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []
    assert session.dirty and session.path == target
    assert rec.path_changed == 0
    assert settings.recent_files() == [target]
    session.save()  # and it works again once the file is free
    assert not session.dirty
    assert json.loads(target.read_text(encoding="utf-8"))["answers"] == {"p_manufacturing": False}


def test_save_into_missing_folder_fails_cleanly(session: Session, tmp_path: Path) -> None:
    session.set_answer("p_manufacturing", True)
    with pytest.raises(AssessmentError):
        session.save(tmp_path / "no" / "such" / "dir.hrba")
    assert session.dirty and session.path is None


# -- autosave ----------------------------------------------------------------------------


def test_autosave_shortly_after_a_change(qtbot, session: Session, tmp_path: Path) -> None:
    session.set_answer("p_manufacturing", True)
    session.save(tmp_path / "x.hrba")
    session.set_answer("a1_investment", Decimal("12800"))
    assert session.autosave_pending
    assert not session.autosave_path.exists()  # debounced, not immediate
    qtbot.waitUntil(session.autosave_path.exists, timeout=AUTOSAVE_DELAY_MS + 3000)
    envelope = json.loads(session.autosave_path.read_text(encoding="utf-8"))
    assert envelope["path"] == str(tmp_path / "x.hrba")
    assert envelope["pid"] == os.getpid()
    assert envelope["assessment"]["answers"] == {"a1_investment": "12800", "p_manufacturing": True}
    assert not session.autosave_pending


def test_autosave_timer_restarts_on_each_change(qtbot, session: Session) -> None:
    session.autosave_delay = 300
    for i in range(5):
        session.set_answer("a1_investment", Decimal(i + 1))
        qtbot.wait(100)
        assert not session.autosave_path.exists()
    qtbot.waitUntil(session.autosave_path.exists, timeout=3000)
    envelope = json.loads(session.autosave_path.read_text(encoding="utf-8"))
    assert envelope["assessment"]["answers"] == {"a1_investment": "5"}


def test_edits_that_never_pause_are_autosaved_within_2_seconds(qtbot, session: Session) -> None:
    """Someone typing every 0.3 s for 10 s: the debounce alone would never fire; the deadline
    writes at the latest 1.5 s after the first edit that is not autosaved yet."""
    writes: list[tuple[float, int]] = []
    write = session.autosave_now

    def recorded() -> bool:
        done = write()
        envelope = json.loads(session.autosave_path.read_text(encoding="utf-8"))
        writes.append((time.monotonic(), int(envelope["assessment"]["answers"]["a1_investment"])))
        return done

    session.autosave_now = recorded  # type: ignore[method-assign]  # what the timers call
    edits: list[float] = []
    for value in range(1, 34):  # 33 edits, 0.3 s apart: 10 s
        session.set_answer("a1_investment", Decimal(value))
        edits.append(time.monotonic())
        qtbot.wait(300)
    qtbot.waitUntil(lambda: bool(writes) and writes[-1][1] == 33, timeout=3000)
    assert len(writes) >= 5  # every 1.5–1.8 s while the edits kept coming, not once at the end
    for value, edited_at in enumerate(edits, start=1):
        saved_at = next(t for t, saved in writes if saved >= value)
        assert saved_at - edited_at <= 2.0, (value, saved_at - edited_at)
    assert not session.autosave_pending


def test_saving_removes_the_autosave(session: Session, tmp_path: Path) -> None:
    session.set_answer("p_manufacturing", True)
    assert session.autosave_now()
    assert session.autosave_path.exists()
    session.save(tmp_path / "x.hrba")
    assert not session.autosave_path.exists() and not session.autosave_pending
    assert session.autosave_now()  # nothing unsaved: nothing written
    assert not session.autosave_path.exists()


def test_autosave_failure_is_reported_not_raised(qtbot, tmp_path: Path, settings) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    session = Session(POLICY, blocker / "autosave", settings=settings)
    session.set_answer("p_manufacturing", True)
    with qtbot.waitSignal(session.autosaveFailed, timeout=1000) as signal:
        assert session.autosave_now() is False
    assert signal.args[0] and session.autosave_error == signal.args[0]
    session.close_cleanly()


def test_close_cleanly_removes_autosave_and_lock(make_session, autosave_dir: Path) -> None:
    first = make_session()
    first.set_answer("p_manufacturing", True)
    assert first.autosave_now()
    assert first.autosave_path.exists() and first.lock_path.exists()
    first.close_cleanly()
    assert not first.autosave_path.exists() and not first.lock_path.exists()
    assert make_session().recovery_available() is None


def test_locks_of_sessions_killed_before_any_edit_are_removed(make_session, autosave_dir: Path) -> None:
    """A session killed before its first autosave leaves only a lock: nothing to recover,
    so the next start removes it, unless someone holds it or an autosave is beside it."""
    autosave_dir.mkdir(parents=True, exist_ok=True)

    def lock(name: str, note: str = '{"pid": 1}') -> Path:
        path = autosave_dir / f"{name}.lock"
        path.write_text(note, encoding="utf-8")
        return path

    killed = lock("killed-before-editing", json.dumps({"pid": os.getppid()}))  # a live pid: no matter
    garbled = lock("garbled", "not json")
    with_work = lock("killed-with-work")
    (autosave_dir / f"killed-with-work{AUTOSAVE_SUFFIX}").write_text("{}", encoding="utf-8")
    running = FileLock.acquire(lock("running-elsewhere"))
    assert running is not None
    try:
        fresh = make_session()
        assert not killed.exists() and not garbled.exists()
        assert (autosave_dir / "running-elsewhere.lock").exists() and with_work.exists()
        assert fresh.lock_path.exists() and held_elsewhere(fresh.lock_path)
    finally:
        running.release()


def test_running_sessions_are_not_offered_for_recovery(make_session) -> None:
    first = make_session()
    first.set_answer("p_manufacturing", True)
    assert first.autosave_now()
    second = make_session()
    assert second.recovery_available() is None  # same process, still alive
    assert first.recovery_available() is None  # never its own autosave
    set_owner_pid(first.autosave_path, 999_999_999)  # the note is information, not evidence
    assert second.recovery_available() is None


def test_a_crashed_session_whose_pid_was_reused_is_offered(
    make_session, autosave_dir: Path, tmp_path: Path
) -> None:
    """Windows reuses process ids within seconds: a dead session's pid may belong to another
    running program. The lock, not the pid, decides: the work is offered back."""
    done = run_child_session(autosave_dir, tmp_path, "crash")
    done.communicate(timeout=120)
    assert done.returncode == 3
    (leftover,) = autosave_dir.glob(f"*{AUTOSAVE_SUFFIX}")
    unrelated = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        os.kill(unrelated.pid, 0)  # alive
        set_owner_pid(leftover, unrelated.pid)
        assert make_session().recovery_available() == leftover
        set_owner_pid(leftover, os.getppid())
        assert make_session().recovery_available() == leftover
    finally:
        unrelated.kill()
        unrelated.wait()


def test_a_live_session_in_another_process_is_not_offered_until_it_dies(
    make_session, autosave_dir: Path, tmp_path: Path
) -> None:
    child, its_autosave = live_child_session(autosave_dir, tmp_path)
    try:
        assert its_autosave.exists()
        assert make_session().recovery_available() is None
    finally:
        kill(child)
    assert make_session().recovery_available() == its_autosave


def test_simulated_crash_is_recovered(
    qtbot, autosave_dir: Path, settings: AppSettings, tmp_path: Path
) -> None:
    crashed = Session(POLICY, autosave_dir, settings=settings)
    crashed.autosave_delay = 50
    crashed.set_answer("p_manufacturing", True)
    crashed.save(tmp_path / "work.hrba")
    crashed.set_answer("a1_investment", Decimal("12800.5"))
    crashed.set_answer("a2_recognition_date", date(2022, 11, 18))
    crashed.set_projects([Project(name="车间", items=["a1.project_investment"])])
    qtbot.waitUntil(crashed.autosave_path.exists, timeout=3000)
    answers, assessment = crashed.answers, crashed.assessment
    leftover = crashed.autosave_path
    crash(crashed)  # no close_cleanly: the process "died"

    fresh = Session(POLICY, autosave_dir, settings=settings)
    try:
        assert fresh.recovery_available() == leftover
        info = fresh.recovery_info()
        assert info is not None and info.recoverable and info.original_path == tmp_path / "work.hrba"
        rec = Recorder(fresh)
        fresh.restore_recovery()
        assert fresh.answers == answers
        assert fresh.assessment == assessment
        assert fresh.path == tmp_path / "work.hrba" and fresh.dirty
        assert rec.changed == 1 and rec.path_changed == 1
        assert not leftover.exists()  # taken over: now this session's own autosave
        assert fresh.autosave_path.exists()
        assert fresh.recovery_available() is None
    finally:
        fresh.close_cleanly()


def test_session_dropped_in_this_process_is_recovered(
    make_session, autosave_dir: Path, settings: AppSettings
) -> None:
    gone = Session(POLICY, autosave_dir, settings=settings)
    gone.set_answer("a1_investment", Decimal("7"))
    assert gone.autosave_now()
    leftover = gone.autosave_path
    del gone  # our own process id, but no live session owns the autosave any more
    gc.collect()
    fresh = make_session()
    assert fresh.recovery_available() == leftover
    fresh.restore_recovery()
    assert fresh.answers == {"a1_investment": Decimal("7")} and fresh.path is None


def test_recovery_names_the_page_the_user_was_on(
    make_session, autosave_dir: Path, settings: AppSettings
) -> None:
    gone = Session(POLICY, autosave_dir, settings=settings)
    gone.ui_page = "article-6"
    gone.set_answer("a1_investment", Decimal("7"))
    assert gone.autosave_now()
    del gone
    gc.collect()
    fresh = make_session()
    info = fresh.recovery_info()
    assert info is not None and info.page == "article-6"
    fresh.restore_recovery(info.path)
    assert fresh.ui_page == "article-6"


def test_real_crash_in_another_process_is_recovered(
    make_session, autosave_dir: Path, tmp_path: Path
) -> None:
    done = run_child_session(autosave_dir, tmp_path, "crash")
    _, err = done.communicate(timeout=120)
    assert done.returncode == 3, err
    fresh = make_session()
    leftover = fresh.recovery_available()
    assert leftover is not None
    fresh.restore_recovery()
    assert fresh.answers == {"p_manufacturing": True, "a1_investment": Decimal("4321.5")}
    assert fresh.dirty and fresh.path is None
    assert not leftover.exists()
    assert not leftover.with_name(leftover.name.replace(AUTOSAVE_SUFFIX, ".lock")).exists()


def test_a_session_killed_while_editing_loses_at_most_2_seconds(qapp, tmp_path: Path) -> None:
    """A real process edited every 0.3 s, killed with SIGKILL at a random moment (twice;
    ``scripts/crash_drill.py autosave --runs 20`` runs more): the recovered autosave holds
    every edit made more than 2 s before the kill."""
    drill = crash_drill()
    rng = random.Random(7)
    for i in range(2):
        run = drill.autosave_run(tmp_path / f"run{i}", rng)
        assert run.edits >= 8 and run.saved >= 1
        assert run.behind <= 2.0 and run.lost <= 2.0, run


def test_most_recent_leftover_first_and_discard(
    make_session, autosave_dir: Path, settings: AppSettings
) -> None:
    leftovers = []
    for value in ("1", "2"):
        crashed = Session(POLICY, autosave_dir, settings=settings)
        crashed.set_answer("a1_investment", Decimal(value))
        assert crashed.autosave_now()
        crash(crashed)
        leftovers.append(crashed.autosave_path)
    os.utime(leftovers[0], (1_000_000_000, 1_000_000_000))
    fresh = make_session()
    assert fresh.recovery_available() == leftovers[1]
    fresh.discard_recovery()
    assert not leftovers[1].exists()
    assert fresh.recovery_available() == leftovers[0]
    fresh.discard_recovery()
    assert fresh.recovery_available() is None
    assert not fresh.dirty and fresh.answers == {}


@pytest.mark.parametrize(
    "content",
    [
        b"{ not json",
        b'{"format": "hrb-autosave", "version": 1, "assessment": "x"}',
        b'{"format": "hrb-autosave", "version": 99, "assessment": {}}',
        b"[1, 2, 3]",
        b"\xff\xfe",
    ],
    ids=["invalid-json", "no-assessment", "wrong-version", "not-an-object", "not-utf8"],
)
def test_corrupt_autosave_does_not_crash_and_can_be_discarded(
    make_session, autosave_dir: Path, content: bytes
) -> None:
    autosave_dir.mkdir(parents=True, exist_ok=True)
    corrupt = autosave_dir / f"20200101-000000-1-dead{AUTOSAVE_SUFFIX}"
    corrupt.write_bytes(content)
    session = make_session()
    session.set_answer("p_manufacturing", True)
    before = snapshot(session)
    assert session.recovery_available() == corrupt
    info = session.recovery_info()
    assert info is not None and not info.recoverable and info.error is not None
    with pytest.raises(AssessmentError):
        session.restore_recovery()
    assert snapshot(session) == before
    assert corrupt.read_bytes() == content  # left for the user to discard
    session.discard_recovery()
    assert not corrupt.exists()
    assert session.recovery_available() is None


def test_autosave_for_another_policy_is_not_restored(make_session, autosave_dir: Path) -> None:
    source = make_session()
    source.set_answer("p_manufacturing", True)
    assert source.autosave_now()
    envelope = json.loads(source.autosave_path.read_text(encoding="utf-8"))
    envelope["assessment"]["policy"] = "some-other-policy"
    source.autosave_path.write_text(json.dumps(envelope), encoding="utf-8")
    crash(source)
    fresh = make_session()
    assert fresh.recovery_available() == source.autosave_path
    with pytest.raises(AssessmentError) as info:
        fresh.restore_recovery()
    assert "policy" in str(info.value)
    assert fresh.answers == {}


def test_clear_local_data_removes_recents_and_autosaves_nobody_owns(
    make_session, settings: AppSettings, autosave_dir: Path, tmp_path: Path
) -> None:
    session = make_session()
    session.set_answer("p_manufacturing", True)
    session.save(tmp_path / "x.hrba")
    session.set_answer("p_manufacturing", False)
    assert session.autosave_now()
    other_window = make_session()  # another window of this program, still open
    other_window.set_answer("a1_investment", Decimal("5"))
    assert other_window.autosave_now()
    leftover = autosave_dir / f"20200101-000000-1-dead{AUTOSAVE_SUFFIX}"
    leftover.write_text("{}", encoding="utf-8")
    (autosave_dir / "20200101-000000-1-dead.lock").write_text("{}", encoding="utf-8")
    assert settings.recent_files() == [tmp_path / "x.hrba"]

    assert session.clear_local_data() == []

    assert settings.recent_files() == []
    assert settings.last_directory() is None
    assert not session.autosave_path.exists() and not leftover.exists()
    assert not (autosave_dir / "20200101-000000-1-dead.lock").exists()
    assert other_window.autosave_path.exists()  # its work survives a crash of that window
    assert (tmp_path / "x.hrba").exists()
    assert session.dirty  # the work in the window is untouched

    session.set_answer("p_manufacturing", True)
    assert session.autosave_now()
    crash(session)
    assert clear_local_data(settings, autosave_dir) == []
    assert [p.name for p in autosave_dir.glob(f"*{AUTOSAVE_SUFFIX}")] == [other_window.autosave_path.name]


def test_clear_local_data_spares_a_window_in_another_process(
    make_session, autosave_dir: Path, tmp_path: Path
) -> None:
    child, its_autosave = live_child_session(autosave_dir, tmp_path)
    try:
        make_session().clear_local_data()
        assert its_autosave.exists()
    finally:
        kill(child)
    make_session().clear_local_data()
    assert not its_autosave.exists()
    assert list(autosave_dir.glob("*.lock")) != []  # only the sessions of this test, still open
    assert all(held_elsewhere(p) for p in autosave_dir.glob("*.lock"))


def test_a_new_session_removes_temporary_files_a_crash_left(
    make_session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HRB_DESKTOP_DATA_DIR", str(tmp_path / "appdata"))
    journal = tmp_path / "appdata" / safe_write.JOURNAL_FOLDER
    journal.mkdir(parents=True)
    beside_users_file = tmp_path / ".~hrb-0badc0de.tmp"
    beside_users_file.write_bytes(b'{"format": "hrb-ass')
    (journal / "0badc0de.entry").write_bytes(os.fsencode(beside_users_file))
    make_session()
    assert not beside_users_file.exists() and list(journal.iterdir()) == []


def test_autosaves_of_the_previous_version_are_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: AppSettings, qapp
) -> None:
    """Version 0.1 autosaved one folder deeper (Qt's AppDataLocation); after an upgrade a
    crash's work there is still offered, restored into the new folder and removed there."""
    monkeypatch.setenv("HRB_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    legacy = tmp_path / "roaming" / "hrb-desktop" / "hrb-desktop" / "autosave"
    monkeypatch.setattr(appdata, "legacy_autosave_dir", lambda: legacy)
    older, old = (Session(POLICY, legacy, settings=settings) for _ in range(2))
    for session, amount in ((older, "1"), (old, "12800")):
        session.set_answer("a1_investment", Decimal(amount))
        assert session.autosave_now()
        crash(session)
    os.utime(older.autosave_path, (1_000_000_000, 1_000_000_000))

    fresh = Session(POLICY, settings=settings)  # the default folders, as the app creates it
    try:
        assert fresh.autosave_dir == tmp_path / "data" / "autosave"
        assert fresh.recovery_available() == old.autosave_path
        fresh.restore_recovery()
        assert fresh.answers == {"a1_investment": Decimal("12800")}
        assert not old.autosave_path.exists() and not old.lock_path.exists()
        assert fresh.autosave_path.parent == tmp_path / "data" / "autosave"
        assert fresh.recovery_available() == older.autosave_path
        assert fresh.clear_local_data() == []  # a shared PC: the old folder is cleared too
        assert not older.autosave_path.exists()
    finally:
        fresh.close_cleanly()


def test_new_discards_state_and_autosave(session: Session) -> None:
    session.set_reference_date(date.today() - timedelta(days=400))
    session.set_answer("p_manufacturing", True)
    assert session.autosave_now()
    rec = Recorder(session)
    session.new()
    assert session.answers == {} and not session.dirty and session.path is None
    assert session.assessment.reference_date == date.today()
    assert not session.autosave_path.exists()
    assert rec.changed == 1 and rec.path_changed == 1


# -- saving over someone else's change -------------------------------------------------------


@pytest.fixture
def shared_file(tmp_path: Path) -> Path:
    target = tmp_path / "shared.hrba"
    target.write_bytes(EXAMPLE.read_bytes())
    return target


def saved_amount(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["answers"]["a1_investment"]


@pytest.fixture
def conflict(make_session, shared_file: Path) -> tuple[Session, Session]:
    """Two windows opened the file; ``theirs`` saved 111 while ``mine`` holds an unsaved 222."""
    mine, theirs = make_session(), make_session()
    mine.open(shared_file)
    theirs.open(shared_file)
    theirs.set_answer("a1_investment", Decimal("111"))
    theirs.save()
    mine.set_answer("a1_investment", Decimal("222"))
    return mine, theirs


def test_the_second_save_of_a_file_changed_meanwhile_asks(conflict, shared_file: Path) -> None:
    mine, theirs = conflict
    with pytest.raises(FileChangedOnDisk) as info:
        mine.save()
    assert "shared.hrba" in info.value.summary and "已被其他程序、窗口或他人修改" in info.value.summary
    assert saved_amount(shared_file) == "111"  # nothing was written
    assert mine.dirty and mine.answers["a1_investment"] == Decimal("222")
    mine.lang = "en"
    with pytest.raises(FileChangedOnDisk) as english:
        mine.save()
    assert "was changed on disk" in english.value.summary


def test_overwrite_writes_mine(conflict, shared_file: Path) -> None:
    mine, theirs = conflict
    mine.save(overwrite=True)
    assert saved_amount(shared_file) == "222" and not mine.dirty
    mine.set_answer("a1_investment", Decimal("223"))
    mine.save()  # its own save is what it knows now: no question
    assert saved_amount(shared_file) == "223"
    with pytest.raises(FileChangedOnDisk):  # and now the other one is asked
        theirs.save()


def test_reload_takes_theirs(conflict, shared_file: Path) -> None:
    mine, theirs = conflict
    with pytest.raises(FileChangedOnDisk):
        mine.save()
    mine.reload()
    assert mine.answers["a1_investment"] == Decimal("111") and not mine.dirty
    mine.set_answer("a1_investment", Decimal("333"))
    mine.save()
    assert saved_amount(shared_file) == "333"


def test_save_as_keeps_both(conflict, shared_file: Path, tmp_path: Path) -> None:
    mine, _theirs = conflict
    with pytest.raises(FileChangedOnDisk):
        mine.save()
    mine.save(tmp_path / "mine.hrba")
    assert saved_amount(shared_file) == "111" and saved_amount(tmp_path / "mine.hrba") == "222"
    assert mine.path == tmp_path / "mine.hrba"


def test_a_file_only_touched_is_not_a_change(make_session, shared_file: Path) -> None:
    mine = make_session()
    mine.open(shared_file)
    os.utime(shared_file, (2_000_000_000, 2_000_000_000))  # a sync tool touched it
    mine.set_answer("a1_investment", Decimal("5"))
    mine.save()
    assert saved_amount(shared_file) == "5"


def test_a_file_deleted_meanwhile_is_recreated_with_a_note(make_session, shared_file: Path) -> None:
    mine = make_session()
    mine.open(shared_file)
    shared_file.unlink()
    mine.set_answer("a1_investment", Decimal("5"))
    mine.save()
    assert saved_amount(shared_file) == "5"
    assert mine.save_note is not None and "已重新创建" in mine.save_note
    mine.set_answer("a1_investment", Decimal("6"))
    mine.save()
    assert mine.save_note is None


def test_a_save_in_another_process_is_noticed(make_session, shared_file: Path) -> None:
    mine = make_session()
    mine.open(shared_file)
    script = textwrap.dedent(
        """
        import sys
        from decimal import Decimal
        from pathlib import Path
        from hrb_desktop.core.assessment import load_assessment, save_assessment
        from hrb_desktop.core.policy_loader import embedded_policy
        path = Path(sys.argv[1])
        assessment, _ = load_assessment(path, embedded_policy())
        answers = dict(assessment.answers, a1_investment="999")
        save_assessment(path, assessment.model_copy(update={"answers": answers}))
        """
    )
    subprocess.run([sys.executable, "-c", script, str(shared_file)], check=True, timeout=120)
    mine.set_answer("a1_investment", Decimal("1"))
    with pytest.raises(FileChangedOnDisk):
        mine.save()
    assert saved_amount(shared_file) == "999"


def test_a_recovered_autosave_still_knows_the_file_it_came_from(
    make_session, autosave_dir: Path, settings: AppSettings, shared_file: Path
) -> None:
    crashed = Session(POLICY, autosave_dir, settings=settings)
    crashed.open(shared_file)
    crashed.set_answer("a1_investment", Decimal("222"))
    assert crashed.autosave_now()
    crash(crashed)
    theirs = make_session()
    theirs.open(shared_file)
    theirs.set_answer("a1_investment", Decimal("111"))
    theirs.save()  # someone else saved while the crashed window was gone
    fresh = make_session()
    fresh.restore_recovery()
    assert fresh.path == shared_file and fresh.file_identity == crashed.file_identity
    with pytest.raises(FileChangedOnDisk):
        fresh.save()
    assert saved_amount(shared_file) == "111"
