"""The leak check every GUI test runs under (qt_leaks.py) finds what it claims to."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from qt_leaks import find_leaks

GUI_TESTS = Path(__file__).resolve().parent


def test_a_visible_window_and_its_running_timer_are_reported(qapp: QApplication) -> None:
    before = set(threading.enumerate())
    window = QWidget()
    window.setWindowTitle("Forgotten")
    timer = QTimer(window)
    timer.setObjectName("tick")
    timer.start(60_000)
    window.show()
    leaks = find_leaks(before, wait_ms=50)
    try:
        assert sorted(leak.what for leak in leaks) == [
            "a visible window: QWidget titled 'Forgotten'",
            "an active QTimer: QTimer 'tick' in QWidget titled 'Forgotten'",
        ]
    finally:
        for leak in leaks:
            leak.release()
    assert not timer.isActive() and not window.isVisible()
    assert find_leaks(before, wait_ms=50) == []


def test_an_app_timer_a_thread_and_pool_work_are_reported(qapp: QApplication) -> None:
    before = set(threading.enumerate())
    timer = QTimer(qapp)
    timer.start(60_000)
    release = threading.Event()
    worker = threading.Thread(target=release.wait, name="forgotten-worker")
    worker.start()
    pool = QThreadPool(qapp)
    pool.setObjectName("pool")
    pool.start(lambda: release.wait(5))
    try:
        found = sorted(leak.what for leak in find_leaks(before, wait_ms=50))
        assert found == [
            "a Python thread still alive: forgotten-worker",
            "a thread pool still running work: QThreadPool 'pool'",
            "an active QTimer: QTimer in QApplication",
        ]
    finally:
        timer.stop()
        timer.deleteLater()
        release.set()
        worker.join(5)
        pool.waitForDone(5000)
        pool.deleteLater()
    assert find_leaks(before, wait_ms=2000) == []


LEAKY_TESTS = '''
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

KEEP = []


def test_leaves_a_window_shown(qapp):
    window = QWidget()
    window.show()
    KEEP.append(window)


def test_leaves_a_timer_running(qapp):
    timer = QTimer(qapp)
    timer.start(60_000)


def test_closes_what_it_opens(qtbot):
    window = QWidget()
    qtbot.addWidget(window)  # pytest-qt closes it before the check runs
    window.show()
    timer = QTimer(window)
    timer.start(60_000)
'''


def test_the_autouse_fixture_fails_a_leaking_test_only(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        f"import sys\nsys.path.insert(0, {str(GUI_TESTS)!r})\n"
        "from qt_leaks import no_qt_leaks  # noqa: F401\n",
        encoding="utf-8",
    )
    (tmp_path / "test_leaky.py").write_text(LEAKY_TESTS, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_leaky.py"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    out = run.stdout
    assert "3 passed, 2 errors" in out, out  # each test body passes; two teardowns fail
    assert "ERROR at teardown of test_leaves_a_window_shown" in out, out
    assert "a visible window: QWidget" in out
    assert "ERROR at teardown of test_leaves_a_timer_running" in out, out
    assert "an active QTimer: QTimer in QApplication" in out
