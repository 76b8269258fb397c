"""Atomic writes: refusals with their own messages, retries, short temporary names, and the
journal that removes what a killed write left behind."""

from __future__ import annotations

import errno
import os
import random
import stat
import time
from pathlib import Path

import pytest

from hrb_desktop import cli
from hrb_desktop.core import safe_write
from hrb_desktop.core.assessment import AssessmentError, atomic_write
from hrb_desktop.core.file_lock import held_elsewhere
from hrb_desktop.core.safe_write import TEMP_NAME, WriteFailed, remove_leftover_temps, write_atomically
from hrb_desktop.resources import examples_dir
from tests.processes import crash_drill

EXAMPLE = examples_dir() / "equipment-manufacturer-2023.json"


@pytest.fixture
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own app-data folder, so that the journal starts empty."""
    monkeypatch.setenv("HRB_DESKTOP_DATA_DIR", str(tmp_path / "appdata"))
    return tmp_path / "appdata" / safe_write.JOURNAL_FOLDER


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses between tries, recorded instead of slept."""
    taken: list[float] = []
    monkeypatch.setattr(safe_write.time, "sleep", taken.append)
    return taken


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_250_byte_name_can_be_saved(tmp_path: Path, journal: Path) -> None:
    """The old temporary name (".<target>.<random>.tmp") was longer than the target and
    failed beyond 255 bytes; the new one is 18 bytes whatever the target."""
    ascii_name = "a" * 245 + ".hrba"
    cjk_name = "哈" * 81 + "xy.hrba"  # 81 × 3 + 7 = 250 bytes in UTF-8
    for name in (ascii_name, cjk_name):
        assert len(name.encode("utf-8")) == 250
        target = tmp_path / name
        write_atomically(target, b"first")
        write_atomically(target, b"second")
        assert target.read_bytes() == b"second"
    assert temps(tmp_path) == []
    assert list(journal.iterdir()) == []


@pytest.mark.parametrize("suffix", [".pdf", ".hrba"])
def test_a_read_only_target_is_refused(tmp_path: Path, journal: Path, suffix: str) -> None:
    """os.replace ignores the target's mode on Linux: without the check it was replaced."""
    target = tmp_path / f"report{suffix}"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    with pytest.raises(AssessmentError) as zh:
        atomic_write(target, b"new", "zh")
    assert "只读" in zh.value.summary and str(target) in zh.value.summary
    with pytest.raises(AssessmentError) as en:
        atomic_write(target, b"new", "en")
    assert "read-only" in en.value.summary
    assert target.read_bytes() == b"kept" and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert temps(tmp_path) == []


