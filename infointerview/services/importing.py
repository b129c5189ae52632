"""Importing contacts: parse, match duplicates, preview, apply in one transaction, undo.

    parsed = load_file(path)                     # ImportFormatError for a bad file
    plan = plan_import(db, parsed)               # read-only: new / update / skip per row
    result = apply_import(db, plan, progress, cancelled)   # one transaction
    undo_import(db, result.batch_id)

Duplicates are matched by LinkedIn URL, then email (case-insensitive), then
name and organisation. A match is merged by filling only the fields that are
empty in the database (notes are appended when new), so nothing the user typed
is overwritten and importing the same file twice changes nothing. Existing
keys are fetched once into dicts: no per-row queries while planning.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import DataError, IntegrityError, SqliteDatabase

from infointerview.domain import contacts as rules
from infointerview.interchange import csv_generic, linkedin, vcard
from infointerview.interchange.detect import FORMATS, detect_format
from infointerview.interchange.errors import ImportFormatError, check_size, decode_text
from infointerview.interchange.json_backup import JsonBackup, parse_json, restore_related
from infointerview.interchange.records import ImportedContact
from infointerview.services.settings import SettingsService
from infointerview.store.models import utcnow

__all__ = [
    "ImportCancelled",
    "ImportFormatError",
    "ImportPlan",
    "ImportResult",
    "ParsedFile",
    "apply_import",
    "load_file",
    "parse_text",
    "plan_import",
    "undo_import",
]

CHUNK = 500
"""Rows per INSERT batch (well under SQLite's bound-variable limit)."""

MAPPINGS_SETTING = "import_csv_mappings"
MAX_REMEMBERED = 30

MERGE_FIELDS: tuple[str, ...] = tuple(
    name for name in rules.TEXT_FIELDS if name not in ("organisation", "stage", "notes")
)
"""Text fields filled on a matched contact when empty there (plus organisation,
connected_on, hiring_authority and notes, handled separately)."""

FIELD_LABELS: dict[str, str] = {
    "first_name": "first name",
    "last_name": "last name",
    "organisation_id": "organisation",
    "job_title": "job title",
    "email": "email",
    "phone": "phone",
    "linkedin_url": "LinkedIn URL",
    "location": "location",
    "how_found": "how found",
    "connection_point": "connection point",
    "lane": "lane",
    "tags": "tags",
    "notes": "notes",
    "connected_on": "connected on",
    "hiring_authority": "hiring authority",
}

NEW, UPDATE, SKIP = "new", "update", "skip"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back."""


# -- parsing ---------------------------------------------------------------------------


@dataclass
class ParsedFile:
    """A file read and parsed, not yet compared with the database."""

    source_name: str
    format: str
    records: list[ImportedContact]
    header: list[str] = field(default_factory=list)
    mapping: list[str] = field(default_factory=list)
    backup: JsonBackup | None = None


def read_text(path: str | Path) -> str:
    """The file's text; ``ImportFormatError`` if too large, binary or not UTF-8."""
    file = Path(path)
    try:
        check_size(file.stat().st_size)
        data = file.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"The file cannot be read: {exc.strerror or exc}.") from exc
    return decode_text(data)


def load_file(
    path: str | Path,
    fmt: str = "auto",
    mapping: Sequence[str] | None = None,
    db: SqliteDatabase | None = None,
) -> ParsedFile:
    """Read and parse ``path``. For CSV without a mapping, a remembered one (needs ``db``)
    or a guessed one is used."""
    return parse_text(read_text(path), Path(path).name, fmt, mapping, db)


