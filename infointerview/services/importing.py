"""Importing contacts: the plan. Match duplicates and preview, before anything is written.

    parsed = import_files.load_file(path)        # ImportFormatError for a bad file
    plan = importing.plan_import(db, parsed)     # read-only: new / update / skip per row
    result = import_apply.apply_import(db, plan, progress, cancelled)  # one transaction
    import_undo.undo_import(db, result.batch_id)

Duplicates are matched by LinkedIn URL, then email (case-insensitive), then
name and organisation. A match is merged by filling only the fields that are
empty in the database (notes are appended when new), so nothing the user typed
is overwritten and importing the same file twice changes nothing. Existing
keys are fetched once into dicts: no per-row queries while planning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from peewee import SqliteDatabase

from infointerview.domain import contacts as rules
from infointerview.domain.i18n import plural
from infointerview.interchange.json_backup import JsonBackup
from infointerview.interchange.records import ImportedContact
from infointerview.services.import_files import ParsedFile

__all__ = [
    "FIELD_LABELS",
    "NEW",
    "SKIP",
    "UPDATE",
    "ImportPlan",
    "PlannedRow",
    "plan_import",
    "stored_date_text",
]

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
            f"{plural(len(self.rows), '%Ln row(s)')}: {self.new:,} new, {self.updated:,} to update, "
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


_STRIPPED = (*MERGE_FIELDS, "organisation", "stage")
_get_stripped = attrgetter(*_STRIPPED)
_LIMITED = (*MERGE_FIELDS, "organisation")
_get_limited = attrgetter(*_LIMITED)


def _clean(record: ImportedContact) -> str | None:
    """Tidy a record in place; returns a skip reason, or None to import it."""
    if record.unreadable:
        return record.unreadable
    for name, value in zip(_STRIPPED, _get_stripped(record), strict=True):
        if value.__class__ is not str:
            setattr(record, name, str(value or "").strip())
        elif value:
            stripped = value.strip()
            if stripped is not value:  # str.strip returns the same object when unchanged
                setattr(record, name, stripped)
    notes = record.notes
    if notes.__class__ is not str or (notes and notes[-1].isspace()):
        record.notes = str(notes or "").rstrip()
    if record.tags:
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
    if max(map(len, _get_limited(record))) > rules.FIELD_MAX:
        for name in _LIMITED:
            if len(getattr(record, name)) > rules.FIELD_MAX:
                return f"The {name.replace('_', ' ')} is longer than {rules.FIELD_MAX} characters"
    if len(record.notes) > rules.NOTES_MAX:
        return "The notes are longer than InfoInterview allows"
    return None


def stored_date_text(value: Any) -> str | None:
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
        values["connected_on"] = stored_date_text(values["connected_on"])
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
        parts.append(f"connected {stored_date_text(record.connected_on)}")
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
    connected = stored_date_text(record.connected_on)
    if connected and not current.get("connected_on"):
        changes["connected_on"] = (None, connected)
    if record.hiring_authority and not current.get("hiring_authority"):
        changes["hiring_authority"] = (False, True)
    notes = record.notes.strip()
    old_notes = str(current.get("notes") or "")
    if notes and notes not in old_notes:
        changes["notes"] = (old_notes, f"{old_notes.rstrip()}\n\n{notes}" if old_notes.strip() else notes)
    return changes
