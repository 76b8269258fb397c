"""Every policy edition this installation knows: the embedded ones and those the user imported.

An edition is one policy data file. The embedded ones are every file in the program's
``resources/policy/`` folder (YAML in a checkout, their JSON forms in the frozen app; no
file is named in code); the imported ones are in the app-data folder's ``policies/``
(``hrb_desktop.core.appdata.policies_dir``), put there by ``hrb_desktop.core.edition_import``.

Listing is cheap: each file is read once, fingerprinted (SHA-256 of its bytes) and parsed,
and only its header (id, document number, title, issuer, dates, model version) is checked.
The full model is validated when an edition is first loaded, so the wizard's start-up pays
for one edition, as before editions existed.

An imported file is untrusted: it is read with limits on size, nesting depth and YAML
aliases (``read_policy_bytes``). An imported file with the id of an embedded edition but
other content is used only if the user confirmed that it replaces the embedded one (a
``<id>.replaces-embedded`` note holding its fingerprint, written by the import).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hrb_desktop.core import appdata, policy_loader
from hrb_desktop.core.assessment import AssessmentError
from hrb_desktop.core.messages import Lang, fmt_date
from hrb_desktop.core.policy_loader import PolicyFileError, check_yaml_shape, policy_data, validate_policy
from hrb_desktop.core.policy_model import I18nText, Policy, validity_end
from hrb_desktop.core.safe_json import UntrustedInputError, loads_untrusted, quote
from hrb_desktop.core.validity import in_force
from hrb_desktop.resources import policy_dir

POLICY_SUFFIXES = (".json", ".yaml", ".yml")
REPLACES_EMBEDDED = ".replaces-embedded"
PARSED_SUFFIX = ".parsed"  # edition-<id>.yaml.parsed: see parsed_copy_path
IMPORTED_PREFIX = "edition-"  # imported files are edition-<id>.<ext>: never a reserved name like con.yaml

# Limits for a policy file from outside the program. The real edition is ~120 kB, 12 levels deep,
# and uses no YAML alias; a file far beyond that is a mistake or an attack, refused before parsing.
# One set of limits for every policy file from outside the program (``policy check``, import).
MAX_POLICY_BYTES = policy_loader.MAX_POLICY_BYTES
MAX_DEPTH = policy_loader.MAX_POLICY_DEPTH


class Source(StrEnum):
    embedded = "embedded"
    imported = "imported"


@dataclass(frozen=True)
class Edition:
    """One installed edition, as listed (its full model is ``Registry.load(id)``)."""

    id: str
    doc_number: str
    title: I18nText
    issuer: I18nText
    issue_date: date
    effective_from: date
    valid_until: date
    model_version: str
    source: Source
    path: Path
    sha256: str  # of the file's bytes: compare with the fingerprint the department publishes
    replaces_embedded: bool = False  # an imported file the user chose over the embedded one
    parsed: object = field(default=None, repr=False, compare=False)  # the file as plain data: for load() and comparing files

    def validity(self, lang: Lang) -> str:
        sep = "至" if lang == "zh" else " to "
        return f"{fmt_date(self.effective_from, lang)}{sep}{fmt_date(self.valid_until, lang)}"

    def label(self, lang: Lang) -> str:
        """Document number, title and validity, as a list of editions shows it (plain text)."""
        if lang == "en":
            return f"{self.doc_number} {self.title.en} ({self.validity(lang)})"
        return f"{self.doc_number}《{self.title.zh}》（{self.validity(lang)}）"

    def in_force(self, day: date) -> bool:
        return in_force(self, day)


class _Header(BaseModel):
    """What a list of editions shows, checked without validating the whole model."""

    model_config = ConfigDict(extra="ignore")

    format: Literal["hrb-policy"]
    id: str = Field(pattern=r"^[a-z0-9-]+$", max_length=60)
    model_version: str = Field(max_length=40)
    title: I18nText
    issuer: I18nText
    doc_number: str = Field(max_length=100)
    issue_date: date
    effective_from: date
    valid_years: int = Field(ge=1, le=100)


class EditionFileError(PolicyFileError):
    """A policy file that cannot be an edition. ``summary`` and ``problems`` are English (as
    ``policy check`` prints them); ``localized(lang)`` gives them in the user's language."""

    def __init__(self, key: str, details: list[str] | None = None, **fields: object) -> None:
        self.key, self.fields, self.details = key, fields, list(details or [])
        summary, problems = self.localized("en")
        super().__init__(summary, problems)

    def localized(self, lang: Lang) -> tuple[str, list[str]]:
        zh, en = _FILE_TEXTS[self.key]
        return (en if lang == "en" else zh).format(**self.fields), self.details