def parse_text(
    text: str,
    source_name: str = "",
    fmt: str = "auto",
    mapping: Sequence[str] | None = None,
    db: SqliteDatabase | None = None,
) -> ParsedFile:
    if fmt == "auto":
        fmt = detect_format(text, source_name)
    if fmt not in FORMATS:
        raise ImportFormatError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    if fmt == "linkedin":
        return ParsedFile(source_name, fmt, linkedin.parse_linkedin(text))
    if fmt == "vcard":
        return ParsedFile(source_name, fmt, vcard.parse_vcards(text))
    if fmt == "json":
        backup = parse_json(text)
        return ParsedFile(source_name, fmt, list(backup.contacts), backup=backup)
    if mapping is None and db is not None:
        header = csv_header(text)
        mapping = remembered_mapping(db, header) if header else None
    header, used, records = csv_generic.parse_csv(text, mapping)
    return ParsedFile(source_name, fmt, records, header=header, mapping=used)


def csv_header(text: str) -> list[str]:
    """The header row of a CSV text (for the mapping step); [] if there is none."""
    rows = csv_generic.read_rows(text, csv_generic.sniff_delimiter(text))
    for _, row in rows:
        if not csv_generic.is_blank(row):
            return [c.replace("\ufeff", "").strip() for c in row]
    return []


def remembered_mapping(db: SqliteDatabase, header: Sequence[str]) -> list[str] | None:
    """The mapping the user chose last time for this header, if any."""
    stored = SettingsService(db).get(MAPPINGS_SETTING, {})
    if not isinstance(stored, dict):
        return None
    value = stored.get(csv_generic.header_signature(header))
    if isinstance(value, list) and all(
        isinstance(v, str) and (not v or v in csv_generic.FIELD_LABELS) for v in value
    ):
        return list(value)
    return None


def remember_mapping(db: SqliteDatabase, header: Sequence[str], mapping: Sequence[str]) -> None:
    settings = SettingsService(db)
    stored = settings.get(MAPPINGS_SETTING, {})
    if not isinstance(stored, dict):
        stored = {}
    key = csv_generic.header_signature(header)
    stored.pop(key, None)
    stored[key] = list(mapping)
    while len(stored) > MAX_REMEMBERED:
        stored.pop(next(iter(stored)))
    settings.set(MAPPINGS_SETTING, stored)


# -- matching and planning ----------------------------------------------------------------


def url_key(url: str) -> str:
    """LinkedIn URLs compared without scheme, www., query or trailing slash."""
    text = url.strip().casefold()
    if not text:
        return ""
    text = text.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return text[4:] if text.startswith("www.") else text


def email_key(email: str) -> str:
    return email.strip().casefold()


def name_key(first: str, last: str, organisation: str) -> str:
    name = " ".join(f"{first} {last}".casefold().split())
    if not name:
        return ""
    return name + "\x1f" + " ".join(organisation.casefold().split())


@dataclass(slots=True)
class PlannedRow:
    """What importing one source row will do."""

    line: int
    name: str
    organisation: str
    action: str  # NEW | UPDATE | SKIP
    detail: str  # the changed fields, or why it is skipped
    record: ImportedContact = field(repr=False)
    contact_id: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict, repr=False)
    duplicate_of: int | None = None  # index of an earlier row of the same file
    unit: str = "line"  # "contact" for JSON backups, where lines mean little

    def line_label(self) -> str:
        return f"{self.unit} {self.line}"


@dataclass
class ImportPlan:
    """The preview: one planned row per record, and the counts."""

    source_name: str
    format: str
    rows: list[PlannedRow]
    backup: JsonBackup | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def skipped(self) -> int:
        return self.count(SKIP)

    @property
    def unchanged(self) -> int:
        """Skipped rows that are already in the database with nothing new."""
        return sum(1 for r in self.rows if r.action == SKIP and r.contact_id is not None)

    def problems(self) -> list[PlannedRow]:
        """Skipped rows that were not imported because of a problem (name missing…)."""
        return [r for r in self.rows if r.action == SKIP and r.contact_id is None]

    def summary(self) -> str:
        text = (
            f"{len(self.rows):,} rows: {self.new:,} new, {self.updated:,} to update, "
            f"{self.skipped:,} skipped"
        )
        if self.unchanged:
            text += f" ({self.unchanged:,} already in your contacts with nothing new)"
        return text + "."


