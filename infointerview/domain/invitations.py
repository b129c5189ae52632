"""Rules for a meeting invitation (.ics) turned into a chat; pure, no parsing.

* :func:`other_party` decides who the chat is with. The people on an
  invitation are its ORGANIZER and ATTENDEEs (rooms and resources left out,
  one entry per e-mail address, compared without case). "The user" is whoever
  is not the other person:

  1. the user's own addresses, when known, are never the other person;
  2. the first person (organizer first, then attendees in file order) whose
     address belongs to a known contact is the other person (with two people,
     the user is the one who is not a contact);
  3. otherwise the organizer: an invitation the user imports is usually one
     they were sent;
  4. with no organizer, the first attendee.

* :func:`meeting_link` finds the join link where Google Calendar, Outlook and
  Teams, Zoom and Apple put it.
* :func:`is_newer` orders two versions of the same invitation (RFC 5546: a
  higher SEQUENCE wins; with the same SEQUENCE, as Google Calendar sends its
  updates, a later DTSTAMP or LAST-MODIFIED does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "MEETING_HOSTS",
    "Party",
    "Version",
    "is_newer",
    "meeting_link",
    "other_party",
]


@dataclass(frozen=True)
class Party:
    """One person on an invitation: ``email`` lower-case, ``name`` its CN."""

    email: str
    name: str = ""
    organizer: bool = False
    kind: str = "INDIVIDUAL"  # CUTYPE: INDIVIDUAL, GROUP, ROOM, RESOURCE, UNKNOWN


def _people(parties: Iterable[Party]) -> list[Party]:
    """Organizer first, rooms and resources out, one per address."""
    ordered = sorted(parties, key=lambda p: not p.organizer)  # stable
    seen: set[str] = set()
    people: list[Party] = []
    for party in ordered:
        email = party.email.strip().lower()
        if not email or email in seen or party.kind.upper() in ("ROOM", "RESOURCE"):
            continue
        seen.add(email)
        people.append(party)
    return people


def other_party(
    parties: Iterable[Party],
    known_emails: Iterable[str] = (),
    own_emails: Iterable[str] = (),
) -> Party | None:
    """Who the chat is with (the module's rule), or None if nobody is named."""
    own = {e.strip().lower() for e in own_emails if e.strip()}
    people = [p for p in _people(parties) if p.email.strip().lower() not in own]
    if not people:
        return None
    known = {e.strip().lower() for e in known_emails if e.strip()}
    for person in people:
        if person.email.strip().lower() in known:
            return person
    for person in people:
        if person.organizer:
            return person
    return people[0]


MEETING_HOSTS: Sequence[str] = (
    r"(?:[\w-]+\.)*zoom\.us/(?:j|my|w|s)/",
    r"(?:[\w-]+\.)*zoomgov\.com/(?:j|my|w|s)/",
    r"meet\.google\.com/",
    r"teams\.microsoft\.com/l/meetup-join/",
    r"teams\.live\.com/meet/",
    r"(?:[\w-]+\.)*webex\.com/(?:meet|join|[\w-]+/j\.php)",
    r"whereby\.com/",
    r"meet\.jit\.si/",
    r"(?:[\w-]+\.)*gotomeeting\.com/join/",
    r"meet\.goto\.com/",
    r"facetime\.apple\.com/join",
    r"(?:[\w-]+\.)*chime\.aws/",
)
"""Join links, as the meeting programs write them (what a description is searched for)."""

_URL = re.compile(r"https?://[^\s<>\"'\\]+", re.IGNORECASE)
_HOSTS = re.compile(r"https?://(?:" + "|".join(MEETING_HOSTS) + ")", re.IGNORECASE)


def _urls(text: str) -> list[str]:
    return [u.rstrip(".,;:)]>") for u in _URL.findall(text or "")]


def meeting_link(
    *,
    conference: Sequence[str] = (),
    location: str = "",
    url: str = "",
    description: str = "",
) -> str:
    """The join link, or "".

    ``conference`` holds the properties made for it, best first
    (X-GOOGLE-CONFERENCE, Teams' X-MICROSOFT-SKYPETEAMSMEETINGURL and
    X-MICROSOFT-ONLINEMEETINGCONFLINK, RFC 7986 CONFERENCE): the first web
    link among them wins. Then a known meeting host in LOCATION, URL or
    DESCRIPTION (Zoom and Outlook write the link into the text); then any web
    link in LOCATION or a URL property (the event's own page otherwise).
    """
    for value in conference:
        found = _urls(value)
        if found:
            return found[0]
    for text in (location, url, description):
        for candidate in _urls(text):
            if _HOSTS.match(candidate):
                return candidate
    for text in (location, url):
        found = _urls(text)
        if found:
            return found[0]
    return ""


@dataclass(frozen=True, order=True)
class Version:
    """Which version of an invitation: its SEQUENCE and its latest stamp (naive UTC)."""

    sequence: int
    stamp: datetime | None = None


def is_newer(new: Version, old: Version | None) -> bool:
    """Whether ``new`` supersedes ``old`` (an equal or older one changes nothing)."""
    if old is None:
        return True
    if new.sequence != old.sequence:
        return new.sequence > old.sequence
    if new.stamp is None:
        return False
    return old.stamp is None or new.stamp > old.stamp
