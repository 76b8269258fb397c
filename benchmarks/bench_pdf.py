"""How long a PDF export takes, each figure beside a baseline measured in the same run.

    python benchmarks/bench_pdf.py [--runs N] [--file ASSESSMENT]

Warm: median time of ``render_pdf`` + ``atomic_write`` for a full assessment in a
process that has exported once already (target ≤ 0.5 s), against a minimal
one-page reportlab PDF. Cold: median wall time of a fresh
``hrb-desktop assess FILE --pdf OUT`` process (target ≤ 1.5 s), against a
fresh ``python -c "import reportlab"``. Ratios make the numbers comparable
across machines; the absolute times are what a user waits.
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hrb_desktop.core.assessment import atomic_write, evaluate_assessment, load_assessment
from hrb_desktop.core.engine import Engine
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.core.report import render_pdf
from hrb_desktop.resources import examples_dir

WARM_TARGET = 0.5
COLD_TARGET = 1.5


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def minimal_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "baseline")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--file", type=Path, default=examples_dir() / "equipment-manufacturer-2023.json")
    args = parser.parse_args()

    policy = embedded_policy()
    assessment, answers = load_assessment(args.file, policy, "zh")
    result = evaluate_assessment(Engine(policy), assessment, answers, "zh")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.pdf"

        def export() -> None:
            atomic_write(out, render_pdf(policy, assessment, result, "zh"), "zh")

        export()  # warm up: font registration, imports
        minimal_pdf()
        warm = median_time(export, args.runs)
        warm_base = median_time(minimal_pdf, args.runs)
        pages = len(re.findall(rb"/Type /Page\b(?!s)", out.read_bytes()))
        size = out.stat().st_size

        exe = Path(sys.executable).with_name("hrb-desktop")
        cli = [str(exe)] if exe.exists() else [sys.executable, "-m", "hrb_desktop"]
        cold_cmd = [*cli, "assess", str(args.file), "--pdf", str(out)]
        text_cmd = cold_cmd[:-2]  # the same command without --pdf: the PDF's own share
        base_cmd = [sys.executable, "-c", "import reportlab"]
        run(cold_cmd)  # page cache
        run(base_cmd)
        cold = median_time(lambda: run(cold_cmd), args.cold_runs)
        cold_text = median_time(lambda: run(text_cmd), args.cold_runs)
        cold_base = median_time(lambda: run(base_cmd), args.cold_runs)

    print(f"assessment: {args.file.name} ({size:,} bytes, {pages} pages)")
    print(
        f"warm export   median {warm * 1000:7.1f} ms   target {WARM_TARGET * 1000:.0f} ms   "
        f"baseline one-page reportlab PDF {warm_base * 1000:6.2f} ms   ratio {warm / warm_base:6.1f}x   "
        + ("OK" if warm <= WARM_TARGET else "SLOW")
    )
    print(
        f"cold process  median {cold * 1000:7.1f} ms   target {COLD_TARGET * 1000:.0f} ms   "
        f"baseline python -c 'import reportlab' {cold_base * 1000:6.1f} ms   ratio {cold / cold_base:6.1f}x   "
        + ("OK" if cold <= COLD_TARGET else "SLOW")
    )
    print(
        f"  (the same process without --pdf: {cold_text * 1000:.1f} ms, so the PDF adds {(cold - cold_text) * 1000:.1f} ms)"
    )
    return 0 if warm <= WARM_TARGET and cold <= COLD_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
