"""Held means held: once a chat is held, its actual start and end are its time everywhere.

The same story in every test: a chat planned for Wednesday 1 October 2025 at
10:00 (UTC) was held early, on Tuesday 30 September from 00:28 to 00:50.
Each place that shows, exports or reasons about the chat's time must use
Tuesday 00:28–00:50, never the Wednesday slot it no longer takes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from infointerview.domain.cadence import CadenceGoal
from infointerview.domain.chats import effective_span
from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft, ChatService
from infointerview.services.documents import chat_summary
from infointerview.services.followups import FollowUpService
from infointerview.services.ics_export import chat_to_ics
from infointerview.services.prep import PrepService
from infointerview.services.session import Session
from tests.clock import Clock

PLANNED = datetime(2025, 10, 1, 10, 0)  # Wednesday
BEGAN = datetime(2025, 9, 30, 0, 28)  # Tuesday, the day before
ENDED = datetime(2025, 9, 30, 0, 50)
NOW = datetime(2025, 9, 30, 1, 0)


@pytest.fixture
def chats(session: Session) -> ChatService:
    return ChatService(session.db, session.settings, session.bus, tz=timezone.utc, clock=Clock(NOW))


def _held_early(session: Session, chats: ChatService) -> int:
    cid = session.contacts.create(
        ContactDraft(first_name="Sarah", last_name="Lee", organisation="Helix Bio")
    )
    chat_id = chats.schedule(ChatDraft(cid, PLANNED, 30))
    chats.record_start(chat_id, BEGAN)
    chats.set_status(chat_id, "held", when=ENDED)
    return chat_id


def test_the_rule_uses_the_actual_times_once_held_and_the_plan_before() -> None:
    assert effective_span("held", PLANNED, 30, BEGAN, ENDED) == (BEGAN, ENDED)
    assert effective_span("thanked", PLANNED, 30, BEGAN, ENDED) == (BEGAN, ENDED)
    assert effective_span("held", PLANNED, 30, BEGAN, None) == (BEGAN, BEGAN + timedelta(minutes=30))
    assert effective_span("scheduled", PLANNED, 30, BEGAN, None) == (
        PLANNED, PLANNED + timedelta(minutes=30)
    )
    assert effective_span("cancelled", PLANNED, 30) == (PLANNED, PLANNED + timedelta(minutes=30))


def test_selector_lists_it_as_recent_on_tuesday(session: Session, chats: ChatService) -> None:
    chat_id = _held_early(session, chats)
    prep = PrepService(session.db, session.bus)
    (item,) = [i for i in prep.list_chats(now=NOW) if i.id == chat_id]
    assert not item.upcoming
    assert item.start_local.date() == date(2025, 9, 30)
    header = prep.header(chat_id)
    assert header.held and header.start_local.date() == date(2025, 9, 30)
    assert header.length_min == 22


def test_calendar_places_it_on_tuesday_not_wednesday(session: Session, chats: ChatService) -> None:
    chat_id = _held_early(session, chats)
    tuesday = chats.between(datetime(2025, 9, 30), datetime(2025, 10, 1))
    wednesday = chats.between(datetime(2025, 10, 1), datetime(2025, 10, 2))
    assert [r.id for r in tuesday] == [chat_id] and wednesday == []
    (row,) = tuesday
    assert (row.start_utc, row.end_utc) == (BEGAN, ENDED) == chats.span(chat_id)
    assert row.planned_start_utc == PLANNED
    assert [r.id for r in chats.recent(now=NOW)] == [chat_id]


def test_summary_says_when_it_was_held(session: Session, chats: ChatService) -> None:
    chat_id = _held_early(session, chats)
    summary = chat_summary(chat_id, timezone.utc)
    assert summary.when == "Tuesday 30 September 2025, 00:28–00:50"


def test_ics_export_has_the_actual_times(session: Session, chats: ChatService) -> None:
    chat_id = _held_early(session, chats)
    (event,) = Calendar.from_ical(chat_to_ics(chat_id, chats, NOW)).walk("VEVENT")
    start = event.decoded("dtstart").astimezone(timezone.utc).replace(tzinfo=None)
    assert start == BEGAN
    assert event.decoded("duration") == timedelta(minutes=22)


def test_clash_check_uses_the_actual_time(session: Session, chats: ChatService) -> None:
    chat_id = _held_early(session, chats)
    other = session.contacts.create(ContactDraft(first_name="Tom", last_name="Ray"))
    clash = chats.overlaps_for(ChatDraft(other, datetime(2025, 9, 30, 0, 40), 30))
    assert [r.id for r in clash] == [chat_id]
    assert chats.overlaps_for(ChatDraft(other, PLANNED, 30)) == []  # the vacated slot is free


def test_follow_up_clock_runs_from_the_actual_end(session: Session, chats: ChatService) -> None:
    _held_early(session, chats)
    session.settings.set_cadence_goal(CadenceGoal(1, "month"))
    engine = FollowUpService(session.db, session.settings, chats)
    engine.refresh(NOW)
    (task,) = [t for t in engine.open_tasks(NOW, 7) if t.kind == "thank_you"]
    assert task.due_utc == ENDED + timedelta(hours=session.settings.thank_you_hours())
    # it was held in September, so September's goal is met and the streak has begun
    status = engine.cadence(NOW)
    assert (status.held, status.met, status.streak) == (1, True, 1)
    assert engine.chats_per_month(2, NOW) == [("2025-08", 0), ("2025-09", 1)]


def test_note_search_dates_the_hit_when_it_was_held(session: Session, chats: ChatService) -> None:
    chat_id = _held_early(session, chats)
    PrepService(session.db, session.bus).save_fields(chat_id, notes="Ask about gut bacteria labs")
    (hit,) = session.search.search_everything("bacteria")
    assert hit.chat_id == chat_id
    assert hit.start_local.astimezone(timezone.utc).replace(tzinfo=None) == BEGAN