_EXISTING_SQL = """
SELECT c.id, c.first_name, c.last_name, COALESCE(o.name, ''), c.organisation_id, c.job_title,
       c.email, c.phone, c.linkedin_url, c.location, c.how_found, c.connection_point, c.lane,
       c.tags, c.notes, c.connected_on, c.hiring_authority
FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id
WHERE c.deleted_at IS NULL
"""
_EXISTING_COLUMNS = (
    "id", "first_name", "last_name", "organisation", "organisation_id", "job_title", "email",
    "phone", "linkedin_url", "location", "how_found", "connection_point", "lane", "tags",
    "notes", "connected_on", "hiring_authority",
)


def _clean(record: ImportedContact) -> str | None:
    """Tidy a record in place; returns a skip reason, or None to import it."""
    for name in MERGE_FIELDS + ("organisation", "stage"):
        setattr(record, name, str(getattr(record, name) or "").strip())
    record.notes = str(record.notes or "").rstrip()
    record.tags = rules.normalise_tags(record.tags)
    moved: list[str] = []
    if record.email and rules.check_email(record.email):
        moved.append(f"Email from the import (not a valid address): {record.email}")
        record.email = ""
    if record.linkedin_url:
        url = rules.normalise_url(record.linkedin_url)
        if rules.check_url(url):
            moved.append(f"Link from the import: {record.linkedin_url}")
            record.linkedin_url = ""
        else:
            record.linkedin_url = url
    if record.lane not in rules.LANE_KEYS:
        moved.append(f"Lane from the import: {record.lane}")
        record.lane = ""
    if record.stage and record.stage not in rules.STAGE_KEYS:
        moved.append(f"Stage from the import: {record.stage}")
        record.stage = ""
    if moved:
        record.notes = "\n".join([record.notes, *moved]).strip()
    if not record.first_name and not record.last_name:
        if record.email:
            record.first_name = record.email.split("@", 1)[0]
        else:
            return "No name and no email"
    if max(len(record.first_name), len(record.last_name)) > rules.NAME_MAX:
        return f"A name is longer than {rules.NAME_MAX} characters"
    for name in MERGE_FIELDS + ("organisation",):
        if len(getattr(record, name)) > rules.FIELD_MAX:
            return f"The {name.replace('_', ' ')} is longer than {rules.FIELD_MAX} characters"
    if len(record.notes) > rules.NOTES_MAX:
        return "The notes are longer than InfoInterview allows"
    return None


def _date_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


def plan_import(db: SqliteDatabase, parsed: ParsedFile) -> ImportPlan:
    """Compare every record with the database (read-only) and say what will happen."""
    existing: dict[int, dict[str, Any]] = {}
    by_url: dict[str, int] = {}
    by_email: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for raw in db.execute_sql(_EXISTING_SQL).fetchall():
        values = dict(zip(_EXISTING_COLUMNS, raw, strict=True))
        cid = int(values["id"])
        values["connected_on"] = _date_text(values["connected_on"])
        values["hiring_authority"] = bool(values["hiring_authority"])
        existing[cid] = values
        for index, key in (
            (by_url, url_key(values["linkedin_url"])),
            (by_email, email_key(values["email"])),
            (by_name, name_key(values["first_name"], values["last_name"], values["organisation"])),
        ):
            if key:
                index.setdefault(key, cid)
    # keys of rows earlier in this file, → row index
    file_url: dict[str, int] = {}
    file_email: dict[str, int] = {}
    file_name: dict[str, int] = {}

    rows: list[PlannedRow] = []
    for record in parsed.records:
        reason = _clean(record)
        row = PlannedRow(
            line=record.line,
            name=record.display_name,
            organisation=record.organisation,
            action=SKIP,
            detail=reason or "",
            record=record,
            unit="contact" if parsed.format == "json" else "line",
        )
        rows.append(row)
        if reason:
            continue
        keys = (
            url_key(record.linkedin_url),
            email_key(record.email),
            name_key(record.first_name, record.last_name, record.organisation),
        )
        contact_id = None
        for key, index in zip(keys, (by_url, by_email, by_name), strict=True):
            if key and key in index:
                contact_id = index[key]
                break
        if contact_id is None:
            earlier = next(
                (
                    index[key]
                    for key, index in zip(keys, (file_url, file_email, file_name), strict=True)
                    if key and key in index
                ),
                None,
            )
            if earlier is not None:
                first = rows[earlier]
                row.detail = f"Same person as {first.line_label()}"
                row.duplicate_of = earlier
                continue
            row.action = NEW
            row.detail = _new_detail(record)
            for key, index in zip(keys, (file_url, file_email, file_name), strict=True):
                if key:
                    index.setdefault(key, len(rows) - 1)
            continue
        current = existing[contact_id]
        changes = _merge_changes(current, record)
        row.contact_id = contact_id
        if changes:
            row.action = UPDATE
            row.changes = changes
            row.detail = "Adds " + ", ".join(FIELD_LABELS.get(f, f) for f in changes)
            for name, (_, new) in changes.items():
                current[name] = new
            if "organisation_id" in changes:
                current["organisation"] = record.organisation
        else:
            row.detail = "Already in your contacts; nothing new"
    return ImportPlan(parsed.source_name, parsed.format, rows, parsed.backup)


