"""The Save as and PDF dialogs suggest a name Windows accepts, made from the enterprise's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_filenames import windows_accepts
from tests.ui.wizard_helpers import ScriptedDialogs, close, make_window


class _RecordingDialogs(ScriptedDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.suggested: list[Path] = []

    def save_path(self, suggested: Path, file_filter: str = "") -> Path | None:
        self.suggested.append(suggested)
        return None  # the user cancels


@pytest.mark.parametrize(
    ("enterprise", "stem"),
    [
        ("哈尔滨某某装备制造有限公司", "哈尔滨某某装备制造有限公司"),
        ("CON", "CON_"),
        ("  A/B:C 公司. ", "A_B_C 公司"),
        ("", "评估"),
        ("哈" * 200, "哈" * 66),
    ],
)
def test_suggested_names_are_valid_on_windows(qtbot, tmp_path: Path, enterprise: str, stem: str) -> None:
    window = make_window(qtbot, tmp_path)
    dialogs = _RecordingDialogs()
    window.dialogs = dialogs  # type: ignore[assignment]
    try:
        window.new()  # a new assessment, on the profile page, has no file name of its own yet
        window.wizard.currentPage().name.setText(enterprise)
        assert not window.save_as()
        assert not window.export_pdf()
        assert [p.name for p in dialogs.suggested] == [f"{stem}.hrba", f"{stem}-自评估报告.pdf"]
        assert all(windows_accepts(p.name) for p in dialogs.suggested)
    finally:
        close(window)
