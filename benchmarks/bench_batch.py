"""The batch against the bare engine, measured side by side.

    python benchmarks/bench_batch.py [--rows 1000] [--pdf-rows 100] [--memory-rows 10000] [--runs 3]

A filled template of ROWS enterprises (the four examples in turn, each with its own
name and a valid credit code) is assessed three ways:

* bare engine: the same assessments parsed from JSON (``parse_assessment``) and
  evaluated (``evaluate_assessment``), nothing read or written: the baseline;
* batch to XLSX: ``hrb-desktop batch`` in-process (read the template, check every
  cell, evaluate, write the three-sheet workbook); target <= 5 s for 1,000 rows;
* batch with PDFs: the same plus one PDF per enterprise; target <= 0.2 s per enterprise.

Also: the result workbook written by openpyxl's write-only mode instead of XlsxWriter
(why the batch writes with XlsxWriter); the peak memory (max RSS) of a fresh process
running the batch on MEMORY_ROWS rows, beside one that only imports and evaluates
(target <= 500 MB); and how fast a zip bomb is refused. Prints each figure with its
ratio to the baseline, and a JSON line; ``--check`` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench_pdf import median_time  # beside this script

from hrb_desktop.core.assessment import (
    Assessment,
    assessment_to_json,
    evaluate_assessment,
    load_assessment,
    parse_assessment,
)
from hrb_desktop.core.batch.columns import columns_for
from hrb_desktop.core.batch.run import Options, open_source, run_batch
from hrb_desktop.core.credit_code import ALPHABET, check_character
from hrb_desktop.core.engine import Engine
from hrb_desktop.core.policy_loader import embedded_policy
from hrb_desktop.resources import examples_dir

XLSX_TARGET = 5.0  # seconds for 1,000 enterprises
PDF_TARGET = 0.2  # seconds per enterprise
MEMORY_TARGET = 500  # MB for 10,000 rows


def examples() -> list[Assessment]:
    policy = embedded_policy()
    return [load_assessment(p, policy)[0] for p in sorted(examples_dir().glob("*.json"))]


def numbered(assessments: list[Assessment], rows: int) -> list[Assessment]:
    """``rows`` assessments: the examples in turn, each with its own name and valid credit code."""
    out = []
    for n in range(rows):
        base = assessments[n % len(assessments)]
        first17 = "9123010" + "".join(ALPHABET[(n // 31**k) % 31] for k in range(10))[::-1]
        enterprise = base.enterprise.model_copy(
            update={"name": f"{base.enterprise.name}{n + 1:05d}", "credit_code": first17 + check_character(first17)}
        )
        out.append(base.model_copy(update={"enterprise": enterprise}))
    return out


def cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[:4].isdigit():
        return datetime.fromisoformat(value)
    if isinstance(value, Decimal | str):
        number = Decimal(str(value))
        return int(number) if number == number.to_integral_value() else float(number)
    return value


def write_filled(path: Path, assessments: list[Assessment]) -> None:
    """The template as a user fills it (written with XlsxWriter: fast for 10,000 rows)."""
    import xlsxwriter

    policy = embedded_policy()
    columns = columns_for(policy).columns
    labels = {a.id: a.label.zh for a in policy.areas}
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("企业")
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, [c.header("zh") for c in columns])
    sheet.write_row(1, 0, [c.id for c in columns])
    for row, a in enumerate(assessments, start=2):
        values: dict[str, Any] = {f"enterprise.{k}": v for k, v in a.enterprise.model_dump(mode="json").items() if v}
        values["reference_date"] = datetime.combine(a.reference_date, datetime.min.time())
        if a.areas:
            values["areas"] = "、".join(labels[x] for x in a.areas)
        if a.projects:
            values["projects"] = "；".join(f"{p.name}：{'、'.join(p.items)}" for p in a.projects)
        values.update({k: cell(v) for k, v in a.answers.items()})
        for col, column in enumerate(columns):
            value = values.get(column.id)
            if isinstance(value, datetime):
                sheet.write_datetime(row, col, value, dates)
            elif value is not None:
                sheet.write(row, col, value)
    book.close()


def interleaved(baseline: Callable[[], object], measured: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median times of the two, run in turns, so a busy moment of the machine hits both."""
    pairs = [(median_time(baseline, 1), median_time(measured, 1)) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def bare_engine(texts: list[str]) -> None:
    policy = embedded_policy()
    engine = Engine(policy)
    for text in texts:
        assessment, answers = parse_assessment(text, policy)
        evaluate_assessment(engine, assessment, answers, "zh")


def batch(filled: Path, out: Path, pdf_dir: Path | None = None) -> None:
    result = run_batch(embedded_policy(), open_source(filled), out, Options("zh", pdf_dir=pdf_dir))
    assert result.computed == len(result.summaries), [p.text("en") for p in result.problems[:5]]


def openpyxl_writer(filled: Path, out: Path) -> float:
    """Write the same three sheets with openpyxl's write-only mode (no styles but number formats)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    result = run_batch(embedded_policy(), open_source(filled), None, Options("zh"))
    start = time.perf_counter()
    book = Workbook(write_only=True)
    summary, detail = book.create_sheet("汇总"), book.create_sheet("明细")
    book.create_sheet("问题")

    def amount(sheet: Any, value: Decimal) -> WriteOnlyCell:
        c = WriteOnlyCell(sheet, value=value)
        c.number_format = "#,##0.00"
        return c

    for s in result.summaries:
        assert s.total is not None
        summary.append([s.row, s.name, s.credit_code, s.applicant, s.reference_date, "已计算",
                        amount(summary, s.total[0]), amount(summary, s.total[1]), s.eligible, s.judgement,
                        "；".join(s.warnings)])  # fmt: skip
        for d in s.details:
            amounts = [amount(detail, a) for a in d.amounts] if d.amounts else [None] * 4
            detail.append([s.row, s.name, s.credit_code, f"第{d.article}条", d.title, d.item_id, d.status, *amounts, d.art18])
    book.save(out)
    return time.perf_counter() - start


def peak_memory_mb(code: str, *args: str) -> float:
    """Max RSS of a fresh Python process running ``code``."""
    wrapper = (
        "import resource, sys\n"
        f"{code}\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, check=True)
    kb = int(out.stdout.strip().splitlines()[-1])
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


MEMORY_BATCH = (
    "from pathlib import Path\n"
    "from hrb_desktop.core.batch.run import Options, open_source, run_batch\n"
    "from hrb_desktop.core.policy_loader import embedded_policy\n"
    "r = run_batch(embedded_policy(), open_source(Path(sys.argv[1])), Path(sys.argv[2]), Options('zh'))\n"
    "assert r.computed == len(r.summaries)"
)
MEMORY_BARE = (
    "from hrb_desktop.core.engine import Engine\n"
    "from hrb_desktop.core.assessment import evaluate_assessment, load_assessment\n"
    "from hrb_desktop.core.policy_loader import embedded_policy\n"
    "from hrb_desktop.resources import examples_dir\n"
    "p = embedded_policy(); e = Engine(p)\n"
    "for f in sorted(examples_dir().glob('*.json')): evaluate_assessment(e, *load_assessment(f, p), 'zh')"
)


def bomb_refusal(folder: Path) -> float:
    from hrb_desktop.core.batch.errors import BatchInputError

    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 200_000_000)  # 200 MB of zeros, ~200 KB zipped

    def refuse() -> None:
        try:
            open_source(path)
        except BatchInputError:
            return
        raise AssertionError("the bomb was not refused")

    return median_time(refuse, 5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--pdf-rows", type=int, default=100)
    parser.add_argument("--memory-rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    base = examples()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = numbered(base, args.rows)
        filled = folder / "filled.xlsx"
        write_filled(filled, rows)
        texts = [assessment_to_json(a) for a in rows]
        out = folder / "result.xlsx"

        bare_engine(texts[:10])  # warm up imports and caches on both sides
        batch(filled, out)
        bare, xlsx = interleaved(lambda: bare_engine(texts), lambda: batch(filled, out), args.runs)
        other_writer = openpyxl_writer(filled, folder / "openpyxl.xlsx")
        ours_writer = _writer_only(filled, folder / "ours.xlsx")

        pdf_filled = folder / "pdf.xlsx"
        write_filled(pdf_filled, rows[: args.pdf_rows])
        pdf_bare, pdf_batch = interleaved(
            lambda: bare_engine(texts[: args.pdf_rows]),
            lambda: batch(pdf_filled, folder / "r-pdf.xlsx", folder / "pdf"),
            max(1, args.runs // 2),
        )
        pdf_bare, pdf_each = pdf_bare / args.pdf_rows, pdf_batch / args.pdf_rows

        big = folder / "big.xlsx"
        write_filled(big, numbered(base, args.memory_rows))
        memory = peak_memory_mb(MEMORY_BATCH, str(big), str(folder / "big-result.xlsx"))
        memory_bare = peak_memory_mb(MEMORY_BARE)
        bomb = bomb_refusal(folder)

    print(f"bare engine, {args.rows} enterprises:      {bare:7.2f} s")
    print(f"batch to XLSX, {args.rows} enterprises:    {xlsx:7.2f} s   ratio {xlsx / bare:5.2f}   (target <= {XLSX_TARGET} s)")
    print(f"  of which the workbook: XlsxWriter {ours_writer:.2f} s, openpyxl write-only {other_writer:.2f} s"
          f" ({other_writer / ours_writer:.1f}x slower)")  # fmt: skip
    print(f"batch with PDFs, per enterprise:     {pdf_each:7.3f} s   ratio {pdf_each / pdf_bare:5.0f}   (target <= {PDF_TARGET} s; bare engine {pdf_bare * 1000:.1f} ms)")
    print(f"peak memory, {args.memory_rows} rows:          {memory:7.0f} MB  ratio {memory / memory_bare:5.2f}   (target <= {MEMORY_TARGET} MB; bare engine {memory_bare:.0f} MB)")
    print(f"zip bomb (200 MB declared) refused in {bomb * 1000:.1f} ms")
    figures = {
        "rows": args.rows,
        "bare_s": round(bare, 3),
        "xlsx_s": round(xlsx, 3),
        "xlsx_ratio": round(xlsx / bare, 2),
        "writer_xlsxwriter_s": round(ours_writer, 3),
        "writer_openpyxl_s": round(other_writer, 3),
        "pdf_per_enterprise_s": round(pdf_each, 4),
        "memory_mb": round(memory),
        "memory_rows": args.memory_rows,
        "memory_bare_mb": round(memory_bare),
        "bomb_refusal_ms": round(bomb * 1000, 1),
    }
    print(json.dumps(figures))
    missed = xlsx > XLSX_TARGET * args.rows / 1000 or pdf_each > PDF_TARGET or memory > MEMORY_TARGET
    return 1 if args.check and missed else 0


def _writer_only(filled: Path, out: Path) -> float:
    from hrb_desktop.core.batch.write_results import write_workbook

    result = run_batch(embedded_policy(), open_source(filled), None, Options("zh"))
    start = time.perf_counter()
    write_workbook(result, out)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
