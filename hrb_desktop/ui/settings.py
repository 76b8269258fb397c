"""The wizard's remembered preferences: the ONE place that touches QSettings.

Stored under organization/application "hrb-desktop" (the registry on Windows), or, in
portable mode (``core.appdata.is_portable``: ``HRB_DESKTOP_DATA_DIR`` or the frozen app's
``hrb-desktop-data`` folder), in ``settings.ini`` inside the data folder, so that a
consultant's USB stick leaves nothing on the host. They hold the interface language,
the recent files (at most 8, most recent first), the last folder used in a
file dialog and the window geometry. ``clear_local_data`` forgets everything
personal (recent files, last folder, the autosaves no running window owns) for
shared help-desk PCs; the language and the window geometry are kept.

Reading the recent files never touches the disk: a file on a disconnected network share
would freeze the window for the network's time-out. ``hrb_desktop.ui.recent_check`` looks
for missing ones on another thread and ``forget_recent_files`` drops them.

Tests pass their own ``QSettings`` (an INI file in a temporary folder) so they
never read or write the real user settings.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from hrb_desktop.core.lang import LANGS, Lang

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

ORGANIZATION = "hrb-desktop"
APPLICATION = "hrb-desktop"
MAX_RECENT_FILES = 8
PORTABLE_SETTINGS_FILE = "settings.ini"


_KEY_LANGUAGE = "ui/language"
_KEY_RECENT = "files/recent"
_KEY_LAST_DIR = "files/last_directory"
_KEY_GEOMETRY = "window/geometry"
_KEY_STATE = "window/state"


def set_application_identity() -> None:
    """Name the application so QSettings and QStandardPaths use the hrb-desktop folders."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def default_autosave_dir() -> Path:
    """The autosave folder inside the app-data folder the CLI uses too (it may not exist yet)."""
    from hrb_desktop.core.appdata import autosave_dir

    return autosave_dir()


def default_qsettings() -> QSettings:
    """The user's store: the platform's (registry, plist, ~/.config), or in portable mode an
    INI file in the data folder, so that nothing is kept on the host."""
    from hrb_desktop.core import appdata

    if appdata.is_portable():
        ini = appdata.data_dir() / PORTABLE_SETTINGS_FILE
        return QSettings(str(ini), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def _key(path: Path | str) -> str:
    """Comparison key: two spellings of one file are the same recent file."""
    return os.path.normcase(os.path.abspath(os.fspath(path)))


def _as_str_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, Iterable):
        return [item for item in value if isinstance(item, str) and item]
    return []


