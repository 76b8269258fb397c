"""The PDF summary: content, font embedding, escaping, reproducibility and safe writing."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pypdf
import pytest

from hrb_desktop.core.assessment import (
    Assessment,
    AssessmentError,
    evaluate_assessment,
    input_hash,
    load_assessment,
)
from hrb_desktop.core.editions import registry
from hrb_desktop.core.engine import AssessmentResult, Engine, Status
from hrb_desktop.core.messages import Lang, article_name, t
from hrb_desktop.core.money import fmt_number, fmt_range
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.report import render_pdf, write_pdf
from hrb_desktop.core.report.chart import nice_step
from hrb_desktop.core.report.fonts import missing_glyphs
from hrb_desktop.core.report.strings import all_labels
from hrb_desktop.resources import examples_dir

EXAMPLES = sorted(p.name for p in examples_dir().glob("*.json"))
EQUIPMENT = "equipment-manufacturer-2023.json"
EXPIRED = "green-manufacturer-2026.json"


@cache
def policy() -> Policy:
    return registry().load("hrb-2021-10")


@cache
def loaded(name: str, lang: Lang = "zh") -> tuple[Assessment, AssessmentResult]:
    assessment, answers = load_assessment(examples_dir() / name, policy(), lang)
    return assessment, evaluate_assessment(Engine(policy()), assessment, answers, lang)


@cache
def pdf_of(name: str, lang: Lang = "zh") -> bytes:
    assessment, result = loaded(name, lang)
    return render_pdf(policy(), assessment, result, lang)


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def with_enterprise(name: str, **fields: str) -> tuple[Assessment, AssessmentResult]:
    assessment, answers = load_assessment(examples_dir() / EQUIPMENT, policy(), "zh")
    enterprise = assessment.enterprise.model_copy(update={"name": name, **fields})
    changed = assessment.model_copy(update={"enterprise": enterprise})
    return changed, evaluate_assessment(Engine(policy()), changed, answers, "zh")


def amount_cell(low: Decimal, high: Decimal) -> str:
    return fmt_number(low) if low == high else f"{fmt_number(low)}–{fmt_number(high)}"


# ---------------------------------------------------------------- content


@pytest.mark.parametrize("name", EXAMPLES)
def test_pdf_shows_company_every_eligible_amount_and_the_total(name: str) -> None:
    assessment, result = loaded(name)
    text = "\n".join(pages_text(pdf_of(name)))
    assert squash(assessment.enterprise.name) in squash(text)
    assert assessment.enterprise.credit_code in text
    eligible = result.with_status(Status.eligible)
    assert eligible, "every example has at least one eligible item"
    cells = set(re.findall(r"[\d,]+\.\d\d(?:–[\d,]+\.\d\d)?", text))
    for r in eligible:
        assert amount_cell(r.low, r.high) in cells, r.id
        assert fmt_range(r.low, r.high, "zh") in text, r.id  # the item heading
        assert amount_cell(r.counted_low, r.counted_high) in cells, r.id
    assert amount_cell(result.total_low, result.total_high) in cells
    assert fmt_range(result.total_low, result.total_high, "zh") in text


def test_header_block_identifies_input_policy_and_versions() -> None:
    assessment, result = loaded(EQUIPMENT)
    first = pages_text(pdf_of(EQUIPMENT))[0]
    for expected in (
        "申报前自评估报告",
        "哈政规〔2021〕10号",
        "统一社会信用代码",
        assessment.enterprise.contact,
        "2023年6月30日",  # the reference date, never "today"
        "2021年8月25日至2024年8月24日",
        "2021.10-1",
        "hrb-desktop 0.1.0",
        input_hash(assessment),
    ):
        assert expected in first, expected
    assert "注意" not in first and not result.warnings


def test_out_of_force_reference_date_shows_the_engine_warning_on_page_one() -> None:
    _, result = loaded(EXPIRED)
    first = pages_text(pdf_of(EXPIRED))[0]
    assert result.warnings
    assert "注意" in first
    assert squash(result.warnings[0]) in squash(first)
    assert "基准日不在有效期内" in first


def test_details_carry_reasons_formula_clause_interpretation_and_materials() -> None:
    _, result = loaded(EQUIPMENT)
    text = squash("".join(pages_text(pdf_of(EQUIPMENT))))
    detailed = result.with_status(Status.eligible, Status.judgement)
    for r in detailed:
        assert squash(r.item.clause) in text, r.id
        for line in [*r.reasons, *r.calculation]:
            assert squash(line) in text, (r.id, line)
        if r.item.interpretation is not None:
            assert squash(r.item.interpretation.zh) in text, r.id
        for material in r.item.materials:
            assert squash(material.zh) in text, r.id


def test_art18_decisions_non_monetary_hints_and_disclaimer_are_listed() -> None:
    _, result = loaded(EQUIPMENT)
    text = squash("".join(pages_text(pdf_of(EQUIPMENT))))
    assert result.decisions and result.hints()
    for d in result.decisions:
        assert squash(d.text) in text
    for r in result.hints():
        assert r.hint is not None and squash(r.hint) in text
    for r in result.with_status(Status.non_monetary):
        assert squash(r.item.title.zh) in text
    assert "本报告为申报前自评估，不代表审批结论" in text


def test_judgement_items_get_their_own_section() -> None:
    name = "new-above-size-firm-2022.json"
    _, result = loaded(name)
    text = squash("".join(pages_text(pdf_of(name))))
    judged = result.with_status(Status.judgement)
    assert judged
    assert "需主管部门核定的项目" in text
    for r in judged:
        assert squash(r.item.clause) in text


def test_every_page_has_header_and_page_x_of_y() -> None:
    pages = pages_text(pdf_of(EQUIPMENT))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 / 共 {len(pages)} 页" in text
        assert "哈政规〔2021〕10号" in text
        assert "申报前自评估报告" in text


def test_every_printed_character_exists_in_the_font() -> None:
    """Extracted text is what was drawn; a character outside the font would print as a box."""
    for name in EXAMPLES:
        for lang in ("zh", "en"):
            text = "".join(pages_text(pdf_of(name, lang)))
            assert missing_glyphs(text) == [], (name, lang)


def test_missing_glyphs_detects_characters_the_font_lacks() -> None:
    assert missing_glyphs("哈尔滨 A&B 〔2021〕–≥×") == []
    assert missing_glyphs("\U0001f600 𪚥 \U0001f600") == ["\U0001f600", "𪚥"]  # each once, in order


def test_chart_ticks_are_round_numbers() -> None:
    assert nice_step(685.05) == 200
    assert nice_step(1577.19) == 500
    assert nice_step(20) == 5
    assert nice_step(0.5) == 0.1


# ---------------------------------------------------------------- font


def test_font_is_an_embedded_truetype_subset_with_tounicode() -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf_of(EQUIPMENT)))
    seen = {}
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            seen[str(font["/BaseFont"])] = font
    assert seen
    for base_name, font in seen.items():
        assert font["/Subtype"] == "/TrueType", base_name
        assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei.*", base_name), base_name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, base_name
        assert "/FontFile3" not in descriptor and "/FontFile" not in descriptor, base_name
        assert len(descriptor["/FontFile2"].get_object().get_data()) > 1000
        cmap = font["/ToUnicode"].get_object().get_data()
        assert b"beginbfchar" in cmap or b"beginbfrange" in cmap, base_name
    assert not any("STSong" in n or "Helvetica" in n for n in seen)


# ---------------------------------------------------------------- escaping


@pytest.mark.parametrize("name", ["A&B <Tech> 有限公司", "</b>", "<img src=x>", "&amp; <br/> 公司"])
def test_markup_in_user_text_prints_exactly_as_typed(name: str) -> None:
    assessment, result = with_enterprise(name, contact=f"联系人 {name}")
    first = pages_text(render_pdf(policy(), assessment, result, "zh"))[0]
    lines = [line.strip() for line in first.splitlines()]
    assert lines[lines.index("申报单位") + 1] == name, first[:400]
    assert lines[lines.index("联系人及电话") + 1] == f"联系人 {name}", first[:400]
    assert f"申报前自评估报告 · {name}" in lines  # the running header


def test_a_very_long_name_wraps_and_stays_complete() -> None:
    name = "哈尔滨" + "超长名称测试" * 30 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ有限公司"
    assessment, result = with_enterprise(name[:200])
    first = pages_text(render_pdf(policy(), assessment, result, "zh"))[0]
    assert squash(name[:200]) in squash(first)


# ---------------------------------------------------------------- writing


def test_write_pdf_writes_the_rendered_bytes_and_replaces_an_old_file(tmp_path: Path) -> None:
    assessment, result = loaded(EQUIPMENT)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_pdf(target, policy(), assessment, result, "zh")
    assert target.read_bytes() == pdf_of(EQUIPMENT)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_missing_folder_gives_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    assessment, result = loaded(EQUIPMENT)
    with pytest.raises(AssessmentError, match="文件夹不存在"):
        write_pdf(tmp_path / "nope" / "report.pdf", policy(), assessment, result, "zh")
    assert list(tmp_path.iterdir()) == []


def test_target_locked_by_another_program_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a PDF open in a viewer: os.replace raises PermissionError."""
    assessment, result = loaded(EQUIPMENT)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(AssessmentError, match="原文件未被改动") as info:
        write_pdf(target, policy(), assessment, result, "zh")
    assert str(target) in str(info.value)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_read_only_folder_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assessment, result = loaded(EQUIPMENT)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.pdf"
    target.write_bytes(b"old report")
    if os.geteuid() == 0 if hasattr(os, "geteuid") else False:
        # root ignores permission bits: fail where a read-only folder fails, creating the temp file.
        real_open = os.open

        def refused(path: str, flags: int, *args: int, **kwargs: object) -> int:
            if Path(path).parent == folder and flags & os.O_CREAT:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refused)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(AssessmentError, match="Cannot write"):
            write_pdf(target, policy(), assessment, result, "en")
    finally:
        folder.chmod(0o755)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in folder.iterdir()) == ["report.pdf"]


