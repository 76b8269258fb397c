"""The assessment file (``.hrba``, JSON): what the wizard saves and consultants exchange.

Loading is all-or-nothing: a file with any error is refused with every problem
named by its field, and never half-loaded. Saving goes through
``atomic_write`` (see ``core.safe_write``), so a failed save leaves the old file intact.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from hrb_desktop.core.answers import AnswerError, Answers, answer_to_json, normalise_answer
from hrb_desktop.core.credit_code import credit_code_message, normalise_credit_code
from hrb_desktop.core.engine import AssessmentResult, Engine, ProjectGroup
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import DEFAULT_APPLICANT, DataId, Policy
from hrb_desktop.core.safe_write import WriteFailed, write_atomically
from hrb_desktop.core.validation_text import problem_line

FORMAT: Final = "hrb-assessment"
VERSION = 1
# The edition a file names (its ``policy`` id) → that edition's model; raises AssessmentError for
# an edition that is not installed. ``hrb_desktop.core.editions.Registry.lookup`` makes one.
PolicyLookup = Callable[[str], Policy]
EXTENSION = ".hrba"
MAX_FILE_BYTES = 5_000_000


class AssessmentError(Exception):
    """A file that cannot be loaded or saved; ``problems`` are ready to show."""

    def __init__(self, summary: str, problems: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.problems = problems or []

    def __str__(self) -> str:
        return "\n".join([self.summary, *(f"  - {p}" for p in self.problems)])


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Enterprise(_Model):
    name: str = Field(default="", max_length=200)
    credit_code: str = ""
    contact: str = Field(default="", max_length=200)
    district: str = Field(default="", max_length=50)
    industry: str = Field(default="", max_length=100)
    # One of the edition's applicant types; checked against the edition by ``typed_answers``.
    # A file without it gets the edition's default (enterprise, if the edition has it).
    applicant_type: DataId = DEFAULT_APPLICANT

    @field_validator("name", "contact", "district", "industry")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @field_validator("credit_code")
    @classmethod
    def _valid_credit_code(cls, value: str) -> str:
        code = normalise_credit_code(value)
        if code:
            problem = credit_code_message(code, "en")
            if problem:
                raise ValueError(f"统一社会信用代码{credit_code_message(code, 'zh')} ({problem})")
        return code


class Project(_Model):
    name: str = Field(min_length=1, max_length=100)
    items: list[str] = Field(default_factory=list)


class Assessment(_Model):
    format: Literal["hrb-assessment"] = FORMAT
    version: int = VERSION
    policy: str
    # The edition's model_version when the file was saved (absent in files of version 0.1);
    # results computed with another model version carry a warning.
    policy_model: str | None = Field(default=None, max_length=40)
    reference_date: date = Field(default_factory=date.today)
    areas: list[str] | None = None  # screening; None: every area
    enterprise: Enterprise = Field(default_factory=Enterprise)
    answers: dict[str, Decimal | bool | str] = Field(default_factory=dict)
    projects: list[Project] = Field(default_factory=list)

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != VERSION:
            raise ValueError(f"unsupported file version {value}; this program reads version {VERSION}")
        return value


def typed_answers(assessment: Assessment, policy: Policy, lang: Lang = "zh") -> Answers:
    """Check every answer against its question; raise AssessmentError naming each problem."""
    questions = {q.id: q for q in policy.questions}
    problems: list[str] = []
    typed: Answers = {}
    applicant = assessment.enterprise.applicant_type
    if applicant not in policy.applicant_ids():
        known = "、".join(policy.applicant_ids()) if lang == "zh" else ", ".join(policy.applicant_ids())
        problems.append(
            _text(
                lang,
                f"申报主体类型（enterprise.applicant_type）：本政策版本没有“{applicant}”（可选：{known}）",
                f"applicant type (enterprise.applicant_type): this edition has no {applicant!r} (allowed: {known})",
            )
        )
    for key, raw in assessment.answers.items():
        question = questions.get(key)
        if question is None:
            problems.append(f"answers.{key}: " + ("未知问题" if lang == "zh" else "unknown question"))
            continue
        try:
            typed[key] = normalise_answer(question, raw, lang)
        except AnswerError as exc:
            problems.append(f"answers.{key}: {exc}")
    items = {item.id for item in policy.items()}
    area_ids = {a.id for a in policy.areas}
    for i, area in enumerate(assessment.areas or []):
        if area not in area_ids:
            problems.append(f"areas[{i}]: unknown area {area!r}")
    claimed: dict[str, str] = {}
    for i, project in enumerate(assessment.projects):
        for item_id in project.items:
            if item_id not in items:
                unknown = f"projects[{i}].items: unknown item {item_id!r}"
                problems.append(_text(lang, f"项目 {i + 1}：未知的奖补项 {item_id!r}", unknown))
            elif item_id in claimed:
                problems.append(
                    _text(
                        lang,
                        f"项目 {i + 1}：奖补项 {item_id!r} 已属于项目“{claimed[item_id]}”",
                        f"projects[{i}].items: {item_id!r} already belongs to project {claimed[item_id]!r}",
                    )
                )
            claimed[item_id] = project.name
    if problems:
        raise AssessmentError(
            _text(lang, "评估文件中的答案有误：", "The file's answers have errors:"), problems
        )
    return typed


def evaluate_assessment(
    engine: Engine, assessment: Assessment, answers: Answers, lang: Lang = "zh"
) -> AssessmentResult:
    """Evaluate a loaded assessment (answers already typed by ``typed_answers``).

    Lives here, not in the engine: the engine knows answers and projects, not the file format.
    """
    result = engine.evaluate(
        answers,
        reference_date=assessment.reference_date,
        applicant=assessment.enterprise.applicant_type,
        projects=[ProjectGroup(p.name, tuple(p.items)) for p in assessment.projects],
        lang=lang,
        areas=None if assessment.areas is None else frozenset(assessment.areas),
    )
    saved_with, now = assessment.policy_model, engine.policy.model_version
    if saved_with and saved_with != now:
        result.warnings.append(
            _text(
                lang,
                f"该评估文件保存时使用政策数据模型 {saved_with}，现按模型 {now} 计算，结果可能与当时不同。",
                f"The file was saved with policy model {saved_with}; it is evaluated with model {now},"
                " so results may differ from then.",
            )
        )
    return result


def parse_assessment(
    text: str, policy: Policy | PolicyLookup, lang: Lang = "zh"
) -> tuple[Assessment, Answers]:
    """Read an assessment file's text for ``policy``, or, given a lookup, for whichever
    installed edition the file names. Raises AssessmentError listing every problem."""
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        where = _text(lang, f"第 {exc.lineno} 行第 {exc.colno} 列", f"Line {exc.lineno}, column {exc.colno}")
        what = _text(lang, "格式不对（文件可能不完整，或被其他程序改动过）", exc.msg)
        raise AssessmentError(
            _text(lang, "不是有效的 JSON 文件", "Not a valid JSON file"), [_text(lang, f"{where}：{what}", f"{where}: {what}")]
        ) from exc
    except ValueError as exc:  # NaN or Infinity, refused by _reject_constant
        raise AssessmentError(
            _text(lang, "不是有效的 JSON 文件", "Not a valid JSON file"),
            [_text(lang, "金额必须是有限的数字（文件里有 NaN 或 Infinity）", str(exc))],
        ) from exc
    if not isinstance(data, dict):
        raise AssessmentError(_text(lang, "文件内容应为一个 JSON 对象", "The file must hold a JSON object"))
    if data.get("format") != FORMAT:
        raise AssessmentError(
            _text(lang, "这不是 hrb-desktop 评估文件", "This is not an hrb-desktop assessment file"),
            [f"format: {data.get('format')!r}, expected {FORMAT!r}"],
        )
    version = data.get("version")
    if version != VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > VERSION
        raise AssessmentError(
            _text(lang, "该文件由更新版本的程序保存，请先更新 hrb-desktop", "The file was saved by a newer"
                  " hrb-desktop; update the program to open it")
            if newer
            else _text(lang, "不支持的文件版本", "Unsupported file version"),
            [f"version: {version!r}; this program reads version {VERSION}"],
        )
    edition = _edition(policy, data.get("policy"), lang)
    try:
        assessment = Assessment.model_validate(data)
    except ValidationError as exc:
        problems = [problem_line(err, lang) for err in exc.errors()]
        raise AssessmentError(
            _text(lang, "评估文件内容有误：", "The assessment file has errors:"), problems
        ) from exc
    named = data.get("enterprise")
    if not (isinstance(named, dict) and "applicant_type" in named):
        enterprise = assessment.enterprise.model_copy(update={"applicant_type": edition.default_applicant})
        assessment = assessment.model_copy(update={"enterprise": enterprise})
    return assessment, typed_answers(assessment, edition, lang)


def _edition(policy: Policy | PolicyLookup, policy_id: object, lang: Lang) -> Policy:
    """The edition the file's ``policy`` names: ``policy`` itself, or the lookup's answer."""
    if not isinstance(policy_id, str) or not policy_id:
        raise AssessmentError(
            _text(lang, "文件没有注明政策版本", "The file names no policy edition"), [f"policy: {policy_id!r}"]
        )
    if not isinstance(policy, Policy):
        return policy(policy_id)
    if policy_id != policy.id:
        raise AssessmentError(
            _text(lang, "该文件属于另一项政策", "The file is for another policy"),
            [f"policy: {policy_id!r}; this program holds {policy.id!r} ({policy.doc_number})"],
        )
    return policy


def load_assessment(
    path: Path, policy: Policy | PolicyLookup, lang: Lang = "zh"
) -> tuple[Assessment, Answers]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AssessmentError(
                _text(lang, "文件过大，不是评估文件", "The file is too large to be an assessment")
            )
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise AssessmentError(_text(lang, f"找不到文件：{path}", f"File not found: {path}")) from exc
    except IsADirectoryError as exc:
        raise AssessmentError(_text(lang, f"这是一个文件夹：{path}", f"This is a folder: {path}")) from exc
    except PermissionError as exc:
        raise AssessmentError(
            _text(lang, f"没有权限读取文件：{path}", f"No permission to read: {path}")
        ) from exc
    except OSError as exc:
        raise AssessmentError(
            _text(lang, f"无法读取文件：{path}", f"Cannot read {path}"), [exc.strerror or str(exc)]
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AssessmentError(
            _text(lang, "文件不是 UTF-8 文本，可能已损坏", "The file is not UTF-8 text; it may be damaged")
        ) from exc
    return parse_assessment(text, policy, lang)


def assessment_to_json(assessment: Assessment) -> str:
    data: dict[str, Any] = assessment.model_dump(mode="json", exclude={"answers"})
    data["answers"] = {k: answer_to_json(v) for k, v in sorted(assessment.answers.items())}
    ordered = {
        key: data[key]
        for key in (
            "format",
            "version",
            "policy",
            "policy_model",
            "reference_date",
            "areas",
            "enterprise",
            "answers",
            "projects",
        )
        if key != "policy_model" or data[key] is not None  # unknown to files of version 0.1
    }
    return json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"


def input_hash(assessment: Assessment) -> str:
    """A short fingerprint of the inputs, printed on the PDF to match paper to file."""
    return hashlib.sha256(assessment_to_json(assessment).encode("utf-8")).hexdigest()[:12]


def atomic_write(path: Path, data: bytes, lang: Lang = "zh") -> None:
    """Write ``data`` to ``path`` atomically (``hrb_desktop.core.safe_write``): refused with a
    clear message when the target is read-only, a folder or in a missing folder; retried while
    another program holds the file; on any failure the old ``path`` survives and no temporary
    file is left."""
    try:
        write_atomically(path, data, lang)
    except WriteFailed as exc:
        raise AssessmentError(exc.summary, exc.problems) from exc


def save_assessment(path: Path, assessment: Assessment, lang: Lang = "zh") -> None:
    atomic_write(path, assessment_to_json(assessment).encode("utf-8"), lang)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed: amounts must be finite numbers")


def _text(lang: Lang, zh: str, en: str) -> str:
    return en if lang == "en" else zh
