"""Headless commands for help-desk scripts and checks: assess, policy, schema.

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
from hrb_desktop.core.engine import AssessmentResult, Engine, Status
from hrb_desktop.core.messages import Lang, article_name, fmt_date, t
from hrb_desktop.core.money import fmt_range
from hrb_desktop.core.output_streams import use_utf8_when_redirected
from hrb_desktop.core.policy_loader import PolicyFileError, embedded_policy, load_untrusted_policy
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
        description="哈政规〔2021〕10号 申报前自评估 / pre-application self-assessment. "
        "Run without a command to open the wizard.",
    )
    parser.add_argument("--version", action="version", version=f"hrb-desktop {__version__}")
    sub = parser.add_subparsers(dest="command")

    assess = sub.add_parser("assess", help="evaluate an assessment file (.hrba / .json)")
    assess.add_argument("file", type=Path)
    assess.add_argument("--format", choices=["text", "json"], default="text")
    assess.add_argument("--lang", choices=["zh", "en"], default=None)
    assess.add_argument("--pdf", type=Path, default=None, help="also write the PDF summary here")

    policy = sub.add_parser("policy", help="print the embedded policy model, or check a policy file")
    policy.add_argument("action", nargs="?", choices=["check"], help="'check FILE' validates a policy file")
    policy.add_argument("file", nargs="?", type=Path)
    policy.add_argument("--format", choices=["text", "json"], default="text")
    policy.add_argument("--lang", choices=["zh", "en"], default=None)

    sub.add_parser("schema", help="print the JSON Schema of the assessment file")

    template = sub.add_parser("template", help="write the Excel template for many enterprises (.xlsx or .csv)")
    template.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    template.add_argument("--lang", choices=["zh", "en"], default=None)

    batch = sub.add_parser("batch", help="assess a filled template, or a folder of .hrba/.json files")
    batch.add_argument("input", type=Path, metavar="INPUT")
    batch.add_argument("--out", type=Path, required=True, metavar="RESULT.xlsx")
    batch.add_argument("--pdf-dir", type=Path, default=None, help="also write one PDF per enterprise here")
    batch.add_argument("--hrba-dir", type=Path, default=None, help="also write one .hrba per enterprise here")
    batch.add_argument("--all-items", action="store_true", help="detail rows for every item, not only those to claim")
    batch.add_argument("--lang", choices=["zh", "en"], default=None)
    return parser


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
    """The policy edition an input names (None: the embedded one); the one place that resolves ids."""
    policy = embedded_policy()
    if policy_id is not None and policy_id != policy.id:
        from hrb_desktop.core.batch.errors import BatchInputError
        from hrb_desktop.core.batch.texts import bt

        raise BatchInputError(bt("err.other_policy", lang, theirs=policy_id, ours=policy.id, doc=policy.doc_number))
    return policy


# ---------------------------------------------------------------- assess


def _assess(args: argparse.Namespace) -> int:
    lang: Lang = args.lang or default_lang()
    if args.pdf is not None:
        refusal = pdf_target_refusal(args.pdf, args.file, lang)
        if refusal is not None:
            _say(f"hrb-desktop: {refusal}")
            return EXIT_USAGE
    policy = embedded_policy()
    assessment, answers = load_assessment(args.file, policy, lang)
    result = evaluate_assessment(Engine(policy), assessment, answers, lang)
    if args.pdf is not None:
        from hrb_desktop.core.report import write_pdf

        try:
            warnings = write_pdf(args.pdf, policy, assessment, result, lang)
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
    return {
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
    out.append(("模型版本 " if zh else "policy model ") + policy.model_version)
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
    if result.decisions:
        out += ["", "== " + ("第十八条 从高不重复" if zh else "Art. 18 decisions") + " =="]
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
        write_template(args.out, _policy_for(None, lang), lang)
    except BatchOutputError as exc:
        print(f"hrb-desktop: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    print(("已写入模板：" if lang == "zh" else "Template written: ") + str(args.out))
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
        print(f"{line} → {args.out}")
    else:
        line = f"Assessed {done} of {total} enterprises"
        line += f"; {total - done} not computed because of errors (see the Problems sheet)" if done < total else ""
        print(f"{line} -> {args.out}")
    return 0


# ---------------------------------------------------------------- policy


def _policy(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    lang: Lang = args.lang or default_lang()
    if args.action == "check":
        if args.file is None:
            parser.error("policy check needs a FILE")
        policy = load_untrusted_policy(args.file, lang)
        emit(
            f"OK: {args.file} — {policy.id} {policy.doc_number}, model {policy.model_version}, "
            f"{len(policy.articles)} articles, {len(policy.items())} items, {len(policy.questions)} questions"
        )
        return 0
    if args.file is not None:
        parser.error("a FILE is only taken by 'policy check FILE'")
    policy = embedded_policy()
    if args.format == "json":
        emit(policy.model_dump_json(indent=2, by_alias=True))
        return 0
    emit(policy_to_text(policy, lang))
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
