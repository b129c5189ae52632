from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import (
    ChatDraft,
    ChatError,
    ChatService,
    ChatValidationFailed,
    LocalZone,
)
from infointerview.services.outreach import OutreachService
from infointerview.services.session import Session
from infointerview.services.settings import SettingsService
from infointerview.store.models import Chat, Contact
from tests.clock import Clock

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 20, 12, 0)  # naive UTC, a Friday before the March DST change


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def chats(session: Session, clock: Clock) -> ChatService:
    return ChatService(session.db, session.settings, session.bus, tz=LONDON, clock=clock)


@pytest.fixture
def outreach(session: Session, chats: ChatService) -> OutreachService:
    return OutreachService(session.db, chats)


def _contact(session: Session, first: str = "Ana", org: str = "Helix Bio", stage: str = "identified") -> int:
    return session.contacts.create(
        ContactDraft(first_name=first, last_name="Silva", organisation=org, stage=stage)
    )


def _stage(contact_id: int) -> str:
    return str(Contact.get_by_id(contact_id).stage)


def test_schedule_stores_utc_and_reads_back_local(session: Session, chats: ChatService) -> None:
    cid = _contact(session)
    # 30 March 2026 is after the UK moved to BST (UTC+1).
    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 3, 30, 10, 0), 30, "video", " https://meet "))
    row = Chat.get_by_id(chat_id)
    assert row.start_at == datetime(2026, 3, 30, 9, 0)
    assert row.place == "https://meet"
    assert row.status == "scheduled"
    assert chats.draft(chat_id).start_local == datetime(2026, 3, 30, 10, 0)
    assert _stage(cid) == "scheduled"


def test_default_length_comes_from_the_setting(session: Session, chats: ChatService) -> None:
    assert chats.new_draft().length_min == 30
    session.settings.set("chat_length_min", 45)
    assert chats.new_draft(contact_id=3).length_min == 45
    assert chats.new_draft().start_local == datetime(2026, 3, 21, 10, 0)


def test_validation_says_what_to_fix(session: Session, chats: ChatService) -> None:
    with pytest.raises(ChatValidationFailed) as failure:
        chats.schedule(ChatDraft(None, datetime(2026, 3, 30, 10), 2, "telepathy"))
    assert set(failure.value.errors) == {"contact_id", "length_min", "mode"}


def test_travel_note_kept_only_for_in_person_and_coffee(session: Session, chats: ChatService) -> None:
    cid = _contact(session)
    a = chats.schedule(ChatDraft(cid, datetime(2026, 3, 30, 10), 30, "coffee", "Cafe", "Bus 12"))
    b = chats.schedule(ChatDraft(cid, datetime(2026, 3, 31, 10), 30, "phone", "", "Bus 12"))
    assert Chat.get_by_id(a).travel_note == "Bus 12"
    assert Chat.get_by_id(b).travel_note == ""


def test_reschedule_moves_the_chat_and_revives_a_cancelled_one(
    session: Session, chats: ChatService
) -> None:
    cid = _contact(session)
    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 3, 24, 10), 30))
    chats.cancel(chat_id)
    assert Chat.get_by_id(chat_id).status == "cancelled"
    assert _stage(cid) == "replied"
    chats.reschedule(chat_id, ChatDraft(cid, datetime(2026, 3, 26, 15, 30), 45, "phone"))
    row = Chat.get_by_id(chat_id)
    assert (row.start_at, row.length_min, row.mode, row.status) == (
        datetime(2026, 3, 26, 15, 30), 45, "phone", "scheduled"
    )
    assert _stage(cid) == "scheduled"


def test_status_machine_and_its_errors(session: Session, chats: ChatService, clock: Clock) -> None:
    cid = _contact(session)
    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 3, 23, 10), 30))
    with pytest.raises(ChatError, match="cannot be thanked"):
        chats.mark_thanked(chat_id)
    clock.now = datetime(2026, 3, 23, 11)
    chats.mark_held(chat_id)
    row = Chat.get_by_id(chat_id)
    assert row.status == "held"
    assert row.actual_end_at == datetime(2026, 3, 23, 10, 30)
    assert _stage(cid) == "held"
    assert Contact.get_by_id(cid).last_contact_at == datetime(2026, 3, 23, 10, 30)
    with pytest.raises(ChatError, match="already been held"):
        chats.reschedule(chat_id, ChatDraft(cid, datetime(2026, 3, 24, 10), 30))
    with pytest.raises(ChatError):
        chats.cancel(chat_id)
    chats.mark_thanked(chat_id)
    assert _stage(cid) == "thanked"

    other = chats.schedule(ChatDraft(cid, datetime(2026, 3, 25, 10), 30))
    chats.mark_no_show(other)
    with pytest.raises(ChatError, match="Reschedule it first"):
        chats.mark_held(other)


