"""Full-text search over every chat's notes, takeaways, research, pitch, goals and questions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import SqliteDatabase

from infointerview.domain.chats import effective_span
from infointerview.domain.contacts import display_name

__all__ = ["SearchHit", "SearchService", "fts_query"]


@dataclass(frozen=True)
class SearchHit:
    """One match; ``snippet`` marks matched words with \\x02 ... \\x03."""

    chat_id: int
    field: str
    question_id: int | None
    snippet: str
    contact_name: str
    start_local: dt.datetime

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, matched) pieces, for bolding without rich-text injection."""
        parts: list[tuple[str, bool]] = []
        for chunk in re.split(r"(\x02[^\x03]*\x03)", self.snippet):
            if not chunk:
                continue
            if chunk.startswith("\x02"):
                parts.append((chunk[1:-1], True))
            else:
                parts.append((chunk, False))
        return parts

    @property
    def snippet_text(self) -> str:
        return self.snippet.replace("\x02", "").replace("\x03", "")


def _utc(value: dt.datetime | str) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _local(value: dt.datetime | str) -> dt.datetime:
    return _utc(value).replace(tzinfo=dt.timezone.utc).astimezone()


def _began(status: str, start: str, length: int, began: str | None, ended: str | None) -> dt.datetime:
    """When the chat took place (its actual start once held), naive UTC."""
    return effective_span(
        status, _utc(start), int(length),
        _utc(began) if began else None, _utc(ended) if ended else None,
    )[0]


_TERM = re.compile(r"\S+")


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word quoted (so no operator syntax), all must match.

    The last word matches as a prefix so results appear while typing. Words
    with no letter or digit are dropped; an empty result means "no search".
    """
    text = "".join(ch if ch.isprintable() else " " for ch in text[:500])
    terms = [t for t in _TERM.findall(text) if any(ch.isalnum() for ch in t)]
    if not terms:
        return ""
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms[:20]]
    quoted[-1] += "*"
    return " ".join(quoted)


class SearchService:
    """Searches the FTS5 index the database keeps up to date (migration 0002)."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    def search_everything(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Chats whose notes, takeaways, research, pitch, goals or questions match."""
        match = fts_query(query)
        if not match:
            return []
        cursor = self.db.execute_sql(
            "SELECT s.chat_id, s.field, s.question_id, "
            "snippet(search_index, 0, char(2), char(3), '…', 14), "
            "c.first_name, c.last_name, ch.status, ch.start_at, ch.length_min, "
            "ch.actual_start_at, ch.actual_end_at "
            "FROM search_index s JOIN chat ch ON ch.id = s.chat_id "
            "JOIN contact c ON c.id = ch.contact_id "
            "WHERE search_index MATCH ? AND c.deleted_at IS NULL "
            "ORDER BY rank LIMIT ?",
            (match, int(limit)),
        )
        return [
            SearchHit(
                chat_id=int(chat_id),
                field=str(field_name),
                question_id=int(question_id) if question_id is not None else None,
                snippet=str(snippet).replace("\n", " "),
                contact_name=display_name(first, last),
                start_local=_local(_began(*when)),
            )
            for chat_id, field_name, question_id, snippet, first, last, *when in cursor
        ]
