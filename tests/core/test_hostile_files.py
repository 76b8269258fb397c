"""Every hostile file measured on main (issue 12) is refused at once with an exact message in
the user's language, naming the field as the wizard does, and the file is left as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrb_desktop import cli
from hrb_desktop.core.assessment import (
    MAX_FILE_BYTES,
    AssessmentError,
    load_assessment,
    parse_assessment,
)
from hrb_desktop.core.dates import DateTextError, parse_date_text
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.safe_json import UntrustedInputError, loads_untrusted, quote, size_limit_message
from hrb_desktop.resources import examples_dir
from tests.core.hostile_files import CRAFTED, Pairs, Raw, digest, dump, with_answer, with_changes

from .helpers import POLICY

EXAMPLE = examples_dir() / "equipment-manufacturer-2023.json"


def _refusal(text: str, lang: Lang) -> tuple[str, list[str]]:
    with pytest.raises(AssessmentError) as info:
        parse_assessment(text, POLICY, lang)
    return info.value.summary, info.value.problems


def _crafted(name: str) -> str:
    return CRAFTED[name]().decode("utf-8")


ZH_FILE, EN_FILE = "评估文件内容有误：", "The assessment file has errors:"
ZH_BAD, EN_BAD = "不是有效的评估文件", "Not a valid assessment file"

CASES = [
    (
        "date_800_spaces",
        (ZH_FILE, "第九条 贯标评定通过日期（a9_recognition_date）：过长（2,407 个字符，最多 40 个）"),
        (EN_FILE, "Art. 9: Date the standard assessment was passed (a9_recognition_date): too long (2,407 characters, at most 40)"),
    ),
    (
        "brackets_1000",
        (ZH_BAD, "括号嵌套超过 16 层上限（文件可能已损坏或被人为构造）"),
        (EN_BAD, "brackets nest deeper than the limit of 16 (the file may be damaged or crafted)"),
    ),
    (
        "brackets_in_answer_100000",
        (ZH_BAD, "括号嵌套超过 16 层上限（文件可能已损坏或被人为构造）"),
        (EN_BAD, "brackets nest deeper than the limit of 16 (the file may be damaged or crafted)"),
    ),
    (
        "exponent_1e9999999999999999999",
        (ZH_BAD, "数字“1e999999999999999999…”超出可处理的范围"),
        (EN_BAD, "the number “1e999999999999999999…” is out of the range this program handles"),
    ),
    (
        "integer_4301_digits",
        (ZH_BAD, "数字“11111111111111111111…”过长（4,301 位，最多 30 位）"),
        (EN_BAD, "the number “11111111111111111111…” is too long (4,301 digits, at most 30)"),
    ),
    (
        "projects_1000",
        (ZH_FILE, "项目（projects）：共 1,000 项，最多 50 项"),
        (EN_FILE, "projects (projects): 1,000 entries, at most 50"),
    ),
    (
        "projects_10000",
        (ZH_FILE, "项目（projects）：共 10,000 项，最多 50 项"),
        (EN_FILE, "projects (projects): 10,000 entries, at most 50"),
    ),
    (
        "areas_20000",
        (ZH_FILE, "筛选的方面（areas）：共 20,000 项，最多 100 项"),
        (EN_FILE, "screened areas (areas): 20,000 entries, at most 100"),
    ),
    (
        "answers_twice_second_empty",
        (ZH_BAD, "名称“answers”在同一处出现了两次（应只写一次，程序不猜测以哪一个为准）"),
        (EN_BAD, "the key “answers” appears twice in the same object (write it once; the program does not guess which one counts)"),
    ),
    (
        "reference_date_9999_12_31",
        (ZH_FILE, "评估基准日（reference_date）：日期应在 2000年1月1日 至 2100年12月31日 之间"),
        (EN_FILE, "reference date (reference_date): the date must lie between 1 Jan 2000 and 31 Dec 2100"),
    ),
    (
        "reference_date_0",
        (ZH_FILE, "评估基准日（reference_date）：不是有效的日期（应写作 2023-12-31）"),
        (EN_FILE, "reference date (reference_date): not a valid date (write it as 2023-12-31)"),
    ),
    (
        "duplicate_project_names",
        (ZH_FILE, "项目名称（projects[1].name）：“车间”重复（与第 1 个项目同名）"),
        (EN_FILE, "project name (projects[1].name): “车间” is used twice (also project 1)"),
    ),
    (
        "version_2",
        ("该文件由更新版本的程序保存，请先更新 hrb-desktop", "文件版本（version）为 2，本程序只能读取版本 1 的文件；文件可能来自更新版本的 hrb-desktop"),
        (
            "The file was saved by a newer hrb-desktop; update the program to open it",
            "the file version (version) is 2; this program reads version 1 only, so the file may come from a newer hrb-desktop",
        ),
    ),
]


@pytest.mark.parametrize(("name", "zh", "en"), CASES, ids=[c[0] for c in CASES])
def test_crafted_file_is_refused_with_its_exact_message(name: str, zh: tuple[str, str], en: tuple[str, str]) -> None:
    text = _crafted(name)
    assert _refusal(text, "zh") == (zh[0], [zh[1]])
    assert _refusal(text, "en") == (en[0], [en[1]])


def test_duplicate_keys_are_refused_at_every_level() -> None:
    nested = dump(with_changes(enterprise=Pairs([("name", "甲"), ("name", "乙")])))
    assert _refusal(nested, "zh")[1] == ["名称“name”在同一处出现了两次（应只写一次，程序不猜测以哪一个为准）"]
    in_answers = dump(with_changes(answers=Pairs([("a1_in_stats", True), ("a1_in_stats", False)])))
    assert _refusal(in_answers, "en")[1] == [
        "the key “a1_in_stats” appears twice in the same object (write it once; the program does not guess which one counts)"
    ]


def test_an_unknown_answer_id_is_shortened_in_the_message() -> None:
    summary, problems = _refusal(_crafted("unknown_answer_id_0_9mb"), "zh")
    assert summary == ZH_FILE
    assert problems == [f"各条款的回答（answers）：未知的问题编号“{'x' * 60}…”（文件可能来自其他程序或更新的版本）"]
    _, problems = _refusal(_crafted("unknown_answer_id_0_9mb"), "en")
    assert problems == [f"answers: unknown question id “{'x' * 60}…” (the file may come from another program or a newer version)"]


def test_an_unknown_field_name_is_shortened_too() -> None:
    text = dump(with_changes(enterprise={"name": "x", "k" * 100_000: 1}))
    assert _refusal(text, "zh")[1] == [f"企业信息（enterprise）：不认识的字段“{'k' * 60}…”（文件可能来自其他程序或更新的版本）"]


def test_lengths_count_as_the_wizards_text_boxes_do() -> None:
    """Qt counts an emoji as two characters: a name of 101 emoji would not fit the wizard's box."""
    parse_assessment(dump(with_changes(enterprise={"name": "😀" * 100})), POLICY)
    text = dump(with_changes(enterprise={"name": "😀" * 101}))
    assert _refusal(text, "zh")[1] == ["企业（机构）名称（enterprise.name）：过长（最多 200 个字符；表情符号和生僻字各算两个）"]
    projects = dump(with_changes(projects=[{"name": "𪚥" * 51, "items": []}]))
    assert _refusal(projects, "en")[1] == [
        "project name (projects[0].name): too long (at most 100 characters; an emoji or a rare CJK character counts twice)"
    ]


