"""The one way to run long work off the UI thread: a job on a QThreadPool.

The work is a plain function ``work(progress, cancel)``: ``progress(done,
total)`` reports how far it got and ``cancel`` is a :class:`threading.Event`
it may poll. It never touches a widget; its outcome comes back to the UI
thread as a queued signal of :class:`JobSignals`. A job that uses the
database opens its own connection (``services.background.own_connection``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from infointerview.services.background import REPORTED_ERRORS

Work = Callable[[Callable[[int, int], None], threading.Event], Any]

_running: set[JobSignals] = set()


class JobSignals(QObject):
    """Signals of a :class:`BackgroundJob` (emitted from the worker thread, delivered queued).

    Signals:
        progress(done, total), finished(result), failed(message), cancelled().
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class BackgroundJob(QRunnable):
    """Runs ``work(progress, cancel_event)`` on a pool thread and reports through ``signals``.

    An exception of a ``cancelled_by`` type reports ``cancelled``; one of
    ``services.background.REPORTED_ERRORS`` reports its message, anything else
    its type and message (a worker never crashes the app).
    """

    def __init__(
        self,
        work: Work,
        signals: JobSignals,
        cancelled_by: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancelled_by = cancelled_by
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.cancel)
        except self.cancelled_by:
            self.signals.cancelled.emit()
        except REPORTED_ERRORS as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # report, never crash the app from a worker
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


def start_job(
    pool: QThreadPool,
    work: Work,
    parent: QObject | None = None,
    *,
    finished: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    cancelled_by: tuple[type[BaseException], ...] = (),
) -> BackgroundJob:
    """Start ``work`` on ``pool``; the handlers run on the UI thread (``parent``'s).

    The job's signals object is deleted once the job has reported its outcome.
    """
    signals = JobSignals(parent)
    if finished is not None:
        signals.finished.connect(finished)
    if failed is not None:
        signals.failed.connect(failed)
    if progress is not None:
        signals.progress.connect(progress)
    if cancelled is not None:
        signals.cancelled.connect(cancelled)
    _running.add(signals)  # kept alive until the outcome is delivered, parent or not

    def reported() -> None:
        _running.discard(signals)
        signals.deleteLater()

    for outcome in (signals.finished, signals.failed, signals.cancelled):
        outcome.connect(reported)  # after the handlers: the job has reported
    job = BackgroundJob(work, signals, cancelled_by)
    pool.start(job)
    return job
