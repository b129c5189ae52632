"""Publishing chats to a real CalDAV server (Radicale on localhost), through the services."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar

from infointerview.services.calendar_sync import (
    DEFAULT_CALENDAR,
    KEYCHAIN_SERVICE,
    CalendarSyncError,
)
from infointerview.services.demo import load_demo
from infointerview.services.session import Session
from infointerview.store.models import CalendarEvent, Chat
from tests.calendar_server import (  # noqa: F401  (fixtures)
    PASSWORD,
    USER,
    RadicaleServer,
    memory_keyring,
    no_keychain,
    radicale,
)

pytestmark = pytest.mark.slow


def _server_events(server: RadicaleServer, calendar_url: str) -> dict[str, Calendar]:
    """UID → the event's calendar, as the caldav client reads it from the server."""
    found: dict[str, Calendar] = {}
    for event in server.events(calendar_url):
        cal = Calendar.from_ical(event.data)
        for vevent in cal.walk("VEVENT"):
            uid = str(vevent["uid"])
            assert uid not in found, "two events for one chat"
            found[uid] = vevent
    return found


def _published_chats(session: Session) -> dict[str, int]:
    """UID → chat id of every chat that should be on the server (upcoming + held)."""
    now = session.chats.now()
    wanted = {}
    for chat in Chat.select():
        end = chat.start_at + timedelta(minutes=chat.length_min)
        if (chat.status == "scheduled" and end > now) or chat.status in ("held", "thanked"):
            wanted[chat.uid] = chat.id
    return wanted


def _connect(session: Session, server: RadicaleServer) -> str:
    config = session.calendar.connect(server.url, USER, PASSWORD, create=True)
    return config.calendar_url


def test_connect_right_and_wrong_password(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    with pytest.raises(CalendarSyncError) as wrong:
        session.calendar.connect(radicale.url, USER, "not-the-password", create=True)
    assert "user name or password" in str(wrong.value)
    assert session.calendar.config() is None and memory_keyring == {}
    assert session.settings.get("caldav") is None

    calendar_url = _connect(session, radicale)
    config = session.calendar.config()
    assert config is not None and config.calendar_name == DEFAULT_CALENDAR
    assert calendar_url.startswith(radicale.url)
    assert memory_keyring == {(KEYCHAIN_SERVICE, f"{USER}@{radicale.url}"): PASSWORD}
    names = [c.name for c in session.calendar.calendars(radicale.url, USER, PASSWORD)[0]]
    assert names == [DEFAULT_CALENDAR]
    # the calendar's own URL works too, and picks it
    again = session.calendar.calendars(calendar_url, USER, PASSWORD)
    assert again[1] is True


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://example.com/dav/", "not a secure address"),
        ("http://127.0.0.1:{port}/bob/", "no calendar of yours"),
        ("http://127.0.0.1:{dead}/", "Could not reach"),
    ],
)
def test_connect_says_what_is_wrong(
    session: Session, radicale: RadicaleServer, memory_keyring: dict,  # noqa: F811
    url: str, words: str,
) -> None:
    from tests.calendar_server import _free_port

    url = url.format(port=radicale.port, dead=_free_port())
    with pytest.raises(CalendarSyncError) as failed:
        session.calendar.connect(url, USER, PASSWORD, create=True)
    assert words in str(failed.value)
    assert PASSWORD not in str(failed.value)
    assert memory_keyring == {} and session.calendar.config() is None