_FILE_TEXTS: dict[str, tuple[str, str]] = {
    "too_large": (
        "“{name}”过大，不是政策数据文件（{size:,} 字节，最多 {limit:,} 字节）",
        "{name} is too large to be a policy file ({size:,} bytes; at most {limit:,})",
    ),
    "not_utf8": ("“{name}”不是 UTF-8 文本", "{name} is not UTF-8 text"),
    "too_deep": ("“{name}”嵌套层次过深（超过 {limit} 层）", "{name} is nested too deeply (more than {limit} levels)"),
    "alias": (
        "“{name}”使用了 YAML 别名（*{anchor}），政策数据文件不允许使用别名",
        "{name}: a YAML alias (*{anchor}) is not allowed in a policy file",
    ),
    "not_parsed": ("“{name}”不是有效的 {kind} 文件", "{name} is not valid {kind}"),
    "refused": ("“{name}”不能作为政策数据文件读取", "{name} cannot be read as a policy file"),
    "cannot_read": ("无法读取 {name}", "Cannot read {name}"),
    "not_edition": ("“{name}”不是政策版本文件", "{name} is not a policy edition"),
    "none_installed": ("本机没有安装任何政策版本", "No policy edition is installed"),
}


def read_policy_bytes(raw: bytes, name: str) -> object:
    """Plain data from a policy file that came from outside the program.

    Refused before anything is built: more than ``MAX_POLICY_BYTES``, text that is not
    UTF-8, nesting deeper than ``MAX_DEPTH``, and any YAML alias (``*name``: a policy file
    needs none, and aliases are how a few hundred bytes expand to gigabytes).
    """
    if len(raw) > MAX_POLICY_BYTES:
        raise EditionFileError("too_large", name=name, size=len(raw), limit=MAX_POLICY_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EditionFileError("not_utf8", [str(exc)], name=name) from exc
    suffix = Path(name).suffix.lower()
    try:
        if suffix == ".json":
            # duplicate keys, depth and number sizes bounded before json builds anything
            data = loads_untrusted(text, "en", max_depth=MAX_DEPTH)
        else:
            _check_yaml_events(text, name)
            check_yaml_shape(text, "en")  # a key given twice in one mapping, node counts
            data = policy_data(text, suffix)
    except UntrustedInputError as exc:
        raise EditionFileError("refused", exc.problems, name=name) from None
    except RecursionError as exc:
        raise EditionFileError("too_deep", name=name, limit=MAX_DEPTH) from exc
    except (ValueError, yaml.YAMLError) as exc:
        kind = "JSON" if suffix == ".json" else "YAML"
        raise EditionFileError("not_parsed", [str(exc)], name=name, kind=kind) from exc
    return data  # both branches bounded the depth before anything was built


def _check_yaml_events(text: str, name: str) -> None:
    """Walk the YAML parser's events (cheap: nothing is built) for aliases and depth."""
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    for event in yaml.parse(text, Loader=loader_class):
        if isinstance(event, yaml.AliasEvent):
            raise EditionFileError("alias", name=name, anchor=event.anchor)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise RecursionError
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _depth(data: object) -> int:
    """Nesting depth of parsed data, without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            children: list[object] = list(node.values())
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            return level
        stack.extend((child, level + 1) for child in children)
    return deepest


def content_key(data: object) -> str:
    """Equal for two files with the same content in any form (YAML or JSON, any layout)."""
    # Untrusted JSON is read with Decimal numbers, YAML and trusted JSON with floats: compare as floats.
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=_plain)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: object) -> object:
    return float(value) if isinstance(value, Decimal) else str(value)


def read_edition(path: Path, source: Source, *, untrusted: bool) -> Edition:
    """One file as a listed edition (header checked, full model not yet). Raises EditionFileError."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        raise EditionFileError("cannot_read", [exc.strerror or str(exc)], name=path) from exc
    if untrusted:
        data = parsed_copy(path, raw)
        if data is None:
            data = read_policy_bytes(raw, path.name)
    else:
        try:
            data = policy_data(raw.decode("utf-8-sig"), path.suffix)
        except (ValueError, yaml.YAMLError) as exc:
            raise EditionFileError("not_parsed", [str(exc)], name=path.name, kind="YAML/JSON") from exc
    return edition_from_data(data, raw, path, source)


def parsed_copy_path(path: Path) -> Path:
    """Beside an imported YAML file: its parsed data as JSON. The frozen app has no C YAML parser,
    and the pure-Python one takes about a second for an edition, at every start; JSON takes ~1 ms."""
    return path.with_name(path.name + PARSED_SUFFIX)


def parsed_copy(path: Path, raw: bytes) -> object | None:
    """The parsed copy of ``path``'s bytes, if there is one made from exactly these bytes."""
    if path.suffix.lower() == ".json":
        return None
    try:
        with parsed_copy_path(path).open("rb") as handle:
            copy = json.loads(handle.read(2 * MAX_POLICY_BYTES + 1))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(copy, dict) or copy.get("sha256") != hashlib.sha256(raw).hexdigest():
        return None  # stale or foreign: the file itself is read
    data = copy.get("data")
    return data if _depth(data) <= MAX_DEPTH else None


def parsed_copy_bytes(raw: bytes, data: object) -> bytes:
    """What ``parsed_copy_path`` holds for a file with these bytes and this parsed data."""
    copy = {"sha256": hashlib.sha256(raw).hexdigest(), "data": data}
    return json.dumps(copy, ensure_ascii=False, default=str).encode("utf-8")


def edition_from_data(data: object, raw: bytes, path: Path, source: Source) -> Edition:
    try:
        head = _Header.model_validate(data)
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc']) or '(top level)'}: {e['msg']}" for e in exc.errors()]
        raise EditionFileError("not_edition", problems, name=path.name) from exc
    return Edition(
        id=head.id,
        doc_number=head.doc_number,
        title=head.title,
        issuer=head.issuer,
        issue_date=head.issue_date,
        effective_from=head.effective_from,
        valid_until=validity_end(head.effective_from, head.valid_years),
        model_version=head.model_version,
        source=source,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        parsed=data,
    )


def embedded_files(folder: Path) -> list[Path]:
    """Policy files in the program's folder; a JSON form is preferred to the YAML of the same name."""
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in POLICY_SUFFIXES and p.is_file())
    except OSError:
        return []
    json_stems = {p.stem for p in files if p.suffix.lower() == ".json"}
    return [p for p in files if p.suffix.lower() == ".json" or p.stem not in json_stems]


