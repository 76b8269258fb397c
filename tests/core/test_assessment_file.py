"""The assessment file: round trips, clear errors naming the field, never half-loaded."""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from hrb_desktop.core.assessment import (
    Assessment,
    AssessmentError,
    Enterprise,
    Project,
    assessment_to_json,
    input_hash,
    load_assessment,
    parse_assessment,
    save_assessment,
)
from hrb_desktop.resources import examples_dir

from .helpers import POLICY

EXAMPLES = sorted(examples_dir().glob("*.json"))


def _doc(**overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "hrb-assessment",
        "version": 1,
        "policy": "hrb-2021-10",
        "reference_date": "2023-06-30",
        "enterprise": {"name": "A&B <Tech> 有限公司", "credit_code": "91350100M000100Y43"},
        "answers": {"a1_in_stats": True, "a1_investment": "2000.1234"},
        "projects": [],
    }
    doc.update(overrides)
    return doc


def _problems(text: str) -> str:
    with pytest.raises(AssessmentError) as info:
        parse_assessment(text, POLICY)
    return str(info.value)


def test_examples_exist_and_load() -> None:
    assert len(EXAMPLES) >= 3
    for path in EXAMPLES:
        assessment, answers = load_assessment(path, POLICY)
        assert assessment.enterprise.name and answers


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_round_trip_of_every_example(path: Path, tmp_path: Path) -> None:
    original, answers = load_assessment(path, POLICY)
    target = tmp_path / "copy.hrba"
    save_assessment(target, original)
    again, answers_again = load_assessment(target, POLICY)
    assert again == original
    assert answers_again == answers
    assert assessment_to_json(again) == assessment_to_json(original)


def test_amounts_stay_exact() -> None:
    assessment, answers = parse_assessment(json.dumps(_doc()), POLICY)
    assert answers["a1_investment"] == Decimal("2000.1234")
    assert '"a1_investment": "2000.1234"' in assessment_to_json(assessment)
    from_number, typed = parse_assessment(json.dumps(_doc()).replace('"2000.1234"', "2000.1234"), POLICY)
    assert typed["a1_investment"] == Decimal("2000.1234")


def test_input_hash_changes_with_the_inputs() -> None:
    one, _ = parse_assessment(json.dumps(_doc()), POLICY)
    two, _ = parse_assessment(json.dumps(_doc(reference_date="2023-07-01")), POLICY)
    assert input_hash(one) == input_hash(one.model_copy())
    assert input_hash(one) != input_hash(two)
    assert len(input_hash(one)) == 12


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("{not json", "不是有效的 JSON"),
        ('{"format": "hrb-assessment",\n "answers": {', "第 2 行第 14 列：格式不对"),  # where, in Chinese
        ("[]", "JSON 对象"),
        (json.dumps(_doc(format="other")), "不是 hrb-desktop 评估文件"),
        (json.dumps(_doc(version=0)), "不支持的文件版本"),
        (json.dumps(_doc(version="1")), "不支持的文件版本"),
        (json.dumps(_doc(version=2)), "该文件由更新版本的程序保存，请先更新 hrb-desktop"),
        (json.dumps(_doc(policy=None)), "文件没有注明政策版本"),
        (json.dumps(_doc(enterprise={"applicant_type": "robot"})), "本政策版本没有“robot”（可选：enterprise、"),
        (json.dumps(_doc(policy_model="x" * 41)), "policy_model"),
        (json.dumps(_doc(policy="hrb-2030-01")), "另一项政策"),
        (
            json.dumps(_doc(enterprise={"name": "x", "credit_code": "91350100M000100Y44"})),
            "enterprise.credit_code",
        ),
        (json.dumps(_doc(enterprise={"name": "x", "credit_code": "91350100M000100Y44"})), "校验位"),
        (json.dumps(_doc(answers={"a1_investment": "-5"})), "第一条 项目年度实际固定资产投资额（万元）（a1_investment）：不能为负数"),
        (json.dumps(_doc(answers={"a1_investment": "12a"})), "（a1_investment）：不能含有字母“a”"),
        (json.dumps(_doc(answers={"a1_investment": True})), "（a1_investment）：应为数字，而不是是/否"),
        (json.dumps(_doc(answers={"a1_in_stats": "yes"})), "第一条 项目是否已入统（纳入固定资产投资统计）（a1_in_stats）：应为 是/否"),
        (json.dumps(_doc(answers={"a1_investment": "2000.12345"})), "最多4位小数"),
        (json.dumps(_doc(answers={"nope": True})), "各条款的回答（answers）：未知的问题编号“nope”"),
        (json.dumps(_doc(answers={"a2_recognition_date": "2023-13-01"})), "（a2_recognition_date）：没有13月"),
        (json.dumps(_doc(answers={"a6_national_centers": "1.5"})), "整数"),
        (json.dumps(_doc(reference_date="yesterday")), "reference_date"),
        (json.dumps(_doc(surprise=1)), "surprise"),
        (json.dumps(_doc(projects=[{"name": "p", "items": ["a1.nope"]}])), "项目“p”（projects[0].items）：未知的奖补项“a1.nope”"),
        (
            json.dumps(
                _doc(
                    projects=[
                        {"name": "p", "items": ["a1.project_investment"]},
                        {"name": "q", "items": ["a1.project_investment"]},
                    ]
                )
            ),
            "项目“q”（projects[1].items）：奖补项“重点项目固定资产投资补助”（a1.project_investment）已属于项目“p”",
        ),
    ],
)
def test_bad_files_are_refused_naming_the_field(text: str, needle: str) -> None:
    assert needle in _problems(text)


