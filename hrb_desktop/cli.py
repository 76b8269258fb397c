"""Headless commands for help-desk scripts and checks: assess, policy (list, show, check,
import, remove), schema.

Every failure a user can cause ends in one clear message and a non-zero exit;
no traceback is ever printed.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from hrb_desktop import __version__
from hrb_desktop.core.assessment import (
    EXTENSION,
    Assessment,
    AssessmentError,
    evaluate_assessment,
    load_assessment,
)
from hrb_desktop.core.editions import Edition, registry
from hrb_desktop.core.engine import AssessmentResult, Engine, Status
from hrb_desktop.core.messages import Lang, article_name, fmt_date, t
from hrb_desktop.core.money import fmt_range
from hrb_desktop.core.output_streams import use_utf8_when_redirected
from hrb_desktop.core.policy_loader import PolicyFileError, load_untrusted_policy
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.safe_json import os_error_text
from hrb_desktop.core.system_lang import language_of_locale_name, system_language

EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_OUTPUT = 4
EXIT_INTERNAL = 70


def default_lang() -> Lang:
    """Without ``--lang``: ``HRB_LANG`` (for scripts), else the system's language, as the wizard takes it."""
    chosen = os.environ.get("HRB_LANG", "").strip()
    return language_of_locale_name(chosen) if chosen else system_language()


class _Parser(argparse.ArgumentParser):
    def _print_message(self, message: str, file: Any = None) -> None:
        """As argparse's, but a failed write is not swallowed: ``--help`` into a full disk
        must end in exit code 4, not in 0 with nothing written."""
        if message:
            (file or sys.stderr).write(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hrb-desktop",
        description="哈尔滨市制造业政策 申报前自评估 / pre-application self-assessment for Harbin's"
        " manufacturing policy. Run without a command to open the wizard.",
    )
    parser.add_argument("--version", action="version", version=f"hrb-desktop {__version__}")
    sub = parser.add_subparsers(dest="command")

    assess = sub.add_parser("assess", help="evaluate an assessment file (.hrba / .json)")
    assess.add_argument("file", type=Path)
    assess.add_argument("--format", choices=["text", "json"], default="text")
    assess.add_argument("--lang", choices=["zh", "en"], default=None)
    assess.add_argument("--pdf", type=Path, default=None, help="also write the PDF summary here")
    assess.add_argument(
        "--report-date",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date the PDF report is dated (default: SOURCE_DATE_EPOCH if set, else today)",
    )

    policy = sub.add_parser(
        "policy",
        help="policy editions: list, show [ID], check FILE, import FILE [--replace], remove ID",
        description="Without an action: print the edition a new assessment starts with today.",
    )
    policy.add_argument(
        "action",
        nargs="?",
        choices=["list", "show", "check", "import", "remove"],
        help="'list' the installed editions; 'show [ID]' print one; 'check FILE' validate a policy file;"
        " 'import FILE' install an edition; 'remove ID' remove an imported edition",
    )
    policy.add_argument("target", nargs="?", help="a FILE (check, import) or an edition ID (show, remove)")
    policy.add_argument("--format", choices=["text", "json"], default="text")
    policy.add_argument("--lang", choices=["zh", "en"], default=None)
    policy.add_argument(
        "--replace",
        action="store_true",
        help="import: replace an installed edition of the same id that has other content",
    )

    sub.add_parser("schema", help="print the JSON Schema of the assessment file")

    template = sub.add_parser("template", help="write the Excel template for many enterprises (.xlsx or .csv)")
    template.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    template.add_argument("--lang", choices=["zh", "en"], default=None)
    template.add_argument(
        "--edition", default=None, metavar="ID", help="the policy edition (default: the one in force today, else the latest)"
    )

    batch = sub.add_parser("batch", help="assess a filled template, or a folder of .hrba/.json files")
    batch.add_argument("input", type=Path, metavar="INPUT")
    batch.add_argument("--out", type=Path, required=True, metavar="RESULT.xlsx")
    batch.add_argument("--pdf-dir", type=Path, default=None, help="also write one PDF per enterprise here")
    batch.add_argument("--hrba-dir", type=Path, default=None, help="also write one .hrba per enterprise here")
    batch.add_argument("--all-items", action="store_true", help="detail rows for every item, not only those to claim")
    batch.add_argument("--lang", choices=["zh", "en"], default=None)
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


