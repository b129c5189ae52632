"""The sample data set: the resource itself, and what loading it shows the user.

The loader runs against a real SQLite database through the real services;
the tests read back what the contact table, the chat pages and Today show.
"""

from __future__ import annotations

import shutil
import string
from collections.abc import Iterator
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from infointerview.domain.chats import CHANNELS, CHAT_STATUSES, MESSAGE_KINDS, MODES
from infointerview.domain.closed_questions import check_question
from infointerview.domain.contacts import HOW_FOUND, LANE_KEYS, STAGE_KEYS, display_name
from infointerview.domain.followups import business_days_between
from infointerview.domain.message_checks import check_outreach
from infointerview.domain.questions import REFERRAL_QUESTION
from infointerview.services.demo import DemoRefused, DemoSummary, load_demo, read_sample_data
from infointerview.services.followups import TaskRow
from infointerview.services.messages import MessageService
from infointerview.services.session import Session, open_session
from infointerview.store.models import (
    Chat,
    Contact,
    FollowUpTask,
    Organisation,
    OutreachMessage,
    PrepQuestion,
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


def named(full_name: str) -> Contact:
    first, last = full_name.split(" ", 1)
    return Contact.get((Contact.first_name == first) & (Contact.last_name == last))


def today(session: Session) -> list[TaskRow]:
    """The open tasks Today shows at NOW."""
    return session.followups.open_tasks(NOW)


@pytest.fixture(scope="module")
def loaded_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """A data folder the sample was loaded into once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("sample")
    opened = open_session(folder)
    try:
        return folder, load_demo(opened, now=NOW, tz=TZ)
    finally:
        opened.close()


@pytest.fixture
def loaded(
    loaded_folder: tuple[Path, DemoSummary], tmp_path: Path
) -> Iterator[tuple[Session, DemoSummary]]:
    folder, summary = loaded_folder
    copy = tmp_path / "loaded"
    shutil.copytree(folder, copy)
    opened = open_session(copy)
    yield opened, summary
    opened.close()


@pytest.fixture
def summary(loaded: tuple[Session, DemoSummary]) -> DemoSummary:
    return loaded[1]


@pytest.fixture
def sample(loaded: tuple[Session, DemoSummary]) -> Session:
    """The session over a folder holding the sample data."""
    return loaded[0]


# -- the resource -----------------------------------------------------------------


def test_the_resource_is_valid_and_every_key_resolves() -> None:
    data = read_sample_data()
    people = {p["key"]: p for p in data["contacts"]}
    assert len(people) == len(data["contacts"]) == 40
    for person in data["contacts"]:
        assert person["first_name"] and person["organisation"] and person["job_title"]
        assert person["lane"] in LANE_KEYS and person["how_found"] in HOW_FOUND
        assert person["referred_by"] is None or person["referred_by"] in people
        seen = {person["key"]}
        referrer = person["referred_by"]
        while referrer is not None:  # no loops
            assert referrer not in seen
            seen.add(referrer)
            referrer = people[referrer]["referred_by"]

    captured = {}
    for chat in data["chats"]:
        assert chat["contact"] in people
        assert chat["status"] in CHAT_STATUSES and chat["mode"] in MODES
        assert chat["when"]["rule"] in ("ago", "ahead", "today", "thank_you_due", "overdue")
        if chat["when"]["rule"] in ("ago", "ahead"):
            time.fromisoformat(chat["when"]["time"])
        if chat["status"] == "held":
            assert all(q["answer"] for q in chat["questions"]) and chat["referral_answer"]
        for capture in chat.get("captures", []):
            assert chat["status"] == "held" and capture["kind"] in ("referral", "promise")
            if capture["kind"] == "referral":
                assert capture["contact"] in people
                assert people[capture["contact"]]["referred_by"] == chat["contact"]
                captured[capture["contact"]] = chat["contact"]
            else:
                assert capture["text"]
    assert captured and not {p["referred_by"] for p in data["contacts"]} & captured.keys()

    for message in data["messages"]:
        assert message["contact"] in people
        assert message["kind"] in MESSAGE_KINDS and message["channel"] in CHANNELS
        assert message["sent"]["from"] in (
            "first_chat", "last_chat_end", "days_ago", "business_days_ago"
        )
        if message["channel"] == "email":
            assert people[message["contact"]]["email"]
        person = people[message["contact"]]
        if message["kind"] == "outreach" and not person["referred_by"]:
            assert person["outreach_opener"]
        if message["kind"] == "update":
            assert message["body"]

    fields = {
        name for text in data["texts"].values()
        for _, name, _, _ in string.Formatter().parse(text) if name
    }
    assert fields <= {
        "first_name", "organisation", "referrer_first_name", "referrer_name", "opener",
        "thread_subject", "outreach_date", "chat_weekday", "thanks_line",
    }


def test_contacts_are_read_by_key(summary: DemoSummary) -> None:
    """Every referred_by key in the file becomes that person as the contact's referrer."""
    data = read_sample_data()
    people = {p["key"]: p for p in data["contacts"]}
    for person in data["contacts"]:
        contact = Contact.get(
            (Contact.first_name == person["first_name"]) & (Contact.last_name == person["last_name"])
        )
        assert contact.organisation.name == person["organisation"]
        assert contact.job_title == person["job_title"] and contact.email == person["email"]
        if person["referred_by"] is None:
            assert contact.referred_by_id is None
        else:
            referrer = people[person["referred_by"]]
            assert (contact.referred_by.first_name, contact.referred_by.last_name) == (
                referrer["first_name"], referrer["last_name"]
            )


# -- what loading shows ---------------------------------------------------------------


def test_counts_meet_the_minimums(sample: Session, summary: DemoSummary) -> None:
    assert Organisation.select().count() == summary.organisations == 10
    assert sample.contacts.count() == summary.contacts == 40
    assert Chat.select().count() == summary.chats
    assert OutreachMessage.select().count() == summary.messages >= 15
    assert FollowUpTask.select().count() == summary.tasks
    past = Chat.select().where(Chat.status.in_(("held", "thanked"))).count()
    assert past >= 8
    assert Chat.select().where(Chat.status == "no_show").count() == 1
    assert Chat.select().where(Chat.status == "cancelled").count() == 1
    assert summary.upcoming_chats == Chat.select().where(Chat.status == "scheduled").count() >= 3
    assert len(today(sample)) >= 5
    # The referral Mateus gave was acted on: Alex wrote to Kwame, so its task is done.
    kwame = named("Kwame Mensah")
    done = FollowUpTask.get((FollowUpTask.contact == kwame) & (FollowUpTask.kind == "referral"))
    assert done.done_at is not None
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


def test_referral_chains_reach_a_hiring_authority(sample: Session, summary: DemoSummary) -> None:
    by_id = {c.id: c for c in Contact.select()}

    def chain(contact: Contact) -> list[Contact]:
        path = [contact]
        while path[-1].referred_by_id is not None:
            path.append(by_id[path[-1].referred_by_id])
        return path

    long_chains = [chain(c) for c in by_id.values() if len(chain(c)) >= 3]
    assert len({path[-1].id for path in long_chains}) >= 3  # three separate starting points
    assert any(path[0].hiring_authority for path in long_chains)
    # The referral captured during Amara's chat: Lucas, referred by Amara, up to Hiroshi.
    lucas = named("Lucas Moreau")
    up, _ = sample.contacts.referral_summary(lucas.id)
    assert up == ["Amara Okafor", "Hiroshi Tanaka"]


def test_stages_and_last_contact_follow_the_history(summary: DemoSummary) -> None:
    stages = {display_name(c.first_name, c.last_name): c.stage for c in Contact.select()}
    assert stages["Ana Costa"] == "thanked"  # held, then thanked by email
    assert stages["Amara Okafor"] == "held"  # held yesterday, thank-you not sent yet
    assert stages["Grace Mwangi"] == "scheduled"
    assert stages["Nadia Rahman"] == "scheduled"  # cancelled once, booked again
    assert stages["Isabela Santos"] == "replied"
    assert stages["Henrik Larsen"] == "contacted"
    assert stages["Jun Park"] == "identified"
    assert set(stages.values()) == set(STAGE_KEYS)
    assert {c.lane for c in Contact.select()} == {"", "deep", "wide", "random"}
    for contact in Contact.select():
        messages = list(contact.messages)
        held = [c for c in contact.chats if c.status in ("held", "thanked")]
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
def test_chats_start_in_local_working_hours(session: Session, now: datetime) -> None:
    load_demo(session, now=now, tz=TZ)
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


def test_the_services_keep_their_own_clock_and_zone(session: Session) -> None:
    clock, zone = session.chats.clock, session.chats.tz
    load_demo(session, now=NOW, tz=TZ)
    with pytest.raises(DemoRefused):
        load_demo(session, now=NOW, tz=TZ)
    assert (session.chats.clock, session.chats.tz) == (clock, zone)


def test_today_asks_for_thank_yous_due_and_overdue(sample: Session, summary: DemoSummary) -> None:
    thank_yous = {t.chat_id: t for t in today(sample) if t.kind == "thank_you"}
    due, overdue = [], []
    for chat in Chat.select().where(Chat.status == "held"):  # held, not yet thanked
        assert not OutreachMessage.select().where(
            (OutreachMessage.contact == chat.contact_id)
            & (OutreachMessage.kind == "thank_you")
            & (OutreachMessage.sent_at >= chat.start_at)
        ).exists()
        task = thank_yous.pop(chat.id)
        assert task.due_utc == chat.actual_end_at + timedelta(hours=48)
        (overdue if task.overdue else due).append(chat)
    assert not thank_yous  # thanked chats ask for nothing
    assert any(timedelta(hours=18) <= NOW - utc(c.actual_end_at) <= timedelta(hours=24)
               for c in due)
    assert overdue


def test_unanswered_outreach_leads_to_three_and_seven_day_checks(
    sample: Session, summary: DemoSummary
) -> None:
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
        if age >= 3:
            three.append(message.contact_id)
        if age >= 7:
            seven.append(message.contact_id)
    assert three and seven
    tasks = today(sample)
    assert set(seven) <= {t.contact_id for t in tasks if t.kind == "follow_up_once"}
    assert set(three) & {t.contact_id for t in tasks if t.kind == "second_person"}
    assert {"thank_you", "second_person", "follow_up_once", "update", "resource",
            "referral"} <= {t.kind for t in tasks}


def test_captured_promises_reach_the_thank_you_note(sample: Session, summary: DemoSummary) -> None:
    amara = named("Amara Okafor")
    promised = [t for t in today(sample) if t.kind == "resource" and t.contact_id == amara.id]
    assert promised and "CDISC" in promised[0].title
    context = MessageService(sample.db, sample.settings).context(amara.id, now=NOW.replace(tzinfo=None))
    assert any("CDISC" in p for p in context.promised)
    lucas = named("Lucas Moreau")
    assert any(t.kind == "referral" and t.contact_id == lucas.id for t in today(sample))


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
    sample: Session, summary: DemoSummary
) -> None:
    before = counts()
    with pytest.raises(DemoRefused, match=r"^There are already 40 contacts in this database"):
        load_demo(sample, now=NOW, tz=TZ)
    assert counts() == before


