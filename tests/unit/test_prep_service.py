"""Prep pages, the question list, the bank, the call lifecycle and capture."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from infointerview.domain.questions import REFERRAL_QUESTION, parse_question_bank
from infointerview.resources import read_text
from infointerview.services.prep import PrepError, PrepService
from infointerview.store.models import Chat, Contact, FollowUpTask, Organisation, QuestionTemplate

NOW = dt.datetime(2026, 3, 2, 14, 0)


def make_chat(first: str = "Ana", last: str = "Silva", mode: str = "video") -> Chat:
    org, _ = Organisation.get_or_create(name="Helix Bio")
    contact = Contact.create(first_name=first, last_name=last, organisation=org,
                             job_title="Lab manager", stage="scheduled")
    return Chat.create(contact=contact, start_at=NOW + dt.timedelta(days=1), mode=mode,
                       place="Kiln Coffee")


@pytest.fixture
def prep(session) -> PrepService:  # type: ignore[no-untyped-def]
    return session.prep  # type: ignore[no-any-return]


def test_header_and_fields_round_trip(prep: PrepService) -> None:
    chat = make_chat(mode="coffee")
    header = prep.header(chat.id)
    assert (header.contact_name, header.organisation, header.job_title) == (
        "Ana Silva", "Helix Bio", "Lab manager")
    assert header.in_person and header.place == "Kiln Coffee"
    assert header.start_local.utcoffset() is not None
    prep.save_fields(chat.id, pitch="I am exploring lab work.", goals="Learn the path",
                     notes="n", takeaways="t", research_notes="r")
    prep.save_rating(chat.id, 4)
    prep.save_checklist(chat.id, {"cv": True, "route": False})
    fields = prep.fields(chat.id)
    assert fields.pitch == "I am exploring lab work." and fields.goals == "Learn the path"
    assert fields.rating == 4 and fields.checklist == {"cv": True, "route": False}
    assert json.loads(Chat.get_by_id(chat.id).checklist) == {"cv": True, "route": False}
    with pytest.raises(ValueError):
        prep.save_fields(chat.id, status="held")
    with pytest.raises(PrepError):
        prep.save_rating(chat.id, 9)


def test_referral_question_is_added_and_stays_last(prep: PrepService) -> None:
    chat = make_chat()
    assert [q.text for q in prep.questions(chat.id)] == [REFERRAL_QUESTION]
    a = prep.add_question(chat.id, "How did you get into lab work?")
    b = prep.add_question(chat.id, "  What does a typical   day look like? ")
    texts = [q.text for q in prep.questions(chat.id)]
    assert texts == ["How did you get into lab work?", "What does a typical day look like?",
                     REFERRAL_QUESTION]
    referral = prep.questions(chat.id)[-1].id
    # reorder asking for the referral question first: it still ends up last
    prep.reorder_questions(chat.id, [referral, b, a])
    assert [q.id for q in prep.questions(chat.id)] == [b, a, referral]
    assert prep.move_question(a, -1) is True
    assert [q.id for q in prep.questions(chat.id)] == [a, b, referral]
    assert prep.move_question(b, +1) is False  # would pass the referral question
    assert prep.move_question(a, -1) is False  # already first
    assert prep.move_question(referral, -1) is False
    with pytest.raises(PrepError):
        prep.delete_question(referral)
    prep.delete_question(a)
    assert [q.id for q in prep.questions(chat.id)] == [b, referral]
    prep.edit_question(b, "Who else should I talk to about this?")
    assert [q.is_referral for q in prep.questions(chat.id)] == [True, True]
    prep.delete_question(referral)  # another referral question remains
    assert len(prep.questions(chat.id)) == 1
    with pytest.raises(PrepError):
        prep.add_question(chat.id, "   ")


def test_asked_and_answer_notes(prep: PrepService) -> None:
    chat = make_chat()
    qid = prep.add_question(chat.id, "What surprised you?")
    prep.set_asked(qid, True)
    prep.set_answer(qid, "The paperwork")
    item = prep.questions(chat.id)[0]
    assert item.asked and item.answer_notes == "The paperwork"


def test_bank_is_seeded_once_from_resources(prep: PrepService) -> None:
    families = parse_question_bank(read_text("question_bank.json"))
    expected = sum(len(f.questions) for f in families)
    assert expected >= 30
    assert prep.ensure_bank_seeded() == expected
    assert prep.ensure_bank_seeded() == 0
    bank = prep.bank()
    assert [f.name for f in bank] == [f.name for f in families]
    # retiring everything never reseeds
    QuestionTemplate.update(retired=True).execute()
    assert prep.ensure_bank_seeded() == 0
    assert prep.bank(include_retired=False) == []


def test_bank_crud_and_reorder(prep: PrepService) -> None:
    bank = prep.bank()
    first, second = bank[0].name, bank[1].name
    new_id = prep.add_bank_question(first, "What would you tell your younger self?")
    assert prep.bank()[0].questions[-1].id == new_id
    assert prep.move_bank_question(new_id, -1)
    assert prep.bank()[0].questions[-2].id == new_id
    prep.edit_bank_question(new_id, "What advice would you give your younger self?")
    prep.set_bank_retired(new_id, True)
    assert new_id not in [q.id for f in prep.bank(False) for q in f.questions]
    assert prep.move_family(second, -1)
    assert [f.name for f in prep.bank()][:2] == [second, first]
    prep.rename_family(first, "Where you came from")
    names = [f.name for f in prep.bank()]
    assert "Where you came from" in names and first not in names
    with pytest.raises(PrepError):
        prep.rename_family("Where you came from", second)
    fam_id = prep.add_bank_question("My own family", "What keeps you here?")
    assert prep.bank()[-1].name == "My own family"
    ids = [q.id for q in prep.bank()[0].questions]
    prep.reorder_bank_family(prep.bank()[0].name, list(reversed(ids)))
    assert [q.id for q in prep.bank()[0].questions] == list(reversed(ids))
    chat = make_chat()
    added = prep.add_from_bank(chat.id, [fam_id])
    assert [q.text for q in prep.questions(chat.id)][0] == "What keeps you here?"
    assert prep.questions(chat.id)[0].category == "My own family" and len(added) == 1


def test_call_lifecycle_marks_chat_and_contact_held(prep: PrepService) -> None:
    chat = make_chat()
    prep.start_call(chat.id, NOW)
    prep.start_call(chat.id, NOW + dt.timedelta(minutes=5))  # a restart keeps the first start
    prep.end_call(chat.id, NOW + dt.timedelta(minutes=31))
    stored = Chat.get_by_id(chat.id)
    assert stored.actual_start_at == NOW
    assert stored.actual_end_at == NOW + dt.timedelta(minutes=31)
    assert stored.status == "held"
    contact = Contact.get_by_id(stored.contact_id)
    assert contact.stage == "held" and contact.last_contact_at == NOW + dt.timedelta(minutes=31)


def test_referral_capture_creates_contact_and_task(prep: PrepService) -> None:
    chat = make_chat()
    item = prep.add_referral(chat.id, "  Maria  da Costa ", "Riverside Labs", "Runs QA", NOW)
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
        prep.add_referral(chat.id, "  ")
    prep.set_hiring_authority(chat.id, True)
    assert Contact.get_by_id(chat.contact_id).hiring_authority


def test_promises_get_numbered_keys_and_can_be_discarded(prep: PrepService) -> None:
    chat = make_chat()
    one = prep.add_promise(chat.id, "the 2025 salary survey", NOW)
    two = prep.add_promise(chat.id, "an intro to the QA lead", NOW)
    keys = [FollowUpTask.get_by_id(i.task_id).key for i in (one, two)]
    assert keys == [f"resource:chat:{chat.id}:1", f"resource:chat:{chat.id}:2"]
    assert one.title == "Remind them: the 2025 salary survey"
    referral = prep.add_referral(chat.id, "Bo", "", "", NOW)
    assert [c.kind for c in prep.captured(chat.id)] == ["resource", "resource", "referral"]
    prep.discard_capture(referral.task_id)
    assert Contact.get_by_id(referral.contact_id).deleted_at is not None
    assert [c.discarded for c in prep.captured(chat.id)] == [False, False, True]
    prep.discard_capture(referral.task_id, discard=False)
    assert Contact.get_by_id(referral.contact_id).deleted_at is None


def test_list_chats_upcoming_first_then_recent(prep: PrepService) -> None:
    past = make_chat("Old", "Chat")
    Chat.update(start_at=NOW - dt.timedelta(days=3)).where(Chat.id == past.id).execute()
    soon = make_chat("Soon", "Chat")
    items = prep.list_chats(NOW)
    assert [(i.id, i.upcoming) for i in items] == [(soon.id, True), (past.id, False)]
    assert prep.has_chats()


def test_missing_chat_gives_a_sentence(prep: PrepService) -> None:
    with pytest.raises(PrepError, match="no longer exists"):
        prep.header(999)