def test_the_cli_pdf_to_a_read_only_file_exits_4(
    tmp_path: Path, journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4 old")
    target.chmod(0o444)
    code = cli.main(["assess", str(EXAMPLE), "--pdf", str(target), "--lang", "en"])
    _, err = capsys.readouterr()
    assert code == cli.EXIT_OUTPUT == 4
    assert "read-only" in err and "Traceback" not in err
    assert target.read_bytes() == b"%PDF-1.4 old"


def test_missing_folder_file_for_folder_and_folder_for_file_each_say_so(tmp_path: Path, journal: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    (tmp_path / "a-folder").mkdir()
    cases = {
        tmp_path / "missing" / "x.hrba": ("文件夹不存在", "folder does not exist"),
        blocker / "x.hrba": ("是一个文件，不是文件夹", "is a file, not a folder"),
        blocker / "deeper" / "x.hrba": ("是一个文件，不是文件夹", "is a file, not a folder"),
        tmp_path / "a-folder": ("是一个文件夹", "is a folder, not a file"),
    }
    for target, (zh, en) in cases.items():
        with pytest.raises(WriteFailed) as zh_error:
            write_atomically(target, b"x", "zh")
        assert zh in zh_error.value.summary, target
        with pytest.raises(WriteFailed) as en_error:
            write_atomically(target, b"x", "en")
        assert en in en_error.value.summary, target
    with pytest.raises(WriteFailed) as inner:
        write_atomically(blocker / "deeper" / "x.hrba", b"x", "en")
    assert str(blocker) in inner.value.summary  # names the file that is in the way
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


def flaky_replace(monkeypatch: pytest.MonkeyPatch, failures: int, make_error) -> list[int]:
    """``os.replace`` that fails ``failures`` times (a scanner holding the file), then works."""
    real = os.replace
    calls: list[int] = []

    def replace(src: str, dst: str) -> None:
        calls.append(1)
        if len(calls) <= failures:
            raise make_error()
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return calls


def sharing_violation() -> OSError:
    error = OSError(errno.EINVAL, "The process cannot access the file because it is being used by another process")
    error.winerror = 32  # type: ignore[attr-defined]  # as Windows raises it
    return error


@pytest.mark.parametrize(
    "make_error",
    [lambda: PermissionError(errno.EACCES, "Access is denied"), sharing_violation],
    ids=["permission-error", "winerror-32"],
)
def test_a_briefly_held_file_is_written_after_a_few_tries(
    tmp_path: Path, journal: Path, monkeypatch: pytest.MonkeyPatch, pauses: list[float], make_error
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    calls = flaky_replace(monkeypatch, 3, make_error)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(calls) == 4 and pauses == [0.05, 0.1, 0.2]
    assert temps(tmp_path) == [] and list(journal.iterdir()) == []


def test_a_file_held_open_is_reported_and_nothing_changes(
    tmp_path: Path, journal: Path, monkeypatch: pytest.MonkeyPatch, pauses: list[float]
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    calls = flaky_replace(monkeypatch, 100, sharing_violation)
    with pytest.raises(WriteFailed) as zh:
        write_atomically(target, b"new", "zh")
    assert len(calls) == 6 and sum(pauses) == pytest.approx(1.3)  # 6 tries over about 1.3 s
    assert "被其他程序占用" in zh.value.summary and "原文件未被改动" in zh.value.summary
    with pytest.raises(AssessmentError) as en:
        atomic_write(target, b"new", "en")
    assert "open in another program" in en.value.summary
    assert target.read_bytes() == b"old"
    assert temps(tmp_path) == [] and list(journal.iterdir()) == []


def test_other_errors_are_not_retried(tmp_path: Path, journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe_write.time, "sleep", lambda s: pytest.fail("retried a full disk"))
    target = tmp_path / "a.hrba"
    target.write_bytes(b"old")
    calls = flaky_replace(monkeypatch, 1, lambda: OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(WriteFailed) as info:
        write_atomically(target, b"new", "en")
    assert len(calls) == 1
    assert info.value.summary.startswith("Cannot write") and info.value.problems == ["No space left on device"]
    assert target.read_bytes() == b"old" and temps(tmp_path) == []


def test_a_full_disk_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.hrba"
    target.write_bytes(b"old")
    real_write = os.write
    written: list[int] = []

    def fills_up(fd: int, data: bytes | memoryview) -> int:
        if len(data) < 1000:  # the journal's note: there was room for that
            return real_write(fd, data)
        if written:  # the first chunk fits, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(real_write(fd, bytes(data[:1000])))
        return written[-1]

    monkeypatch.setattr(os, "write", fills_up)
    with pytest.raises(WriteFailed) as info:
        write_atomically(target, b"x" * 5000, "zh")
    monkeypatch.undo()
    assert written == [1000]  # it failed half-way through the temporary file
    assert "原文件未被改动" in info.value.summary and info.value.problems == ["No space left on device"]
    assert target.read_bytes() == b"old"
    assert temps(tmp_path) == [] and list(journal.iterdir()) == []


def test_a_running_write_is_journaled_locked_and_not_cleaned(
    tmp_path: Path, journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the write runs its entry exists and is locked, so another instance starting
    right then does not delete the temporary file; afterwards the journal is empty."""
    seen: list[tuple[str, str, bool, list[Path]]] = []
    real = os.replace

    def replace(src: str, dst: str) -> None:
        (entry,) = list(journal.iterdir())
        seen.append((Path(src).name, entry.name, held_elsewhere(entry), remove_leftover_temps()))
        assert Path(src).exists()
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    write_atomically(tmp_path / "a.hrba", b"data")
    ((temp, entry, locked, removed),) = seen
    match = TEMP_NAME.fullmatch(temp)
    assert match is not None and entry == f"{match.group(1)}.entry"
    assert locked and removed == []
    assert list(journal.iterdir()) == []


def test_the_journal_removes_only_our_leftovers(tmp_path: Path, journal: Path) -> None:
    journal.mkdir(parents=True)
    work = tmp_path / "work"
    work.mkdir()
    leftover = work / ".~hrb-0123abcd.tmp"
    leftover.write_bytes(b"half a file")
    (journal / "0123abcd.entry").write_bytes(os.fsencode(leftover))
    users_file = work / "report.pdf"  # an entry naming something that is not our temp file
    users_file.write_bytes(b"precious")
    (journal / "89abcdef.entry").write_bytes(os.fsencode(users_file))
    wrong_token = work / ".~hrb-feedbeef.tmp"  # our pattern, but not this entry's token
    wrong_token.write_bytes(b"x")
    (journal / "00000000.entry").write_bytes(os.fsencode(wrong_token))
    unlisted = work / ".~hrb-11111111.tmp"  # ours by name, in no entry: never touched
    unlisted.write_bytes(b"x")
    killed_recording = journal / "22222222.entry"  # killed while recording the entry
    killed_recording.write_bytes(b"")
    minute = time.time() - 61
    os.utime(killed_recording, (minute, minute))
    just_created = journal / "44444444.entry"  # a writer in another process, about to lock it
    just_created.write_bytes(b"")
    finished = work / ".~hrb-33333333.tmp"  # the write finished: only the entry was left
    (journal / "33333333.entry").write_bytes(os.fsencode(finished))

    assert remove_leftover_temps() == [leftover]

    assert not leftover.exists()
    assert users_file.read_bytes() == b"precious" and wrong_token.exists() and unlisted.exists()
    assert list(journal.iterdir()) == [just_created]


def test_an_entry_whose_folder_is_gone_waits_for_it(tmp_path: Path, journal: Path) -> None:
    """A USB stick not plugged in: the entry stays, to clean up when it is back (30 days)."""
    journal.mkdir(parents=True)
    entry = journal / "0123abcd.entry"
    entry.write_bytes(os.fsencode(tmp_path / "stick" / ".~hrb-0123abcd.tmp"))
    assert remove_leftover_temps() == [] and entry.exists()
    month = time.time() - 31 * 24 * 3600
    os.utime(entry, (month, month))
    assert remove_leftover_temps() == [] and not entry.exists()


def test_writes_killed_at_random_leave_a_whole_file_and_no_temp_after_the_next_start(tmp_path: Path) -> None:
    """A process saving a large file, killed at random moments (6 times here; ``scripts/
    crash_drill.py save --runs 150`` runs more): the target is always whole, and whatever
    temporary file a kill left is gone after the next start."""
    drill = crash_drill()
    rng = random.Random(20240611)
    for _ in range(6):
        run = drill.save_run(tmp_path, rng)
        assert run.whole and run.temps_after_start == 0, run
    # Left at most: entries killed before they named their file (dropped after a minute).
    for entry in (tmp_path / "appdata" / safe_write.JOURNAL_FOLDER).iterdir():
        assert entry.read_bytes() == b"", entry
