"""Reading a contact file for import: decode, detect the format, parse, and the
CSV column mappings the user chose before (remembered by header)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from infointerview.interchange import csv_generic, linkedin, vcard
from infointerview.interchange.detect import FORMATS, detect_format
from infointerview.interchange.encodings import DecodedText
from infointerview.interchange.errors import (
    MAX_IMPORT_BYTES,
    ImportFormatError,
    check_size,
    decode_file,
)
from infointerview.interchange.json_backup import JsonBackup, parse_json
from infointerview.interchange.records import ImportedContact
from infointerview.services.settings import SettingsService

__all__ = [
    "ParsedFile",
    "check_readable",
    "csv_header",
    "load_file",
    "parse_text",
    "read_decoded",
    "read_text",
    "remember_mapping",
    "remembered_mapping",
]

MAPPINGS_SETTING = "import_csv_mappings"
MAX_REMEMBERED = 30


@dataclass
class ParsedFile:
    """A file read and parsed, not yet compared with the database."""

    source_name: str
    format: str
    records: list[ImportedContact]
    header: list[str] = field(default_factory=list)
    mapping: list[str] = field(default_factory=list)
    backup: JsonBackup | None = None
    encoding: str = "utf-8"
    """The Python codec the file was read with (``encodings.encoding_label`` names it)."""


def check_readable(path: str | Path) -> Path:
    """``path`` if it is a regular file; ``ImportFormatError`` at once for a folder, a
    device (``/dev/zero`` never ends), a pipe or a missing file."""
    import stat

    file = Path(path).expanduser()
    try:
        mode = file.stat().st_mode
    except OSError as exc:
        raise ImportFormatError(f"The file cannot be read: {exc.strerror or exc}.") from exc
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a device, pipe or socket"
        raise ImportFormatError(
            f"This is {kind}, not a file. Choose a CSV, vCard or InfoInterview JSON file."
        )
    return file


def read_text(path: str | Path, encoding: str | None = None) -> str:
    """The file's text; ``ImportFormatError`` if not a regular file, too large or binary."""
    return read_decoded(path, encoding).text


def read_decoded(path: str | Path, encoding: str | None = None) -> DecodedText:
    """The file's text and the encoding used: detected, or ``encoding`` when given.
    The size limit holds while reading: at most one byte past it is read."""
    file = check_readable(path)
    try:
        with open(file, "rb") as handle:
            check_size(os.fstat(handle.fileno()).st_size)
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ImportFormatError(f"The file cannot be read: {exc.strerror or exc}.") from exc
    check_size(len(data))
    return decode_file(data, encoding)


def load_file(
    path: str | Path,
    fmt: str = "auto",
    mapping: Sequence[str] | None = None,
    db: SqliteDatabase | None = None,
    encoding: str | None = None,
) -> ParsedFile:
    """Read and parse ``path``. For CSV without a mapping, a remembered one (needs ``db``)
    or a guessed one is used. ``encoding`` overrides the detected one."""
    decoded = read_decoded(path, encoding)
    parsed = parse_text(decoded.text, Path(path).name, fmt, mapping, db)
    parsed.encoding = decoded.encoding
    return parsed


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
