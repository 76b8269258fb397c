"""Start the wizard: ``hrb-desktop [FILE] [--lang zh|en] [--screenshot PATH]``.

The window is shown and painted first; the policy is loaded right after, so
the user sees the application at once. No traceback ever reaches a user: an
unexpected error shows a message box and is logged to stderr.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from hrb_desktop.core.lang import Lang
    from hrb_desktop.ui.main_window import MainWindow


USAGE = """usage: hrb-desktop [FILE] [--lang zh|en] [--screenshot PATH]

Opens the 哈政规〔2021〕10号 self-assessment wizard (申报前自评估向导).
  FILE               an assessment file (.hrba) to open
  --lang zh|en       interface language for this run
  --screenshot PATH  render the first page to PATH (PNG) and exit
Command-line use (assess, policy, schema): hrb-desktop --help
"""


class Options:
    """The parsed command line (a plain class: dataclasses would add start-up imports)."""

    def __init__(self) -> None:
        self.file: Path | None = None
        self.lang: str | None = None
        self.screenshot: Path | None = None


class UsageError(Exception):
    pass


def _parse(argv: list[str]) -> Options:
    """Parse the wizard's three options by hand: argparse's gettext set-up costs start-up time."""
    options = Options()
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, _, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in ("--lang", "--screenshot"):
            value = inline or (args.pop(0) if args else "")
            if not value:
                raise UsageError(f"{name} needs a value")
            if name == "--lang":
                if value not in ("zh", "en"):
                    raise UsageError(f"--lang must be zh or en, not {value!r}")
                options.lang = value
            else:
                options.screenshot = Path(value)
        elif arg.startswith("-"):
            raise UsageError(f"unknown option {arg}")
        elif options.file is None:
            options.file = Path(arg)
        else:
            raise UsageError(f"only one FILE can be opened, got {arg!r} too")
    return options


def choose_language(option: str | None, settings: object) -> Lang:
    """``--lang`` for this run, else the language chosen in the app, else the system locale's."""
    from hrb_desktop.ui.i18n import system_language

    if option in ("zh", "en"):
        return option  # type: ignore[return-value]
    stored = settings.stored_language()  # type: ignore[attr-defined]
    return stored if stored is not None else system_language()


def install_excepthook(interactive: bool = True) -> None:
    """Show unexpected errors in a message box (no traceback) and log them to stderr.

    Without a user to answer (``--screenshot``, benchmarks) a modal box would hang
    the run, so the application exits with status 70 instead.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import traceback  # late: only ever needed after something went wrong

        print(
            "hrb-desktop: unexpected error\n" + "".join(traceback.format_exception(kind, value, tb)),
            file=sys.stderr,
        )
        if QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
            return
        if not interactive:
            QApplication.exit(70)
            return
        try:
            from PySide6.QtWidgets import QMessageBox  # late: not needed before the first paint

            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("app", "程序出错"),
                QApplication.translate("app", "发生了意外错误，刚才的操作可能没有完成。"),
            )
            box.setInformativeText(
                QApplication.translate(
                    "app", "您的评估会自动保存；建议先“另存为”一份，再继续。\n错误：{0}"
                ).format(str(value) or kind.__name__)
            )
            from hrb_desktop.ui.safe_text import plain_message_box

            plain_message_box(box).exec()  # the error may quote a file
        except Exception:
            pass

    sys.excepthook = hook


class AfterFirstPaint(QObject):
    """Call ``callback`` once, right after ``widget`` has painted for the first time.

    Why not ``QTimer.singleShot(0, load)`` after ``show()``: Qt delivers posted
    events before the window system's expose, so the policy (about a second)
    would load before anything reached the screen. A window that never paints
    (started minimised, say) still loads after ``fallback_ms``.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], object], fallback_ms: int = 1000) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self.fired = False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # runs once this paint has finished
        return False

    def _fire(self) -> None:
        if self.fired:
            return
        self.fired = True
        self._widget.removeEventFilter(self)
        self._callback()


