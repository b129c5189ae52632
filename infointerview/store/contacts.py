"""Contact queries. Bulk reads return plain tuples: the table shows 100,000 rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from peewee import SqliteDatabase, fn

from infointerview.store.models import Contact, Organisation, utcnow

TABLE_SQL = """
SELECT c.id,
       TRIM(c.first_name || ' ' || c.last_name),
       COALESCE(o.name, ''), c.job_title, c.stage,
       COALESCE(date(c.last_contact_at, 'localtime'), ''),
       c.hiring_authority,
       TRIM(c.first_name || ' ' || c.last_name) || char(31) || COALESCE(o.name, '') || char(31)
         || c.job_title || char(31) || c.email || char(31) || c.tags || char(31) || c.notes,
       (SELECT MIN(ch.start_at) FROM chat ch
         WHERE ch.contact_id = c.id AND ch.status = 'scheduled' AND ch.start_at >= ?),
       (SELECT t.title FROM follow_up_task t
         WHERE t.contact_id = c.id AND t.done_at IS NULL AND t.dismissed_at IS NULL
         ORDER BY t.due_at LIMIT 1),
       (SELECT MIN(t.due_at) FROM follow_up_task t
         WHERE t.contact_id = c.id AND t.done_at IS NULL AND t.dismissed_at IS NULL
           AND (t.snoozed_until IS NULL OR t.snoozed_until <= ?))
FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id
WHERE c.deleted_at IS NULL {extra}
"""
"""One row per live contact: id, display name, organisation, title, stage key, last
contact (local date), hiring flag, the text search runs over, next chat (UTC), the
first open task's title and when the first open task falls due (UTC)."""

RawRow = tuple[Any, ...]


def fetch_table_rows(
    db: SqliteDatabase, ids: Sequence[int] | None = None, now: dt.datetime | None = None
) -> Iterable[RawRow]:
    """Everything the contact table shows, in one query (optionally for some ids).

    Rows stream from the cursor so the caller can turn them into table rows
    without holding every raw row in memory at the same time.
    """
    stamp = (now or utcnow()).isoformat(sep=" ")
    params: list[Any] = [stamp, stamp]
    extra = ""
    if ids is not None:
        if not ids:
            return []
        extra = f"AND c.id IN ({','.join('?' * len(ids))})"
        params.extend(ids)
    cursor: Iterable[RawRow] = db.execute_sql(TABLE_SQL.format(extra=extra), params)
    return cursor


def organisation_for(name: str) -> Organisation | None:
    """The organisation with this name (case-insensitive), created if new."""
    name = " ".join(name.split())
    if not name:
        return None
    existing = Organisation.get_or_none(fn.lower(Organisation.name) == name.lower())
    if existing is not None:
        return existing
    return Organisation.create(name=name)


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
