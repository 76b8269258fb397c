"""Locate bundled data files the same way from a checkout, a wheel and the frozen app.

Wheels and the PyInstaller bundle place the top-level ``resources/`` folder at
``hrb_desktop/resources``; an editable install or a plain checkout leaves it at
the repository root, one level above the package.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(folder: str) -> Iterator[Path]:
    """Where ``folder`` (``resources`` or ``i18n``) may be, most specific first."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        yield Path(frozen_root) / "hrb_desktop" / folder
    yield _PACKAGE_DIR / folder  # a wheel
    yield _PACKAGE_DIR.parent / folder  # a checkout or an editable install
    # Last, ask the import system (zip imports and other loaders); imported late
    # because importlib.resources costs ~9 ms of the wizard's start-up.
    from importlib.resources import files

    yield Path(str(files("hrb_desktop"))) / folder


@cache
def resources_dir() -> Path:
    candidates = []
    for candidate in _candidates("resources"):
        candidates.append(candidate)
        if (candidate / "policy").is_dir():
            return candidate
    raise FileNotFoundError(
        "hrb-desktop's data files are missing (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "). Reinstall the application."
    )


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("fonts", "wqy-microhei.ttf")``."""
    return resources_dir().joinpath(*parts)


def policy_dir() -> Path:
    """The embedded policy editions: each edition one file, YAML in a checkout or wheel; the
    frozen app ships their JSON forms (made by packaging/hrb_desktop.spec), which need no YAML
    parser. ``source/`` beside them holds published texts, not editions."""
    return resource_path("policy")


def font_file() -> Path:
    return resource_path("fonts", "wqy-microhei.ttf")


def examples_dir() -> Path:
    """Example assessments: packaged beside the resources, or ``examples/`` in a checkout."""
    packaged = resource_path("examples")
    return packaged if packaged.is_dir() else resources_dir().parent / "examples"


def is_bundled(path: Path) -> bool:
    """Whether ``path`` lies among the program's own files (the examples, the policy, the
    font...): those are templates to open, never files to save over."""
    import os

    try:
        target = Path(os.path.realpath(path))
        folders = {Path(os.path.realpath(examples_dir())), Path(os.path.realpath(resources_dir()))}
    except (OSError, ValueError, FileNotFoundError):
        return False
    return any(target == folder or folder in target.parents for folder in folders)


@cache
def translations_dir() -> Path:
    """The compiled Qt translations (``hrb_desktop_*.qm``).

    A checkout keeps them in the repository's ``i18n/`` folder; wheels ship them
    at ``hrb_desktop/i18n`` and the frozen app at ``sys._MEIPASS/hrb_desktop/i18n``.
    """
    checkout = _PACKAGE_DIR.parent / "i18n"
    for candidate in _candidates("i18n"):
        if any(candidate.glob("hrb_desktop_*.qm")):
            return candidate
    return checkout
