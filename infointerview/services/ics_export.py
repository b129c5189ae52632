"""Chats as iCalendar (.ics) events, for the user's own calendar program.

Each chat keeps the same UID in every export: the random UUID it was given
when created (or the UID of the invitation it was imported from), so importing
a newer file updates the event instead of duplicating it, and a rebuilt
database never hands a UID to a different chat.
Start times are written in the user's own zone (``DTSTART;TZID=Europe/Berlin``
with its VTIMEZONE, so a phone shows the chat at the right local time across
daylight-saving changes), or in UTC when the zone has no IANA name or is UTC;
the length is a DURATION.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, Timezone

import infointerview
from infointerview import APP_NAME
from infointerview.domain.calendar_sync import EventText
from infointerview.domain.chats import MODE_LABELS
from infointerview.domain.i18n import plural
from infointerview.files import atomic_write_bytes
from infointerview.services.chats import ChatRow, ChatService, PrepStatus
from infointerview.services.events import ChangeBus
from infointerview.services.settings import SettingsService
from infointerview.store.models import Chat

__all__ = [
    "chat_event",
    "chat_to_ics",
    "chat_uid",
    "event_calendar",
    "event_zone",
    "export_upcoming",
    "upcoming_to_ics",
]

def chat_uid(row: ChatRow) -> str:
    """The event's UID: the chat's own, the same in every export."""
    return row.uid or f"chat-{row.id}@infointerview.local"  # only a row from before 0005


def _service(chats: ChatService | None) -> ChatService:
    if chats is not None:
        return chats
    db = Chat._meta.database
    return ChatService(db, SettingsService(db), ChangeBus())  # reads only


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/GMT", "GMT", "Zulu", "Etc/Zulu"})


def _named_zone(name: str | None) -> ZoneInfo | None:
    if not name or name in _UTC_NAMES:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _add_zone(cal: Calendar, zone: tzinfo | None, starts: list[datetime]) -> None:
    """The VTIMEZONE for ``zone``, covering the years of ``starts`` and the next one.

    A short span on purpose: a VTIMEZONE from 1970 carries that era's odd
    rules (London kept BST as its standard time until 1971), which some
    readers (vobject) then apply to today's dates.
    """
    if not isinstance(zone, ZoneInfo) or not starts:
        return
    first = date(min(starts).year, 1, 1)
    last = date(max(starts).year + 2, 1, 1)
    cal.add_component(Timezone.from_tzinfo(zone, first_date=first, last_date=last))


def event_zone(chats: ChatService) -> ZoneInfo | None:
    """The zone events are written in: the chats' own zone by its IANA name, or None for UTC.

    The service's zone is the system's local zone (or one a test pinned);
    ``tzlocal`` finds its IANA name on Windows, macOS and Linux alike.
    """
    tz: tzinfo = chats.tz
    if isinstance(tz, ZoneInfo):
        return _named_zone(tz.key)
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # no name found: UTC is always right, just less friendly
        return None
    return _named_zone(name)


def _calendar() -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{APP_NAME} {infointerview.__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    return cal


def _description(row: ChatRow, prep: PrepStatus | None) -> str:
    who = row.contact_name
    if row.job_title and row.organisation:
        who += f", {row.job_title} at {row.organisation}"
    elif row.organisation:
        who += f" ({row.organisation})"
    lines = [f"Informational chat with {who}.", f"Mode: {MODE_LABELS.get(row.mode, row.mode)}"]
    if row.place:
        lines.append(f"Place: {row.place}")
    if row.travel_note:
        lines.append(f"Travel: {row.travel_note}")
    if prep is not None:
        pitch = "yes" if prep.pitch_written else "no"
        questions = plural(prep.questions, "%n question(s)")
        text = f"Prep: pitch written: {pitch}; {questions} prepared"
        if prep.closed_questions:
            text += f" ({prep.closed_questions} to reword as open questions)"
        lines.append(text + ".")
    lines.append("Not a job interview: ask for their story and advice, and end on time.")
    return "\n".join(lines)


def chat_event(
    row: ChatRow,
    stamp: datetime,
    *,
    prep: PrepStatus | None = None,
    text: EventText | None = None,
    sequence: int | None = None,
    zone: tzinfo | None = None,
) -> Event:
    """The one place a chat becomes a VEVENT (the .ics export and the CalDAV calendar).

    ``text`` (domain.calendar_sync.event_text) replaces the export's title,
    place and description with the published calendar's, under its privacy
    setting; ``sequence`` numbers the event's versions; ``zone`` (event_zone)
    writes the start as local time with a TZID instead of UTC (the calendar
    must then carry the VTIMEZONE: event_calendar / _to_bytes add it, once).
    """
    event = Event()
    event.add("uid", chat_uid(row))
    event.add("dtstamp", stamp)
    start = _utc(row.start_utc)
    event.add("dtstart", start.astimezone(zone) if zone is not None else start)
    event.add("duration", row.end_utc - row.start_utc)  # held: when it really took place
    if text is None:
        event.add("summary", f"Informational chat: {row.who}")
        if row.place:
            event.add("location", row.place)
        event.add("description", _description(row, prep))
    else:
        event.add("summary", text.summary)
        if text.location:
            event.add("location", text.location)
        if text.description:
            event.add("description", text.description)
    if sequence is not None:
        event.add("sequence", sequence)
    event.add("status", "CANCELLED" if row.status in ("cancelled", "no_show") else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def event_calendar(event: Event) -> bytes:
    """One event wrapped in its own VCALENDAR (a CalDAV resource holds one), with its zone."""
    cal = _calendar()
    start = event.decoded("dtstart")
    _add_zone(cal, start.tzinfo, [start.replace(tzinfo=None)])
    cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _to_bytes(rows: list[ChatRow], chats: ChatService, now: datetime | None) -> bytes:
    stamp = _utc(now) if now is not None else _utc(chats.now())
    stamp = stamp.replace(microsecond=0)
    prep = chats.prep_status(r.id for r in rows)
    zone = event_zone(chats)
    cal = _calendar()
    _add_zone(cal, zone, [row.start_utc for row in rows])
    for row in rows:
        cal.add_component(chat_event(row, stamp, prep=prep.get(row.id), zone=zone))
    data: bytes = cal.to_ical()
    return data


def chat_to_ics(
    chat_id: int, chats: ChatService | None = None, now: datetime | None = None
) -> bytes:
    """One chat as a calendar file ("Add to calendar"); a cancelled chat says so."""
    service = _service(chats)
    return _to_bytes([service.get(chat_id)], service, now)


def upcoming_to_ics(chats: ChatService | None = None, now: datetime | None = None) -> tuple[bytes, int]:
    """Every upcoming scheduled chat as one calendar; returns (data, event count)."""
    service = _service(chats)
    rows = service.all_upcoming(now)
    return _to_bytes(rows, service, now), len(rows)


def upcoming_count(chats: ChatService | None = None, now: datetime | None = None) -> int:
    """How many chats an export of the upcoming ones would hold (0: nothing to write)."""
    return len(_service(chats).all_upcoming(now))


def export_upcoming(
    path: str | os.PathLike[str], chats: ChatService | None = None, now: datetime | None = None
) -> int:
    """Write every upcoming chat to ``path`` atomically; returns the number of events."""
    data, count = upcoming_to_ics(chats, now)
    atomic_write_bytes(path, data)
    return count


def export_chat(
    chat_id: int,
    path: str | os.PathLike[str],
    chats: ChatService | None = None,
    now: datetime | None = None,
) -> None:
    """Write one chat to ``path`` atomically."""
    atomic_write_bytes(path, chat_to_ics(chat_id, chats, now))
