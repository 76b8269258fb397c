"""Nothing is imported before the first paint that the allow-list does not name.

A stray top-level import (of the engine, pydantic, reportlab, YAML, the session) makes every
user wait before the window appears; the benchmark (benchmarks/bench_startup.py) would show it,
but CI does not run it. This test does, in effect: it starts the app as a user does (the
installed command, else ``python -m hrb_desktop``), offscreen, on a fresh profile, lets it
write the names in ``sys.modules`` at its first paint, and compares them with
``first_paint_modules.txt`` plus what a bare PySide6 QWizard has loaded at its own first paint.
On failure it runs the app again with ``-X importtime`` and names, for each stray module,
the chain of imports that brought it in.
"""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ALLOW_LIST = Path(__file__).with_name("first_paint_modules.txt")
MODULES_VAR = "HRB_DESKTOP_MODULES_AT_PAINT"


@pytest.fixture(scope="module")
def bench():  # benchmarks/bench_startup.py, for its clean profile, its entry command and its bare QWizard
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_startup

        yield bench_startup
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def allowed_patterns(path: Path = ALLOW_LIST) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def stray_modules(loaded: set[str], baseline: set[str], patterns: list[str]) -> list[str]:
    """Modules loaded beyond the baseline that no pattern allows."""
    return sorted(m for m in loaded - baseline if not any(fnmatch.fnmatchcase(m, p) for p in patterns))


_IMPORTTIME = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|( *)(\S+)$")


def import_chains(importtime_log: str, modules: list[str]) -> dict[str, list[str]]:
    """For each module, who imported it: ``[module, importer, importer's importer, ...]``.

    ``-X importtime`` prints a module after everything it imported, indented two spaces per
    level; the importer of a line is the next line that is indented less.
    """
    entries = [
        (len(m.group(1)) // 2, m.group(2)) for m in map(_IMPORTTIME.match, importtime_log.splitlines()) if m
    ]
    chains: dict[str, list[str]] = {}
    for module in modules:
        index = next((i for i, (_, name) in enumerate(entries) if name == module), None)
        if index is None:
            chains[module] = [
                module,
                "(no line of its own in the -X importtime log: loaded by C code, a .pth file or a lazy attribute)",
            ]
            continue
        depth, chain = entries[index][0], [module]
        for level, name in entries[index + 1 :]:
            if level < depth:
                chain.append(name)
                depth = level
        chains[module] = chain
    return chains


def explain(stray: list[str], chains: dict[str, list[str]]) -> str:
    """The failure message: each stray import an allowed module made, with what it pulled in."""
    causes: dict[str, list[str]] = {}
    for module in stray:
        # The outermost stray module in the chain is the import to move; the rest follow it.
        cause = [name for name in chains[module] if name in stray][-1]
        causes.setdefault(cause, []).append(module)
    lines = [f"{len(stray)} module(s) loaded before the first paint that {ALLOW_LIST.name} does not allow:"]
    for cause, modules in causes.items():
        lines.append("  " + " <- imported by ".join(chains[cause]))
        pulled = [m for m in modules if m != cause]
        if pulled:
            lines.append(
                f"      which brought in {len(pulled)} more: "
                + ", ".join(pulled[:10])
                + (", ..." if len(pulled) > 10 else "")
            )
    lines.append(
        "Import them inside the function that needs them (after the first paint), or add them to the"
        " allow-list on purpose: every user waits for them before the window appears."
    )
    return "\n".join(lines)


def _modules_at_paint(cmd: list[str], env: dict[str, str], out: Path) -> set[str]:
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env={**env, MODULES_VAR: str(out)}, timeout=120
    )
    assert proc.returncode == 0 and out.is_file(), f"{cmd[:3]} did not paint: {proc.stderr[-2000:]}"
    return set(out.read_text(encoding="utf-8").split())


def test_only_allowed_modules_are_loaded_at_the_first_paint(bench, tmp_path: Path) -> None:
    env = bench.clean_env(tmp_path, "offscreen")
    app = bench.installed_command()
    loaded = _modules_at_paint(app, env, tmp_path / "app.txt")
    baseline = _modules_at_paint([sys.executable, "-c", bench.BARE], env, tmp_path / "bare.txt")
    assert {
        "hrb_desktop.ui.app",
        "hrb_desktop.ui.wizard",
        "PySide6.QtWidgets",
    } <= loaded  # our paint, not another
    patterns = allowed_patterns()
    stray = stray_modules(loaded, baseline, patterns)
    if stray:
        log = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "hrb_desktop"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        ).stderr
        pytest.fail(explain(stray, import_chains(log, stray)))
    # The list says what is really loaded: a name no longer needed would let it come back unnoticed.
    unused = [
        p
        for p in patterns
        if p.startswith("hrb_desktop") and not any(fnmatch.fnmatchcase(m, p) for m in loaded)
    ]
    assert not unused, f"no longer loaded at the first paint, remove from {ALLOW_LIST.name}: {unused}"


def test_a_stray_import_is_named_with_its_importers(tmp_path: Path) -> None:
    """What the failure message says, on a real import log: the engine pulls in pydantic."""
    log = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import hrb_desktop.main, hrb_desktop.core.engine"],
        capture_output=True,
        text=True,
        timeout=120,
    ).stderr
    loaded = {
        "hrb_desktop",
        "hrb_desktop.main",
        "hrb_desktop.core",
        "hrb_desktop.core.engine",
        "pydantic",
        "json",
    }
    stray = stray_modules(loaded, {"json"}, ["hrb_desktop", "hrb_desktop.main", "hrb_desktop.core"])
    assert stray == ["hrb_desktop.core.engine", "pydantic"]
    chains = import_chains(log, stray)
    assert chains["hrb_desktop.core.engine"] == ["hrb_desktop.core.engine"]  # imported by the script itself
    message = explain(stray, chains)
    assert "hrb_desktop.core.engine\n" in message  # the import to move, imported by the script itself
    assert "which brought in 1 more: pydantic" in message
    pydantic_chain = chains["pydantic"]
    assert pydantic_chain[0] == "pydantic" and pydantic_chain[-1] == "hrb_desktop.core.engine"
    assert "hrb_desktop.core.policy_model" in pydantic_chain


def test_the_allow_list_reads_names_patterns_and_comments(tmp_path: Path) -> None:
    listed = tmp_path / "list.txt"
    listed.write_text("# comment\ngc   # why\n\nhrb_desktop.ui.pages.*\n", encoding="utf-8")
    patterns = allowed_patterns(listed)
    assert patterns == ["gc", "hrb_desktop.ui.pages.*"]
    assert stray_modules(
        {"gc", "hrb_desktop.ui.pages.start", "yaml", "PySide6.QtCore"}, {"PySide6.QtCore"}, patterns
    ) == ["yaml"]
