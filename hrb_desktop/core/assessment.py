"""The assessment file (``.hrba``, JSON): what the wizard saves and consultants exchange.

Loading is all-or-nothing: a file with any error is refused with every problem
named by its field, and never half-loaded. Saving goes through
``atomic_write`` (see ``core.safe_write``), so a failed save leaves the old file intact.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from hrb_desktop.core.answers import (
    AnswerError,
    Answers,
    answer_to_json,
    normalise_answer,
    question_name,
)
from hrb_desktop.core.credit_code import credit_code_message, normalise_credit_code
from hrb_desktop.core.engine import AssessmentResult, Engine, ProjectGroup
from hrb_desktop.core.messages import Lang, fmt_date
from hrb_desktop.core.policy_model import DEFAULT_APPLICANT, DataId, Policy
from hrb_desktop.core.safe_json import (
    UntrustedInputError,
    UserFacingError,
    decode_text,
    loads_untrusted,
    quote,
    read_regular_file,
)
from hrb_desktop.core.safe_write import WriteFailed, write_atomically
from hrb_desktop.core.validation_text import problem_line

FORMAT: Final = "hrb-assessment"
VERSION = 1
# The edition a file names (its ``policy`` id) → that edition's model; raises AssessmentError for
# an edition that is not installed. ``hrb_desktop.core.editions.Registry.lookup`` makes one.
PolicyLookup = Callable[[str], Policy]
EXTENSION = ".hrba"
# A full assessment (every answer, 50 projects with long names) is under 100 kB; the limit
# leaves ten times that and keeps the worst file's checks well under a second.
MAX_FILE_BYTES = 1_000_000

# The limits the wizard keeps too (its date field, its Projects page): a file the wizard
# could not have written is refused on opening, naming the field, never half-shown.
REFERENCE_DATE_MIN: Final = date(2000, 1, 1)  # the policy is from 2021; later editions may follow
REFERENCE_DATE_MAX: Final = date(2100, 12, 31)
MAX_PROJECTS: Final = 50
MAX_PROJECT_NAME: Final = 100
MAX_PROJECT_ITEMS: Final = 100  # an item belongs to one project only; the policy has 72
MAX_CREDIT_CODE_CHARS: Final = 40
# Sizes past which a file is refused at once, before any field is checked one by one
# (a policy has a few dozen questions and areas; these leave room for later editions).
MAX_ANSWERS: Final = 500
MAX_AREAS: Final = 100
MAX_PROBLEMS_SHOWN: Final = 20
MAX_POLICY_ID: Final = 64  # an edition id (policy_model.DataId-like: a few dozen characters)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class AssessmentError(UserFacingError):
    """A file that cannot be loaded or saved; ``summary`` and ``problems`` are ready to show."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _lang(info: ValidationInfo) -> Lang:
    """The language of a validator's message: ``model_validate(..., context={"lang": ...})``."""
    context = info.context if isinstance(info.context, dict) else {}
    return "en" if context.get("lang") == "en" else "zh"


def _fits_the_wizard(value: str, limit: int, lang: Lang) -> str:
    """``value`` if the wizard's text box can hold it: Qt counts UTF-16 units, so an emoji
    or a CJK Extension B character takes two of ``limit``, while pydantic counts it once."""
    units = len(value) + sum(1 for ch in value if ord(ch) > 0xFFFF)
    if units > limit:
        raise ValueError(
            _text(
                lang,
                f"过长（最多 {limit} 个字符；表情符号和生僻字各算两个）",
                f"too long (at most {limit} characters; an emoji or a rare CJK character counts twice)",
            )
        )
    return value


_ENTERPRISE_LIMITS = {"name": 200, "contact": 200, "district": 50, "industry": 100}  # the wizard's fields


class Enterprise(_Model):
    name: str = Field(default="", max_length=_ENTERPRISE_LIMITS["name"])
    credit_code: str = Field(default="", max_length=MAX_CREDIT_CODE_CHARS)
    contact: str = Field(default="", max_length=_ENTERPRISE_LIMITS["contact"])
    district: str = Field(default="", max_length=_ENTERPRISE_LIMITS["district"])
    industry: str = Field(default="", max_length=_ENTERPRISE_LIMITS["industry"])
    # One of the edition's applicant types; checked against the edition with the answers.
    # A file without it gets the edition's default (enterprise, if the edition has it).
    applicant_type: DataId = DEFAULT_APPLICANT

    @field_validator("name", "contact", "district", "industry")
    @classmethod
    def _strip(cls, value: str, info: ValidationInfo) -> str:
        return _fits_the_wizard(value.strip(), _ENTERPRISE_LIMITS[info.field_name or ""], _lang(info))

    @field_validator("credit_code")
    @classmethod
    def _valid_credit_code(cls, value: str, info: ValidationInfo) -> str:
        code = normalise_credit_code(value)
        if code:
            lang = _lang(info)
            problem = credit_code_message(code, lang)
            if problem:
                raise ValueError(problem)
        return code


