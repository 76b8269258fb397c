"""Import a policy edition from a file, or remove one: the same steps for the CLI and the wizard.

A help desk gets a new edition (or a department's implementing rules) as a data file. Import
reads it as untrusted input (size, depth and alias limits, then the full model), shows its
SHA-256 fingerprint so it can be compared with the one the department publishes, and stores
its bytes unchanged in the app-data folder with an atomic write. It never replaces an
installed edition of the same id with other content unless asked to (``replace=True``: the
CLI's ``--replace``, the wizard's confirmation); the same content again is "already installed".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from hrb_desktop.core.assessment import AssessmentError, atomic_write
from hrb_desktop.core.editions import (
    IMPORTED_PREFIX,
    MAX_POLICY_BYTES,
    POLICY_SUFFIXES,
    Edition,
    EditionFileError,
    Registry,
    Source,
    confirmation_path,
    content_key,
    edition_from_data,
    imported_files,
    parsed_copy_bytes,
    parsed_copy_path,
    read_policy_bytes,
)
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_loader import PolicyFileError, validate_policy
from hrb_desktop.core.policy_model import Policy


class Outcome(StrEnum):
    installed = "installed"
    already_installed = "already_installed"
    replaced = "replaced"  # an installed edition of the same id had other content


@dataclass(frozen=True)
class Candidate:
    """A file checked for import: its model, fingerprint and what importing it would do."""

    path: Path
    policy: Policy
    sha256: str
    raw: bytes
    data: object  # the parsed file
    existing: Edition | None  # the installed edition with the same id, if any
    same_content: bool

    @property
    def needs_confirmation(self) -> bool:
        """Importing would replace (or, for an embedded edition, shadow) other content."""
        return self.existing is not None and not self.same_content


class EditionImportError(AssessmentError):
    """A file that cannot be imported, or an edition that cannot be removed (message ready to show)."""


class NeedsConfirmation(EditionImportError):
    """The id is installed with other content: the user must agree to replace it."""

    def __init__(self, summary: str, problems: list[str], candidate: Candidate) -> None:
        super().__init__(summary, problems)
        self.candidate = candidate


def check_policy_file(path: Path, registry: Registry, lang: Lang = "zh") -> Candidate:
    """Read and validate ``path`` as an untrusted policy file; nothing is written.

    Raises EditionImportError naming every problem.
    """
    if path.suffix.lower() not in POLICY_SUFFIXES:
        raise EditionImportError(
            _text(lang, "not_policy", name=path.name), [_text(lang, "suffixes", suffixes=", ".join(POLICY_SUFFIXES))]
        )
    try:
        size = path.stat().st_size
        if size > MAX_POLICY_BYTES:  # not even read
            raise EditionFileError("too_large", name=path.name, size=size, limit=MAX_POLICY_BYTES)
        with path.open("rb") as handle:
            raw = handle.read(MAX_POLICY_BYTES + 1)
        data = read_policy_bytes(raw, path.name)
        policy = validate_policy(data, path)
        edition_from_data(data, raw, path, Source.imported)  # the header a list shows
    except OSError as exc:
        raise EditionImportError(_text(lang, "cannot_read", path=path), [exc.strerror or str(exc)]) from exc
    except EditionFileError as exc:
        summary, details = exc.localized(lang)
        raise EditionImportError(_text(lang, "invalid", name=path.name), [summary, *details]) from exc
    except PolicyFileError as exc:  # the model's own checks: field paths, in English like `policy check`
        raise EditionImportError(_text(lang, "invalid", name=path.name), [exc.summary, *exc.problems]) from exc
    existing = registry.get(policy.id)
    same = existing is not None and content_key(existing.parsed) == content_key(data)
    return Candidate(path, policy, hashlib.sha256(raw).hexdigest(), raw, data, existing, same)


def import_policy(path: Path, registry: Registry, *, replace: bool = False, lang: Lang = "zh") -> tuple[Outcome, Candidate]:
    """Install the edition in ``path`` into the registry's imported folder.

    Raises EditionImportError for a file that is not a valid edition, and NeedsConfirmation when
    an installed edition with the same id has other content and ``replace`` is False.
    """
    candidate = check_policy_file(path, registry, lang)
    existing = candidate.existing
    if existing is not None and candidate.same_content:
        return Outcome.already_installed, candidate
    if existing is not None and not replace:
        key = "confirm_embedded" if existing.source == Source.embedded else "confirm_imported"
        raise NeedsConfirmation(
            _text(lang, key, id=candidate.policy.id),
            [_text(lang, "installed_sha", sha=existing.sha256), _text(lang, "new_sha", sha=candidate.sha256)],
            candidate,
        )
    folder = registry.imported_dir
    target = folder / f"{IMPORTED_PREFIX}{candidate.policy.id}{path.suffix.lower()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EditionImportError(_text(lang, "cannot_write", path=folder), [exc.strerror or str(exc)]) from exc
    atomic_write(target, candidate.raw, lang)
    parsed = parsed_copy_path(target)
    if target.suffix.lower() != ".json":
        atomic_write(parsed, parsed_copy_bytes(candidate.raw, candidate.data), lang)
    others = [p for p in _files_of(registry, candidate.policy.id) if p != target]
    others += [parsed_copy_path(p) for p in others]
    if target.suffix.lower() == ".json":
        others.append(parsed)
    confirmation = confirmation_path(folder, candidate.policy.id)
    embedded = registry.embedded(candidate.policy.id)
    if embedded is not None and content_key(embedded.parsed) != content_key(candidate.data):
        atomic_write(confirmation, (candidate.sha256 + "\n").encode("ascii"), lang)
    else:
        others.append(confirmation)
    _unlink_all(others)
    registry.refresh()
    return (Outcome.installed if existing is None else Outcome.replaced), candidate


def remove_policy(policy_id: str, registry: Registry, lang: Lang = "zh") -> list[Path]:
    """Remove an imported edition (an embedded edition it replaced comes back); returns the
    files deleted. Raises EditionImportError for an unknown id or an embedded edition."""
    edition = registry.get(policy_id)
    files = _files_of(registry, policy_id)
    if edition is not None and edition.source == Source.imported and edition.path not in files:
        files.append(edition.path)
    if not files:
        if edition is not None:
            raise EditionImportError(_text(lang, "embedded", id=policy_id))
        known = ", ".join(e.id for e in registry.editions())
        raise EditionImportError(_text(lang, "unknown", id=policy_id), [_text(lang, "known", ids=known)])
    parsed = [parsed_copy_path(p) for p in files]
    failed = _unlink_all([*files, *parsed, confirmation_path(registry.imported_dir, policy_id)])
    registry.refresh()
    if failed:
        raise EditionImportError(_text(lang, "cannot_remove", id=policy_id), [str(p) for p in failed])
    return files


def _files_of(registry: Registry, policy_id: str) -> list[Path]:
    """The imported files named for ``policy_id`` (normally one; also unusable ones)."""
    stem = f"{IMPORTED_PREFIX}{policy_id}"
    return [p for p in imported_files(registry.imported_dir) if p.stem == stem]


def _unlink_all(paths: list[Path]) -> list[Path]:
    failed = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            failed.append(path)
    return failed


_TEXTS: dict[str, tuple[str, str]] = {
    "not_policy": ("“{name}”不是政策数据文件", "'{name}' is not a policy data file"),
    "suffixes": ("政策数据文件的扩展名为 {suffixes}", "Policy data files end in {suffixes}"),
    "cannot_read": ("无法读取文件：{path}", "Cannot read {path}"),
    "cannot_write": ("无法写入文件夹：{path}", "Cannot write to the folder {path}"),
    "invalid": ("“{name}”不是有效的政策数据文件，未导入", "'{name}' is not a valid policy data file; nothing was imported"),
    "confirm_embedded": (
        "本程序内置的政策版本“{id}”与该文件内容不同。导入后将以该文件替代内置版本。",
        "The program's embedded edition '{id}' differs from this file. Importing it replaces the embedded edition.",
    ),
    "confirm_imported": (
        "已导入的政策版本“{id}”与该文件内容不同。导入后将以该文件替代已导入的版本。",
        "The imported edition '{id}' differs from this file. Importing it replaces that edition.",
    ),
    "installed_sha": ("已安装版本的 SHA-256：{sha}", "SHA-256 of the installed edition: {sha}"),
    "new_sha": ("该文件的 SHA-256：{sha}", "SHA-256 of this file: {sha}"),
    "unknown": ("没有政策版本“{id}”", "There is no policy edition '{id}'"),
    "known": ("已安装：{ids}", "Installed: {ids}"),
    "embedded": (
        "政策版本“{id}”是程序内置的，不能删除",
        "The policy edition '{id}' is embedded in the program and cannot be removed",
    ),
    "cannot_remove": ("无法删除政策版本“{id}”的文件", "Cannot delete the files of policy edition '{id}'"),
}


def _text(lang: Lang, key: str, **fields: object) -> str:
    zh, en = _TEXTS[key]
    return (en if lang == "en" else zh).format(**fields)
