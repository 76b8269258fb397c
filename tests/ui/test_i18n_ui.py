"""The interface in each language, switching at run time, Qt's own strings, the PDF and the remembered choice.

"What the user sees" is collected from every visible widget: labels, buttons,
group boxes, check and radio boxes, combo boxes, date edits, placeholders, list,
tree and header texts, text browsers, the menus and the window title. Allowed
to stay Chinese in English: widgets marked ``verbatim`` (the article as
published), the policy's verbatim clauses and article texts, its document
number, the Chinese terms its English texts gloss in brackets, and what the
user typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTextBrowser,
    QTreeWidget,
    QWidget,
    QWizard,
)

from hrb_desktop.core.messages import fmt_date
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.resources import examples_dir
from hrb_desktop.ui import i18n
from hrb_desktop.ui.app import choose_language
from hrb_desktop.ui.main_window import MainWindow
from hrb_desktop.ui.pages.base import EXPORT, PROFILE, RESULTS, article_page_id
from hrb_desktop.ui.settings import AppSettings
from hrb_desktop.ui.widgets.fields import TextField
from tests.ui.wizard_helpers import ScriptedDialogs, close

from .cjk import CJK_RE

pytestmark = pytest.mark.gui

POLICY = embedded_policy()
EXAMPLES = sorted(examples_dir().glob("*.json"))
EQUIPMENT = examples_dir() / "equipment-manufacturer-2023.json"


# ---------------------------------------------------------------- helpers
def _policy_terms() -> tuple[set[str], set[str]]:
    """Chinese terms the policy's English texts gloss, e.g. "above-size (规上)", and Latin
    terms its Chinese texts use, e.g. "LPR"."""
    found: set[str] = set()
    latin: set[str] = set()

    def walk(value: object) -> None:
        if hasattr(value, "zh") and hasattr(value, "en") and isinstance(value.en, str):
            found.update(re.findall(r"[^\s()'\"]*[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef][^\s()'\"]*", value.en))
            latin.update(re.findall(r"[A-Za-z]{2,}", value.zh))
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif hasattr(type(value), "model_fields"):
            for name in type(value).model_fields:
                walk(getattr(value, name))

    walk(POLICY)
    return found, latin


POLICY_GLOSSES, POLICY_LATIN = _policy_terms()


def _verbatim() -> list[str]:
    texts = {POLICY.doc_number}
    for article in POLICY.articles:
        texts.add(article.text)
        texts.update(item.clause for item in article.items)
    texts |= POLICY_GLOSSES
    return sorted(texts, key=len, reverse=True)  # longest first: a clause may contain a shorter one


VERBATIM = _verbatim()


def user_data(window: MainWindow) -> list[str]:
    assessment = window.session.assessment
    e = assessment.enterprise
    values = [e.name, e.credit_code, e.contact, e.industry, *(p.name for p in assessment.projects)]
    if window.session.path is not None:
        values += [str(window.session.path), window.session.path.name]
    for path in window.settings.recent_files():  # the start page lists them
        values += [str(path), path.name, str(path.parent)]
    return sorted((v for v in values if v), key=len, reverse=True)


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ") if "<" in text else text


def shown_texts(window: MainWindow, *extra: QWidget) -> Iterator[tuple[str, str]]:
    """(widget description, text) for everything a user can read in the window (and ``extra`` windows)."""
    yield "window title", window.windowTitle()
    for action in window.menuBar().actions():
        yield "menu", action.text()
        if action.menu() is not None:
            for sub in action.menu().actions():
                if sub.text() and not sub.property("verbatim") and not sub.text().startswith("/"):
                    yield "menu item", sub.text()
    for root in (window, *extra):
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible() or widget.property("verbatim"):
                continue
            name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
            if widget is not window and widget.isWindow():
                yield name, widget.windowTitle()
            if isinstance(widget, QLabel):
                yield name, _plain(widget.text())
            elif isinstance(widget, QAbstractButton):
                yield name, widget.text()
            elif isinstance(widget, QGroupBox):
                yield name, widget.title()
            elif isinstance(widget, QComboBox):
                yield name, widget.currentText()
            elif isinstance(widget, QAbstractSpinBox):
                yield name, widget.text()
            elif isinstance(widget, QLineEdit) and not widget.text():
                yield name, widget.placeholderText()
            elif isinstance(widget, QTextBrowser):
                yield name, widget.toPlainText()
            elif isinstance(widget, QListWidget):
                for row in range(widget.count()):
                    if not widget.item(row).isHidden():
                        yield name, widget.item(row).text()
            elif isinstance(widget, QTreeWidget):
                header = widget.headerItem()
                for column in range(widget.columnCount()):
                    yield name + " header", header.text(column)
                stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
                while stack:
                    item = stack.pop()
                    if item.isHidden():
                        continue
                    for column in range(widget.columnCount()):
                        yield name, item.text(column)
                    stack += [item.child(i) for i in range(item.childCount())]


def _squash(text: str) -> str:
    """Rich text and word wrap turn line breaks into spaces: compare with all white space as one space."""
    return " ".join(text.split())


def chinese_left(window: MainWindow, *extra: QWidget) -> list[tuple[str, str]]:
    """Texts that still show Chinese once verbatim policy text and the user's data are taken out."""
    allowed = sorted({_squash(v) for v in [*VERBATIM, *user_data(window)]}, key=len, reverse=True)
    out = []
    for name, text in shown_texts(window, *extra):
        rest = _squash(text)
        for value in allowed:
            rest = rest.replace(value, "")
        if CJK_RE.search(rest):
            out.append((name, text))
    return out


