"""Writing contacts (CSV, vCard) or everything (JSON) to a file, atomically.

A failed export never leaves a half-written or clobbered file
(``files.atomic_write_text``: temporary file, then rename).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from infointerview.domain.i18n import QT_TRANSLATE_NOOP
from infointerview.files import atomic_write_text
from infointerview.interchange.csv_generic import export_csv
from infointerview.interchange.json_backup import export_json
from infointerview.interchange.vcard import export_vcards

EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "csv": (QT_TRANSLATE_NOOP("ExportFormat", "CSV (spreadsheets)"), ".csv"),
    "vcard": (QT_TRANSLATE_NOOP("ExportFormat", "vCard 3.0 (address books)"), ".vcf"),
    "json": (QT_TRANSLATE_NOOP("ExportFormat", "InfoInterview JSON (everything)"), ".json"),
}
"""Format key → (name shown to the user, file ending)."""

_SQL = """
SELECT c.first_name, c.last_name, COALESCE(o.name, ''), c.job_title, c.email, c.phone,
       c.linkedin_url, c.location, c.how_found, c.connection_point, c.lane, c.stage, c.tags,
       c.hiring_authority, c.connected_on, c.notes
FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id
WHERE c.deleted_at IS NULL
ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id
"""
_KEYS = (
    "first_name", "last_name", "organisation", "job_title", "email", "phone", "linkedin_url",
    "location", "how_found", "connection_point", "lane", "stage", "tags", "hiring_authority",
    "connected_on", "notes",
)


def contact_dicts(db: SqliteDatabase) -> list[dict[str, Any]]:
    """Every live contact (not those in the bin) as a plain dict for the exporters."""
    out: list[dict[str, Any]] = []
    for raw in db.execute_sql(_SQL).fetchall():
        item = dict(zip(_KEYS, raw, strict=True))
        item["hiring_authority"] = bool(item["hiring_authority"])
        connected = item["connected_on"]
        if isinstance(connected, str) and connected:
            try:
                item["connected_on"] = dt.date.fromisoformat(connected[:10])
            except ValueError:
                item["connected_on"] = None
        out.append(item)
    return out


def export_text(db: SqliteDatabase, fmt: str) -> tuple[str, int]:
    """(file text, number of contacts) for ``fmt`` in :data:`EXPORT_FORMATS`."""
    if fmt == "json":
        count = int(db.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0])
        return export_json(db), count
    contacts = contact_dicts(db)
    if fmt == "csv":
        return export_csv(contacts), len(contacts)
    if fmt == "vcard":
        return export_vcards(contacts), len(contacts)
    raise ValueError(f"unknown export format {fmt!r}")


def export_file(db: SqliteDatabase, fmt: str, path: str | Path) -> int:
    """Write the export atomically; returns the number of contacts written."""
    text, count = export_text(db, fmt)
    newline = "\r\n" if fmt == "vcard" else "\n"
    if fmt == "vcard":
        text = text.replace("\r\n", "\n")
    atomic_write_text(path, text, newline=newline)
    return count
