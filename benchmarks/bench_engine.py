"""Benchmark: evaluating the whole policy for one enterprise (target: median ≤ 1 ms).

Machines here are noisy, so a baseline runs interleaved with the engine in the
same process: parsing and validating the same assessment file with pydantic,
a fixed amount of pure-Python work of similar size. The script prints both
medians and the ratio; compare ratios across machines, absolute times only
on a quiet one.

    python benchmarks/bench_engine.py [--rounds 30] [--number 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from decimal import Decimal

from hrb_desktop.core.assessment import Assessment, evaluate_assessment, load_assessment
from hrb_desktop.core.engine import Engine
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.resources import examples_dir

TARGET_MS = 1.0


def _per_call_ms(fn: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--number", type=int, default=200)
    args = parser.parse_args()

    policy = embedded_policy()
    engine = Engine(policy)
    print(f"{'example':42} {'engine ms':>10} {'baseline ms':>12} {'ratio':>7}")
    worst = 0.0
    for path in sorted(examples_dir().glob("*.json")):
        assessment, answers = load_assessment(path, policy)
        text = path.read_text(encoding="utf-8")

        def evaluate(assessment: Assessment = assessment, answers: dict = answers) -> object:  # type: ignore[type-arg]
            return evaluate_assessment(engine, assessment, answers)

        def baseline(text: str = text) -> object:
            return Assessment.model_validate(json.loads(text, parse_float=Decimal))

        evaluate(), baseline()  # warm caches, as in a running app
        engine_times, base_times = [], []
        for _ in range(args.rounds):  # interleaved so noise hits both alike
            engine_times.append(_per_call_ms(evaluate, args.number))
            base_times.append(_per_call_ms(baseline, args.number))
        e, b = statistics.median(engine_times), statistics.median(base_times)
        worst = max(worst, e)
        print(f"{path.name:42} {e:10.3f} {b:12.3f} {e / b:7.2f}")
    verdict = "OK" if worst <= TARGET_MS else "OVER TARGET"
    print(f"worst engine median {worst:.3f} ms (target ≤ {TARGET_MS} ms): {verdict}")


if __name__ == "__main__":
    main()