# Latin words that belong in the Chinese interface: file types, key names, formats, formulas.
CHINESE_UI_LATIN = {"PDF", "Excel", "hrba", "json", "Tab", "YYYY", "MM", "DD", "min"}


def english_left(window: MainWindow, *extra: QWidget) -> list[tuple[str, str]]:
    allowed = user_data(window)
    out = []
    for name, text in shown_texts(window, *extra):
        rest = text
        for value in allowed:
            rest = rest.replace(value, "")
        words = set(re.findall(r"[A-Za-z]{2,}", rest)) - CHINESE_UI_LATIN - POLICY_LATIN
        if words:
            out.append((name, f"{sorted(words)} in {text!r}"))
    return out


def make_window(qtbot, tmp_path: Path, lang: str, name: str = "w") -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / f"{name}-settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, lang=lang, autosave_dir=tmp_path / "autosave")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    window.resize(1366, 768)
    window.show()
    window.load()
    return window


def open_everything(window: MainWindow, example: Path = EQUIPMENT) -> None:
    assert window.open(example)
    window.session.set_areas(None)  # every article page
    window.wizard.reload()


def walk(window: MainWindow) -> Iterator[int]:
    """Every page of the current assessment, from Start to Export."""
    wizard = window.wizard
    yield wizard.currentId()
    while wizard.nextId() != -1:
        wizard.next()
        QCoreApplication.processEvents()
        yield wizard.currentId()


@pytest.fixture(autouse=True)
def chinese_afterwards() -> Iterator[None]:
    """Translators are global: leave the application in Chinese (the source language) for other tests."""
    yield
    i18n.install("zh")
    i18n.flush()


# ---------------------------------------------------------------- walking each language
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_english_walk_shows_no_chinese_ui_text(qtbot, tmp_path: Path, example: Path) -> None:
    window = make_window(qtbot, tmp_path, "en")
    try:
        assert chinese_left(window) == []  # the start page
        open_everything(window, example)
        pages = []
        for page_id in walk(window):
            pages.append(page_id)
            assert chinese_left(window) == [], f"page {page_id}"
        assert pages[-1] == EXPORT and len(pages) >= 6
    finally:
        close(window)


