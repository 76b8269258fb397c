"""The wizard's own command line: FILE, --lang and --screenshot, with clear usage errors."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from hrb_desktop.ui.app import UsageError, _parse, main


def test_options_in_any_order_and_inline_values() -> None:
    options = _parse(["a.hrba", "--lang", "en", "--screenshot=out.png"])
    assert options.file == Path("a.hrba") and options.lang == "en" and options.screenshot == Path("out.png")
    assert _parse([]).file is None and _parse([]).lang is None


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--lang"], "needs a value"),
        (["--lang", "fr"], "zh or en"),
        (["--bogus"], "unknown option"),
        (["a.hrba", "b.hrba"], "only one FILE"),
    ],
)
def test_usage_errors(argv: list[str], needle: str) -> None:
    with pytest.raises(UsageError, match=needle):
        _parse(argv)


def test_main_reports_usage_errors_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr"]) == 2
    assert gc.isenabled()  # main turns the collector off while starting; never leaves it off
    err = capsys.readouterr().err
    assert "zh or en" in err and "usage: hrb-desktop" in err and "Traceback" not in err
