"""Undoing an import: remove what it created, put back what it filled (unless the
user changed it since), in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from peewee import SqliteDatabase

from infointerview.services.importing import FIELD_LABELS
from infointerview.store.models import utcnow

__all__ = ["UndoResult", "undo_import"]


@dataclass
class UndoResult:
    removed: int
    restored: int
    kept: int  # fields the user changed after the import, left as they are


def undo_import(db: SqliteDatabase, batch_id: int) -> UndoResult:
    """Delete the contacts the batch created and restore the fields it filled, in one
    transaction. A field the user changed since the import is left alone."""
    with db.atomic():
        batch = db.execute_sql(
            "SELECT undone_at FROM import_batch WHERE id = ?", (batch_id,)
        ).fetchone()
        if batch is None:
            raise LookupError("That import no longer exists.")
        if batch[0] is not None:
            raise LookupError("That import was already undone.")
        restored = kept = 0
        rows = db.execute_sql(
            "SELECT table_name, row_key, field, old_value, new_value FROM import_change "
            "WHERE batch_id = ? ORDER BY id DESC",
            (batch_id,),
        ).fetchall()
        now = str(utcnow())
        for table, key, name, old, new in rows:
            if table != "contact" or not name or name not in FIELD_LABELS:
                continue
            current = db.execute_sql(
                f"SELECT {name} FROM contact WHERE id = ?", (int(key),)
            ).fetchone()
            if current is None:
                continue
            new_value = json.loads(new) if new is not None else None
            if _same(current[0], new_value):
                db.execute_sql(
                    f"UPDATE contact SET {name} = ?, updated_at = ? WHERE id = ?",
                    (json.loads(old) if old is not None else None, now, int(key)),
                )
                restored += 1
            else:
                kept += 1
        for table, key, name, _, _ in rows:
            if name or table in ("contact", "organisation"):
                continue
            column = "key" if table == "setting" else "id"
            if table in _UNDO_TABLES:
                db.execute_sql(f"DELETE FROM {table} WHERE {column} = ?", (key,))
        removed = db.execute_sql(
            "DELETE FROM contact WHERE import_batch_id = ?", (batch_id,)
        ).rowcount
        for table, key, name, _, _ in rows:
            if table == "organisation" and not name:
                db.execute_sql(
                    "DELETE FROM organisation WHERE id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM contact WHERE organisation_id = organisation.id)",
                    (int(key),),
                )
        db.execute_sql("UPDATE import_batch SET undone_at = ? WHERE id = ?", (now, batch_id))
    return UndoResult(removed=int(removed), restored=restored, kept=kept)


_UNDO_TABLES = {
    "chat", "prep_question", "outreach_message", "follow_up_task", "question_template",
    "message_template", "setting",
}


def _same(current: Any, expected: Any) -> bool:
    if current == expected:
        return True
    return str(current)[:10] == str(expected)[:10] if isinstance(expected, str) and len(expected) == 10 else False
