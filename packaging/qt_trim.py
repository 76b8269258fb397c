"""Trimming rules shared by ``hrb_desktop.spec`` and ``benchmarks/bench_bundle.py``.

PyInstaller's PySide6 hooks collect more of Qt than a Widgets-only app uses.
The app uses QtCore, QtGui, QtWidgets (and possibly QtSvg / QtPrintSupport);
it never uses the network, QML/Quick, D-Bus or OpenGL. These rules drop the
Python modules (``EXCLUDED_MODULES``, passed to ``Analysis(excludes=...)``) and
then filter the collected binaries and data files (``trim``).

A binary is only dropped if no binary that stays links against it: on Linux
``libQt6Gui.so.6`` itself needs ``libQt6DBus.so.6``, so there the library
stays (only the unused ``PySide6.QtDBus`` module goes), while on Windows
``Qt6DBus.dll`` goes too.
"""

from __future__ import annotations

import os
import re
import sys

EXCLUDED_MODULES = [
    # Qt modules the app does not use.
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtQmlFeatures",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtLabsStyleKit",
    # Development tools that hooks drag in (pydantic's hook collects pydantic.mypy,
    # which imports mypy; pytest plugins import hypothesis / PIL).
    "mypy",
    "pydantic.mypy",
    "ast_serialize",
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_benchmark",
    "pypdf",
    # NOT PIL: reportlab imports Pillow. But the PDF holds no AVIF / WebP images,
    # no colour profiles and no Tk: drop those plugins and their libraries (~7 MB).
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
    "IPython",
    "numpy",
    # openpyxl (the batch's reader) uses lxml when it happens to be installed; without it,
    # the standard library's expat parser, which refuses entity-expansion attacks (~9.6 MB).
    "lxml",
    # An offline app: no TLS (saves libssl + libcrypto, ~5 MB). urllib, http.client
    # and asyncio import ssl optionally and work without it.
    "ssl",
    "_ssl",
    "readline",
    # Not used on any of the app's paths (checked by packaging/smoke_test.py: CLI, PDF,
    # batch and GUI): reportlab's optional encoding sniffer, asyncio and multiprocessing;
    # the YAML C parser goes too, as the bundle ships the policy as JSON (see
    # hrb_desktop.spec); `policy check` of a YAML file still works. The XML parsers
    # (xml.etree, pyexpat) stay: the batch reads workbooks with them.
    "charset_normalizer",
    "yaml._yaml",
    "_yaml",
    "asyncio",
    "multiprocessing",
    "_multiprocessing",
    "_posixshmem",
    # Optional accelerators whose pure-Python fallbacks serve (zoneinfo, uuid).
    "_zoneinfo",
    "_uuid",
    # Nor other GUI toolkits and heavy stdlib parts.
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pydoc_data",
    "test",
    "lib2to3",
    "setuptools",
    "pkg_resources",
    "pip",
]

# Qt libraries (basenames without lib prefix / extension / version) and plugin
# paths to drop. Matched against the destination path in the bundle.
_QT_LIB = r"(?:lib)?Qt6(?:Network|Qml\w*|Quick\w*|DBus|OpenGL|OpenGLWidgets|Designer\w*|Help|Sql|Test|"
_QT_LIB += r"UiTools|Concurrent|Xml|Labs\w*|Lottie\w*|WaylandClient|WaylandCompositor\w*|WlShellIntegration|"
_QT_LIB += r"EglFSDeviceIntegration|EglFsKmsSupport|VirtualKeyboard\w*|Pdf\w*)"
_DROP_PATTERNS = [
    # Qt libraries of unused modules (Linux .so.6, Windows .dll, macOS framework).
    rf"(^|/){_QT_LIB}(\.so(\.\d+)*|\.dll|\.dylib)$",
    rf"(^|/){_QT_LIB}\.framework/",
    # PySide6's QML support library.
    r"(^|/)libpyside6qml[^/]*$",
    r"(^|/)pyside6qml[^/]*\.dll$",
    # Platform plugins the app never runs on: Wayland and EGLFS (and the
    # Wayland / EGL device integration plugin folders that go with them).
    r"/plugins/platforms/(lib)?q(wayland|eglfs|minimalegl)[^/]*$",
    # The VNC platform plugin serves the UI over the network (and needs QtNetwork).
    r"/plugins/platforms/(lib)?qvnc[^/]*$",
    # TUIO touch input arrives over UDP (and needs QtNetwork).
    r"/plugins/generic/(lib)?qtuiotouchplugin[^/]*$",
    # Linux: the GTK3 platform theme drags in GTK, cairo, pango and atk from the
    # build machine (~10 MB, and distribution-specific); Qt's Fusion style and the
    # XDG desktop portal theme cover dialogs.
    r"/plugins/platformthemes/(lib)?qgtk3[^/]*$",
    r"/plugins/(wayland-[^/]+|egldeviceintegrations)/",
    # Plugins of dropped modules.
    r"/plugins/(networkinformation|tls|qmltooling|qmllint|sqldrivers|designer|renderers|scenegraph)/",
    r"/qml/",
    # Software OpenGL (Windows, ~20 MB); the app draws no OpenGL.
    r"(^|/)opengl32sw\.dll$",
    # The D3D shader compiler is only needed for Qt Quick / RHI.
    r"(^|/)d3dcompiler_\d+\.dll$",
]
_DROP_RE = re.compile("|".join(f"(?:{p})" for p in _DROP_PATTERNS), re.IGNORECASE)