ProjectName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_PROJECT_NAME)
]


class Project(_Model):
    name: ProjectName
    items: list[str] = Field(default_factory=list, max_length=MAX_PROJECT_ITEMS)

    @field_validator("name")
    @classmethod
    def _name_fits(cls, value: str, info: ValidationInfo) -> str:
        return _fits_the_wizard(value, MAX_PROJECT_NAME, _lang(info))


class Assessment(_Model):
    format: Literal["hrb-assessment"] = FORMAT
    version: int = VERSION
    policy: str
    # The edition's model_version when the file was saved (absent in files of version 0.1);
    # results computed with another model version carry a warning.
    policy_model: str | None = Field(default=None, max_length=40)
    reference_date: date = Field(default_factory=date.today)
    areas: list[str] | None = Field(default=None, max_length=MAX_AREAS)  # screening; None: every area
    enterprise: Enterprise = Field(default_factory=Enterprise)
    answers: dict[str, Decimal | bool | str] = Field(default_factory=dict)
    projects: list[Project] = Field(default_factory=list, max_length=MAX_PROJECTS)

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: int, info: ValidationInfo) -> int:
        if value != VERSION:
            raise ValueError(_version_problem(value, _lang(info)))
        return value

    @field_validator("reference_date", mode="before")
    @classmethod
    def _iso_date(cls, value: object, info: ValidationInfo) -> object:
        """Only "YYYY-MM-DD" (or a date): pydantic alone would read ``0`` as 1970-01-01."""
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise ValueError(
            _text(_lang(info), "不是有效的日期（应写作 2023-12-31）", "not a valid date (write it as 2023-12-31)")
        )

    @field_validator("reference_date")
    @classmethod
    def _plausible_date(cls, value: date, info: ValidationInfo) -> date:
        if not REFERENCE_DATE_MIN <= value <= REFERENCE_DATE_MAX:
            raise ValueError(reference_date_range_message(_lang(info)))
        return value


def reference_date_range_message(lang: Lang = "zh") -> str:
    """The sentence the wizard's date field and the loader both use for a date out of range."""
    low, high = fmt_date(REFERENCE_DATE_MIN, lang), fmt_date(REFERENCE_DATE_MAX, lang)
    return _text(lang, f"日期应在 {low} 至 {high} 之间", f"the date must lie between {low} and {high}")


def typed_answers(assessment: Assessment, policy: Policy, lang: Lang = "zh") -> Answers:
    """Check every answer against its question, the areas and the projects; raise
    AssessmentError naming each problem (by the label the wizard shows)."""
    typed, problems = _check_answers(assessment.answers, policy, lang)
    problems += _scope_problems(assessment, policy, lang)
    if problems:
        raise AssessmentError(
            _text(lang, "评估文件中的答案有误：", "The file's answers have errors:"), _shown(problems, lang)
        )
    return typed


def _check_answers(raw_answers: dict[str, Any], policy: Policy, lang: Lang) -> tuple[Answers, list[str]]:
    questions = {q.id: q for q in policy.questions}
    problems: list[str] = []
    typed: Answers = {}
    for key, raw in raw_answers.items():
        question = questions.get(key)
        if question is None:
            problems.append(
                _text(
                    lang,
                    f"各条款的回答（answers）：未知的问题编号{quote(key)}（文件可能来自其他程序或更新的版本）",
                    f"answers: unknown question id {quote(key)} (the file may come from another program or a newer version)",
                )
            )
            continue
        try:
            typed[key] = normalise_answer(question, raw, lang)
        except AnswerError as exc:
            name = question_name(question, lang)
            problems.append(_text(lang, f"{name}（{key}）：{exc}", f"{name} ({key}): {exc}"))
    return typed, problems


