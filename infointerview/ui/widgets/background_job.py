"""The one way to run long work off the UI thread: a job on a QThreadPool.

The work is a plain function ``work(progress, cancel)``: ``progress(done,
total)`` reports how far it got and ``cancel`` is a :class:`threading.Event`
it may poll. It never touches a widget; its outcome comes back to the UI
thread through one long-lived :class:`_Mailbox` (a queued signal) and is
handed to the job's handlers there. A job that uses the database opens its
own connection (``services.background.own_connection``).

No Qt object is made or deleted per job. An earlier version gave each job a
``QObject`` of signals and ``deleteLater()``-ed it once the outcome was in;
the worker thread still held the last Python reference to it, and the two
threads racing over that object's end crashed the process in ``~QObject``
now and then (seen with the calendar publisher and the calendar settings
page, tests/gui/test_calendar_publishing.py).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from infointerview.services.background import REPORTED_ERRORS

Work = Callable[[Callable[[int, int], None], threading.Event], Any]


@dataclass
class _Handlers:
    parent: QObject | None
    finished: Callable[[Any], None] | None
    failed: Callable[[str], None] | None
    progress: Callable[[int, int], None] | None
    cancelled: Callable[[], None] | None


class _Mailbox(QObject):
    """Lives on the UI thread for the whole run; workers post outcomes to it."""

    deliver = Signal(int, str, object)  # job id, "progress"/"finished"/"failed"/"cancelled", payload

    def __init__(self) -> None:
        super().__init__()
        self.handlers: dict[int, _Handlers] = {}  # touched on the UI thread only
        self.deliver.connect(self._dispatch)

    @Slot(int, str, object)
    def _dispatch(self, job_id: int, kind: str, payload: Any) -> None:
        handlers = self.handlers.get(job_id)
        if handlers is None:
            return
        if handlers.parent is not None and not shiboken6.isValid(handlers.parent):
            del self.handlers[job_id]  # its owner is gone: nobody to tell
            return
        if kind == "progress":
            if handlers.progress is not None:
                handlers.progress(*payload)
            return
        del self.handlers[job_id]
        if kind == "finished" and handlers.finished is not None:
            handlers.finished(payload)
        elif kind == "failed" and handlers.failed is not None:
            handlers.failed(payload)
        elif kind == "cancelled" and handlers.cancelled is not None:
            handlers.cancelled()


_mailbox: _Mailbox | None = None
_ids = itertools.count(1)


def _the_mailbox() -> _Mailbox:
    global _mailbox
    if _mailbox is None or not shiboken6.isValid(_mailbox):
        _mailbox = _Mailbox()
    return _mailbox


class BackgroundJob:
    """Runs ``work(progress, cancel_event)`` on a pool thread and posts its outcome.

    An exception of a ``cancelled_by`` type reports ``cancelled``; one of
    ``services.background.REPORTED_ERRORS`` reports its message, anything else
    its type and message (a worker never crashes the app). ``cancel`` is the
    event the work may poll.
    """

    def __init__(
        self,
        work: Work,
        job_id: int,
        mailbox: _Mailbox,
        cancelled_by: tuple[type[BaseException], ...] = (),
    ) -> None:
        self.work = work
        self.job_id = job_id
        self.cancelled_by = cancelled_by
        self.cancel = threading.Event()
        self._emit = mailbox.deliver.emit  # bound once, on the UI thread

    def _post(self, job_id: int, kind: str, payload: Any) -> None:
        try:
            self._emit(job_id, kind, payload)
        except RuntimeError:  # the mailbox is gone: the application is shutting down
            pass

    def _progress(self, done: int, total: int) -> None:
        self._post(self.job_id, "progress", (done, total))

    def run(self) -> None:
        try:
            result = self.work(self._progress, self.cancel)
        except self.cancelled_by:
            self._post(self.job_id, "cancelled", None)
        except REPORTED_ERRORS as exc:
            self._post(self.job_id, "failed", str(exc))
        except Exception as exc:  # report, never crash the app from a worker
            self._post(self.job_id, "failed", f"{type(exc).__name__}: {exc}")
        else:
            self._post(self.job_id, "finished", result)


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
    """Start ``work`` on ``pool`` (call on the UI thread); the handlers run on the UI thread.

    If ``parent`` has been deleted by the time the outcome arrives, the
    handlers are not called.
    """
    mailbox = _the_mailbox()
    job_id = next(_ids)
    mailbox.handlers[job_id] = _Handlers(parent, finished, failed, progress, cancelled)
    job = BackgroundJob(work, job_id, mailbox, cancelled_by)
    pool.start(job.run)
    return job