def imported_files(folder: Path) -> list[Path]:
    try:
        return sorted(
            p
            for p in folder.iterdir()
            if p.name.startswith(IMPORTED_PREFIX) and p.suffix.lower() in POLICY_SUFFIXES and p.is_file()
        )
    except OSError:
        return []  # no folder yet: nothing imported


def confirmation_path(folder: Path, policy_id: str) -> Path:
    return folder / f"{policy_id}{REPLACES_EMBEDDED}"


class Registry:
    """The editions of one installation (embedded folder + imported folder), listed once.

    ``refresh()`` after importing or removing a file. Loaded models are cached by id and
    content, so a refresh keeps what did not change.
    """

    def __init__(self, embedded_dir: Path, imported_dir: Path) -> None:
        self.embedded_dir = embedded_dir
        self.imported_dir = imported_dir
        self._editions: dict[str, Edition] | None = None
        self._embedded: dict[str, Edition] = {}
        self._problems: list[tuple[str, str]] = []
        self._models: dict[tuple[str, str], Policy] = {}

    # ------------------------------------------------------------ listing
    def refresh(self) -> None:
        self._editions = None

    def _scan(self) -> dict[str, Edition]:
        if self._editions is not None:
            return self._editions
        problems: list[tuple[str, str]] = []
        embedded = _read_all(embedded_files(self.embedded_dir), Source.embedded, problems)
        editions = dict(embedded)
        for edition in _read_all(imported_files(self.imported_dir), Source.imported, problems).values():
            own = embedded.get(edition.id)
            if own is not None:
                if content_key(own.parsed) == content_key(edition.parsed):
                    continue  # the same edition twice: the embedded file is the one listed
                if not self._confirmed(edition):
                    problems.append(_problem("unconfirmed", None, edition.path, id=edition.id))
                    continue
                edition = replace(edition, replaces_embedded=True)
            editions[edition.id] = edition
        self._embedded = embedded
        self._problems = problems
        self._editions = dict(sorted(editions.items(), key=lambda pair: _age(pair[1])))
        return self._editions

    def _confirmed(self, edition: Edition) -> bool:
        try:
            note = confirmation_path(self.imported_dir, edition.id).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return False
        return note == edition.sha256

    def editions(self) -> list[Edition]:
        """Every usable edition, oldest first (by the date it took effect)."""
        return list(self._scan().values())

    def get(self, policy_id: str) -> Edition | None:
        return self._scan().get(policy_id)

    def embedded(self, policy_id: str) -> Edition | None:
        """The embedded edition with this id, even when an imported file replaces it."""
        self._scan()
        return self._embedded.get(policy_id)

    def problems(self, lang: Lang) -> list[str]:
        """Files in either folder that are not usable editions, and why."""
        self._scan()
        return [zh if lang == "zh" else en for zh, en in self._problems]

    def proposed(self, day: date) -> Edition:
        """The edition a new assessment for ``day`` starts with: the one in force that day
        (the latest to take effect, if several are), else the latest edition."""
        editions = self.editions()
        if not editions:
            raise EditionFileError("none_installed", self.problems("en"))
        current = [e for e in editions if e.in_force(day)]
        return (current or editions)[-1]

    # ------------------------------------------------------------ loading
    def load(self, policy_id: str) -> Policy:
        """The validated model of an installed edition (cached). Raises KeyError for an
        unknown id and PolicyFileError for a file that does not validate."""
        edition = self._scan().get(policy_id)
        if edition is None:
            raise KeyError(policy_id)
        key = (edition.id, edition.sha256)
        model = self._models.get(key)
        if model is None:
            model = validate_policy(edition.parsed, edition.path)
            if model.id != edition.id:  # the header said one thing and the model another: impossible
                raise PolicyFileError(f"{edition.path} changed while it was read", [])
            self._models[key] = model
        return model

    def policy_for_assessment(self, policy_id: object, lang: Lang) -> Policy:
        """The edition an assessment file names, or AssessmentError naming it and listing
        the installed editions (the file is never half-loaded)."""
        if isinstance(policy_id, str) and self.get(policy_id) is not None:
            try:
                return self.load(policy_id)
            except PolicyFileError as exc:
                raise AssessmentError(
                    _text(lang, "broken_edition", id=quote(policy_id)), [exc.summary, *exc.problems[:10]]
                ) from exc
        installed = [f"{e.id}: {e.label(lang)}" for e in self.editions()]
        raise AssessmentError(
            _text(lang, "unknown_edition", id=quote(policy_id)),
            [_text(lang, "installed"), *installed, _text(lang, "how_to_import")],
        )

    def lookup(self, lang: Lang) -> Callable[[str], Policy]:
        """``policy_for_assessment`` in one language, as ``parse_assessment`` takes it."""
        return lambda policy_id: self.policy_for_assessment(policy_id, lang)


