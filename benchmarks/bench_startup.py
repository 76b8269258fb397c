"""Process start → first painted wizard window, against a bare PySide6 QWizard with one page.

    python benchmarks/bench_startup.py [--runs 21] [--also before=/path/to/other/checkout ...]

Both are started as fresh processes, interleaved, offscreen; each prints the
wall-clock time of its first paint and quits. Prints medians and the ratio
(target ≤ 1.15), taken round by round so that the machine's drifting speed
cancels out, with a 90% bootstrap interval that shows how much of it is noise.

``HRB_DESKTOP_EXIT_AFTER_PAINT`` only adds a watcher that prints and quits: the
app takes the same path as a user's start, in which the policy loads after the
first paint (``hrb_desktop.ui.app.load_after_first_paint``). With the value
``ready`` it ends once the policy has loaded instead; that time is printed too.

``--also NAME=FOLDER`` times another checkout's ``python -m hrb_desktop`` in the same rounds
(``git worktree add /tmp/before HEAD~1``): a change's before and after, side by side, so that
the machine's drift does not pass for the change's effect.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import offscreen_screen  # beside this script

# HRB_DESKTOP_MODULES_AT_PAINT, as in hrb_desktop.ui.app: the modules loaded at the first paint
# go to that file (tests/ui/test_first_paint_modules.py takes them as the baseline).
BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(["bare"])
class First(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            if os.environ.get("HRB_DESKTOP_MODULES_AT_PAINT"):
                with open(os.environ["HRB_DESKTOP_MODULES_AT_PAINT"], "w", encoding="utf-8") as out:
                    out.write("\n".join(sorted(sys.modules)) + "\n")
            print(f"painted {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
wizard = QWizard()
page = QWizardPage()
page.setTitle("Start")
QVBoxLayout(page).addWidget(QLabel("hello"))
wizard.addPage(page)
watcher = First()
wizard.installEventFilter(watcher)
wizard.resize(1280, 720)
wizard.show()
app.exec()
"""


TARGET = 1.15

INSTALLED = "hrb-desktop (the installed command)"
# Every way users start the wizard (the console script, ``python -m hrb_desktop``, the frozen
# app's packaging/entry.py) goes through hrb_desktop.main, which turns the garbage collector off
# before PySide6 is imported. Importing hrb_desktop.ui.app directly skips that (~12 ms slower).
MODULE = "python -m hrb_desktop"


def clean_env(home: Path, platform: str) -> dict[str, str]:
    """A first start on a fresh account: no settings, no recent files, no window geometry
    of the developer's own, so that every machine measures the same thing."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, HRB_DESKTOP_EXIT_AFTER_PAINT="1")
    for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                 "XDG_CACHE_HOME"):
        env[name] = str(home)
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def _run(cmd: list[str], env: dict[str, str], marker: str = "painted", pythonpath: str = "") -> float:
    env = dict(env)
    if pythonpath:  # another checkout (--also), ahead of the installed package
        env["PYTHONPATH"] = pythonpath
    if marker == "ready":
        env["HRB_DESKTOP_EXIT_AFTER_PAINT"] = "ready"
    # Installed and frozen apps start from compiled bytecode; a shell that sets
    # PYTHONDONTWRITEBYTECODE would make ours recompile its modules on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    # From the profile folder: ``-m`` puts the current folder first on sys.path, and a checkout there
    # would shadow the code under test.
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=env["HOME"])
    for line in done.stdout.splitlines():
        if line.startswith(marker + " "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no {marker!r} reported by {cmd[:3]}: {done.stderr[-2000:]}")


def installed_command() -> list[str]:
    """What users run: the console script pip installed beside this Python, else ``-m``."""
    script = Path(sys.executable).with_name("hrb-desktop" + (".exe" if sys.platform == "win32" else ""))
    return [str(script)] if script.is_file() else [sys.executable, "-m", "hrb_desktop"]


def _interval(ratios: list[float], resamples: int = 2000) -> tuple[float, float]:
    """A 90% bootstrap interval of the median ratio: how far another run of this script may land.

    Single runs on a shared machine vary by ±25%, so two runs of the same code can print
    medians a few hundredths apart; the interval says how much of a difference is noise.
    """
    pick = random.Random(1234)  # the same interval for the same timings
    medians = sorted(statistics.median(pick.choices(ratios, k=len(ratios))) for _ in range(resamples))
    return medians[int(0.05 * resamples)], medians[int(0.95 * resamples) - 1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="NAME=FOLDER",
        help="also time `python -m hrb_desktop` from another checkout (e.g. before a change), in the same rounds",
    )
    args = parser.parse_args(argv)
    commands: dict[str, tuple[list[str], str]] = {
        INSTALLED: (installed_command(), ""),
        MODULE: ([sys.executable, "-m", "hrb_desktop"], ""),
    }
    for also in args.also:
        name, _, folder = also.partition("=")
        if not (Path(folder) / "hrb_desktop" / "main.py").is_file():
            parser.error(f"--also {also}: no hrb_desktop/main.py in {folder!r}")
        commands[f"{MODULE} ({name})"] = ([sys.executable, "-m", "hrb_desktop"], str(Path(folder).resolve()))
    commands["bare QWizard"] = ([sys.executable, "-c", BARE], "")
    with tempfile.TemporaryDirectory(prefix="hrb-bench-") as tmp:
        env = clean_env(Path(tmp), offscreen_screen.platform(Path(tmp)))
        for cmd, pythonpath in commands.values():
            _run(cmd, env, pythonpath=pythonpath)  # warm the file cache, compile the bytecode
        times: dict[str, list[float]] = {name: [] for name in commands}
        # Until ready: the installed command, and each other checkout to compare with it.
        ready: dict[str, list[float]] = {name: [] for name in commands if name == INSTALLED or "(" in name}
        for _ in range(args.runs):
            for name, (cmd, pythonpath) in commands.items():
                times[name].append(_run(cmd, env, pythonpath=pythonpath))
            for name in ready:
                cmd, pythonpath = commands[name]
                ready[name].append(_run(cmd, env, marker="ready", pythonpath=pythonpath))
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare_times = times["bare QWizard"]
    print(f"runs: {args.runs} each, interleaved; process start to first paint")
    print("ratio = median over rounds of (this run / the bare run beside it): each round's pair")
    print("shares the machine's momentary speed, which on a shared box drifts by ±20% within a minute")
    for name, values in times.items():
        runs = ", ".join(f"{t * 1000:.0f}" for t in values)
        verdict = ""
        if name != "bare QWizard":
            ratios = [ours / bare for ours, bare in zip(values, bare_times, strict=True)]
            ratio = statistics.median(ratios)
            low, high = _interval(ratios)
            verdict = (
                f"  ratio {ratio:.2f} ({'OK' if ratio <= TARGET else f'above {TARGET}'};"
                f" 90% interval {low:.2f}-{high:.2f})"
            )
        print(f"{name:48s}: median {medians[name] * 1000:4.0f} ms{verdict}  [{runs}]")
    print("until ready (policy loaded, Next enabled; informational, no target):")
    for name, values in ready.items():
        versus = ""
        if name != INSTALLED:
            ratios = [other / ours for other, ours in zip(values, ready[INSTALLED], strict=True)]
            low, high = _interval(ratios)
            versus = f"  {statistics.median(ratios):.2f} x the installed command's (90% interval {low:.2f}-{high:.2f})"
        print(f"  {name:46s}: median {statistics.median(values) * 1000:4.0f} ms{versus}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