def test_problems_beyond_twenty_are_counted_not_listed() -> None:
    text = dump(with_changes(answers={f"q{n}": True for n in range(300)}))
    _, problems = _refusal(text, "zh")
    assert len(problems) == 21 and problems[-1] == "……另有 280 处问题未列出"
    _, problems = _refusal(text, "en")
    assert problems[-1] == "… and 280 more problems not listed"


def test_the_size_limit_is_stated_with_the_actual_size(tmp_path: Path) -> None:
    big = tmp_path / "big.hrba"
    big.write_bytes(CRAFTED["file_7_3mb"]())
    for lang, expected in (
        ("zh", "文件超过 1 MB 上限（实际 7.3 MB），不是评估文件"),
        ("en", "The file is larger than the 1 MB limit (7.3 MB); it is not an assessment file"),
    ):
        with pytest.raises(AssessmentError) as info:
            load_assessment(big, POLICY, lang)  # type: ignore[arg-type]
        assert info.value.summary == expected and info.value.problems == []
    # just over the limit: the bytes, not a "1 MB" that reads as within it
    assert size_limit_message(MAX_FILE_BYTES + 1, MAX_FILE_BYTES, "zh") == "文件超过 1 MB 上限（实际 1,000,001 字节），不是评估文件"


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe.hrba"
    os.mkfifo(fifo)  # nobody writes: opening it for reading would block forever
    with pytest.raises(AssessmentError) as zh:
        load_assessment(fifo, POLICY, "zh")
    assert zh.value.summary == f"这不是普通文件（而是管道、设备或套接字），无法作为评估文件读取：{fifo}"
    with pytest.raises(AssessmentError) as en:
        load_assessment(fifo, POLICY, "en")
    assert en.value.summary == f"This is not a regular file (a pipe, device or socket), so it cannot be read as an assessment: {fifo}"


