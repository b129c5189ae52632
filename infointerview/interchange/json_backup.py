"""Our own JSON format: everything in the database, restorable exactly.

    {"format": "infointerview-backup", "version": 1, "exported_at": "…",
     "tables": {"organisation": [...], "contact": [...], "chat": [...], ...}}

Rows are the raw column values (timestamps as SQLite stores them), so an
import into an empty database gives back the same data; ids are remapped on
import so a backup can also be merged into a database that already has rows.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from peewee import SqliteDatabase

from infointerview.interchange.csv_generic import parse_date
from infointerview.interchange.errors import ImportFormatError
from infointerview.interchange.records import TEXT_FIELDS, ImportedContact
from infointerview.store.models import utcnow

FORMAT = "infointerview-backup"
VERSION = 1

TABLES: tuple[str, ...] = (
    "organisation",
    "contact",
    "chat",
    "prep_question",
    "question_template",
    "outreach_message",
    "follow_up_task",
    "message_template",
    "setting",
)
"""Exported in this order: parents before children."""

EXCLUDED_COLUMNS = {"contact": {"import_batch_id"}}
REQUIRED: dict[str, tuple[str, ...]] = {
    "organisation": ("id", "name"),
    "contact": ("id",),
    "chat": ("id", "contact_id", "start_at"),
    "prep_question": ("id", "chat_id", "text"),
    "question_template": ("family", "text"),
    "outreach_message": ("contact_id", "sent_at"),
    "follow_up_task": ("contact_id", "kind", "title", "due_at"),
    "message_template": ("key", "kind", "name"),
    "setting": ("key",),
}
INT_COLUMNS = {"id", "contact_id", "chat_id", "organisation_id", "referred_by_id"}

Row = dict[str, Any]


def looks_like_json_backup(text: str) -> bool:
    head = text[:4096].lstrip("\ufeff \t\r\n")
    return head.startswith("{") and FORMAT in head


def table_columns(db: SqliteDatabase, table: str) -> list[str]:
    return [str(row[1]) for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def export_json(db: SqliteDatabase) -> str:
    """The whole database as our JSON format (read-only)."""
    tables: dict[str, list[Row]] = {}
    for table in TABLES:
        columns = [c for c in table_columns(db, table) if c not in EXCLUDED_COLUMNS.get(table, ())]
        cursor = db.execute_sql(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY {'key' if table == 'setting' else 'id'}"
        )
        tables[table] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": utcnow().isoformat(timespec="seconds") + "Z",
        "tables": tables,
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


@dataclass
class JsonBackup:
    """A parsed backup: raw rows per table, and the contacts as import records."""

    tables: dict[str, list[Row]] = field(default_factory=dict)
    contacts: list[ImportedContact] = field(default_factory=list)


def _fail(message: str) -> ImportFormatError:
    return ImportFormatError(f"This InfoInterview backup is damaged: {message}")


def parse_json(text: str) -> JsonBackup:
    """Check the structure and types; raise ``ImportFormatError`` for anything else."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"The JSON is malformed or truncated ({exc.msg}).", exc.lineno
        ) from exc
    except RecursionError as exc:
        raise ImportFormatError("The JSON is nested too deeply to be a backup.") from exc
    except ValueError as exc:  # e.g. a number longer than Python converts (4,300 digits)
        raise ImportFormatError(f"The JSON holds a value that cannot be read ({exc}).") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFormatError(
            "This JSON file is not an InfoInterview backup (no \"format\": "
            f"\"{FORMAT}\")."
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail("it has no valid format version.")
    if version > VERSION:
        raise ImportFormatError(
            f"This backup was made by a newer InfoInterview (format {version}; this app "
            f"reads up to {VERSION}). Update InfoInterview to import it."
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise _fail("the \"tables\" section is missing.")
    backup = JsonBackup()
    for table in TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise _fail(f"\"{table}\" is not a list.")
        clean: list[Row] = []
        for number, row in enumerate(rows, start=1):
            clean.append(_check_row(table, number, row))
        backup.tables[table] = clean
    orgs = {row["id"]: row["name"] for row in backup.tables["organisation"]}
    for number, row in enumerate(backup.tables["contact"], start=1):
        backup.contacts.append(_contact_record(row, orgs, number))
    return backup


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1  # what an SQLite INTEGER holds


def _check_row(table: str, number: int, row: object) -> Row:
    where = f"{table} row {number}"
    if not isinstance(row, dict):
        raise _fail(f"{where} is not an object.")
    clean: Row = {}
    for key, value in row.items():
        if not isinstance(key, str) or not key.isidentifier():
            raise _fail(f"{where} has an invalid column name.")
        if value is not None and not isinstance(value, (str, int, float, bool)):
            raise _fail(f"{where}: \"{key}\" has a value of the wrong type.")
        if isinstance(value, int) and not _INT64_MIN <= value <= _INT64_MAX:
            raise _fail(f"{where}: \"{key}\" is a number too large to store.")
        if key in INT_COLUMNS and value is not None and (
            not isinstance(value, int) or isinstance(value, bool)
        ):
            raise _fail(f"{where}: \"{key}\" must be a whole number.")
        clean[key] = value
    for key in REQUIRED[table]:
        if clean.get(key) is None:
            raise _fail(f"{where} has no \"{key}\".")
    if table == "contact":
        for name in TEXT_FIELDS:
            if name != "organisation" and not isinstance(clean.get(name, ""), str):
                raise _fail(f"{where}: \"{name}\" must be text.")
    return clean


def _contact_record(row: Row, orgs: dict[Any, Any], number: int) -> ImportedContact:
    record = ImportedContact(line=number, raw=row)
    for name in TEXT_FIELDS:
        if name == "organisation":
            value = orgs.get(row.get("organisation_id"), "")
            record.organisation = value if isinstance(value, str) else ""
        else:
            setattr(record, name, row.get(name) or "")
    connected = row.get("connected_on")
    record.connected_on = parse_date(connected) if isinstance(connected, str) else None
    hiring = row.get("hiring_authority")
    record.hiring_authority = bool(hiring) if hiring is not None else None
    return record


RecordCreated = Callable[[str, str], None]
"""Called with (table, row key) for every row the restore inserts (for undo)."""


def restore_related(
    db: SqliteDatabase,
    backup: JsonBackup,
    contact_ids: dict[int, int],
    record_created: RecordCreated,
) -> int:
    """Insert chats, questions, messages, tasks, templates and settings; returns rows added.

    ``contact_ids`` maps the file's contact ids to ids in this database (new or
    merged). Rows that already exist (same natural key) are skipped, so
    importing the same backup twice adds nothing. Runs inside the caller's
    transaction.
    """
    _COLUMNS_CACHE.clear()  # read the columns of this database afresh
    added = 0
    chat_ids: dict[int, int] = {}
    existing_chats = {
        (int(c), str(s)): int(i)
        for i, c, s in db.execute_sql("SELECT id, contact_id, start_at FROM chat").fetchall()
    }
    existing_uids = {
        str(r[0]) for r in db.execute_sql("SELECT uid FROM chat WHERE uid IS NOT NULL").fetchall()
    }
    for row in backup.tables.get("chat", []):
        contact = contact_ids.get(row["contact_id"])
        if contact is None:
            continue
        key = (contact, str(row["start_at"]))
        if key in existing_chats:
            chat_ids[row["id"]] = existing_chats[key]
            continue
        uid = row.get("uid")
        if not uid or uid in existing_uids:  # an older backup, or a UID already in use
            uid = str(uuid.uuid4())
        existing_uids.add(uid)
        new_id = _insert(db, "chat", row, {"contact_id": contact, "uid": uid})
        existing_chats[key] = chat_ids[row["id"]] = new_id
        record_created("chat", str(new_id))
        added += 1
    new_chats = set(chat_ids.values()) - {
        int(r[0]) for r in db.execute_sql("SELECT DISTINCT chat_id FROM prep_question").fetchall()
    }
    for row in backup.tables.get("prep_question", []):
        chat = chat_ids.get(row["chat_id"])
        if chat is None or chat not in new_chats:
            continue
        record_created("prep_question", str(_insert(db, "prep_question", row, {"chat_id": chat})))
        added += 1
    added += _restore_simple(
        db, backup, "outreach_message", ("contact_id", "kind", "sent_at"), contact_ids,
        record_created,
    )
    added += _restore_simple(
        db, backup, "follow_up_task", ("contact_id", "kind", "title", "due_at"), contact_ids,
        record_created, chat_ids=chat_ids,
    )
    added += _restore_simple(db, backup, "question_template", ("family", "text"), None, record_created)
    added += _restore_simple(db, backup, "message_template", ("key",), None, record_created)
    existing_settings = {str(r[0]) for r in db.execute_sql("SELECT key FROM setting").fetchall()}
    for row in backup.tables.get("setting", []):
        if str(row["key"]) in existing_settings:
            continue
        _insert(db, "setting", row, {}, keep_id=True)
        record_created("setting", str(row["key"]))
        added += 1
    return added


def _restore_simple(
    db: SqliteDatabase,
    backup: JsonBackup,
    table: str,
    natural_key: tuple[str, ...],
    contact_ids: dict[int, int] | None,
    record_created: RecordCreated,
    chat_ids: dict[int, int] | None = None,
) -> int:
    columns = ", ".join(natural_key)
    existing = {
        tuple(str(v) for v in row)
        for row in db.execute_sql(f"SELECT {columns} FROM {table}").fetchall()
    }
    task_keys = (
        {str(r[0]) for r in db.execute_sql("SELECT key FROM follow_up_task WHERE key IS NOT NULL")}
        if table == "follow_up_task"
        else set()
    )
    added = 0
    for row in backup.tables.get(table, []):
        overrides: Row = {}
        if contact_ids is not None:
            contact = contact_ids.get(row["contact_id"])
            if contact is None:
                continue
            overrides["contact_id"] = contact
        if chat_ids is not None and row.get("chat_id") is not None:
            overrides["chat_id"] = chat_ids.get(row["chat_id"])
        merged = {**row, **overrides}
        key = tuple(str(merged.get(k)) for k in natural_key)
        if key in existing or (row.get("key") is not None and str(row["key"]) in task_keys):
            continue
        existing.add(key)
        if table == "follow_up_task" and row.get("key") is not None:
            task_keys.add(str(row["key"]))
        record_created(table, str(_insert(db, table, row, overrides)))
        added += 1
    return added


_COLUMNS_CACHE: dict[tuple[int, str], dict[str, bool]] = {}
"""(database, table) → column name → True when it is NOT NULL with a default."""


def _insert(db: SqliteDatabase, table: str, row: Row, overrides: Row, keep_id: bool = False) -> int:
    """Insert the row's known columns (never its id); returns the new id."""
    defaults = _COLUMNS_CACHE.get((id(db), table))
    if defaults is None:
        defaults = _COLUMNS_CACHE[(id(db), table)] = {
            str(r[1]): bool(r[3]) and r[4] is not None
            for r in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        }
    # a null where the column has a default (NOT NULL DEFAULT …) takes the default
    values = {
        k: v
        for k, v in {**row, **overrides}.items()
        if k in defaults and not (v is None and defaults[k])
    }
    if not keep_id:
        values.pop("id", None)
    columns = list(values)
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    cursor = db.execute_sql(sql, [values[c] for c in columns])
    return int(cursor.lastrowid or 0)
