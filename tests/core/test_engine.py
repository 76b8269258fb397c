"""Engine behaviour beyond single figures: validity, explanations, hints, statuses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hrb_desktop.core.engine import Status

from .helpers import item, run


def test_results_inside_the_validity_window_carry_no_warning() -> None:
    for day in (date(2021, 8, 25), date(2024, 8, 24)):
        result = run({}, reference_date=day)
        assert result.in_force and result.warnings == []


def test_results_outside_the_window_still_compute_with_a_warning() -> None:
    answers = {"a1_in_stats": True, "a1_investment": "2000"}
    for day in (date(2021, 8, 24), date(2024, 8, 25), date(2026, 11, 29)):
        result = run(answers, reference_date=day)
        assert not result.in_force
        assert len(result.warnings) == 1
        assert "2021年8月25日至2024年8月24日" in result.warnings[0]
        assert item(result, "a1.project_investment").low == Decimal("100.00")
    expired = run(answers, reference_date=date(2026, 11, 29), lang="en")
    assert "expired on 24 Aug 2024" in expired.warnings[0]
    early = run(answers, reference_date=date(2021, 1, 1))
    assert "尚未施行" in early.warnings[0]


def test_explanation_cites_the_numbers_and_the_cap() -> None:
    r = item(run({"a1_in_stats": True, "a1_investment": "50000"}), "a1.project_investment")
    text = r.explanation()
    assert "5% × 项目年度实际固定资产投资额 50,000.00万元 = 2,500.00万元，超过上限，按 2,000.00万元计" in text
    en = item(run({"a1_in_stats": True, "a1_investment": "50000"}, lang="en"), "a1.project_investment")
    assert "= 2,500.00 (10k CNY), above the cap, so 2,000.00 (10k CNY)" in en.explanation("en")


def test_tier_explanation_shows_the_steps() -> None:
    r = item(run({"a2_output_increase": "7300"}), "a2.output_growth")
    assert "20.00万元 + 10.00万元 × 2" in r.explanation()
    assert "= 40.00万元" in r.explanation()


def test_not_eligible_names_the_unmet_condition_with_the_users_figure() -> None:
    r = item(run({"a1_in_stats": True, "a1_investment": "1999.99"}), "a1.project_investment")
    assert r.status == Status.not_eligible
    assert "未满足：项目年度实际固定资产投资额 ≥ 2,000万元（含）（当前 1,999.99万元）" in r.reasons[0]


def test_not_answered_lists_what_is_missing() -> None:
    r = item(run({"a11_revenue_increase": "3000"}), "a11.loan_interest")
    assert r.status == Status.not_answered
    assert "当年新增流动资金贷款到位额" in r.reasons[0]


def test_a_definite_failure_wins_over_missing_answers() -> None:
    r = item(run({"a11_revenue_increase": "10"}), "a11.loan_interest")
    assert r.status == Status.not_eligible


def test_threshold_hint_says_how_far_and_what_it_would_earn() -> None:
    r = item(run({"a2_output_increase": "2999.99"}), "a2.output_growth")
    assert r.hint == "年产值较同期增加额再增加 0.01万元（达到 3,000.00万元），可获 20.00万元"
    r = item(
        run(
            {
                "a4_is_leader": True,
                "a4_revenue": "60000",
                "a4_purchase_growth": "8",
                "a4_new_supply_volume": "20000",
            }
        ),
        "a4.supply_growth",
    )
    assert r.hint is not None and "2个百分点" in r.hint and "600.00万元" in r.hint


def test_tier_hint_names_the_next_step() -> None:
    r = item(run({"a2_output_increase": "7300"}), "a2.output_growth")
    assert r.hint == "年产值较同期增加额再增加 1,700.00万元（达到 9,000.00万元），可多获 10.00万元"
    capped = item(run({"a2_output_increase": "99000"}), "a2.output_growth")
    assert capped.hint == "已达单户年度上限 500.00万元"


def test_no_hint_when_two_conditions_fail() -> None:
    r = item(run({"p_above_scale": False, "a2_output_increase": "2000"}), "a2.output_growth")
    assert r.hint is None


def test_recognition_date_outside_the_window_is_explained() -> None:
    r = item(
        run({"a6_national_innovation_demo": True, "a6_recognition_date": "2020-05-01"}),
        "a6.national_innovation_demo",
    )
    assert r.status == Status.not_eligible
    assert "2020年5月1日" in r.reasons[0] and "不在政策有效期" in r.reasons[0]
    missing = item(run({"a6_national_innovation_demo": True}), "a6.national_innovation_demo")
    assert missing.status == Status.eligible
    assert any("未填写认定日期" in n for n in missing.notes)


def test_judgement_and_non_monetary_never_enter_the_total() -> None:
    result = run({"a17_major_project": True, "a12_land_need": True})
    assert item(result, "a17.case_by_case").status == Status.judgement
    assert (result.total_low, result.total_high) == (Decimal(0), Decimal(0))


def test_applicant_type_filters_items() -> None:
    result = run({}, applicant="association", base=False)
    assert {r.id for r in result.items} == {"a5.association_event"}
    cluster = run({}, applicant="cluster_body", base=False)
    assert {r.id for r in cluster.items} == {"a3.competition_fee", "a3.cluster_matching"}


def test_totals_by_article() -> None:
    result = run(
        {
            "a11_revenue_increase": "4600",
            "a11_new_liquidity_loans": "3000",
            "a11_interest_paid": "118.6",
            "a11_municipal_guarantee": True,
            "a11_guarantee_fee": "24",
            "a2_output_increase": "3000",
        }
    )
    assert result.by_article() == {
        2: (Decimal("20.00"), Decimal("20.00")),
        11: (Decimal("83.30"), Decimal("83.30")),
    }


def test_every_explanation_cites_its_article_and_clause() -> None:
    result = run({"a1_in_stats": True, "a1_investment": "2000", "a17_major_project": True})
    for r in result.items:
        text = r.explanation()
        assert r.item.clause in text
        assert "依据第" in text
    en = item(run({"a1_in_stats": True, "a1_investment": "2000"}, lang="en"), "a1.project_investment")
    assert "Basis: Art. 1" in en.explanation("en")