def test_broken_json_is_explained_in_the_users_language() -> None:
    text = '{"format": "hrb-assessment",\n "answers": {'
    with pytest.raises(AssessmentError) as zh:
        parse_assessment(text, POLICY, "zh")
    assert zh.value.problems == ["第 2 行第 14 列：格式不对（文件可能不完整，或被其他程序改动过）"]
    with pytest.raises(AssessmentError) as en:
        parse_assessment(text, POLICY, "en")
    assert en.value.summary == "Not a valid JSON file"
    assert en.value.problems == ["Line 2, column 14: Expecting property name enclosed in double quotes"]


@pytest.mark.parametrize(
    ("literal", "needle"),
    [
        ("1e30", "（a1_investment）：超出合理范围"),
        ("NaN", "文件里有 NaN：数值必须是有限的数字"),
        ("Infinity", "文件里有 Infinity：数值必须是有限的数字"),
        ("-Infinity", "文件里有 -Infinity：数值必须是有限的数字"),
        ("1E+400", "数字“1E+400”超出可处理的范围"),
    ],
)
def test_absurd_and_non_finite_numbers_are_refused(literal: str, needle: str) -> None:
    text = json.dumps(_doc()).replace('"2000.1234"', literal)
    assert needle in _problems(text)


def test_missing_unreadable_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(AssessmentError, match="找不到文件"):
        load_assessment(tmp_path / "missing.hrba", POLICY)
    with pytest.raises(AssessmentError, match="这是一个文件夹，不是文件"):
        load_assessment(tmp_path, POLICY)
    binary = tmp_path / "binary.hrba"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(AssessmentError, match="无法识别的字符") as info:
        load_assessment(binary, POLICY)
    assert info.value.problems == ["第 1 行（第 1 个字节）不是 UTF-8 编码的文字"]


def test_a_failed_load_leaves_the_file_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "bad.hrba"
    content = json.dumps(_doc(version=99)).encode()
    bad.write_bytes(content)
    before = bad.stat().st_mtime_ns
    with pytest.raises(AssessmentError):
        load_assessment(bad, POLICY)
    assert bad.read_bytes() == content and bad.stat().st_mtime_ns == before


def _assessment() -> Assessment:
    return Assessment(
        policy=POLICY.id,
        reference_date=date(2023, 6, 30),
        enterprise=Enterprise(name="示例", credit_code="91350100M000100Y43"),
        answers={"a1_in_stats": True},
        projects=[Project(name="p", items=["a1.project_investment"])],
    )


def test_a_failed_save_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "keep.hrba"
    target.write_text("old content", encoding="utf-8")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(AssessmentError, match="被其他程序占用"):
        save_assessment(target, _assessment())
    assert target.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.hrba"]


def test_saving_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AssessmentError, match="文件夹不存在"):
        save_assessment(tmp_path / "nope" / "a.hrba", _assessment())


def test_schema_names_the_top_level_keys() -> None:
    schema = Assessment.model_json_schema()
    assert {"format", "version", "policy", "reference_date", "enterprise", "answers", "projects"} <= set(
        schema["properties"]
    )


def test_saved_files_get_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.hrba"
    old_umask = os.umask(0o022)
    try:
        save_assessment(target, _assessment())
    finally:
        os.umask(old_umask)
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o640)
        save_assessment(target, _assessment())
        assert target.stat().st_mode & 0o777 == 0o640
