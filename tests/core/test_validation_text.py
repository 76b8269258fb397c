"""A damaged assessment file's problems read in the user's language, field path first."""

from __future__ import annotations

import json

import pytest

from hrb_desktop.core.assessment import AssessmentError, parse_assessment
from hrb_desktop.core.editions import registry
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.validation_text import error_text, location
from tests.core.test_assessment_file import _doc

POLICY = registry().load("hrb-2021-10")


def _problems(doc: dict[str, object], lang: Lang) -> list[str]:
    with pytest.raises(AssessmentError) as info:
        parse_assessment(json.dumps(doc), POLICY, lang)
    return info.value.problems


@pytest.mark.parametrize(
    ("doc", "zh", "en"),
    [
        (_doc(surprise=1), "不认识的字段“surprise”（文件可能来自其他程序或更新的版本）", "unknown field “surprise” (the file"),
        (_doc(enterprise={"name": "x", "fax": "1"}), "企业信息（enterprise）：不认识的字段“fax”（文件可能来自其他程序或更新的版本）",
         "enterprise profile (enterprise): unknown field “fax” (the file may come from"),
        (_doc(reference_date="yesterday"), "评估基准日（reference_date）：不是有效的日期（应写作 2023-12-31）",
         "reference date (reference_date): not a valid date (write it as 2023-12-31)"),
        (_doc(enterprise={"name": "x" * 201}), "企业（机构）名称（enterprise.name）：过长（最多 200 个字符）",
         "name of enterprise or body (enterprise.name): too long (at most 200 characters)"),
        (_doc(enterprise=[1]), "企业信息（enterprise）：应为对象 {...}", "enterprise profile (enterprise): should be an object"),
        (_doc(projects=[{"name": "p", "items": "x"}]), "项目适用的奖补项目（projects[0].items）：应为列表 [...]",
         "the project's award items (projects[0].items): should be a list [...]"),
        (_doc(projects=[{"name": "p"}, {"name": ""}]), "项目名称（projects[1].name）：",
         "project name (projects[1].name): "),
        (_doc(enterprise={"name": "x", "applicant_type": "alien"}),
         "申报主体类型（enterprise.applicant_type）：本政策版本没有“alien”（可选：enterprise、cluster_body、",
         "applicant type (enterprise.applicant_type): this edition has no “alien” (allowed: enterprise, "),
    ],
)
def test_file_problems_are_explained_in_each_language(doc: dict[str, object], zh: str, en: str) -> None:
    zh_problems, en_problems = _problems(doc, "zh"), _problems(doc, "en")
    assert any(p.startswith(zh) for p in zh_problems), zh_problems
    assert any(p.startswith(en) for p in en_problems), en_problems
    assert not any(" should " in p or "Input " in p for p in zh_problems)  # no pydantic English left


def test_unknown_error_kinds_keep_pydantic_text_and_bad_templates_fall_back() -> None:
    odd = {"type": "something_new", "msg": "Something went wrong", "loc": ("a",)}
    assert error_text(odd, "zh") == "取值无效（Something went wrong）"
    assert error_text(odd, "en") == "Something went wrong"
    no_ctx = {"type": "string_too_long", "msg": "String should have at most 5 characters"}
    assert error_text(no_ctx, "zh") == "取值无效（String should have at most 5 characters）"
    ours = {"type": "value_error", "msg": "Value error, 校验位不正确"}
    assert error_text(ours, "zh") == "校验位不正确"
    assert location(("projects", 2, "items", 0)) == "projects[2].items[0]"
