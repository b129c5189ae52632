"""One instance per data folder: the second launch activates the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from infointerview.ui.single_instance import SingleInstance, is_running, server_name_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


def test_second_instance_activates_the_first(qtbot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(folder)
    second = SingleInstance(folder)
    try:
        assert first.acquire()
        assert is_running(folder)
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.acquire()
        assert second.other_answered
    finally:
        first.release()
        second.release()
    assert not is_running(folder)
    again = SingleInstance(folder)
    assert again.acquire()  # released: the folder is free again
    again.release()


def test_different_folders_do_not_interfere(qtbot, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other"
    other.mkdir()
    assert server_name_for(folder) != server_name_for(other)
    a, b = SingleInstance(folder), SingleInstance(other)
    try:
        assert a.acquire() and b.acquire()
    finally:
        a.release()
        b.release()


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.slow
def test_a_lock_left_by_a_crashed_process_is_recovered(qtbot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # a crash: the lock file stays behind\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(folder / "infointerview.lock")],
        check=True, env=_env(), timeout=60,
    )
    assert (folder / "infointerview.lock").exists()
    instance = SingleInstance(folder)
    try:
        assert instance.acquire()
    finally:
        instance.release()


@pytest.mark.slow
def test_second_launch_of_the_app_exits_zero_and_raises_the_first(qtbot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(folder)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.activated, timeout=30000):
            child = subprocess.Popen(
                [sys.executable, "-m", "infointerview", "--data-dir", str(folder)],
                env=_env(), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            )
        assert child.wait(timeout=60) == 0
        child.stdout.close()  # type: ignore[union-attr]
        child.stderr.close()  # type: ignore[union-attr]
        assert not (folder / "infointerview.sqlite3").exists()  # it never opened the database
    finally:
        first.release()
