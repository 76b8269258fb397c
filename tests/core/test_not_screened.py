"""Items of areas the user unticked on the screening page are "not screened", not "unanswered".

The counts are worked out by hand from resources/policy/hrb-2021-10.yaml: which articles
carry which areas, and which questions each item reads.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

import pytest

from hrb_desktop import cli
from hrb_desktop.core.assessment import Assessment, evaluate_assessment, load_assessment
from hrb_desktop.core.editions import registry
from hrb_desktop.core.engine import AssessmentResult, Engine, Status
from hrb_desktop.core.scope import Scope
from hrb_desktop.resources import examples_dir

POLICY = registry().load("hrb-2021-10")
ENGINE = Engine(POLICY)
EQUIPMENT = examples_dir() / "equipment-manufacturer-2023.json"

# Enterprise items of the articles whose areas do not include "investment":
# Art. 2 (growth, titles) 10, Art. 4 (leader) 5, Art. 5 (markets) 2 of 3 (the third is for
# associations), Art. 6 (innovation) 10, Art. 7 (innovation, tech_purchase) 2 of 4 (the others
# are for transfer institutions and individuals), Art. 8 (industrial_internet) 6,
# Art. 9 (smart_manufacturing) 2, Art. 10 (green) 4, Art. 11 (finance) 6, Art. 15 (logistics) 2.
ONLY_INVESTMENT_OFF = {2: 10, 4: 5, 5: 2, 6: 10, 7: 2, 8: 6, 9: 2, 10: 4, 11: 6, 15: 2}


def _equipment(areas: list[str] | None, lang: str = "zh") -> tuple[Assessment, AssessmentResult]:
    assessment, answers = load_assessment(EQUIPMENT, POLICY, lang)  # type: ignore[arg-type]
    changed = assessment.model_copy(update={"areas": areas})
    return changed, evaluate_assessment(ENGINE, changed, answers, lang)  # type: ignore[arg-type]


def test_equipment_example_with_only_investment_ticked() -> None:
    _, result = _equipment(["investment"])
    unscreened = result.with_status(Status.not_screened)
    assert Counter(r.article for r in unscreened) == ONLY_INVESTMENT_OFF
    assert len(unscreened) == 49
    # Art. 1 and Art. 17 carry "investment"; Arts. 12, 13, 14 and 16 have no area at all.
    assert {r.article for r in result.items if r.status != Status.not_screened} == {1, 12, 13, 14, 16, 17}
    # Nothing left out is counted: only Art. 1's 5 % × 12,800 = 640 remains.
    assert (result.total_low, result.total_high) == (Decimal("640.00"), Decimal("640.00"))
    assert all(r.counted_high == 0 and r.hint is None for r in unscreened)
    # The genuinely unanswered stay apart: Art. 12's six land items and Art. 17's case-by-case.
    assert sorted(r.id for r in result.with_status(Status.not_answered)) == [
        "a12.existing_land", "a12.land_as_equity", "a12.land_lease", "a12.land_partition",
        "a12.standard_land", "a12.strategic_investor_price", "a17.case_by_case",
    ]


def test_the_example_as_saved_leaves_out_26_items_and_keeps_its_total() -> None:
    """Ticked: investment, growth, smart_manufacturing, finance, innovation. Left out:
    Art. 2's six title items, Art. 4 (5), Art. 5 (2), Art. 7's technology purchase, Art. 8 (6),
    Art. 10 (4), Art. 15 (2) = 26; 14 unanswered remain (six of Art. 6, Art. 7's leader,
    Art. 12's six, Art. 17's one)."""
    _, result = _equipment(["investment", "growth", "smart_manufacturing", "finance", "innovation"])
    assert len(result.with_status(Status.not_screened)) == 26
    assert len(result.with_status(Status.not_answered)) == 14
    assert (result.total_low, result.total_high) == (Decimal("1027.19"), Decimal("1577.19"))
    _, everything = _equipment(None)
    assert everything.with_status(Status.not_screened) == []
    # All ticked, the 26 are evaluated: 24 of them lack answers; Art. 5's market channels and
    # Art. 8's network infrastructure are non-monetary support that needs no answer.
    assert len(everything.with_status(Status.not_answered)) == 14 + 24


def test_an_unticked_area_inside_a_ticked_article_leaves_out_only_its_items() -> None:
    """Art. 2 carries growth and titles: with titles alone, the three growth items (they read
    growth questions) are left out and the six title items are asked; Art. 2's specialised-SME
    item reads no question, so it stays."""
    _, result = _equipment(["titles"])
    art2 = {r.id: r.status for r in result.items if r.article == 2}
    assert [i for i, s in art2.items() if s == Status.not_screened] == [
        "a2.new_above_scale", "a2.district_matching", "a2.output_growth"
    ]
    assert art2["a2.specialised_sme"] == Status.non_monetary
    reason = next(r for r in result.items if r.id == "a2.output_growth").reasons[0]
    assert reason == "未作评估：筛选时未勾选“入统与产值增长”"
    assert next(r for r in result.items if r.id == "a2.output_growth").areas_off == ("growth",)


def test_the_reason_names_the_areas_in_english_too() -> None:
    _, result = _equipment(["investment"], "en")
    r = next(r for r in result.items if r.id == "a7.technology_purchase")
    assert r.reasons == ["Not assessed: the screening page leaves out 'Innovation and first-of-kind equipment', "
                         "'Technology purchase'"]


def test_the_scope_and_the_engine_agree() -> None:
    """The wizard's pages (Scope.items) and the results (not_screened) come from one rule."""
    for areas in (None, frozenset({"investment"}), frozenset({"titles", "finance"}), frozenset()):
        scope = Scope(POLICY, "enterprise", areas)
        result = ENGINE.evaluate({}, applicant="enterprise", areas=areas)
        shown = {i.id for i in scope.items()}
        assert {r.id for r in result.items if r.status != Status.not_screened} == shown


def test_other_applicants_have_nothing_to_screen() -> None:
    result = ENGINE.evaluate({}, applicant="association", areas=frozenset({"investment"}))
    assert result.with_status(Status.not_screened) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cli_reports_not_screened_apart_from_unanswered(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    assert cli.main(["assess", str(EQUIPMENT), "--format", "json", "--lang", lang]) == 0
    data = json.loads(capsys.readouterr().out)
    statuses = Counter(item["status"] for item in data["items"])
    assert statuses["not_screened"] == 26 and statuses["not_answered"] == 14
    assert cli.main(["assess", str(EQUIPMENT), "--lang", lang]) == 0
    text = capsys.readouterr().out
    heading = "筛选时未勾选、未作评估的项目（26 项）：" if lang == "zh" else "Items left out on the screening page, not assessed (26): "
    line = next(line for line in text.splitlines() if line.startswith(heading))
    assert "a4.supplier_introduction" in line and "a6.rd_capacity" not in line
    unanswered = next(line for line in text.splitlines() if "a12.standard_land" in line)
    assert "a4.supplier_introduction" not in unanswered
