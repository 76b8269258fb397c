"""Read a policy data file (YAML through safe_load, or JSON) into the validated model.

Which files are policy editions, and which one to use, is ``hrb_desktop.core.editions``'s job.

The embedded policy is trusted and loads on libyaml's fast path. A policy file from
elsewhere (``policy check FILE``, a later ``policy import``) goes through
``load_untrusted_policy``: a regular file of at most MAX_POLICY_BYTES, and its YAML
events are counted before anything is built, so that nesting, aliases and their
expansion (a 438-byte "billion laughs" file once took 3.2 GB) are bounded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from hrb_desktop.core.lang import Lang
from hrb_desktop.core.lang import text_for as _t
from hrb_desktop.core.policy_model import Policy
from hrb_desktop.core.safe_json import (
    UntrustedInputError,
    decode_text,
    loads_untrusted,
    quote,
    read_regular_file,
)

MAX_POLICY_BYTES = 1_000_000  # the embedded policy is 122 kB
MAX_POLICY_DEPTH = 32  # the embedded policy nests 12 deep (conditions within conditions)
MAX_POLICY_ALIASES = 100  # the embedded policy has none
MAX_POLICY_NODES = 200_000  # every value counted as often as aliases repeat it; the embedded has ~3,300


class PolicyFileError(Exception):
    def __init__(self, summary: str, problems: list[str]) -> None:
        super().__init__(summary)
        self.summary = summary
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join([self.summary, *(f"  - {p}" for p in self.problems)])


def _safe_yaml(text: str) -> object:
    """yaml.safe_load, with libyaml's C parser when present (7× faster at start-up)."""
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def policy_data(text: str, suffix: str) -> object:
    """A policy file's text as plain data: JSON for ``.json``, else YAML through the safe loader.

    Raises ValueError or yaml.YAMLError.
    """
    return json.loads(text) if suffix.lower() == ".json" else _safe_yaml(text)


def load_policy_file(path: Path) -> Policy:
    """A trusted policy file (the one the program ships)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise PolicyFileError(f"Cannot read policy file {path}", [exc.strerror or str(exc)]) from exc
    except UnicodeDecodeError as exc:
        raise PolicyFileError(f"Policy file {path} is not UTF-8 text", [str(exc)]) from exc
    try:
        data = policy_data(text, path.suffix)
    except (ValueError, yaml.YAMLError) as exc:
        raise PolicyFileError(f"Policy file {path} is not valid YAML/JSON", [str(exc)]) from exc
    return validate_policy(data, path)


def load_untrusted_policy(path: Path, lang: Lang = "zh") -> Policy:
    """A policy file from elsewhere: size, depth, aliases and duplicate keys bounded before
    anything is built; PolicyFileError (limits in ``lang``) names what is wrong."""
    try:
        text = decode_text(read_regular_file(path, MAX_POLICY_BYTES, lang), lang)
        if path.suffix.lower() == ".json":
            data = loads_untrusted(text, lang, max_depth=MAX_POLICY_DEPTH)
        else:
            check_yaml_shape(text, lang)
            data = _safe_yaml(text)
    except UntrustedInputError as exc:
        raise PolicyFileError(f"{path}: {exc.summary}", exc.problems) from None
    except yaml.YAMLError as exc:
        raise PolicyFileError(f"Policy file {path} is not valid YAML/JSON", [str(exc)]) from exc
    return validate_policy(data, path)


def check_yaml_shape(text: str, lang: Lang = "zh") -> None:
    """Walk the YAML events (libyaml's, no object is built) and refuse nesting deeper than
    MAX_POLICY_DEPTH, more than MAX_POLICY_ALIASES aliases, more than MAX_POLICY_NODES
    values once aliases are expanded, and a key given twice in one mapping.

    Raises UntrustedInputError; yaml.YAMLError for text that is not YAML at all.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    summary = _t(lang, "政策文件被拒绝", "The policy file is refused")
    try:
        _walk_events(loader, lang, summary)
    finally:
        loader.dispose()


class _Open:
    """A collection being read: where its node count started, and for a mapping its keys."""

    def __init__(self, anchor: str | None, start: int, mapping: bool) -> None:
        self.anchor, self.start = anchor, start
        self.keys: set[str] | None = set() if mapping else None
        self.expect_key = mapping


def _walk_events(loader: Any, lang: Lang, summary: str) -> None:
    stack: list[_Open] = []
    sizes: dict[str, int] = {}  # anchor -> how many values it stands for, expanded
    nodes = aliases = 0
    while loader.check_event():
        event = loader.get_event()
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            done = stack.pop()
            if done.anchor is not None:
                sizes[done.anchor] = nodes - done.start
            continue
        if not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.CollectionStartEvent)):
            continue
        parent = stack[-1] if stack else None
        if parent is not None and parent.keys is not None:
            if parent.expect_key and isinstance(event, yaml.ScalarEvent):
                if event.value in parent.keys:
                    line = event.start_mark.line + 1 if event.start_mark is not None else 0
                    raise UntrustedInputError(
                        summary,
                        [
                            _t(
                                lang,
                                f"第 {line} 行：键{quote(event.value)}在同一映射中出现了两次",
                                f"line {line}: the key {quote(event.value)} appears twice in one mapping",
                            )
                        ],
                    )
                parent.keys.add(event.value)
            parent.expect_key = not parent.expect_key
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_POLICY_ALIASES:
                raise UntrustedInputError(
                    summary,
                    [
                        _t(
                            lang,
                            f"别名（*名称）超过 {MAX_POLICY_ALIASES} 个上限",
                            f"more than {MAX_POLICY_ALIASES} aliases (*name)",
                        )
                    ],
                )
            nodes += sizes.get(event.anchor or "", 1)
        else:
            nodes += 1
        if nodes > MAX_POLICY_NODES:
            raise UntrustedInputError(
                summary,
                [
                    _t(
                        lang,
                        f"展开别名后超过 {MAX_POLICY_NODES:,} 个值的上限（文件可能是“YAML 炸弹”）",
                        f"more than {MAX_POLICY_NODES:,} values once aliases are expanded (the file may be a “YAML bomb”)",
                    )
                ],
            )
        if isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            stack.append(_Open(event.anchor, nodes - 1, isinstance(event, yaml.MappingStartEvent)))
            if len(stack) > MAX_POLICY_DEPTH:
                raise UntrustedInputError(
                    summary,
                    [
                        _t(
                            lang,
                            f"嵌套超过 {MAX_POLICY_DEPTH} 层上限",
                            f"nesting deeper than the limit of {MAX_POLICY_DEPTH}",
                        )
                    ],
                )


def validate_policy(data: object, path: Path) -> Policy:
    """Plain data (from ``policy_data``) as the validated model; raises PolicyFileError
    listing every problem with its path."""
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "value_error" and "; " in msg and not loc:
                problems.extend(msg.split("; "))
            else:
                problems.append(f"{loc or '(top level)'}: {msg}")
        raise PolicyFileError(f"Policy file {path} has {len(problems)} error(s)", problems) from exc


def policy_json_text(path: Path) -> str:
    """The policy file as JSON: the frozen app ships this form, which loads without a
    YAML parser (YAML dates become ISO strings, which the model reads back as dates)."""
    load_policy_file(path)  # refuse to convert an invalid file
    data = _safe_yaml(path.read_text(encoding="utf-8-sig"))
    return json.dumps(data, ensure_ascii=False, default=str, sort_keys=False) + "\n"