class _OutputFailed(Exception):
    """Standard output could not be written (a full disk, a closed terminal)."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(str(cause))
        self.cause = cause


def emit(text: str) -> None:
    """Print ``text`` and flush at once, so that a write error is seen here, where it can be
    reported with exit code 4, and not by the interpreter at exit (exit 120, a stray message)."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputFailed(exc) from exc


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputFailed(exc) from exc


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader stopped (`| head`): nothing more to say
        _silence_stdout()
        return 0
    except _OutputFailed as exc:
        _silence_stdout()
        lang = default_lang()
        reason = os_error_text(exc.cause, lang)
        _say(
            "hrb-desktop: 无法写出结果（标准输出）：" + reason
            if lang == "zh"
            else f"hrb-desktop: cannot write the output (standard output): {reason}"
        )
        return EXIT_OUTPUT


def _main(argv: Sequence[str] | None) -> int:
    use_utf8_when_redirected()  # before argparse, whose --help and errors print Chinese too
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit:  # --help, --version or a usage error: argparse printed and exits
        _flush_stdout()
        raise
    except BrokenPipeError:
        raise
    except OSError as exc:  # --help into a full disk
        raise _OutputFailed(exc) from exc
    try:
        if args.command == "assess":
            return _assess(args)
        if args.command == "policy":
            return _policy(args, parser)
        if args.command == "template":
            return _template(args)
        if args.command == "batch":
            return _batch(args)
        if args.command == "schema":
            emit(json.dumps(Assessment.model_json_schema(), ensure_ascii=False, indent=2))
            return 0
        parser.print_help()
        _flush_stdout()
        return 0
    except (AssessmentError, PolicyFileError) as exc:
        _say(f"hrb-desktop: {exc}")
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except (BrokenPipeError, _OutputFailed):
        raise
    except Exception as exc:
        _say(f"hrb-desktop: internal error ({type(exc).__name__}: {exc}). Please report it.")
        return EXIT_INTERNAL


