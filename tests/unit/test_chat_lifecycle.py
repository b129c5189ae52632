"""The one chat lifecycle: every status transition, every event that moves a stage,
and the call window's paths (end, capture) going through it."""

from __future__ import annotations

import datetime as dt

import pytest

from infointerview.domain.chats import (
    CHAT_STATUSES,
    ChatFact,
    MessageFact,
    derive_stage,
    transition_error,
)
from infointerview.domain.contacts import NAME_MAX, ContactDraft
from infointerview.services.chats import ChatDraft, ChatError
from infointerview.services.events import Change
from infointerview.services.prep import PrepError
from infointerview.services.session import Session
from infointerview.store.models import Chat, Contact

T0 = dt.datetime(2026, 3, 2, 10, 0)  # naive UTC, as stored
NOW = dt.datetime(2026, 3, 20, 12, 0)

# Written out by hand (not read from TRANSITIONS): which moves the machine allows.
ALLOWED = {
    ("scheduled", "held"),
    ("scheduled", "cancelled"),
    ("scheduled", "no_show"),
    ("held", "thanked"),
}


@pytest.mark.parametrize("current", CHAT_STATUSES)
@pytest.mark.parametrize("target", CHAT_STATUSES)
def test_every_transition(current: str, target: str) -> None:
    problem = transition_error(current, target)
    if current == target or (current, target) in ALLOWED:
        assert problem is None
    else:
        assert problem is not None and problem.endswith(".")
        if current in ("cancelled", "no_show"):
            assert "Reschedule it first" in problem


def test_unknown_status_is_refused() -> None:
    assert transition_error("scheduled", "done") == "Unknown chat status 'done'."


def chat(status: str, start: dt.datetime = T0, began: dt.datetime | None = None,
         ended: dt.datetime | None = None) -> ChatFact:
    return ChatFact(status, start, 30, began, ended)


def msg(kind: str, sent: dt.datetime, replied: dt.datetime | None = None) -> MessageFact:
    return MessageFact(kind, sent, replied)


HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)

STAGE_CASES = [
    ("nothing logged keeps the user's stage", [], [], None),
    ("a message sent", [], [msg("outreach", T0)], "contacted"),
    ("a reply", [], [msg("outreach", T0, T0 + DAY)], "replied"),
    ("a chat scheduled", [chat("scheduled", T0 + DAY)], [msg("outreach", T0)], "scheduled"),
    ("a chat arranged then cancelled", [chat("cancelled")], [], "replied"),
    ("a no-show", [chat("no_show")], [], "scheduled"),
    ("a chat held", [chat("held")], [], "held"),
    ("a chat thanked", [chat("thanked")], [], "thanked"),
    ("a thank-you after the held chat", [chat("held")], [msg("thank_you", T0 + HOUR)], "thanked"),
    ("a thank-you before the chat is no thanks for it",
     [chat("held", T0 + DAY)], [msg("thank_you", T0)], "held"),
    ("held early: the thank-you after it began counts though the plan was later",
     [chat("held", T0 + DAY, began=T0, ended=T0 + HOUR / 2)],
     [msg("thank_you", T0 + HOUR)], "thanked"),
    ("cancelled, then another chat held",
     [chat("cancelled"), chat("held", T0 + DAY)], [], "held"),
    ("thanked, then another chat scheduled: the furthest step stays",
     [chat("thanked"), chat("scheduled", T0 + 7 * DAY)], [], "thanked"),
    ("thanked, then another call held", [chat("thanked"), chat("held", T0 + 7 * DAY)], [],
     "thanked"),
]


@pytest.mark.parametrize(
    ("chats", "messages", "stage"), [c[1:] for c in STAGE_CASES], ids=[c[0] for c in STAGE_CASES]
)
def test_stage_rule(chats: list[ChatFact], messages: list[MessageFact], stage: str | None) -> None:
    assert derive_stage(chats, messages, NOW).stage == stage


def test_last_contact_is_the_latest_touch_not_in_the_future() -> None:
    early = chat("held", T0 + DAY, began=T0, ended=T0 + HOUR / 2)
    result = derive_stage(
        [early, chat("scheduled", NOW + DAY)],
        [msg("outreach", T0 - DAY, T0 - HOUR), msg("follow_up", NOW + HOUR)],
        NOW,
    )
    assert result.last_contact_utc == T0 + HOUR / 2  # the real end, not the planned one


