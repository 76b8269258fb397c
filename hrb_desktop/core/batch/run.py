"""The batch loop: read the input, assess every enterprise, write the results all at once.

``open_source`` reads the input (a filled template or a folder of assessment
files) without knowing the policy, so the caller can choose the policy edition
the input names (``Source.policy_id``). ``run_batch`` then assesses row after
row, reporting progress and honouring a cancel flag between rows; a bad row
never stops the others. Nothing is visible on disk until everything has
succeeded: per-enterprise files are staged, the workbook is built in memory,
then the files are moved in and the workbook written atomically.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hrb_desktop.core.answers import Answers
from hrb_desktop.core.assessment import Assessment, AssessmentError, assessment_to_json, atomic_write
from hrb_desktop.core.batch.columns import ColumnSet, applicant_labels, columns_for
from hrb_desktop.core.batch.errors import BatchInputError, BatchOutputError, Cancelled
from hrb_desktop.core.batch.evaluate import evaluator
from hrb_desktop.core.batch.files import StagedFolder, UniqueNames
from hrb_desktop.core.batch.limits import MAX_ROWS
from hrb_desktop.core.batch.outcome import SummaryRow, summarise
from hrb_desktop.core.batch.read_table import Table, read_table
from hrb_desktop.core.batch.rows import Entry, Problem, entry_from_file, entry_from_row, layout_for
from hrb_desktop.core.batch.texts import bt
from hrb_desktop.core.filenames import safe_file_stem
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.policy_model import Policy

ASSESSMENT_SUFFIXES = (".hrba", ".json")


@dataclass(frozen=True)
class Progress:
    phase: str  # "read", "assess" or "write"
    done: int
    total: int  # 0 while unknown


@dataclass
class Options:
    lang: Lang = "zh"
    pdf_dir: Path | None = None
    hrba_dir: Path | None = None
    all_items: bool = False  # detail rows for every item, not only those with something to claim
    keep_assessments: bool = False  # the wizard opens a row from memory when no .hrba was written


@dataclass
class Source:
    path: Path
    table: Table | None = None
    files: list[Path] = field(default_factory=list)

    @property
    def policy_id(self) -> str | None:
        """The policy edition a template records (None for a folder: each file names its own)."""
        marker = self.table.marker if self.table is not None else None
        return marker[0] if marker else None


@dataclass
class BatchResult:
    policy: Policy
    lang: Lang
    input: Path
    from_files: bool
    summaries: list[SummaryRow]
    problems: list[Problem]
    assessments: list[Assessment | None] = field(default_factory=list)
    out: Path | None = None
    pdf_dir: Path | None = None
    hrba_dir: Path | None = None

    @property
    def computed(self) -> int:
        return sum(1 for s in self.summaries if s.computed)


ProgressFn = Callable[[Progress], None]
CancelFn = Callable[[], bool]


def open_source(path: Path, lang: Lang = "zh", cancelled: CancelFn | None = None) -> Source:
    if path.is_dir():
        try:
            files = sorted(
                (p for p in path.iterdir() if p.suffix.lower() in ASSESSMENT_SUFFIXES and p.is_file()),
                key=lambda p: p.name.casefold(),
            )
        except OSError as exc:
            raise BatchInputError(bt("err.unreadable", lang, path=path), [exc.strerror or str(exc)]) from exc
        if not files:
            raise BatchInputError(bt("err.empty_folder", lang, path=path))
        if len(files) > MAX_ROWS:
            raise BatchInputError(bt("err.too_many_rows", lang, max=MAX_ROWS))
        return Source(path, files=files)
    return Source(path, table=read_table(path, lang, cancelled))


def check_outputs(source: Source, out: Path | None, options: Options) -> None:
    """Refuse, before any work, outputs that would fail or overwrite the input."""
    lang = options.lang
    if out is not None:
        if out.suffix.lower() != ".xlsx":
            raise BatchOutputError(bt("err.out_suffix", lang, path=out))
        if _same(out, source.path):
            raise BatchOutputError(bt("err.same_file", lang, path=out))
        folder = out.parent if str(out.parent) else Path(".")
        if not folder.is_dir():
            raise BatchOutputError(bt("err.out_dir", lang, path=folder))
    for target in (options.pdf_dir, options.hrba_dir):
        if target is not None and source.table is None and _same(target, source.path):
            raise BatchOutputError(bt("err.same_file", lang, path=target))


def run_batch(
    policy: Policy,
    source: Source,
    out: Path | None,
    options: Options,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> BatchResult:
    """Assess every enterprise of ``source``; write ``out`` (and the per-enterprise files).

    Raises BatchInputError (a template's columns are wrong), BatchOutputError
    (nothing could be written; nothing was) or Cancelled (nothing was written).
    """
    lang = options.lang
    report = progress or (lambda _p: None)
    is_cancelled = cancelled or (lambda: False)
    check_outputs(source, out, options)
    columns = columns_for(policy)
    entries, total, notices = _entries(source, columns, lang)
    if total == 0:
        raise BatchInputError(bt("err.no_rows", lang, path=source.path))
    result = BatchResult(policy, lang, source.path, source.table is None, [], list(notices))
    result.out, result.pdf_dir, result.hrba_dir = out, options.pdf_dir, options.hrba_dir
    staged: list[StagedFolder] = []
    try:
        pdf_dir = _stage(options.pdf_dir, lang, staged)
        hrba_dir = _stage(options.hrba_dir, lang, staged)
        evaluate = evaluator(policy)
        applicants = applicant_labels(lang)
        names = (UniqueNames(), UniqueNames())
        report(Progress("assess", 0, total))
        for done, entry in enumerate(entries, start=1):
            if is_cancelled():
                raise Cancelled
            if entry.assessment is None or entry.answers is None:
                summary = _refused(entry, lang)
            else:
                assessment = entry.assessment
                evaluated = evaluate(assessment, entry.answers, lang)
                summary = summarise(
                    entry.source,
                    entry.row,
                    assessment,
                    evaluated,
                    applicants[assessment.enterprise.applicant_type],
                    lang,
                    options.all_items,
                )
                if not summary.name:
                    summary.warnings.append(bt("row.no_name", lang))
                stem = _stem(entry, lang)
                if hrba_dir is not None:
                    summary.hrba = names[1].take(stem, ".hrba")
                    hrba_dir.write(summary.hrba, assessment_to_json(assessment).encode("utf-8"))
                if pdf_dir is not None:
                    _write_pdf(pdf_dir, names[0].take(stem, ".pdf"), policy, assessment, evaluated, entry, summary, lang)
            result.problems += entry.problems
            result.summaries.append(summary)
            if options.keep_assessments:
                result.assessments.append(entry.assessment)
            report(Progress("assess", done, total))
        _flag_duplicates(result, lang)
        report(Progress("write", 0, 0))
        data = _workbook(result, is_cancelled) if out is not None else None
        if is_cancelled():
            raise Cancelled
        for folder in staged:  # from here on nothing is cancelled: it takes a moment
            folder.commit()
        staged.clear()
        if out is not None and data is not None:
            atomic_write(out, data, lang)
    except (BatchInputError, BatchOutputError):
        raise
    except (AssessmentError, OSError) as exc:  # atomic_write's messages are already the user's
        summary_text = exc.summary if isinstance(exc, AssessmentError) else str(exc)
        raise BatchOutputError(summary_text, getattr(exc, "problems", [])) from exc
    finally:
        for folder in staged:
            folder.discard()
    return result


def _workbook(result: BatchResult, cancelled: CancelFn) -> bytes:
    from hrb_desktop.core.batch.write_results import write_workbook

    with tempfile.TemporaryDirectory(prefix="hrb-batch-") as folder:
        book = Path(folder) / "result.xlsx"
        write_workbook(result, book, cancelled)
        return book.read_bytes()


def _entries(source: Source, columns: ColumnSet, lang: Lang) -> tuple[Iterator[Entry], int, list[Problem]]:
    if source.table is not None:
        table = source.table
        layout = layout_for(table, columns, lang)
        return (entry_from_row(row, layout, columns, lang) for row in table.rows), len(table.rows), layout.notices
    return (entry_from_file(path, columns, lang) for path in source.files), len(source.files), []


def _stage(folder: Path | None, lang: Lang, staged: list[StagedFolder]) -> StagedFolder | None:
    if folder is None:
        return None
    stage = StagedFolder(folder, lang)
    staged.append(stage)
    return stage


def _stem(entry: Entry, lang: Lang) -> str:
    fallback = entry.path.stem if entry.path is not None else bt("row.where", lang, n=entry.source).replace(" ", "")
    return safe_file_stem(entry.name or entry.credit_code, fallback)


def _write_pdf(
    folder: StagedFolder,
    name: str,
    policy: Policy,
    assessment: Assessment,
    evaluated: object,
    entry: Entry,
    summary: SummaryRow,
    lang: Lang,
) -> None:
    from hrb_desktop.core.report import pdf_bytes

    try:
        folder.write(name, pdf_bytes(policy, assessment, evaluated, lang))  # type: ignore[arg-type]
        summary.pdf = name
    except AssessmentError as exc:  # this enterprise has no PDF; the batch goes on
        entry.problems.append(Problem(entry.source, "", "", " ".join([exc.summary, *exc.problems])))
        summary.warnings.append(exc.summary)


def _refused(entry: Entry, lang: Lang) -> SummaryRow:
    return SummaryRow(
        source=entry.source,
        row=entry.row,
        name=entry.name,
        credit_code=entry.credit_code,
        applicant="",
        reference_date=None,
        total=None,
        warnings=[bt("row.refused", lang, n=len(entry.problems))],
        problems=len(entry.problems),
    )


def _flag_duplicates(result: BatchResult, lang: Lang) -> None:
    """The same credit code on two rows is usually a copy-paste slip: say so on each."""
    rows: dict[str, list[SummaryRow]] = defaultdict(list)
    for summary in result.summaries:
        code = "".join(summary.credit_code.split()).upper()
        if code:
            rows[code].append(summary)
    for code, same in rows.items():
        if len(same) < 2:
            continue
        for summary in same:
            others = [s.source for s in same if s is not summary]
            key = "row.duplicate_file" if result.from_files else "row.duplicate"
            sep = "、" if lang == "zh" else ", "
            text = bt(key, lang, code=code, others=sep.join(others))
            summary.warnings.append(text)
            result.problems.append(Problem(summary.source, "", "", text, code))


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def export_assessment(
    path: Path, policy: Policy, assessment: Assessment, answers: Answers, lang: Lang, source: str
) -> None:
    """The wizard's File → Export Excel: one assessment in the batch's three-sheet layout.

    ``source`` names it in the first column (the file's name, or "unsaved"). Atomic;
    raises BatchOutputError.
    """
    from hrb_desktop.core.batch.write_results import write_workbook
    from hrb_desktop.core.batch.xlsx_format import build_atomically

    evaluated = evaluator(policy)(assessment, answers, lang)
    applicant = applicant_labels(lang)[assessment.enterprise.applicant_type]
    summary = summarise(source, None, assessment, evaluated, applicant, lang, all_items=True)
    result = BatchResult(policy, lang, Path(source), True, [summary], [], out=path)
    build_atomically(path, lambda target: write_workbook(result, target), lang)
