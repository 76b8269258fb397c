"""Shared pieces for the wizard tests: a window on throw-away folders and scripted dialogs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from hrb_desktop.core.assessment import load_assessment
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.resources import examples_dir
from hrb_desktop.ui.main_window import MainWindow
from hrb_desktop.ui.pages.questions import QuestionBlock
from hrb_desktop.ui.settings import AppSettings
from hrb_desktop.ui.widgets.fields import TextField, YesNoField

POLICY = embedded_policy()
EQUIPMENT = examples_dir() / "equipment-manufacturer-2023.json"


class ScriptedDialogs:
    """Stands in for every modal dialog; records what the user would have seen."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str, list[str]]] = []
        self.infos: list[str] = []
        self.save_changes = "discard"
        self.file_changed = "cancel"  # overwrite, reload, save_as or cancel
        self.yes_no = True
        self.questions: list[str] = []
        self.next_open: Path | None = None
        self.next_save: Path | None = None

    def error(self, title: str, summary: str, problems: list[str] | None = None) -> None:
        self.errors.append((title, summary, list(problems or [])))

    def info(self, title: str, text: str) -> None:
        self.infos.append(text)

    def ask_yes_no(self, title: str, text: str, yes: str, no: str) -> bool:
        self.questions.append(text)
        return self.yes_no

    def ask_save_changes(self, name: str) -> str:
        self.questions.append(name)
        return self.save_changes

    def ask_file_changed(self, name: str) -> str:
        self.questions.append(name)
        return self.file_changed

    def open_path(self, folder: Path | None) -> Path | None:
        return self.next_open

    def save_path(self, suggested: Path, file_filter: str = "") -> Path | None:
        return self.next_save


def unloaded_window(qtbot, tmp_path: Path, name: str = "w") -> MainWindow:
    """A window as it is before its first paint: throw-away settings, scripted dialogs, no policy yet."""
    settings = AppSettings(QSettings(str(tmp_path / f"{name}-settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, autosave_dir=tmp_path / "autosave")
    qtbot.addWidget(window)
    window.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    return window


def make_window(qtbot, tmp_path: Path, name: str = "w") -> MainWindow:
    window = unloaded_window(qtbot, tmp_path, name)
    window.resize(1366, 768)
    window.show()
    window.load()
    return window


def close(window: MainWindow) -> None:
    if window.ctx is not None:
        window.session.close_cleanly()
        window.ctx = None


def next_button(window: MainWindow):
    return window.wizard.button(QWizard.WizardButton.NextButton)


def click_next(window: MainWindow) -> int:
    button = next_button(window)
    assert button.isEnabled(), f"Next disabled on page {window.wizard.currentId()}"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    return window.wizard.currentId()


def block_of(window: MainWindow) -> QuestionBlock:
    return window.wizard.currentPage().block  # type: ignore[attr-defined,no-any-return]


def answer(block: QuestionBlock, qid: str, raw: object) -> None:
    """Answer like a user: click a radio button or type into the field."""
    field = block.rows[qid].field
    assert field.isVisibleTo(block.parent()), f"{qid} is hidden"
    if isinstance(field, YesNoField):
        button = field.yes if raw is True else field.no
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    elif isinstance(field, TextField):
        field.edit.clear()
        text = str(raw)
        if text.isascii():
            QTest.keyClicks(field.edit, text)
        else:
            field.edit.setText(text)
    else:  # pragma: no cover - the policy has no choice questions yet
        raise AssertionError(type(field))


def window_at_article1(qtbot, tmp_path: Path) -> MainWindow:
    """A new window walked through the profile to Art. 1, with the project in the statistics."""
    from hrb_desktop.ui.pages.base import article_page_id

    window = make_window(qtbot, tmp_path)
    click_next(window)
    window.wizard.currentPage().name.setText("测试企业")
    click_next(window)
    assert click_next(window) == article_page_id(1)
    answer(block_of(window), "a1_in_stats", True)
    return window


def example_answers(path: Path = EQUIPMENT):
    assessment, typed = load_assessment(path, POLICY)
    return assessment, typed


def as_date(value: object) -> date:
    assert isinstance(value, date)
    return value


def as_decimal(value: object) -> Decimal:
    assert isinstance(value, Decimal)
    return value