def test_english_explanation_dialog_and_article_text(qtbot, tmp_path: Path) -> None:
    from hrb_desktop.ui.explain_dialog import ExplainDialog

    window = make_window(qtbot, tmp_path, "en")
    try:
        open_everything(window)
        for result in window.session.result("en").items[:12]:
            dialog = ExplainDialog(window.ctx, result.id, window)  # type: ignore[arg-type]
            qtbot.addWidget(dialog)
            dialog.show()
            assert chinese_left(window, dialog) == [], result.id
            assert dialog.windowTitle().startswith("How it was calculated")
            dialog.close()
        wizard = window.wizard
        while wizard.currentId() != article_page_id(1):
            wizard.next()
        page = wizard.currentPage()
        page.toggle.click()  # type: ignore[attr-defined]
        assert page.text.isVisible() and page.text.property("verbatim")  # type: ignore[attr-defined]
        assert page.text.text().endswith(POLICY.article(1).text)  # type: ignore[attr-defined]
        assert page.toggle.text() == "Hide original &text"  # type: ignore[attr-defined]
        assert chinese_left(window) == []
    finally:
        close(window)


def test_chinese_walk_shows_no_english_ui_text(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, "zh")
    try:
        assert english_left(window) == []
        open_everything(window)
        for page_id in walk(window):
            assert english_left(window) == [], f"page {page_id}"
        back = window.wizard.button(QWizard.WizardButton.BackButton)
        assert back.text() == "< 上一步(&B)"
        assert window.wizard.button(QWizard.WizardButton.FinishButton).text() == "保存并完成(&V)"
    finally:
        close(window)


# ---------------------------------------------------------------- Qt's own strings
def test_qt_strings_are_chinese_in_chinese_and_english_in_english(qtbot) -> None:
    loaded = i18n.install("zh")
    assert any(Path(p).name == "qtbase_zh_CN.qm" for p in loaded), loaded
    assert any(Path(p).name == "hrb_desktop_zh_CN.qm" for p in loaded), loaded
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "取消"
    assert "下一步" in wizard.buttonText(QWizard.WizardButton.NextButton)
    assert "上一步" in wizard.buttonText(QWizard.WizardButton.BackButton)
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert CJK_RE.search(box.button(QMessageBox.StandardButton.Cancel).text())
    assert CJK_RE.search(box.button(QMessageBox.StandardButton.Yes).text())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert CJK_RE.search(buttons.button(QDialogButtonBox.StandardButton.Close).text())
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    box_buttons = dialog.findChild(QDialogButtonBox).buttons()
    assert box_buttons and all(CJK_RE.search(b.text()) for b in box_buttons), [b.text() for b in box_buttons]
    # (qtbase_zh_CN of Qt 6.12 leaves "Look in:" and "Files of type:" in English: Qt's, not ours)

    loaded = i18n.install("en")
    assert [Path(p).name for p in loaded] == ["hrb_desktop_en.qm"]  # qtbase unloaded
    english = QWizard()
    qtbot.addWidget(english)
    assert english.buttonText(QWizard.WizardButton.CancelButton) == "Cancel"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


# ---------------------------------------------------------------- switching at run time
def _fields_text(window: MainWindow) -> dict[str, str]:
    out = {}
    for page in window.wizard.pages.values():
        block = getattr(page, "block", None)
        if block is None:
            continue
        for qid, row in block.rows.items():
            if isinstance(row.field, TextField):
                out[qid] = row.field.edit.text()
    return out


def _labels(window: MainWindow) -> dict[int, str]:
    """Visible labels, buttons and group boxes by object identity, with their text."""
    out = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.property("verbatim"):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if CJK_RE.search(text):
            out[id(widget)] = text
    return out


