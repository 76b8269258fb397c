"""Make PySide6's per-import check cheap, without changing its answer.

Importing PySide6 replaces ``builtins.__import__``. From then on, each module
imported for the first time gets a check: does its source mention "PySide6"?
That check is for PySide's opt-in ``from __feature__ import snake_case``. It
calls ``inspect.getsource``, which decodes the file and splits it into lines
through ``linecache``. That is about 0.3 ms for one of our modules and over 1 ms
for ``typing``. Over the 200-odd modules we import up to "ready", it costs
about 60 ms, 6-8 ms of them before the first paint.

Reading the file's bytes answers the same question in a few microseconds. Any
module that is not a plain ``.py`` file on disk goes to PySide's own check. The
frozen app has no sources, so the check is already cheap there. If a PySide
release renames the function, nothing is replaced and nothing breaks.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

ORIGINAL = "_hrb_desktop_original"  # where the replacement keeps PySide's own check


def source_mentions_pyside(module: ModuleType, fallback: Any) -> bool:
    """What ``_mod_uses_pyside`` answers, from the raw bytes of the module's ``.py`` file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return bool(fallback(module))
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:  # gone, or inside a zip: let PySide decide
        return bool(fallback(module))


def speed_up_pyside_import_hook() -> bool:
    """Install the cheap check; True if it is in place. Call once PySide6 is imported."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if hasattr(original, ORIGINAL):
        return True

    def _mod_uses_pyside(module: ModuleType) -> bool:
        return source_mentions_pyside(module, original)

    setattr(_mod_uses_pyside, ORIGINAL, original)
    setattr(feature, "_mod_uses_pyside", _mod_uses_pyside)  # noqa: B010 - a private name of PySide's
    return True
