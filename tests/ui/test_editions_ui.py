"""Policy editions in the wizard: switching the window to another edition (a file, an autosave or a
choice on the start page), File → Import policy file, the editions dialog, and the test edition
walked through every page with no code change."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGroupBox

from hrb_desktop.core.appdata import ENV_VAR
from hrb_desktop.core.edition_import import import_policy
from hrb_desktop.core.editions import registry
from hrb_desktop.ui.pages.base import (
    EXPORT,
    PROFILE,
    PROJECTS,
    RESULTS,
    REVIEW,
    SCREENING,
    START,
    article_page_id,
)
from hrb_desktop.ui.session import Session
from tests.core.editions_helpers import TEST_EDITION, real_with, write
from tests.core.test_editions_cli import PROJECT_FILE
from tests.ui.test_session import crash
from tests.ui.wizard_helpers import EQUIPMENT, answer, block_of, click_next, close, make_window


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(ENV_VAR, str(folder))
    return folder


def _install_test_edition() -> None:
    import_policy(TEST_EDITION, registry())


def _test_file(tmp_path: Path, **changes: object) -> Path:
    return write(tmp_path / "test-edition.hrba", json.dumps({**PROJECT_FILE, **changes}, ensure_ascii=False))


def _article_pages(window) -> list[int]:
    return sorted(n - 100 for n in window.wizard.pages if 100 < n < 200)


def test_use_policy_rebuilds_the_pages_the_panel_and_the_session(qtbot, tmp_path, data_dir) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assert window.session.policy.id == "hrb-2021-10"  # the only edition: today none is in force
        assert 18 in _article_pages(window) and 19 not in _article_pages(window)
        old_profile = window.wizard.pages[PROFILE]
        _install_test_edition()
        test = registry().load("hrb-test-2025")
        session = window.session
        window.use_policy(test)
        assert window.session is session and session.policy is test and session.engine.policy is test
        assert window.ctx.scope().policy is test  # type: ignore[union-attr]
        assert session.assessment.policy == "hrb-test-2025"
        assert session.assessment.policy_model == "2025.99-test"
        assert session.assessment.reference_date == date(2025, 12, 31)  # the end of its only full year
        # Art. 18 now has no questions (publicity), Art. 19 asks about provincial support
        assert 19 in _article_pages(window) and 18 not in _article_pages(window)
        assert window.wizard.pages[PROFILE] is not old_profile
        assert window.wizard.currentId() == START
        profile = window.wizard.pages[PROFILE]
        types = [profile.applicant.itemData(i) for i in range(profile.applicant.count())]  # type: ignore[attr-defined]
        assert types == ["enterprise", "cluster_body", "association", "individual"]  # no tech_transfer
        start = window.wizard.start_page
        assert "哈政规〔2025〕99号（测试版本）" in start.policy_label.text()
        assert start.default_note.text() == (
            "今天不在本政策有效期内，新建评估的评估基准日默认为2025年12月31日，即有效期内最后一个完整年度的年末，"
            "可在“企业信息”页修改。"
        )
        combo = start._edition_combo
        assert combo is not None and combo.currentData() == "hrb-test-2025"
        # the panel follows: Art. 1 at 6% of 12,800 = 768 in this edition
        session.set_answers({"a1_in_stats": True, "a1_investment": "12800"})
        assert window.panel.total.text() == "768.00万元"  # type: ignore[union-attr]
        # and the export page is wired again
        window.dialogs.next_save = tmp_path / "t.pdf"  # type: ignore[attr-defined]
        window.wizard.pages[EXPORT].pdf_button.click()  # type: ignore[attr-defined]
        assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
    finally:
        close(window)


def test_opening_a_file_of_another_edition_switches_and_back(qtbot, tmp_path, data_dir) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        _install_test_edition()
        window.wizard.start_page.set_editions(registry().editions(), window.session.policy.id)
        assert window.open(_test_file(tmp_path))
        assert window.session.policy.id == "hrb-test-2025" and not window.session.dirty
        assert window.wizard.start_page._edition_combo.currentData() == "hrb-test-2025"  # type: ignore[union-attr]
        results = window.wizard.pages[RESULTS]
        results.refresh()  # type: ignore[attr-defined]
        text = results.browser.toPlainText()  # type: ignore[attr-defined]
        assert "第十九条（从高不重复）" in text and "不计入（第十九条）" in text and "第十八条" not in text
        assert "按政策版本 哈政规〔2025〕99号（测试版本）（hrb-test-2025，政策模型 2025.99-test）计算。" in text
        assert window.panel.total.text() == "768.00万元"  # type: ignore[union-attr]
        assert window.open(EQUIPMENT)
        assert window.session.policy.id == "hrb-2021-10"
        assert 18 in _article_pages(window)
    finally:
        close(window)


def test_a_file_of_an_edition_not_installed_is_refused_by_name(qtbot, tmp_path, data_dir) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        before = window.session.assessment
        assert not window.open(_test_file(tmp_path))  # hrb-test-2025 is not imported here
        _title, summary, problems = window.dialogs.errors[-1]  # type: ignore[attr-defined]
        assert "该评估文件使用的政策版本“hrb-test-2025”未安装在本机" in summary
        assert problems[:2] == ["本机已安装的政策版本：", problems[1]] and problems[1].startswith("hrb-2021-10: 哈政规〔2021〕10号")
        assert window.session.policy.id == "hrb-2021-10" and window.session.assessment == before
    finally:
        close(window)


def test_recovering_an_autosave_of_another_edition_switches(qtbot, tmp_path, data_dir) -> None:
    _install_test_edition()
    autosave = tmp_path / "autosave"
    crashed = Session(registry().load("hrb-test-2025"), autosave)
    crashed.set_answers({"a1_in_stats": True, "a1_investment": "12800"})
    assert crashed.autosave_now()
    crash(crashed)  # no close_cleanly: the process "died"
    window = make_window(qtbot, tmp_path)
    try:
        window.use_policy(registry().load("hrb-2021-10"))  # whatever it started with
        window.dialogs.yes_no = True  # type: ignore[attr-defined]
        window.offer_recovery()
        assert window.session.policy.id == "hrb-test-2025" and window.session.dirty
        assert window.panel.total.text() == "768.00万元"  # type: ignore[union-attr]
        assert 19 in _article_pages(window)
    finally:
        close(window)


def test_the_start_page_offers_the_editions_and_keeps_unsaved_work(qtbot, tmp_path, data_dir) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        _install_test_edition()
        window.wizard.start_page.set_editions(registry().editions(), window.session.policy.id)
        start = window.wizard.start_page
        combo = start._edition_combo
        assert combo is not None and combo.count() == 2
        assert start.edition_label.text() == "政策版本(&E)：" and start.edition_label.buddy() is combo
        assert combo.itemText(1) == (
            "哈政规〔2025〕99号（测试版本）《关于加快推动哈尔滨市制造业高质量发展实现工业强市的若干政策措施（测试版本）》"
            "（2025年1月1日至2025年12月31日）"
        )
        window.session.set_answer("p_manufacturing", True)  # unsaved work
        window.dialogs.save_changes = "cancel"  # type: ignore[attr-defined]
        combo.setCurrentIndex(1)
        combo.activated.emit(1)
        assert window.session.policy.id == "hrb-2021-10" and window.session.answers == {"p_manufacturing": True}
        assert combo.currentData() == "hrb-2021-10"  # the choice is undone
        window.dialogs.save_changes = "discard"  # type: ignore[attr-defined]
        combo.setCurrentIndex(1)
        combo.activated.emit(1)
        assert window.session.policy.id == "hrb-test-2025" and window.session.answers == {}
        assert window.status.text() == "已切换到 哈政规〔2025〕99号（测试版本），并新建评估。"
    finally:
        close(window)


def test_file_import_valid_invalid_and_hostile(qtbot, tmp_path, data_dir) -> None:
    window = make_window(qtbot, tmp_path)
    dialogs = window.dialogs
    try:
        dialogs.next_policy = TEST_EDITION  # type: ignore[attr-defined]
        window.menus.import_policy_action.trigger()
        text = dialogs.infos[-1]  # type: ignore[attr-defined]
        assert text.startswith("已导入政策版本：\n哈政规〔2025〕99号（测试版本）")
        assert f"文件的 SHA-256 指纹：{hashlib.sha256(TEST_EDITION.read_bytes()).hexdigest()}" in text
        assert (data_dir / "policies" / "edition-hrb-test-2025.yaml").is_file()
        assert window.wizard.start_page._edition_combo.count() == 2  # type: ignore[union-attr]
        assert window.import_policy_file(TEST_EDITION)
        assert dialogs.infos[-1].startswith("该政策版本已安装，未作改动：")  # type: ignore[attr-defined]

        invalid = write(tmp_path / "invalid.yaml", "format: hrb-policy\nid: Bad Id\n")
        assert not window.import_policy_file(invalid)
        title, summary, problems = dialogs.errors[-1]  # type: ignore[attr-defined]
        assert title == "无法导入政策文件" and summary == "“invalid.yaml”不是有效的政策数据文件，未导入"
        assert any(p.startswith("id:") for p in problems) and problems[-1] == f"文件：{invalid}"

        bomb = write(tmp_path / "bomb.yaml", "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n")
        assert not window.import_policy_file(bomb)
        assert dialogs.errors[-1][2][0] == "“bomb.yaml”使用了 YAML 别名（*a），政策数据文件不允许使用别名"  # type: ignore[attr-defined]
        huge = tmp_path / "huge.json"
        huge.write_bytes(b" " * 10_000_001)
        assert not window.import_policy_file(huge)
        assert dialogs.errors[-1][2][0].startswith("“huge.json”过大，不是政策数据文件")  # type: ignore[attr-defined]
        assert sorted(p.name for p in (data_dir / "policies").iterdir()) == [
            "edition-hrb-test-2025.yaml",
            "edition-hrb-test-2025.yaml.parsed",
        ]
    finally:
        close(window)


def test_replacing_the_edition_in_use_asks_and_reevaluates(qtbot, tmp_path, data_dir) -> None:
    window = make_window(qtbot, tmp_path)
    dialogs = window.dialogs
    try:
        window.session.set_answers({"p_manufacturing": True, "a2_newly_above_scale": True})
        assert window.panel.total.text() == "50.00万元"  # type: ignore[union-attr]
        corrected = write(tmp_path / "corrected.yaml", real_with(award=80))
        dialogs.yes_no = False  # type: ignore[attr-defined]
        assert not window.import_policy_file(corrected)
        assert "本程序内置的政策版本“hrb-2021-10”与该文件内容不同" in dialogs.questions[-1]  # type: ignore[attr-defined]
        assert "该文件的 SHA-256：" in dialogs.questions[-1]  # type: ignore[attr-defined]
        assert not (data_dir / "policies").exists()
        dialogs.yes_no = True  # type: ignore[attr-defined]
        assert window.import_policy_file(corrected)
        assert dialogs.infos[-1].startswith("已导入，并替代了原有的同名版本：")  # type: ignore[attr-defined]
        # the same answers, now evaluated with the new data
        assert window.session.answers["a2_newly_above_scale"] is True
        assert window.panel.total.text() == "80.00万元"  # type: ignore[union-attr]
    finally:
        close(window)


def test_markup_in_an_imported_title_is_shown_as_text(qtbot, tmp_path, data_dir) -> None:
    from hrb_desktop.ui.editions_dialog import EditionsDialog

    title = "<b>粗体</b><img src='x'>"
    marked = write(tmp_path / "marked.yaml", real_with(policy_id="hrb-2030-1", title=f'"{title}"').replace(
        "effective_from: 2021-08-25", "effective_from: 2030-01-01"))
    window = make_window(qtbot, tmp_path)
    try:
        assert window.import_policy_file(marked)
        assert title in window.dialogs.infos[-1]  # type: ignore[attr-defined]  # shown verbatim (plain-text box)
        start = window.wizard.start_page
        combo = start._edition_combo
        assert combo is not None and title in combo.itemText(combo.findData("hrb-2030-1"))
        window.use_policy(registry().load("hrb-2030-1"))
        label = start.policy_label.text()
        assert "&lt;b&gt;粗体&lt;/b&gt;&lt;img src=&#x27;x&#x27;&gt;" in label and "<img" not in label
        dialog = EditionsDialog(window)
        qtbot.addWidget(dialog)
        cells = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert any(title in cell for cell in cells)
        assert dialog.details.textFormat() == Qt.TextFormat.PlainText
        dialog.close()
    finally:
        close(window)


def test_the_editions_dialog_removes_imported_editions_only(qtbot, tmp_path, data_dir) -> None:
    from hrb_desktop.ui.editions_dialog import EditionsDialog

    window = make_window(qtbot, tmp_path)
    try:
        _install_test_edition()
        dialog = EditionsDialog(window)
        qtbot.addWidget(dialog)
        ids = [e.id for e in dialog.editions]
        assert ids == ["hrb-2021-10", "hrb-test-2025"]
        assert dialog.table.item(0, 2).text() == "内置，正在使用"
        dialog.table.selectRow(0)
        assert not dialog.remove_button.isEnabled()
        assert dialog.remove_button.toolTip() == "程序内置的版本不能删除。"
        dialog.table.selectRow(1)
        assert dialog.remove_button.isEnabled() and "SHA-256: " in dialog.details.text()
        window.dialogs.yes_no = True  # type: ignore[attr-defined]
        dialog.remove_button.click()
        assert "删除导入的政策版本“hrb-test-2025”？" in window.dialogs.questions[-1]  # type: ignore[attr-defined]
        assert [e.id for e in dialog.editions] == ["hrb-2021-10"]
        assert list((data_dir / "policies").iterdir()) == []
        dialog.close()
        # the edition in use cannot be removed
        _install_test_edition()
        window.use_policy(registry().load("hrb-test-2025"))
        dialog = EditionsDialog(window)
        qtbot.addWidget(dialog)
        dialog.table.selectRow(1)
        assert not dialog.remove_button.isEnabled()
        assert dialog.remove_button.toolTip().startswith("正在使用的版本不能删除")
        dialog.close()
    finally:
        close(window)


def test_walk_the_test_edition_through_every_page(qtbot, tmp_path, data_dir) -> None:
    """The test edition, imported, walked as a user would: the pages come from its data, the
    figures from its amounts, and every text that cites the no-double-support rule cites Art. 19."""
    _install_test_edition()
    window = make_window(qtbot, tmp_path)
    try:
        window.use_policy(registry().load("hrb-test-2025"))
        raw = PROJECT_FILE["answers"]
        assert click_next(window) == PROFILE
        page = window.wizard.currentPage()
        page.name.setText("测试装备制造有限公司")
        assert page.reference.date() == date(2025, 12, 31)
        page.reference.edit.setText("2025-06-30")
        for qid in ("p_manufacturing", "p_above_scale"):
            answer(page.block, qid, raw[qid])
        assert page.reference_note.text() == "在政策有效期内。"
        assert click_next(window) == SCREENING
        screening = window.wizard.currentPage()
        for area_id, check in screening.boxes.items():
            if check.isChecked() != (area_id in ("investment", "smart_manufacturing", "finance")):
                QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
        visited = []
        page_id = click_next(window)
        policy = window.session.policy
        while page_id not in (PROJECTS, REVIEW):
            visited.append(page_id)
            block = block_of(window)
            for question in policy.questions:
                if question.id in block.rows and question.id in raw:
                    answer(block, question.id, raw[question.id])
            page_id = click_next(window)
        assert visited == [article_page_id(n) for n in (1, 9, 11, 12, 17, 19)]  # 12 and 17 concern every enterprise or investment
        assert page_id == PROJECTS
        projects = window.wizard.currentPage()
        assert "第十九条规定“从高不重复”" in projects.subTitle()
        QTest.mouseClick(projects.add_button, Qt.MouseButton.LeftButton)
        projects.name.setText("智能化车间")
        for i in range(projects.items.count()):
            entry = projects.items.item(i)
            if entry.data(Qt.ItemDataRole.UserRole) in ("a1.project_investment", "a9.smart_pilot"):
                entry.setCheckState(Qt.CheckState.Checked)
        assert click_next(window) == REVIEW
        review = window.wizard.currentPage()
        assert "项目（第十九条）" in [box.title() for box in review.findChildren(QGroupBox)]
        assert click_next(window) == RESULTS
        assert window.session.assessment.reference_date == date(2025, 6, 30)
        assert window.panel.total.text() == "768.00万元"  # type: ignore[union-attr]
        assert window.panel.row_text("a9.smart_pilot") == "不计入（第十九条）"  # type: ignore[union-attr]
        results = window.wizard.currentPage()
        assert results.total.text() == "估计合计：768.00万元"
        text = results.browser.toPlainText()
        assert "第十九条 从高不重复 / 省市不重复" in text and "第十九条（省市不重复）：已享受省级流动资金贷款贴息" in text
        assert "第十八条" not in text
        assert click_next(window) == EXPORT
        pdf = tmp_path / "walk.pdf"
        window.dialogs.next_save = pdf  # type: ignore[attr-defined]
        assert window.export_pdf()
        flat = re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages))
        assert "第十九条：从高不重复与省市不重复享受" in flat and "第十八条" not in flat and "768.00" in flat
        saved = tmp_path / "walk.hrba"
        window.dialogs.next_save = saved  # type: ignore[attr-defined]
        assert window.save_as()
        data = json.loads(saved.read_text(encoding="utf-8"))
        assert (data["policy"], data["policy_model"]) == ("hrb-test-2025", "2025.99-test")
        assert data["answers"] == raw and data["projects"] == PROJECT_FILE["projects"]
    finally:
        close(window)
