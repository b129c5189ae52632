from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from infointerview.domain.cadence import CadenceGoal
from infointerview.domain.contacts import ContactDraft
from infointerview.services import referrals
from infointerview.services.chats import ChatDraft, ChatService
from infointerview.services.events import ChangeBus
from infointerview.services.followups import FollowUpService
from infointerview.services.outreach import OutreachService
from infointerview.services.session import Session
from infointerview.store.models import Chat, FollowUpTask
from tests.clock import Clock

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 2, 8, 0))  # Monday


@pytest.fixture
def services(session: Session, clock: Clock) -> tuple[ChatService, OutreachService, FollowUpService]:
    """Services on the fake clock, with their own bus whose reaction is this engine."""
    bus = ChangeBus()
    chats = ChatService(session.db, session.settings, bus, tz=LONDON, clock=clock)
    engine = FollowUpService(session.db, session.settings, chats)
    bus.add_reaction(engine.react)
    return chats, OutreachService(session.db, chats), engine


def _contact(session: Session, first: str, org: str = "Helix Bio", referred_by: int | None = None) -> int:
    return session.contacts.create(
        ContactDraft(first_name=first, last_name="Doe", organisation=org, referred_by_id=referred_by)
    )


def test_thank_you_task_fires_once_and_done_thanks_the_chat(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService], clock: Clock
) -> None:
    chats, _, engine = services
    cid = _contact(session, "Ana")
    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 3, 2, 10), 30))
    assert engine.refresh() == 0
    clock.now = datetime(2026, 3, 2, 11)
    chats.mark_held(chat_id)  # the rules run because the chat changed, not on a redraw
    assert [t.kind for t in engine.open_tasks()] == ["thank_you"]
    assert engine.refresh() == 0
    tasks = engine.open_tasks()
    assert [t.kind for t in tasks] == ["thank_you"]
    assert tasks[0].due_utc == datetime(2026, 3, 4, 10, 30)  # 48 h after the end
    assert not tasks[0].overdue and tasks[0].due_text == "due in 2 days"
    engine.done(tasks[0].id)
    assert Chat.get_by_id(chat_id).status == "thanked"
    assert engine.open_tasks() == []
    assert engine.refresh() == 0
    assert FollowUpTask.select().count() == 1


def test_dismissed_task_is_never_recreated(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService], clock: Clock
) -> None:
    chats, _, engine = services
    cid = _contact(session, "Ana")
    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 3, 2, 6), 30))
    chats.mark_held(chat_id)
    engine.refresh()
    (task,) = engine.open_tasks()
    engine.dismiss(task.id)
    for hour in (9, 12, 20):
        clock.now = datetime(2026, 3, 5, hour)
        assert engine.refresh() == 0
    assert engine.open_tasks() == []
    assert Chat.get_by_id(chat_id).status == "held"


def test_snooze_hides_until_the_chosen_time(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService], clock: Clock
) -> None:
    chats, _, engine = services
    cid = _contact(session, "Ana")
    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 2, 26, 10), 30))  # Thursday
    chats.mark_held(chat_id)
    engine.refresh()
    (task,) = engine.open_tasks()
    assert task.overdue
    clock.now = datetime(2026, 3, 6, 14)  # Friday afternoon
    until = engine.snooze(task.id, "next_business_day")
    assert until == datetime(2026, 3, 9, 9, 0)  # Monday 09:00 London (GMT)
    assert engine.open_tasks() == []
    clock.now = datetime(2026, 3, 9, 9, 1)
    (back,) = engine.open_tasks()
    assert back.id == task.id and back.due_utc == until and back.overdue
    with pytest.raises(ValueError):
        engine.snooze(task.id, "never")


def test_outreach_checks_at_three_and_seven_business_days(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService], clock: Clock
) -> None:
    _, outreach, engine = services
    cid = _contact(session, "Ana")
    _contact(session, "Ben")  # someone else at the same organisation, not yet contacted
    outreach.log_message(cid, "outreach", "email", datetime(2026, 3, 6, 9))  # Friday
    clock.now = datetime(2026, 3, 10, 9)  # Tuesday: 2 business days
    assert engine.refresh() == 0
    clock.now = datetime(2026, 3, 11, 9)  # Wednesday: 3 business days
    assert engine.refresh() == 1
    (second,) = engine.open_tasks()
    assert second.kind == "second_person"
    assert "1 other contact at Helix Bio" in second.detail
    clock.now = datetime(2026, 3, 17, 9)  # the next Tuesday: 7 business days
    assert engine.refresh() == 1
    assert [t.kind for t in engine.open_tasks()] == ["second_person", "follow_up_once"]
    assert engine.refresh() == 0


def test_a_reply_stops_the_outreach_checks(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService], clock: Clock
) -> None:
    _, outreach, engine = services
    cid = _contact(session, "Ana")
    msg = outreach.log_message(cid, "outreach", "email", datetime(2026, 3, 2, 9))
    outreach.mark_replied(msg, datetime(2026, 3, 3, 9))
    clock.now = datetime(2026, 3, 30, 9)
    assert engine.refresh() == 0


