"""Session: edits and signals, save/open, failures that change nothing, autosave and recovery."""

from __future__ import annotations

import gc
import json
import os
import platform
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from hrb_desktop.core.answers import AnswerError
from hrb_desktop.core.assessment import (
    AssessmentError,
    Enterprise,
    Project,
    assessment_to_json,
    evaluate_assessment,
)
from hrb_desktop.core.autosave import AUTOSAVE_SUFFIX
from hrb_desktop.core.editions import registry
from hrb_desktop.core.validity import default_reference_date
from hrb_desktop.resources import examples_dir
from hrb_desktop.ui.session import AUTOSAVE_DELAY_MS, Session
from hrb_desktop.ui.settings import AppSettings, clear_local_data

POLICY = registry().load("hrb-2021-10")
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


def dead_pid() -> int:
    """The id of a process that has certainly ended."""
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", "pass"])
        proc.wait()
        try:
            os.kill(proc.pid, 0)
        except ProcessLookupError:
            return proc.pid
    pytest.skip("could not obtain an unused process id")


def set_owner_pid(autosave: Path, pid: int) -> None:
    """Pretend the session that wrote ``autosave`` ran in process ``pid``."""
    lock = autosave.with_name(autosave.name.removesuffix(AUTOSAVE_SUFFIX) + ".lock")
    for path in (lock, autosave):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["pid"] = pid
        path.write_text(json.dumps(data), encoding="utf-8")


# -- state and edits ---------------------------------------------------------------


def test_new_session_is_blank(session: Session) -> None:
    assert session.assessment.policy == POLICY.id
    assert session.assessment.policy_model == POLICY.model_version
    # today if the edition is in force, else the end of its last full year (see core.validity)
    assert session.assessment.reference_date == default_reference_date(POLICY, date.today())[0]
    assert session.answers == {}
    assert session.path is None
    assert not session.dirty
    assert session.autosave_delay == AUTOSAVE_DELAY_MS == 1500


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
    assert session.answers == answers
    # the saved file records the model version it was evaluated with (the examples predate it)
    assert assessment.policy_model is None
    assert session.assessment == assessment.model_copy(update={"policy_model": POLICY.model_version})


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
    so the next start removes it, unless its owner is alive, elsewhere, or has an autosave."""
    def lock(name: str, pid: int, host: str | None = None) -> Path:
        owner = {"session": name, "pid": pid, "host": host or platform.node()}
        path = autosave_dir / f"{name}.lock"
        path.write_text(json.dumps(owner), encoding="utf-8")
        return path

    autosave_dir.mkdir(parents=True, exist_ok=True)
    killed = lock("killed-before-editing", dead_pid())
    alive = lock("running-elsewhere-here", os.getppid())
    remote = lock("on-another-pc", dead_pid(), host="another-pc-" + platform.node())
    with_work = lock("killed-with-work", dead_pid())
    (autosave_dir / f"killed-with-work{AUTOSAVE_SUFFIX}").write_text("{}", encoding="utf-8")
    garbled = autosave_dir / "garbled.lock"
    garbled.write_text("not json", encoding="utf-8")
    fresh = make_session()
    assert not killed.exists()
    assert alive.exists() and remote.exists() and with_work.exists() and garbled.exists()
    assert fresh.lock_path.exists()


def test_running_sessions_are_not_offered_for_recovery(make_session) -> None:
    first = make_session()
    first.set_answer("p_manufacturing", True)
    assert first.autosave_now()
    second = make_session()
    assert second.recovery_available() is None  # same process, still alive
    assert first.recovery_available() is None  # never its own autosave
    set_owner_pid(first.autosave_path, os.getppid())  # another process that is running
    assert second.recovery_available() is None


def test_simulated_crash_with_dead_pid_is_recovered(
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
    set_owner_pid(leftover, dead_pid())
    crashed.deleteLater()
    del crashed  # no close_cleanly: the process "died"

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
    script = textwrap.dedent(
        """
        import os, sys
        from decimal import Decimal
        from pathlib import Path
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QCoreApplication, QSettings
        app = QCoreApplication([])
        from hrb_desktop.core.editions import registry
        from hrb_desktop.ui.session import Session
        from hrb_desktop.ui.settings import AppSettings
        settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
        session = Session(registry().load("hrb-2021-10"), Path(sys.argv[1]), settings=settings)
        session.set_answer("p_manufacturing", True)
        session.set_answer("a1_investment", Decimal("4321.5"))
        assert session.autosave_now()
        os._exit(3)  # a crash: no close_cleanly, no cleanup at all
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(autosave_dir), str(tmp_path / "child.ini")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3, done.stderr
    fresh = make_session()
    leftover = fresh.recovery_available()
    assert leftover is not None
    fresh.restore_recovery()
    assert fresh.answers == {"p_manufacturing": True, "a1_investment": Decimal("4321.5")}
    assert fresh.dirty and fresh.path is None
    assert not leftover.exists()


