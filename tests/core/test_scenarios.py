"""Hand-worked figures for every monetary item at each threshold and cap (data in scenarios/)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from hrb_desktop.core.engine import Status
from hrb_desktop.core.policy_model import ItemKind

from .helpers import POLICY, item, load_scenarios, run

THRESHOLDS = load_scenarios("thresholds_and_caps.yaml")
ART18 = load_scenarios("art18.yaml")


def _check_expectations(result: Any, expect: dict[str, Any]) -> None:
    for item_id, wanted in expect.items():
        if wanted == "absent":
            assert item_id not in {r.id for r in result.items}
            continue
        r = item(result, item_id)
        if isinstance(wanted, str):
            assert r.status == Status(wanted), f"{item_id}: {r.status} — {r.explanation()}"
        else:
            assert r.status == Status.eligible, f"{item_id}: {r.status} — {r.explanation()}"
            assert (r.low, r.high) == (Decimal(wanted[0]), Decimal(wanted[1])), r.explanation()


@pytest.mark.parametrize("case", THRESHOLDS, ids=[c["name"] for c in THRESHOLDS])
def test_threshold_and_cap_scenarios(case: dict[str, Any]) -> None:
    result = run(case["answers"], applicant=case.get("applicant", "enterprise"))
    _check_expectations(result, case["expect"])


@pytest.mark.parametrize("case", ART18, ids=[c["name"] for c in ART18])
def test_art18_scenarios(case: dict[str, Any]) -> None:
    result = run(case["answers"], projects=case.get("projects"))
    _check_expectations(result, case.get("expect", {}))
    for item_id, (low, high) in case["counted"].items():
        r = item(result, item_id)
        assert (r.counted_low, r.counted_high) == (Decimal(low), Decimal(high)), r.explanation()
    assert (result.total_low, result.total_high) == tuple(Decimal(v) for v in case["total"])
    if "kept" in case:
        decision = next(d for d in result.decisions if d.kind == "same_project")
        assert decision.kept == case["kept"]
        assert decision.set_aside == case["set_aside"]
        assert "第十八条" in decision.text
    elif "set_aside" in case:
        decision = next(d for d in result.decisions if d.kind == "provincial")
        assert decision.set_aside == case["set_aside"]
        for item_id in case["set_aside"]:
            assert "省市两级不重复" in (item(result, item_id).art18 or "")
    else:
        assert result.decisions == []


def test_every_monetary_item_has_a_hand_worked_eligible_scenario() -> None:
    covered = {
        item_id
        for case in THRESHOLDS + ART18
        for item_id, wanted in case.get("expect", {}).items()
        if isinstance(wanted, list)
    }
    monetary = {i.id for i in POLICY.items() if i.kind == ItemKind.monetary}
    assert monetary - covered == set()
