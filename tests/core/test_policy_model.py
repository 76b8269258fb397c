"""The embedded policy is complete, verbatim and validated strictly."""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from hrb_desktop.core.policy_loader import PolicyFileError, load_policy_file
from hrb_desktop.core.policy_model import ItemKind, Policy
from hrb_desktop.resources import policy_dir

from .helpers import POLICY

# The notice as published, vendored beside the editions (see its README): every clone has it.
PUBLISHED = policy_dir() / "source" / "hrb-2021-10-published.txt"
POLICY_FILE = policy_dir() / "hrb-2021-10.yaml"


def _raw() -> dict[str, Any]:
    data = yaml.safe_load(POLICY_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_metadata() -> None:
    assert POLICY.doc_number == "哈政规〔2021〕10号"
    assert POLICY.issue_date == date(2021, 8, 25)
    assert POLICY.effective_from == date(2021, 8, 25)
    assert POLICY.valid_years == 3
    assert POLICY.valid_until == date(2024, 8, 24)
    assert POLICY.issuer.zh == "哈尔滨市人民政府"
    assert [a.number for a in POLICY.articles] == list(range(1, 19))


def test_every_article_is_verbatim_from_the_published_text() -> None:
    published = _squash(PUBLISHED.read_text(encoding="utf-8"))
    for article in POLICY.articles:
        assert _squash(article.text) in published, f"article {article.number} differs from the text"
    assert _squash(POLICY.preamble) in published


def test_every_article_but_18_has_items_and_every_kind_is_present() -> None:
    for article in POLICY.articles[:17]:
        assert article.items, f"article {article.number} has no items"
    kinds = {item.kind for item in POLICY.items()}
    assert kinds == {ItemKind.monetary, ItemKind.judgement, ItemKind.non_monetary}


def test_items_without_a_figure_are_judgement_items() -> None:
    judgement = {i.id for i in POLICY.items() if i.kind == ItemKind.judgement}
    for needed in (
        "a1.heritage_brand_threshold",
        "a2.district_matching",
        "a3.competition_fee",
        "a6.joint_center_construction",
        "a7.innovative_leader",
        "a7.transfer_institution",
        "a17.case_by_case",
    ):
        assert needed in judgement


def test_non_monetary_benefits_are_present() -> None:
    non_monetary = {i.id for i in POLICY.items() if i.kind == ItemKind.non_monetary}
    for needed in (
        "a4.procurement_price_deduction",
        "a10.green_credit",
        "a11.guarantee_rate_ceiling",
        "a12.strategic_investor_price",
        "a13.training",
        "a14.direct_power_trading",
        "a15.land_quota",
        "a16.service_platform",
    ):
        assert needed in non_monetary


def _chinese_outside_glosses(text: str) -> bool:
    """English text may gloss a Chinese term in parentheses, nothing more."""
    return bool(re.search(r"[\u4e00-\u9fff]", re.sub(r"\([^)]*\)|'[^']*'", "", text)))


def test_english_texts_are_english() -> None:
    texts = [t for q in POLICY.questions for t in (q.label.en, q.help.en)]
    for i in POLICY.items():
        texts += [i.title.en, i.summary_en, *(m.en for m in i.materials)]
        texts += [i.interpretation.en] if i.interpretation else []
    texts += [a.title.en for a in POLICY.articles] + [a.label.en for a in POLICY.areas]
    assert [t for t in texts if _chinese_outside_glosses(t)] == []


def test_extra_fields_are_forbidden() -> None:
    data = _raw()
    data["articles"][0]["items"][0]["surprise"] = 1
    with pytest.raises(ValidationError, match="surprise"):
        Policy.model_validate(data)


def test_a_clause_that_is_not_verbatim_is_refused() -> None:
    data = _raw()
    data["articles"][0]["items"][0]["clause"] = "按其年度实际固定资产投资额的6%"
    with pytest.raises(ValidationError, match="not found verbatim in article 1"):
        Policy.model_validate(data)


def test_unknown_question_references_are_refused() -> None:
    data = copy.deepcopy(_raw())
    data["articles"][0]["items"][0]["conditions"]["all"][0]["q"] = "no_such_question"
    with pytest.raises(ValidationError, match="no_such_question"):
        Policy.model_validate(data)


def test_amount_rules_are_a_discriminated_union() -> None:
    data = _raw()
    data["articles"][0]["items"][0]["amount"] = {"kind": "lottery", "cap": 5}
    with pytest.raises(ValidationError, match="lottery"):
        Policy.model_validate(data)


def test_policy_check_lists_every_error_with_its_path(tmp_path: Path) -> None:
    data = _raw()
    data["articles"][0]["items"][0]["amount"]["rate"] = -5
    data["questions"][0]["type"] = "colour"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(PolicyFileError) as info:
        load_policy_file(bad)
    text = str(info.value)
    assert "articles.0.items.0.amount.percent.rate" in text
    assert "questions.0.type" in text


def test_the_json_form_shipped_in_the_frozen_app_is_the_same_policy(tmp_path: Path) -> None:
    from hrb_desktop.core.policy_loader import policy_json_text

    target = tmp_path / "hrb-2021-10.json"
    target.write_text(policy_json_text(POLICY_FILE), encoding="utf-8")
    assert load_policy_file(target) == POLICY
