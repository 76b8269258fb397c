"""帮助 → 使用指南 (F1): offline, in both languages, the README's keys, the real folders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hrb_desktop.core.appdata import ENV_VAR, autosave_dir, data_dir
from hrb_desktop.ui.help_guide import GuideDialog
from tests.ui.wizard_helpers import close

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_keys() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Using the wizard") :]
    section = section[: section.index("\n## ", 3)]
    keys = set(re.findall(r"\b(?:Alt|Ctrl|Shift)\+[A-Z↓↑]\b|\b(?:Alt|Ctrl|Shift)\+↓|\bF\d{1,2}\b", section))
    assert {"Alt+N", "Alt+B", "Alt+G", "Alt+K", "Alt+V", "Ctrl+S", "Ctrl+P", "F1"} <= keys  # the parse works
    return keys


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_guide_names_every_key_of_the_readme_and_the_real_folders(
    qtbot, tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_i18n_ui import make_window as make_window_in

    monkeypatch.setenv(ENV_VAR, str(tmp_path / "data <b>&"))  # a folder name is text, never markup
    window = make_window_in(qtbot, tmp_path, lang)
    try:
        dialog = GuideDialog(window)
        qtbot.addWidget(dialog)
        assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()
        html = dialog.browser.toHtml()
        assert "<a " not in html and "href" not in html  # nothing to follow: no link at all
        text = dialog.browser.toPlainText()
        missing = sorted(key for key in _readme_keys() if key not in text)
        assert missing == [], f"README keys not in the {lang} guide"
        assert str(data_dir()) in text and str(autosave_dir()) in text
        assert str(tmp_path / "data <b>&") in text  # shown as typed, not as bold markup
        assert window.settings.qsettings.fileName() in text
        if lang == "zh":
            assert dialog.windowTitle() == "使用指南"
            for words in ("左侧的步骤列表", "未筛选，未评估", "清除本机数据", "0.00–500.00"):
                assert words in text, words
        else:
            from tests.ui.cjk import CJK_RE

            assert dialog.windowTitle() == "User guide"
            assert not CJK_RE.search(text.replace(str(tmp_path), "")), "Chinese left in the English guide"
            assert "Not screened, not assessed" in text and "Clear local data" in text
    finally:
        close(window)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_f1_opens_the_guide(qtbot, tmp_path: Path) -> None:
    from tests.ui.wizard_helpers import make_window

    window = make_window(qtbot, tmp_path)
    try:
        assert window.menus.guide_action.shortcut().toString() == "F1"
        seen: list[str] = []

        def close_it() -> None:
            dialog = QApplication.activeModalWidget()
            seen.append(type(dialog).__name__)
            dialog.reject()

        QTimer.singleShot(50, close_it)
        window.menus.guide_action.trigger()
        assert seen == ["GuideDialog"]
    finally:
        close(window)
