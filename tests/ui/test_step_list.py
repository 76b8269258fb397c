"""The step list: every page with its state, a jump to any page that may be reached, the
keyboard, and landing after Open and after a crash recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hrb_desktop.ui.pages.base import (
    EXPORT,
    PROFILE,
    PROJECTS,
    RESULTS,
    REVIEW,
    SCREENING,
    START,
    article_page_id,
    page_id_of,
    page_key,
)
from hrb_desktop.ui.steps import StepState
from hrb_desktop.ui.widgets.step_list import PAGE_ROLE
from hrb_desktop.ui.window_size import MINIMUM, STEPS_WIDTH
from tests.ui.wizard_helpers import EQUIPMENT, close, make_window, unloaded_window

# The equipment example ticks investment, growth, smart manufacturing, finance and innovation:
# Arts. 1, 2, 6, 7, 9, 11, 17 ask questions, Arts. 12 and 18 have no area; Arts. 4 (leader),
# 5 (markets), 8 (industrial internet), 10 (green) and 15 (logistics) are screened out, and
# Art. 3 is for cluster bodies only.
SCREENED_OUT = {4, 5, 8, 10, 15}
SEQUENCE = [START, PROFILE, SCREENING, *(article_page_id(n) for n in (1, 2, 6, 7, 9, 11, 12, 17, 18)),
            PROJECTS, REVIEW, RESULTS, EXPORT]


def _states(window) -> dict[int, StepState]:
    steps = window.steps
    return {steps.list.item(r).data(PAGE_ROLE): steps.state_of(steps.list.item(r).data(PAGE_ROLE))
            for r in range(steps.list.count())}


def _row(window, page_id: int):
    steps = window.steps
    return next(steps.list.item(r) for r in range(steps.list.count()) if steps.list.item(r).data(PAGE_ROLE) == page_id)


def test_open_lands_on_review_and_the_list_shows_every_page_with_its_state(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        assert window.wizard.sequence() == SEQUENCE
        assert window.wizard.currentId() == REVIEW  # complete: straight to the review, Next is Results
        QCoreApplication.processEvents()
        states = _states(window)
        assert list(states) == sorted(states)  # page order; 22 rows, whatever is screened
        assert len(states) == 22
        for page_id in SEQUENCE[: SEQUENCE.index(REVIEW) + 1]:
            assert states[page_id] == StepState.done, page_id
        assert states[RESULTS] == states[EXPORT] == StepState.todo
        assert {n for n in range(1, 19) if states.get(article_page_id(n)) == StepState.not_screened} == SCREENED_OUT
        assert states[article_page_id(3)] == StepState.not_applicable
        skipped = _row(window, article_page_id(4))
        assert not skipped.flags() & Qt.ItemFlag.ItemIsEnabled  # arrow keys and clicks pass it by
        text = skipped.data(Qt.ItemDataRole.AccessibleTextRole)
        assert text == "第四条\u3000发挥领航企业中坚作用：未筛选，跳过"
        assert window.steps.list.currentItem().data(PAGE_ROLE) == REVIEW
        assert window.status.text() == "已打开示例 equipment-manufacturer-2023.json（模板：保存时需另存为新文件）"
    finally:
        close(window)


def test_a_users_own_complete_file_opens_on_review_and_says_next_shows_results(qtbot, tmp_path) -> None:
    own = tmp_path / "own.hrba"
    own.write_bytes(EQUIPMENT.read_bytes())
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(own)
        assert window.wizard.currentId() == REVIEW
        assert window.status.text() == f"请核对，按“下一步”查看结果。已打开 {own}"
        window.wizard.next()
        assert window.wizard.currentId() == RESULTS
    finally:
        close(window)


def test_one_click_reaches_the_results_from_the_start(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        window.wizard.reload()  # back on Start, as after a restart
        assert window.wizard.currentId() == START
        QTest.mouseClick(window.steps.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.steps.list.visualItemRect(_row(window, RESULTS)).center())
        assert window.wizard.currentId() == RESULTS
        assert window.wizard.currentPage().total.text() == "估计合计：1,027.19–1,577.19万元"
        QTest.mouseClick(window.steps.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.steps.list.visualItemRect(_row(window, article_page_id(2))).center())
        assert window.wizard.currentId() == article_page_id(2)  # back: every answer kept
        assert window.session.answers["a2_output_increase"] == 7300
    finally:
        close(window)


def test_a_jump_stops_on_the_first_page_that_needs_fixing_and_says_why(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        window.wizard.reload()
        window.wizard.next()
        window.wizard.currentPage().name.setText("")  # the one required field
        window.wizard.back()
        assert window.wizard.currentId() == START
        QCoreApplication.processEvents()
        assert _states(window)[PROFILE] == StepState.fix
        assert not window.go_to_page(RESULTS)
        assert window.wizard.currentId() == PROFILE
        page = window.wizard.currentPage()
        assert page.blockers.isVisibleTo(window) and "请填写企业（机构）名称" in page.blockers.text()
        assert window.status.text() == "请先改正“企业信息”中的问题，才能继续往后。"
        row = _row(window, PROFILE)
        assert "需要改正：请填写企业（机构）名称" in row.data(Qt.ItemDataRole.AccessibleTextRole)
    finally:
        close(window)


def test_alt_g_arrow_keys_and_enter_move_through_the_steps(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        assert window.steps.title.text() == "步骤(&G)" and window.steps.title.buddy() is window.steps.list
        QTest.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(window.steps.list.hasFocus, timeout=2000)
        QTest.keyClick(window.steps.list, Qt.Key.Key_Down)  # Review -> Results
        assert window.wizard.currentId() == REVIEW  # choosing alone does not move the wizard
        QTest.keyClick(window.steps.list, Qt.Key.Key_Return)
        assert window.wizard.currentId() == RESULTS
        for expected in (REVIEW, PROJECTS, article_page_id(18)):
            QTest.keyClick(window.steps.list, Qt.Key.Key_Up)
            assert window.steps.list.currentItem().data(PAGE_ROLE) == expected
        QTest.keyClick(window.steps.list, Qt.Key.Key_Up)
        assert window.steps.list.currentItem().data(PAGE_ROLE) == article_page_id(17)
        QTest.keyClick(window.steps.list, Qt.Key.Key_Up)  # Art. 15 is screened out: on to Art. 12
        assert window.steps.list.currentItem().data(PAGE_ROLE) == article_page_id(12)
        QTest.keyClick(window.steps.list, Qt.Key.Key_Enter)
        assert window.wizard.currentId() == article_page_id(12)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.wizard.currentPage().first_field(), timeout=2000)
    finally:
        close(window)


def test_the_window_remembers_the_page_for_the_autosave() -> None:
    assert page_key(article_page_id(6)) == "article-6" and page_id_of("article-6") == article_page_id(6)
    for page_id in (START, PROFILE, SCREENING, PROJECTS, REVIEW, RESULTS, EXPORT, article_page_id(18)):
        assert page_id_of(page_key(page_id)) == page_id
    assert page_id_of("article-x") is None and page_id_of("nonsense") is None and page_id_of(None) is None
    assert page_id_of("article-１２") is None  # full-width digits from a hand-edited file


def test_page_changes_set_ui_page(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        assert window.session.ui_page == "review"
        window.go_to_page(article_page_id(6))
        assert window.session.ui_page == "article-6"
        assert not window.session.dirty  # moving is not an edit
    finally:
        close(window)


def test_moving_on_after_an_edit_records_the_new_page_in_the_autosave(qtbot, tmp_path) -> None:
    """A crash after the user moved on (no edit since) returns to where they were, not to the
    page of their last edit."""
    import json

    window = make_window(qtbot, tmp_path)
    try:
        assert window.open(EQUIPMENT)
        window.session.autosave_delay = 20
        window.go_to_page(article_page_id(2))
        window.session.set_answer("a2_output_increase", 9000)
        qtbot.waitUntil(lambda: window.session.autosave_path.is_file(), timeout=3000)
        window.go_to_page(article_page_id(11))
        qtbot.waitUntil(
            lambda: json.loads(window.session.autosave_path.read_text(encoding="utf-8")).get("page") == "article-11",
            timeout=3000,
        )
    finally:
        close(window)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_column_holds_its_rows_in_both_languages(qtbot, tmp_path, lang: str) -> None:
    from tests.ui.test_i18n_ui import make_window as make_window_in

    window = make_window_in(qtbot, tmp_path, lang)
    try:
        window.resize(*MINIMUM)
        QCoreApplication.processEvents()
        assert window.steps.width() == STEPS_WIDTH[lang]
        assert window.steps.needed_width() <= STEPS_WIDTH[lang]
        names = [window.steps.list.item(r).text() for r in range(window.steps.list.count())]
        assert ("Screening" in names) == (lang == "en") and ("筛选" in names) == (lang == "zh")
        assert window.steps.legend.minimumSizeHint().width() <= window.steps.legend.width()
    finally:
        close(window)


def test_side_columns_hold_their_places_from_the_first_paint(qtbot, tmp_path) -> None:
    """The step list and the live panel fill in after the policy loads; the wizard between
    them does not move or change width, on Start or on any later page."""
    window = unloaded_window(qtbot, tmp_path)
    try:
        window.resize(1366, 768)
        window.show()
        QCoreApplication.processEvents()
        before = window.wizard.geometry()
        window.load()
        QCoreApplication.processEvents()
        assert window.wizard.geometry() == before
        assert window.panel is not None and window.panel.isVisible()  # from Start on, never popping in
        window.new()
        QCoreApplication.processEvents()
        assert window.wizard.currentId() == PROFILE and window.wizard.geometry() == before
    finally:
        close(window)


def _crashed_on(tmp_path: Path, page: str, name: str) -> None:
    """What a session killed on ``page`` leaves: its autosave (no lock, its owner is gone)."""
    from hrb_desktop.core.assessment import load_assessment
    from hrb_desktop.core.autosave import AUTOSAVE_SUFFIX, envelope_bytes
    from tests.ui.wizard_helpers import POLICY

    assessment, _ = load_assessment(EQUIPMENT, POLICY)
    assessment = assessment.model_copy(
        update={"enterprise": assessment.enterprise.model_copy(update={"name": name})}
    )
    folder = tmp_path / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"crashed-1{AUTOSAVE_SUFFIX}").write_bytes(envelope_bytes("crashed-1", assessment, None, page))


def test_a_recovery_returns_to_the_page_the_user_was_on(qtbot, tmp_path: Path) -> None:
    _crashed_on(tmp_path, "article-9", "崩溃前的企业")
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.yes_no = True
        window.offer_recovery()
        assert window.wizard.currentId() == article_page_id(9)  # not Start: no five presses of Next
        field = window.wizard.currentPage().block.rows["a9_project_investment"].field
        assert field.edit.text() == "6200"
        assert window.session.ui_page == "article-9"
    finally:
        close(window)


def test_a_recovery_stops_on_the_first_page_that_needs_fixing(qtbot, tmp_path: Path) -> None:
    _crashed_on(tmp_path, "results", "")  # killed before the name was typed
    window = make_window(qtbot, tmp_path)
    try:
        window.dialogs.yes_no = True
        window.offer_recovery()
        assert window.wizard.currentId() == PROFILE
    finally:
        close(window)