# ---------------------------------------------------------------- reproducibility


def test_same_input_gives_identical_bytes_in_process() -> None:
    assessment, result = loaded(EQUIPMENT)
    first = render_pdf(policy(), assessment, result, "zh")
    second = render_pdf(policy(), assessment, result, "zh")
    assert first == second
    assert first != render_pdf(policy(), assessment, result, "zh", app_version="9.9.9")


def test_same_input_gives_identical_bytes_in_a_fresh_process(tmp_path: Path) -> None:
    out = tmp_path / "fresh.pdf"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from hrb_desktop.cli import main\n"
        "sys.exit(main(['assess', sys.argv[1], '--lang', 'zh', '--pdf', sys.argv[2], '--report-date', '2024-03-01']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(examples_dir() / EQUIPMENT), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assessment, result = loaded(EQUIPMENT)
    assert out.read_bytes() == render_pdf(policy(), assessment, result, "zh", made_on=date(2024, 3, 1))


# ---------------------------------------------------------------- English


def _zh_fragments() -> set[str]:
    """Chinese UI wording: the report's labels and the engine's status and reason words."""
    templates = list(all_labels("zh").values())
    templates += [t(f"status.{s.value}", "zh") for s in Status]
    templates += [t(k, "zh", cond="") for k in ("reason.met", "reason.unmet")]
    templates += [article_name(n, "zh") for n in range(1, 19)]
    fragments = set()
    for template in templates:
        for part in re.split(r"\{[^}]*\}", template):
            part = part.strip(" ：:（）()，。、")
            if len(part) >= 2 and re.search(r"[\u4e00-\u9fff]", part):
                fragments.add(part)
    return fragments


@pytest.mark.parametrize("name", EXAMPLES)
def test_english_report_has_english_labels_and_no_chinese_ui_words(name: str) -> None:
    pages = pages_text(pdf_of(name, "en"))
    text = "\n".join(pages)
    for expected in (
        "Pre-application Self-assessment Report",
        "Summary by article",
        "Applicant",
        "Estimated total of awards",
        "Disclaimer",
        f"Page 1 of {len(pages)}",
    ):
        assert expected in text, expected
    # Verbatim clauses, user input and the document number stay Chinese.
    assessment, _ = loaded(name, "en")
    allowed = squash(
        "".join(a.text for a in policy().articles) + policy().doc_number + assessment.model_dump_json()
    )
    leftovers = [f for f in _zh_fragments() if f in squash(text) and f not in allowed]
    assert leftovers == []
    assert "申报前自评估报告" not in text and "第 1 页" not in text
