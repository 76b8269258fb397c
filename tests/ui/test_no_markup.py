"""Text from a file or a user is shown as text, never read as markup, wherever it shows.

Each payload goes into every field an assessment file carries (enterprise name, contact,
district, industry, project names twice over, an unknown answer id and a bad value, the
file's own name) and through every place that shows them: the error and recovery dialogs,
the status bar and the window title, the recent files, the profile, projects, review and
results pages, the live panel's tips and the explanation dialog. At each step every
widget of the application is walked (``QApplication.allWidgets()``: a widget added later
is covered without naming it here), and each one that shows a payload must show it as
text: plain-text format, or escaped HTML that renders to the payload; no link, no anchor
(the results' own ``item:`` links aside), no link opened by the widget itself.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QWidget,
)

from hrb_desktop.core.editions import registry
from hrb_desktop.ui.dialogs import Dialogs
from hrb_desktop.ui.explain_dialog import ExplainDialog
from hrb_desktop.ui.main_window import MainWindow
from hrb_desktop.ui.pages.base import PROJECTS, RESULTS, REVIEW
from hrb_desktop.ui.session import Session
from tests.ui.wizard_helpers import EQUIPMENT, close, make_window

LONG = "<b>长</b>" + "很长的企业名称" * 700  # ~4,900 characters: cut to each field's limit
PAYLOADS = [
    '<a href="https://example.com">点击此处修复此文件</a>',
    "<font size=200>X</font>",
    "<img src=x>图",
    "<b>粗</b>",
    "甲&lt;乙",  # an entity stays an entity: shown as "&lt;", not as "<"
    "丙<!--丁",  # an open comment would swallow everything after it
    "<script>alert(1)</script>",
    LONG,
]
IDS = ["link", "font", "img", "bold", "entity", "comment", "script", "long"]
MARKER_LENGTH = 40  # every field holds at least this much: its start identifies the payload


def marker(text: str) -> str:
    return text[:MARKER_LENGTH]


def file_stem(payload: str) -> str:
    """The payload as a file name: no '/', short enough for any file system."""
    return payload.replace("/", "")[:60]


# ------------------------------------------------------------ what a widget shows
def rendered(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def anchors(doc: QTextDocument) -> list[str]:
    hrefs = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() or fmt.anchorHref():
                hrefs.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return hrefs


def is_rich(text: str, fmt: Qt.TextFormat) -> bool:
    """How Qt will read ``text`` in a widget with format ``fmt`` (AutoText guesses)."""
    if fmt == Qt.TextFormat.PlainText:
        return False
    if fmt == Qt.TextFormat.RichText:
        return True
    return bool(GuiQt.mightBeRichText(text))


def check_text(where: str, raw: str, rich: bool, wanted: str) -> bool:
    """True if ``raw`` shows ``wanted``; then it must show it as text, with no link."""
    if not rich:
        return wanted in raw
    if wanted not in raw and escape(wanted) not in raw and escape(wanted, quote=False) not in raw:
        return False
    doc = rendered(raw)
    assert wanted in doc.toPlainText(), f"{where}: read as markup: {raw[:300]!r}"
    assert all(href.startswith("item:") for href in anchors(doc)), f"{where}: a link: {anchors(doc)}"
    return True


def model_tips(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(8):  # (a list model's columnCount is private in PySide)
                index = model.index(row, column, parent)
                if not index.isValid():
                    break
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if tip:
                    yield str(tip)
                if column == 0 and model.rowCount(index):
                    pending.append(index)


def shown_in(wanted: str, widgets: list[QWidget] | None = None) -> list[str]:
    """Every place among the application's widgets that shows ``wanted``, checked; their names."""
    found = []
    for widget in widgets if widgets is not None else QApplication.allWidgets():
        name = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()[:30]})"
        if isinstance(widget, QLabel):
            if check_text(name, widget.text(), is_rich(widget.text(), widget.textFormat()), wanted):
                assert not widget.openExternalLinks(), f"{name} opens links in the browser"
                found.append(name)
        if isinstance(widget, QTextBrowser):
            if check_text(name, widget.toHtml(), True, wanted):
                assert not widget.openExternalLinks() and not widget.openLinks(), f"{name} opens links"
                found.append(name)
        tip = widget.toolTip()
        if tip and check_text(f"tool tip of {name}", tip, is_rich(tip, Qt.TextFormat.AutoText), wanted):
            found.append(f"tip:{name}")
        if isinstance(widget, QAbstractItemView):
            for tip in model_tips(widget):
                if check_text(f"item tip in {name}", tip, is_rich(tip, Qt.TextFormat.AutoText), wanted):
                    found.append(f"item tip:{name}")
        if widget.isWindow() and wanted in widget.windowTitle():
            found.append(f"title:{name}")
    return found


