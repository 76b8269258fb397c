"""The live award panel: follows every keystroke, marks what changed, explains an item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hrb_desktop.ui.explain_dialog import ExplainDialog
from tests.ui.wizard_helpers import block_of, close, window_at_article1


def _to_article1(qtbot, tmp_path):
    return window_at_article1(qtbot, tmp_path)


def test_each_keystroke_updates_and_highlights(qtbot, tmp_path) -> None:
    window = _to_article1(qtbot, tmp_path)
    try:
        panel = window.panel
        assert panel.isVisible()
        assert panel.total.text() == "0.00万元"
        assert panel.empty.isVisible() and "还没有可估算的资金项目" in panel.empty.text()  # not a bare blank list
        edit = block_of(window).rows["a1_investment"].field.edit
        QTest.keyClicks(edit, "2000")  # the 含 threshold: 5% = 100
        assert panel.total.text() == "100.00万元"
        assert not panel.empty.isVisible()
        assert panel.row_text("a1.project_investment") == "100.00"
        assert "a1.project_investment" in panel.highlighted_items()
        QTest.keyClicks(edit, "0")  # 20000 -> 1000
        assert panel.total.text() == "1,000.00万元"
        QTest.keyClick(edit, "\b")
        QTest.keyClick(edit, "\b")  # 200: below the threshold, the item leaves the panel
        assert panel.total.text() == "0.00万元" and panel.row_text("a1.project_investment") == ""
        assert panel.empty.isVisible()
        qtbot.waitUntil(lambda: not panel.highlighted_items(), timeout=3000)
    finally:
        close(window)


def test_clicking_an_item_explains_it_with_the_users_figures(qtbot, tmp_path, monkeypatch) -> None:
    window = _to_article1(qtbot, tmp_path)
    opened: list[ExplainDialog] = []
    monkeypatch.setattr(ExplainDialog, "exec", lambda self: opened.append(self) or 0)
    try:
        QTest.keyClicks(block_of(window).rows["a1_investment"].field.edit, "12800")
        row = window.panel._items["a1.project_investment"]
        rect = window.panel.tree.visualItemRect(row)
        QTest.mouseClick(window.panel.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert len(opened) == 1
        text = opened[0].browser.toPlainText()
        assert "按其年度实际固定资产投资额的5%，给予最高不超过2000万元补助" in text  # the clause, verbatim
        assert "12,800.00万元" in text  # the user's own figure
        assert "640.00万元" in text
    finally:
        close(window)
