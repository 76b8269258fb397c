"""Update the wizard's translations: lupdate over hrb_desktop/ui, then lrelease.

    python scripts/update_translations.py           # update i18n/*.ts and rebuild i18n/*.qm
    python scripts/update_translations.py --check   # change nothing; exit 1 if anything is stale

The source strings in the code are Simplified Chinese, so ``hrb_desktop_zh_CN.ts``
gets identity translations filled in automatically. ``hrb_desktop_en.ts`` is
translated by hand (Qt Linguist or any editor): new strings arrive as
"unfinished" and this script exits 1 until every one has an English text.
Strings no longer in the code are dropped (``-no-obsolete``).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "hrb_desktop" / "ui"
I18N = ROOT / "i18n"
SOURCE_LANGUAGE = "zh_CN"
CATALOGUES = {"zh_CN": I18N / "hrb_desktop_zh_CN.ts", "en": I18N / "hrb_desktop_en.ts"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    numerus: bool = False


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python, else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, language: str, sources: list[Path] | None = None) -> None:
    files = [str(p) for p in (sources if sources is not None else source_files())]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-source-language", SOURCE_LANGUAGE, "-target-language", language,
         "-no-obsolete", "-ts", str(ts)],
        check=True, capture_output=True, text=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def messages(ts: Path) -> list[Message]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is not None and numerus:
                text = "|".join(form.text or "" for form in translation.iter("numerusform"))
            else:
                text = (translation.text or "") if translation is not None else ""
            out.append(Message(name, message.findtext("source") or "", text, kind, numerus))
    return out


def fill_identity(ts: Path) -> int:
    """Source language catalogue: every unfinished message translates to itself."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        translation.text = message.findtext("source") or ""
        del translation.attrib["type"]
        filled += 1
    if filled:
        _write(tree, ts)
    return filled


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(ts: Path) -> list[str]:
    """Unfinished, vanished, obsolete or empty translations, one line each."""
    out = []
    for m in messages(ts):
        if m.kind in ("unfinished", "vanished", "obsolete"):
            out.append(f"{ts.name}: {m.kind}: [{m.context}] {m.source!r}")
        elif not m.translation.strip():
            out.append(f"{ts.name}: empty: [{m.context}] {m.source!r}")
    return out


def update(i18n: Path = I18N, sources: list[Path] | None = None) -> list[str]:
    """Update every .ts in ``i18n`` and compile the .qm files; returns what still needs a translator."""
    found: list[str] = []
    for language, default in CATALOGUES.items():
        ts = i18n / default.name
        lupdate(ts, language, sources)
        if language == SOURCE_LANGUAGE:
            fill_identity(ts)
        found += problems(ts)
        lrelease(ts, ts.with_suffix(".qm"))
    return found


def check() -> list[str]:
    """Run the whole update on a copy; report every file that would change and every problem."""
    out: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for ts in CATALOGUES.values():
            shutil.copy2(ts, copy / ts.name)
        out += update(copy)
        for ts in CATALOGUES.values():
            before = {(m.context, m.source, m.translation) for m in messages(ts)}
            after = {(m.context, m.source, m.translation) for m in messages(copy / ts.name)}
            if before != after:
                out.append(f"{ts.name} is stale: run scripts/update_translations.py")
            qm = ts.with_suffix(".qm")
            if not qm.is_file() or not filecmp.cmp(qm, copy / qm.name, shallow=False):
                out.append(f"{qm.name} is stale: run scripts/update_translations.py")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is stale")
    args = parser.parse_args(argv)
    found = check() if args.check else update()
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print("translations up to date" if args.check else f"updated {', '.join(p.name for p in CATALOGUES.values())}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
