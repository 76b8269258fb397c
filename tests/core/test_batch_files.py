"""Whole files: old .xls, encrypted workbooks, non-workbooks, zip bombs, limits, CSV encodings,
and outputs that are all-or-nothing (safe names, nothing half-written after a cancel)."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path
from urllib.parse import unquote

import openpyxl
import pytest

from hrb_desktop.core.batch import limits
from hrb_desktop.core.batch.columns import columns_for
from hrb_desktop.core.batch.errors import BatchInputError, BatchOutputError, Cancelled
from hrb_desktop.core.batch.files import UniqueNames
from hrb_desktop.core.batch.run import Options, Progress, open_source, run_batch
from hrb_desktop.core.batch.template import template_csv
from hrb_desktop.core.filenames import safe_file_stem
from hrb_desktop.core.lang import Lang
from tests.core.batch_helpers import EXAMPLES, example, filled_template, policy, row_values

OLE2 = limits.OLE2_MAGIC


def _refused(path: Path, lang: Lang) -> BatchInputError:
    with pytest.raises(BatchInputError) as caught:
        open_source(path, lang)
    return caught.value


@pytest.mark.parametrize(("lang", "needle"), [("zh", "旧版 Excel 97-2003 工作簿（.xls）"), ("en", "old Excel 97-2003 workbook (.xls)")])
def test_an_old_xls_is_named_as_such(tmp_path: Path, lang: Lang, needle: str) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(OLE2 + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 2000)
    assert needle in _refused(path, lang).summary


@pytest.mark.parametrize(("lang", "needle"), [("zh", "设有打开密码（已加密）"), ("en", "password-protected (encrypted)")])
def test_a_password_protected_workbook_is_named_as_such(tmp_path: Path, lang: Lang, needle: str) -> None:
    # Excel saves an encrypted .xlsx as an OLE2 file with EncryptionInfo and EncryptedPackage streams.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE2 + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 50 + "EncryptedPackage".encode("utf-16-le"))
    assert needle in _refused(path, lang).summary


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7 not a workbook", b"PK\x03\x04 broken zip", b"\x00\x01\x02" * 100],
    ids=["pdf", "broken-zip", "binary"],
)
@pytest.mark.parametrize(("lang", "needle"), [("zh", "不是 Excel 工作簿（.xlsx）或 CSV 文件"), ("en", "not an Excel workbook (.xlsx) or a CSV file")])
def test_files_that_are_not_workbooks(tmp_path: Path, content: bytes, lang: Lang, needle: str) -> None:
    path = tmp_path / "data.xlsx"
    path.write_bytes(content)
    assert needle in _refused(path, lang).summary


NOT_WORKBOOK = {"zh": "不是 Excel 工作簿", "en": "not an Excel workbook"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_zip_that_is_not_a_workbook(tmp_path: Path, lang: Lang) -> None:
    path = tmp_path / "report.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert NOT_WORKBOOK[lang] in _refused(path, lang).summary


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_damaged_sheet_inside_a_real_workbook(tmp_path: Path, lang: Lang) -> None:
    good = filled_template(tmp_path, [{"enterprise.name": "甲"}])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut off mid-way, as an interrupted copy would
            target.writestr(info, data)
    error = _refused(damaged, lang)
    assert NOT_WORKBOOK[lang] in error.summary and error.problems  # the parser's detail is kept


def _bomb(path: Path, size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * size)
    return path


@pytest.mark.parametrize(("lang", "needle"), [("zh", "压缩内容异常"), ("en", "compressed content is abnormal")])
def test_a_zip_bomb_is_refused_before_any_parser_sees_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: Lang, needle: str
) -> None:
    import openpyxl as real

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("openpyxl must not be called")

    monkeypatch.setattr(real, "load_workbook", never)
    bomb = _bomb(tmp_path / "bomb.xlsx", 20_000_000)  # 20 MB of zeros deflate ~1000:1
    error = _refused(bomb, lang)
    assert needle in error.summary and ("1000:1" in error.summary or "1019:1" in error.summary or ":1" in error.summary)


@pytest.mark.parametrize(("lang", "needle"), [("zh", "解压后 2 MB，最多 1 MB"), ("en", "2 MB uncompressed, at most 1 MB")])
def test_a_zip_declaring_too_much_in_total_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: Lang, needle: str
) -> None:
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED", 1_000_000)
    monkeypatch.setattr(limits, "MAX_RATIO", 10_000)
    bomb = _bomb(tmp_path / "big.xlsx", 2_000_000)
    assert needle in _refused(bomb, lang).summary


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_zip_lying_about_its_sizes_never_inflates_past_them(tmp_path: Path, lang: Lang) -> None:
    """Declared 1,000 bytes, holding 5 MB: zipfile stops at the declared size and the CRC fails."""
    good = filled_template(tmp_path, [{"enterprise.name": "甲"}])
    path = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                target.writestr(info.filename, b"\0" * 5_000_000)
            else:
                target.writestr(info, source.read(info))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 1000)  # local header: uncompressed size
    central = data.rfind(b"xl/worksheets/sheet1.xml") - 46  # the name follows the 46-byte central header
    assert data[central : central + 4] == b"PK\x01\x02"
    struct.pack_into("<I", data, central + 24, 1000)  # central directory: uncompressed size
    path.write_bytes(bytes(data))
    assert NOT_WORKBOOK[lang] in _refused(path, lang).summary


@pytest.mark.parametrize(("lang", "needle"), [("zh", "6 个部件，最多 5 个"), ("en", "6 parts, at most 5")])
def test_too_many_zip_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: Lang, needle: str) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_ENTRIES", 5)
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(6):
            archive.writestr(f"xl/part{n}.xml", "<x/>")
    assert needle in _refused(path, lang).summary


@pytest.mark.parametrize(("lang", "needle"), [("zh", "文件过大"), ("en", "The file is too large")])
def test_an_oversized_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: Lang, needle: str) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 1001)
    assert needle in _refused(path, lang).summary


@pytest.mark.parametrize(("lang", "needle"), [("zh", "超过 2 行企业"), ("en", "More than 2 enterprise rows")])
def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: Lang, needle: str) -> None:
    from hrb_desktop.core.batch import read_table

    monkeypatch.setattr(read_table, "MAX_ROWS", 2)
    filled = filled_template(tmp_path, [{"enterprise.name": str(n)} for n in range(3)], lang)
    assert needle in _refused(filled, lang).summary


@pytest.mark.parametrize(
    ("lang", "needle"), [("zh", "内容过长（5000 个字符，最多 100 个）"), ("en", "is too long (5000 characters, at most 100)")]
)
def test_an_overlong_cell_is_refused_without_being_kept(tmp_path: Path, lang: Lang, needle: str) -> None:
    filled = filled_template(tmp_path, [{"enterprise.name": "甲", "enterprise.industry": "制" * 5000}], lang)
    result = run_batch(policy(), open_source(filled, lang), tmp_path / "o.xlsx", Options(lang))
    assert result.problems[0].message == needle


def test_the_file_is_never_modified(tmp_path: Path) -> None:
    filled = filled_template(tmp_path, [{"enterprise.name": "甲", "a1_investment": "bad"}])
    before = filled.read_bytes()
    run_batch(policy(), open_source(filled), tmp_path / "o.xlsx", Options())
    assert filled.read_bytes() == before


# ---------------------------------------------------------------- CSV encodings


def _csv_rows(lang: Lang = "zh") -> str:
    text = template_csv(columns_for(policy()), lang).decode("utf-8-sig")
    ids = text.splitlines()[1].split(",")
    row = [""] * len(ids)
    row[ids.index("enterprise.name")] = "哈尔滨示例食品科技有限公司"
    row[ids.index("p_manufacturing")] = "是"
    row[ids.index("a2_output_increase")] = "1,234.5"
    row[ids.index("a9_recognition_date")] = "2022/11/18"
    return text + ",".join(f'"{c}"' if "," in c else c for c in row) + "\r\n"


@pytest.mark.parametrize(
    "encode",
    [lambda t: t.encode("utf-8"), lambda t: ("\ufeff" + t).encode("utf-8"), lambda t: t.encode("gb18030"),
     lambda t: t.encode("gbk"), lambda t: ("\ufeff" + t.replace(",", "\t")).encode("utf-16-le")],
    ids=["utf-8", "utf-8-bom", "gb18030", "gbk", "utf-16-tabs"],
)  # fmt: skip
def test_csv_in_the_encodings_excel_writes(tmp_path: Path, encode: object) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(encode(_csv_rows()))  # type: ignore[operator]
    result = run_batch(policy(), open_source(path), tmp_path / "o.xlsx", Options(keep_assessments=True))
    assessment = result.assessments[0]
    assert result.problems == [] and assessment is not None
    assert assessment.enterprise.name == "哈尔滨示例食品科技有限公司"
    assert assessment.answers["a2_output_increase"] == "1234.5"
    assert assessment.answers["a9_recognition_date"] == "2022-11-18"


@pytest.mark.parametrize(("lang", "needle"), [("zh", "CSV 文件格式有误"), ("en", "The CSV file is malformed")])
def test_a_malformed_csv_is_refused_with_its_line(tmp_path: Path, lang: Lang, needle: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(_csv_rows().encode("utf-8") + b'"' + b"x" * 200_000 + b'"\r\n')  # past csv's field limit
    error = _refused(path, lang)
    assert needle in error.summary and ("第 4 行" in error.summary or "row 4" in error.summary)


@pytest.mark.parametrize(("lang", "needle"), [("zh", "没有要评估的企业"), ("en", "There is no enterprise to assess")])
def test_an_empty_template_says_there_is_nothing_to_assess(tmp_path: Path, lang: Lang, needle: str) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(template_csv(columns_for(policy()), lang))
    with pytest.raises(BatchInputError, match=needle):
        run_batch(policy(), open_source(path, lang), tmp_path / "o.xlsx", Options(lang))


def test_a_folder_with_a_damaged_file_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.hrba").write_bytes(EXAMPLES[0].read_bytes())
    (folder / "b.hrba").write_text("{oops", encoding="utf-8")
    result = run_batch(policy(), open_source(folder, "en"), tmp_path / "o.xlsx", Options("en"))
    assert [s.computed for s in result.summaries] == [True, False]
    assert result.problems[0].source == "b.hrba" and "Not a valid JSON file" in result.problems[0].message


def test_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError, match="没有 .hrba 或 .json 评估文件"):
        open_source(tmp_path, "zh")


# ---------------------------------------------------------------- outputs


@pytest.mark.parametrize(
    ("name", "expected"),
    [("CON", "CON_"), ("nul.txt", "nul_.txt"), ("com1", "com1_"), ("LPT9 ", "LPT9_"), ("公司. . ", "公司"),
     ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"), ("", "第3行"), ("  ", "第3行"), ("x" * 300, "x" * 80),
     ("tab\there", "tab_here")],
)  # fmt: skip
def test_file_names_are_safe_on_windows(name: str, expected: str) -> None:
    """The batch names files by the wizard's rule (core.filenames, tested in full there)."""
    assert safe_file_stem(name, "第3行") == expected