class _FirstPaint(QObject):
    """For the start-up benchmarks: print the time of the first paint and end the process.

    Installed after ``AfterFirstPaint``, so Qt asks it first and its exit is
    queued before the loading: the run ends at the paint, by the normal path.
    ``os._exit`` because ``quit()`` would still deliver the queued loading and
    close the window (writing its geometry to the settings) before returning.
    With ``modules_file``, the names of the modules loaded at that moment are written
    there first (tests/ui/test_first_paint_modules.py compares them with an allow-list).
    """

    def __init__(self, app: QApplication, modules_file: str = "") -> None:
        super().__init__(app)
        self.done = False
        self._modules_file = modules_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            if self._modules_file:
                Path(self._modules_file).write_text("\n".join(sorted(sys.modules)) + "\n", encoding="utf-8")
            print(f"painted {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


def main(argv: list[str]) -> int:
    gc.disable()  # until the policy has loaded: see settle_garbage_collector
    try:
        return _main(argv)
    finally:
        gc.enable()  # whichever way the run ended


def _main(argv: list[str]) -> int:
    try:
        args = _parse(argv)
    except UsageError as exc:
        print(f"hrb-desktop: {exc}\n\n{USAGE}", file=sys.stderr)
        return 2
    if args.screenshot is not None and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["hrb-desktop"])
    assert isinstance(app, QApplication)
    # Benchmarks and the frozen smoke test: "1" ends the process at the first paint, "ready" once loaded.
    exit_after = os.environ.get("HRB_DESKTOP_EXIT_AFTER_PAINT", "")
    install_excepthook(interactive=args.screenshot is None and not exit_after)
    window = build_window(app, args.lang, restore_geometry=args.screenshot is None)
    if args.screenshot is not None:
        return _screenshot(app, window, args.screenshot)
    load_after_first_paint(window, args.file, then=_exit_when_ready if exit_after == "ready" else None)
    if exit_after and exit_after != "ready":
        window.wizard.installEventFilter(_FirstPaint(app, os.environ.get("HRB_DESKTOP_MODULES_AT_PAINT", "")))
    window.show()
    return app.exec()


def build_window(app: QApplication, lang_option: str | None, restore_geometry: bool = True) -> MainWindow:
    """The main window in the user's language and its last size (else fitted to the screen), not yet loaded."""
    from hrb_desktop.ui import fonts, i18n
    from hrb_desktop.ui.main_window import MainWindow
    from hrb_desktop.ui.settings import AppSettings, set_application_identity

    set_application_identity()
    fonts.apply_app_font(app)
    settings = AppSettings()
    lang = choose_language(lang_option, settings)
    i18n.install(lang, with_qt=False)  # Qt's own catalogues follow in MainWindow.load()
    window = MainWindow(settings=settings, lang=lang)
    geometry = settings.window_geometry() if restore_geometry else None
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.fit_to_screen()
    return window


def _exit_when_ready() -> None:
    """For the start-up benchmark's ``HRB_DESKTOP_EXIT_AFTER_PAINT=ready``: the window is usable."""
    print(f"ready {time.time():.6f}", flush=True)
    os._exit(0)


def load_after_first_paint(
    window: MainWindow, file: Path | None, then: Callable[[], object] | None = None
) -> AfterFirstPaint:
    """Once the window is on screen, load the policy, then open FILE or offer a recovery.

    Call before ``show()``: on some platforms the first paint happens inside it.
    """

    def finish_loading() -> None:
        from PySide6.QtCore import Qt

        # The window cannot answer while the policy loads (about a second on a slow PC): say so.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            window.load()
        finally:
            QApplication.restoreOverrideCursor()
            settle_garbage_collector()
        if file is not None:
            window.open(file)
        else:
            window.offer_recovery()
        if then is not None:
            then()

    return AfterFirstPaint(window.wizard, finish_loading)


def settle_garbage_collector() -> None:
    """Start-up is over: keep what it built out of every later collection, and collect again.

    The entry points turn the collector off while Qt and the policy load: those ~40 collections
    free nothing and cost ~14 ms before the first paint. ``gc.freeze`` then moves the half
    million objects of start-up (Qt's signatures, pydantic's schemas) to a generation that is
    never scanned, so that a full collection while the user types stays short.
    """
    gc.freeze()
    gc.enable()


def _screenshot(app: QApplication, window: MainWindow, path: Path) -> int:
    window.resize(1366, 768)
    window.show()
    window.load()
    settle_garbage_collector()
    app.processEvents()
    image = window.grab()
    ok = image.save(str(path))
    window.session.close_cleanly()
    window.hide()
    if not ok:
        print(f"hrb-desktop: could not write {path}", file=sys.stderr)
        return 4
    return 0
