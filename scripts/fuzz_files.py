"""Fuzz ``hrb-desktop assess`` with hostile assessment files and report what happened.

    python scripts/fuzz_files.py [--cases 10000] [--seed 1] [--process-sample 200]
                                 [--baseline-src DIR] [--baseline-timeout 60]

1. ``--cases`` files made by the seeded mutator of ``tests/core/hostile_files.py`` (byte flips,
   truncations, duplicate keys, deep nesting, huge numbers, long strings, wrong types, BOMs,
   invalid UTF-8 ...) run in-process through ``hrb_desktop.cli.main``, alternately in Chinese
   and English;
2. ``--process-sample`` of them again through a real ``hrb-desktop`` process (the installed
   script beside this Python, else ``python -m hrb_desktop``);
3. the crafted cases of issue 12 (and a FIFO), timed; with ``--baseline-src`` (a checkout of
   an older version, e.g. made by ``git archive``) also timed there, side by side.

Each run is checked as the suite's fuzz test checks it: exit code 0 or 3 only, no traceback,
at most 1 s per file (in-process; a process gets its start-up time on top), the input file
unchanged, and a message in the user's language. Exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.core.hostile_files import (  # noqa: E402 - after the path is set
    CRAFTED,
    Mutator,
    Outcome,
    digest,
    findings,
    run_in_process,
    run_process,
)

LANGS = ("zh", "en")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--process-sample", type=int, default=200, help="cases also run as a real process")
    parser.add_argument("--max-seconds", type=float, default=1.0, help="per file, in-process")
    parser.add_argument("--baseline-src", type=Path, default=None, help="an older source tree to time the crafted cases on")
    parser.add_argument("--baseline-timeout", type=float, default=60.0)
    parser.add_argument("--skip-crafted", action="store_true")
    args = parser.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory(prefix="hrb-fuzz-") as tmp:
        folder = Path(tmp)
        failed |= fuzz(folder, args)
        if not args.skip_crafted:
            failed |= crafted(folder, args)
    return 1 if failed else 0


def fuzz(folder: Path, args: argparse.Namespace) -> bool:
    mutator = Mutator(args.seed)
    path = folder / "case.json"
    codes: collections.Counter[int] = collections.Counter()
    problems: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    slowest: list[tuple[float, str, int]] = []
    sample_every = max(1, args.cases // args.process_sample) if args.process_sample else 0
    process_times: list[float] = []
    process_codes: collections.Counter[int] = collections.Counter()
    started = time.perf_counter()
    for number, (name, data) in enumerate(mutator.cases(args.cases)):
        path.write_bytes(data)
        before = digest(path)
        lang = LANGS[number % 2]
        outcome = run_in_process(path, lang)
        found = findings(outcome, lang, args.max_seconds)
        if digest(path) != before:
            found.append("input modified")
        codes[outcome.code] += 1
        slowest.append((outcome.seconds, name, len(data)))
        for problem in found:
            kind = problem.split(":")[0]
            problems[kind] += 1
            examples.setdefault(kind, f"{name} ({len(data):,} bytes): {outcome.err[:300]!r}")
        if sample_every and number % sample_every == 0:
            proc = run_process(path, lang)
            process_times.append(proc.seconds)
            process_codes[proc.code] += 1
            for problem in findings(proc, lang, max_seconds=float("inf")):
                kind = "process: " + problem.split(":")[0]
                problems[kind] += 1
                examples.setdefault(kind, f"{name}: {proc.err[:300]!r}")
            if digest(path) != before:
                problems["process: input modified"] += 1
    elapsed = time.perf_counter() - started
    slowest.sort(reverse=True)
    print(f"== {args.cases:,} mutated files (seed {args.seed}), in-process, zh/en alternately: {elapsed:.1f} s")
    print("exit codes:", dict(sorted(codes.items())))
    print(f"exit 70: {codes[70]}, tracebacks: {problems['traceback']}, over {args.max_seconds} s: {problems['took']}")
    print(f"max time per file: {slowest[0][0] * 1000:.0f} ms ({slowest[0][1]}, {slowest[0][2]:,} bytes)")
    for seconds, name, size in slowest[1:5]:
        print(f"    next: {seconds * 1000:.0f} ms ({name}, {size:,} bytes)")
    if process_times:
        process_times.sort()
        print(
            f"== {len(process_times)} of them as a real process: exit codes {dict(sorted(process_codes.items()))},"
            f" median {process_times[len(process_times) // 2]:.2f} s, max {process_times[-1]:.2f} s (start-up included)"
        )
    if problems:
        print("PROBLEMS:", dict(problems))
        for kind, example in examples.items():
            print(f"  {kind}: {example}")
    else:
        print("no problem found")
    return bool(problems)


def crafted(folder: Path, args: argparse.Namespace) -> bool:
    print("\n== crafted cases (after = this tree, in-process and as a process)")
    header = f"{'case':34} {'bytes':>11}  {'after':>8} {'process':>8}  {'exit':>4}"
    if args.baseline_src:
        header += f"  {'before (process)':>18}  before exit"
    print(header)
    failed = False
    cases: list[tuple[str, Path]] = []
    for name, build in CRAFTED.items():
        path = folder / f"{name}.json"
        path.write_bytes(build())
        cases.append((name, path))
    fifo = folder / "fifo.hrba"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        cases.append(("fifo", fifo))
    for name, path in cases:
        size = path.stat().st_size if path.is_file() else 0
        before_hash = digest(path) if path.is_file() else ""
        zh = run_in_process(path, "zh")
        proc = run_process(path, "zh", timeout=30)
        found = findings(zh, "zh") + findings(proc, "zh", max_seconds=float("inf"))
        if path.is_file() and digest(path) != before_hash:
            found.append("input modified")
        failed |= bool(found)
        line = f"{name:34} {size:>11,}  {zh.seconds * 1000:>6.0f}ms {proc.seconds:>7.2f}s  {zh.code:>4}"
        if args.baseline_src:
            line += "  " + _baseline(path, args.baseline_src, args.baseline_timeout)
        print(line + (f"  PROBLEMS: {found}" if found else ""))
        message = (zh.err or zh.out).strip().splitlines()
        print(f"{'':34}   {' / '.join(message[:2])[:160]}")
    return failed


def _baseline(path: Path, source: Path, timeout: float) -> str:
    """The crafted case on an older tree, as a process (it may hang: killed after ``timeout``)."""
    env = {**os.environ, "PYTHONPATH": str(source), "PYTHONIOENCODING": "utf-8"}
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "hrb_desktop", "assess", str(path), "--lang", "zh"],
            capture_output=True,
            timeout=timeout,
            env=env,
            cwd=source,
        )
    except subprocess.TimeoutExpired:
        return f"{'>' + format(timeout, '.0f') + ' s (killed)':>18}  -"
    outcome = Outcome(proc.returncode, "", proc.stderr.decode("utf-8", "replace"), time.perf_counter() - started)
    traceback = " traceback" if "Traceback" in outcome.err else ""
    return f"{outcome.seconds:>17.2f}s  {outcome.code}{traceback}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
