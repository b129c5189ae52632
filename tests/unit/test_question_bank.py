"""The question bank: seeded once, then the user's own order and words."""

from __future__ import annotations

import pytest

from infointerview.domain.questions import parse_question_bank
from infointerview.resources import read_text
from infointerview.services.prep import PrepError, PrepService
from infointerview.services.question_bank import QuestionBankService
from infointerview.store.models import QuestionTemplate
from tests.unit.chat_factory import make_chat


@pytest.fixture
def prep(session) -> PrepService:  # type: ignore[no-untyped-def]
    return session.prep  # type: ignore[no-any-return]


@pytest.fixture
def bank(session) -> QuestionBankService:  # type: ignore[no-untyped-def]
    return session.bank  # type: ignore[no-any-return]


def test_bank_is_seeded_once_from_resources(prep: PrepService, bank: QuestionBankService) -> None:
    families = parse_question_bank(read_text("question_bank.json"))
    expected = sum(len(f.questions) for f in families)
    assert expected >= 30
    assert bank.ensure_bank_seeded() == expected
    assert bank.ensure_bank_seeded() == 0
    families = bank.bank()
    assert [f.name for f in families] == [f.name for f in families]
    # retiring everything never reseeds
    QuestionTemplate.update(retired=True).execute()
    assert bank.ensure_bank_seeded() == 0
    assert bank.bank(include_retired=False) == []


def test_bank_crud_and_reorder(prep: PrepService, bank: QuestionBankService) -> None:
    first, second = bank.bank()[0].name, bank.bank()[1].name
    new_id = bank.add_bank_question(first, "What would you tell your younger self?")
    assert bank.bank()[0].questions[-1].id == new_id
    assert bank.move_bank_question(new_id, -1)
    assert bank.bank()[0].questions[-2].id == new_id
    bank.edit_bank_question(new_id, "What advice would you give your younger self?")
    bank.set_bank_retired(new_id, True)
    assert new_id not in [q.id for f in bank.bank(False) for q in f.questions]
    assert bank.move_family(second, -1)
    assert [f.name for f in bank.bank()][:2] == [second, first]
    bank.rename_family(first, "Where you came from")
    names = [f.name for f in bank.bank()]
    assert "Where you came from" in names and first not in names
    with pytest.raises(PrepError):
        bank.rename_family("Where you came from", second)
    fam_id = bank.add_bank_question("My own family", "What keeps you here?")
    assert bank.bank()[-1].name == "My own family"
    ids = [q.id for q in bank.bank()[0].questions]
    bank.reorder_bank_family(bank.bank()[0].name, list(reversed(ids)))
    assert [q.id for q in bank.bank()[0].questions] == list(reversed(ids))
    chat = make_chat()
    added = prep.add_from_bank(chat.id, [fam_id])
    assert [q.text for q in prep.questions(chat.id)][0] == "What keeps you here?"
    assert prep.questions(chat.id)[0].category == "My own family" and len(added) == 1
