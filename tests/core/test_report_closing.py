"""The report's date, its sign-off block, the disclaimer's place, unscreened areas and districts."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from hrb_desktop.core.assessment import Assessment, AssessmentError, evaluate_assessment, load_assessment
from hrb_desktop.core.editions import registry
from hrb_desktop.core.engine import AssessmentResult, Engine, Status
from hrb_desktop.core.messages import Lang, fmt_date
from hrb_desktop.core.report import render_pdf, write_pdf
from hrb_desktop.core.report.strings import label
from hrb_desktop.core.report.when import report_date
from hrb_desktop.resources import examples_dir

POLICY = registry().load("hrb-2021-10")
ENGINE = Engine(POLICY)
EXAMPLES = sorted(p.name for p in examples_dir().glob("*.json"))
EQUIPMENT = "equipment-manufacturer-2023.json"
DAY = date(2024, 5, 6)


def _loaded(name: str, lang: Lang = "zh") -> tuple[Assessment, AssessmentResult]:
    assessment, answers = load_assessment(examples_dir() / name, POLICY, lang)
    return assessment, evaluate_assessment(ENGINE, assessment, answers, lang)


def _pdf(name: str, lang: Lang = "zh", made_on: date | None = DAY) -> bytes:
    assessment, result = _loaded(name, lang)
    return render_pdf(POLICY, assessment, result, lang, made_on=made_on)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- the date


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_report_date_is_printed_and_is_the_pdf_creation_date(lang: Lang) -> None:
    data = _pdf(EQUIPMENT, lang)
    first = _squash(_pages(data)[0])
    assert _squash(label("h.report_date", lang) + fmt_date(DAY, lang)) in first  # 2024年5月6日 / 6 May 2024
    info = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert info["/CreationDate"] == info["/ModDate"] == "D:20240506000000+00'00'"


def test_same_input_and_date_give_the_same_bytes_another_date_does_not() -> None:
    assert _pdf(EQUIPMENT) == _pdf(EQUIPMENT)
    other = _pdf(EQUIPMENT, made_on=date(2024, 5, 7))
    assert other != _pdf(EQUIPMENT)
    assert b"D:20240507000000" in other


def test_the_date_comes_from_the_option_then_source_date_epoch_then_today() -> None:
    assert report_date(DAY, {"SOURCE_DATE_EPOCH": "0"}) == DAY
    assert report_date(None, {"SOURCE_DATE_EPOCH": "1700000000"}) == date(2023, 11, 14)  # 22:13 UTC
    assert report_date(None, {"SOURCE_DATE_EPOCH": " "}) == date.today()
    assert report_date(None, {}) == date.today()


def test_source_date_epoch_dates_a_report_made_without_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert _pdf(EQUIPMENT, made_on=None) == _pdf(EQUIPMENT, made_on=date(2023, 11, 14))


def test_a_broken_source_date_epoch_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assessment, result = _loaded(EQUIPMENT)
    target = tmp_path / "r.pdf"
    with pytest.raises(AssessmentError) as caught:
        write_pdf(target, POLICY, assessment, result, "zh")
    assert "SOURCE_DATE_EPOCH" in caught.value.summary and "yesterday" in caught.value.problems[0]
    assert not target.exists()


def test_cli_report_date_option(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    args = ["assess", str(examples_dir() / EQUIPMENT), "--lang", "en", "--pdf", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "hrb_desktop", *args, "--report-date", "2024-02-03"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "3 Feb 2024" in _pages(out.read_bytes())[0]
    bad = subprocess.run(
        [sys.executable, "-m", "hrb_desktop", *args, "--report-date", "2024-02-30"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


# ---------------------------------------------------------------- sign-off and disclaimer


def _one_item(lang: Lang) -> tuple[Assessment, AssessmentResult]:
    assessment = Assessment(
        policy=POLICY.id,
        reference_date=date(2026, 11, 29),
        enterprise={"name": "Harbin Test Co"},  # type: ignore[arg-type]
        answers={"a1_in_stats": True, "a1_investment": "2500"},  # type: ignore[dict-item]
    )
    answers = {"a1_in_stats": True, "a1_investment": Decimal("2500")}
    return assessment, evaluate_assessment(ENGINE, assessment, answers, lang)  # type: ignore[arg-type]


def _cases() -> list[tuple[str, Lang]]:
    return [(case, lang) for case in ["one item", "blank", *EXAMPLES] for lang in ("zh", "en")]  # type: ignore[misc]


@pytest.mark.parametrize(("case", "lang"), _cases())
def test_the_disclaimer_stays_with_the_sign_off_and_the_last_lines(case: str, lang: Lang) -> None:
    if case == "one item":
        assessment, result = _one_item(lang)
    elif case == "blank":
        assessment = Assessment(policy=POLICY.id, reference_date=date(2022, 1, 1))
        result = evaluate_assessment(ENGINE, assessment, {}, lang)
    else:
        assessment, result = _loaded(case, lang)
    pages = _pages(render_pdf(POLICY, assessment, result, lang, made_on=DAY))
    disclaimer = label("s.disclaimer", lang)
    holding = [n for n, text in enumerate(pages) if re.search(rf"^{re.escape(disclaimer)}\s*$", text, re.M)]
    assert holding == [len(pages) - 1], "the disclaimer is on the last page, once"
    last = _squash(pages[-1])
    before = last[: last.index(_squash(disclaimer))]
    for key in ("sign.title", "sign.person", "sign.phone", "sign.date"):
        assert _squash(label(key, lang)) in before
    # ...and with the last lines before them: the unscreened areas, else the unanswered items
    unscreened = result.with_status(Status.not_screened)
    unanswered = result.with_status(Status.not_answered)
    heading = (
        label("o.not_screened", lang, n=len(unscreened)) if unscreened
        else label("o.not_answered", lang, n=len(unanswered))
    )
    assert _squash(heading) in before


# ---------------------------------------------------------------- unscreened areas, districts


def test_unscreened_areas_are_listed_briefly_apart_from_the_unanswered() -> None:
    text = _squash("\n".join(_pages(_pdf(EQUIPMENT))))
    assert _squash("尚未填写完整、无法判断的项目（14 项）") in text
    assert _squash("筛选时未勾选、未作评估的方面（26 项）") in text
    for line in (
        "第二条 支持企业加快成长（6 项）：未勾选“称号与认定”",
        "第四条 发挥领航企业中坚作用（5 项）：未勾选“领航企业与供应链”",
        "第七条 鼓励企业转化科技成果（1 项）：未勾选“购买科技成果”",
        "第十五条 提高企业物流保障水平（2 项）：未勾选“物流”",
    ):
        assert _squash(line) in text, line
    # the left-out items are not named one by one among the unanswered
    unanswered = text[text.index(_squash("尚未填写完整")) : text.index(_squash("筛选时未勾选"))]
    assert "第四条" not in unanswered and "第十五条" not in unanswered


def test_english_report_names_the_district_as_the_english_interface_does() -> None:
    assert "Songbei District" in "\n".join(_pages(_pdf(EQUIPMENT, "en")))
    assert "松北区" in _pages(_pdf(EQUIPMENT, "zh"))[0]
    assert "松北区" not in _pages(_pdf(EQUIPMENT, "en"))[0]
