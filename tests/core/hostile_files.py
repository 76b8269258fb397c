"""Hostile assessment files: the crafted cases of issue 12 and a seeded mutator over examples/*.json.

Shared by ``tests/core/test_fuzz_files.py`` (a few thousand cases in the suite) and
``scripts/fuzz_files.py`` (ten thousand, and a sample through the real process). Every case
is bytes, so that a byte flip, a truncation and a structural edit are all the same kind of thing.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrb_desktop.resources import examples_dir

EXAMPLES = sorted(examples_dir().glob("*.json"))
BASE = json.loads((examples_dir() / "equipment-manufacturer-2023.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Raw:
    """A literal written into the JSON text as it is (a number json.dumps cannot write)."""

    text: str


@dataclass(frozen=True)
class Pairs:
    """An object written with its pairs as given: duplicate keys included."""

    items: list[tuple[str, Any]]


def dump(node: Any) -> str:
    """JSON text of ``node``, where Raw and Pairs may appear anywhere."""
    if isinstance(node, Raw):
        return node.text
    if isinstance(node, Pairs):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {dump(v)}" for k, v in node.items) + "}"
    if isinstance(node, dict):
        return dump(Pairs(list(node.items())))
    if isinstance(node, list):
        return "[" + ", ".join(dump(v) for v in node) + "]"
    return json.dumps(node, ensure_ascii=False)


def with_changes(**changes: Any) -> dict[str, Any]:
    doc = json.loads(json.dumps(BASE))
    doc.update(changes)
    return doc


def with_answer(key: str, value: Any) -> dict[str, Any]:
    doc = with_changes()
    doc["answers"][key] = value
    return doc


def _spaced_date(spaces: int) -> str:
    gap = " " * spaces
    return f"2023{gap}1{gap}1{gap}x"


def _projects(count: int) -> list[dict[str, Any]]:
    return [{"name": f"p{n}", "items": []} for n in range(count)]


# The cases measured on main (issue 12), each a function so that big ones are built on demand.
CRAFTED: dict[str, Callable[[], bytes]] = {
    "date_800_spaces": lambda: dump(with_answer("a9_recognition_date", _spaced_date(800))).encode(),
    "date_1600_spaces": lambda: dump(with_answer("a9_recognition_date", _spaced_date(1600))).encode(),
    "brackets_1000": lambda: b"[" * 1000,
    "brackets_in_answer_100000": lambda: dump(with_answer("a1_investment", Raw("[" * 100_000 + "]" * 100_000))).encode(),
    "exponent_1e9999999999999999999": lambda: dump(with_answer("a1_investment", Raw("1e9999999999999999999"))).encode(),
    "integer_4301_digits": lambda: dump(with_answer("a1_investment", Raw("1" * 4301))).encode(),
    "projects_1000": lambda: dump(with_changes(projects=_projects(1000))).encode(),
    "projects_10000": lambda: dump(with_changes(projects=_projects(10_000))).encode(),
    "projects_170000": lambda: dump(with_changes(projects=[{"name": str(n)} for n in range(170_000)])).encode(),
    "areas_20000": lambda: dump(with_changes(areas=["investment"] * 20_000)).encode(),
    "unknown_answer_id_4_9mb": lambda: dump(with_answer("x" * 4_900_000, True)).encode(),
    "unknown_answer_id_0_9mb": lambda: dump(with_answer("x" * 900_000, True)).encode(),
    "answers_twice_second_empty": lambda: dump(Pairs([*with_changes().items(), ("answers", {})])).encode(),
    "reference_date_9999_12_31": lambda: dump(with_changes(reference_date="9999-12-31")).encode(),
    "reference_date_0": lambda: dump(with_changes(reference_date=0)).encode(),
    "duplicate_project_names": lambda: dump(
        with_changes(projects=[{"name": "车间", "items": []}, {"name": "车间", "items": []}])
    ).encode(),
    "file_7_3mb": lambda: dump(with_changes(enterprise={"name": "x" * 7_300_000})).encode(),
    "version_2": lambda: dump(with_changes(version=2)).encode(),
    "amount_yen_12800": lambda: dump(with_answer("a1_investment", "¥12,800")).encode(),
    "amount_12800_wan_yuan": lambda: dump(with_answer("a1_investment", "12800万元")).encode(),
    "rate_3_65_percent": lambda: dump(with_answer("a11_bank_rate", "3.65%")).encode(),
    "not_utf8": lambda: dump(with_changes()).encode().replace(b"\xe5\x93\x88", b"\xff\xfe", 1),
}


# ---------------------------------------------------------------- the mutator

_HOSTILE_NUMBERS = [
    "1e9999999999999999999", "-1e9999999999999999999", "1" * 4301, "1" * 31, "9" * 30, "1E+400",
    "1e-400", "-0", "0.00000000000000000000000000001", "NaN", "Infinity", "-Infinity", "1e30", "2e2",
    "12345678901234567890", "-1", "0", "1.5", "100000000000",
]  # fmt: skip
_HOSTILE_STRINGS = [
    "", " ", "2023-12-31", "9999-12-31", "0000-00-00", "2023-02-29", "2024-02-29", "2023年12月31日",
    "31/12/2023", "20231231", "¥12,800", "￥12,800", "12800万元", "12800万", "12800元", "1.28亿",
    "3.65%", "3.65％", "1.2.3", "12,34", "一千", "12a", "-5", "1e30", "NaN", "１２３４", "😀", "𪚥",
    "䶮", "\u0000", "\ud800", "\u202e", "<b>x</b>", "%s%n", "{0}", "a\nb", "hrb-assessment",
    "investment", "a1.project_investment", "enterprise", "true",
]  # fmt: skip
_FILLERS = [" ", "0", "9", "[", "{", '"', "\\", "a", "哈", "𪚥", ",", "\t", "年"]
_SIZES = [41, 200, 1_000, 10_000, 100_000, 600_000, 1_100_000]
_DEPTHS = [5, 15, 16, 17, 33, 100, 1_000, 100_000]
_INSERTS = [b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xfe\xff", b'"', b"{", b"[", b"\\", b"\n"]


class Mutator:
    """Seeded: the same seed gives the same cases, so a failure can be replayed by its number."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.sources = [(p.name, p.read_bytes()) for p in EXAMPLES]

    def cases(self, count: int) -> Iterator[tuple[str, bytes]]:
        for number in range(count):
            yield self.case(number)

    def case(self, number: int) -> tuple[str, bytes]:
        rng = random.Random(f"{self.seed}:{number}")
        name, data = rng.choice(self.sources)
        edits = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            if rng.random() < 0.6:
                edit = rng.choice(_STRUCTURAL)
                try:
                    doc = json.loads(data)
                except (ValueError, RecursionError):  # an earlier edit broke it: keep editing bytes
                    edit = rng.choice(_BYTE_EDITS)
                else:
                    data = dump(edit(rng, doc)).encode("utf-8", "surrogatepass")
                    edits.append(edit.__name__)
                    continue
            else:
                edit = rng.choice(_BYTE_EDITS)
            data = edit(rng, data)
            edits.append(edit.__name__)
        return f"{number}:{name}:{'+'.join(edits)}", data