class AppSettings:
    """Typed access to the wizard's settings; ``qsettings`` defaults to the user's store."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            qsettings = default_qsettings()
        self._settings = qsettings

    @property
    def qsettings(self) -> QSettings:
        return self._settings

    def sync(self) -> None:
        self._settings.sync()

    # -- language --------------------------------------------------------------
    def language(self) -> Lang:
        value = self._settings.value(_KEY_LANGUAGE, "zh")
        for lang in LANGS:
            if value == lang:
                return lang
        return "zh"

    def stored_language(self) -> Lang | None:
        """The language chosen in the app, or None when none was chosen (or it is unknown)."""
        value = self._settings.value(_KEY_LANGUAGE, None)
        return next((lang for lang in LANGS if value == lang), None)

    def set_language(self, lang: Lang) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")
        self._settings.setValue(_KEY_LANGUAGE, lang)

    # -- recent files ------------------------------------------------------------
    def _stored_recent(self) -> list[str]:
        return _as_str_list(self._settings.value(_KEY_RECENT, []))

    def _store_recent(self, paths: list[str]) -> None:
        if paths:
            self._settings.setValue(_KEY_RECENT, paths)
        else:
            self._settings.remove(_KEY_RECENT)

    def recent_files(self) -> list[Path]:
        """Most recent first, as stored: nothing is looked up on disk (see the module docstring).

        Missing files are dropped by ``forget_recent_files`` once ``recent_check`` found them.
        """
        stored = self._stored_recent()
        kept: list[str] = []
        seen: set[str] = set()
        for name in stored:
            key = _key(name)
            if key in seen:
                continue
            seen.add(key)
            kept.append(name)
        kept = kept[:MAX_RECENT_FILES]
        if kept != stored:
            self._store_recent(kept)
        return [Path(name) for name in kept]

    def forget_recent_files(self, paths: Iterable[Path | str]) -> bool:
        """Drop these entries (files found missing); True when the list changed."""
        gone = {_key(p) for p in paths}
        stored = self._stored_recent()
        kept = [p for p in stored if _key(p) not in gone]
        if kept == stored:
            return False
        self._store_recent(kept)
        return True

    def add_recent_file(self, path: Path | str) -> None:
        """Put ``path`` first; an earlier entry for the same file is removed; at most 8 kept."""
        name = os.path.abspath(os.fspath(path))
        key = _key(name)
        others = [p for p in self._stored_recent() if _key(p) != key]
        self._store_recent([name, *others][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: Path | str) -> None:
        self.forget_recent_files([path])

    def clear_recent_files(self) -> None:
        self._settings.remove(_KEY_RECENT)

    # -- last folder -------------------------------------------------------------
    def last_directory(self) -> Path | None:
        """The folder of the last file dialog, if it still exists."""
        value = self._settings.value(_KEY_LAST_DIR, "")
        if not isinstance(value, str) or not value:
            return None
        folder = Path(value)
        return folder if folder.is_dir() else None

    def set_last_directory(self, path: Path | str) -> None:
        """Remember a folder; given a file, its folder is remembered."""
        target = Path(os.path.abspath(os.fspath(path)))
        if not target.is_dir():
            target = target.parent
        self._settings.setValue(_KEY_LAST_DIR, str(target))

    # -- window --------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        """What ``QWidget.saveGeometry()`` returned last time, for ``restoreGeometry``."""
        return self._bytes(_KEY_GEOMETRY)

    def set_window_geometry(self, data: QByteArray | bytes) -> None:
        from PySide6.QtCore import QByteArray

        self._settings.setValue(_KEY_GEOMETRY, QByteArray(data))

    def window_state(self) -> QByteArray | None:
        """What ``QMainWindow.saveState()`` returned last time, for ``restoreState``."""
        return self._bytes(_KEY_STATE)

    def set_window_state(self, data: QByteArray | bytes) -> None:
        from PySide6.QtCore import QByteArray

        self._settings.setValue(_KEY_STATE, QByteArray(data))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        if value is None:
            return None  # a first start: no need to set up QByteArray before the first paint
        from PySide6.QtCore import QByteArray

        if isinstance(value, QByteArray):
            return value if not value.isEmpty() else None
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    # -- privacy -------------------------------------------------------------------
    def clear_local_data(self) -> None:
        """Forget the recent files and the last folder (see module ``clear_local_data``)."""
        self._settings.remove(_KEY_RECENT)
        self._settings.remove(_KEY_LAST_DIR)
        self._settings.sync()


def clear_local_data(
    settings: AppSettings | None = None, autosave_dir: Path | None = None
) -> list[Path]:
    """Remove recent files, the last folder and the autosaves no running window owns
    (shared help-desk PCs; ``Session.clear_local_data`` also removes its own).

    Returns autosave files that could not be deleted (normally none).
    """
    # Late: hrb_desktop.core.autosave imports the file format and pydantic; at the top of this
    # module the first paint waited for them (bench_startup ratio 2.1 instead of 1.1; guarded by
    # tests/ui/test_first_paint_modules.py).
    from hrb_desktop.core.autosave import remove_autosaves

    (settings if settings is not None else AppSettings()).clear_local_data()
    return remove_autosaves(autosave_dir if autosave_dir is not None else default_autosave_dir())
