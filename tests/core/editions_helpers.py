"""Edition files for the registry and import tests: the real edition, altered as text."""

from __future__ import annotations

from pathlib import Path

from hrb_desktop.resources import policy_dir

REAL_FILE = policy_dir() / "hrb-2021-10.yaml"
REAL_TEXT = REAL_FILE.read_text(encoding="utf-8")
TEST_EDITION = Path(__file__).resolve().parents[1] / "data" / "editions" / "hrb-test-2025.yaml"

# Art. 2's award for a newly above-size manufacturer: 50 in the real edition.
NEW_ABOVE_SIZE = "对新增入统规模以上制造业企业每户给予50万元奖励"
NEW_ABOVE_SIZE_RULE = "amount: {kind: fixed, amount: 50}"


def real_with(*, policy_id: str | None = None, award: int | None = None, title: str | None = None) -> str:
    """The real edition's text with another id, another Art. 2 award for a newly above-size
    manufacturer (article text, clause and rule alike), or another Chinese title."""
    text = REAL_TEXT
    if policy_id is not None:
        text = _once(text, "id: hrb-2021-10\n", f"id: {policy_id}\n")
    if award is not None:
        text = text.replace(NEW_ABOVE_SIZE, NEW_ABOVE_SIZE.replace("50万元", f"{award}万元"))
        item = text.index("      - id: a2.new_above_scale\n")
        rule = text.index(NEW_ABOVE_SIZE_RULE, item)
        text = text[:rule] + NEW_ABOVE_SIZE_RULE.replace("50", str(award)) + text[rule + len(NEW_ABOVE_SIZE_RULE) :]
    if title is not None:
        text = _once(
            text,
            "  zh: 关于加快推动哈尔滨市制造业高质量发展实现工业强市的若干政策措施\n",
            f"  zh: {title}\n",
        )
    return text


def _once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, (old, text.count(old))
    return text.replace(old, new)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