def _read_all(paths: list[Path], source: Source, problems: list[tuple[str, str]]) -> dict[str, Edition]:
    """The editions in ``paths`` by id (the first file of an id; imported files read as untrusted),
    and a problem for each file that is not one."""
    found: dict[str, Edition] = {}
    for path in paths:
        try:
            edition = read_edition(path, source, untrusted=source == Source.imported)
        except EditionFileError as exc:
            problems.append(_problem("broken", exc, path))
            continue
        if edition.id in found:
            problems.append(_problem("duplicate", None, path, id=edition.id, other=found[edition.id].path))
            continue
        found[edition.id] = edition
    return found


def _age(edition: Edition) -> tuple[date, date, str]:
    return edition.effective_from, edition.issue_date, edition.id


_TEXTS: dict[str, tuple[str, str]] = {
    "unknown_edition": (
        "该评估文件使用的政策版本{id}未安装在本机",
        "The file's policy edition {id} is not installed on this computer",
    ),
    "broken_edition": (
        "政策版本{id}的数据文件已损坏，无法使用",
        "The data file of policy edition {id} is damaged and cannot be used",
    ),
    "installed": ("本机已安装的政策版本：", "Policy editions installed here:"),
    "how_to_import": (
        "如主管部门发布了该版本的数据文件，可通过“文件 → 导入政策文件…”或 hrb-desktop policy import 安装。",
        "If the department published a data file for it, install it with File → Import policy file…"
        " or hrb-desktop policy import.",
    ),
    "broken": ("{path}：{summary}", "{path}: {summary}"),
    "duplicate": (
        "{path}：与 {other} 同为政策版本“{id}”，已忽略",
        "{path}: the same edition '{id}' as {other}; ignored",
    ),
    "unconfirmed": (
        "{path}：与内置的政策版本“{id}”同名但内容不同，未经确认不会替代内置版本，已忽略",
        "{path}: has the id of the embedded edition '{id}' with other content and was never"
        " confirmed to replace it; ignored",
    ),
}


def _text(lang: Lang, key: str, **fields: object) -> str:
    zh, en = _TEXTS[key]
    return (en if lang == "en" else zh).format(**fields)


def _problem(
    key: str, exc: EditionFileError | None, path: Path, **fields: object
) -> tuple[str, str]:
    def summary(lang: Lang) -> str:
        if exc is None:
            return ""
        text, details = exc.localized(lang)
        return "; ".join([text, *details[:3]])

    return (
        _text("zh", key, path=path, summary=summary("zh"), **fields),
        _text("en", key, path=path, summary=summary("en"), **fields),
    )


_REGISTRIES: dict[tuple[Path, Path], Registry] = {}


def registry() -> Registry:
    """The editions of this installation: the program's own and the app-data folder's
    (one registry per folder pair, so that a changed ``HRB_DESKTOP_DATA_DIR`` is followed)."""
    key = (policy_dir(), appdata.policies_dir())
    found = _REGISTRIES.get(key)
    if found is None:
        found = _REGISTRIES[key] = Registry(*key)
    return found


def default_policy(today: date | None = None) -> Policy:
    """The edition a new assessment starts with today (see ``Registry.proposed``)."""
    reg = registry()
    return reg.load(reg.proposed(today or date.today()).id)
