from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from infointerview.cli import main
from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft, ChatService
from infointerview.services.demo import load_demo
from infointerview.services.ics_export import chat_to_ics, export_upcoming, upcoming_to_ics
from infointerview.services.session import Session, open_session
from infointerview.store.models import Chat, PrepQuestion

LONDON = ZoneInfo("Europe/London")


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_event_per_upcoming_chat_with_stable_uids(session: Session, tmp_path: Path) -> None:
    chats = ChatService(session.db, session.settings, session.bus, tz=LONDON, clock=lambda: datetime(2026, 3, 20, 12))
    cid = session.contacts.create(
        ContactDraft(first_name="Ana", last_name="Silva", organisation="Helix Bio")
    )
    past = chats.schedule(ChatDraft(cid, datetime(2026, 3, 19, 10), 30))
    a = chats.schedule(ChatDraft(cid, datetime(2026, 3, 30, 10), 45, "coffee", "Cafe Nero", "Bus 12"))
    b = chats.schedule(ChatDraft(cid, datetime(2026, 3, 24, 15), 30, "video", "https://meet"))
    PrepQuestion.create(chat=a, text="How did you move into data science?", position=0)
    PrepQuestion.create(chat=a, text="Do you like it?", position=1)
    assert past

    out = tmp_path / "chats.ics"
    assert export_upcoming(out, chats) == 2
    first = _events(out.read_bytes())
    assert export_upcoming(out, chats) == 2
    second = _events(out.read_bytes())
    # each chat's own random UID, stored with it: the same in every export
    assert [str(e["UID"]) for e in first] == [str(e["UID"]) for e in second] == [
        Chat.get_by_id(b).uid,
        Chat.get_by_id(a).uid,
    ]
    assert len({Chat.get_by_id(i).uid for i in (past, a, b)}) == 3
    assert all(len(str(uuid.UUID(str(e["UID"])))) == 36 for e in first)
    coffee = first[1]
    # 10:00 in London on 30 March 2026 is BST, i.e. 09:00 UTC.
    assert coffee.decoded("DTSTART") == datetime(2026, 3, 30, 9, 0, tzinfo=timezone.utc)
    assert coffee.decoded("DURATION") == timedelta(minutes=45)
    assert str(coffee["SUMMARY"]) == "Informational chat: Ana Silva (Helix Bio)"
    assert str(coffee["LOCATION"]) == "Cafe Nero"
    description = str(coffee["DESCRIPTION"])
    assert "Bus 12" in description and "2 questions" in description
    assert "pitch written: no" in description and "1 to reword" in description
    assert "DTSTAMP" in coffee


def test_a_single_chat_and_a_cancelled_one(session: Session) -> None:
    chats = ChatService(session.db, session.settings, session.bus, tz=LONDON)
    cid = session.contacts.create(ContactDraft(first_name="Ben"))
    chat_id = chats.schedule(ChatDraft(cid, datetime(2030, 1, 5, 9), 30, "phone"))
    (event,) = _events(chat_to_ics(chat_id, chats))
    assert str(event["SUMMARY"]) == "Informational chat: Ben"
    assert str(event["STATUS"]) == "CONFIRMED"
    chats.cancel(chat_id)
    (event,) = _events(chat_to_ics(chat_id, chats))
    assert str(event["STATUS"]) == "CANCELLED"


def test_cli_export_on_demo_data(data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    summary = load_demo(session)
    session.close()
    out = tmp_path / "upcoming.ics"
    assert main(["export", "--format", "ics", str(out)]) == 0
    events = _events(out.read_bytes())
    assert len(events) == summary.upcoming_chats > 0
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert "upcoming chats" in capsys.readouterr().out
    assert main(["export", "--format", "ics", str(tmp_path / "missing" / "x.ics")]) == 1


def test_events_are_written_in_the_users_zone_with_its_vtimezone(session: Session) -> None:
    import vobject

    chats = ChatService(session.db, session.settings, session.bus, tz=LONDON, clock=lambda: datetime(2026, 3, 20, 12))
    cid = session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva"))
    summer = chats.schedule(ChatDraft(cid, datetime(2026, 3, 30, 10), 30))  # BST, UTC+1
    winter = chats.schedule(ChatDraft(cid, datetime(2026, 12, 2, 10), 30))  # GMT
    data, count = upcoming_to_ics(chats)
    assert count == 2
    text = data.decode()
    # local wall-clock times with the zone's name, not UTC instants
    assert "DTSTART;TZID=Europe/London:20260330T100000" in text
    assert "DTSTART;TZID=Europe/London:20261202T100000" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/London" in text
    assert text.count("BEGIN:VTIMEZONE") == 1
    # another program's reader (vobject) finds the same instants through the VTIMEZONE
    starts = {}
    for event in vobject.readOne(text).vevent_list:
        starts[str(event.uid.value)] = event.dtstart.value.astimezone(timezone.utc)
    assert starts == {
        Chat.get_by_id(summer).uid: datetime(2026, 3, 30, 9, 0, tzinfo=timezone.utc),
        Chat.get_by_id(winter).uid: datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc),
    }
    # one chat on its own ("Add to calendar") carries its zone too
    single = chat_to_ics(winter, chats).decode()
    assert "DTSTART;TZID=Europe/London:20261202T100000" in single and "BEGIN:VTIMEZONE" in single


def test_a_user_in_utc_gets_utc_times_without_a_vtimezone(session: Session) -> None:
    chats = ChatService(session.db, session.settings, session.bus, tz=ZoneInfo("Etc/UTC"))
    cid = session.contacts.create(ContactDraft(first_name="Ben"))
    chat_id = chats.schedule(ChatDraft(cid, datetime(2030, 1, 5, 9), 30, "phone"))
    text = chat_to_ics(chat_id, chats).decode()
    assert "DTSTART:20300105T090000Z" in text
    assert "VTIMEZONE" not in text and "TZID" not in text
