"""The one app-data folder of hrb-desktop, computed the same way by the CLI and the wizard (no Qt).

Order:
1. ``HRB_DESKTOP_DATA_DIR``, if set: any folder, e.g. on the USB stick a consultant carries
   (portable mode). A relative path is taken from the current folder.
2. In the frozen app, a folder named ``hrb-desktop-data`` beside ``hrb-desktop.exe``, if it
   exists: portable mode without setting a variable (make the folder on the stick once).
3. The platform's usual place: ``%APPDATA%\\hrb-desktop`` on Windows,
   ``~/Library/Application Support/hrb-desktop`` on macOS, ``$XDG_DATA_HOME/hrb-desktop``
   (``~/.local/share/hrb-desktop``) elsewhere.

Inside it: ``autosave/`` (crash recovery), ``policies/`` (imported policy editions),
``pending-writes/`` (``core.safe_write``'s journal of temporary files) and, in portable mode,
``settings.ini`` (the wizard's settings, see ``ui.settings``).

Version 0.1 kept autosaves in Qt's ``AppDataLocation``, i.e. one level deeper
(``%APPDATA%\\hrb-desktop\\hrb-desktop\\autosave``); ``legacy_autosave_dir`` names it so that
recovery still finds what a crash of an older version left behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "HRB_DESKTOP_DATA_DIR"
PORTABLE_FOLDER = "hrb-desktop-data"
APP_FOLDER = "hrb-desktop"


def _platform_base() -> Path:
    """Where applications keep per-user data on this platform."""
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        return Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME")
    return Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"


def portable_dir() -> Path | None:
    """The data folder beside the frozen program, if one was made there (portable mode).

    Only the frozen app looks: a checkout or a pip install has no single program folder.
    """
    if not getattr(sys, "frozen", False):
        return None
    candidate = Path(sys.executable).resolve().parent / PORTABLE_FOLDER
    return candidate if candidate.is_dir() else None


def data_dir() -> Path:
    """The app-data folder (it may not exist yet; writers create it)."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(os.path.abspath(os.path.expanduser(override)))
    portable = portable_dir()
    if portable is not None:
        return portable
    return _platform_base() / APP_FOLDER


def is_portable() -> bool:
    """True when the data folder is not the platform's usual per-user place."""
    return bool(os.environ.get(ENV_VAR, "").strip()) or portable_dir() is not None


def autosave_dir() -> Path:
    return data_dir() / "autosave"


def policies_dir() -> Path:
    """Imported policy editions (``hrb-desktop policy import``, File → Import policy file)."""
    return data_dir() / "policies"


def legacy_autosave_dir() -> Path | None:
    """Where version 0.1 autosaved (Qt's AppDataLocation: organisation/application)."""
    if is_portable():
        return None
    return _platform_base() / APP_FOLDER / APP_FOLDER / "autosave"
