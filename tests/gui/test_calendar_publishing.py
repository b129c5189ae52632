"""The window publishes to a real CalDAV server (Radicale) by itself, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from infointerview.services.demo import load_demo
from tests.calendar_server import (  # noqa: F401  (fixtures)
    PASSWORD,
    USER,
    RadicaleServer,
    memory_keyring,
    radicale,
)

pytestmark = pytest.mark.slow


def _start_on_server(server: RadicaleServer, calendar_url: str, uid: str) -> datetime | None:
    for event in server.events(calendar_url):
        for vevent in Calendar.from_ical(event.data).walk("VEVENT"):
            if str(vevent["uid"]) == uid:
                start: datetime = vevent.decoded("dtstart")
                return start.astimezone(timezone.utc).replace(tzinfo=None)
    return None


def test_the_window_publishes_reschedules_and_offers_phone_changes(
    qtbot, make_window: Callable[[], object], radicale: RadicaleServer,  # noqa: F811
    memory_keyring: dict, data_dir: Path,  # noqa: F811
) -> None:
    window = make_window()
    session = window.session  # type: ignore[attr-defined]
    load_demo(session)
    config = session.calendar.connect(radicale.url, USER, PASSWORD, create=True)
    label = window.calendar_publisher.label  # type: ignore[attr-defined]
    upcoming = session.chats.all_upcoming()
    first, second = upcoming[0], upcoming[1]
    def published() -> None:
        assert _start_on_server(radicale, config.calendar_url, first.uid) is not None
        assert label.text() == "Calendar: up to date", (label.text(), label.toolTip())

    qtbot.waitUntil(published, timeout=20_000)
    assert label.isVisible()

    # reschedule in the app: the server's event moves by itself
    draft = session.chats.draft(first.id)
    session.chats.reschedule(first.id, replace(draft, start_local=draft.start_local + timedelta(hours=2)))
    moved_to = first.start_utc + timedelta(hours=2)
    qtbot.waitUntil(
        lambda: _start_on_server(radicale, config.calendar_url, first.uid) == moved_to,
        timeout=10_000,
    )
    # cancel: removed
    session.chats.cancel(second.id)
    qtbot.waitUntil(
        lambda: _start_on_server(radicale, config.calendar_url, second.uid) is None,
        timeout=10_000,
    )

    # moved on the phone: Today offers it; "Take the new time" reschedules the chat
    theirs = moved_to + timedelta(days=1)
    event = radicale.client().calendar(url=config.calendar_url).event_by_uid(first.uid)
    event.icalendar_component["dtstart"].dt = theirs.replace(tzinfo=timezone.utc)
    event.save()
    window.sidebar.setCurrentRow(0)  # type: ignore[attr-defined]
    window.calendar_publisher.publish_now()  # type: ignore[attr-defined]
    today = window.today  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: first.id in today.phone_changes.rows, timeout=10_000)
    assert today.phone_changes.isVisible()
    assert "changed on your phone" in label.text()
    take = today.phone_changes.rows[first.id].findChild(QPushButton, "takeNewTime")
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    assert session.chats.get(first.id).start_utc == theirs
    qtbot.waitUntil(lambda: not today.phone_changes.rows, timeout=5_000)
    qtbot.waitUntil(lambda: label.text() == "Calendar: up to date", timeout=10_000)
    assert _start_on_server(radicale, config.calendar_url, first.uid) == theirs

    window.close()  # type: ignore[attr-defined]
    ini = b"".join(p.read_bytes() for p in data_dir.rglob("*.ini"))
    assert PASSWORD.encode() not in ini


def test_settings_connect_checks_at_once_and_stores_nothing_on_a_wrong_password(
    qtbot, session: object, radicale: RadicaleServer, memory_keyring: dict,  # noqa: F811
) -> None:
    from infointerview.ui.calendar_settings import CalendarSettings

    page = CalendarSettings(session)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.url.setText(radicale.url)
    page.user.setText(USER)
    page.password.setText("wrong")
    page.connect_button.click()
    qtbot.waitUntil(lambda: "user name or password" in page.status.text(), timeout=10_000)
    assert memory_keyring == {} and session.calendar.config() is None  # type: ignore[attr-defined]

    page.password.setText(PASSWORD)
    page.connect_button.click()
    qtbot.waitUntil(page.use_button.isEnabled, timeout=10_000)
    assert "Informational interviews" in page.calendar.currentText()
    page.use_button.click()
    qtbot.waitUntil(lambda: "Connected to" in page.status.text(), timeout=10_000)
    assert page.password.text() == ""
    assert list(memory_keyring.values()) == [PASSWORD]
    page.shutdown()
