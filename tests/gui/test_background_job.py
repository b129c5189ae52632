"""The one background-job helper: work runs off the UI thread, outcomes come back as signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from infointerview.ui.widgets.background_job import start_job


class Cancelled(Exception):
    pass


def run(qtbot, work: Callable[..., object], **kw: object) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
    pool = QThreadPool()
    parent = QObject()
    outcomes: list[tuple[str, object]] = []
    start_job(
        pool, work, parent,
        finished=lambda result: outcomes.append(("finished", result)),
        failed=lambda message: outcomes.append(("failed", message)),
        cancelled=lambda: outcomes.append(("cancelled", None)),
        **kw,  # type: ignore[arg-type]
    )
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    pool.waitForDone()
    return outcomes


def test_the_result_arrives_on_the_ui_thread_with_progress_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}
    steps: list[tuple[int, int]] = []

    def work(progress: Callable[[int, int], None], cancel: threading.Event) -> int:
        seen["worker"] = threading.get_ident()
        progress(1, 2)
        return 42

    def finished(result: object) -> None:
        seen["handler"] = threading.get_ident()
        outcomes.append(result)

    outcomes: list[object] = []
    pool = QThreadPool()
    start_job(pool, work, None, finished=finished, progress=lambda d, t: steps.append((d, t)))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes == [42] and steps == [(1, 2)]
    assert seen["worker"] != ui_thread and seen["handler"] == ui_thread


def test_a_known_failure_reports_its_message_an_unknown_one_its_type_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    def missing(progress: object, cancel: object) -> None:
        raise FileNotFoundError("No such file: a.csv")

    def broken(progress: object, cancel: object) -> None:
        raise ZeroDivisionError("division by zero")

    assert run(qtbot, missing) == [("failed", "No such file: a.csv")]
    assert run(qtbot, broken) == [("failed", "ZeroDivisionError: division by zero")]


def test_a_cancelling_exception_reports_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress: object, cancel: object) -> None:
        raise Cancelled()

    assert run(qtbot, work, cancelled_by=(Cancelled,)) == [("cancelled", None)]


def test_a_job_whose_owner_is_gone_reports_to_nobody(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    calls: list[object] = []

    def work(progress: object, cancel: object) -> int:
        release.wait(5)
        return 1

    pool = QThreadPool()
    owner = QObject()
    start_job(pool, work, owner, finished=calls.append)
    witness: list[object] = []
    start_job(pool, lambda p, c: 2, None, finished=witness.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5000)
    release.set()
    pool.waitForDone()
    qtbot.waitUntil(lambda: witness == [2], timeout=5000)  # outcomes did arrive meanwhile
    assert calls == []


def test_many_jobs_each_report_once_to_their_own_handlers(qtbot) -> None:  # type: ignore[no-untyped-def]
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    results: list[int] = []
    for n in range(200):
        start_job(pool, lambda p, c, n=n: n, None, finished=results.append)
    qtbot.waitUntil(lambda: len(results) == 200, timeout=20000)
    pool.waitForDone()
    assert sorted(results) == list(range(200))


def test_a_job_finishing_after_the_mailbox_is_gone_stays_quiet(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At shutdown the mailbox can be deleted while a worker still runs: its outcome
    is dropped, not raised in the worker thread."""
    import infointerview.ui.widgets.background_job as jobs

    release = threading.Event()
    pool = QThreadPool()
    raised: list[BaseException] = []
    job = start_job(pool, lambda p, c: release.wait(5), None, finished=lambda r: None)
    original = job.run

    def run() -> None:
        try:
            original()
        except BaseException as exc:
            raised.append(exc)

    box = jobs._mailbox
    assert box is not None
    box.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box), timeout=5000)
    pool.start(run)  # a second run of the same job, against the deleted mailbox
    release.set()
    pool.waitForDone()
    assert raised == []
