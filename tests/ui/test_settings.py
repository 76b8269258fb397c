"""AppSettings: language, recent files, last folder, geometry and clearing local data."""

from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from hrb_desktop.core.autosave import AUTOSAVE_SUFFIX, remove_autosaves
from hrb_desktop.core.file_lock import FileLock
from hrb_desktop.ui import recent_check
from hrb_desktop.ui.recent_check import RecentFilesCheck, is_missing
from hrb_desktop.ui.settings import (
    MAX_RECENT_FILES,
    ORGANIZATION,
    AppSettings,
    clear_local_data,
    default_autosave_dir,
)


@pytest.fixture(autouse=True)
def _no_real_user_folders():
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "hrb-desktop.ini"


@pytest.fixture
def settings(ini: Path, qapp) -> AppSettings:
    return AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))


def reopened(ini: Path, settings: AppSettings) -> AppSettings:
    """A fresh AppSettings on the same store: proves values were really persisted."""
    settings.sync()
    return AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))


def make_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        path = folder / f"f{i}.hrba"
        path.write_text("{}", encoding="utf-8")
        files.append(path)
    return files


def test_language_defaults_to_chinese_and_persists(ini: Path, settings: AppSettings) -> None:
    assert settings.language() == "zh"
    settings.set_language("en")
    assert reopened(ini, settings).language() == "en"
    with pytest.raises(ValueError):
        settings.set_language("fr")  # type: ignore[arg-type]
    settings.qsettings.setValue("ui/language", "klingon")
    assert settings.language() == "zh"


def test_recent_files_most_recent_first_and_persisted(
    ini: Path, settings: AppSettings, tmp_path: Path
) -> None:
    a, b, c = make_files(tmp_path / "docs", 3)
    for path in (a, b, c):
        settings.add_recent_file(path)
    assert settings.recent_files() == [c, b, a]
    settings.add_recent_file(a)  # reopening moves it to the front
    assert reopened(ini, settings).recent_files() == [a, c, b]


def test_recent_files_deduplicated_across_spellings(settings: AppSettings, tmp_path: Path) -> None:
    (a,) = make_files(tmp_path / "docs", 1)
    settings.add_recent_file(a)
    settings.add_recent_file(tmp_path / "docs" / ".." / "docs" / a.name)
    settings.add_recent_file(str(a))
    assert settings.recent_files() == [a]


def test_recent_files_keep_at_most_eight(settings: AppSettings, tmp_path: Path) -> None:
    files = make_files(tmp_path / "docs", MAX_RECENT_FILES + 3)
    for path in files:
        settings.add_recent_file(path)
    assert MAX_RECENT_FILES == 8
    assert settings.recent_files() == list(reversed(files))[:8]