@pytest.mark.parametrize("page_id", [PROFILE, article_page_id(1), RESULTS], ids=["profile", "article1", "results"])
def test_switching_language_mid_assessment_keeps_every_answer_and_changes_every_label(
    qtbot, tmp_path: Path, page_id: int
) -> None:
    window = make_window(qtbot, tmp_path, "zh")
    try:
        open_everything(window)
        wizard = window.wizard
        # answers typed in Chinese (a CJK name, a grouped figure), then on to the page
        profile = wizard.page_of(PROFILE)
        profile.name.setText("松北示例装备有限公司")  # type: ignore[attr-defined]
        amount = wizard.page_of(article_page_id(1)).block.rows["a1_investment"].field  # type: ignore[attr-defined]
        amount.edit.setText("12,800.5")
        while wizard.currentId() != page_id:
            wizard.next()
        QCoreApplication.processEvents()
        window.status.setText("")  # a status message is cleared on a switch
        before = window.session.assessment.model_dump()
        answers = dict(window.session.answers)
        typed = _fields_text(window)
        zh_labels = _labels(window)
        zh_texts = list(shown_texts(window))
        total_zh = window.panel.total.text()  # type: ignore[union-attr]
        assert "万元" in total_zh

        window.set_language("en")

        assert window.session.assessment.model_dump() == before
        assert dict(window.session.answers) == answers
        assert _fields_text(window) == typed
        assert wizard.currentId() == page_id
        assert window.ctx is not None and window.ctx.lang == "en" and window.session.lang == "en"
        unchanged = {k: v for k, v in zh_labels.items() if k in _labels(window) and _labels(window)[k] == v}
        assert unchanged == {}
        assert chinese_left(window) == []
        assert window.panel.total.text().endswith("(10k CNY)")  # type: ignore[union-attr]
        assert window.panel.last_result is not None  # type: ignore[union-attr]
        assert all(
            not CJK_RE.search(r.explanation("en").split("Basis:")[0].replace(r.item.clause, ""))
            for r in window.panel.last_result.items  # type: ignore[union-attr]
            if not window.session.assessment.projects
        )
        assert window.windowTitle().endswith("Harbin Manufacturing Policy Self-Assessment")
        assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Language", "&Help"]
        assert window.menus.language_actions["en"].isChecked()

        window.set_language("zh")  # and back: exactly what was shown before
        assert window.session.assessment.model_dump() == before
        assert list(shown_texts(window)) == zh_texts
        assert window.panel.total.text() == total_zh  # type: ignore[union-attr]
    finally:
        close(window)


def test_a_field_message_follows_the_language_and_keeps_the_typed_text(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, "zh")
    try:
        open_everything(window)
        wizard = window.wizard
        while wizard.currentId() != article_page_id(1):
            wizard.next()
        field = wizard.currentPage().block.rows["a1_investment"].field  # type: ignore[attr-defined]
        field.edit.setText("abc")
        zh_error = field.error()
        assert zh_error and CJK_RE.search(zh_error)
        assert field.message.isVisible()
        window.set_language("en")
        assert field.edit.text() == "abc"
        assert field.error() and not CJK_RE.search(field.error())
        assert field.message.text() == field.error()
        assert not wizard.currentPage().isComplete()
        assert "Correct the following to continue" in wizard.currentPage().blockers.text()  # type: ignore[attr-defined]
        assert field.unit.text() == "(10k CNY)"
    finally:
        close(window)


