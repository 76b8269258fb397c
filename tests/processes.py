"""Helpers for tests that run real processes: killing them as a crash does, and the crash drill."""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def kill(child: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    """SIGKILL, as a crash or the task manager: no clean-up runs in the child."""
    child.send_signal(signal.SIGKILL)
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def crash_drill() -> ModuleType:
    """``scripts/crash_drill.py`` as a module (scripts are not a package)."""
    if "crash_drill" in sys.modules:
        return sys.modules["crash_drill"]
    spec = importlib.util.spec_from_file_location("crash_drill", ROOT / "scripts" / "crash_drill.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_drill"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module
