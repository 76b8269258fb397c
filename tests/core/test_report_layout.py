"""Layout details of the PDF: Chinese line breaking, section numbering, edge-case inputs."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

import pypdf
import pytest
from reportlab.platypus import Paragraph

from hrb_desktop.core.assessment import Assessment, evaluate_assessment, load_assessment
from hrb_desktop.core.engine import Engine
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.core.report import render_pdf
from hrb_desktop.core.report.kinsoku import NO_LINE_END, NO_LINE_START
from hrb_desktop.core.report.pages import fit
from hrb_desktop.core.report.strings import label
from hrb_desktop.core.report.styles import make_styles
from hrb_desktop.resources import examples_dir

EXAMPLE_NAMES = sorted(p.name for p in examples_dir().glob("*.json"))
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
    result = evaluate_assessment(Engine(policy), assessment, {}, lang)
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


def _body_lines(page_text: str, decorations: list[str]) -> list[str]:
    """A page's text without its running header and footer."""
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    return [line for line in lines if not any(line.startswith(d) for d in decorations)]


def _one_item_report(lang: Lang) -> bytes:
    """One eligible item after a short summary: the case that left "三、符合条件的奖补项目" alone
    at the foot of page 1."""
    policy = embedded_policy()
    assessment = Assessment(
        policy=policy.id,
        reference_date=date(2026, 11, 29),
        enterprise={"name": "Harbin Test Co", "credit_code": "91230100MA18Y5XB23"},  # type: ignore[arg-type]
        answers={"a1_in_stats": True, "a1_investment": "2500"},  # type: ignore[dict-item]
    )
    answers = {"a1_in_stats": True, "a1_investment": Decimal("2500")}
    result = evaluate_assessment(Engine(policy), assessment, answers, lang)  # type: ignore[arg-type]
    return render_pdf(policy, assessment, result, lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("case", ["one item", *EXAMPLE_NAMES])
def test_no_section_heading_is_left_alone_at_the_foot_of_a_page(lang: Lang, case: str) -> None:
    if case == "one item":
        pdf = _one_item_report(lang)
    else:
        policy = embedded_policy()
        assessment, answers = load_assessment(examples_dir() / case, policy, lang)
        pdf = render_pdf(policy, assessment, evaluate_assessment(Engine(policy), assessment, answers, lang), lang)
    keys = ["s.summary", "s.chart", "s.details", "s.judgement", "s.art18", "s.non_monetary", "s.hints", "s.other"]
    titles = "|".join(re.escape(label(key, lang)) for key in keys)
    heading = re.compile((r"^[一二三四五六七八九十]、" if lang == "zh" else r"^\d+\. ") + f"({titles})$")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    decorations = [
        embedded_policy().doc_number,
        label("running.title", lang),
        label("page", lang, page=0, pages=0).split("0")[0],
        label("footer.hash", lang, hash=""),
        label("footer.note", lang),
    ]
    for number, page in enumerate(reader.pages, start=1):
        body = _body_lines(page.extract_text(), decorations)
        assert body, f"page {number} is empty"
        assert not heading.match(body[-1]), f"page {number} ends with the heading {body[-1]!r}"
