"""Long work (reports, cards, imports, exports, merges) off the UI thread, with a progress dialog and Cancel.

The work is a plain function `work(report)` that calls `report(done, total)` now and then; `report` returns
False once the user pressed Cancel, and the work should then stop (raising Cancelled or returning). The
worker never touches a widget: it talks to the window only through signals."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mediator_desk.errors import Cancelled, MediatorDeskError

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, expected (a typed error the user can act on)
    cancelled = Signal()


class Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], bool]], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancel_requested = False
        self.setAutoDelete(False)

    def report(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.cancel_requested

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except Cancelled:
            self.signals.cancelled.emit()
        except MediatorDeskError as exc:
            self.signals.failed.emit(str(exc), True)
        except Exception as exc:  # noqa: BLE001 - shown to the user and logged, never a silent failure
            log.error("Background work failed\n%s", traceback.format_exc())
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", False)
        else:
            if self.cancel_requested:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


class JobRunner(QObject):
    """Runs one job at a time for a page, with a modal progress dialog (or none, when `dialog` is False)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.pool = QThreadPool(self)
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None

    def busy(self) -> bool:
        return self.job is not None

    def start(self, title: str, work, on_done: Callable[[object], None], on_failed: Callable[[str], None], *,
              label: str = "", dialog: bool = True, on_cancelled: Callable[[], None] | None = None) -> Job:
        job = Job(work)
        self.job = job
        if dialog:
            box = QProgressDialog(label or title, self.tr("Cancel"), 0, 0, self.parent_widget)
            box.setWindowTitle(title)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setMinimumDuration(300)
            box.setAutoClose(False)
            box.setAutoReset(False)
            box.canceled.connect(lambda: setattr(job, "cancel_requested", True))
            job.signals.progressed.connect(lambda done, total: (box.setMaximum(max(total, 0)),
                                                                 box.setValue(min(done, total) if total else 0)))
            self.dialog = box

        def finish(callback, *args) -> None:
            if self.dialog is not None:
                self.dialog.reset()
                self.dialog.deleteLater()
                self.dialog = None
            self.job = None
            if callback is not None:
                callback(*args)

        job.signals.finished.connect(lambda result: finish(on_done, result))
        job.signals.failed.connect(lambda message, _expected: finish(on_failed, message))
        job.signals.cancelled.connect(lambda: finish(on_cancelled))
        self.pool.start(job)
        return job

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