def _hostile_value(rng: random.Random) -> Any:
    kind = rng.randrange(7)
    if kind == 0:
        return Raw(rng.choice(_HOSTILE_NUMBERS))
    if kind == 1:
        return rng.choice(_HOSTILE_STRINGS)
    if kind == 2:
        return rng.choice(_FILLERS) * rng.choice(_SIZES)
    if kind == 3:
        return rng.choice([[], {}, True, False, None, 0, -1, 1.5, [1, "a"], {"a": 1}])
    if kind == 4:
        depth = rng.choice(_DEPTHS)
        opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
        return Raw(opener * depth + "1" + closer * depth)
    if kind == 5:
        return "2023" + (" " * rng.choice([1, 40, 800, 1600])) + "1 1 x"
    return rng.choice(_HOSTILE_STRINGS) * rng.choice([2, 50, 5000])


def _containers(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(node, (dict, list)):
        yield path, node
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            yield from _containers(value, (*path, key))


def replace_value(rng: random.Random, doc: Any) -> Any:
    _, node = rng.choice(list(_containers(doc)))
    if isinstance(node, dict) and node:
        node[rng.choice(list(node))] = _hostile_value(rng)
    elif isinstance(node, list) and node:
        node[rng.randrange(len(node))] = _hostile_value(rng)
    return doc


def unknown_key(rng: random.Random, doc: Any) -> Any:
    dicts = [n for _, n in _containers(doc) if isinstance(n, dict)]
    if dicts:
        key = rng.choice(["surprise", "a99_unknown", "x" * rng.choice(_SIZES), "", "\u0000", "😀", "answers"])
        rng.choice(dicts)[key + ("" if key == "answers" else "_")] = _hostile_value(rng)
    return doc


def duplicate_key(rng: random.Random, doc: Any) -> Any:
    dicts = [(p, n) for p, n in _containers(doc) if isinstance(n, dict) and n]
    if not dicts:
        return doc
    path, node = rng.choice(dicts)
    key = rng.choice(list(node))
    pairs = Pairs([*node.items(), (key, rng.choice([node[key], {}, _hostile_value(rng)]))])
    if not path:
        return pairs
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = pairs
    return doc


def delete_key(rng: random.Random, doc: Any) -> Any:
    dicts = [n for _, n in _containers(doc) if isinstance(n, dict) and n]
    if dicts:
        node = rng.choice(dicts)
        del node[rng.choice(list(node))]
    return doc


def wrong_type(rng: random.Random, doc: Any) -> Any:
    if isinstance(doc, dict) and doc:
        doc[rng.choice(list(doc))] = rng.choice([[], {}, True, None, 0, "x", 1.5, [[]], Raw("1e5")])
    return doc


def many_entries(rng: random.Random, doc: Any) -> Any:
    if not isinstance(doc, dict):
        return doc
    count = rng.choice([2, 49, 50, 51, 101, 501, 1_000, 20_000])
    what = rng.randrange(4)
    if what == 0:
        doc["projects"] = [{"name": rng.choice(["p", f"p{n}"]) if n % 7 else "p", "items": []} for n in range(count)]
    elif what == 1:
        doc["areas"] = [rng.choice(["investment", "growth", "nope"]) for _ in range(count)]
    elif what == 2:
        answers = doc.get("answers") if isinstance(doc.get("answers"), dict) else {}
        answers.update({f"q{n}": True for n in range(count)})
        doc["answers"] = answers
    else:
        doc["projects"] = [{"name": "p", "items": ["a1.project_investment"] * count}]
    return doc


def special_answer(rng: random.Random, doc: Any) -> Any:
    if isinstance(doc, dict):
        answers = doc.get("answers")
        if not isinstance(answers, dict):
            answers = doc["answers"] = {}
        key = rng.choice(
            ["a1_investment", "a11_bank_rate", "a9_recognition_date", "a6_first_set_products", "a1_in_stats", "p_manufacturing"]
        )
        answers[key] = rng.choice([*_HOSTILE_STRINGS, _hostile_value(rng)])
        if rng.random() < 0.3:
            doc["reference_date"] = rng.choice(["9999-12-31", "1999-12-31", "2000-01-01", "2100-12-31", 0, "2023-6-30", "20230630"])
    return doc


_STRUCTURAL: list[Callable[[random.Random, Any], Any]] = [
    replace_value, replace_value, unknown_key, duplicate_key, delete_key, wrong_type, many_entries, special_answer,
    special_answer,
]  # fmt: skip


def flip_bits(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(_INSERTS) * rng.choice([1, 1, 2, 100, 10_000]) + data[at:]


def delete_range(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[at + rng.randint(1, 64) :]


def repeat_range(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    piece = data[at : at + rng.randint(1, 32)]
    return data[:at] + piece * rng.choice([2, 100, 5_000, 50_000]) + data[at:]


def change_encoding(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:
        return b"\xef\xbb\xbf" + data
    if choice == 1:
        return b"\xef\xbb\xbf\xef\xbb\xbf" + data
    if choice == 2:
        return data.decode("utf-8", "replace").encode("utf-16")
    if choice == 3:
        return data.decode("utf-8", "replace").encode("gb18030", "replace")
    return data.replace(b"\n", b"\r\n")


_BYTE_EDITS: list[Callable[[random.Random, bytes], bytes]] = [
    flip_bits, truncate, insert_bytes, delete_range, repeat_range, change_encoding,
]  # fmt: skip


def write_case(folder: Path, name: str, data: bytes) -> Path:
    path = folder / f"case-{abs(hash(name)) % 10**12}.json"
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- running a case

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
_QUOTED = re.compile(r"“[^“”]*”")


@functools.cache
def _policy_english() -> list[str]:
    """The policy's own English texts, some of which keep a Chinese term on purpose
    ("(入统)", the document number 哈政规〔2021〕10号): not a Chinese message in an English one."""
    from hrb_desktop.core.editions import registry

    policy = registry().load("hrb-2021-10")
    texts = [policy.doc_number, *(q.label.en for q in policy.questions), *(a.label.en for a in policy.areas)]
    texts += [item.title.en for item in policy.items()]
    return sorted((t for t in texts if _CJK.search(t)), key=len, reverse=True)


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str
    seconds: float


def run_in_process(path: Path, lang: str) -> Outcome:
    """``hrb-desktop assess PATH --lang LANG`` through ``cli.main``, output captured."""
    from hrb_desktop import cli

    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["assess", str(path), "--lang", lang])
    return Outcome(code, out.getvalue(), err.getvalue(), time.perf_counter() - start)


def program() -> list[str]:
    """The installed ``hrb-desktop`` beside this Python, else ``python -m hrb_desktop``."""
    script = Path(sys.executable).with_name("hrb-desktop.exe" if os.name == "nt" else "hrb-desktop")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "hrb_desktop"]


def run_process(path: Path, lang: str, timeout: float = 120) -> Outcome:
    """The same through a real ``hrb-desktop`` process."""
    start = time.perf_counter()
    proc = subprocess.run(
        [*program(), "assess", str(path), "--lang", lang],
        capture_output=True,
        timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return Outcome(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        time.perf_counter() - start,
    )


def findings(outcome: Outcome, lang: str, max_seconds: float = 1.0) -> list[str]:
    """What is wrong with one run: the exit code, a traceback, the time, the message's language."""
    found = []
    if outcome.code not in (0, 3):
        found.append(f"exit {outcome.code}")
    if "Traceback" in outcome.out + outcome.err or "Exception ignored" in outcome.err:
        found.append("traceback")
    if outcome.seconds > max_seconds:
        found.append(f"took {outcome.seconds:.2f} s")
    if outcome.code == 3:
        message = outcome.err
        if not message.startswith("hrb-desktop: ") or len(message.splitlines()) < 1:
            found.append("no message")
        unquoted = _QUOTED.sub("", message)
        for text in _policy_english():
            unquoted = unquoted.replace(text, "")
        if lang == "zh" and not _CJK.search(message):
            found.append("message not in Chinese")
        if lang == "en" and _CJK.search(unquoted):
            found.append(f"Chinese in an English message: {_CJK.search(unquoted).group()!r}")  # type: ignore[union-attr]
    if outcome.code == 0 and not outcome.out:
        found.append("exit 0 without a result")
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