def test_file_names_are_unique_even_ignoring_case() -> None:
    names = UniqueNames()
    assert [names.take(s, ".pdf") for s in ("ACME", "acme", "Acme", "other")] == [
        "ACME.pdf", "acme (2).pdf", "Acme (3).pdf", "other.pdf"
    ]  # fmt: skip


def test_two_enterprises_with_the_same_name_get_two_files(tmp_path: Path) -> None:
    same = row_values(example(EXAMPLES[0]))
    filled = filled_template(tmp_path, [same, {**same, "enterprise.credit_code": ""}])
    pdfs, hrbas = tmp_path / "pdf", tmp_path / "hrba"
    result = run_batch(policy(), open_source(filled), tmp_path / "o.xlsx", Options(pdf_dir=pdfs, hrba_dir=hrbas))
    name = "哈尔滨示例重型装备制造有限公司"
    assert sorted(p.name for p in hrbas.iterdir()) == [f"{name} (2).hrba", f"{name}.hrba"]
    assert sorted(p.name for p in pdfs.iterdir()) == [f"{name} (2).pdf", f"{name}.pdf"]
    assert [s.pdf for s in result.summaries] == [f"{name}.pdf", f"{name} (2).pdf"]
    assert (pdfs / f"{name}.pdf").read_bytes().startswith(b"%PDF")
    book = openpyxl.load_workbook(tmp_path / "o.xlsx")
    links = [unquote(c.hyperlink.target).replace("\\", "/") for c in book["汇总"]["L"][1:] if c.hyperlink]
    assert links == [f"pdf/{name}.pdf", f"pdf/{name} (2).pdf"]  # relative: the folder can be moved


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("after", [1, 3])
def test_a_cancel_leaves_nothing_behind(tmp_path: Path, after: int) -> None:
    filled = filled_template(tmp_path, [row_values(example(p)) for p in EXAMPLES])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "keep.txt").write_text("someone else's file", encoding="utf-8")
    before = _listing(tmp_path)
    seen: list[Progress] = []

    def cancelled() -> bool:
        return len([p for p in seen if p.phase == "assess"]) > after

    options = Options(pdf_dir=out_dir / "pdf", hrba_dir=out_dir)  # one new folder, one existing
    with pytest.raises(Cancelled):
        run_batch(policy(), open_source(filled), out_dir / "r.xlsx", options, seen.append, cancelled)
    assert _listing(tmp_path) == before  # no workbook, no PDF folder, no staging folder, keep.txt kept