class BoxWatcher:
    """Stands in for QMessageBox.exec: checks the box as the user would see it, answers nothing."""

    def __init__(self, wanted: list[str]) -> None:
        self.wanted = wanted
        self.shown: list[tuple[str, list[str]]] = []

    def __call__(self, box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText
        labels = box.findChildren(QLabel)
        assert labels and not any(label.openExternalLinks() for label in labels)
        hits = [place for text in self.wanted for place in shown_in(text, [box, *labels])]
        self.shown.append((box.windowTitle(), hits))
        return 0  # no button clicked: "no", "cancel"


# ------------------------------------------------------------ the files
def hostile_file(folder: Path, payload: str) -> Path:
    data = json.loads(EQUIPMENT.read_text(encoding="utf-8"))
    data["enterprise"].update(
        name=payload[:200], contact=payload[:200], district=payload[:50], industry=payload[:100]
    )
    both = ["a1.project_investment", "a9.smart_pilot"]  # Art. 18: the explanation names the project
    # two names that start with the payload; equal names would be refused (the wizard cannot make them)
    data["projects"] = [{"name": payload[:100], "items": both}, {"name": payload[:98] + " 2", "items": []}]
    path = folder / f"{file_stem(payload)}.hrba"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def broken_file(folder: Path, payload: str) -> Path:
    data = json.loads(EQUIPMENT.read_text(encoding="utf-8"))
    data["answers"][payload] = True  # an unknown answer id, quoted by the error
    data["answers"]["a1_investment"] = payload  # a value that is no amount
    path = folder / f"bad-{file_stem(payload)}.hrba"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def leave_autosave(folder: Path, opened: Path) -> None:
    """An autosave of ``opened`` whose session is gone, as after a crash."""
    gone = Session(registry().load("hrb-2021-10"), folder)
    gone.open(opened)
    gone.set_answer("a1_in_stats", False)
    assert gone.autosave_now()
    del gone
    gc.collect()


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_file_and_user_text_is_never_markup(qtbot, tmp_path: Path, monkeypatch, payload: str) -> None:
    text, name = marker(payload), marker(file_stem(payload))
    path = hostile_file(tmp_path, payload)
    leave_autosave(tmp_path / "autosave", path)
    watcher = BoxWatcher([text, name])
    monkeypatch.setattr(QMessageBox, "exec", lambda box: watcher(box))
    window: MainWindow = make_window(qtbot, tmp_path)
    window.dialogs = Dialogs(window)  # the real boxes, not the scripted ones
    try:
        window.offer_recovery()  # names the enterprise and the file; not restored (no answer)
        title, hits = watcher.shown[-1]
        assert title == "恢复未保存的评估"
        assert any("qt_msgbox_label" in hit for hit in hits), hits

        assert window.open(path)
        everywhere = shown_in(text) + shown_in(name)
        assert window.status.textFormat() == Qt.TextFormat.PlainText and name in window.status.text()
        assert name in window.windowTitle()
        assert "item tip:QListWidget(最近打开的文件，按回车打开)" in everywhere  # the recent file's tip
        assert any(hit.startswith("item tip:QTreeWidget") for hit in everywhere)  # the panel's tips

        window.session.set_areas(None)
        wizard = window.wizard
        wizard.reload()
        while wizard.currentId() != PROJECTS:
            wizard.next()
        clash = wizard.currentPage()
        clash.list.setCurrentRow(1)
        clash.name.setText(payload[:100])  # the first project's name again: the page blocks it
        blockers = wizard.currentPage().blockers
        assert blockers.isVisibleTo(wizard.currentPage()) and text in blockers.text()  # "名称重复"
        assert "QLabel(blockers)" in shown_in(text)
        assert not wizard.currentPage().isComplete()  # duplicate names: Next stays disabled
        page = wizard.currentPage()
        page.list.setCurrentRow(1)
        page.remove_button.click()  # one project remains, named by the payload
        wizard.next()
        assert wizard.currentId() == REVIEW
        review = [hit for hit in shown_in(text) if hit.startswith("QLabel(")]
        assert len(review) >= 2, review  # the profile and the projects groups

        wizard.next()
        assert wizard.currentId() == RESULTS
        assert any(hit.startswith("QTextBrowser") for hit in shown_in(text))  # Art. 18's decision

        dialog = ExplainDialog(window.ctx, "a1.project_investment", window)
        qtbot.addWidget(dialog)
        assert text in dialog.browser.toPlainText()  # Art. 18: the project's name
        assert shown_in(text, [dialog.browser])

        bad = broken_file(tmp_path, payload)
        assert not window.open(bad)  # the project was removed: "save changes to …?" (no answer: cancel)
        title, hits = watcher.shown[-1]
        assert title == "未保存的修改" and any("qt_msgbox_label" in hit for hit in hits), hits
        window.session.save(tmp_path / "kept.hrba")
        assert not window.open(bad)
        title, hits = watcher.shown[-1]
        assert title == "无法打开文件"
        assert any("qt_msgbox_informativelabel" in hit for hit in hits), hits  # the unknown answer id
        assert any("qt_msgbox_label" in hit for hit in hits), hits  # the file's name
    finally:
        close(window)


def test_file_dialogs_suggest_names_without_markup(qtbot, tmp_path: Path) -> None:
    from hrb_desktop.core.assessment import Enterprise
    from tests.ui.wizard_helpers import ScriptedDialogs

    window = make_window(qtbot, tmp_path)
    suggested: list[Path] = []

    class Recording(ScriptedDialogs):
        def save_path(self, path: Path, file_filter: str = "") -> Path | None:
            suggested.append(path)
            return None

    window.dialogs = Recording()  # type: ignore[assignment]
    try:
        window.session.set_enterprise(Enterprise(name=PAYLOADS[0]))
        window.save_as()
        window.export_pdf()
        assert [p.name for p in suggested] == [
            "_a href=_https___example.com__点击此处修复此文件__a_.hrba",
            "_a href=_https___example.com__点击此处修复此文件__a_-自评估报告.pdf",
        ]
    finally:
        close(window)


def test_a_window_title_mark_in_a_file_name_is_shown_as_typed(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    path = tmp_path / "a[*]b.hrba"
    path.write_bytes(EQUIPMENT.read_bytes())
    try:
        assert window.open(path)
        window.session.set_answer("a1_in_stats", False)  # unsaved: Qt shows its own mark once
        handle = window.windowHandle()
        assert handle is not None and handle.title().startswith("a[*]b.hrba* — ")
    finally:
        close(window)


def test_an_ampersand_in_a_file_name_or_a_policy_label_is_no_shortcut(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QKeySequence

    from hrb_desktop.ui.pages.questions import QuestionRow

    window = make_window(qtbot, tmp_path)
    try:
        window.menus.set_recent([tmp_path / "R&D 项目.hrba"], enabled=True)
        (entry,) = window.menus.recent_menu.actions()
        assert entry.text().endswith("R&&D 项目.hrba")  # shown as "R&D 项目.hrba"
        assert QKeySequence.mnemonic(entry.text()).isEmpty()  # no Alt+D
        question = window.ctx.policy.questions[0]
        label = question.label.model_copy(update={"zh": "R&D 投入"})
        row = QuestionRow(window.ctx, question.model_copy(update={"label": label}), window.wizard)
        assert row.label.text() == "R&&D 投入" and row.label.buddy() is not None
        assert QKeySequence.mnemonic(row.label.text()).isEmpty()
    finally:
        close(window)


@pytest.mark.parametrize("payload", PAYLOADS[:4], ids=IDS[:4])
def test_every_question_the_window_asks_shows_file_text_as_text(qtbot, monkeypatch, payload: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(parent)
    watcher = BoxWatcher([marker(payload)])
    monkeypatch.setattr(QMessageBox, "exec", lambda box: watcher(box))
    asks = {
        "error": lambda: dialogs.error(payload, payload, [payload] * 20),
        "info": lambda: dialogs.info(payload, payload),
        "ask_yes_no": lambda: dialogs.ask_yes_no(payload, payload, "是", "否"),
        "ask_save_changes": lambda: dialogs.ask_save_changes(payload),
        "ask_file_changed": lambda: dialogs.ask_file_changed(payload),
    }
    for name, ask in asks.items():
        ask()
        _title, hits = watcher.shown[-1]
        assert any("qt_msgbox_label" in hit for hit in hits), (name, hits)
    assert len(watcher.shown) == len(asks)