def test_cadence_reply_rate_and_mix(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService], clock: Clock
) -> None:
    chats, outreach, engine = services
    ids = [_contact(session, name) for name in ("Ana", "Ben", "Cai")]
    for cid in ids:
        outreach.log_message(cid, "outreach", "email", datetime(2026, 2, 2, 9))
    chat_id = chats.schedule(ChatDraft(ids[0], datetime(2026, 2, 10, 10), 30))
    chats.mark_held(chat_id)
    status = engine.cadence()
    assert (status.held, status.target, status.streak) == (0, 1, 1)
    session.settings.set_cadence_goal(CadenceGoal(1, "week"))
    assert engine.cadence().goal_text == "1 chat a week"
    rate = engine.reply_rate()
    assert (rate.contacted, rate.replied) == (3, 1)  # people, as the funnel counts them
    mix, verdict = engine.lane_mix()
    assert mix["other"] == 1 and "tag your chats" in verdict  # no lane set on Ana
    months = engine.chats_per_month(3)
    assert months == [("2026-01", 0), ("2026-02", 1), ("2026-03", 0)]


def test_funnel_and_referral_tree_both_ways(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService]
) -> None:
    chats, outreach, engine = services
    top = _contact(session, "Ana")
    mid = _contact(session, "Ben", referred_by=top)
    low = _contact(session, "Cai", referred_by=mid)
    side = _contact(session, "Dee", referred_by=top)
    outreach.log_message(mid, "outreach", "email", datetime(2026, 2, 2, 9))
    chats.schedule(ChatDraft(low, datetime(2026, 3, 10, 10), 30))
    steps = {s.key: s.count for s in engine.funnel()}
    assert steps == {
        "identified": 4, "contacted": 2, "replied": 1, "scheduled": 1, "held": 0,
        "thanked": 0, "referrals": 3,
    }
    tree = referrals.referral_tree(low)
    assert tree is not None and tree.contact_id == top
    assert [c.name for c in tree.children] == ["Ben Doe", "Dee Doe"]
    assert [c.contact_id for c in tree.children[0].children] == [low]
    assert referrals.referral_path(low) == [top, mid, low]
    assert [t.contact_id for t in referrals.referral_trees()] == [top]
    assert side in {c.contact_id for c in tree.children}


def test_calendar_markers_count_open_tasks_per_local_day(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService], clock: Clock
) -> None:
    chats, _, engine = services
    cid = _contact(session, "Ana")
    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 3, 2, 6), 30))
    chats.mark_held(chat_id)
    engine.refresh()
    counts = engine.task_counts_by_day(datetime(2026, 3, 1), datetime(2026, 4, 1))
    assert counts == {datetime(2026, 3, 4).date(): 1}


def test_trimming_the_message_log_never_changes_the_suggestions() -> None:
    import random
    from datetime import timedelta, timezone

    from infointerview.domain.followups import (
        ChatFacts,
        FollowUpSettings,
        OutreachFacts,
        suggest_tasks,
    )
    from infointerview.services.followups import _relevant

    now = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
    for seed in range(40):
        rng = random.Random(seed)
        messages = []
        for i in range(rng.randint(1, 40)):
            sent = now - timedelta(hours=rng.randint(1, 24 * 200))
            replied = sent + timedelta(hours=rng.randint(1, 200)) if rng.random() < 0.3 else None
            contact = rng.randint(1, 8)
            messages.append(OutreachFacts(
                i + 1, contact, f"C{contact}", contact % 3 or None, "Org",
                rng.choice(["outreach", "outreach", "follow_up", "thank_you", "update"]), sent,
                replied if replied is None or replied < now else None,
            ))
        chats = [
            ChatFacts(
                j + 1, rng.randint(1, 8), "C", None, rng.choice(["held", "thanked", "scheduled"]),
                now - timedelta(days=rng.randint(1, 300)), None, None, None,
            )
            for j in range(rng.randint(0, 6))
        ]
        full = suggest_tasks(now, LONDON, chats, messages, FollowUpSettings(), {1: 1})
        trimmed = suggest_tasks(now, LONDON, chats, _relevant(messages), FollowUpSettings(), {1: 1})
        assert full == trimmed, seed


def test_logging_the_thank_you_closes_its_task_even_for_an_early_call(
    session: Session, services: tuple[ChatService, OutreachService, FollowUpService], clock: Clock
) -> None:
    """The chat was planned for tomorrow but happened today; the thank-you still counts."""
    chats, outreach, engine = services
    cid = _contact(session, "Ana")
    chat_id = chats.schedule(ChatDraft(cid, datetime(2026, 3, 3, 10), 30))
    Chat.update(actual_start_at=datetime(2026, 3, 2, 9, 0)).where(Chat.id == chat_id).execute()
    chats.mark_held(chat_id, datetime(2026, 3, 2, 9, 30))
    assert [t.kind for t in engine.open_tasks()] == ["thank_you"]
    referral = FollowUpTask.create(key="referral:contact:99", contact=cid, chat=chat_id,
                                   kind="referral", title="Reach out to Priya",
                                   due_at=datetime(2026, 3, 4))
    clock.now = datetime(2026, 3, 2, 12)
    outreach.log_message(cid, kind="thank_you", sent_utc=datetime(2026, 3, 2, 12))
    assert Chat.get_by_id(chat_id).status == "thanked"
    engine.refresh()
    assert [t.kind for t in engine.open_tasks()] == ["referral"]
    assert FollowUpTask.get(FollowUpTask.kind == "thank_you").done_at is not None
    assert FollowUpTask.get_by_id(referral.id).done_at is None


def test_rules_run_beside_a_long_import_without_waiting_for_it(session: Session, data_dir) -> None:  # type: ignore[no-untyped-def]
    """Another connection holds the write lock (an import): a run with nothing new only reads."""
    import sqlite3

    other = sqlite3.connect(data_dir / "infointerview.sqlite3", timeout=0.1)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO organisation (name, website, notes, created_at) "
                  "VALUES ('Held by import', '', '', '2026-01-01')")
    try:
        assert session.followups.refresh() == 0
    finally:
        other.rollback()
        other.close()
