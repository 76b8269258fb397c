"""Kill the program at random moments and measure what is lost (POSIX: uses SIGKILL).

    python scripts/crash_drill.py autosave --runs 20   # a session edited every 0.3 s, killed
    python scripts/crash_drill.py save --runs 150      # a process saving a large file, killed

``autosave``: a child process runs a ``Session`` and changes an amount every 0.3 s (logging
each edit's time), never pausing; it is killed with SIGKILL 2.5–8 s after it started editing.
A fresh session then recovers the autosave. Per run: *behind* = time of the last edit made
minus time of the last edit the autosave holds; *lost* = kill time minus time of the first edit
the autosave misses (how much work is gone). Both must stay within 2 s.

``save``: a child process saves an 8 MB assessment-sized JSON file again and again through
``atomic_write`` and is killed 0.05–0.6 s in. Per run: whether a temporary file was left beside
the target, whether the next start (``remove_leftover_temps``) removed it, and whether the
target is whole (old or new, never half).

Both print one line per run and a summary; the exit status is 1 if any run broke a guarantee.
``tests/ui/test_session.py`` and ``tests/core/test_safe_write.py`` run a few of each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDIT_EVERY_S = 0.3
LIMIT_S = 2.0

EDITOR = textwrap.dedent(
    """
    import sys, time
    from decimal import Decimal
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    app = QCoreApplication([])
    from hrb_desktop.core.policy_loader import embedded_policy
    from hrb_desktop.ui.session import Session
    from hrb_desktop.ui.settings import AppSettings
    settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    session = Session(embedded_policy(), Path(sys.argv[1]), settings=settings)
    log = open(sys.argv[3], "a", encoding="utf-8")
    count = 0

    def edit():
        global count
        count += 1
        session.set_answer("a1_investment", Decimal(count))
        log.write(f"{count} {time.time():.6f}\\n")
        log.flush()

    timer = QTimer()
    timer.setInterval(int(float(sys.argv[4]) * 1000))
    timer.timeout.connect(edit)
    timer.start()
    print("ready", flush=True)
    app.exec()
    """
)

SAVER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from hrb_desktop.core.assessment import atomic_write
    target = Path(sys.argv[1])
    count = 0
    print("ready", flush=True)
    while True:
        count += 1
        atomic_write(target, json.dumps({"count": count, "pad": "x" * 8_000_000}).encode("utf-8"))
    """
)


def _child_env(appdata: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HRB_DESKTOP_DATA_DIR=str(appdata))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def _start(script: str, args: list[str], appdata: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, env=_child_env(appdata)
    )
    assert child.stdout is not None
    if child.stdout.readline().strip() != b"ready":
        child.kill()
        child.wait()
        child.stdout.close()
        raise RuntimeError("the child process did not start")
    return child


def _kill(child: subprocess.Popen[bytes]) -> float:
    killed_at = time.time()
    child.send_signal(signal.SIGKILL)
    child.wait()
    if child.stdout is not None:
        child.stdout.close()
    return killed_at


@dataclass(frozen=True)
class AutosaveRun:
    edits: int  # edits made before the kill
    saved: int  # the last edit the recovered autosave holds (0: none)
    behind: float  # seconds between the last edit made and the last edit saved
    lost: float  # seconds of work gone: kill time minus the first edit not saved

    @property
    def ok(self) -> bool:
        return self.behind <= LIMIT_S and self.lost <= LIMIT_S


def autosave_run(folder: Path, rng: random.Random) -> AutosaveRun:
    """One child session edited every 0.3 s and killed at a random moment; the recovery."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from hrb_desktop.core.autosave import read_autosave
    from hrb_desktop.core.policy_loader import embedded_policy
    from hrb_desktop.ui.session import Session
    from hrb_desktop.ui.settings import AppSettings

    app = QCoreApplication.instance() or QCoreApplication([])
    assert app is not None
    folder.mkdir(parents=True, exist_ok=True)
    autosave_dir, log = folder / "autosave", folder / "edits.log"
    args = [str(autosave_dir), str(folder / "child.ini"), str(log), str(EDIT_EVERY_S)]
    child = _start(EDITOR, args, folder / "appdata")
    time.sleep(rng.uniform(2.5, 8.0))
    killed_at = _kill(child)
    times = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        number, stamp = line.split()
        times[int(number)] = float(stamp)
    settings = AppSettings(QSettings(str(folder / "parent.ini"), QSettings.Format.IniFormat))
    policy = embedded_policy()
    fresh = Session(policy, autosave_dir, settings=settings)
    try:
        info = fresh.recovery_info()
        saved = 0
        if info is not None:
            answers = read_autosave(info.path, policy, "zh").answers
            saved = int(answers["a1_investment"])  # type: ignore[arg-type]
    finally:
        fresh.close_cleanly()
    last = max(times)
    behind = times[last] - times.get(saved, times[1] if saved == 0 else times[saved])
    lost = killed_at - times[saved + 1] if saved < last else 0.0
    return AutosaveRun(last, saved, behind, lost)


@dataclass(frozen=True)
class SaveRun:
    temps_after_kill: int  # temporary files beside the target right after the kill
    temps_after_start: int  # ... after the next start cleaned up
    whole: bool  # the target parses: the old file or the new one, never half

    @property
    def ok(self) -> bool:
        return self.temps_after_start == 0 and self.whole


def _temps(folder: Path) -> int:
    return sum(1 for p in folder.iterdir() if p.name.endswith(".tmp"))


def save_run(folder: Path, rng: random.Random) -> SaveRun:
    """One child saving a large file in a loop, killed at a random moment; the next start."""
    from hrb_desktop.core.safe_write import remove_leftover_temps

    work, appdata = folder / "work", folder / "appdata"
    work.mkdir(parents=True, exist_ok=True)
    target = work / "target.hrba"
    if not target.exists():
        target.write_text(json.dumps({"count": 0}), encoding="utf-8")
    child = _start(SAVER, [str(target)], appdata)
    time.sleep(rng.uniform(0.05, 0.6))
    _kill(child)
    after_kill = _temps(work)
    remove_leftover_temps(appdata / "pending-writes")  # what the next start does
    try:
        whole = isinstance(json.loads(target.read_bytes()).get("count"), int)
    except ValueError:
        whole = False
    return SaveRun(after_kill, _temps(work), whole)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("drill", choices=["autosave", "save"])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rng = random.Random(args.seed)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="hrb-crash-drill-") as tmp:
        if args.drill == "autosave":
            runs = []
            for i in range(args.runs):
                run = autosave_run(Path(tmp) / f"run{i}", rng)
                runs.append(run)
                failures += not run.ok
                print(f"run {i + 1:3}: {run.edits:3} edits, autosave holds {run.saved:3}, "
                      f"behind {run.behind:.2f} s, lost {run.lost:.2f} s{'' if run.ok else '  FAIL'}")
            print(f"{len(runs)} runs: max behind {max(r.behind for r in runs):.2f} s, "
                  f"max lost {max(r.lost for r in runs):.2f} s (limit {LIMIT_S} s); failures: {failures}")
        else:
            runs_s = [save_run(Path(tmp), rng) for _ in range(args.runs)]
            failures = sum(not r.ok for r in runs_s)
            print(
                f"{args.runs} kills during save: {sum(r.temps_after_kill > 0 for r in runs_s)} left a "
                f"temporary file beside the target; after the next start "
                f"{sum(r.temps_after_start > 0 for r in runs_s)} still had one; "
                f"corrupt targets: {sum(not r.whole for r in runs_s)}"
            )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
