"""The call: start and end through the one status machine, capture, the wrap-up."""

from __future__ import annotations

import datetime as dt

import pytest

from infointerview.services.calls import CallService
from infointerview.services.prep import PrepError
from infointerview.store.models import Chat, Contact, FollowUpTask
from tests.unit.chat_factory import NOW, make_chat


@pytest.fixture
def calls(session) -> CallService:  # type: ignore[no-untyped-def]
    return session.calls  # type: ignore[no-any-return]


def test_call_lifecycle_marks_chat_and_contact_held(calls: CallService) -> None:
    chat = make_chat()
    calls.start_call(chat.id, NOW)
    calls.start_call(chat.id, NOW + dt.timedelta(minutes=5))  # a restart keeps the first start
    calls.end_call(chat.id, NOW + dt.timedelta(minutes=31))
    stored = Chat.get_by_id(chat.id)
    assert stored.actual_start_at == NOW
    assert stored.actual_end_at == NOW + dt.timedelta(minutes=31)
    assert stored.status == "held"
    contact = Contact.get_by_id(stored.contact_id)
    assert contact.stage == "held" and contact.last_contact_at == NOW + dt.timedelta(minutes=31)


def test_referral_capture_creates_contact_and_task(calls: CallService) -> None:
    chat = make_chat()
    item = calls.add_referral(chat.id, "  Maria  da Costa ", "Riverside Labs", "Runs QA", NOW)
    contact = Contact.get_by_id(item.contact_id)
    assert (contact.first_name, contact.last_name) == ("Maria", "da Costa")
    assert contact.organisation.name == "Riverside Labs"
    assert contact.how_found == "Referral" and contact.stage == "identified"
    assert contact.referred_by_id == chat.contact_id
    task = FollowUpTask.get_by_id(item.task_id)
    assert task.key == f"referral:contact:{contact.id}" and task.kind == "referral"
    assert task.title == "Reach out to Maria da Costa \N{EM DASH} mention Ana Silva referred you"
    assert task.due_at == NOW + dt.timedelta(days=2) and task.chat_id == chat.id
    with pytest.raises(PrepError):
        calls.add_referral(chat.id, "  ")
    calls.set_hiring_authority(chat.id, True)
    assert Contact.get_by_id(chat.contact_id).hiring_authority


def test_promises_get_numbered_keys_and_can_be_discarded(calls: CallService) -> None:
    chat = make_chat()
    one = calls.add_promise(chat.id, "the 2025 salary survey", NOW)
    two = calls.add_promise(chat.id, "an intro to the QA lead", NOW)
    keys = [FollowUpTask.get_by_id(i.task_id).key for i in (one, two)]
    assert keys == [f"resource:chat:{chat.id}:1", f"resource:chat:{chat.id}:2"]
    assert one.title == "Watch for the 2025 salary survey from Ana Silva"
    assert two.title == "Watch for an introduction to the QA lead from Ana Silva"
    referral = calls.add_referral(chat.id, "Bo", "", "", NOW)
    assert [c.kind for c in calls.captured(chat.id)] == ["resource", "resource", "referral"]
    calls.discard_capture(referral.task_id)
    assert Contact.get_by_id(referral.contact_id).deleted_at is not None
    assert [c.discarded for c in calls.captured(chat.id)] == [False, False, True]
    calls.discard_capture(referral.task_id, discard=False)
    assert Contact.get_by_id(referral.contact_id).deleted_at is None
