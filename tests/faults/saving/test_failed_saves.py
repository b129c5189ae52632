"""A failed save never discards typing (issue 14).

Real faults on the app's own database, driven through the real window:

* a lock held by a second connection (``BEGIN EXCLUSIVE``, as a database browser
  or a second copy would), with the app's ``busy_timeout`` lowered on its own
  connection so each refused write fails in 50 ms instead of 5 s;
* a full disk: SQLite's ``PRAGMA max_page_count`` set to the file's current size
  on the app's connection, so a write that needs a new page fails with
  SQLITE_FULL ("database or disk is full") exactly as a full disk does;
* a read-only database: ``PRAGMA query_only = 1`` on the app's connection, so
  writes fail with SQLITE_READONLY ("attempt to write a readonly database").
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from window_fixtures import seed_chat, show_chat_area

from infointerview.ui.widgets import autosaver

Button = QMessageBox.StandardButton


def db_path(window) -> Path:  # type: ignore[no-untyped-def]
    return Path(window.session.db.database)


def stored(window, chat_id: int, column: str) -> str:  # type: ignore[no-untyped-def]
    """What the file holds, read by another connection (not the app's)."""
    with sqlite3.connect(db_path(window)) as other:
        row = other.execute(f"SELECT {column} FROM chat WHERE id = ?", (chat_id,)).fetchone()
    return str(row[0] or "")


def locked_sentence(path: Path) -> str:
    return (
        f"Another program is using your InfoInterview data ({path.name} in {path.parent}) "
        "and has locked it: a second copy of InfoInterview, a database browser or a sync "
        "tool. Close that program, then try again. Nothing was changed."
    )


def read_only_sentence(path: Path) -> str:
    return (
        f"InfoInterview cannot write to {path.name}: the file or the folder {path.parent} "
        "is read-only for you, so your data can only be looked at. To make changes, fix "
        "its permissions (you need to be able to write there), then try again."
    )


def close_prompt(sentence: str) -> str:
    return f"Your last changes could not be saved ({sentence}). Close anyway and lose them?"


class Lock:
    """A second connection holding the database's write lock, like another program."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


@contextmanager
def held_lock(window) -> Iterator[Lock]:  # type: ignore[no-untyped-def]
    window.session.db.execute_sql("PRAGMA busy_timeout = 50")  # the app's own connection
    lock = Lock(db_path(window))
    try:
        yield lock
    finally:
        lock.release()
        lock.conn.close()


def count_faults(banner, monkeypatch: pytest.MonkeyPatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Every sentence the banner is asked to show (to check the user is told once)."""
    shown: list[str] = []
    real = banner.show_fault

    def show_fault(sentence: str, retry: Callable[[], None] | None = None) -> None:
        shown.append(sentence)
        real(sentence, retry)

    monkeypatch.setattr(banner, "show_fault", show_fault)
    return shown


def answer_warnings(
    monkeypatch: pytest.MonkeyPatch, answers: list[Callable[[], object] | object]
) -> list[str]:
    """QMessageBox.warning answers from ``answers`` in turn (a callable runs, then answers)."""
    asked: list[str] = []

    def warning(*args: object, **kw: object) -> object:
        asked.append(str(args[2]))
        answer = answers.pop(0)
        return answer() if callable(answer) else answer

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return asked


# -- the chat page ------------------------------------------------------------------------
def test_a_lock_keeps_the_chat_text_tells_once_and_retry_saves_it(
    qtbot, make_window, data_dir, monkeypatch, no_modal_boxes  # type: ignore[no-untyped-def]
) -> None:
    chat_id = seed_chat(data_dir)
    window = make_window()
    page = show_chat_area(qtbot, window)
    banner = window.fault_banner
    shown = count_faults(banner, monkeypatch)
    sentence = locked_sentence(db_path(window))
    with held_lock(window) as lock:
        qtbot.mouseClick(page.pitch.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.pitch, "I am exploring data roles")
        qtbot.waitUntil(lambda: banner.message != "", timeout=5000)
        assert banner.message == sentence
        assert page.pitch.toPlainText() == "I am exploring data roles"
        assert page.autosaver.pending
        # more typing: saved again at the next change, still refused, not told again
        qtbot.keyClicks(page.pitch, " in biotech")
        assert not page.flush()
        assert shown == [sentence]
        assert no_modal_boxes == []  # a banner, not a pop-up
        assert page.pitch.toPlainText() == "I am exploring data roles in biotech"
        assert stored(window, chat_id, "pitch") == ""
        lock.release()
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    assert banner.message == ""
    assert not page.autosaver.pending
    assert stored(window, chat_id, "pitch") == "I am exploring data roles in biotech"


def test_the_next_change_saves_once_the_lock_is_gone(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    chat_id = seed_chat(data_dir)
    window = make_window()
    page = show_chat_area(qtbot, window)
    with held_lock(window) as lock:
        qtbot.mouseClick(page.goals.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.goals, "Learn the path")
        qtbot.waitUntil(lambda: window.fault_banner.message != "", timeout=5000)
        lock.release()
        qtbot.keyClicks(page.goals, " into regulatory work")
        qtbot.waitUntil(lambda: window.fault_banner.message == "", timeout=5000)
    assert stored(window, chat_id, "goals") == "Learn the path into regulatory work"
    assert page.goals.toPlainText() == "Learn the path into regulatory work"


def test_switching_chats_while_saves_fail_asks_and_cancel_keeps_the_text(
    qtbot, make_window, data_dir, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    first = seed_chat(data_dir, first="Ana", days=1)
    other = seed_chat(data_dir, first="Bea", days=2)
    window = make_window()
    page = show_chat_area(qtbot, window)
    assert page.chat_id == first
    with held_lock(window) as lock:
        qtbot.mouseClick(page.pitch.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.pitch, "Ask about the fellowship")
        qtbot.waitUntil(lambda: window.fault_banner.message != "", timeout=5000)
        asked = answer_warnings(monkeypatch, [Button.Cancel])
        page.picker.setCurrentIndex(page.picker.findData(other))
        page.picker.activated.emit(page.picker.currentIndex())
        assert asked == [close_prompt(locked_sentence(db_path(window)))]
        assert page.chat_id == first
        assert page.picker.currentData() == first
        assert page.pitch.toPlainText() == "Ask about the fellowship"
        # the same chat reloaded (a change elsewhere) never replaces the unsaved text
        page.open_chat(first)
        assert page.pitch.toPlainText() == "Ask about the fellowship"
        # Discard (the other program has let go by then, so chat B can open)
        answer_warnings(monkeypatch, [lambda: (lock.release(), Button.Discard)[1]])
        page.picker.setCurrentIndex(page.picker.findData(other))
        page.picker.activated.emit(page.picker.currentIndex())
        assert page.chat_id == other
    assert window.fault_banner.message == ""
    assert stored(window, first, "pitch") == ""  # the user chose to lose it


def test_closing_the_window_while_saves_fail_asks_first(
    qtbot, make_window, data_dir, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    chat_id = seed_chat(data_dir)
    window = make_window()
    page = show_chat_area(qtbot, window)
    with held_lock(window) as lock:
        qtbot.mouseClick(page.research.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.research, "Moved from QA to regulatory")
        qtbot.waitUntil(lambda: window.fault_banner.message != "", timeout=5000)
        asked = answer_warnings(monkeypatch, [Button.Cancel])
        window.close()
        assert asked == [close_prompt(locked_sentence(db_path(window)))]
        assert window.isVisible()
        assert page.research.toPlainText() == "Moved from QA to regulatory"
        # Retry with the lock still held asks again; then the other program lets go
        answers: list[object] = [Button.Retry, lambda: (lock.release(), Button.Retry)[1]]
        asked = answer_warnings(monkeypatch, answers)
        window.close()
        assert len(asked) == 2
        assert not window.isVisible()
    assert stored(window, chat_id, "research_notes") == "Moved from QA to regulatory"


# -- the call window ------------------------------------------------------------------------
def open_call(qtbot, window, chat_id: int):  # type: ignore[no-untyped-def]
    page = show_chat_area(qtbot, window)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    call = window.call_windows[chat_id]
    qtbot.waitExposed(call)
    return call


def test_a_full_disk_keeps_the_call_notes_and_the_timer_saves_them_later(
    qtbot, make_window, data_dir, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(autosaver, "RETRY_MS", 200)
    chat_id = seed_chat(data_dir)
    window = make_window()
    call = open_call(qtbot, window, chat_id)
    db = window.session.db
    pages = int(db.execute_sql("PRAGMA page_count").fetchone()[0])
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the file may not grow: disk full
    qtbot.mouseClick(call.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(call.notes, "Started in QA. ")
    call.notes.insertPlainText("Pasted transcript. " * 10_000)  # needs new pages
    typed = call.notes.toPlainText()
    qtbot.waitUntil(lambda: call.fault_banner.message != "", timeout=5000)
    folder = re.escape(str(db_path(window).parent))
    full = (
        rf"The disk that holds {folder} is full \([^)]* free\)\. Free some space, then try "
        r"again\. Nothing you saved before was lost\."
    )
    assert re.fullmatch(full, call.fault_banner.message)
    assert call.save_state.text() == call.fault_banner.message
    assert call.notes.toPlainText() == typed
    assert stored(window, chat_id, "notes") == ""
    db.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed
    # no new edit: the retry timer saves it
    qtbot.waitUntil(lambda: call.fault_banner.message == "", timeout=5000)
    assert stored(window, chat_id, "notes") == typed
    assert call.save_state.text() == "All notes saved"


def test_closing_the_call_window_while_saves_fail_asks_and_cancel_keeps_it_open(
    qtbot, make_window, data_dir, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    chat_id = seed_chat(data_dir)
    window = make_window()
    call = open_call(qtbot, window, chat_id)
    with held_lock(window) as lock:
        qtbot.mouseClick(call.notes.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(call.notes, "She moved via a fellowship")
        qtbot.waitUntil(lambda: call.fault_banner.message != "", timeout=5000)
        assert call.fault_banner.message == locked_sentence(db_path(window))
        asked = answer_warnings(monkeypatch, [Button.Cancel])
        call.close()
        assert asked == [close_prompt(locked_sentence(db_path(window)))]
        assert call.isVisible()
        assert call.notes.toPlainText() == "She moved via a fellowship"
        lock.release()
        asked = answer_warnings(monkeypatch, [])
        call.close()  # saves now: nothing to ask
        assert asked == []
        assert not call.isVisible()
    assert stored(window, chat_id, "notes") == "She moved via a fellowship"


def test_start_call_on_a_read_only_database_says_so(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    chat_id = seed_chat(data_dir)
    window = make_window()
    call = open_call(qtbot, window, chat_id)
    window.session.db.execute_sql("PRAGMA query_only = 1")  # every write: SQLITE_READONLY
    qtbot.mouseClick(call.start_button, Qt.MouseButton.LeftButton)
    sentence = read_only_sentence(db_path(window))
    assert call.fault_banner.message == sentence
    assert window.statusBar().currentMessage() == sentence
    assert stored(window, chat_id, "actual_start_at") == ""
    window.session.db.execute_sql("PRAGMA query_only = 0")
    qtbot.mouseClick(call.fault_banner.retry_button, Qt.MouseButton.LeftButton)
    assert call.fault_banner.message == ""
    assert stored(window, chat_id, "actual_start_at") != ""