# -- the services keep to it --------------------------------------------------------------


def _contact(session: Session, name: str = "Ana") -> int:
    return session.contacts.create(ContactDraft(first_name=name, organisation="Helix Bio"))


def _schedule(session: Session, contact_id: int, days: int) -> int:
    start = session.chats.to_local(session.chats.now()) + dt.timedelta(days=days)
    return session.chats.schedule(ChatDraft(contact_id, start.replace(microsecond=0), 30))


def test_ending_a_second_call_keeps_a_thanked_contact_thanked(session: Session) -> None:
    cid = _contact(session)
    first = _schedule(session, cid, -3)
    session.chats.mark_held(first)
    session.outreach.log_message(cid, kind="thank_you")
    assert Contact.get_by_id(cid).stage == "thanked"
    second = _schedule(session, cid, 0)
    session.calls.start_call(second)
    session.calls.end_call(second)
    assert Chat.get_by_id(second).status == "held"
    assert Contact.get_by_id(cid).stage == "thanked"
    session.chats.recompute_contact(cid)
    assert Contact.get_by_id(cid).stage == "thanked"  # and no jump at the next recompute


def test_ending_a_call_on_a_cancelled_chat_is_refused(session: Session) -> None:
    cid = _contact(session)
    chat_id = _schedule(session, cid, 1)
    session.chats.cancel(chat_id)
    with pytest.raises(PrepError, match="cancelled, so it cannot be held. Reschedule it first"):
        session.calls.end_call(chat_id)
    assert Chat.get_by_id(chat_id).status == "cancelled"
    assert Chat.get_by_id(chat_id).actual_end_at is None
    with pytest.raises(PrepError, match="Reschedule it first"):
        session.calls.start_call(chat_id)


def test_ending_a_thanked_chat_again_changes_nothing(session: Session) -> None:
    cid = _contact(session)
    chat_id = _schedule(session, cid, -1)
    session.chats.mark_held(chat_id)
    session.chats.mark_thanked(chat_id)
    before = Chat.get_by_id(chat_id).actual_end_at
    session.calls.end_call(chat_id)
    stored = Chat.get_by_id(chat_id)
    assert (stored.status, stored.actual_end_at) == ("thanked", before)


def test_a_chat_held_early_records_when_it_really_happened(session: Session) -> None:
    cid = _contact(session)
    chat_id = _schedule(session, cid, 2)  # planned in two days
    began = session.chats.now() - dt.timedelta(minutes=25)
    session.calls.start_call(chat_id, began)
    session.calls.end_call(chat_id, began + dt.timedelta(minutes=20))
    stored = Chat.get_by_id(chat_id)
    assert stored.actual_start_at == began
    assert stored.actual_end_at == began + dt.timedelta(minutes=20)
    assert Contact.get_by_id(cid).last_contact_at == began + dt.timedelta(minutes=20)


def test_set_status_refuses_with_the_rules_sentence(session: Session) -> None:
    chat_id = _schedule(session, _contact(session), 1)
    session.chats.mark_no_show(chat_id)
    with pytest.raises(ChatError, match="marked as a no-show, so it cannot be thanked"):
        session.chats.mark_thanked(chat_id)


def test_a_referral_is_created_through_the_contact_rules(session: Session) -> None:
    cid = _contact(session)
    chat_id = _schedule(session, cid, 0)
    with pytest.raises(PrepError, match=f"limited to {NAME_MAX} characters"):
        session.calls.add_referral(chat_id, "x" * (NAME_MAX + 1))
    assert Contact.select().count() == 1  # nothing half-made
    heard: list[Change] = []
    session.bus.subscribe(heard.append)
    item = session.calls.add_referral(chat_id, "Cleo Park", "Quanta")
    (change,) = heard  # one announcement for the whole capture
    assert {item.contact_id, cid} <= change.contacts and item.task_id in change.tasks
    assert session.contacts.referral_summary(cid) == ([], ["Cleo Park"])
