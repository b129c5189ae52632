"""A database fault that a slot lets through is told in the window, not lost in a traceback.

The fault is real: ``PRAGMA query_only = 1`` on the app's own connection makes
every write fail with SQLITE_READONLY, as a read-only database file does.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import TracebackType

import pytest

from infointerview.services.session import open_session
from infointerview.store.models import Chat, Contact, utcnow


def seed_chat(data_dir: Path) -> int:
    session = open_session(data_dir)
    try:
        contact = Contact.create(first_name="Ana", last_name="Silva")
        return int(Chat.create(contact=contact, start_at=utcnow() + dt.timedelta(days=1)).id)
    finally:
        session.close()


def test_a_database_fault_from_a_slot_shows_its_sentence(qtbot, make_window, data_dir, capfd) -> None:  # type: ignore[no-untyped-def]
    seed_chat(data_dir)
    window = make_window()
    window.sidebar.setCurrentRow(window.pages.indexOf(window.chat_page))
    page = window.chat_page
    qtbot.waitUntil(page.isVisible)
    window.session.db.execute_sql("PRAGMA query_only = 1")
    page.check_cv.click()  # its slot saves the checklist and lets the error through
    path = Path(window.session.db.database)
    assert window.fault_banner.message == (
        f"InfoInterview cannot write to {path.name}: the file or the folder {path.parent} "
        "is read-only for you, so your data can only be looked at. To make changes, fix "
        "its permissions (you need to be able to write there), then try again."
    )
    err = capfd.readouterr().err  # the traceback is kept for a bug report
    assert "Traceback" in err and "attempt to write a readonly database" in err
    window.session.db.execute_sql("PRAGMA query_only = 0")


@pytest.mark.qt_no_exception_capture
def test_other_exceptions_keep_the_usual_handling(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[BaseException] = []

    def previous(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        seen.append(exc)

    monkeypatch.setattr(sys, "excepthook", previous)
    window = make_window()
    bug = ValueError("a bug, not a fault")
    sys.excepthook(ValueError, bug, None)
    assert seen == [bug]
    assert window.fault_banner.message == ""


def test_a_read_only_session_names_the_file_not_its_uri() -> None:
    """A read-only session opens a ``file:`` URI; the sentence must name the plain file."""
    import sqlite3

    from infointerview.services.db_faults import fault_of

    fault = fault_of(
        sqlite3.OperationalError("attempt to write a readonly database"),
        "file:/data/My%20Data/infointerview.sqlite3?mode=ro&immutable=1",
    )
    assert fault is not None
    assert str(fault).startswith(
        "InfoInterview cannot write to infointerview.sqlite3: the file or the folder "
        "/data/My Data is read-only for you"
    )
