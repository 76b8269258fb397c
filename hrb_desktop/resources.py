"""Locate bundled data files the same way from a checkout, a wheel and the frozen app.

Wheels and the PyInstaller bundle place the top-level ``resources/`` folder at
``hrb_desktop/resources``; an editable install or a plain checkout leaves it at
the repository root, one level above the package.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "hrb_desktop" / "resources")
    candidates.append(Path(str(files("hrb_desktop"))) / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    for candidate in candidates:
        if (candidate / "policy").is_dir():
            return candidate
    raise FileNotFoundError(
        "hrb-desktop's data files are missing (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "). Reinstall the application."
    )


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("policy", "hrb-2021-10.yaml")``."""
    return resources_dir().joinpath(*parts)


def policy_file() -> Path:
    return resource_path("policy", "hrb-2021-10.yaml")


def font_file() -> Path:
    return resource_path("fonts", "wqy-microhei.ttc")


def examples_dir() -> Path:
    """Example assessments: packaged beside the resources, or ``examples/`` in a checkout."""
    packaged = resource_path("examples")
    return packaged if packaged.is_dir() else resources_dir().parent / "examples"


@cache
def translations_dir() -> Path:
    """The compiled Qt translations (``hrb_desktop_*.qm``).

    A checkout keeps them in the repository's ``i18n/`` folder; wheels ship them
    at ``hrb_desktop/i18n`` and the frozen app at ``sys._MEIPASS/hrb_desktop/i18n``.
    """
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "hrb_desktop" / "i18n")
    candidates.append(Path(str(files("hrb_desktop"))) / "i18n")
    candidates.append(_PACKAGE_DIR.parent / "i18n")
    for candidate in candidates:
        if any(candidate.glob("hrb_desktop_*.qm")):
            return candidate
    return candidates[-1]
