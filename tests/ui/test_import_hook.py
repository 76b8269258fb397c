"""PySide's per-import check, made cheap by hrb_desktop.ui.import_hook, still gives PySide's answers."""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import hrb_desktop.ui  # noqa: F401 - installs the cheap check
from hrb_desktop.ui import import_hook

feature: Any = sys.modules["shibokensupport.feature"]


def _original() -> Any:
    return getattr(feature._mod_uses_pyside, import_hook.ORIGINAL)


def test_the_cheap_check_is_installed_once() -> None:
    installed = feature._mod_uses_pyside
    assert hasattr(installed, import_hook.ORIGINAL)
    assert import_hook.speed_up_pyside_import_hook() is True
    assert feature._mod_uses_pyside is installed  # not wrapped twice


@pytest.mark.parametrize(
    "name",
    ["typing", "os", "json", "math", "sys", "hrb_desktop.ui.app", "hrb_desktop.core.lang", "PySide6.QtCore"],
)
def test_answers_like_pyside_for_real_modules(name: str) -> None:
    module = importlib.import_module(name)
    assert feature._mod_uses_pyside(module) == _original()(module)


def test_answers_like_pyside_for_files_with_and_without_pyside(tmp_path: Path) -> None:
    cases = {
        "uses.py": "from PySide6.QtWidgets import QLabel\n",
        "plain.py": "x = 1  # mentions pyside6 in lower case only\n",
        "chinese.py": "# -*- coding: utf-8 -*-\nNAME = '哈尔滨'  # PySide6\n",
    }
    expected = {"uses.py": True, "plain.py": False, "chinese.py": True}
    for filename, text in cases.items():
        path = tmp_path / filename
        path.write_text(text, encoding="utf-8")
        module = types.ModuleType(filename[:-3])
        module.__file__ = str(path)
        assert feature._mod_uses_pyside(module) is expected[filename]
        assert _original()(module) is expected[filename]


def test_modules_without_a_readable_source_go_to_pysides_check(tmp_path: Path) -> None:
    no_file = types.ModuleType("no_file")
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # never written
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311.pyc")
    for module in (no_file, gone, compiled):
        assert feature._mod_uses_pyside(module) is False
        assert _original()(module) is False


def test_new_imports_are_still_classified(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "hrb_probe_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "hrb_probe_plain.py").write_text("VALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("hrb_probe_qt", "hrb_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        monkeypatch.delitem(feature.pyside_feature_dict, name, raising=False)
    import hrb_probe_plain  # noqa: F401
    import hrb_probe_qt  # noqa: F401

    assert feature.pyside_feature_dict["hrb_probe_qt"] == 0  # uses PySide: default, no feature
    assert feature.pyside_feature_dict["hrb_probe_plain"] == -1  # ignored by PySide's switching
    for name in ("hrb_probe_qt", "hrb_probe_plain"):
        del sys.modules[name]
        del feature.pyside_feature_dict[name]


def test_a_pyside_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("shibokensupport.feature"))
    assert import_hook.speed_up_pyside_import_hook() is False
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert import_hook.speed_up_pyside_import_hook() is False
