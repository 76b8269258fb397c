"""Walk whole assessments through the real widgets, as a user would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWizard

from hrb_desktop.core.assessment import evaluate_assessment
from hrb_desktop.core.engine import Engine, Status
from hrb_desktop.core.messages import article_name
from hrb_desktop.core.money import fmt_number_range, fmt_range
from hrb_desktop.core.policy_model import ApplicantType
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
from tests.ui.wizard_helpers import (
    EQUIPMENT,
    POLICY,
    answer,
    block_of,
    click_next,
    close,
    example_answers,
    make_window,
)


def fill_profile(window, enterprise, reference: date, profile_answers: dict) -> None:
    page = window.wizard.currentPage()
    page.name.setText(enterprise.name)  # CJK: setText, never keyClicks
    QTest.keyClicks(page.credit.edit, enterprise.credit_code)
    page.district.setCurrentIndex(page.district.findData(enterprise.district))
    page.industry.setEditText(enterprise.industry)
    page.contact.setText(enterprise.contact)
    page.applicant.setCurrentIndex(page.applicant.findData(enterprise.applicant_type.value))
    QTest.keyClick(page.reference.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # as users retype a field
    QTest.keyClicks(page.reference.edit, reference.strftime("%Y/%m/%d"))
    for qid, raw in profile_answers.items():
        answer(page.block, qid, raw)


def test_walk_equipment_manufacturer_panel_equals_engine(qtbot, tmp_path) -> None:
    assessment, typed = example_answers()
    raw = assessment.answers
    window = make_window(qtbot, tmp_path)
    try:
        wizard = window.wizard
        assert wizard.currentId() == START
        assert click_next(window) == PROFILE
        assert not window.panel.isVisible()  # the panel starts after the profile
        profile_ids = {q.id for q in POLICY.questions if q.article is None}
        fill_profile(window, assessment.enterprise, assessment.reference_date,
                     {k: v for k, v in raw.items() if k in profile_ids})
        assert window.wizard.currentPage().credit.error() is None
        assert click_next(window) == SCREENING
        assert window.panel.isVisible()
        screening = wizard.currentPage()
        for area_id, check in screening.boxes.items():
            if check.isChecked() != (area_id in assessment.areas):
                QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
        assert sorted(window.session.assessment.areas) == sorted(assessment.areas)
        visited = []
        page_id = click_next(window)
        while page_id not in (PROJECTS, REVIEW):
            visited.append(page_id)
            block = block_of(window)
            # answer in policy order so that relevant_if opens follow-up questions first
            for question in POLICY.questions:
                if question.id in block.rows and question.id in raw:
                    answer(block, question.id, raw[question.id])
            page_id = click_next(window)
        assert visited == [article_page_id(n) for n in (1, 2, 6, 7, 9, 11, 12, 17, 18)]
        assert page_id == PROJECTS
        projects = wizard.currentPage()
        QTest.mouseClick(projects.add_button, Qt.MouseButton.LeftButton)
        projects.name.setText(assessment.projects[0].name)
        wanted = set(assessment.projects[0].items)
        for i in range(projects.items.count()):
            entry = projects.items.item(i)
            if entry.data(Qt.ItemDataRole.UserRole) in wanted:
                entry.setCheckState(Qt.CheckState.Checked)
        assert click_next(window) == REVIEW
        assert click_next(window) == RESULTS

        # the wizard holds exactly the example's inputs ...
        held = window.session.assessment
        assert window.session.answers == typed
        assert held.enterprise == assessment.enterprise
        assert held.reference_date == assessment.reference_date
        assert held.projects == assessment.projects
        # ... and the panel shows what the engine computes for them
        expected = evaluate_assessment(Engine(POLICY), assessment, typed)
        assert window.panel.total.text() == fmt_range(expected.total_low, expected.total_high)
        assert window.panel.total.text() == "1,027.19–1,577.19万元"
        for r in expected.items:
            if r.status == Status.eligible and not (r.art18 and r.counted_high == 0):
                assert window.panel.row_text(r.id) == fmt_number_range(r.counted_low, r.counted_high), r.id
        results = wizard.currentPage()
        assert results.total.text().endswith(fmt_range(expected.total_low, expected.total_high))
        assert results.chart.rows() == [
            (article_name(n), low, high) for n, (low, high) in expected.by_article().items()
        ]
        html = results.browser.toPlainText()
        assert "第十八条（从高不重复）" in html and "智能化重型铸锻车间建设项目" in html
        assert click_next(window) == EXPORT
    finally:
        close(window)


def test_back_keeps_answers(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        click_next(window)
        window.wizard.currentPage().name.setText("测试企业")
        click_next(window)
        assert click_next(window) == article_page_id(1)
        block = block_of(window)
        answer(block, "a1_in_stats", True)
        answer(block, "a1_investment", "2,500")
        assert click_next(window) == article_page_id(2)
        answer(block_of(window), "a2_output_increase", "3000")
        window.wizard.back()
        window.wizard.back()
        assert window.wizard.currentId() == SCREENING
        click_next(window)
        block = block_of(window)
        assert block.rows["a1_investment"].field.edit.text() == "2,500"  # as typed, not rewritten
        assert block.rows["a1_in_stats"].field.yes.isChecked()
        assert click_next(window) == article_page_id(2)
        assert block_of(window).rows["a2_output_increase"].field.edit.text() == "3000"
        assert window.session.answers["a1_investment"] == 2500
    finally:
        close(window)


def test_review_jumps_back_and_keeps_other_answers(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        assessment, typed = example_answers()
        window.session.open(EQUIPMENT)
        window.wizard.reload()
        while window.wizard.currentId() != REVIEW:
            click_next(window)
        review = window.wizard.currentPage()
        QTest.mouseClick(review.edit_buttons[article_page_id(2)], Qt.MouseButton.LeftButton)
        assert window.wizard.currentId() == article_page_id(2)
        answer(block_of(window), "a2_output_increase", "9000")
        while window.wizard.currentId() != RESULTS:
            click_next(window)
        answers = window.session.answers
        assert answers["a2_output_increase"] == 9000
        assert {k: v for k, v in answers.items() if k != "a2_output_increase"} == {
            k: v for k, v in typed.items() if k != "a2_output_increase"
        }
        assert window.panel.row_text("a2.output_growth") == "50.00"
    finally:
        close(window)


def _return_button(window):
    return window.wizard.button(QWizard.WizardButton.CustomButton1)


def test_after_a_change_from_review_one_click_goes_back_to_review(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        window.session.open(EQUIPMENT)
        window.wizard.reload()
        while window.wizard.currentId() != REVIEW:
            assert not _return_button(window).isVisible()  # only after "修改…"
            click_next(window)
        review = window.wizard.currentPage()
        QTest.mouseClick(review.edit_buttons[PROFILE], Qt.MouseButton.LeftButton)
        assert window.wizard.currentId() == PROFILE
        button = _return_button(window)
        assert button.isVisible() and button.text() == "返回核对(&K)"
        window.wizard.currentPage().name.setText("改过名字的企业")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.wizard.currentId() == REVIEW
        assert not _return_button(window).isVisible()
        assert "改过名字的企业" in window.wizard.currentPage().content.findChildren(QLabel)[0].text()
        assert window.session.answers["a2_output_increase"] == example_answers()[1]["a2_output_increase"]
    finally:
        close(window)


def test_going_back_to_review_stops_on_a_page_that_needs_fixing(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        window.session.open(EQUIPMENT)
        window.wizard.reload()
        while window.wizard.currentId() != REVIEW:
            click_next(window)
        QTest.mouseClick(window.wizard.currentPage().edit_buttons[article_page_id(1)], Qt.MouseButton.LeftButton)
        block = block_of(window)
        block.rows["a1_investment"].field.edit.setText("-5")
        QTest.mouseClick(_return_button(window), Qt.MouseButton.LeftButton)
        assert window.wizard.currentId() == article_page_id(1)  # not silently skipped
        assert window.wizard.currentPage().blockers.isVisible()
        block.rows["a1_investment"].field.edit.setText("2500")
        QTest.mouseClick(_return_button(window), Qt.MouseButton.LeftButton)
        assert window.wizard.currentId() == REVIEW
        assert window.session.answers["a1_investment"] == 2500
    finally:
        close(window)


def test_association_sees_only_its_article_5_item(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    try:
        click_next(window)
        page = window.wizard.currentPage()
        page.name.setText("哈尔滨市示例机器人产业协会")
        page.applicant.setCurrentIndex(page.applicant.findData(ApplicantType.association.value))
        assert not page.questions_box.isVisible()  # manufacturer / above-scale do not apply
        assert click_next(window) == article_page_id(5)  # no screening, straight to Art. 5
        block = block_of(window)
        visible = [q for q, row in block.rows.items() if row.field.isVisibleTo(window.wizard.currentPage())]
        assert visible == ["a5_event_in_plan"]
        answer(block, "a5_event_in_plan", True)
        answer(block, "a5_event_spend", "96.5")
        visible = [q for q, row in block.rows.items() if row.field.isVisibleTo(window.wizard.currentPage())]
        assert visible == ["a5_event_in_plan", "a5_event_spend"]
        assert window.wizard.sequence() == [START, PROFILE, article_page_id(5), REVIEW, RESULTS, EXPORT]
        shown = [item_id for item_id in window.panel._items]
        assert shown == ["a5.association_event"]
        result = window.session.result()
        assert [r.id for r in result.items] == ["a5.association_event"]
        assert window.panel.total.text() == fmt_range(result.total_low, result.total_high)
        assert click_next(window) == REVIEW
    finally:
        close(window)
