"""Services announce what they changed, after it is committed, once per action."""

from __future__ import annotations

import datetime as dt

import pytest

from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft
from infointerview.services.events import Change, ChangeBus
from infointerview.services.session import Session
from infointerview.store.models import Contact


def test_a_batch_sends_once_after_it_ends() -> None:
    bus = ChangeBus()
    heard: list[Change] = []
    bus.subscribe(heard.append)
    with bus.batch():
        bus.announce(Change.of(contacts=[1]))
        with bus.batch():
            bus.announce(Change.of(chats=[2], contacts=[3]))
        assert heard == []
    assert heard == [Change.of(contacts=[1, 3], chats=[2])]


def test_a_failed_batch_announces_nothing() -> None:
    bus = ChangeBus()
    heard: list[Change] = []
    bus.subscribe(heard.append)
    with pytest.raises(RuntimeError), bus.batch():
        bus.announce(Change.of(contacts=[1]))
        raise RuntimeError("rolled back")
    bus.announce(Change.of(tasks=[5]))
    assert heard == [Change.of(tasks=[5])]


def test_reactions_add_to_the_change_before_listeners_hear_it() -> None:
    bus = ChangeBus()
    heard: list[Change] = []
    bus.subscribe(heard.append)
    bus.add_reaction(lambda c: Change.of(tasks=[9]) if c.chats else None)
    bus.announce(Change.of(chats=[1]))
    bus.announce(Change.of(contacts=[2]))
    assert heard == [Change.of(chats=[1], tasks=[9]), Change.of(contacts=[2])]


def test_listeners_read_committed_data(session: Session) -> None:
    """A listener that reads the database sees the write (it was announced after COMMIT)."""
    seen: list[str] = []
    session.bus.subscribe(
        lambda change: seen.extend(
            Contact.get_by_id(cid).first_name for cid in sorted(change.contacts)
        )
    )
    session.contacts.create(ContactDraft(first_name="Ana"))
    assert seen == ["Ana"]


def test_holding_a_chat_raises_the_thank_you_in_the_same_announcement(session: Session) -> None:
    cid = session.contacts.create(ContactDraft(first_name="Ana"))
    start = session.chats.to_local(session.chats.now()) - dt.timedelta(hours=2)
    chat_id = session.chats.schedule(ChatDraft(cid, start.replace(microsecond=0), 30))
    heard: list[Change] = []
    session.bus.subscribe(heard.append)
    session.chats.mark_held(chat_id)
    (change,) = heard
    assert change.chats == {chat_id} and cid in change.contacts
    (task,) = session.followups.open_tasks()
    assert task.kind == "thank_you" and change.tasks == {task.id}


def test_every_kind_of_write_announces(session: Session) -> None:
    heard: list[Change] = []
    session.bus.subscribe(heard.append)
    cid = session.contacts.create(ContactDraft(first_name="Ana"))
    start = session.chats.to_local(session.chats.now()) + dt.timedelta(days=1)
    chat_id = session.chats.schedule(ChatDraft(cid, start.replace(microsecond=0), 30))
    message_id = session.outreach.log_message(cid)
    session.outreach.mark_replied(message_id)
    session.prep.save_fields(chat_id, pitch="I am exploring lab work.")
    family = session.bank.bank()[0].name
    session.bank.add_bank_question(family, "What surprised you most here?")
    session.settings.set("cadence.goal", {"chats": 2, "period": "month"})
    session.contacts.delete([cid])
    kinds = [
        {k for k in ("contacts", "chats", "messages", "prep", "settings") if getattr(c, k)}
        | ({"bank"} if c.bank else set())
        for c in heard
    ]
    assert kinds == [
        {"contacts"}, {"contacts", "chats"}, {"contacts", "messages"},
        {"contacts", "messages"}, {"prep"}, {"bank"}, {"settings"}, {"contacts"},
    ]
    assert heard[2].messages == {message_id} and heard[4].prep == {chat_id}
