"""Smoke test of the frozen app, headless (CI on Linux; also runs on Windows).

    python packaging/smoke_test.py            # build with packaging/build.py, then test
    python packaging/smoke_test.py --no-build # test the existing dist/hrb-desktop/

Runs the frozen programs from an empty working directory with a throw-away
HOME, offscreen, and (on Linux, where ``unshare -rn`` is allowed) inside a
network namespace without any network, then checks:

* the bundle's layout: both executables, the policy, fonts and their licences,
  icons, examples; the trimmed Qt parts really absent;
* Python's UTF-8 mode in each executable, and ``policy`` / ``--help`` written to a pipe
  as UTF-8 although ``PYTHONIOENCODING=cp1252`` asks for a code page without "¥" or Chinese;
* ``assess examples/equipment-manufacturer-2023.json --format json``: valid
  JSON with items and a total, identical to the unfrozen CLI's output;
* ``--pdf OUT.pdf``: the file starts with ``%PDF`` (SKIP while the PDF module
  still raises NotImplementedError);
* ``template --out T.xlsx`` and ``batch`` on a template filled with the examples:
  the result workbook's totals equal ``assess``'s, with one PDF and one ``.hrba``
  per enterprise;
* the wizard: ``--screenshot OUT.png`` exits 0 and writes a PNG (SKIP while
  ``hrb_desktop/ui/app.py`` does not exist); a plain start paints, loads the
  policy and reports ``ready``;
* no output of any run mentions ModuleNotFoundError, "could not find or load",
  a missing resource or a missing font.

Prints a PASS / FAIL / SKIP line per check and a summary; exits 1 on any FAIL.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "hrb-desktop"
EXE = ".exe" if sys.platform == "win32" else ""
EXAMPLE = ROOT / "examples" / "equipment-manufacturer-2023.json"
TIMEOUT = 120

# Output that means the bundle is broken even if the exit code is 0.
BAD_OUTPUT = re.compile(
    r"ModuleNotFoundError|No module named|ImportError|could not find or load|"
    r"Could not load the Qt platform plugin|"
    r"data files are missing|FileNotFoundError|No such file or directory|"
    r"bundled font missing|could not load the bundled font|FontError|"
    r"QFontDatabase: Cannot find font directory|Cannot find font|font[^\n]{0,40}not found|missing font|"
    r"Traceback \(most recent call last\)",
    re.IGNORECASE,
)


@dataclass
class Report:
    rows: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, status: str, name: str, detail: str = "") -> None:
        self.rows.append((status, name, detail))
        line = f"[{status}] {name}" + (f": {detail}" if detail else "")
        print(line, flush=True)

    def ok(self, name: str, detail: str = "") -> None:
        self.add("PASS", name, detail)

    def fail(self, name: str, detail: str = "") -> None:
        self.add("FAIL", name, detail)

    def skip(self, name: str, detail: str) -> None:
        self.add("SKIP", name, detail)

    def check(self, cond: bool, name: str, detail: str = "", fail_detail: str | None = None) -> bool:
        """PASS with ``detail``, or FAIL with ``fail_detail`` (default: ``detail``)."""
        if cond:
            self.ok(name, detail)
        else:
            self.fail(name, detail if fail_detail is None else fail_detail)
        return cond

    @property
    def failed(self) -> int:
        return sum(1 for s, _, _ in self.rows if s == "FAIL")


@dataclass
class Run:
    rc: int
    out: str
    err: str
    seconds: float
    raw_out: bytes = b""

    @property
    def text(self) -> str:
        return self.out + "\n" + self.err


class Runner:
    """Runs the frozen programs isolated from the checkout and, if possible, from the network."""

    def __init__(self, bundle: Path, scratch: Path) -> None:
        self.bundle = bundle
        self.scratch = scratch
        self.cwd = scratch / "cwd"
        self.cwd.mkdir()
        home = scratch / "home"
        home.mkdir()
        keep = ("PATH", "SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP", "LANG", "LC_ALL", "DISPLAY")
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        self.env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            QT_QPA_PLATFORM="offscreen",
            PYTHONIOENCODING="utf-8",
        )
        if sys.platform.startswith("linux"):
            runtime = scratch / "xdg-runtime"
            runtime.mkdir(mode=0o700)
            self.env["XDG_RUNTIME_DIR"] = str(runtime)
        self.wrapper: list[str] = []
        unshare = shutil.which("unshare")
        if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
            self.wrapper = [unshare, "-rn"]  # new user + network namespace: no network at all

    @property
    def offline(self) -> bool:
        return bool(self.wrapper)

    def exe(self, name: str) -> Path:
        return self.bundle / (name + EXE)

    def run(self, name: str, *args: str, env: dict[str, str] | None = None) -> Run:
        cmd = [*self.wrapper, str(self.exe(name)), *args]
        started = time.monotonic()
        try:
            proc = subprocess.run(cmd, cwd=self.cwd, env={**self.env, **(env or {})}, capture_output=True,
                                  timeout=TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            return Run(-1, _decode(exc.stdout), _decode(exc.stderr) + f"\n(timed out after {TIMEOUT} s)",
                       time.monotonic() - started)
        return Run(proc.returncode, _decode(proc.stdout), _decode(proc.stderr), time.monotonic() - started,
                   proc.stdout)


def _decode(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", errors="replace")


def _tail(text: str, lines: int = 12) -> str:
    return "\n      " + "\n      ".join(text.strip().splitlines()[-lines:]) if text.strip() else ""


def check_output(report: Report, name: str, run: Run) -> None:
    bad = sorted({m.group(0) for m in BAD_OUTPUT.finditer(run.text)})
    report.check(not bad, f"{name}: clean output", "", f"found {bad}{_tail(run.text)}")


# ---------------------------------------------------------------- checks


def check_layout(report: Report, bundle: Path) -> None:
    for name in (APP_NAME, APP_NAME + "-cli"):
        exe = bundle / (name + EXE)
        report.check(exe.is_file() and os.access(exe, os.X_OK), f"layout: executable {name + EXE}",
                     f"-> {os.readlink(exe)}" if exe.is_symlink() else "")
    internal = bundle / "_internal"
    res = internal / "hrb_desktop" / "resources"
    editions = sorted((ROOT / "resources" / "policy").glob("*.yaml"))  # each ships as its JSON form
    required = [
        *(res / "policy" / f"{source.stem}.json" for source in editions),
        res / "fonts" / "wqy-microhei.ttf",
        res / "fonts" / "LICENSE-wqy-microhei.txt",
        res / "fonts" / "Apache-2.0.txt",
        res / "icons" / "hrb-desktop.ico",
        res / "icons" / "hrb-desktop.png",
        res / "examples" / EXAMPLE.name,
    ]
    missing = [str(p.relative_to(bundle)) for p in required if not p.is_file()]
    report.check(not missing, "layout: resources at _internal/hrb_desktop/resources",
                 f"{len(editions)} policy edition(s), fonts + licences, icons, examples", f"missing {missing}")
    shipped = sorted(p.relative_to(res / "policy").as_posix() for p in (res / "policy").rglob("*") if p.is_file())
    report.check(shipped == sorted(f"{source.stem}.json" for source in editions),
                 "layout: policy editions as JSON only (no YAML, no published texts)", ", ".join(shipped))
    qm_src = sorted(p.name for p in (ROOT / "i18n").glob("*.qm"))
    qm_dst = sorted(p.name for p in (internal / "hrb_desktop" / "i18n").glob("*.qm"))
    report.check(qm_src == qm_dst, "layout: app translations (i18n/*.qm)", f"{len(qm_dst)} file(s)"
                 if qm_src == qm_dst else f"checkout {qm_src}, bundle {qm_dst}")

    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]
    unwanted = re.compile(
        r"PySide6/Qt(Network|Qml|Quick\w*|DBus)\.|Qt6(Network|Qml|Quick)\w*\.(dll|so)|"
        r"platforms/(lib)?q(wayland|eglfs)|wayland-|opengl32sw\.dll",
        re.IGNORECASE,
    )
    found = [f for f in files if unwanted.search(f)]
    report.check(not found, "trim: no QtNetwork / QtQml / QtQuick / QtDBus module, Wayland, EGLFS, opengl32sw",
                 "", f"found {found[:8]}")
    translations = [f.rsplit("/", 1)[1] for f in files if "PySide6/Qt/translations/" in f]
    others = [t for t in translations if not re.search(r"_(zh_CN|en)\.qm$", t)]
    report.check(not others and "qtbase_zh_CN.qm" in translations,
                 "trim: Qt translations only zh_CN and en (qtbase_zh_CN.qm kept)",
                 ", ".join(sorted(translations)) if not others else f"unexpected {others[:8]}")


def check_utf8_mode(report: Report, bundle: Path) -> None:
    """Each program carries Python's UTF-8 mode, as the bootloader reads it (``X utf8``, not ``X utf8_mode``)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        report.skip("utf-8 mode option", "PyInstaller not importable")
        return
    for name in (APP_NAME, APP_NAME + "-cli"):
        exe = bundle / (name + EXE)
        if exe.is_symlink() or not exe.is_file():
            continue  # Linux: the CLI is the same file as the app
        options = CArchiveReader(str(exe)).options
        on = [o for o in options if re.fullmatch(r"X utf8(=(?!0$)\S+)?", o)]
        report.check(bool(on), f"utf-8 mode option in {exe.name}", on[0] if on else "",
                     f"options {options}")


