"""Fault tests: the real start-up path (the integrity check, its dialog, the window)
on a data folder that is locked, full, read-only or unreadable.

Message boxes never block: ``dialogs`` answers the start-up question
(Retry / Open read-only / Quit) from a script and records what each box said.
The Qt leak check of the GUI tests applies here too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fault_helpers import Dialogs

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gui"))
from qt_leaks import no_qt_leaks  # noqa: F401  (autouse: every test is checked for leaks)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    from PySide6.QtWidgets import QMessageBox

    script = Dialogs()
    buttons = {
        "retry": QMessageBox.StandardButton.Retry,
        "read_only": QMessageBox.StandardButton.Open,
        "quit": QMessageBox.StandardButton.Close,
    }

    def exec_(box: QMessageBox) -> int:
        script.asked.append(box.text())
        assert script.answers, f"an unexpected question: {box.text()}"
        answer = script.answers.pop(0)
        name = answer if isinstance(answer, str) else answer()
        return int(buttons[name].value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for name in ("warning", "question", "critical", "information"):

        def fake(*args: object, _name: str = name, **kw: object) -> object:
            script.boxes.append((_name, str(args[2]) if len(args) > 2 else ""))
            return QMessageBox.StandardButton.No

        monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
    return script


@pytest.fixture(autouse=True)
def short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A held lock is reported after 0.2 s instead of the user's 5 s."""
    from infointerview.store import database

    monkeypatch.setattr(database, "LOCK_WAIT_S", 0.2)


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True).returncode == 0


@pytest.fixture
def mounts() -> Iterator[Callable[..., None]]:
    """Mount something for one test (root only; skipped otherwise), unmounted afterwards."""
    done: list[Path] = []

    def mount(kind: str, target: Path, size: str = "") -> None:
        if os.name != "posix" or os.geteuid() != 0:
            pytest.skip("needs root on Linux to mount (a tmpfs or a read-only bind mount)")
        if kind == "tmpfs":
            ok = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(target))
        else:  # a read-only bind mount of target onto itself: read-only even for root
            ok = _run("mount", "--bind", str(target), str(target))
            if ok:
                done.append(target)
                ok = _run("mount", "-o", "remount,ro,bind", str(target))
        if not ok:
            pytest.skip(f"cannot mount {kind} on {target} here")
        if kind == "tmpfs":
            done.append(target)

    yield mount
    for target in reversed(done):
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def start_up(qtbot):  # type: ignore[no-untyped-def]
    """What ``app.run_gui`` does up to showing the window: the data folder, the
    single-instance lock, the integrity check and its questions, the session, the window.
    Returns the window, or None when the user chose Quit."""
    from infointerview.app import app_icon, window_settings
    from infointerview.data_dir import ensure_private_dir
    from infointerview.ui.main_window import MainWindow
    from infointerview.ui.single_instance import SingleInstance
    from infointerview.ui.startup_check import PendingCheck

    opened: list[tuple[object, object, object]] = []

    def start(folder: Path) -> MainWindow | None:
        folder = ensure_private_dir(folder)
        instance = SingleInstance(folder, server_name=f"infointerview-faults-{os.getpid()}")
        assert instance.acquire()
        session, note = PendingCheck(folder).open_data()
        if session is None:
            instance.release()
            return None
        window = MainWindow(session, window_settings(folder), app_icon())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.contacts.loaded)  # Today shows first; the table follows the paint
        opened.append((window, session, instance))
        return window

    yield start
    for window, session, instance in opened:
        window.close()  # type: ignore[attr-defined]
        session.close()  # type: ignore[attr-defined]
        instance.release()  # type: ignore[attr-defined]
