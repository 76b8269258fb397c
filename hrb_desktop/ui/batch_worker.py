"""Runs the core batch in a worker thread, so the window never freezes.

The worker owns no widgets: it reports through queued signals, and Cancel sets a
flag the core checks between rows. The core removes whatever the run had
written before it reports ``cancelled`` or ``failed``.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal

from hrb_desktop.core.batch.errors import BatchInputError, BatchOutputError, Cancelled
from hrb_desktop.core.batch.run import Options, Progress, open_source, run_batch
from hrb_desktop.core.policy_model import Policy


class BatchWorker(QObject):
    progressed = Signal(str, int, int)  # phase, done, total (0: not known yet)
    succeeded = Signal(object)  # BatchResult
    failed = Signal(str, list)  # summary, problems: ready to show, in the user's language
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, policy: Policy, source: Path, out: Path, options: Options) -> None:
        super().__init__()
        self.policy, self.source, self.out, self.options = policy, source, out, options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        lang = self.options.lang
        try:
            self.progressed.emit("read", 0, 0)
            source = open_source(self.source, lang, self._cancel.is_set)
            result = run_batch(self.policy, source, self.out, self.options, self._progress, self._cancel.is_set)
        except Cancelled:
            self.cancelled.emit()
        except (BatchInputError, BatchOutputError) as exc:
            self.failed.emit(exc.summary, list(exc.problems))
        except Exception as exc:  # never a traceback in front of the user; the detail goes to stderr
            print(f"hrb-desktop: batch failed: {exc!r}", file=sys.stderr)
            text = "批量评估意外中止，未写入任何文件。" if lang == "zh" else "The batch stopped unexpectedly; nothing was written."
            self.failed.emit(text, [f"{type(exc).__name__}: {exc}"])
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()

    def _progress(self, progress: Progress) -> None:
        self.progressed.emit(progress.phase, progress.done, progress.total)


def start(worker: BatchWorker, parent: QObject) -> QThread:
    """Run ``worker`` in a new thread that ends when the worker finishes (the caller waits on it
    and lets it go)."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit from the worker's own thread, so a window waiting on the thread (closing) never deadlocks.
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
