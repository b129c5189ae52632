"""Full-text search over what the user wrote about chats (SQLite FTS5).

One index row per non-empty chat field (notes, takeaways, research notes,
pitch, goals) and one per prep question (its text and answer notes). Triggers
keep the index in step with every writer, so no service has to remember to.
Row ids are derived from the source row so updates replace, not pile up:
chat fields use ``chat.id * 8 + k``, questions use ``-question.id``.
Plain SQL so this script stays frozen whatever the models later become.
"""

from __future__ import annotations

from typing import Any

CHAT_FIELDS = ("notes", "takeaways", "research_notes", "pitch", "goals")


def _insert_chat_rows(ref: str) -> list[str]:
    return [
        f"INSERT INTO search_index(rowid, body, chat_id, field, question_id) "
        f"SELECT {ref}.id * 8 + {k}, {ref}.{name}, {ref}.id, '{name}', NULL "
        f"WHERE {ref}.{name} != ''"
        for k, name in enumerate(CHAT_FIELDS)
    ]


def _delete_chat_rows(ref: str) -> str:
    ids = ", ".join(f"{ref}.id * 8 + {k}" for k in range(len(CHAT_FIELDS)))
    return f"DELETE FROM search_index WHERE rowid IN ({ids})"


_INSERT_QUESTION = (
    "INSERT INTO search_index(rowid, body, chat_id, field, question_id) "
    "SELECT -new.id, new.text || char(10) || new.answer_notes, new.chat_id, 'question', new.id"
)


def _statements() -> list[str]:
    chat_insert = "; ".join(_insert_chat_rows("new"))
    return [
        """CREATE VIRTUAL TABLE search_index USING fts5(
            body, chat_id UNINDEXED, field UNINDEXED, question_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2')""",
        f"""CREATE TRIGGER search_chat_insert AFTER INSERT ON chat BEGIN
            {chat_insert};
        END""",
        f"""CREATE TRIGGER search_chat_update
            AFTER UPDATE OF notes, takeaways, research_notes, pitch, goals ON chat BEGIN
            {_delete_chat_rows("old")};
            {chat_insert};
        END""",
        f"""CREATE TRIGGER search_chat_delete AFTER DELETE ON chat BEGIN
            {_delete_chat_rows("old")};
            DELETE FROM search_index WHERE chat_id = old.id;
        END""",
        f"""CREATE TRIGGER search_question_insert AFTER INSERT ON prep_question BEGIN
            {_INSERT_QUESTION};
        END""",
        f"""CREATE TRIGGER search_question_update
            AFTER UPDATE OF text, answer_notes, chat_id ON prep_question BEGIN
            DELETE FROM search_index WHERE rowid = -old.id;
            {_INSERT_QUESTION};
        END""",
        """CREATE TRIGGER search_question_delete AFTER DELETE ON prep_question BEGIN
            DELETE FROM search_index WHERE rowid = -old.id;
        END""",
    ]


def _rebuild() -> list[str]:
    rows = [
        f"INSERT INTO search_index(rowid, body, chat_id, field, question_id) "
        f"SELECT id * 8 + {k}, {name}, id, '{name}', NULL FROM chat WHERE {name} != ''"
        for k, name in enumerate(CHAT_FIELDS)
    ]
    rows.append(
        "INSERT INTO search_index(rowid, body, chat_id, field, question_id) "
        "SELECT -id, text || char(10) || answer_notes, chat_id, 'question', id FROM prep_question"
    )
    return rows


def up(migrator: Any, db: Any) -> None:
    for statement in _statements() + _rebuild():
        db.execute_sql(statement)


def down(migrator: Any, db: Any) -> None:
    for trigger in (
        "search_chat_insert",
        "search_chat_update",
        "search_chat_delete",
        "search_question_insert",
        "search_question_update",
        "search_question_delete",
    ):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute_sql("DROP TABLE IF EXISTS search_index")
