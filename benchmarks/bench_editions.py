"""Benchmark: what the edition registry costs at start-up, as ratios against a baseline run beside it.

1. Listing the installed editions and loading the one a new assessment starts with (a fresh
   ``Registry`` each round: every file read, fingerprinted and parsed, one validated) against
   what start-up did before editions existed: ``load_policy_file`` of the one embedded file.
   Target: ratio ≤ 1.05.
2. Listing an imported YAML edition without a C YAML parser (as in the frozen app, which
   ships none) from its parsed copy, against reading the YAML itself.

Rounds are interleaved so that the machine's drifting speed hits both sides alike. The garbage
collector is off, as in the wizard until its policy has loaded (hrb_desktop.main); with it on,
the registry's kept parse (for comparing files) makes collections during the load ~10% dearer.

    python benchmarks/bench_editions.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

from hrb_desktop.core.edition_import import import_policy
from hrb_desktop.core.editions import Registry, parsed_copy_path
from hrb_desktop.core.policy_loader import load_policy_file
from hrb_desktop.resources import policy_dir

TARGET = 1.05
TEST_EDITION = Path(__file__).resolve().parents[1] / "tests" / "data" / "editions" / "hrb-test-2025.yaml"


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _pairs(ours: Callable[[], object], base: Callable[[], object], rounds: int) -> tuple[float, float, float]:
    ours(), base()  # warm the file cache
    a, b = [], []
    for _ in range(rounds):
        a.append(_seconds(ours))
        b.append(_seconds(base))
    return statistics.median(a), statistics.median(b), statistics.median(x / y for x, y in zip(a, b, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    gc.disable()
    with tempfile.TemporaryDirectory(prefix="hrb-bench-editions-") as tmp:
        empty = Path(tmp) / "none"
        real = policy_dir() / "hrb-2021-10.yaml"  # the one edition embedded before the registry

        def start_up() -> object:
            registry = Registry(policy_dir(), empty)
            return registry.load(registry.proposed(date.today()).id)

        ours, base, ratio = _pairs(start_up, lambda: load_policy_file(real), args.rounds)
        verdict = "OK" if ratio <= TARGET else f"above {TARGET}"
        print(f"registry list + load  : {ours * 1000:6.1f} ms   load_policy_file: {base * 1000:6.1f} ms"
              f"   ratio {ratio:.3f} ({verdict})")

        imported = Path(tmp) / "policies"
        import_policy(TEST_EDITION, Registry(policy_dir(), imported))
        copy = parsed_copy_path(imported / "edition-hrb-test-2025.yaml")
        kept = copy.read_bytes()
        pure = getattr(yaml, "CSafeLoader", None)
        if pure is not None:
            del yaml.CSafeLoader  # as in the frozen app: policy_loader falls back to the pure-Python parser
        try:
            def with_copy() -> object:
                copy.write_bytes(kept)
                return Registry(empty, imported).editions()

            def without_copy() -> object:
                copy.unlink(missing_ok=True)
                return Registry(empty, imported).editions()

            ours, base, ratio = _pairs(with_copy, without_copy, max(3, args.rounds // 3))
        finally:
            if pure is not None:
                yaml.CSafeLoader = pure
        print(f"imported YAML, parsed copy: {ours * 1000:6.1f} ms   YAML read (pure Python): {base * 1000:6.1f} ms"
              f"   ratio {ratio:.3f}")


if __name__ == "__main__":
    main()