def test_publish_sample_data_reschedule_cancel_and_sync_again(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    load_demo(session)
    calendar_url = _connect(session, radicale)
    result = session.calendar.sync()
    wanted = _published_chats(session)
    assert result.created == len(wanted) > 3 and result.updated == result.removed == 0
    on_server = _server_events(radicale, calendar_url)
    assert set(on_server) == set(wanted)

    again = session.calendar.sync()
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    assert set(_server_events(radicale, calendar_url)) == set(wanted)

    upcoming = session.chats.all_upcoming()
    moved, cancelled = upcoming[0], upcoming[1]
    draft = session.chats.draft(moved.id)
    session.chats.reschedule(moved.id, replace(draft, start_local=draft.start_local + timedelta(hours=3)))
    session.chats.cancel(cancelled.id)
    result = session.calendar.sync()
    assert (result.created, result.updated, result.removed) == (0, 1, 1)
    on_server = _server_events(radicale, calendar_url)
    assert cancelled.uid not in on_server
    event = on_server[moved.uid]
    start = event.decoded("dtstart").astimezone(timezone.utc).replace(tzinfo=None)
    assert start == moved.start_utc + timedelta(hours=3)
    assert int(event["sequence"]) == 1
    assert str(event["summary"]).startswith(f"Chat with {moved.contact_name}")


def test_minimal_privacy_says_only_chat_with(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    load_demo(session)
    calendar_url = _connect(session, radicale)
    session.calendar.set_privacy("minimal")
    session.calendar.sync()
    for event in _server_events(radicale, calendar_url).values():
        assert str(event["summary"]).startswith("Chat with ")
        assert "(" not in str(event["summary"])
        assert "description" not in event and "location" not in event


def test_a_time_moved_on_the_server_is_offered_not_overwritten(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    load_demo(session)
    calendar_url = _connect(session, radicale)
    session.calendar.sync()
    chat = session.chats.all_upcoming()[0]
    new_start = (chat.start_utc + timedelta(days=1)).replace(tzinfo=timezone.utc)
    event = radicale.client().calendar(url=calendar_url).event_by_uid(chat.uid)
    event.icalendar_component["dtstart"].dt = new_start
    event.save()

    session.calendar.enqueue([chat.id])
    result = session.calendar.sync()
    assert result.moved_on_server == 1 and result.updated == 0
    moves = session.calendar.server_moves()
    assert [(m.chat_id, m.theirs_utc) for m in moves] == [
        (chat.id, new_start.replace(tzinfo=None))
    ]
    on_server = _server_events(radicale, calendar_url)[chat.uid]
    assert on_server.decoded("dtstart").astimezone(timezone.utc) == new_start  # not overwritten
    assert "changed on your phone" in session.calendar.status().text()

    session.calendar.take_server_time(chat.id)
    assert session.chats.get(chat.id).start_utc == new_start.replace(tzinfo=None)
    assert session.calendar.server_moves() == []
    session.calendar.sync()
    event = _server_events(radicale, calendar_url)[chat.uid]
    assert event.decoded("dtstart").astimezone(timezone.utc) == new_start


def test_put_it_back_republishes_ours(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    load_demo(session)
    calendar_url = _connect(session, radicale)
    session.calendar.sync()
    chat = session.chats.all_upcoming()[0]
    event = radicale.client().calendar(url=calendar_url).event_by_uid(chat.uid)
    event.icalendar_component["dtstart"].dt = chat.start_utc.replace(tzinfo=timezone.utc) - timedelta(hours=2)
    event.save()
    session.calendar.sync()
    assert [m.chat_id for m in session.calendar.server_moves()] == [chat.id]
    session.calendar.put_back(chat.id)
    result = session.calendar.sync()
    assert result.updated == 1
    event = _server_events(radicale, calendar_url)[chat.uid]
    assert event.decoded("dtstart").astimezone(timezone.utc).replace(tzinfo=None) == chat.start_utc
    assert int(event["sequence"]) == 1


def test_server_down_keeps_the_queue_and_it_drains_when_back(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    load_demo(session)
    calendar_url = _connect(session, radicale)
    session.calendar.sync()
    upcoming = session.chats.all_upcoming()
    radicale.stop()
    session.chats.cancel(upcoming[0].id)
    draft = session.chats.draft(upcoming[1].id)
    session.chats.reschedule(upcoming[1].id, replace(draft, start_local=draft.start_local + timedelta(hours=1)))
    with pytest.raises(CalendarSyncError) as failed:
        session.calendar.sync()
    assert failed.value.offline and "Could not reach" in str(failed.value)
    status = session.calendar.status()
    assert status.waiting == 2 and status.text() == "Calendar: 2 waiting, offline"

    radicale.start()
    result = session.calendar.sync()
    assert (result.updated, result.removed, result.waiting) == (1, 1, 0)
    assert session.calendar.status().text() == "Calendar: up to date"
    assert upcoming[0].uid not in _server_events(radicale, calendar_url)


def test_deleted_contact_removes_its_events_and_disconnect_removes_all(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    load_demo(session)
    calendar_url = _connect(session, radicale)
    session.calendar.sync()
    assert _server_events(radicale, calendar_url)
    removed = session.calendar.disconnect(remove_events=True)
    assert removed > 0 and _server_events(radicale, calendar_url) == {}
    assert memory_keyring == {} and session.calendar.config() is None
    assert CalendarEvent.select().count() == 0


def test_without_a_keychain_the_password_lives_in_memory_only(
    session: Session, radicale: RadicaleServer, no_keychain: None,  # noqa: F811
    data_dir: Path,
) -> None:
    load_demo(session)
    _connect(session, radicale)
    assert session.calendar.password() == PASSWORD  # this session remembers it
    session.close()
    from infointerview.services.session import open_session

    again = open_session(data_dir)
    try:
        assert again.calendar.needs_password()
        with pytest.raises(CalendarSyncError) as failed:
            again.calendar.sync()
        assert "not known in this session" in str(failed.value)
        again.calendar.remember_password(PASSWORD)
        assert again.calendar.sync().created > 0
    finally:
        again.close()


def test_no_password_in_the_database_settings_logs_or_errors(
    session: Session, radicale: RadicaleServer, memory_keyring: dict,  # noqa: F811
    data_dir: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    load_demo(session)
    texts: list[str] = []
    try:
        session.calendar.connect(radicale.url, USER, PASSWORD + "x", create=True)
    except CalendarSyncError as exc:
        texts.append(str(exc) + repr(exc))
    _connect(session, radicale)
    session.calendar.sync()
    radicale.stop()
    session.chats.cancel(session.chats.all_upcoming()[0].id)
    try:
        session.calendar.sync()
    except CalendarSyncError as exc:
        texts.append(str(exc) + repr(exc))
    assert len(texts) == 2
    session.db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    settings = session.db.execute_sql("SELECT key, value FROM setting").fetchall()
    session.close()
    out, err = capfd.readouterr()
    everything = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert PASSWORD.encode() not in everything
    assert PASSWORD not in repr(settings)
    assert PASSWORD not in caplog.text and PASSWORD not in out + err
    assert all(PASSWORD not in t for t in texts)


def test_events_carry_the_users_zone_and_the_server_places_them_right(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    from zoneinfo import ZoneInfo

    session.chats.tz = ZoneInfo("America/New_York")
    load_demo(session)
    calendar_url = _connect(session, radicale)
    session.calendar.sync()
    upcoming = session.chats.all_upcoming()
    raw = {
        str(Calendar.from_ical(e.data).walk("VEVENT")[0]["uid"]): e.data
        for e in radicale.events(calendar_url)
    }
    for chat in upcoming:
        data = raw[chat.uid]
        local = chat.start_utc.replace(tzinfo=timezone.utc).astimezone(ZoneInfo("America/New_York"))
        assert f"DTSTART;TZID=America/New_York:{local:%Y%m%dT%H%M%S}" in data
        assert "BEGIN:VTIMEZONE" in data and "TZID:America/New_York" in data
    # the server itself reads the VTIMEZONE: a time-range query in UTC around
    # one chat's start finds exactly that chat
    chat = upcoming[0]
    start = chat.start_utc.replace(tzinfo=timezone.utc)
    client = radicale.client()
    found = client.calendar(url=calendar_url).search(
        start=start - timedelta(minutes=1), end=start + timedelta(minutes=1), event=True,
    )
    assert [str(Calendar.from_ical(e.data).walk("VEVENT")[0]["uid"]) for e in found] == [chat.uid]
    # nothing moved: syncing again changes nothing and offers nothing
    session.calendar.enqueue_all()
    again = session.calendar.sync()
    assert (again.created, again.updated, again.removed, again.moved_on_server) == (0, 0, 0, 0)
    assert session.calendar.server_moves() == []


def test_a_chat_held_early_is_published_at_its_actual_time(
    session: Session, radicale: RadicaleServer, memory_keyring: dict  # noqa: F811
) -> None:
    from datetime import datetime

    from infointerview.domain.contacts import ContactDraft
    from infointerview.services.chats import ChatDraft

    cid = session.contacts.create(ContactDraft(first_name="Sarah", last_name="Lee"))
    planned = datetime.combine(session.chats.to_local(session.chats.now()).date(), datetime.min.time())
    chat_id = session.chats.schedule(ChatDraft(cid, planned + timedelta(days=2, hours=10), 30))
    began = session.chats.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    session.chats.record_start(chat_id, began)
    session.chats.set_status(chat_id, "held", when=began + timedelta(minutes=22))
    calendar_url = _connect(session, radicale)
    assert session.calendar.sync().created == 1
    (event,) = _server_events(radicale, calendar_url).values()
    assert event.decoded("dtstart").astimezone(timezone.utc).replace(tzinfo=None) == began
    assert event.decoded("duration") == timedelta(minutes=22)