def test_language_menu_switches_and_is_remembered(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, "zh", name="menu")
    try:
        assert window.menus.language_actions["zh"].isChecked()
        assert window.settings.stored_language() is None
        window.menus.language_actions["en"].trigger()
        assert window.lang == "en" and window.menus.language_actions["en"].isChecked()
        assert window.wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
        window.settings.sync()
        again = AppSettings(QSettings(str(tmp_path / "menu-settings.ini"), QSettings.Format.IniFormat))
        assert again.stored_language() == "en"
        assert choose_language(None, again) == "en"
        assert choose_language("zh", again) == "zh"  # --lang wins for that run
    finally:
        close(window)
    second = make_window(qtbot, tmp_path, choose_language(None, again), name="menu")
    try:
        assert second.lang == "en"
        assert second.wizard.start_page.title() == "Start"
    finally:
        close(second)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh_CN", "zh"), ("zh_TW", "zh"), ("en_US", "en"), ("en_GB", "en"), ("fr_FR", "zh"), ("de_DE", "zh"), ("C", "zh")],
)
def test_system_locale_chooses_the_language(locale: str, expected: str) -> None:
    assert i18n.system_language(QLocale(locale)) == expected


def test_no_stored_choice_follows_the_system_locale(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.stored_language() is None
    assert choose_language(None, settings) == i18n.system_language()
    settings.qsettings.setValue("ui/language", "fr")
    assert settings.stored_language() is None


def test_many_language_switches_do_not_abort_the_interpreter(qtbot, tmp_path: Path) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void Qt call; a switch
    makes about a thousand such calls (the dependency pin excludes that release)."""
    import sys

    window = make_window(qtbot, tmp_path, "zh")
    try:
        open_everything(window)
        for _ in range(3):
            window.wizard.next()
        before = sys.getrefcount(None)
        for _ in range(15):
            window.set_language("en")
            window.set_language("zh")
        assert before - sys.getrefcount(None) < 1000
        assert window.wizard.currentId() == article_page_id(1)
    finally:
        close(window)


# ---------------------------------------------------------------- numbers and dates
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_dates_and_money_use_the_core_formatters(qtbot, tmp_path: Path, lang: str) -> None:
    from hrb_desktop.core.money import fmt_range

    window = make_window(qtbot, tmp_path, lang)
    try:
        open_everything(window)
        reference = window.session.assessment.reference_date
        window.wizard.next()
        profile = window.wizard.currentPage()
        assert profile.reference.edit.text() == reference.isoformat()  # type: ignore[attr-defined]
        start_text = window.wizard.start_page.policy_label.text
        assert fmt_date(window.session.policy.valid_until, lang) in start_text()
        result = window.session.result(lang)
        assert window.panel.total.text() == fmt_range(result.total_low, result.total_high, lang)  # type: ignore[union-attr]
        window.set_language("en" if lang == "zh" else "zh")
        other = "en" if lang == "zh" else "zh"
        assert profile.reference.edit.text() == reference.isoformat()  # type: ignore[attr-defined]
        assert profile.reference.date() == reference  # type: ignore[attr-defined]
        assert fmt_date(window.session.policy.valid_until, other) in start_text()
    finally:
        close(window)


# ---------------------------------------------------------------- the PDF
@pytest.mark.parametrize(
    ("lang", "heading", "absent"),
    [("en", "Pre-application Self-assessment Report", "申报前自评估报告"), ("zh", "申报前自评估报告", "Pre-application")],
)
def test_pdf_export_comes_out_in_the_chosen_language(qtbot, tmp_path: Path, lang: str, heading: str, absent: str) -> None:
    pypdf = pytest.importorskip("pypdf")
    window = make_window(qtbot, tmp_path, "zh" if lang == "en" else "en")
    try:
        open_everything(window)
        window.set_language(lang)  # type: ignore[arg-type]
        wizard = window.wizard
        while wizard.currentId() != EXPORT:
            wizard.next()
        target = tmp_path / f"report-{lang}.pdf"
        window.dialogs.next_save = target  # type: ignore[attr-defined]
        qtbot.mouseClick(wizard.currentPage().pdf_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert window.dialogs.errors == []  # type: ignore[attr-defined]
        assert target.is_file()
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(target)).pages)
        assert heading in text
        assert absent not in text
        if lang == "en":
            assert "Summary by article" in text and "(10k CNY)" in text
    finally:
        close(window)