def _say(text: str) -> None:
    """A message on standard error; if even that cannot be written, there is no one to tell."""
    try:
        print(text, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    """Point standard output at the null device, so that what is still buffered in it is not
    written again (and failed again) when the interpreter exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _policy_for(policy_id: str | None, lang: Lang) -> Policy:
    """The installed edition an input names (None: the one a new assessment starts with today);
    an unknown id is refused with the list of installed editions (AssessmentError, exit 3)."""
    editions = registry()
    if policy_id is None:
        return editions.load(editions.proposed(date.today()).id)
    return editions.policy_for_assessment(policy_id, lang)


# ---------------------------------------------------------------- assess


def _assess(args: argparse.Namespace) -> int:
    lang: Lang = args.lang or default_lang()
    if args.pdf is not None:
        refusal = pdf_target_refusal(args.pdf, args.file, lang)
        if refusal is not None:
            _say(f"hrb-desktop: {refusal}")
            return EXIT_USAGE
    editions = registry()
    assessment, answers = load_assessment(args.file, editions.lookup(lang), lang)
    policy = editions.load(assessment.policy)  # the edition the file names (already checked)
    result = evaluate_assessment(Engine(policy), assessment, answers, lang)
    if args.pdf is not None:
        from hrb_desktop.core.report import write_pdf

        try:
            warnings = write_pdf(args.pdf, policy, assessment, result, lang, made_on=args.report_date)
        except AssessmentError as exc:
            _say(f"hrb-desktop: {exc}")
            return EXIT_OUTPUT
        for warning in warnings:
            _say(f"hrb-desktop: {warning}")
    if args.format == "json":
        emit(json.dumps(result_to_json(result, lang), ensure_ascii=False, indent=2))
    else:
        emit(result_to_text(policy, assessment, result, lang))
    return 0


# Files the CLI reads: never the target of --pdf, whatever the user typed.
_INPUT_SUFFIXES = (EXTENSION, ".json")


def pdf_target_refusal(target: Path, source: Path, lang: Lang) -> str | None:
    """Why ``--pdf target`` must not be written (it names the input or an assessment file), or None."""
    same = False
    try:
        same = os.path.samefile(target, source)
    except (OSError, ValueError):
        same = os.path.abspath(target) == os.path.abspath(source)
    if same:
        return (
            f"--pdf {target} 就是要评估的文件本身，不会用 PDF 覆盖它；请另给一个 .pdf 文件名"
            if lang == "zh"
            else f"--pdf {target} is the input file itself; it is never overwritten with a PDF. Give another .pdf name"
        )
    if target.suffix.lower() in _INPUT_SUFFIXES:
        return (
            f"--pdf {target} 是评估文件的扩展名（{target.suffix}），不会用 PDF 覆盖评估文件；请给一个 .pdf 文件名"
            if lang == "zh"
            else f"--pdf {target} has an assessment file's extension ({target.suffix}); assessment files are"
            " never overwritten with a PDF. Give a .pdf name"
        )
    return None


def _num(value: Decimal) -> float:
    # Results carry two decimals and stay far below 1e15, so the float's
    # shortest repr is exactly the Decimal's text.
    return float(value)


def result_to_json(result: AssessmentResult, lang: Lang) -> dict[str, Any]:
    policy = result.policy
    return {
        "policy": {
            "id": policy.id,
            "model_version": policy.model_version,
            "doc_number": policy.doc_number,
            "title": policy.title.get(lang),
            # "art18" below: what this article decided (the key keeps hrb-2021-10's number)
            "no_double_support_article": policy.no_double_support_article,
        },
        "reference_date": result.reference_date.isoformat(),
        "in_force": result.in_force,
        "items": [
            {
                "id": r.id,
                "article": r.article,
                "title": r.item.title.get(lang),
                "kind": r.item.kind.value,
                "status": r.status.value,
                "low": _num(r.low),
                "high": _num(r.high),
                "counted_low": _num(r.counted_low),
                "counted_high": _num(r.counted_high),
                "explanation": r.explanation(lang),
                "hint": r.hint,
                "art18": r.art18,
                "clause": r.item.clause,
                "interpretation": r.item.interpretation.get(lang) if r.item.interpretation else None,
            }
            for r in result.items
        ],
        "art18": [
            {"kind": d.kind, "kept": d.kept, "set_aside": d.set_aside, "text": d.text}
            for d in result.decisions
        ],
        "total": {"low": _num(result.total_low), "high": _num(result.total_high)},
        "warnings": result.warnings,
    }


def result_to_text(policy: Policy, assessment: Assessment, result: AssessmentResult, lang: Lang) -> str:
    zh = lang == "zh"
    out: list[str] = []
    out.append(f"{policy.doc_number} {policy.title.get(lang)}")
    out.append(("政策版本 " if zh else "policy edition ") + f"{policy.id}" + ("，模型版本 " if zh else ", model ") + policy.model_version)
    ent = assessment.enterprise
    out.append(
        ("企业：" if zh else "Enterprise: ")
        + (ent.name or "—")
        + ("  统一社会信用代码：" if zh else "  credit code: ")
        + (ent.credit_code or "—")
    )
    out.append(("评估基准日：" if zh else "Reference date: ") + fmt_date(result.reference_date, lang))
    for warning in result.warnings:
        out += ["", "!! " + warning]
    for status in (Status.eligible, Status.judgement, Status.non_monetary, Status.not_eligible):
        rows = result.with_status(status)
        if not rows:
            continue
        out += ["", f"== {t('status.' + status.value, lang)} ({len(rows)}) =="]
        for r in rows:
            amount = ""
            if status == Status.eligible:
                amount = "  " + fmt_range(r.low, r.high, lang)
                if (r.counted_low, r.counted_high) != (r.low, r.high):
                    amount += ("  计入 " if zh else "  counted ") + fmt_range(
                        r.counted_low, r.counted_high, lang
                    )
            out.append(f"[{article_name(r.article, lang)}] {r.item.title.get(lang)} ({r.id}){amount}")
            out.append("    " + r.explanation(lang))
            if r.item.interpretation and status in (Status.eligible, Status.judgement):
                out.append("    " + t("interpretation", lang, text=r.item.interpretation.get(lang)))
    unanswered = result.with_status(Status.not_answered)
    if unanswered:
        out += [
            "",
            ("未填写完整的项目：" if zh else "Items not yet answered: ")
            + ", ".join(r.id for r in unanswered),
        ]
    unscreened = result.with_status(Status.not_screened)
    if unscreened:  # apart from the unanswered: the user chose to leave these areas out
        out += [
            "",
            (f"筛选时未勾选、未作评估的项目（{len(unscreened)} 项）：" if zh
             else f"Items left out on the screening page, not assessed ({len(unscreened)}): ")
            + ", ".join(r.id for r in unscreened),
        ]
    if result.decisions:
        out += ["", "== " + t("a18.heading", lang, article=result.double_support_article(lang)) + " =="]
        out += [d.text for d in result.decisions]
    hints = result.hints()
    if hints:
        out += ["", "== " + ("差一点就能多拿" if zh else "Next thresholds") + " =="]
        out += [f"[{article_name(r.article, lang)}] {r.hint}" for r in hints]
    out += [
        "",
        ("合计（估计区间）：" if zh else "Total (estimated range): ")
        + fmt_range(result.total_low, result.total_high, lang),
    ]
    out.append(
        "本结果为申报前估算，不代表审批结论。"
        if zh
        else "This is an estimate before applying, not an approval."
    )
    return "\n".join(out)


# ---------------------------------------------------------------- template and batch

MAX_PRINTED_PROBLEMS = 50


def _template(args: argparse.Namespace) -> int:
    from hrb_desktop.core.batch.errors import BatchOutputError
    from hrb_desktop.core.batch.template import write_template

    lang: Lang = args.lang or default_lang()
    try:
        write_template(args.out, _policy_for(args.edition, lang), lang)
    except BatchOutputError as exc:
        print(f"hrb-desktop: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    emit(("已写入模板：" if lang == "zh" else "Template written: ") + str(args.out))
    return 0


def _batch(args: argparse.Namespace) -> int:
    from hrb_desktop.core.batch.errors import BatchInputError, BatchOutputError
    from hrb_desktop.core.batch.run import Options, Progress, open_source, run_batch

    lang: Lang = args.lang or default_lang()
    show = sys.stderr.isatty()

    def progress(p: Progress) -> None:
        if show and p.phase == "assess" and (p.done % 50 == 0 or p.done == p.total):
            print(f"\r{p.done} / {p.total}", end="", file=sys.stderr, flush=True)

    try:
        source = open_source(args.input, lang)
        policy = _policy_for(source.policy_id, lang)
        options = Options(lang, args.pdf_dir, args.hrba_dir, all_items=args.all_items)
        result = run_batch(policy, source, args.out, options, progress)
    except BatchInputError as exc:
        print(f"hrb-desktop: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BatchOutputError as exc:
        print(f"hrb-desktop: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    if show:
        print(file=sys.stderr)
    problems = [p.text(lang) for p in result.problems]
    for line in problems[:MAX_PRINTED_PROBLEMS]:
        print(f"hrb-desktop: {line}", file=sys.stderr)
    if len(problems) > MAX_PRINTED_PROBLEMS:
        rest = len(problems) - MAX_PRINTED_PROBLEMS
        print(f"hrb-desktop: ……另有 {rest} 处" if lang == "zh" else f"hrb-desktop: ... {rest} more", file=sys.stderr)
    total, done = len(result.summaries), result.computed
    if lang == "zh":
        line = f"已评估 {done} / {total} 家企业"
        line += f"，{total - done} 行有错误未计算（见“问题”表）" if done < total else ""
        emit(f"{line} → {args.out}")
    else:
        line = f"Assessed {done} of {total} enterprises"
        line += f"; {total - done} not computed because of errors (see the Problems sheet)" if done < total else ""
        emit(f"{line} -> {args.out}")
    return 0


# ---------------------------------------------------------------- policy


def _policy(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    lang: Lang = args.lang or default_lang()
    action, target = args.action or "show", args.target
    if action in ("check", "import") and target is None:
        parser.error(f"policy {action} needs a FILE")
    if action == "remove" and target is None:
        parser.error("policy remove needs an edition ID")
    if action == "list" and target is not None:
        parser.error("policy list takes no argument")
    if args.replace and action != "import":
        parser.error("--replace only goes with 'policy import FILE'")
    if action == "check":
        policy = load_untrusted_policy(Path(target), lang)
        emit(
            f"OK: {target} — {policy.id} {policy.doc_number}, model {policy.model_version}, "
            f"{len(policy.articles)} articles, {len(policy.items())} items, {len(policy.questions)} questions"
        )
        return 0
    if action == "list":
        return _policy_list(args.format, lang)
    if action == "import":
        return _policy_import(Path(target), args.replace, lang)
    if action == "remove":
        return _policy_remove(target, lang)
    editions = registry()
    if target is None:
        target = editions.proposed(date.today()).id
    elif editions.get(target) is None:
        print(f"hrb-desktop: {_unknown(target, lang)}", file=sys.stderr)
        return EXIT_INPUT
    policy = editions.load(target)
    if args.format == "json":
        emit(policy.model_dump_json(indent=2, by_alias=True))
        return 0
    emit(policy_to_text(policy, lang))
    return 0


def _unknown(policy_id: str, lang: Lang) -> str:
    installed = ", ".join(e.id for e in registry().editions())
    if lang == "zh":
        return f"没有政策版本“{policy_id}”（已安装：{installed}）"
    return f"there is no policy edition {policy_id!r} (installed: {installed})"


def edition_to_json(edition: Edition) -> dict[str, Any]:
    return {
        "id": edition.id,
        "doc_number": edition.doc_number,
        "title": {"zh": edition.title.zh, "en": edition.title.en},
        "issuer": {"zh": edition.issuer.zh, "en": edition.issuer.en},
        "issue_date": edition.issue_date.isoformat(),
        "effective_from": edition.effective_from.isoformat(),
        "valid_until": edition.valid_until.isoformat(),
        "model_version": edition.model_version,
        "source": edition.source.value,
        "replaces_embedded": edition.replaces_embedded,
        "path": str(edition.path),
        "sha256": edition.sha256,
    }


def edition_to_text(edition: Edition, lang: Lang) -> list[str]:
    zh = lang == "zh"
    if edition.source == "embedded":
        origin = "内置" if zh else "embedded"
    else:
        origin = ("已导入" if zh else "imported") + (
            ("，替代内置版本" if zh else ", replaces the embedded edition") if edition.replaces_embedded else ""
        )
    return [
        f"{edition.id}  {edition.doc_number}  {edition.title.get(lang)}",
        f"    {edition.issuer.get(lang)}  "
        + ("有效期 " if zh else "in force ")
        + edition.validity(lang)
        + ("  模型版本 " if zh else "  model ")
        + edition.model_version,
        f"    {origin}{'：' if zh else ': '}{edition.path}",
        f"    SHA-256 {edition.sha256}",
    ]


def _policy_list(fmt: str, lang: Lang) -> int:
    editions = registry()
    found, problems = editions.editions(), editions.problems(lang)
    if fmt == "json":
        doc = {"editions": [edition_to_json(e) for e in found], "problems": problems}
        emit(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    out: list[str] = []
    for edition in found:
        out += [*edition_to_text(edition, lang), ""]
    if problems:
        out.append("未能使用的文件：" if lang == "zh" else "Files that could not be used:")
        out += [f"  - {p}" for p in problems]
    emit("\n".join(out).rstrip())
    return 0


def _policy_import(path: Path, replace: bool, lang: Lang) -> int:
    from hrb_desktop.core.edition_import import NeedsConfirmation, Outcome, import_policy

    zh = lang == "zh"
    try:
        outcome, candidate = import_policy(path, registry(), replace=replace, lang=lang)
    except NeedsConfirmation as exc:
        hint = "如确认替代，请加上 --replace 重新导入。" if zh else "To replace it, import again with --replace."
        print(f"hrb-desktop: {exc}\n{hint}", file=sys.stderr)
        return EXIT_INPUT
    policy = candidate.policy
    said = {
        Outcome.installed: ("已导入", "Imported"),
        Outcome.replaced: ("已导入并替代原有版本", "Imported, replacing the installed edition"),
        Outcome.already_installed: ("已安装，未作改动", "Already installed; nothing changed"),
    }[outcome]
    emit(f"{said[0] + '：' if zh else said[1] + ': '}{policy.id}  {policy.doc_number}  {policy.title.get(lang)}")
    emit(f"SHA-256 {candidate.sha256}")
    emit(
        "请将此指纹与主管部门公布的指纹核对。" if zh else "Compare this fingerprint with the one the department publishes."
    )
    return 0


def _policy_remove(policy_id: str, lang: Lang) -> int:
    from hrb_desktop.core.edition_import import remove_policy

    removed = remove_policy(policy_id, registry(), lang)
    emit(("已删除政策版本 " if lang == "zh" else "Removed policy edition ") + policy_id)
    for path in removed:
        emit(f"  {path}")
    return 0


def policy_to_text(policy: Policy, lang: Lang) -> str:
    zh = lang == "zh"
    out = [
        f"{policy.doc_number} {policy.title.get(lang)}",
        f"{policy.issuer.get(lang)}  "
        + ("印发 " if zh else "issued ")
        + fmt_date(policy.issue_date, lang)
        + ("  有效期至 " if zh else "  in force until ")
        + fmt_date(policy.valid_until, lang)
        + ("  模型版本 " if zh else "  model ")
        + policy.model_version,
    ]
    for article in policy.articles:
        out += ["", f"{article_name(article.number, lang)} {article.title.get(lang)}"]
        for item in article.items:
            kind = {"monetary": "¥", "judgement": "?", "non_monetary": "·"}[item.kind.value]
            out.append(f"  {kind} {item.id}  {item.title.get(lang)}")
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