def test_reading_recent_files_never_touches_the_disk(
    settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file on a disconnected share would freeze the window for the network's time-out."""
    a, b = make_files(tmp_path / "docs", 2)
    share = Path("//server/share/年度评估.hrba")
    for path in (a, share, b):
        settings.add_recent_file(path)

    def no_disk(*args: object, **kwargs: object) -> None:
        raise AssertionError("looked at the disk on the UI thread")

    monkeypatch.setattr(os, "stat", no_disk)
    monkeypatch.setattr(Path, "is_file", no_disk)
    monkeypatch.setattr(Path, "exists", no_disk)
    assert settings.recent_files() == [b, Path(os.path.abspath(share)), a]


def test_missing_recent_files_are_forgotten(ini: Path, settings: AppSettings, tmp_path: Path) -> None:
    a, b, c = make_files(tmp_path / "docs", 3)
    for path in (a, b, c):
        settings.add_recent_file(path)
    assert settings.forget_recent_files([tmp_path / "docs" / ".." / "docs" / b.name])
    assert not settings.forget_recent_files([b])  # nothing left to forget
    b.write_text("{}", encoding="utf-8")  # forgotten entries do not come back
    assert reopened(ini, settings).recent_files() == [c, a]


def test_what_counts_as_missing(tmp_path: Path) -> None:
    (a,) = make_files(tmp_path / "docs", 1)
    assert not is_missing(a)
    assert is_missing(tmp_path / "docs" / "gone.hrba")
    assert is_missing(a / "below-a-file.hrba")  # NotADirectoryError
    assert is_missing(tmp_path / "docs")  # a folder now
    (tmp_path / "locked").mkdir(mode=0o000)
    try:
        if os.geteuid() != 0:  # root reads anything: the case cannot be made here
            assert not is_missing(tmp_path / "locked" / "x.hrba")  # unreachable is not missing
    finally:
        (tmp_path / "locked").chmod(0o755)


def test_a_slow_share_is_checked_off_the_ui_thread(
    qtbot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``check`` returns while the share's stat still hangs; the answer arrives later, on the
    UI thread, and only the files that are really gone are dropped."""
    kept, gone = make_files(tmp_path / "docs", 2)
    gone.unlink()
    share = tmp_path / "share" / "slow.hrba"  # stands for \\server\share\slow.hrba
    release = threading.Event()
    asked: list[tuple[str, Path]] = []  # (thread, path)
    real_stat = os.stat

    def slow_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        asked.append((threading.current_thread().name, Path(str(path))))
        if Path(str(path)) == share:
            assert release.wait(30)  # the SMB time-out
            raise TimeoutError("the network name is no longer available")
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(recent_check, "_stat", slow_stat)
    check = RecentFilesCheck()
    found: list[list[Path]] = []
    check.missing.connect(found.append)
    check.check([share, kept, gone])
    assert check.running and not release.is_set()  # returned at once, the stat still waits
    check.check([share])  # the same share is not asked twice while it hangs
    release.set()
    qtbot.waitUntil(lambda: not check.running, timeout=5000)
    assert found == [[gone]]  # the unreachable share stays in the list
    assert sorted(path.name for _, path in asked) == sorted([gone.name, kept.name, "slow.hrba"])
    assert all(thread == "hrb-recent-check" for thread, _ in asked)


def test_remove_and_clear_recent_files(settings: AppSettings, tmp_path: Path) -> None:
    a, b = make_files(tmp_path / "docs", 2)
    settings.add_recent_file(a)
    settings.add_recent_file(b)
    settings.remove_recent_file(a)
    assert settings.recent_files() == [b]
    settings.clear_recent_files()
    assert settings.recent_files() == []


def test_single_recent_file_survives_ini_round_trip(ini: Path, settings: AppSettings, tmp_path: Path) -> None:
    (a,) = make_files(tmp_path / "docs", 1)
    settings.add_recent_file(a)
    assert reopened(ini, settings).recent_files() == [a]


def test_last_directory(ini: Path, settings: AppSettings, tmp_path: Path) -> None:
    assert settings.last_directory() is None
    (a,) = make_files(tmp_path / "docs", 1)
    settings.set_last_directory(a)  # a file: its folder is remembered
    assert reopened(ini, settings).last_directory() == a.parent
    gone = tmp_path / "gone"
    gone.mkdir()
    settings.set_last_directory(gone)
    assert settings.last_directory() == gone
    gone.rmdir()
    assert settings.last_directory() is None


def test_window_geometry_and_state_round_trip(ini: Path, settings: AppSettings) -> None:
    assert settings.window_geometry() is None
    assert settings.window_state() is None
    settings.set_window_geometry(QByteArray(b"\x01\xd9\xd0\xcb\x00\x03geometry"))
    settings.set_window_state(b"state\x00bytes")
    again = reopened(ini, settings)
    assert again.window_geometry() == QByteArray(b"\x01\xd9\xd0\xcb\x00\x03geometry")
    assert again.window_state() == QByteArray(b"state\x00bytes")


def test_clear_local_data_removes_recents_last_folder_and_autosaves(
    ini: Path, settings: AppSettings, tmp_path: Path
) -> None:
    a, b = make_files(tmp_path / "docs", 2)
    settings.add_recent_file(a)
    settings.add_recent_file(b)
    settings.set_last_directory(tmp_path / "docs")
    settings.set_language("en")
    autosave_dir = tmp_path / "autosave"
    autosave_dir.mkdir()
    autosave = autosave_dir / f"20260101-000000-1-abcd{AUTOSAVE_SUFFIX}"
    autosave.write_text("{}", encoding="utf-8")
    lock = autosave_dir / "20260101-000000-1-abcd.lock"
    lock.write_text("{}", encoding="utf-8")
    half_written = autosave_dir / f".x{AUTOSAVE_SUFFIX}.k2j3.tmp"  # version 0.1's temporary name
    half_written.write_text("{", encoding="utf-8")
    running = autosave_dir / f"20260101-000000-2-live{AUTOSAVE_SUFFIX}"
    running.write_text("{}", encoding="utf-8")
    running_lock = FileLock.acquire(autosave_dir / "20260101-000000-2-live.lock")
    assert running_lock is not None
    unrelated = autosave_dir / "notes.txt"
    unrelated.write_text("keep", encoding="utf-8")

    try:
        assert clear_local_data(settings, autosave_dir) == []
        assert running.exists() and running_lock.path.exists()  # a window still open keeps its work
    finally:
        running_lock.release()

    again = reopened(ini, settings)
    assert again.recent_files() == []
    assert again.last_directory() is None
    assert again.language() == "en"  # a preference, not personal data
    assert not autosave.exists() and not lock.exists()
    assert not half_written.exists()
    assert unrelated.exists()
    assert a.exists() and b.exists()  # the user's own files are never touched


def test_remove_autosaves_on_missing_folder_is_harmless(tmp_path: Path) -> None:
    assert remove_autosaves(tmp_path / "nowhere") == []


def test_default_autosave_dir_is_the_cli_s_app_data_folder(monkeypatch, tmp_path: Path) -> None:
    """The wizard autosaves where the Qt-free core says, so the CLI finds the same folder."""
    monkeypatch.setenv("HRB_DESKTOP_DATA_DIR", str(tmp_path / "stick"))
    assert default_autosave_dir() == tmp_path / "stick" / "autosave"


def test_portable_mode_keeps_settings_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:
    """A USB stick (HRB_DESKTOP_DATA_DIR or the frozen app's hrb-desktop-data folder): the
    settings are an INI file on the stick, nothing goes to the registry or ~/.config."""
    stick = tmp_path / "stick"
    monkeypatch.setenv("HRB_DESKTOP_DATA_DIR", str(stick))
    settings = AppSettings()
    assert settings.qsettings.format() == QSettings.Format.IniFormat
    assert Path(settings.qsettings.fileName()) == stick / "settings.ini"
    settings.set_language("en")
    marker = tmp_path / f"{uuid.uuid4().hex}.hrba"  # no other test (or helper) writes this name
    settings.add_recent_file(marker)
    settings.sync()
    text = (stick / "settings.ini").read_text(encoding="utf-8")
    assert "language=en" in text and marker.name in text
    host = QSettings(ORGANIZATION, ORGANIZATION)
    assert Path(host.fileName()) != stick / "settings.ini"
    assert marker.name not in str(host.value("files/recent"))

    monkeypatch.delenv("HRB_DESKTOP_DATA_DIR")
    assert AppSettings().qsettings.format() == QSettings.Format.NativeFormat  # an installed app