def test_a_device_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(AssessmentError, match="这不是普通文件"):
        load_assessment(Path("/dev/zero"), POLICY)


def test_folders_and_files_in_the_wrong_place_are_named(tmp_path: Path) -> None:
    with pytest.raises(AssessmentError) as folder:
        load_assessment(tmp_path, POLICY, "zh")
    assert folder.value.summary == f"这是一个文件夹，不是文件：{tmp_path}"
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    with pytest.raises(AssessmentError) as through:
        load_assessment(plain / "a.hrba", POLICY, "en")
    assert through.value.summary == f"File not found: part of the path is a file, not a folder: {plain / 'a.hrba'}"


def test_invalid_utf8_says_where_in_each_language(tmp_path: Path) -> None:
    path = tmp_path / "latin1.hrba"
    path.write_bytes(CRAFTED["not_utf8"]())
    with pytest.raises(AssessmentError) as zh:
        load_assessment(path, POLICY, "zh")
    assert zh.value.summary == "文件中有无法识别的字符，可能已损坏，或不是本程序保存的评估文件"
    assert zh.value.problems == ["第 1 行（第 208 个字节）不是 UTF-8 编码的文字"]
    with pytest.raises(AssessmentError) as en:
        load_assessment(path, POLICY, "en")
    assert en.value.problems == ["line 1 (byte 208) is not UTF-8 text"]


def test_answers_are_named_by_their_label_and_article() -> None:
    text = dump(with_answer("a1_investment", "12a"))
    assert _refusal(text, "zh")[1] == [
        "第一条 项目年度实际固定资产投资额（万元）（a1_investment）：不能含有字母“a”：只填数字，例如 1234.5"
    ]
    assert _refusal(text, "en")[1] == [
        "Art. 1: Actual fixed-asset investment in the project this year (10k CNY) (a1_investment):"
        " Must not contain the letters “a”: digits only, e.g. 1234.5"
    ]
    profile = dump(with_answer("p_manufacturing", "是"))
    assert _refusal(profile, "zh")[1] == ["是否为制造业企业（p_manufacturing）：应为 是/否（true/false）"]


def test_the_format_and_policy_marks_are_explained() -> None:
    summary, problems = _refusal(dump(with_changes(format="x" * 5000)), "zh")
    assert summary == "这不是 hrb-desktop 评估文件"
    assert problems == [f"文件格式（format）为“{'x' * 60}…”，应为“hrb-assessment”"]
    summary, problems = _refusal(dump(with_changes(policy="hrb-2030-01")), "en")
    assert summary == "The file is for another policy"
    assert problems == ["the file's policy (policy) is “hrb-2030-01”; expected “hrb-2021-10” (哈政规〔2021〕10号)"]
    _, problems = _refusal(dump(with_changes(version=True)), "zh")
    assert problems == ["文件版本（version）为 “true”，本程序只能读取版本 1 的文件；文件可能来自更新版本的 hrb-desktop"]


@pytest.mark.parametrize(
    ("text", "depth_ok"),
    [("[" * 16 + "]" * 16, True), ("[" * 17 + "]" * 17, False), ('["' + "[" * 5000 + '"]', True), ("[" * 100_000, False)],
)
def test_depth_is_measured_outside_strings_before_parsing(text: str, depth_ok: bool) -> None:
    if depth_ok:
        loads_untrusted(text)
    else:
        with pytest.raises(UntrustedInputError, match="括号嵌套超过 16 层上限"):
            loads_untrusted(text)


