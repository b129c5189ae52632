"""The pure rules of an invitation: who "them" is, the join link, zones, update order."""

from __future__ import annotations

from datetime import datetime

import pytest

from infointerview.domain.invitations import Party, Version, is_newer, meeting_link, other_party
from infointerview.interchange.invitation import windows_zone

ORG = Party("boss@acme.com", "Boss", organizer=True)
ME = Party("me@home.org", "Me")
ANA = Party("ana@helix.bio", "Ana")
ROOM = Party("room-4@acme.com", "Room 4", kind="ROOM")


@pytest.mark.parametrize(
    ("parties", "known", "own", "expected"),
    [
        ([ORG, ME], [], [], ORG),  # nobody known: the organizer (the user was invited)
        ([ORG, ME], ["ME@home.org"], [], ME),  # the known contact, whatever the case
        ([Party("me@home.org", organizer=True), ANA], ["ana@helix.bio"], [], ANA),
        ([Party("me@home.org", organizer=True), ANA], [], ["me@home.org"], ANA),  # own address
        ([ORG, ROOM, ME], ["room-4@acme.com"], [], ORG),  # rooms are never "them"
        ([ANA, ME], [], [], ANA),  # no organizer: the first attendee
        ([ORG, Party("BOSS@acme.com"), ME], [], ["me@home.org"], ORG),  # one per address
        ([ROOM], [], [], None),
        ([], [], [], None),
    ],
)
def test_who_the_chat_is_with(
    parties: list[Party], known: list[str], own: list[str], expected: Party | None
) -> None:
    assert other_party(parties, known, own) == expected


ZOOM_DESCRIPTION = (
    "Sam is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
    "https://us02web.zoom.us/j/85412345678?pwd=QWErty12\n\nMeeting ID: 854 1234 5678\n"
    "Find your local number: https://us02web.zoom.us/u/kbX1yZ"
)
GOOGLE_DESCRIPTION = (
    "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
    "Join with Google Meet: https://meet.google.com/abc-defg-hij"
)


@pytest.mark.parametrize(
    ("conference", "location", "url", "description", "expected"),
    [
        (["https://meet.google.com/abc-defg-hij"], "", "", GOOGLE_DESCRIPTION,
         "https://meet.google.com/abc-defg-hij"),
        ([], "", "", GOOGLE_DESCRIPTION, "https://meet.google.com/abc-defg-hij"),
        ([], "", "", ZOOM_DESCRIPTION, "https://us02web.zoom.us/j/85412345678?pwd=QWErty12"),
        ([], "https://us02web.zoom.us/j/85412345678", "", "", "https://us02web.zoom.us/j/85412345678"),
        (["conf:sip:abc@lync.example.com", "https://teams.microsoft.com/l/meetup-join/19%3a"],
         "Microsoft Teams Meeting", "", "", "https://teams.microsoft.com/l/meetup-join/19%3a"),
        ([], "Microsoft Teams Meeting", "",
         "Join on your computer <https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0?c=1>",
         "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0?c=1"),
        ([], "Café Nero, 12 High St", "", "See https://example.com/agenda", ""),
        ([], "", "https://whereby.com/sam", "", "https://whereby.com/sam"),
        ([], "", "https://example.com/event/12", "", "https://example.com/event/12"),
        ([], "", "", "", ""),
    ],
)
def test_the_join_link(
    conference: list[str], location: str, url: str, description: str, expected: str
) -> None:
    assert meeting_link(
        conference=conference, location=location, url=url, description=description
    ) == expected


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Romance Standard Time", "Europe/Paris"),
        ("GMT Standard Time", "Europe/London"),
        ('"Eastern Standard Time"', "America/New_York"),
        ("Tokyo Standard Time", "Asia/Tokyo"),
        ("Europe/Berlin", None),  # already IANA: not a Windows name
        ("Nowhere Standard Time", None),
    ],
)
def test_windows_zone_names(name: str, zone: str | None) -> None:
    assert windows_zone(name) == zone


T = datetime(2026, 5, 1, 12, 0)
LATER = datetime(2026, 5, 1, 12, 5)


@pytest.mark.parametrize(
    ("new", "old", "newer"),
    [
        (Version(0, T), None, True),
        (Version(1, T), Version(0, LATER), True),  # SEQUENCE first
        (Version(0, LATER), Version(1, T), False),
        (Version(0, LATER), Version(0, T), True),  # Google: same SEQUENCE, later stamp
        (Version(0, T), Version(0, T), False),  # the same one again
        (Version(0, T), Version(0, LATER), False),
        (Version(0, None), Version(0, T), False),
        (Version(0, T), Version(0, None), True),
    ],
)
def test_update_order(new: Version, old: Version | None, newer: bool) -> None:
    assert is_newer(new, old) is newer