# Qt translations: keep Chinese (Simplified) and English only.
_TRANSLATION_RE = re.compile(r"/translations/(?P<base>[a-z_]+?)_(?P<lang>[a-zA-Z_]+)\.qm$", re.IGNORECASE)
KEEP_TRANSLATIONS = {"zh_CN", "en"}


def _norm(path: str) -> str:
    return "/" + path.replace(os.sep, "/").replace("\\", "/").lstrip("/")


def is_dropped(dest: str) -> bool:
    """Whether a bundle path (``PySide6/Qt/lib/libQt6Network.so.6``) is trimmed."""
    p = _norm(dest)
    if _DROP_RE.search(p):
        return True
    m = _TRANSLATION_RE.search(p)
    if m and "/PySide6/" in p:
        return m.group("lang") not in KEEP_TRANSLATIONS
    return False


def _imports(src: str) -> set[str]:
    """Lower-case basenames of the libraries a binary links against."""
    try:
        from PyInstaller.depend import bindepend
    except ImportError:  # pragma: no cover - only used inside PyInstaller
        return set()
    try:
        imports = bindepend.get_imports(src)
    except Exception:  # a binary PyInstaller cannot parse links nothing we drop
        return set()
    return {os.path.basename(e[0] if isinstance(e, tuple) else e).lower() for e in imports}


def _closure(entries, pool) -> set[str]:
    """Basenames (lower-case) of all bundle libraries ``entries`` need, transitively within ``pool``."""
    by_name = {os.path.basename(e[0]).lower(): e for e in pool}
    seen: set[str] = set()
    todo = [e[1] for e in entries]
    while todo:
        for name in _imports(todo.pop()):
            if name not in seen:
                seen.add(name)
                if name in by_name:
                    todo.append(by_name[name][1])
    return seen


def _protected(dest: str) -> bool:
    # Loaded by the bootloader, not linked: never an orphan.
    return bool(re.match(r"(lib)?python3|python3\d*\.dll|vcruntime|msvcp|ucrtbase|api-ms-", os.path.basename(dest), re.I))


def trim(binaries, datas, log=print):
    """Return ``(binaries, datas)`` without the trimmed entries (TOC tuples or lists).

    1. Drop binaries matching the patterns above, unless a kept binary links
       against them (checked transitively).
    2. Drop the libraries that only the dropped binaries pulled in (e.g. GTK,
       cairo and pango for the GTK platform theme, Kerberos for QtNetwork).
    """
    binaries = list(binaries)
    drop = [e for e in binaries if is_dropped(e[0])]
    keep = [e for e in binaries if not is_dropped(e[0])]
    needed = _closure(keep, binaries)
    rescued = [e for e in drop if os.path.basename(e[0]).lower() in needed]
    for e in rescued:
        log(f"qt_trim: keeping {e[0]} (a kept binary links against it)")
    drop = [e for e in drop if e not in rescued]
    keep += rescued
    # Orphans: needed by something dropped, by nothing kept.
    pulled_in = _closure(drop, binaries)
    candidates = [e for e in keep if os.path.basename(e[0]).lower() in pulled_in and not _protected(e[0])]
    still_needed = _closure([e for e in keep if e not in candidates], binaries)
    orphans = [e for e in candidates if os.path.basename(e[0]).lower() not in still_needed]
    drop += orphans
    keep = [e for e in keep if e not in orphans]
    keep_dat = [e for e in datas if not is_dropped(e[0])]
    size = sum(os.path.getsize(e[1]) for e in drop if os.path.isfile(e[1]))
    log(f"qt_trim: dropped {len(drop)} binaries ({size / 1e6:.1f} MB; {len(orphans)} of them only needed by "
        f"dropped ones) and {len(datas) - len(keep_dat)} data files")
    return keep, keep_dat


# Third-party binaries that wheels ship with their symbol tables (Pillow's
# _imaging.so alone carries 2.7 MB of them). Qt's libraries come stripped already.
_STRIP_RE = re.compile(r"^(PIL|pillow\.libs|pydantic_core|yaml)/", re.IGNORECASE)


def strip_foreign(binaries, workpath: str, log=print):
    """On Linux, replace third-party binaries by stripped copies (``strip --strip-unneeded``
    keeps the dynamic symbols they link by). Elsewhere, or without ``strip``, unchanged."""
    import shutil
    import subprocess

    tool = shutil.which("strip")
    if not sys.platform.startswith("linux") or tool is None:
        return list(binaries)
    out_dir = os.path.join(workpath, "stripped")
    os.makedirs(out_dir, exist_ok=True)
    result, saved = [], 0
    for entry in binaries:
        dest, src = entry[0], entry[1]
        if _STRIP_RE.match(dest.replace("\\", "/")) and os.path.isfile(src):
            copy = os.path.join(out_dir, dest.replace("/", "__"))
            shutil.copyfile(src, copy)
            if subprocess.run([tool, "--strip-unneeded", copy], capture_output=True).returncode == 0:
                saved += os.path.getsize(src) - os.path.getsize(copy)
                entry = (dest, copy, *entry[2:])
        result.append(entry)
    log(f"qt_trim: stripped third-party binaries, {saved / 1e6:.1f} MB saved")
    return result


def platform_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