def check_cli_encoding(report: Report, runner: Runner) -> None:
    """Redirected output is UTF-8 even where Python would pick a code page that cannot write it."""
    for args, needles in ((("policy",), ("¥", "第一条")), (("policy", "--lang", "en"), ("¥", "Art")),
                          (("--help",), ("申报前自评估",))):
        cmd = APP_NAME + "-cli " + " ".join(args)
        run = runner.run(APP_NAME + "-cli", *args, env={"PYTHONIOENCODING": "cp1252", "LC_ALL": "C"})
        check_output(report, cmd, run)
        try:
            text = run.raw_out.decode("utf-8")
        except UnicodeDecodeError as exc:
            report.fail(f"{cmd} to a pipe: UTF-8", str(exc))
            continue
        missing = [n for n in needles if n not in text]
        report.check(run.rc == 0 and not missing, f"{cmd} to a pipe: exit 0, UTF-8", "",
                     f"exit {run.rc}, missing {missing}{_tail(run.text)}")


def check_cli(report: Report, runner: Runner, scratch: Path) -> None:
    run = runner.run(APP_NAME + "-cli", "--version")
    report.check(run.rc == 0 and APP_NAME in run.out, "cli: --version", run.out.strip(), _tail(run.text))
    check_output(report, "cli --version", run)

    run = runner.run(APP_NAME + "-cli", "assess", str(EXAMPLE), "--format", "json")
    check_output(report, "assess --format json", run)
    if not report.check(run.rc == 0, "assess --format json: exit 0", f"{run.seconds:.1f} s",
                        f"exit {run.rc}{_tail(run.text)}"):
        return
    try:
        data = json.loads(run.out)
    except json.JSONDecodeError as exc:
        report.fail("assess --format json: valid JSON", f"{exc}{_tail(run.out)}")
        return
    items = data.get("items") or []
    total = data.get("total") or {}
    good_items = bool(items) and all({"id", "status", "low", "high"} <= set(i) for i in items)
    eligible = [i for i in items if i.get("status") == "eligible"]
    report.check(good_items, "assess: items", f"{len(items)} items, {len(eligible)} eligible")
    good_total = (isinstance(total.get("low"), (int, float)) and isinstance(total.get("high"), (int, float))
                  and 0 < total["low"] <= total["high"])
    report.check(good_total, "assess: total", f"{total.get('low')}–{total.get('high')} 万元")
    reference = _unfrozen_json()
    if reference is None:
        report.skip("assess: same result as the unfrozen CLI", "hrb_desktop is not importable here")
    else:
        report.check(reference == data, "assess: same result as the unfrozen CLI")

    run = runner.run(APP_NAME + "-cli", "assess", str(EXAMPLE), "--format", "text", "--lang", "zh")
    check_output(report, "assess --format text", run)
    report.check(run.rc == 0 and "合计" in run.out, "assess --format text (Chinese)", "",
                 f"exit {run.rc}{_tail(run.text)}")

    for source in sorted((ROOT / "resources" / "policy").glob("*.yaml")):
        run = runner.run(APP_NAME + "-cli", "policy", "check", str(source))
        check_output(report, f"policy check {source.name}", run)
        report.check(run.rc == 0 and run.out.startswith("OK"), f"policy check {source.name} (bundled pydantic model)",
                     run.out.strip()[:100])

    run = runner.run(APP_NAME + "-cli", "policy", "list", "--format", "json")
    check_output(report, "policy list", run)
    try:
        listed = json.loads(run.out) if run.rc == 0 else {}
    except json.JSONDecodeError:
        listed = {}
    reference = _unfrozen_json("policy", "list", "--format", "json")
    frozen_ids = [(e["id"], e["source"]) for e in listed.get("editions", [])]
    if reference is None:
        report.check(bool(frozen_ids), "policy list: the embedded editions", str(frozen_ids), _tail(run.text))
    else:
        wanted = [(e["id"], e["source"]) for e in reference["editions"]]  # type: ignore[index]
        report.check(frozen_ids == wanted and not listed.get("problems"), "policy list: the same editions as the checkout",
                     str(frozen_ids), f"frozen {frozen_ids}, checkout {wanted}{_tail(run.text)}")

    # A new edition is a data file: the test edition, imported into the throw-away profile, is assessed.
    edition = ROOT / "tests" / "data" / "editions" / "hrb-test-2025.yaml"
    if edition.is_file():
        run = runner.run(APP_NAME + "-cli", "policy", "import", str(edition))
        check_output(report, "policy import", run)
        report.check(run.rc == 0 and "SHA-256" in run.out, "policy import (a YAML edition, pure-Python parser)",
                     run.out.strip().splitlines()[0][:100] if run.out.strip() else "", f"exit {run.rc}{_tail(run.text)}")
        case = scratch / "test-edition.json"
        case.write_text(json.dumps({
            "format": "hrb-assessment", "version": 1, "policy": "hrb-test-2025", "reference_date": "2025-06-30",
            "answers": {"a1_in_stats": True, "a1_investment": "12800"},
        }), encoding="utf-8")
        run = runner.run(APP_NAME + "-cli", "assess", str(case), "--format", "json")
        check_output(report, "assess (imported edition)", run)
        total = json.loads(run.out).get("total") if run.rc == 0 else None
        report.check(total == {"low": 768.0, "high": 768.0}, "assess with the imported edition: 6% × 12,800 = 768",
                     "", f"total {total}{_tail(run.text)}")

    pdf = scratch / "out" / "report.pdf"
    pdf.parent.mkdir()
    run = runner.run(APP_NAME + "-cli", "assess", str(EXAMPLE), "--format", "json", "--pdf", str(pdf))
    if "NotImplementedError" in run.text:
        report.skip("assess --pdf", "the PDF module still raises NotImplementedError (not built yet)")
        return
    check_output(report, "assess --pdf", run)
    ok = run.rc == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
    report.check(ok, "assess --pdf: file starts with %PDF", f"{pdf.stat().st_size if ok else 0} bytes",
                 f"exit {run.rc}, exists={pdf.is_file()}{_tail(run.text)}")
    if ok:
        fonts = pdf.read_bytes().count(b"/FontFile2") + pdf.read_bytes().count(b"/FontFile")
        report.check(b"/Font" in pdf.read_bytes(), "assess --pdf: fonts present", f"{fonts} embedded font file(s)")


