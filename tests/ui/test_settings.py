"""AppSettings: language, recent files, last folder, geometry and clearing local data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from hrb_desktop.core.autosave import AUTOSAVE_SUFFIX, remove_autosaves
from hrb_desktop.ui.settings import (
    MAX_RECENT_FILES,
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


def test_missing_recent_files_are_pruned_on_read(
    ini: Path, settings: AppSettings, tmp_path: Path
) -> None:
    a, b, c = make_files(tmp_path / "docs", 3)
    for path in (a, b, c):
        settings.add_recent_file(path)
    b.unlink()
    assert settings.recent_files() == [c, a]
    b.write_text("{}", encoding="utf-8")  # pruned entries are forgotten, not just hidden
    assert reopened(ini, settings).recent_files() == [c, a]


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
    half_written = autosave_dir / f".x{AUTOSAVE_SUFFIX}.k2j3.tmp"
    half_written.write_text("{", encoding="utf-8")
    lock = autosave_dir / "20260101-000000-1-abcd.lock"
    lock.write_text("{}", encoding="utf-8")
    unrelated = autosave_dir / "notes.txt"
    unrelated.write_text("keep", encoding="utf-8")

    assert clear_local_data(settings, autosave_dir) == []

    again = reopened(ini, settings)
    assert again.recent_files() == []
    assert again.last_directory() is None
    assert again.language() == "en"  # a preference, not personal data
    assert not autosave.exists()
    assert not half_written.exists()
    assert lock.exists() and unrelated.exists()
    assert a.exists() and b.exists()  # the user's own files are never touched


def test_remove_autosaves_on_missing_folder_is_harmless(tmp_path: Path) -> None:
    assert remove_autosaves(tmp_path / "nowhere") == []


def test_default_autosave_dir_is_the_cli_s_app_data_folder(monkeypatch, tmp_path: Path) -> None:
    """The wizard autosaves where the Qt-free core says, so the CLI finds the same folder."""
    monkeypatch.setenv("HRB_DESKTOP_DATA_DIR", str(tmp_path / "stick"))
    assert default_autosave_dir() == tmp_path / "stick" / "autosave"
