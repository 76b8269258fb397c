"""Keystroke → updated award panel, against the same keystroke into a bare QLineEdit.

    python benchmarks/bench_panel.py [--keys 300]

Types into the Art. 1 investment field of the equipment-manufacturer example
(the engine re-evaluates all items and the panel refreshes synchronously on
each key) and prints medians and the ratio. Target: median ≤ 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

ROOT = Path(__file__).resolve().parent.parent
KEYS = [Qt.Key.Key_1, Qt.Key.Key_Backspace]  # 12800 <-> 128001: the amount changes every key


def _time_keys(edit: QLineEdit, count: int) -> list[float]:
    times = []
    for n in range(count):
        key = KEYS[n % 2]
        start = time.perf_counter()
        QTest.keyClick(edit, key)
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(["bench_panel"])
    from hrb_desktop.ui.fonts import apply_app_font
    from hrb_desktop.ui.main_window import MainWindow
    from hrb_desktop.ui.settings import AppSettings

    apply_app_font(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings=settings, autosave_dir=Path(tmp) / "autosave")
        window.resize(1366, 768)
        window.show()
        window.load()
        window.open(ROOT / "examples" / "equipment-manufacturer-2023.json")
        window.session.autosave_delay = 10**9  # measure the panel, not the disk
        for _ in range(3):
            window.wizard.next()
        page = window.wizard.currentPage()
        edit = page.block.rows["a1_investment"].field.edit  # type: ignore[attr-defined]
        edit.setFocus()
        edit.end(False)
        _time_keys(edit, 20)  # warm up
        panel_times = _time_keys(edit, args.keys)
        assert window.panel is not None and window.panel.last_result is not None

        bare = QLineEdit()
        bare.resize(300, 30)
        bare.show()
        bare.setText("12800")
        _time_keys(bare, 20)
        base_times = _time_keys(bare, args.keys)
        window.session.close_cleanly()
        window.ctx = None
        window.close()

    panel_med, base_med = statistics.median(panel_times), statistics.median(base_times)
    p90 = statistics.quantiles(panel_times, n=10)[-1]
    print(f"keystrokes: {args.keys} each")
    print(f"with panel : median {panel_med:.2f} ms, p90 {p90:.2f} ms, max {max(panel_times):.2f} ms")
    print(f"bare edit  : median {base_med:.3f} ms")
    print(f"ratio      : {panel_med / base_med:.1f}x the bare keystroke")
    print(f"target     : median <= 16 ms -> {'OK' if panel_med <= 16 else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # skip PySide6's interpreter-shutdown teardown, which can abort after a run
