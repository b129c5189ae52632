"""Full-text search: triggers keep the index current; awkward queries never raise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from infointerview.services.prep import PrepService
from infointerview.services.search import SearchService, fts_query
from infointerview.store.models import Chat, Contact, PrepQuestion

NOW = dt.datetime(2026, 3, 2, 14, 0)


@pytest.fixture
def prep(session) -> PrepService:  # type: ignore[no-untyped-def]
    return session.prep  # type: ignore[no-any-return]


@pytest.fixture
def search(session) -> SearchService:  # type: ignore[no-untyped-def]
    return session.search  # type: ignore[no-any-return]


def make_chat(**fields: str) -> Chat:
    contact = Contact.create(first_name="Yusuf", last_name="Adé")
    return Chat.create(contact=contact, start_at=NOW, **fields)


def test_every_field_is_searchable_and_updates_follow(prep: PrepService, search: SearchService) -> None:
    chat = make_chat(notes="Talked about regulatory affairs", takeaways="Learn GxP",
                     research_notes="Company opened a plant in Porto", pitch="I build pipelines",
                     goals="Understand validation")
    for word, field in [("regulatory", "notes"), ("gxp", "takeaways"), ("porto", "research_notes"),
                        ("pipelines", "pitch"), ("validation", "goals")]:
        hits = search.search_everything(word)
        assert [(h.chat_id, h.field) for h in hits] == [(chat.id, field)], word
    prep.save_fields(chat.id, notes="Now about clinical trials")
    assert search.search_everything("regulatory") == []
    hit = search.search_everything("clinical")[0]
    assert hit.contact_name == "Yusuf Adé"
    assert ("clinical", True) in hit.snippet_parts()
    assert "\x02" not in hit.snippet_text


def test_questions_and_answers_are_indexed(prep: PrepService, search: SearchService) -> None:
    chat = make_chat()
    qid = prep.add_question(chat.id, "What surprised you about biotech?")
    prep.set_answer(qid, "The pace of hiring in Lisbon")
    hits = search.search_everything("lisbon")
    assert [(h.field, h.question_id) for h in hits] == [("question", qid)]
    assert search.search_everything("biotech")[0].question_id == qid
    prep.delete_question(qid)
    assert search.search_everything("lisbon") == []
    # diacritics and prefixes
    prep.save_fields(chat.id, notes="café culture")
    assert search.search_everything("cafe")
    assert search.search_everything("cul")  # last word is a prefix


def test_deleting_a_chat_removes_its_rows(prep: PrepService, search: SearchService) -> None:
    chat = make_chat(notes="zebrafish models")
    prep.add_question(chat.id, "How do zebrafish help?")
    assert len(search.search_everything("zebrafish")) == 2
    Chat.delete_by_id(chat.id)
    assert PrepQuestion.select().count() == 0
    assert search.search_everything("zebrafish") == []


@pytest.mark.parametrize(
    "query",
    ['"', "AND(", "*", "NOT", "OR OR", "a AND", "NEAR(x y)", "col:val", "^start", "'",
     '""""', "(((", "-", "+", "x\x00y", "a" * 2000, "   ", "", "🙂", "}{", "body:x"],
)
def test_awkward_queries_never_raise(prep: PrepService, search: SearchService, query: str) -> None:
    make_chat(notes="and or not near body col val start")
    assert isinstance(search.search_everything(query), list)


def test_operator_words_are_searched_as_words(prep: PrepService, search: SearchService) -> None:
    chat = make_chat(notes="salt and pepper")
    assert [h.chat_id for h in search.search_everything("AND")] == [chat.id]
    assert fts_query('say "hi"') == '"say" """hi"""*'
    assert fts_query("* ( )") == ""


def test_migration_rebuilds_existing_rows(tmp_path: Path) -> None:
    """A database written before the search index gets its old notes indexed."""
    import sqlite3

    from infointerview.store.database import MIGRATIONS_DIR, open_database

    first_only = tmp_path / "m"
    first_only.mkdir()
    (first_only / "0001_initial.py").write_text(
        (MIGRATIONS_DIR / "0001_initial.py").read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "old.sqlite3"
    db = open_database(path, migrations_dir=first_only, bind=False)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO contact (id, created_at, updated_at) VALUES (1, '2026-01-01', '2026-01-01')")
    conn.execute("INSERT INTO chat (id, contact_id, start_at, notes, created_at, updated_at) "
                 "VALUES (1, 1, '2026-01-02 10:00:00', 'old hydroponics note', '2026-01-01', '2026-01-01')")
    conn.execute("INSERT INTO prep_question (chat_id, text, answer_notes, created_at) "
                 "VALUES (1, 'Why aquaponics?', 'fish', '2026-01-01')")
    conn.commit()
    conn.close()
    db = open_database(path)
    try:
        search = SearchService(db)
        assert [h.field for h in search.search_everything("hydroponics")] == ["notes"]
        assert [h.field for h in search.search_everything("aquaponics")] == ["question"]
    finally:
        db.close()
