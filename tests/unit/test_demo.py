"""Tests for the sample data set: counts, consistency, times, refusal and force."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from peewee import SqliteDatabase

from infointerview.domain.followups import business_days_between
from infointerview.domain.messages import check_outreach
from infointerview.domain.questions import REFERRAL_QUESTION, check_question
from infointerview.services.demo import DemoRefused, DemoSummary, load_demo
from infointerview.store.database import open_database
from infointerview.store.models import (
    Chat,
    Contact,
    FollowUpTask,
    Organisation,
    OutreachMessage,
    PrepQuestion,
    Setting,
)

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 11, 11, 0, tzinfo=timezone.utc)  # a Wednesday, 11:00 in London


def utc(value: datetime) -> datetime:
    """A stored naive UTC time as an aware one."""
    return value.replace(tzinfo=timezone.utc)


def counts() -> tuple[int, ...]:
    return tuple(
        model.select().count()
        for model in (Organisation, Contact, Chat, PrepQuestion, OutreachMessage, FollowUpTask)
    )


def questions_of(chat: Chat) -> list[PrepQuestion]:
    return list(PrepQuestion.select().where(PrepQuestion.chat == chat).order_by(
        PrepQuestion.position
    ))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SqliteDatabase]:
    database = open_database(tmp_path / "db.sqlite3")
    yield database
    database.close()


@pytest.fixture
def summary(db: SqliteDatabase) -> DemoSummary:
    return load_demo(db, now=NOW, tz=TZ)


def test_counts_meet_the_minimums(summary: DemoSummary) -> None:
    assert Organisation.select().count() == summary.organisations == 10
    assert Contact.select().count() == summary.contacts >= 35
    assert Chat.select().count() == summary.chats
    assert OutreachMessage.select().count() == summary.messages >= 15
    assert FollowUpTask.select().count() == summary.tasks
    past = Chat.select().where(Chat.status.in_(("held", "thanked"))).count()
    assert past >= 8
    assert Chat.select().where(Chat.status == "no_show").count() == 1
    assert Chat.select().where(Chat.status == "cancelled").count() == 1
    assert summary.upcoming_chats == Chat.select().where(Chat.status == "scheduled").count() >= 3
    assert FollowUpTask.select().where(FollowUpTask.done_at.is_null()).count() >= 5
    assert FollowUpTask.select().where(FollowUpTask.done_at.is_null(False)).count() >= 2
    assert {c.organisation_id for c in Contact.select()} == {o.id for o in Organisation.select()}
    assert {m.kind for m in OutreachMessage.select()} == {
        "outreach", "follow_up", "thank_you", "update"
    }
    assert Contact.select().where(Contact.email != "").count() > summary.contacts // 2
    assert all(
        c.linkedin_url.startswith("https://www.linkedin.com/in/")
        for c in Contact.select().where(Contact.linkedin_url != "")
    )


def test_past_chats_are_written_up(summary: DemoSummary) -> None:
    for chat in Chat.select().where(Chat.status.in_(("held", "thanked"))):
        assert chat.pitch and chat.research_notes and chat.goals and chat.notes
        assert chat.takeaways and 1 <= chat.rating <= 5
        assert timedelta(minutes=28) <= chat.actual_end_at - chat.actual_start_at <= timedelta(
            minutes=34
        )
        assert utc(chat.actual_end_at) < NOW
        questions = questions_of(chat)
        assert len(questions) >= 4 and all(q.asked and q.answer_notes for q in questions)
        assert questions[-1].text == REFERRAL_QUESTION
    assert Chat.select().where(Chat.notes.contains("\n\n")).count() >= 3


def test_upcoming_chats_are_prepared(summary: DemoSummary) -> None:
    upcoming = list(Chat.select().where(Chat.status == "scheduled").order_by(Chat.start_at))
    assert len(upcoming) >= 3
    assert utc(upcoming[0].start_at).astimezone(TZ).date() == NOW.astimezone(TZ).date()
    assert all(NOW < utc(c.start_at) <= NOW + timedelta(days=14) for c in upcoming)
    assert len({c.mode for c in upcoming}) >= 3
    closed = []
    for chat in upcoming:
        assert chat.pitch and chat.research_notes and chat.goals and chat.place
        if chat.mode in ("in_person", "coffee"):
            assert chat.travel_note
        questions = questions_of(chat)
        assert 4 <= len(questions) <= 7
        assert [q.position for q in questions] == list(range(len(questions)))
        assert questions[-1].text == REFERRAL_QUESTION
        assert not any(q.asked for q in questions)
        closed += [q.text for q in questions if check_question(q.text).is_closed]
    assert closed == ["Do you enjoy working there?"]


def test_referral_chains_reach_a_hiring_authority(summary: DemoSummary) -> None:
    by_id = {c.id: c for c in Contact.select()}

    def chain(contact: Contact) -> list[Contact]:
        path = [contact]
        while path[-1].referred_by_id is not None:
            path.append(by_id[path[-1].referred_by_id])
        return path

    long_chains = [chain(c) for c in by_id.values() if len(chain(c)) >= 3]
    assert len({path[-1].id for path in long_chains}) >= 3  # three separate starting points
    assert any(path[0].hiring_authority for path in long_chains)


def test_stages_and_last_contact_match_the_history(summary: DemoSummary) -> None:
    for contact in Contact.select():
        chats = list(contact.chats)
        messages = list(contact.messages)
        held = [c for c in chats if c.status in ("held", "thanked")]
        if any(c.status == "scheduled" for c in chats):
            assert contact.stage == "scheduled"
        elif held:
            assert contact.stage == max(held, key=lambda c: c.start_at).status
        elif any(m.replied_at for m in messages):
            assert contact.stage == "replied"
        elif messages:
            assert contact.stage == "contacted"
        else:
            assert contact.stage == "identified" and contact.last_contact_at is None
        events = [t for m in messages for t in (m.sent_at, m.replied_at) if t]
        events += [c.actual_end_at for c in held]
        assert contact.last_contact_at == max(events, default=None)
        for message in messages:
            assert utc(message.sent_at) < NOW
            assert message.replied_at is None or message.sent_at <= message.replied_at
            if message.channel == "email":
                assert contact.email
        if contact.stage == "thanked":
            thanks = [m for m in messages if m.kind == "thank_you"]
            assert thanks and max(m.sent_at for m in thanks) >= max(c.start_at for c in held)
    assert {c.stage for c in Contact.select()} == {
        "identified", "contacted", "replied", "scheduled", "held", "thanked"
    }
    assert {c.lane for c in Contact.select()} == {"", "deep", "wide", "random"}


@pytest.mark.parametrize(
    "now",
    [
        NOW,
        datetime(2026, 3, 11, 20, 30, tzinfo=timezone.utc),  # Wednesday evening
        datetime(2026, 3, 13, 18, 0, tzinfo=timezone.utc),  # Friday evening
        datetime(2026, 3, 16, 6, 0, tzinfo=timezone.utc),  # Monday, before work
        datetime(2026, 3, 29, 12, 0, tzinfo=timezone.utc),  # Sunday the clocks change
        datetime(2026, 7, 1, 15, 0, tzinfo=timezone.utc),  # summer time
    ],
)
def test_chats_start_in_local_working_hours(db: SqliteDatabase, now: datetime) -> None:
    load_demo(db, now=now, tz=TZ)
    for chat in Chat.select():
        assert chat.start_at.tzinfo is None
        local = utc(chat.start_at).astimezone(TZ)
        assert local.weekday() < 5
        assert time(9, 30) <= local.time() <= time(16, 30)
        assert (utc(chat.start_at) > now) == (chat.status == "scheduled")
    upcoming = Chat.select().where(Chat.status == "scheduled").order_by(Chat.start_at).first()
    local_now = now.astimezone(TZ)
    first_day = utc(upcoming.start_at).astimezone(TZ).date()
    assert (first_day - local_now.date()).days <= 3  # later today or the next working morning
    assert all(utc(m.sent_at) < now for m in OutreachMessage.select())


def test_thank_you_due_and_overdue(summary: DemoSummary) -> None:
    due, overdue = [], []
    for chat in Chat.select().where(Chat.status == "held"):
        thanked = OutreachMessage.select().where(
            (OutreachMessage.contact == chat.contact_id)
            & (OutreachMessage.kind == "thank_you")
            & (OutreachMessage.sent_at >= chat.start_at)
        ).exists()
        assert not thanked
        age = NOW - utc(chat.actual_end_at)
        (due if age <= timedelta(hours=48) else overdue).append(chat)
        task = FollowUpTask.get(FollowUpTask.key == f"thank_you:chat:{chat.id}")
        assert task.done_at is None and task.kind == "thank_you"
        assert task.due_at == chat.actual_end_at + timedelta(hours=48)
    assert any(timedelta(hours=18) <= NOW - utc(c.actual_end_at) <= timedelta(hours=24)
               for c in due)
    assert overdue


def test_unanswered_outreach_leads_to_three_and_seven_day_checks(summary: DemoSummary) -> None:
    three, seven = [], []
    for message in OutreachMessage.select().where(
        (OutreachMessage.kind == "outreach") & OutreachMessage.replied_at.is_null()
    ):
        later = OutreachMessage.select().where(
            (OutreachMessage.contact == message.contact_id)
            & (OutreachMessage.sent_at > message.sent_at)
        )
        if later.exists():
            continue
        age = business_days_between(utc(message.sent_at), NOW, TZ)
        colleagues = Contact.select().where(
            (Contact.organisation == message.contact.organisation_id)
            & (Contact.id != message.contact_id)
            & (Contact.stage == "identified")
        )
        if age >= 3 and colleagues.exists():
            three.append(message)
        if age >= 7:
            seven.append(message)
    assert three and seven
    kinds = {t.kind for t in FollowUpTask.select().where(FollowUpTask.done_at.is_null())}
    assert {"thank_you", "second_person", "follow_up_once", "update", "resource",
            "referral"} <= kinds


def test_outreach_messages_follow_the_method(summary: DemoSummary) -> None:
    for message in OutreachMessage.select().where(OutreachMessage.kind == "outreach"):
        contact = message.contact
        referrer = contact.referred_by
        verdicts = check_outreach(
            message.body,
            referrer=f"{referrer.first_name} {referrer.last_name}" if referrer else None,
            connection=contact.connection_point,
            first_name=contact.first_name,
        )
        assert [v.message for v in verdicts if not v.ok] == [], contact.first_name


def test_a_second_load_is_refused_without_changes(
    db: SqliteDatabase, summary: DemoSummary
) -> None:
    before = counts()
    with pytest.raises(DemoRefused, match=r"^There are already 40 contacts in this database"):
        load_demo(db, now=NOW, tz=TZ)
    assert counts() == before


def test_deleted_contacts_do_not_block_loading(db: SqliteDatabase) -> None:
    Contact.create(first_name="Old", deleted_at=datetime(2026, 1, 1))
    assert load_demo(db, now=NOW, tz=TZ).contacts == 40


def test_force_adds_a_second_copy_without_breaking_uniqueness(
    db: SqliteDatabase, summary: DemoSummary
) -> None:
    second = load_demo(db, now=NOW + timedelta(hours=1), force=True, tz=TZ)
    assert second.contacts == summary.contacts
    assert Organisation.select().count() == 10
    assert Contact.select().count() == 2 * summary.contacts
    keys = [t.key for t in FollowUpTask.select()]
    assert None not in keys and len(keys) == len(set(keys)) == summary.tasks + second.tasks
    assert Setting.select().where(Setting.key == "profile").count() == 1


def test_same_now_gives_the_same_data(tmp_path: Path) -> None:
    Snapshot = tuple[list[tuple[str, str, str]], list[datetime], list[datetime]]

    def snapshot(name: str) -> Snapshot:
        database = open_database(tmp_path / name)
        try:
            load_demo(database, now=NOW, tz=TZ)
            names = [(c.first_name, c.last_name, c.stage) for c in Contact.select()]
            starts = [c.start_at for c in Chat.select().order_by(Chat.id)]
            sent = [m.sent_at for m in OutreachMessage.select().order_by(OutreachMessage.id)]
            return names, starts, sent
        finally:
            database.close()

    first, second = snapshot("a.sqlite3"), snapshot("b.sqlite3")
    assert first == second
    assert len({(f, last) for f, last, _ in first[0]}) == len(first[0])


def test_profile_is_written_once_and_never_overwritten(db: SqliteDatabase) -> None:
    Setting.create(key="profile", value=json.dumps({"name": "Sam"}))
    load_demo(db, now=NOW, tz=TZ)
    assert json.loads(Setting.get_by_id("profile").value) == {"name": "Sam"}


def test_profile_holds_name_field_pitch_and_availability(summary: DemoSummary) -> None:
    profile = json.loads(Setting.get_by_id("profile").value)
    assert profile["name"] == "Alex Morgan"
    assert profile["field"] and profile["availability"]
    assert 90 <= len(profile["pitch"].split()) <= 140