def _scope_problems(assessment: Assessment, policy: Policy, lang: Lang) -> list[str]:
    """The applicant type is one of the edition's; areas known and unique; project names
    unique; each item known and in one project only."""
    problems: list[str] = []
    applicant = assessment.enterprise.applicant_type
    if applicant not in policy.applicant_ids():
        known = ("、" if lang == "zh" else ", ").join(policy.applicant_ids())
        problems.append(
            _text(
                lang,
                f"申报主体类型（enterprise.applicant_type）：本政策版本没有{quote(applicant)}（可选：{known}）",
                f"applicant type (enterprise.applicant_type): this edition has no {quote(applicant)} (allowed: {known})",
            )
        )
    areas = {a.id: a for a in policy.areas}
    seen_areas: set[str] = set()
    for i, area in enumerate(assessment.areas or []):
        where = _text(lang, f"筛选的方面（areas[{i}]）", f"screened areas (areas[{i}])")
        if area not in areas:
            problems.append(_text(lang, f"{where}：未知的方面{quote(area)}", f"{where}: unknown area {quote(area)}"))
        elif area in seen_areas:
            label = quote(areas[area].label.get(lang))
            problems.append(_text(lang, f"{where}：{label}（{area}）重复", f"{where}: {label} ({area}) is listed twice"))
        seen_areas.add(area)
    items = {item.id: item for item in policy.items()}
    claimed: dict[str, str] = {}
    first_with_name: dict[str, int] = {}
    for i, project in enumerate(assessment.projects):
        name = quote(project.name)
        if project.name in first_with_name:
            other = first_with_name[project.name] + 1
            problems.append(
                _text(
                    lang,
                    f"项目名称（projects[{i}].name）：{name}重复（与第 {other} 个项目同名）",
                    f"project name (projects[{i}].name): {name} is used twice (also project {other})",
                )
            )
        first_with_name.setdefault(project.name, i)
        where = _text(lang, f"项目{name}（projects[{i}].items）", f"project {name} (projects[{i}].items)")
        for item_id in project.items:
            item = items.get(item_id)
            if item is None:
                problems.append(
                    _text(lang, f"{where}：未知的奖补项{quote(item_id)}", f"{where}: unknown award item {quote(item_id)}")
                )
            elif item_id in claimed:
                title = quote(item.title.get(lang))
                owner = quote(claimed[item_id])
                problems.append(
                    _text(
                        lang,
                        f"{where}：奖补项{title}（{item_id}）已属于项目{owner}",
                        f"{where}: the award item {title} ({item_id}) already belongs to project {owner}",
                    )
                )
            else:
                claimed[item_id] = project.name
    return problems


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
    """An assessment file's text, checked in full against ``policy``, or, given a lookup, against
    whichever installed edition the file names; AssessmentError names every problem."""
    try:
        data = loads_untrusted(text, lang)
    except UntrustedInputError as exc:
        raise AssessmentError(exc.summary, exc.problems) from None
    return assessment_from_data(data, policy, lang)


def assessment_from_data(
    data: object, policy: Policy | PolicyLookup, lang: Lang = "zh"
) -> tuple[Assessment, Answers]:
    """A parsed file (from ``loads_untrusted``) as an Assessment and its typed answers.

    Sizes are checked first, so that a file with 100,000 projects is refused at once rather
    than checked entry by entry; then every field, and every problem is named together.
    """
    if not isinstance(data, dict):
        raise AssessmentError(_text(lang, "文件内容应为一个 JSON 对象 {...}", "The file must hold a JSON object {...}"))
    policy = _check_header(data, policy, lang)
    _check_sizes(data, lang)
    raw_answers = data.get("answers", {})
    problems: list[str] = []
    if not isinstance(raw_answers, dict):
        problems.append(_text(lang, "各条款的回答（answers）：应为对象 {...}", "answers (answers): should be an object {...}"))
        raw_answers = {}
    typed, answer_problems = _check_answers(raw_answers, policy, lang)
    body = {key: value for key, value in data.items() if key != "answers"}
    try:
        assessment = Assessment.model_validate(body, context={"lang": lang})
    except ValidationError as exc:
        problems += [problem_line(err, lang) for err in exc.errors(include_url=False)]
    else:
        named = data.get("enterprise")
        if not (isinstance(named, dict) and "applicant_type" in named):
            enterprise = assessment.enterprise.model_copy(update={"applicant_type": policy.default_applicant})
            assessment = assessment.model_copy(update={"enterprise": enterprise})
        problems += _scope_problems(assessment, policy, lang)
    problems += answer_problems
    if problems:
        raise AssessmentError(
            _text(lang, "评估文件内容有误：", "The assessment file has errors:"), _shown(problems, lang)
        )
    canonical = {key: answer_to_json(value) for key, value in typed.items()}
    return assessment.model_copy(update={"answers": canonical}), typed


