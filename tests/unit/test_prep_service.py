"""Prep pages and the question list."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from infointerview.domain.questions import REFERRAL_QUESTION
from infointerview.services.prep import PrepError, PrepService
from infointerview.store.models import Chat
from tests.unit.chat_factory import NOW, make_chat


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