def check_batch(report: Report, runner: Runner, scratch: Path) -> None:
    """template, then batch on a CSV filled with the four examples (CSV: written without any library)."""
    folder = scratch / "batch"
    folder.mkdir()
    run = runner.run(APP_NAME + "-cli", "template", "--out", str(folder / "template.xlsx"))
    check_output(report, "template", run)
    report.check(run.rc == 0 and (folder / "template.xlsx").read_bytes()[:2] == b"PK", "template --out T.xlsx",
                 "", f"exit {run.rc}{_tail(run.text)}")
    # The examples' edition: an earlier check imported the test edition, which, being the latest,
    # is what a template without --edition is for.
    run = runner.run(APP_NAME + "-cli", "template", "--out", str(folder / "template.csv"), "--edition", "hrb-2021-10")
    if not report.check(run.rc == 0, "template --out T.csv", "", f"exit {run.rc}{_tail(run.text)}"):
        return
    header = (folder / "template.csv").read_text(encoding="utf-8-sig").splitlines()[:2]
    ids = header[1].split(",")
    lines = list(header)
    expected = []
    for path in sorted((ROOT / "examples").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        values = {f"enterprise.{k}": v for k, v in data["enterprise"].items()}
        values.update(reference_date=data["reference_date"], **data["answers"])
        values["areas"] = "、".join(data["areas"] or [])
        values["projects"] = "；".join(f"{p['name']}：{'、'.join(p['items'])}" for p in data["projects"])
        lines.append(",".join(_csv_cell(values.get(i, "")) for i in ids))
        total = json.loads(runner.run(APP_NAME + "-cli", "assess", str(path), "--format", "json").out)["total"]
        expected.append((total["low"], total["high"]))
    (folder / "filled.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    out = folder / "result.xlsx"
    run = runner.run(APP_NAME + "-cli", "batch", str(folder / "filled.csv"), "--out", str(out),
                     "--pdf-dir", str(folder / "pdf"), "--hrba-dir", str(folder / "hrba"))
    check_output(report, "batch", run)
    if not report.check(run.rc == 0 and out.is_file(), "batch: exit 0 and a result workbook",
                        f"{run.seconds:.1f} s", f"exit {run.rc}{_tail(run.text)}"):
        return
    pdfs = list((folder / "pdf").glob("*.pdf"))
    hrbas = list((folder / "hrba").glob("*.hrba"))
    report.check(len(pdfs) == len(hrbas) == len(expected), "batch: one PDF and one .hrba per enterprise",
                 f"{len(pdfs)} PDF, {len(hrbas)} .hrba")
    try:
        import openpyxl

        sheet = openpyxl.load_workbook(out)["汇总"]
        got = [(r[6], r[7]) for r in sheet.iter_rows(min_row=2, values_only=True)]
    except ImportError:
        report.skip("batch: totals equal assess's", "openpyxl is not importable here")
        return
    report.check(got == expected, "batch: totals equal assess's", str(got), f"{got} != {expected}")


def _csv_cell(value: object) -> str:
    text = ("是" if value else "否") if isinstance(value, bool) else str(value)
    return f'"{text}"' if "," in text else text


def _unfrozen_json(*args: str) -> dict[str, object] | None:
    """The unfrozen CLI's JSON output (default: ``assess EXAMPLE --format json``), with an empty data folder."""
    args = args or ("assess", str(EXAMPLE), "--format", "json")
    try:
        with tempfile.TemporaryDirectory(prefix="hrb-smoke-data-") as data:
            proc = subprocess.run([sys.executable, "-m", "hrb_desktop", *args],
                                  capture_output=True, timeout=TIMEOUT, cwd=ROOT,
                                  env={**os.environ, "PYTHONIOENCODING": "utf-8", "HRB_DESKTOP_DATA_DIR": data})
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    result: dict[str, object] = json.loads(proc.stdout.decode("utf-8"))
    return result


def check_gui(report: Report, runner: Runner, scratch: Path) -> None:
    if not (ROOT / "hrb_desktop" / "ui" / "app.py").is_file():
        report.skip("gui --screenshot", "hrb_desktop/ui/app.py does not exist yet (the wizard is being built)")
        return
    png = scratch / "out" / "first-page.png"
    png.parent.mkdir(exist_ok=True)
    run = runner.run(APP_NAME, "--screenshot", str(png))
    check_output(report, "gui --screenshot", run)
    data = png.read_bytes() if png.is_file() else b""
    ok = run.rc == 0 and data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000
    report.check(ok, "gui --screenshot: exit 0 and a PNG", f"{len(data)} bytes, {run.seconds:.1f} s",
                 f"exit {run.rc}, {len(data)} bytes{_tail(run.text)}")
    if ok:
        keep = ROOT / "build" / "smoke-first-page.png"
        keep.parent.mkdir(exist_ok=True)
        shutil.copyfile(png, keep)
        print(f"      (screenshot kept at {keep})")
    check_gui_start(report, runner)


def check_gui_start(report: Report, runner: Runner) -> None:
    """A user's start: the window paints, then the policy, Qt's catalogues and every page load.

    ``HRB_DESKTOP_EXIT_AFTER_PAINT=ready`` makes the app print ``ready`` and exit once loaded.
    """
    run = runner.run(APP_NAME, env={"HRB_DESKTOP_EXIT_AFTER_PAINT": "ready"})
    check_output(report, "gui start", run)
    ready = any(line.startswith("ready ") for line in run.out.splitlines())
    report.check(run.rc == 0 and ready, "gui start: window painted, then the policy loaded",
                 f"{run.seconds:.1f} s", f"exit {run.rc}{_tail(run.text)}")


def _version() -> str:
    text = (ROOT / "hrb_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    return match.group(1) if match else "?"


def check_version_resource(report: Report, workpath: Path) -> None:
    files = sorted(workpath.glob("**/version_info-*.txt"))
    if not files:
        report.skip("windows version resource", "no generated version_info files (not built here)")
        return
    try:
        import types

        import PyInstaller.compat

        # versioninfo imports pefile and win32api (Windows-only) but only uses them to
        # write the resource into an .exe; parsing and serialising do not need them.
        sys.modules.setdefault("pefile", types.ModuleType("pefile"))
        if not hasattr(PyInstaller.compat, "win32api"):
            PyInstaller.compat.win32api = None  # type: ignore[attr-defined]
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
    except ImportError:
        report.skip("windows version resource", "PyInstaller not importable")
        return
    try:
        for f in files:
            info = load_version_info_from_text_file(str(f))
            info.toRaw()
            if _version() not in str(info):
                raise ValueError(f"{f.name} does not carry version {_version()}")
    except Exception as exc:  # any parse error is a failure of the generated file
        report.fail("windows version resource parses", f"{exc}")
        return
    report.ok("windows version resource parses", ", ".join(f.name for f in files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the frozen hrb-desktop.")
    parser.add_argument("--no-build", action="store_true", help="test the existing bundle")
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    report = Report()
    started = time.monotonic()

    if not args.no_build:
        print("== building (packaging/build.py) ==", flush=True)
        proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                               "--distpath", str(args.distpath), "--workpath", str(args.workpath)])
        if not report.check(proc.returncode == 0, "build", f"exit {proc.returncode}"):
            return summary(report, started)
    bundle = args.distpath.resolve() / APP_NAME
    if not report.check(bundle.is_dir(), "bundle exists", str(bundle)):
        return summary(report, started)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"== testing {bundle} ({size / 1e6:.1f} MB) ==", flush=True)

    with tempfile.TemporaryDirectory(prefix="hrb-smoke-") as tmp:
        scratch = Path(tmp)
        runner = Runner(bundle, scratch)
        if runner.offline:
            report.ok("offline", "programs run in a network namespace without network (unshare -rn)")
        else:
            report.skip("offline", "unshare -rn not available: programs run with the network present "
                        "(tests/test_offline.py proves offline use)")
        check_layout(report, bundle)
        check_version_resource(report, args.workpath.resolve())
        check_utf8_mode(report, bundle)
        check_cli(report, runner, scratch)
        check_cli_encoding(report, runner)
        check_batch(report, runner, scratch)
        check_gui(report, runner, scratch)
    return summary(report, started)


def summary(report: Report, started: float) -> int:
    counts = {s: sum(1 for r in report.rows if r[0] == s) for s in ("PASS", "FAIL", "SKIP")}
    verdict = "FAIL" if report.failed else "PASS"
    print(f"\nsmoke test {verdict}: {counts['PASS']} passed, {counts['FAIL']} failed, {counts['SKIP']} skipped "
          f"({time.monotonic() - started:.0f} s)")
    for status, name, detail in report.rows:
        if status != "PASS":
            print(f"  {status} {name}: {detail.splitlines()[0] if detail else ''}")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
