"""Importing contacts: applying a plan in one transaction, recorded so it can be undone."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import DataError, IntegrityError, SqliteDatabase

from infointerview.domain.i18n import plural
from infointerview.interchange.errors import ImportFormatError
from infointerview.interchange.json_backup import restore_related
from infointerview.interchange.records import ImportedContact
from infointerview.services.importing import (
    NEW,
    SKIP,
    UPDATE,
    ImportPlan,
    PlannedRow,
    stored_date_text,
)
from infointerview.store.models import utcnow

__all__ = ["ImportCancelled", "ImportResult", "apply_import"]

CHUNK = 500
"""Rows per INSERT batch (well under SQLite's bound-variable limit)."""

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back."""


@dataclass
class ImportResult:
    batch_id: int
    created: int
    updated: int
    skipped: int
    related: int = 0  # chats, messages, tasks… restored from a JSON backup

    def summary(self) -> str:
        text = (
            f"Imported: {plural(self.created, '%Ln new contact(s)')}, {self.updated:,} updated, "
            f"{self.skipped:,} skipped."
        )
        if self.related:
            text += " " + plural(
                self.related,
                "Also restored %Ln other record(s) (chats, questions, messages, tasks, settings).",
            )
        return text


_INSERT_COLUMNS = (
    "first_name", "last_name", "organisation_id", "job_title", "email", "phone", "linkedin_url",
    "location", "how_found", "connection_point", "hiring_authority", "lane", "stage", "tags",
    "notes", "connected_on", "created_at", "updated_at", "import_batch_id",
)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def apply_import(
    db: SqliteDatabase,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Write the plan in ONE transaction; cancel or any error leaves the database as it was.

    ``progress(done, total)`` is called between batches; ``cancelled()`` is
    polled there too and raises :class:`ImportCancelled` after rolling back.
    """
    new_rows = [r for r in plan.rows if r.action == NEW]
    update_rows = [r for r in plan.rows if r.action == UPDATE]
    total = max(1, len(new_rows) + len(update_rows))
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(min(done, total), total)

    now = str(utcnow())
    try:
        return _apply(db, plan, new_rows, update_rows, tick, progress, cancelled, now, total)
    except (IntegrityError, DataError) as exc:  # rolled back; a hand-edited backup can break constraints
        raise ImportFormatError(
            f"The database refused a row of this file ({exc}). Nothing was imported."
        ) from exc


def _apply(
    db: SqliteDatabase,
    plan: ImportPlan,
    new_rows: list[PlannedRow],
    update_rows: list[PlannedRow],
    tick: Callable[[int], None],
    progress: Progress | None,
    cancelled: Cancelled | None,
    now: str,
    total: int,
) -> ImportResult:
    with db.atomic():
        cursor = db.execute_sql(
            "INSERT INTO import_batch (source_name, format, created_at, created_count, "
            "updated_count, skipped_count) VALUES (?, ?, ?, ?, ?, ?)",
            (plan.source_name[:255], plan.format, now, len(new_rows), len(update_rows),
             plan.skipped),
        )
        batch_id = int(cursor.lastrowid or 0)
        changes: list[tuple[Any, ...]] = []
        org_ids = _ensure_organisations(db, plan, batch_id, changes, tick)
        tick(0)
        file_ids = _insert_new(db, plan, new_rows, org_ids, batch_id, now, tick)
        _update_matched(db, update_rows, org_ids, batch_id, now, changes, tick)
        related = 0
        if plan.backup is not None:
            related = _restore_backup_extras(db, plan, file_ids, batch_id, changes)
        for chunk in _chunks(changes):
            db.cursor().executemany(
                "INSERT INTO import_change (batch_id, table_name, row_key, field, "
                "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
                chunk,
            )
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if not new_rows and not update_rows and not related:
            # nothing changed: keep no batch, so there is nothing to undo
            db.execute_sql("DELETE FROM import_batch WHERE id = ?", (batch_id,))
            batch_id = 0
    if progress is not None:
        progress(total, total)
    return ImportResult(batch_id, len(new_rows), len(update_rows), plan.skipped, related)


def _ensure_organisations(
    db: SqliteDatabase,
    plan: ImportPlan,
    batch_id: int,
    changes: list[tuple[Any, ...]],
    tick: Callable[[int], None] = lambda count: None,
) -> dict[str, int]:
    """casefolded name → id for every organisation the plan needs, creating missing ones."""
    wanted: dict[str, str] = {}
    for row in plan.rows:
        if row.action == NEW or (row.action == UPDATE and "organisation_id" in row.changes):
            name = row.record.organisation
            if name:
                wanted.setdefault(name.casefold(), name)
    ids = {
        str(name).casefold(): int(oid)
        for oid, name in db.execute_sql("SELECT id, name FROM organisation").fetchall()
    }
    now = str(utcnow())
    originals: dict[str, dict[str, Any]] = {}
    if plan.backup is not None:  # a backup restores every organisation, with its details
        for org in plan.backup.tables.get("organisation", []):
            name = str(org["name"]).strip()
            if name:
                wanted.setdefault(name.casefold(), name)
                originals.setdefault(name.casefold(), org)
    missing = [name for key, name in wanted.items() if key not in ids]
    if not missing:
        return ids
    last = int(db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM organisation").fetchone()[0])
    params = []
    for name in missing:
        original = originals.get(name.casefold(), {})
        params.append((
            name,
            str(original.get("website") or ""),
            str(original.get("notes") or ""),
            str(original.get("created_at") or now),
        ))
    for chunk in _chunks(params):  # one statement per chunk, not per organisation
        db.cursor().executemany(
            "INSERT INTO organisation (name, website, notes, created_at) VALUES (?, ?, ?, ?)",
            chunk,
        )
        tick(0)  # between batches: a cancel is heard, and the caller may pause
    for oid, name in db.execute_sql(
        "SELECT id, name FROM organisation WHERE id > ? ORDER BY id", (last,)
    ).fetchall():
        ids[str(name).casefold()] = int(oid)
        changes.append((batch_id, "organisation", str(oid), "", None, None))
    return ids


def _insert_new(
    db: SqliteDatabase,
    plan: ImportPlan,
    rows: list[PlannedRow],
    org_ids: dict[str, int],
    batch_id: int,
    now: str,
    tick: Callable[[int], None],
) -> dict[int, int]:
    """Insert new contacts in batches; returns file contact id → new id (JSON only)."""
    file_ids: dict[int, int] = {}
    if plan.backup is not None:
        for index, row in enumerate(rows):
            raw = dict(row.record.raw or {})
            values = _new_values(row.record, org_ids, batch_id, now)
            for name in ("created_at", "updated_at", "last_contact_at", "deleted_at"):
                if raw.get(name) is not None:
                    values[name] = raw[name]
            columns = list(values)
            cursor = db.execute_sql(
                f"INSERT INTO contact ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [values[c] for c in columns],
            )
            if isinstance(raw.get("id"), int):
                file_ids[raw["id"]] = int(cursor.lastrowid or 0)
            if index % CHUNK == CHUNK - 1:
                tick(CHUNK)
        tick(len(rows) % CHUNK)
        return file_ids
    sql = (
        f"INSERT INTO contact ({', '.join(_INSERT_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})"
    )
    for chunk in _chunks(rows):
        params = []
        for row in chunk:  # the values of _new_values, in _INSERT_COLUMNS order, without a dict
            r = row.record
            params.append((
                r.first_name, r.last_name,
                org_ids.get(r.organisation.casefold()) if r.organisation else None,
                r.job_title, r.email, r.phone, r.linkedin_url, r.location, r.how_found,
                r.connection_point, 1 if r.hiring_authority else 0, r.lane,
                r.stage or "identified", r.tags, r.notes,
                stored_date_text(r.connected_on),
                now, now, batch_id,
            ))
        db.cursor().executemany(sql, params)
        tick(len(chunk))
    return file_ids


def _new_values(
    record: ImportedContact, org_ids: dict[str, int], batch_id: int, now: str
) -> dict[str, Any]:
    return {
        "first_name": record.first_name,
        "last_name": record.last_name,
        "organisation_id": org_ids.get(record.organisation.casefold()) if record.organisation else None,
        "job_title": record.job_title,
        "email": record.email,
        "phone": record.phone,
        "linkedin_url": record.linkedin_url,
        "location": record.location,
        "how_found": record.how_found,
        "connection_point": record.connection_point,
        "hiring_authority": 1 if record.hiring_authority else 0,
        "lane": record.lane,
        "stage": record.stage or "identified",
        "tags": record.tags,  # normalised when planned (importing._clean)
        "notes": record.notes,
        "connected_on": stored_date_text(record.connected_on),
        "created_at": now,
        "updated_at": now,
        "import_batch_id": batch_id,
    }


def _update_matched(
    db: SqliteDatabase,
    rows: list[PlannedRow],
    org_ids: dict[str, int],
    batch_id: int,
    now: str,
    changes: list[tuple[Any, ...]],
    tick: Callable[[int], None],
) -> None:
    for start, chunk in enumerate(_chunks(rows)):
        del start
        for row in chunk:
            values: dict[str, Any] = {}
            for name, (old, new) in row.changes.items():
                if name == "organisation_id":
                    new = org_ids.get(str(new).casefold())
                elif name == "hiring_authority":
                    old, new = int(bool(old)), int(bool(new))
                values[name] = new
                changes.append(
                    (batch_id, "contact", str(row.contact_id), name, json.dumps(old), json.dumps(new))
                )
            values["updated_at"] = now
            assignments = ", ".join(f"{name} = ?" for name in values)
            db.execute_sql(
                f"UPDATE contact SET {assignments} WHERE id = ?",
                [*values.values(), row.contact_id],
            )
        tick(len(chunk))


def _restore_backup_extras(
    db: SqliteDatabase,
    plan: ImportPlan,
    file_ids: dict[int, int],
    batch_id: int,
    changes: list[tuple[Any, ...]],
) -> int:
    """Referrals, then chats, questions, messages, tasks, templates and settings."""
    backup = plan.backup
    assert backup is not None
    for row in plan.rows:
        raw = row.record.raw or {}
        if isinstance(raw.get("id"), int):
            if row.action == UPDATE or (row.action == SKIP and row.contact_id is not None):
                file_ids.setdefault(raw["id"], int(row.contact_id or 0))
            elif row.duplicate_of is not None:
                first_raw = plan.rows[row.duplicate_of].record.raw or {}
                if first_raw.get("id") in file_ids:
                    file_ids[raw["id"]] = file_ids[first_raw["id"]]
    for row in plan.rows:
        raw = row.record.raw or {}
        if row.action != NEW or not isinstance(raw.get("id"), int):
            continue
        referrer = file_ids.get(raw.get("referred_by_id") or -1)
        if referrer is not None:
            db.execute_sql(
                "UPDATE contact SET referred_by_id = ? WHERE id = ?", (referrer, file_ids[raw["id"]])
            )

    def created(table: str, key: str) -> None:
        changes.append((batch_id, table, key, "", None, None))

    return restore_related(db, backup, {k: v for k, v in file_ids.items() if v}, created)