def test_an_unwritable_output_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    filled = filled_template(tmp_path, [{"enterprise.name": "甲"}])
    with pytest.raises(BatchOutputError, match="Cannot write to the folder"):
        run_batch(policy(), open_source(filled), tmp_path / "missing" / "r.xlsx", Options("en"))
    with pytest.raises(BatchOutputError, match="must not be the input file"):
        run_batch(policy(), open_source(filled), filled, Options("en"))
    with pytest.raises(BatchOutputError, match="should end in .xlsx"):
        run_batch(policy(), open_source(filled), tmp_path / "r.xls", Options("en"))


def test_a_failing_workbook_write_removes_the_staged_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hrb_desktop.core.batch import run

    filled = filled_template(tmp_path, [row_values(example(EXAMPLES[0]))])
    before = _listing(tmp_path)

    def disk_full(*_args: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(run, "_workbook", disk_full)
    with pytest.raises(BatchOutputError, match="No space left"):
        run_batch(policy(), open_source(filled), tmp_path / "r.xlsx", Options(pdf_dir=tmp_path / "pdf"))
    assert _listing(tmp_path) == before


def test_the_result_never_half_replaces_an_old_one(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"old result")
    filled = filled_template(tmp_path, [{"enterprise.name": "甲"}])
    run_batch(policy(), open_source(filled), out, Options())
    assert zipfile.is_zipfile(io.BytesIO(out.read_bytes()))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
@pytest.mark.parametrize(("lang", "needle"), [("zh", "不是普通文件"), ("en", "not a regular file")])
def test_a_fifo_as_input_is_refused_not_waited_on(tmp_path: Path, lang: Lang, needle: str) -> None:
    fifo = tmp_path / "template.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(BatchInputError) as info:
        open_source(fifo, lang)
    assert needle in str(info.value)
