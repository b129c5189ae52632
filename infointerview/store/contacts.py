"""Contact queries. Bulk reads return plain tuples: the table shows 100,000 rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from peewee import SqliteDatabase, fn

from infointerview.store.models import Contact, Organisation, utcnow

TABLE_SQL = """
SELECT c.id, TRIM(c.first_name || ' ' || c.last_name), c.organisation_id, c.job_title,
       c.stage, COALESCE(date(c.last_contact_at, 'localtime'), ''), c.hiring_authority
FROM contact c
WHERE +c.deleted_at IS NULL {extra}
"""
"""What the contact table shows, one plain tuple per live contact: id, display name,
organisation id, job title, stage key, last contact (local date) and the hiring flag.
(``+`` keeps SQLite on a table scan: nearly every contact is live. Organisation
names come from ``organisation_names_by_id``: the join costs a quarter of the read.)"""

SEARCH_SQL = """
SELECT c.id, TRIM(c.first_name || ' ' || c.last_name) || char(31) || COALESCE(o.name, '')
         || char(31) || c.job_title || char(31) || c.email || char(31) || c.tags
         || char(31) || c.notes
FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id
WHERE +c.deleted_at IS NULL {extra}
"""
"""(id, the text the table's search box runs over) per live contact."""

NEXT_CHATS_SQL = """
SELECT contact_id, MIN(start_at) FROM chat
WHERE status = 'scheduled' AND start_at >= ? {extra} GROUP BY contact_id
"""
OPEN_TASKS_SQL = """
SELECT contact_id, title, due_at, snoozed_until FROM follow_up_task
WHERE done_at IS NULL AND dismissed_at IS NULL {extra} ORDER BY contact_id, due_at
"""

RawRow = tuple[Any, ...]
_ID_CHUNK = 900  # under SQLite's limit on bound variables


def _chunks(ids: Sequence[int] | None) -> Iterable[Sequence[int] | None]:
    if ids is None:
        yield None
        return
    for start in range(0, len(ids), _ID_CHUNK):
        yield ids[start : start + _ID_CHUNK]


def _run(
    db: SqliteDatabase, sql: str, column: str, ids: Sequence[int] | None, params: Sequence[Any] = ()
) -> list[RawRow]:
    """``sql`` for every live row, or only for ``ids`` (in chunks)."""
    rows: list[RawRow] = []
    for chunk in _chunks(ids):
        extra = "" if chunk is None else f"AND {column} IN ({','.join('?' * len(chunk))})"
        rows.extend(db.execute_sql(sql.format(extra=extra), [*params, *(chunk or ())]).fetchall())
    return rows


def fetch_table_rows(db: SqliteDatabase, ids: Sequence[int] | None = None) -> list[RawRow]:
    """``TABLE_SQL`` rows (for every live contact, or for some ids), as plain tuples."""
    return _run(db, TABLE_SQL, "c.id", ids)


def fetch_search_texts(db: SqliteDatabase, ids: Sequence[int] | None = None) -> list[RawRow]:
    return _run(db, SEARCH_SQL, "c.id", ids)


def fetch_search_text_pages(db: SqliteDatabase, page: int) -> Iterator[list[RawRow]]:
    """``SEARCH_SQL`` rows for every live contact, ``page`` rows at a time by id.

    Each page is its own short query (keyset paging), so nothing stays open
    between pages and a caller may spread them over the event loop.
    """
    after = 0
    sql = SEARCH_SQL.format(extra="AND c.id > ? ORDER BY c.id LIMIT ?")
    while True:
        rows = db.execute_sql(sql, [after, page]).fetchall()
        if not rows:
            return
        yield rows
        if len(rows) < page:
            return
        after = int(rows[-1][0])


def fetch_next_chats(
    db: SqliteDatabase, ids: Sequence[int] | None, now: dt.datetime
) -> list[RawRow]:
    """(contact id, start of the next scheduled chat, UTC) for contacts with one."""
    return _run(db, NEXT_CHATS_SQL, "contact_id", ids, [now.isoformat(sep=" ")])


def fetch_open_tasks(db: SqliteDatabase, ids: Sequence[int] | None) -> list[RawRow]:
    """(contact id, title, due, snoozed until) of open tasks, by contact then due time."""
    return _run(db, OPEN_TASKS_SQL, "contact_id", ids)


def organisation_for(name: str) -> Organisation | None:
    """The organisation with this name (case-insensitive), created if new."""
    name = " ".join(name.split())
    if not name:
        return None
    existing = Organisation.get_or_none(fn.lower(Organisation.name) == name.lower())
    if existing is not None:
        return existing
    return Organisation.create(name=name)


def organisation_names_by_id(db: SqliteDatabase) -> dict[int, str]:
    return dict(db.execute_sql("SELECT id, name FROM organisation").fetchall())


def organisation_names() -> list[str]:
    cursor = Organisation._meta.database.execute_sql(
        "SELECT name FROM organisation ORDER BY name COLLATE NOCASE"
    )
    return [str(name) for (name,) in cursor.fetchall()]


def referrer_choices() -> list[tuple[int, str, str]]:
    """(id, display name, organisation) for every live contact, for pickers."""
    cursor = Contact._meta.database.execute_sql(
        "SELECT c.id, c.first_name, c.last_name, COALESCE(o.name, '') FROM contact c "
        "LEFT JOIN organisation o ON o.id = c.organisation_id WHERE c.deleted_at IS NULL "
        "ORDER BY c.first_name COLLATE NOCASE, c.last_name COLLATE NOCASE"
    )
    return [
        (cid, " ".join(p for p in (first, last) if p), org or "")
        for cid, first, last, org in cursor.fetchall()
    ]


def set_deleted(ids: Iterable[int], deleted: bool) -> int:
    stamp = utcnow() if deleted else None
    return int(
        Contact.update(deleted_at=stamp, updated_at=utcnow())
        .where(Contact.id.in_(list(ids)))
        .execute()
    )


def referrals_of(contact_id: int) -> list[Contact]:
    return list(
        Contact.select()
        .where((Contact.referred_by == contact_id) & Contact.deleted_at.is_null())
        .order_by(Contact.first_name)
    )


def referrer_chain(contact_id: int, limit: int = 50) -> list[Contact]:
    """Who referred this person, then who referred them, … (stops at cycles)."""
    chain: list[Contact] = []
    seen = {contact_id}
    current = Contact.get_or_none(Contact.id == contact_id)
    while current is not None and current.referred_by_id and len(chain) < limit:
        if current.referred_by_id in seen:
            break
        seen.add(current.referred_by_id)
        current = Contact.get_or_none(Contact.id == current.referred_by_id)
        if current is not None:
            chain.append(current)
    return chain