def test_an_unterminated_string_of_escaped_quotes_does_not_fool_the_scan() -> None:
    """Brackets after escaped quotes are still inside the (unterminated) string."""
    with pytest.raises(UntrustedInputError, match="不是有效的 JSON 文件"):
        loads_untrusted('"' + '\\"' * 200_000 + "[" * 1000)


def test_quote_shows_invisible_characters_and_keeps_its_quotes_unambiguous() -> None:
    assert quote("a\nb\u202e") == "“a\\nb\\u202e”"
    assert quote("“x”") == '“"x"”'
    assert quote(None) == "“null”" and quote([1, "哈"]) == '“[1, "哈"]”'


def test_the_date_parser_is_linear_on_spaces() -> None:
    """On main this regex backtracked cubically: 1,600 spaces took 142 s. Here 200,000 do not matter."""
    gap = " " * 200_000
    with pytest.raises(DateTextError, match="日期请按“年-月-日”填写"):
        parse_date_text(f"2023{gap}1{gap}1{gap}x")
    assert parse_date_text(f"2023{gap}12{gap}31") == parse_date_text("2023-12-31")


# ---------------------------------------------------------------- the CLI


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", ["a.hrba", "a.json", "A.HRBA"])
def test_pdf_onto_an_assessment_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    target.write_text("keep me", encoding="utf-8")
    code, out, err = _run(capsys, "assess", str(EXAMPLE), "--pdf", str(target), "--lang", "en")
    assert code == cli.EXIT_USAGE and out == ""
    suffix = target.suffix
    assert err == (
        f"hrb-desktop: --pdf {target} has an assessment file's extension ({suffix}); assessment files are"
        " never overwritten with a PDF. Give a .pdf name\n"
    )
    assert target.read_text(encoding="utf-8") == "keep me"


def test_pdf_onto_the_input_itself_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "a.hrba"
    source.write_bytes(EXAMPLE.read_bytes())
    before = digest(source)
    code, _, err = _run(capsys, "assess", str(source), "--pdf", str(source))
    assert code == cli.EXIT_USAGE
    assert err == f"hrb-desktop: --pdf {source} 就是要评估的文件本身，不会用 PDF 覆盖它；请另给一个 .pdf 文件名\n"
    link = tmp_path / "same.pdf"  # another name for the same file
    os.link(source, link)
    code, _, err = _run(capsys, "assess", str(source), "--pdf", str(link))
    assert code == cli.EXIT_USAGE and "就是要评估的文件本身" in err
    assert digest(source) == before


def test_pdf_into_a_file_or_onto_a_folder_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The messages are atomic_write's (core/safe_write.py); here: that the CLI gives them, exit 4."""
    plain = tmp_path / "notes.txt"
    plain.write_text("x", encoding="utf-8")
    code, _, err = _run(capsys, "assess", str(EXAMPLE), "--pdf", str(plain / "out.pdf"))
    assert code == cli.EXIT_OUTPUT
    assert err == f"hrb-desktop: {plain} 是一个文件，不是文件夹，无法保存到 {plain / 'out.pdf'}。\n"
    code, _, err = _run(capsys, "assess", str(EXAMPLE), "--pdf", str(tmp_path), "--lang", "en")
    assert code == cli.EXIT_OUTPUT
    assert err == f"hrb-desktop: {tmp_path} is a folder, not a file.\n"
    assert plain.read_text(encoding="utf-8") == "x"


