"""Read Inno Setup message files (.isl) and compare a translation with Default.isl.

Used by ``tests/packaging/test_installer_files.py`` (against the key list recorded
in ``tests/packaging/default_isl_keys.txt``, no Inno Setup needed) and by
``packaging/windows/wine_check.sh`` (against the compiler's own Default.isl)::

    python packaging/windows/isl_messages.py keys PATH/Default.isl VERSION > tests/packaging/default_isl_keys.txt
    python packaging/windows/isl_messages.py compare PATH/Default.isl packaging/windows/ChineseSimplified.isl

A message's *signature* is what every translation must keep: its placeholders
(``%1``..``%9``, ``[name]``, ``[name/ver]``, ``[gb]``, ``[mb]``), whether it has an
access key (``&X``) and whether it is empty. Line breaks (``%n``) are free.
Standard library only: it runs wherever the developer has a Python.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BOM = "\ufeff"
MESSAGE_SECTIONS = ("Messages", "CustomMessages")
_SECTION = re.compile(r"^\[(\w+)\]$")
_PLACEHOLDER = re.compile(r"%[1-9]|\[(?:name|name/ver|gb|mb)\]")
# "&&" is a literal ampersand; a single "&" before a character marks the access key.
_ACCESS_KEY = re.compile(r"(?<!&)&(?!&)")


class IslError(ValueError):
    """The file is not a well-formed .isl; the message names the line."""


def parse_isl(text: str, name: str = "<isl>") -> dict[str, dict[str, str]]:
    """Sections of an .isl as {section: {key: value}}, strictly: Inno would silently
    ignore some of what is refused here (a stray line, a key given twice)."""
    if not text.startswith(BOM):
        raise IslError(f"{name}: no UTF-8 byte order mark (Inno Setup would read it as ANSI)")
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, line in enumerate(text[1:].splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        match = _SECTION.match(stripped)
        if match:
            if match.group(1) in sections:
                raise IslError(f"{name}:{number}: section [{match.group(1)}] appears twice")
            current = sections[match.group(1)] = {}
            continue
        key, sep, value = line.partition("=")
        if current is None:
            raise IslError(f"{name}:{number}: text before the first [section]")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", key):
            raise IslError(f"{name}:{number}: not a key=value line: {line!r}")
        if key in current:
            raise IslError(f"{name}:{number}: {key} is given twice")
        current[key] = value
    return sections


def read_isl(path: Path) -> dict[str, dict[str, str]]:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IslError(f"{path}: not UTF-8 ({exc})") from None
    return parse_isl(text, str(path))


def signature(value: str) -> str:
    """What a translation of ``value`` must keep, as one comparable string."""
    if value == "":
        return "(empty)"
    parts = sorted(set(_PLACEHOLDER.findall(value)))
    if _ACCESS_KEY.search(value):
        parts.append("&")
    return " ".join(parts)


def message_signatures(sections: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    return {s: {k: signature(v) for k, v in sections.get(s, {}).items()} for s in MESSAGE_SECTIONS}


def compare(reference: dict[str, dict[str, str]], translation: dict[str, dict[str, str]]) -> list[str]:
    """Problems of ``translation`` against the signatures in ``reference``; [] when complete."""
    problems: list[str] = []
    got = message_signatures(translation)
    for section in MESSAGE_SECTIONS:
        want = reference.get(section, {})
        have = got[section]
        problems += [f"[{section}] {k}: missing" for k in want if k not in have]
        problems += [f"[{section}] {k}: not in Default.isl" for k in have if k not in want]
        problems += [f"[{section}] {k}: keeps {have[k] or 'nothing'!r}, Default.isl has {want[k] or 'nothing'!r}"
                     for k in want if k in have and have[k] != want[k]]
    return problems


def format_key_list(sections: dict[str, dict[str, str]], version: str) -> str:
    lines = [
        f"# Inno Setup {version} Default.isl: every key of [Messages] and [CustomMessages], each",
        "# with its signature (packaging/windows/isl_messages.py): the placeholders a translation",
        "# keeps, '&' for an access key, '(empty)' where Default.isl leaves the message empty.",
        "# Regenerate after an Inno Setup upgrade (then translate what changed):",
        "#   python packaging/windows/isl_messages.py keys PATH/Default.isl VERSION",
        f"version {version}",
    ]
    for section, messages in message_signatures(sections).items():
        lines.append(f"[{section}]")
        lines += [f"{key} {sig}".rstrip() for key, sig in messages.items()]
    return "\n".join(lines) + "\n"


def parse_key_list(text: str) -> tuple[str, dict[str, dict[str, str]]]:
    """(version, {section: {key: signature}}) from ``format_key_list``'s output."""
    version = ""
    result: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("version "):
            version = line.split(" ", 1)[1]
        elif _SECTION.match(line):
            current = result.setdefault(line[1:-1], {})
        elif current is not None:
            key, _, sig = line.partition(" ")
            current[key] = sig
    return version, result


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "keys":
        sys.stdout.write(format_key_list(read_isl(Path(argv[1])), argv[2]))
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        try:
            problems = compare(message_signatures(read_isl(Path(argv[1]))), read_isl(Path(argv[2])))
        except IslError as exc:
            print(exc)
            return 1
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
