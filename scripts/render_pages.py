"""Render every wizard page to PNG, offscreen, with the bundled CJK font.

    python scripts/render_pages.py OUTDIR [--example FILE] [--lang zh|en] [--size 1366x768]
                                   [--palette light|dark|hc-black|hc-white]

The window is 1366×768 unless ``--size`` says otherwise: 1093x544 is the space a
1366×768 laptop at 125 % scaling leaves below the title bar and above the taskbar.
``--palette`` renders under a dark or a Windows high-contrast theme (see hrb_desktop.ui.palettes);
the results page's explanation dialog of the first item is rendered too, as ``NN-explain.png``.

Uses throw-away settings and autosave folders, so nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXAMPLE = ROOT / "examples" / "equipment-manufacturer-2023.json"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--example", type=Path, default=DEFAULT_EXAMPLE)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--size", default="1366x768", help="window size WIDTHxHEIGHT (default 1366x768)")
    parser.add_argument("--palette", choices=("light", "dark", "hc-black", "hc-white"), default="light")
    args = parser.parse_args(argv)
    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size must look like 1366x768, not {args.size!r}")
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["render_pages"])
    from hrb_desktop.ui.fonts import apply_app_font
    from hrb_desktop.ui.main_window import MainWindow
    from hrb_desktop.ui.settings import AppSettings

    family = apply_app_font(app)  # type: ignore[arg-type]
    if args.palette != "light":
        from hrb_desktop.ui.palettes import sample_palette

        app.setPalette(sample_palette(args.palette))  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings=settings, lang=args.lang, autosave_dir=Path(tmp) / "autosave")
        window.setMinimumSize(min(width, window.minimumWidth()), min(height, window.minimumHeight()))
        window.resize(width, height)
        window.show()
        window.load()
        shots = [_grab(window, args.outdir, 0, "start")]
        if not window.open(args.example):
            return 1
        window.session.set_areas(None)  # every article page, not just the example's
        wizard = window.wizard
        wizard.reload()
        n = 1
        while True:
            wizard.next()
            app.processEvents()
            page = wizard.currentPage()
            name = type(page).__name__.removesuffix("Page").lower()
            if name == "article":
                name = f"article{page.article.number:02d}"  # type: ignore[attr-defined]
                if page.article.number == 1:  # type: ignore[attr-defined]
                    page.toggle.setChecked(True)  # type: ignore[attr-defined]  # the verbatim text, once
            shots.append(_grab(window, args.outdir, n, name))
            n += 1
            if wizard.nextId() == -1:
                break
            if not page.isComplete():
                print(f"stopped: {name} is incomplete: {page.errors()}", file=sys.stderr)  # type: ignore[attr-defined]
                break
        shots.append(_grab_explanation(window, args.outdir, n))
        window.session.close_cleanly()
        window.ctx = None
        window.close()
    print(f"font {family}; {len(shots)} pages written to {args.outdir}")
    return 0


def _grab(window, outdir: Path, n: int, name: str) -> Path:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    path = outdir / f"{n:02d}-{name}.png"
    window.grab().save(str(path))
    return path


def _grab_explanation(window, outdir: Path, n: int) -> Path:  # type: ignore[no-untyped-def]
    """The explanation dialog of the first eligible item (the one a click on the panel opens)."""
    from hrb_desktop.core.engine import Status
    from hrb_desktop.ui.explain_dialog import ExplainDialog

    result = window.session.result(window.lang)
    item = next((r for r in result.items if r.status == Status.eligible), result.items[0])
    dialog = ExplainDialog(window.ctx, item.id, window)
    dialog.show()
    QApplication.processEvents()
    path = outdir / f"{n:02d}-explain.png"
    dialog.grab().save(str(path))
    dialog.close()
    dialog.deleteLater()
    return path


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