class _FullDisk:
    """A standard output on a full disk."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        pass


def test_a_failed_stdout_write_is_exit_4(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    monkeypatch.setenv("HRB_LANG", "zh")
    code = cli.main(["assess", str(EXAMPLE)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_OUTPUT
    assert err == "hrb-desktop: 无法写出结果（标准输出）：磁盘空间已满\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["assess", str(EXAMPLE)], ["schema"], ["policy"], ["--help"]])
def test_dev_full_gives_exit_4_and_no_traceback(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "hrb_desktop", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            env={**os.environ, "HRB_LANG": "en", "PYTHONIOENCODING": "utf-8"},
        )
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == cli.EXIT_OUTPUT, err
    assert err == "hrb-desktop: cannot write the output (standard output): No space left on device\n"


def test_a_closed_pipe_ends_quietly() -> None:
    proc = subprocess.run(
        f'"{sys.executable}" -m hrb_desktop policy | head -c 10 > /dev/null',
        shell=True,
        stderr=subprocess.PIPE,
        timeout=120,
    )
    assert b"Traceback" not in proc.stderr and b"Exception ignored" not in proc.stderr


def test_cli_names_the_unprintable_characters_and_the_pdf_shows_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    source = tmp_path / "emoji.hrba"
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["enterprise"]["name"] = "𪚥业😀有限公司"
    doc["projects"][0]["name"] = "䶮车间"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "out.pdf"
    code, _, err = _run(capsys, "assess", str(source), "--pdf", str(target), "--format", "json")
    assert code == 0
    assert err.splitlines() == [
        "hrb-desktop: PDF 的字体无法印出企业（机构）名称中的“𪚥”（U+2A6A5）、“😀”（U+1F600），报告中印为 [U+2A6A5] 这样的编号",
        "hrb-desktop: PDF 的字体无法印出项目名称中的“䶮”（U+4DAE），报告中印为 [U+4DAE] 这样的编号",
    ]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "[U+2A6A5]业[U+1F600]有限公司" in text
    assert "[U+4DAE]车间" in text
    code, _, err = _run(capsys, "assess", str(source), "--pdf", str(target), "--format", "json", "--lang", "en")
    assert err.splitlines()[0] == (
        "hrb-desktop: The PDF's font cannot print “𪚥” (U+2A6A5), “😀” (U+1F600) in the name of enterprise or body;"
        " the report shows such a character as [U+2A6A5]"
    )


# ---------------------------------------------------------------- untrusted policy files


def test_a_yaml_alias_bomb_is_refused_at_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert bomb.stat().st_size < 500
    code, out, err = _run(capsys, "policy", "check", str(bomb), "--lang", "zh")
    assert code == cli.EXIT_INPUT and out == ""
    assert err == f"hrb-desktop: {bomb}: 政策文件被拒绝\n  - 展开别名后超过 200,000 个值的上限（文件可能是“YAML 炸弹”）\n"
    code, _, err = _run(capsys, "policy", "check", str(bomb), "--lang", "en")
    assert err.splitlines()[1] == "  - more than 200,000 values once aliases are expanded (the file may be a “YAML bomb”)"


@pytest.mark.parametrize(
    ("content", "zh"),
    [
        ("a: " + "[" * 40 + "]" * 40 + "\n", "嵌套超过 32 层上限"),
        ("x: &x 1\n" + "".join(f"k{n}: *x\n" for n in range(101)), "别名（*名称）超过 100 个上限"),
        ("format: hrb-policy\nid: a\nid: b\n", "第 3 行：键“id”在同一映射中出现了两次"),
    ],
)
def test_yaml_limits_name_the_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, zh: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(content, encoding="utf-8")
    code, _, err = _run(capsys, "policy", "check", str(path), "--lang", "zh")
    assert code == cli.EXIT_INPUT
    assert err.splitlines()[1] == f"  - {zh}"


def test_policy_check_still_reads_the_embedded_policy_and_refuses_a_fifo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from hrb_desktop.core.editions import registry

    embedded = registry().get("hrb-2021-10")
    assert embedded is not None
    code, out, _ = _run(capsys, "policy", "check", str(embedded.path))
    assert code == 0 and out.startswith("OK:")
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "policy.yaml"
        os.mkfifo(fifo)
        code, _, err = _run(capsys, "policy", "check", str(fifo), "--lang", "en")
        assert code == cli.EXIT_INPUT and "This is not a regular file" in err


def test_a_json_policy_file_gets_the_same_limits(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text('{"format": "hrb-policy", "format": "x"}', encoding="utf-8")
    code, _, err = _run(capsys, "policy", "check", str(path))
    assert code == cli.EXIT_INPUT and "名称“format”在同一处出现了两次" in err


def test_raw_helpers_round_trip() -> None:
    assert dump(Pairs([("a", 1), ("a", Raw("1e5"))])) == '{"a": 1, "a": 1e5}'
