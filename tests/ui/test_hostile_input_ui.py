"""The wizard and the file loader agree: what one refuses the other never accepts, the amount
fields show the core's precise messages, and the profile names characters the PDF cannot print."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from hrb_desktop.core.assessment import (
    MAX_PROJECTS,
    REFERENCE_DATE_MAX,
    REFERENCE_DATE_MIN,
    AssessmentError,
    load_assessment,
)
from hrb_desktop.ui.pages.base import PROFILE, PROJECTS
from hrb_desktop.ui.widgets.fields import TextField
from tests.core.hostile_files import CRAFTED, digest
from tests.ui.wizard_helpers import (
    EQUIPMENT,
    POLICY,
    answer,
    block_of,
    click_next,
    close,
    make_window,
    next_button,
)
from tests.ui.wizard_helpers import window_at_article1 as _window_at_article1

QUESTIONS = {q.id: q for q in POLICY.questions}


@pytest.fixture
def window(qtbot, tmp_path):
    made = make_window(qtbot, tmp_path)
    yield made
    close(made)


def _field(qtbot, qid: str, lang: str) -> TextField:
    field = TextField(QUESTIONS[qid], lang)  # type: ignore[arg-type]
    qtbot.addWidget(field)
    return field


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [
        ("a1_investment", "¥12,800", Decimal(12800)),
        ("a1_investment", "￥12,800", Decimal(12800)),
        ("a1_investment", "12800万元", Decimal(12800)),
        ("a1_investment", "12,800 万", Decimal(12800)),
        ("a11_bank_rate", "3.65%", Decimal("3.65")),
        ("a11_bank_rate", "3.65％", Decimal("3.65")),
    ],
)
def test_currency_units_and_percent_signs_are_accepted(qtbot, qid: str, typed: str, value: Decimal) -> None:
    field = _field(qtbot, qid, "zh")
    field.edit.setText(typed)
    assert field.error() is None and field.value() == value
    assert field.edit.text() == typed  # never rewritten


@pytest.mark.parametrize(
    ("qid", "typed", "zh", "en"),
    [
        ("a1_investment", "12800元", "不能含有“元”：金额以万元为单位，例如 12,800元 请填 1.28",
         "Must not contain “元” (yuan): amounts are in 10k CNY, e.g. 12,800 yuan is 1.28"),
        ("a1_investment", "1.5亿", "不能含有“亿”：金额以万元为单位，例如 1.5亿元 请填 15000",
         "Must not contain “亿” (100 million): amounts are in 10k CNY, e.g. 150 million yuan is 15000"),
        ("a1_investment", "3.65%", "金额不能带“%”：单位是万元", "An amount cannot carry “%”: the unit is 10k CNY"),
        ("a1_investment", "12O0", "不能含有字母“O”：只填数字，例如 1234.5", "Must not contain the letters “O”: digits only, e.g. 1234.5"),
        ("a1_investment", "1.280.5", "只能有一个小数点", "Only one decimal point is allowed"),
        ("a1_investment", "一千二百", "不能含有“一千二百”：只填数字，例如 1234.5", "Must not contain “一千二百”: digits only, e.g. 1234.5"),
        ("a1_investment", "12,80", "千分位逗号位置不对，例如 1,234.5", "Misplaced thousands separator, e.g. 1,234.5"),
        ("a11_bank_rate", "3.65万元", "比率不能带“万元”：请填百分数，例如 3.65", "A rate cannot carry “万元”: enter a percentage, e.g. 3.65"),
        ("a6_first_set_products", "2项", "不能含有“项”：只填数字，例如 1234.5", "Must not contain “项”: digits only, e.g. 1234.5"),
    ],
)
def test_refusals_name_what_is_wrong_beside_the_field(qtbot, qid: str, typed: str, zh: str, en: str) -> None:
    field = _field(qtbot, qid, "zh")
    field.edit.setText(typed)
    assert field.error() == zh and field.message.text() == zh
    field.set_lang("en")
    assert field.error() == en and field.message.text() == en
    assert field.edit.text() == typed


def test_the_wizard_blocks_next_with_the_new_message(qtbot, tmp_path) -> None:
    window = _window_at_article1(qtbot, tmp_path)
    try:
        field = block_of(window).rows["a1_investment"].field
        field.edit.setText("12800元")
        assert not next_button(window).isEnabled()
        assert field.message.isVisible()
        assert field.message.text() == "不能含有“元”：金额以万元为单位，例如 12,800元 请填 1.28"
        answer(block_of(window), "a1_investment", "¥12,800")
        assert next_button(window).isEnabled()
        assert window.session.answers["a1_investment"] == Decimal(12800)
        assert window.session.assessment.answers["a1_investment"] == "12800"  # stored plain
    finally:
        close(window)


def test_the_profile_names_characters_the_pdf_cannot_print(window) -> None:
    click_next(window)
    page = window.wizard.page_of(PROFILE)
    note = page.print_notes[page.name]
    page.name.setText("𪚥业😀有限公司")
    assert note.isVisible()
    assert note.text() == "PDF 的字体没有“𪚥”（U+2A6A5）、“😀”（U+1F600）：报告中将印为 [U+2A6A5] 这样的编号"
    page.contact.setText("王会计 䶮")
    assert page.print_notes[page.contact].text() == "PDF 的字体没有“䶮”（U+4DAE）：报告中将印为 [U+4DAE] 这样的编号"
    window.set_language("en", remember=False)
    assert note.text() == "The PDF's font lacks “𪚥” (U+2A6A5), “😀” (U+1F600): the report will show [U+2A6A5] instead"
    page.name.setText("哈尔滨示例有限公司")
    assert not note.isVisible() and note.text() == ""
    assert not page.print_notes[page.industry].isVisible()


def test_the_name_box_holds_exactly_what_the_loader_takes(window) -> None:
    click_next(window)
    page = window.wizard.page_of(PROFILE)
    page.name.setText("😀" * 101)
    assert page.name.text() == "😀" * 100  # Qt counts UTF-16 units, as the loader now does
    assert window.session.assessment.enterprise.name == "😀" * 100


def test_reference_date_limits_are_the_loaders(window, tmp_path: Path) -> None:
    click_next(window)
    field = window.wizard.page_of(PROFILE).reference
    assert (field.minimum, field.maximum) == (REFERENCE_DATE_MIN, REFERENCE_DATE_MAX)
    doc = json.loads(EQUIPMENT.read_text(encoding="utf-8"))
    for value in (date(1999, 12, 31), date(2000, 1, 1), date(2100, 12, 31), date(2101, 1, 1)):
        field.edit.setText(value.isoformat())
        doc["reference_date"] = value.isoformat()
        path = tmp_path / f"{value}.hrba"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        try:
            load_assessment(path, POLICY)
            loader_accepts = True
        except AssessmentError:
            loader_accepts = False
        assert loader_accepts == (field.error() is None), value


def _projects_file(tmp_path: Path, names: list[str]) -> Path:
    doc = json.loads(EQUIPMENT.read_text(encoding="utf-8"))
    doc["projects"] = [{"name": name, "items": []} for name in names]
    path = tmp_path / f"projects-{len(names)}.hrba"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_projects_page_stops_at_the_loaders_maximum(window, tmp_path: Path) -> None:
    assert window.open(_projects_file(tmp_path, [f"项目{n}" for n in range(MAX_PROJECTS)]))
    page = window.wizard.page_of(PROJECTS)
    assert len(page._projects) == MAX_PROJECTS
    assert not page.add_button.isEnabled()
    page.add_project()
    assert len(page._projects) == MAX_PROJECTS
    assert not window.open(_projects_file(tmp_path, [f"项目{n}" for n in range(MAX_PROJECTS + 1)]))
    assert window.dialogs.errors[-1][2][0] == "项目（projects）：共 51 项，最多 50 项"


def test_a_duplicate_project_name_is_never_stored_so_every_save_reopens(window, tmp_path: Path) -> None:
    assert window.open(_projects_file(tmp_path, ["铸造车间", "装配车间"]))
    page = window.wizard.page_of(PROJECTS)
    page.list.setCurrentRow(1)
    page.name.setText("铸造车间")  # a clash: the page says so, the session keeps the last good state
    assert "项目名称“铸造车间”重复" in page.errors()
    assert [p.name for p in window.session.assessment.projects] == ["铸造车间", "装配车间"]
    target = tmp_path / "saved.hrba"
    window.dialogs.next_save = target
    assert window.save_as()
    load_assessment(target, POLICY)  # loads: what the wizard saves, the loader takes
    page.name.setText("喷涂车间")
    assert [p.name for p in window.session.assessment.projects] == ["铸造车间", "喷涂车间"]


@pytest.mark.parametrize(
    ("name", "summary", "first_problem"),
    [
        ("projects_10000", "无法打开“projects_10000.hrba”：评估文件内容有误：", "项目（projects）：共 10,000 项，最多 50 项"),
        ("areas_20000", "无法打开“areas_20000.hrba”：评估文件内容有误：", "筛选的方面（areas）：共 20,000 项，最多 100 项"),
        ("unknown_answer_id_4_9mb", "无法打开“unknown_answer_id_4_9mb.hrba”：文件超过 1 MB 上限（实际 4.9 MB），不是评估文件", None),
        ("unknown_answer_id_0_9mb", "无法打开“unknown_answer_id_0_9mb.hrba”：评估文件内容有误：",
         f"各条款的回答（answers）：未知的问题编号“{'x' * 60}…”（文件可能来自其他程序或更新的版本）"),
        ("brackets_1000", "无法打开“brackets_1000.hrba”：不是有效的评估文件", "括号嵌套超过 16 层上限（文件可能已损坏或被人为构造）"),
    ],
)
def test_hostile_files_end_in_a_short_error_box(window, tmp_path: Path, name: str, summary: str, first_problem: str | None) -> None:
    path = tmp_path / f"{name}.hrba"
    path.write_bytes(CRAFTED[name]())
    before = digest(path)
    assert not window.open(path)
    _, shown, problems = window.dialogs.errors[-1]
    assert shown == summary
    if first_problem is not None:
        assert problems[0] == first_problem
    assert problems[-1] == f"文件未被改动：{path}"
    assert all(len(line) < 300 for line in problems)
    assert digest(path) == before
    assert window.session.path is None  # nothing was half-loaded
    assert click_next(window) == PROFILE  # and the wizard goes on


def test_opening_a_fifo_in_the_window_never_waits(window, tmp_path: Path) -> None:
    """File → Open and recent files: neither the loader nor the lost-update fingerprint may open
    a FIFO for reading (nobody writes to it: the window would hang for good). A watchdog
    unblocks a reader after 5 s, so that a regression fails here instead of hanging."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe.hrba"
    os.mkfifo(fifo)
    unblocked = threading.Event()
    done = threading.Event()

    def watchdog() -> None:
        if not done.wait(5):
            unblocked.set()
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    guard = threading.Thread(target=watchdog, daemon=True)
    guard.start()
    try:
        assert not window.open(fifo)
    finally:
        done.set()
        guard.join()
    assert not unblocked.is_set(), "opening the FIFO blocked until the watchdog wrote to it"
    assert window.dialogs.errors[-1][1] == (
        f"无法打开“pipe.hrba”：这不是普通文件（而是管道、设备或套接字），无法作为评估文件读取：{fifo}"
    )
