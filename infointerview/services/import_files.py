"""Reading a contact file for import: decode, detect the format, parse, and the
CSV column mappings the user chose before (remembered by header)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from infointerview.domain.i18n import plural
from infointerview.interchange import csv_generic, linkedin, vcard
from infointerview.interchange.dates import UnreadableValues
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
    "describe",
    "load_file",
    "parse_text",
    "read_decoded",
    "read_text",
    "remember_mapping",
    "remembered_mapping",
]

MAPPINGS_SETTING = "import_csv_mappings"
MAX_REMEMBERED = 30
HEADER_SCAN_LINES = 50


@dataclass
class ParsedFile:
    """A file read and parsed, not yet compared with the database."""

    source_name: str
    format: str
    records: list[ImportedContact]
    header: list[str] = field(default_factory=list)
    mapping: list[str] = field(default_factory=list)
    backup: JsonBackup | None = None
    unreadable: list[UnreadableValues] = field(default_factory=list)
    """Values (dates) that could not be read: the field is left empty, the user told."""
    empty_claims: list[csv_generic.EmptyClaim] = field(default_factory=list)
    """Mapped columns empty in every row while unmapped columns had data."""
    preset: str = ""
    """The program whose CSV layout was recognised (``csv_generic.PRESETS``, "linkedin")."""
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
        return _from_csv(source_name, fmt, linkedin.read_linkedin(text))
    if fmt == "vcard":
        return ParsedFile(source_name, fmt, vcard.parse_vcards(text))
    if fmt == "json":
        backup = parse_json(text)
        return ParsedFile(source_name, fmt, list(backup.contacts), backup=backup)
    if mapping is None and db is not None:
        header = csv_header(text)
        mapping = remembered_mapping(db, header) if header else None
    return _from_csv(source_name, fmt, csv_generic.read_csv(text, mapping))


def _from_csv(source_name: str, fmt: str, read: csv_generic.CsvFile) -> ParsedFile:
    return ParsedFile(
        source_name, fmt, read.records, header=read.header, mapping=read.mapping,
        unreadable=read.unreadable, empty_claims=read.empty_claims, preset=read.preset,
    )


PRESET_NAMES = {
    "google": "Google Contacts",
    "outlook": "Outlook",
    "thunderbird": "Thunderbird",
    "linkedin": "LinkedIn",
}


def _field_name(key: str) -> str:
    return csv_generic.FIELD_LABELS.get(key, key).casefold()


def describe(parsed: ParsedFile) -> list[str]:
    """What the dry run prints about a CSV's columns and values (English, plain text):
    the mapping, the columns left out, fields a column claimed but left empty, and
    values that could not be read."""
    lines: list[str] = []
    if parsed.header:
        layout = PRESET_NAMES.get(parsed.preset)
        lines.append(f"Columns{f' ({layout} layout)' if layout else ''}:")
        for column, key in zip(parsed.header, parsed.mapping, strict=False):
            if key:
                lines.append(f'  "{column}" → {_field_name(key)}')
        ignored = [f'"{c}"' for c, k in zip(parsed.header, parsed.mapping, strict=False) if not k]
        if ignored:
            lines.append(f"  not imported ({len(ignored)}): {', '.join(ignored)}")
    for claim in parsed.empty_claims:
        others = ", ".join(f'"{c}"' for c in claim.unmapped_with_data[:5])
        more = len(claim.unmapped_with_data) - 5
        lines.append(
            f'Check the mapping: "{claim.column}" ({_field_name(claim.field)}) is empty in '
            f"every row, while columns not imported have data: {others}"
            + (f" and {more} more" if more > 0 else "")
            + "."
        )
    for bad in parsed.unreadable:
        lines.append(
            plural(bad.count, '%Ln value(s) in "{column}" could not be read as (a date|dates) '
                   "and (was|were) left empty").replace("{column}", bad.column)
            + f' (e.g. line {bad.line}: '
            f'"{bad.example}").'
        )
    return lines


def csv_header(text: str) -> list[str]:
    """The header row of a CSV text (for the mapping step); [] if there is none."""
    delimiter = csv_generic.sniff_delimiter(text)
    start = lines = 0
    while start < len(text) and lines < HEADER_SCAN_LINES:  # not the whole file
        lines += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        try:
            rows = csv_generic.read_rows(text[:end], delimiter)
        except ImportFormatError:  # a quoted newline in the header: read on
            start = end
            continue
        for _, row in rows:
            if not csv_generic.is_blank(row):
                return [c.replace("\ufeff", "").strip() for c in row]
        start = end
    for _, row in csv_generic.read_rows(text, delimiter):  # raises for a broken file
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
