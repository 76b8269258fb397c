"""Layout details of the PDF: Chinese line breaking, section numbering, edge-case inputs."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest
from reportlab.platypus import Paragraph

from hrb_desktop.core.assessment import Assessment
from hrb_desktop.core.engine import Engine
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.core.report import render_pdf
from hrb_desktop.core.report.kinsoku import NO_LINE_END, NO_LINE_START
from hrb_desktop.core.report.pages import fit
from hrb_desktop.core.report.styles import make_styles

PUNCTUATED = (
    "对首次列入国家和省绿色制造名单企业、国家和省工业节能技术装备推荐目录，以及获得国家和省高能耗行业能效"
    "“领跑者”“能效之星”“黑龙江省节水标杆”等称号的企业，分别给予一次性奖励50—200万元；"
    "《哈尔滨市工业强市》（试行）：是否适用？是！" * 3
)


def wrapped_lines(text: str, width: float) -> list[str]:
    paragraph = Paragraph(text, make_styles("zh").clause)
    paragraph.wrap(width, 10_000)
    return ["".join(words) for _, words in paragraph.blPara.lines]


@pytest.mark.parametrize("width", [120 + 7 * n for n in range(40)])
def test_chinese_punctuation_never_starts_or_ends_a_line_wrongly(width: float) -> None:
    lines = wrapped_lines(PUNCTUATED, width)
    assert "".join(lines) == PUNCTUATED  # nothing lost or duplicated
    assert len(lines) > 2
    for line in lines[1:]:
        assert line[0] not in NO_LINE_START, (width, line)
    for line in lines[:-1]:
        assert line[-1] not in NO_LINE_END, (width, line)


def test_fit_shortens_with_an_ellipsis_only_when_needed() -> None:
    assert fit("哈尔滨示例公司", 8, 500) == "哈尔滨示例公司"
    short = fit("哈尔滨" * 80, 8, 100)
    assert short.endswith("…") and len(short) < 30


def _blank(lang: Lang) -> bytes:
    policy = embedded_policy()
    assessment = Assessment(policy=policy.id, reference_date=date(2022, 1, 1))
    result = Engine(policy).evaluate_assessment(assessment, {}, lang)
    return render_pdf(policy, assessment, result, lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_empty_assessment_still_renders_a_complete_report(lang: Lang) -> None:
    reader = pypdf.PdfReader(io.BytesIO(_blank(lang)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    if lang == "zh":
        assert "（未填写）" in text
        assert "暂无符合条件或需部门核定的奖补项目" in text
        assert "没有计入合计的金额" in text
        headings = re.findall(r"^([一二三四五六七八九])、", text, flags=re.M)
        assert headings == list("一二三四五六")[: len(headings)] and len(headings) >= 5
        assert "0.00万元" in text
    else:
        assert "(not given)" in text
        headings = re.findall(r"^(\d)\. ", text, flags=re.M)
        assert headings == [str(n) for n in range(1, len(headings) + 1)] and len(headings) >= 5
        assert "Nothing is counted in the total" in text
