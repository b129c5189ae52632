"""What a GUI test may not leave behind, and the autouse fixture that checks it.

After each GUI test (and after pytest-qt has closed the widgets registered with
``qtbot.addWidget``, which it does before any fixture is torn down), the test
fails if any of these is still there: a visible top-level widget, an active
QTimer under the application or any top-level widget, a running QThread, a
thread pool with work still running, or a Python thread the test started.
Whatever is found is stopped and closed, so one leak fails one test only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

WAIT_MS = 2000
"""How long running work may take to finish once the test is over."""


@dataclass
class Leak:
    what: str
    release: Callable[[], None]


def _name(obj: QObject) -> str:
    label = type(obj).__name__
    if obj.objectName():
        label += f" {obj.objectName()!r}"
    if isinstance(obj, QWidget) and obj.windowTitle():
        label += f" titled {obj.windowTitle()!r}"
    return label


def _flush_deletes() -> None:
    """Run pending deleteLater() calls (processEvents alone leaves them queued)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _close(widget: QWidget) -> None:
    if shiboken6.isValid(widget):
        widget.hide()
        widget.close()
        widget.deleteLater()


def _owners(app: QCoreApplication) -> list[QObject]:
    owners: list[QObject] = [app]
    if isinstance(app, QApplication):
        owners += [w for w in app.topLevelWidgets() if shiboken6.isValid(w)]
    return owners


def _children(owners: list[QObject], kind: type) -> list[QObject]:
    found: dict[int, QObject] = {}
    for owner in owners:
        for child in owner.findChildren(kind):
            if shiboken6.isValid(child):
                found[id(child)] = child
    return list(found.values())


def find_leaks(threads_before: set[threading.Thread], wait_ms: int = WAIT_MS) -> list[Leak]:
    """Everything left alive or running; ``threads_before`` are the Python threads
    that were already running when the test began."""
    leaks: list[Leak] = []
    app = QCoreApplication.instance()
    if app is not None:
        _flush_deletes()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if shiboken6.isValid(widget) and widget.isVisible():
                    leaks.append(Leak(f"a visible window: {_name(widget)}",
                                      lambda w=widget: _close(w)))
        owners = _owners(app)
        for timer in _children(owners, QTimer):
            assert isinstance(timer, QTimer)
            if timer.isActive():
                parent = timer.parent()
                where = f" in {_name(parent)}" if parent is not None else ""
                leaks.append(Leak(f"an active QTimer: {_name(timer)}{where}",
                                  lambda t=timer: t.stop()))
        for thread in _children(owners, QThread):
            assert isinstance(thread, QThread)
            if thread.isRunning() and not thread.wait(wait_ms):
                leaks.append(Leak(f"a running QThread: {_name(thread)}",
                                  lambda t=thread: (t.quit(), t.wait(wait_ms))))
        pools = [QThreadPool.globalInstance(), *_children(owners, QThreadPool)]
        for pool in pools:
            assert isinstance(pool, QThreadPool)
            if pool.activeThreadCount() > 0 and not pool.waitForDone(wait_ms):
                leaks.append(Leak(f"a thread pool still running work: {_name(pool)}",
                                  lambda p=pool: (p.clear(), p.waitForDone(wait_ms))))
        _flush_deletes()
    for thread in threading.enumerate():
        if thread in threads_before or thread is threading.current_thread():
            continue
        if isinstance(thread, threading._DummyThread):  # type: ignore[attr-defined]
            continue  # a Qt pool thread Python code ran on (e.g. it logged): the pools are checked above
        thread.join(wait_ms / 1000)
        if thread.is_alive():
            leaks.append(Leak(f"a Python thread still alive: {thread.name}", lambda: None))
    return leaks


@pytest.fixture(autouse=True)
def no_qt_leaks(qapp: QApplication) -> Iterator[None]:
    """Fail a GUI test that leaves a window shown, a timer active or a thread running.

    Autouse fixtures are set up before the fixtures a test asks for, so this one
    is torn down after them (``make_window``, ``open_window``...), and pytest-qt
    closes the ``qtbot.addWidget`` widgets in its teardown hook before any fixture
    is torn down: the check sees what the test and all its fixtures left.
    """
    before = set(threading.enumerate())
    yield
    leaks = find_leaks(before)
    for leak in leaks:
        leak.release()
    if leaks:
        _flush_deletes()
        pytest.fail("The test left behind:\n  " + "\n  ".join(leak.what for leak in leaks),
                    pytrace=False)