def _check_header(data: dict[str, Any], policy: Policy | PolicyLookup, lang: Lang) -> Policy:
    """What the file is, and the edition it is checked against: refused before anything else
    when it is not ours to read."""
    if data.get("format") != FORMAT:
        found = data.get("format")
        problem = (
            _text(lang, "缺少文件格式标记（format）", "the file format mark (format) is missing")
            if found is None
            else _text(
                lang,
                f"文件格式（format）为{quote(found)}，应为“{FORMAT}”",
                f"file format (format) is {quote(found)}, expected “{FORMAT}”",
            )
        )
        raise AssessmentError(
            _text(lang, "这不是 hrb-desktop 评估文件", "This is not an hrb-desktop assessment file"), [problem]
        )
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        newer = type(version) is int and version > VERSION
        summary = (
            _text(lang, "该文件由更新版本的程序保存，请先更新 hrb-desktop", "The file was saved by a newer"
                  " hrb-desktop; update the program to open it")
            if newer
            else _text(lang, "不支持的文件版本", "Unsupported file version")
        )
        raise AssessmentError(summary, [_version_problem(version, lang)])
    found = data.get("policy")
    if not isinstance(found, str) or not found or len(found) > MAX_POLICY_ID:
        problem = (
            _text(lang, "缺少政策标识（policy）", "the policy id (policy) is missing")
            if found is None
            else _text(lang, f"政策标识（policy）{quote(found)}无效", f"the policy id (policy) {quote(found)} is not valid")
        )
        raise AssessmentError(_text(lang, "文件没有注明政策版本", "The file names no policy edition"), [problem])
    if not isinstance(policy, Policy):
        return policy(found)  # raises AssessmentError naming the id and the installed editions
    if found != policy.id:
        problem = _text(
            lang,
            f"文件所属政策（policy）为{quote(found)}，应为“{policy.id}”（{policy.doc_number}）",
            f"the file's policy (policy) is {quote(found)}; expected “{policy.id}” ({policy.doc_number})",
        )
        raise AssessmentError(_text(lang, "该文件属于另一项政策", "The file is for another policy"), [problem])
    return policy


def _version_problem(found: object, lang: Lang) -> str:
    if found is None:
        return _text(lang, "缺少文件版本（version）", "the file version (version) is missing")
    shown = str(found) if type(found) is int else quote(found)  # 2, or “true”, “1.5”, “x”
    return _text(
        lang,
        f"文件版本（version）为 {shown}，本程序只能读取版本 {VERSION} 的文件；文件可能来自更新版本的 hrb-desktop",
        f"the file version (version) is {shown}; this program reads version {VERSION} only, so the file may come from a newer hrb-desktop",
    )


def _check_sizes(data: dict[str, Any], lang: Lang) -> None:
    """Refuse at once a list or object longer than any the wizard can write."""
    limits: list[tuple[object, int, str, str]] = [
        (data.get("answers"), MAX_ANSWERS, "各条款的回答（answers）", "answers (answers)"),
        (data.get("areas"), MAX_AREAS, "筛选的方面（areas）", "screened areas (areas)"),
        (data.get("projects"), MAX_PROJECTS, "项目（projects）", "projects (projects)"),
    ]
    projects = data.get("projects")
    if isinstance(projects, list) and len(projects) <= MAX_PROJECTS:
        for i, project in enumerate(projects):
            if isinstance(project, dict):
                limits.append(
                    (
                        project.get("items"),
                        MAX_PROJECT_ITEMS,
                        f"项目适用的奖补项目（projects[{i}].items）",
                        f"the project's award items (projects[{i}].items)",
                    )
                )
    for value, limit, zh, en in limits:
        if isinstance(value, (list, dict)) and len(value) > limit:
            raise AssessmentError(
                _text(lang, "评估文件内容有误：", "The assessment file has errors:"),
                [
                    _text(
                        lang,
                        f"{zh}：共 {len(value):,} 项，最多 {limit} 项",
                        f"{en}: {len(value):,} entries, at most {limit}",
                    )
                ],
            )


def _shown(problems: list[str], lang: Lang) -> list[str]:
    """At most MAX_PROBLEMS_SHOWN lines: a dialog lists them all, and nobody reads 10,000."""
    if len(problems) <= MAX_PROBLEMS_SHOWN:
        return problems
    rest = len(problems) - MAX_PROBLEMS_SHOWN
    more = _text(lang, f"……另有 {rest:,} 处问题未列出", f"… and {rest:,} more problems not listed")
    return [*problems[:MAX_PROBLEMS_SHOWN], more]


def load_assessment(
    path: Path, policy: Policy | PolicyLookup, lang: Lang = "zh"
) -> tuple[Assessment, Answers]:
    """Read and check an assessment file; AssessmentError (in ``lang``) says what is wrong."""
    try:
        text = decode_text(read_regular_file(path, MAX_FILE_BYTES, lang), lang)
    except UntrustedInputError as exc:
        raise AssessmentError(exc.summary, exc.problems) from None
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


def _text(lang: Lang, zh: str, en: str) -> str:
    return en if lang == "en" else zh
