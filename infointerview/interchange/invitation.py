"""Read a meeting invitation (.ics) as Google Calendar, Outlook/Teams, Zoom and Apple write it.

Parsing is ``icalendar``'s; this module picks the one event the invitation is
about and reads what a chat needs: who, when (in the right zone), where, and
which version of the invitation it is. Times come back aware (``TZID`` with
its ``VTIMEZONE``, an Outlook/Exchange Windows zone name mapped to its IANA
zone through CLDR's windowsZones table as ``icalendar`` ships it, or UTC) or
naive for a floating time, which the caller takes as local time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from infointerview.domain.invitations import Party, Version, meeting_link

__all__ = ["Invitation", "InvitationError", "parse_invitation", "windows_zone"]

CONFERENCE_PROPERTIES = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "CONFERENCE",
)


class InvitationError(ValueError):
    """The file is not an invitation we can read; the message says why."""


def windows_zone(name: str) -> str | None:
    """The IANA zone of a Windows zone name (``Pacific Standard Time``), or None."""
    return WINDOWS_TO_OLSON.get(name.strip().strip('"'))


@dataclass(frozen=True)
class Invitation:
    """The event an invitation is about, as a chat needs it."""

    uid: str
    method: str  # REQUEST, PUBLISH, CANCEL … ("" if the file names none)
    cancelled: bool
    summary: str
    start: datetime | date | None  # a date for an all-day event; naive = floating
    # (None only in a cancellation, which need not say when)
    end: datetime | date | None
    version: Version
    recurring: bool
    organizer: Party | None
    attendees: tuple[Party, ...] = field(default_factory=tuple)
    link: str = ""
    location: str = ""
    product: str = ""

    @property
    def all_day(self) -> bool:
        return self.start is not None and not isinstance(self.start, datetime)

    @property
    def parties(self) -> list[Party]:
        return ([self.organizer] if self.organizer else []) + list(self.attendees)

    @property
    def length(self) -> timedelta | None:
        if not isinstance(self.start, datetime) or not isinstance(self.end, datetime):
            return None
        if (self.start.tzinfo is None) != (self.end.tzinfo is None):
            return None
        return self.end - self.start

    def start_utc(self) -> datetime | None:
        """The start as naive UTC, or None for a floating or all-day one."""
        if not isinstance(self.start, datetime) or self.start.tzinfo is None:
            return None
        return self.start.astimezone(timezone.utc).replace(tzinfo=None)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value)
    return str(value).strip()


def _address(value: object) -> str:
    text = _text(value)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower()


def _party(value: object, organizer: bool) -> Party | None:
    email = _address(value)
    if "@" not in email:
        return None
    params = getattr(value, "params", {}) or {}
    name = _text(params.get("CN", "")).strip('"')
    if name.lower() == email:
        name = ""
    kind = _text(params.get("CUTYPE", "INDIVIDUAL")) or "INDIVIDUAL"
    return Party(email=email, name=name, organizer=organizer, kind=kind.upper())


def _zone(tzid: str) -> tzinfo | None:
    """The zone a TZID names: an IANA name or a Windows one, or None."""
    for name in (tzid.strip().strip('"'), windows_zone(tzid)):
        if not name:
            continue
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def _when(event: Event, name: str) -> datetime | date | None:
    prop = event.get(name)
    if prop is None:
        return None
    value = prop.dt
    if not isinstance(value, datetime):
        return value  # type: ignore[no-any-return]
    tzid = _text(prop.params.get("TZID", ""))
    mapped = windows_zone(tzid) if tzid else None
    if mapped is not None:
        # A Windows name: the IANA zone CLDR maps it to, not the file's own
        # VTIMEZONE block (Outlook's carries only this year's rule).
        zone = _zone(mapped)
        if zone is not None:
            return value.replace(tzinfo=zone)
    if value.tzinfo is None and tzid:  # a zone icalendar could not place
        zone = _zone(tzid)
        if zone is not None:
            value = value.replace(tzinfo=zone)
    return value


def _stamp(event: Event) -> datetime | None:
    stamps = []
    for name in ("DTSTAMP", "LAST-MODIFIED"):
        prop = event.get(name)
        value = getattr(prop, "dt", None)
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone(timezone.utc).replace(tzinfo=None)
            stamps.append(value)
    return max(stamps) if stamps else None


def _master(calendar: Calendar) -> Event:
    """The event itself: the series, not a changed occurrence (RECURRENCE-ID)."""
    events = [c for c in calendar.walk("VEVENT") if isinstance(c, Event)]
    if not events:
        raise InvitationError("It holds no event, so there is nothing to schedule.")
    masters = [e for e in events if e.get("RECURRENCE-ID") is None]
    return (masters or events)[0]


def parse_invitation(data: bytes | str) -> Invitation:
    """The invitation in ``data``; :class:`InvitationError` if it is not one."""
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        raise InvitationError(f"It is not a calendar file iCalendar can read ({exc}).") from exc
    if isinstance(calendar, list):
        calendar = calendar[0]
    event = _master(calendar)
    uid = _text(event.get("UID"))
    if not uid:
        raise InvitationError("Its event has no UID, so later updates could not find it.")
    method = _text(calendar.get("METHOD")).upper()
    status = _text(event.get("STATUS")).upper()
    cancelled = method == "CANCEL" or status == "CANCELLED"
    start = _when(event, "DTSTART")
    if start is None and not cancelled:
        raise InvitationError("Its event has no start time.")
    end = _when(event, "DTEND")
    duration = event.get("DURATION")
    if end is None and duration is not None and isinstance(start, datetime):
        end = start + duration.dt
    try:
        sequence = int(_text(event.get("SEQUENCE")) or 0)
    except ValueError:
        sequence = 0
    organizer = _party(event.get("ORGANIZER"), True) if event.get("ORGANIZER") else None
    attendees = event.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    people = tuple(p for p in (_party(a, False) for a in attendees) if p is not None)
    location = _text(event.get("LOCATION"))
    conference = [_text(event.get(name)) for name in CONFERENCE_PROPERTIES if event.get(name)]
    link = meeting_link(
        conference=conference,
        location=location,
        url=_text(event.get("URL")),
        description=_text(event.get("DESCRIPTION")),
    )
    return Invitation(
        uid=uid,
        method=method,
        cancelled=cancelled,
        summary=_text(event.get("SUMMARY")),
        start=start,
        end=end,
        version=Version(sequence, _stamp(event)),
        recurring=bool(event.get("RRULE") or event.get("RDATE")),
        organizer=organizer,
        attendees=people,
        link=link,
        location=location,
        product=_text(calendar.get("PRODID")),
    )
