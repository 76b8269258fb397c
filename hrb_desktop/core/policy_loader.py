"""Read a policy data file (YAML through safe_load, or JSON) into the validated model.

Which files are policy editions, and which one to use, is ``hrb_desktop.core.editions``'s job.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from pydantic import ValidationError

from hrb_desktop.core.policy_model import Policy


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