def test_most_recent_leftover_first_and_discard(
    make_session, autosave_dir: Path, settings: AppSettings
) -> None:
    leftovers = []
    for value in ("1", "2"):
        crashed = Session(POLICY, autosave_dir, settings=settings)
        crashed.set_answer("a1_investment", Decimal(value))
        assert crashed.autosave_now()
        set_owner_pid(crashed.autosave_path, dead_pid())
        leftovers.append(crashed.autosave_path)
        del crashed
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
    corrupt = autosave_dir / f"20200101-000000-{dead_pid()}-dead{AUTOSAVE_SUFFIX}"
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
    set_owner_pid(source.autosave_path, dead_pid())
    fresh = make_session()
    with pytest.raises(AssessmentError):
        fresh.restore_recovery()
    assert fresh.answers == {}


def test_old_autosave_from_before_a_reboot_is_recovered(make_session) -> None:
    old = make_session()
    old.set_answer("p_manufacturing", True)
    assert old.autosave_now()
    lock = old.lock_path
    data = json.loads(lock.read_text(encoding="utf-8"))
    if data.get("boot_id") is None:
        pytest.skip("no boot id on this platform")
    data["pid"] = os.getppid()  # running now, but the id was reused after a reboot
    data["boot_id"] = "00000000-0000-0000-0000-000000000000"
    lock.write_text(json.dumps(data), encoding="utf-8")
    assert make_session().recovery_available() == old.autosave_path


def test_clear_local_data_removes_recents_and_autosaves(
    make_session, settings: AppSettings, autosave_dir: Path, tmp_path: Path
) -> None:
    session = make_session()
    session.set_answer("p_manufacturing", True)
    session.save(tmp_path / "x.hrba")
    session.set_answer("p_manufacturing", False)
    assert session.autosave_now()
    leftover = autosave_dir / f"20200101-000000-1-dead{AUTOSAVE_SUFFIX}"
    leftover.write_text("{}", encoding="utf-8")
    assert settings.recent_files() == [tmp_path / "x.hrba"]

    session.clear_local_data()

    assert settings.recent_files() == []
    assert settings.last_directory() is None
    assert list(autosave_dir.glob(f"*{AUTOSAVE_SUFFIX}")) == []
    assert (tmp_path / "x.hrba").exists()
    assert session.dirty  # the work in the window is untouched

    session.set_answer("p_manufacturing", True)
    assert session.autosave_now()
    assert clear_local_data(settings, autosave_dir) == []
    assert list(autosave_dir.glob(f"*{AUTOSAVE_SUFFIX}")) == []


def test_new_discards_state_and_autosave(session: Session) -> None:
    session.set_reference_date(date.today() - timedelta(days=400))
    session.set_answer("p_manufacturing", True)
    assert session.autosave_now()
    rec = Recorder(session)
    session.new()
    assert session.answers == {} and not session.dirty and session.path is None
    assert session.assessment.reference_date == default_reference_date(POLICY, date.today())[0]
    assert not session.autosave_path.exists()
    assert rec.changed == 1 and rec.path_changed == 1
