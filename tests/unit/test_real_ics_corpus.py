"""Real meeting invitations (tests/data/real/ics/, see SOURCES.md) become chats.

Every expected value below was read from the file itself: who organised it,
its DTSTART with its zone (converted to UTC by hand), the join link, and what
importing it must do.
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest

from infointerview.domain.contacts import ContactDraft
from infointerview.domain.invitations import other_party
from infointerview.interchange.invitation import parse_invitation
from infointerview.services.invitations import InvitationError, InvitationNeedsTime
from infointerview.services.session import Session

CORPUS = Path(__file__).resolve().parents[1] / "data" / "real" / "ics"

TEAMS_LINK = (
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGU5NmI2ZGYtOWZmOC00Y2ZmLWJlOTIt"
    "NjUxNjA5YjUyYTYy%40thread.v2/0?context=%7b%22Tid%22%3a%222fd0c1c5-18e1-40c4-9f0d-"
    "a0363ca80a3c%22%2c%22Oid%22%3a%2214464d09-ceb8-458c-a61c-717f1e5c66c5%22%7d"
)

# file, who (e-mail, name), start in UTC, length (min), mode, place, recurring
REQUESTS = [
    ("google-meet-request.ics", "example@gmail.com", "", datetime(2021, 3, 22, 9, 30), 60,
     "video", "https://meet.google.com/pyb-ndcu-hhc", False),
    # FLE Standard Time = Europe/Kiev, UTC+2 in December
    ("exchange-teams-request-fle.ics", "marge@example.com", "Marge", datetime(2020, 12, 2, 17, 0),
     120, "video", TEAMS_LINK, False),
    ("exchange-outlook-request-fle.ics", "marge@example.org", "Marge",
     datetime(2021, 11, 27, 7, 0), 30, "video", "", False),
    # Romance Standard Time = Europe/Paris, UTC+2 in May
    ("exchange2010-request-romance.ics", "pablo.marmol@zpush.org", "Pablo Marmol",
     datetime(2014, 5, 19, 7, 0), 30, "in_person", "Oficina", False),
    ("thunderbird-single-event.ics", "sender@example.com", "Sender",
     datetime(2022, 3, 16, 11, 0), 30, "in_person", "Somewhere", False),
    ("thunderbird-repeat-event.ics", "sender@example.com", "Sender",
     datetime(2022, 3, 16, 11, 0), 30, "in_person", "Somewhere", True),
]


def test_the_corpus_has_every_kind_of_invitation() -> None:
    names = {p.name for p in CORPUS.glob("*.ics")}
    assert len(names) >= 10
    listed = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in listed for name in names)


@pytest.mark.parametrize(
    ("name", "email", "cn", "start_utc", "length", "mode", "place", "recurring"), REQUESTS
)
def test_a_real_invitation_becomes_a_scheduled_chat(
    session: Session, name: str, email: str, cn: str, start_utc: datetime, length: int,
    mode: str, place: str, recurring: bool,
) -> None:
    invitation = parse_invitation((CORPUS / name).read_bytes())
    person = other_party(invitation.parties)
    assert person is not None and person.email == email and person.name == cn
    assert invitation.start_utc() == start_utc
    assert invitation.recurring is recurring

    result = session.invitations.import_file(CORPUS / name)
    assert result.action == "created" and result.new_contact
    chat = session.chats.get(result.chat_id or 0)
    assert (chat.start_utc, chat.length_min, chat.mode, chat.place, chat.status) == (
        start_utc, length, mode, place, "scheduled",
    )
    assert chat.uid == invitation.uid
    contact = session.contacts.draft(chat.contact_id)
    assert contact.email == email
    assert ("first occurrence" in result.message) is recurring


def test_the_other_person_is_the_known_contact_when_the_user_organised_it(
    session: Session,
) -> None:
    """google-meet-request.ics: organised by example@gmail.com, sent to homer@example.com.
    If Homer is a contact, the user is example@gmail.com and the chat is with Homer."""
    homer = session.contacts.create(
        ContactDraft(first_name="Homer", last_name="Simpson", email="Homer@Example.com")
    )
    result = session.invitations.import_file(CORPUS / "google-meet-request.ics")
    assert result.action == "created" and not result.new_contact
    assert session.chats.get(result.chat_id or 0).contact_id == homer


def test_a_windows_zone_name_is_mapped_to_its_iana_zone() -> None:
    # khal-windows-tzid.ics: DTSTART;TZID=New Zealand Standard Time:20191120T130000
    # (NZDT, UTC+13), whatever the file's own VTIMEZONE block says
    invitation = parse_invitation((CORPUS / "khal-windows-tzid.ics").read_bytes())
    assert invitation.start_utc() == datetime(2019, 11, 20, 0, 0)
    assert str(getattr(invitation.start, "tzinfo", "")) == "Pacific/Auckland"


def test_an_invitation_naming_nobody_is_refused(session: Session) -> None:
    with pytest.raises(InvitationError, match="nobody"):
        session.invitations.import_file(CORPUS / "khal-windows-tzid.ics")
    assert session.chats.between(datetime(2000, 1, 1), datetime(2100, 1, 1)) == []


def test_an_all_day_invitation_asks_for_a_time(session: Session) -> None:
    # blackberry-allday-request.ics: DTSTART;VALUE=DATE:20120814, ORGANIZER rembrand@daxlab.com
    with pytest.raises(InvitationNeedsTime) as asked:
        session.invitations.import_file(CORPUS / "blackberry-allday-request.ics")
    assert asked.value.day.isoformat() == "2012-08-14"
    assert session.contacts.count() == 0
    result = session.invitations.import_file(
        CORPUS / "blackberry-allday-request.ics", time(14, 30)
    )
    chat = session.chats.get(result.chat_id or 0)
    assert session.chats.to_local(chat.start_utc) == datetime(2012, 8, 14, 14, 30)
    assert session.contacts.draft(chat.contact_id).email == "rembrand@daxlab.com"


# one after the other on the same database: (file, action, start UTC, place, status)
SEQUENCES = {
    "same SEQUENCE, later DTSTAMP": [
        ("thunderbird-single-event.ics", "created", datetime(2022, 3, 16, 11), "Somewhere",
         "scheduled"),
        ("thunderbird-update-minor.ics", "updated", datetime(2022, 3, 16, 11),
         "Updated location", "scheduled"),
        ("thunderbird-update-minor.ics", "unchanged", datetime(2022, 3, 16, 11),
         "Updated location", "scheduled"),
        ("thunderbird-single-event.ics", "unchanged", datetime(2022, 3, 16, 11),
         "Updated location", "scheduled"),
    ],
    "higher SEQUENCE, then an older one": [
        ("thunderbird-single-event.ics", "created", datetime(2022, 3, 16, 11), "Somewhere",
         "scheduled"),
        ("thunderbird-update-major.ics", "updated", datetime(2022, 3, 16, 5), "Somewhere",
         "scheduled"),
        ("thunderbird-update-minor.ics", "unchanged", datetime(2022, 3, 16, 5), "Somewhere",
         "scheduled"),
        # the CANCEL has SEQUENCE 1, older than the SEQUENCE 2 update
        ("thunderbird-cancel-single-event.ics", "unchanged", datetime(2022, 3, 16, 5),
         "Somewhere", "scheduled"),
    ],
    "cancelled": [
        ("thunderbird-single-event.ics", "created", datetime(2022, 3, 16, 11), "Somewhere",
         "scheduled"),
        ("thunderbird-cancel-single-event.ics", "cancelled", datetime(2022, 3, 16, 11),
         "Somewhere", "cancelled"),
    ],
    "a recurring one moved, then cancelled": [
        ("thunderbird-repeat-event.ics", "created", datetime(2022, 3, 16, 11), "Somewhere",
         "scheduled"),
        ("thunderbird-repeat-update-major.ics", "updated", datetime(2022, 3, 16, 5),
         "Somewhere", "scheduled"),
        ("thunderbird-cancel-repeat-event.ics", "unchanged", datetime(2022, 3, 16, 5),
         "Somewhere", "scheduled"),
    ],
    "a recurring one cancelled": [
        ("thunderbird-repeat-event.ics", "created", datetime(2022, 3, 16, 11), "Somewhere",
         "scheduled"),
        ("thunderbird-cancel-repeat-event.ics", "cancelled", datetime(2022, 3, 16, 11),
         "Somewhere", "cancelled"),
    ],
}


@pytest.mark.parametrize("steps", list(SEQUENCES.values()), ids=list(SEQUENCES))
def test_updates_and_cancellations_follow_the_invitation_order(
    session: Session, steps: list[tuple[str, str, datetime, str, str]]
) -> None:
    chat_id = None
    for name, action, start_utc, place, status in steps:
        result = session.invitations.import_file(CORPUS / name)
        assert result.action == action, (name, result.message)
        chat_id = chat_id or result.chat_id
        assert result.chat_id == chat_id
        chat = session.chats.get(chat_id or 0)
        assert (chat.start_utc, chat.place, chat.status) == (start_utc, place, status), name
    assert session.contacts.count() == 1


@pytest.mark.parametrize(
    "name", ["thunderbird-cancel-single-event.ics", "thunderbird-cancel-repeat-event.ics"]
)
def test_a_cancel_for_a_chat_we_never_had_creates_nothing(session: Session, name: str) -> None:
    result = session.invitations.import_file(CORPUS / name)
    assert result.action == "ignored" and result.chat_id is None
    assert session.contacts.count() == 0


def test_an_update_keeps_what_the_user_added(session: Session) -> None:
    from dataclasses import replace

    first = session.invitations.import_file(CORPUS / "thunderbird-single-event.ics")
    chat_id = first.chat_id or 0
    draft = session.chats.draft(chat_id)
    session.chats.reschedule(chat_id, replace(draft, travel_note="Bus 12, then walk"))
    session.invitations.import_file(CORPUS / "thunderbird-update-major.ics")
    chat = session.chats.get(chat_id)
    assert (chat.start_utc, chat.place, chat.travel_note) == (
        datetime(2022, 3, 16, 5), "Somewhere", "Bus 12, then walk",
    )
