"""What the window shows before the policy has loaded (the first paint) must not change
shape a moment later: same menus, same buttons, nothing that claims to be ready."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from tests.ui.wizard_helpers import close, unloaded_window


def test_before_loading_next_is_shown_disabled_and_nothing_claims_to_be_ready(qtbot, tmp_path: Path) -> None:
    window = unloaded_window(qtbot, tmp_path)
    window.show()
    wizard = window.wizard
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    start = wizard.start_page
    try:
        assert next_button.isVisible() and not next_button.isEnabled()
        assert not finish_button.isVisible()
        assert not start.continue_hint.isVisible()
        assert not start.new_button.isEnabled() and not start.open_button.isEnabled()
        assert start.policy_label.text() == "正在载入政策文本……"
        window.load()
        assert next_button.isVisible() and next_button.isEnabled()
        assert not finish_button.isVisible()
        assert start.continue_hint.isVisible()
        assert start.new_button.isEnabled() and start.open_button.isEnabled()
        assert "哈政规〔2021〕10号" in start.policy_label.text()
    finally:
        close(window)
