"""The core never imports Qt, and nothing executes what a user or a file supplies."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import hrb_desktop

PACKAGE = Path(hrb_desktop.__file__).parent
CORE_FILES = [*sorted((PACKAGE / "core").rglob("*.py")), PACKAGE / "cli.py", PACKAGE / "resources.py"]
FORBIDDEN_IMPORTS = ("PySide6", "shiboken6", "hrb_desktop.ui")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_modules_never_import_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): name
        for path in CORE_FILES
        for name in _imports(path)
        if name.startswith(FORBIDDEN_IMPORTS)
    }
    assert offenders == {}


def test_core_runs_with_qt_unimportable(tmp_path: Path) -> None:
    """Block PySide6 at import time, then load the policy and evaluate an example."""
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class _Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, _Block())\n",
        encoding="utf-8",
    )
    example = PACKAGE.parent / "examples" / "equipment-manufacturer-2023.json"
    code = (
        "from hrb_desktop import cli; import sys; rc = cli.main(['assess', sys.argv[1], '--format', 'json']);"
        "assert 'PySide6' not in sys.modules; sys.exit(rc)"
    )
    env = {"PYTHONPATH": str(tmp_path), "PATH": "", "HRB_LANG": "zh"}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(example)], capture_output=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert b'"total"' in proc.stdout


def test_no_eval_exec_or_pickle_in_the_package() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in {"eval", "exec", "compile"}, f"{path}: {node.func.id}"
            if isinstance(node, ast.Attribute) and node.attr in {"load", "unsafe_load"}:
                value = node.value
                if isinstance(value, ast.Name):
                    assert value.id not in {"pickle", "yaml", "marshal"}, f"{path}: {value.id}.{node.attr}"
        assert "import pickle" not in path.read_text(encoding="utf-8"), path


def test_the_batch_sits_above_assessment_and_report_and_below_cli_and_ui() -> None:
    """core.batch uses the assessment, engine and report; only cli and ui use core.batch."""
    batch = PACKAGE / "core" / "batch"
    below = [p for p in CORE_FILES if batch not in p.parents and p.name != "cli.py"]
    users = {str(p.relative_to(PACKAGE)) for p in below if any(n.startswith("hrb_desktop.core.batch") for n in _imports(p))}
    assert users == set()
    upward = {
        str(p.relative_to(PACKAGE)): n
        for p in sorted(batch.rglob("*.py"))
        for n in _imports(p)
        if n.startswith(("hrb_desktop.cli", "hrb_desktop.ui", "hrb_desktop.main"))
    }
    assert upward == {}
    # The engine is called from one place only (its entry point is about to move).
    callers = [p.name for p in sorted(batch.rglob("*.py")) if "evaluate_assessment" in p.read_text(encoding="utf-8")]
    assert callers == ["evaluate.py"]
    # The policy is a parameter: the embedded one is never fetched inside the batch.
    assert not [p.name for p in sorted(batch.rglob("*.py")) if "embedded_policy" in p.read_text(encoding="utf-8")]

def test_import_contracts_hold() -> None:
    """The no-Qt and the layers contracts in pyproject.toml (the engine never imports the file format)."""
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run(
        [str(lint) if lint.exists() else "lint-imports", "--no-cache"],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Layers: model, engine, files and report" in proc.stdout