def test_overlaps_are_reported_not_refused(session: Session, chats: ChatService) -> None:
    cid = _contact(session)
    first = chats.schedule(ChatDraft(cid, datetime(2026, 3, 24, 10, 0), 60))
    touching = ChatDraft(cid, datetime(2026, 3, 24, 11, 0), 30)
    inside = ChatDraft(cid, datetime(2026, 3, 24, 10, 45), 30)
    before = ChatDraft(cid, datetime(2026, 3, 24, 9, 30), 31)
    assert chats.overlaps_for(touching) == []
    assert [r.id for r in chats.overlaps_for(inside)] == [first]
    assert [r.id for r in chats.overlaps_for(before)] == [first]
    assert chats.overlaps_for(inside, exclude_chat_id=first) == []
    second = chats.schedule(inside)  # the user may go ahead
    chats.cancel(second)
    assert [r.id for r in chats.overlaps_for(inside)] == [first]


def test_listings_for_calendar_and_today(session: Session, chats: ChatService) -> None:
    cid = _contact(session)
    past = chats.schedule(ChatDraft(cid, datetime(2026, 3, 19, 10), 30))
    today = chats.schedule(ChatDraft(cid, datetime(2026, 3, 20, 16), 30))
    soon = chats.schedule(ChatDraft(cid, datetime(2026, 3, 24, 10), 30))
    later = chats.schedule(ChatDraft(cid, datetime(2026, 4, 20, 10), 30))
    cancelled = chats.schedule(ChatDraft(cid, datetime(2026, 3, 23, 10), 30))
    chats.cancel(cancelled)
    assert [r.id for r in chats.upcoming(7)] == [today, soon]
    assert [r.id for r in chats.all_upcoming()] == [today, soon, later]
    assert [r.id for r in chats.recent()] == [past]
    march = chats.between(datetime(2026, 3, 1), datetime(2026, 4, 1))
    assert [r.id for r in march] == [past, today, soon]
    assert march[0].who == "Ana Silva (Helix Bio)"


def test_deleted_contacts_drop_out_of_listings(session: Session, chats: ChatService) -> None:
    cid = _contact(session)
    chats.schedule(ChatDraft(cid, datetime(2026, 3, 24, 10), 30))
    session.contacts.delete([cid])
    assert chats.upcoming(7) == []


def test_stage_follows_the_outreach_log(
    session: Session, chats: ChatService, outreach: OutreachService, clock: Clock
) -> None:
    cid = _contact(session, stage="identified")
    msg = outreach.log_message(cid, "outreach", "email", datetime(2026, 3, 16, 9), "Hello")
    assert _stage(cid) == "contacted"
    assert Contact.get_by_id(cid).last_contact_at == datetime(2026, 3, 16, 9)
    with pytest.raises(ChatError, match="before the message"):
        outreach.mark_replied(msg, datetime(2026, 3, 15))
    outreach.mark_replied(msg, datetime(2026, 3, 17, 8))
    assert _stage(cid) == "replied"
    assert Contact.get_by_id(cid).last_contact_at == datetime(2026, 3, 17, 8)
    assert outreach.unanswered_for(cid) == []

    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 3, 18, 10), 30))
    chats.mark_held(chat_id)
    assert _stage(cid) == "held"
    outreach.log_message(cid, "thank_you", "email", datetime(2026, 3, 19, 9))
    assert Chat.get_by_id(chat_id).status == "thanked"
    assert _stage(cid) == "thanked"
    assert [m.kind for m in outreach.messages_for(cid)] == ["thank_you", "outreach"]


def test_a_contact_with_no_activity_keeps_the_chosen_stage(
    session: Session, chats: ChatService
) -> None:
    cid = _contact(session, stage="replied")
    chats.recompute_contact(cid)
    assert _stage(cid) == "replied"


def test_outreach_rejects_unknown_kinds(session: Session, outreach: OutreachService) -> None:
    cid = _contact(session)
    with pytest.raises(ChatError):
        outreach.log_message(cid, "gossip")
    with pytest.raises(ChatError):
        outreach.log_message(cid, "outreach", "pigeon")


def test_local_zone_matches_the_system_offset() -> None:
    zone = LocalZone()
    for stamp in (datetime(2026, 1, 15, 12), datetime(2026, 7, 15, 12)):
        aware = stamp.replace(tzinfo=timezone.utc)
        expected = aware.astimezone().utcoffset()
        assert aware.astimezone(zone).utcoffset() == expected
        local = aware.astimezone(zone).replace(tzinfo=None)
        assert local.replace(tzinfo=zone).astimezone(timezone.utc) == aware
    assert zone.utcoffset(None) is not None and isinstance(zone.tzname(None), str)


def test_settings_service_round_trip(session: Session) -> None:
    settings: SettingsService = session.settings
    assert settings.get("missing", 7) == 7
    settings.set("thing", {"a": [1, 2]})
    settings.set("thing", {"a": [3]})
    assert settings.get("thing") == {"a": [3]}
    settings.set("chat_length_min", "lots")
    assert settings.chat_length_min() == 30
    settings.set("chat_length_min", 1)
    assert settings.chat_length_min() == 30
    settings.set("chat_length_min", 20)
    assert settings.chat_length_min() == 20
    assert settings.get_str("thing", "x") == "x"
    assert settings.get_bool("nope", True) is True
    assert timedelta(hours=settings.thank_you_hours()) == timedelta(hours=48)
