"""Build the frozen app: ``python packaging/build.py``.

Runs PyInstaller with ``packaging/hrb_desktop.spec`` and leaves the one-folder
bundle in ``dist/hrb-desktop/`` (``hrb-desktop[.exe]`` windowed GUI and
``hrb-desktop-cli[.exe]`` console twin). Works on Windows and Linux with
Python 3.11+ and the ``package`` extra installed (``pip install -e ".[package]"``).

Then on Windows compile ``packaging/windows/hrb_desktop.iss`` with Inno Setup 6
(``build.py --installer`` does it if ``ISCC.exe`` is found).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "hrb_desktop.spec"
ISS = ROOT / "packaging" / "windows" / "hrb_desktop.iss"
APP_NAME = "hrb-desktop"


def version() -> str:
    text = (ROOT / "hrb_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("build.py: no __version__ in hrb_desktop/__init__.py")
    return match.group(1)


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def find_iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def build(distpath: Path, workpath: Path, clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('build.py: PyInstaller is missing; install the extra: pip install -e ".[package]"') from None
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
           "--distpath", str(distpath), "--workpath", str(workpath)]
    if clean:
        cmd.append("--clean")
    print("build.py:", " ".join(cmd), flush=True)
    env = dict(os.environ)
    # Qt must not try to open a display while PyInstaller's hooks probe it.
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    bundle = distpath / APP_NAME
    exe_suffix = ".exe" if sys.platform == "win32" else ""
    cli = bundle / (APP_NAME + "-cli" + exe_suffix)
    if not cli.exists() and sys.platform != "win32":
        # One executable serves both outside Windows (see the spec); the CLI name is a link.
        cli.symlink_to(APP_NAME + exe_suffix)
    for name in (APP_NAME, APP_NAME + "-cli"):
        if not (bundle / (name + exe_suffix)).is_file():
            raise SystemExit(f"build.py: {bundle / (name + exe_suffix)} was not built")
    print(f"build.py: built {bundle} (version {version()}, {dir_size(bundle) / 1e6:.1f} MB, "
          f"{time.monotonic() - started:.0f} s)", flush=True)
    return bundle


def installer(distpath: Path) -> None:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("build.py: Inno Setup 6 (ISCC.exe) not found; install it or compile "
                         f"{ISS} by hand")
    cmd = [iscc, f"/DAppVersion={version()}", f"/DDistDir={distpath / APP_NAME}",
           f"/O{distpath}", str(ISS)]
    print("build.py:", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ISS.parent, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--installer", action="store_true",
                        help="(Windows) then compile the Inno Setup installer")
    args = parser.parse_args(argv)
    build(args.distpath.resolve(), args.workpath.resolve(), args.clean)
    if args.installer:
        installer(args.distpath.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
