"""2,000 mutated assessment files through ``hrb-desktop assess``: documented exit codes only,
no traceback, at most a second each, the file untouched, a message in the user's language.

The mutator (``tests/core/hostile_files.py``) is seeded, so a failure names the case number
that replays it; ``scripts/fuzz_files.py`` runs ten thousand and a sample as real processes.
The one-second bound is the brief's: a regression to catastrophic backtracking or unbounded
input takes tens of seconds, while a file here takes a few milliseconds.
"""

from __future__ import annotations

from pathlib import Path

from tests.core.hostile_files import CRAFTED, Mutator, digest, findings, run_in_process

CASES = 2_000
SEED = 20_240_824


def test_mutated_files_never_crash_hang_or_change(tmp_path: Path) -> None:
    path = tmp_path / "case.hrba"
    failures: list[str] = []
    codes = {0: 0, 3: 0}
    for number, (name, data) in enumerate(Mutator(SEED).cases(CASES)):
        path.write_bytes(data)
        before = digest(path)
        lang = "zh" if number % 2 == 0 else "en"
        outcome = run_in_process(path, lang)
        found = findings(outcome, lang)
        if digest(path) != before:
            found.append("input modified")
        if found:
            failures.append(f"{name} [{lang}, {len(data):,} bytes]: {found}: {outcome.err[:200]!r}")
        codes[outcome.code] = codes.get(outcome.code, 0) + 1
    assert failures == [], "\n".join(failures[:20])
    # the mutator reaches both outcomes: files that still load, and many kinds of refusal
    assert codes[0] > 50 and codes[3] > 1_500, codes


def test_crafted_files_in_both_languages(tmp_path: Path) -> None:
    for name, build in CRAFTED.items():
        path = tmp_path / f"{name}.hrba"
        path.write_bytes(build())
        before = digest(path)
        for lang in ("zh", "en"):
            outcome = run_in_process(path, lang)
            assert findings(outcome, lang) == [], (name, lang, outcome.err[:300])
        assert digest(path) == before, name