def test_deleted_contacts_do_not_block_loading(session: Session) -> None:
    from infointerview.domain.contacts import ContactDraft

    old = session.contacts.create(ContactDraft(first_name="Old"))
    session.contacts.delete([old])
    assert load_demo(session, now=NOW, tz=TZ).contacts == 40


def test_force_adds_a_second_copy_without_breaking_uniqueness(
    sample: Session, summary: DemoSummary
) -> None:
    second = load_demo(sample, now=NOW + timedelta(hours=1), force=True, tz=TZ)
    assert second.contacts == summary.contacts
    assert Organisation.select().count() == 10
    assert sample.contacts.count() == 2 * summary.contacts
    keys = [t.key for t in FollowUpTask.select()]
    assert None not in keys and len(keys) == len(set(keys)) == summary.tasks + second.tasks
    assert sample.settings.profile()["name"] == "Alex Morgan"


def test_same_now_gives_the_same_data(tmp_path: Path) -> None:
    Snapshot = tuple[list[tuple[str, str, str]], list[datetime], list[datetime], list[str]]

    def snapshot(name: str) -> Snapshot:
        opened = open_session(tmp_path / name)
        try:
            load_demo(opened, now=NOW, tz=TZ)
            names = [(c.first_name, c.last_name, c.stage) for c in Contact.select()]
            starts = [c.start_at for c in Chat.select().order_by(Chat.id)]
            sent = [m.sent_at for m in OutreachMessage.select().order_by(OutreachMessage.id)]
            tasks = [t.title for t in opened.followups.open_tasks(NOW)]
            return names, starts, sent, tasks
        finally:
            opened.close()

    first, second = snapshot("a"), snapshot("b")
    assert first == second
    assert len({(f, last) for f, last, _ in first[0]}) == len(first[0])


def test_profile_is_written_once_and_never_overwritten(session: Session) -> None:
    session.settings.set("profile", {"name": "Sam"})
    load_demo(session, now=NOW, tz=TZ)
    assert session.settings.get("profile") == {"name": "Sam"}


def test_profile_holds_name_field_pitch_and_availability(
    sample: Session, summary: DemoSummary
) -> None:
    profile = sample.settings.profile()
    assert profile["name"] == "Alex Morgan"
    assert profile["field"] and profile["availability"]
    assert 90 <= len(profile["pitch"].split()) <= 140