def _new_detail(record: ImportedContact) -> str:
    """A short line about a new contact for the preview (title, email, date)."""
    parts = [record.job_title, record.email]
    if record.connected_on:
        parts.append(f"connected {_date_text(record.connected_on)}")
    return " · ".join(p for p in parts if p)


def _merge_changes(current: dict[str, Any], record: ImportedContact) -> dict[str, tuple[Any, Any]]:
    """Fields to fill on an existing contact: only where the database has nothing."""
    changes: dict[str, tuple[Any, Any]] = {}
    for name in MERGE_FIELDS:
        new = getattr(record, name)
        if new and not current.get(name):
            changes[name] = (current.get(name, ""), new)
    if record.organisation and current.get("organisation_id") is None:
        # the id is resolved when applying; the plan carries the name
        changes["organisation_id"] = (None, record.organisation)
    connected = _date_text(record.connected_on)
    if connected and not current.get("connected_on"):
        changes["connected_on"] = (None, connected)
    if record.hiring_authority and not current.get("hiring_authority"):
        changes["hiring_authority"] = (False, True)
    notes = record.notes.strip()
    old_notes = str(current.get("notes") or "")
    if notes and notes not in old_notes:
        changes["notes"] = (old_notes, f"{old_notes.rstrip()}\n\n{notes}" if old_notes.strip() else notes)
    return changes


# -- applying -------------------------------------------------------------------------------


@dataclass
class ImportResult:
    batch_id: int
    created: int
    updated: int
    skipped: int
    related: int = 0  # chats, messages, tasks… restored from a JSON backup

    def summary(self) -> str:
        text = (
            f"Imported: {self.created:,} new contacts, {self.updated:,} updated, "
            f"{self.skipped:,} skipped."
        )
        if self.related:
            text += f" Also restored {self.related:,} chats, questions, messages, tasks and settings."
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
        org_ids = _ensure_organisations(db, plan, batch_id, changes)
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
    db: SqliteDatabase, plan: ImportPlan, batch_id: int, changes: list[tuple[Any, ...]]
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
    for name in missing:
        original = originals.get(name.casefold(), {})
        cursor = db.execute_sql(
            "INSERT INTO organisation (name, website, notes, created_at) VALUES (?, ?, ?, ?)",
            (
                name,
                str(original.get("website") or ""),
                str(original.get("notes") or ""),
                str(original.get("created_at") or now),
            ),
        )
        oid = int(cursor.lastrowid or 0)
        ids[name.casefold()] = oid
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
        for row in chunk:
            values = _new_values(row.record, org_ids, batch_id, now)
            params.append([values[c] for c in _INSERT_COLUMNS])
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
        "tags": rules.normalise_tags(record.tags),
        "notes": record.notes,
        "connected_on": _date_text(record.connected_on),
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


# -- undo ----------------------------------------------------------------------------------


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
