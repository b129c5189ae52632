"""Generic CSV: a column mapping guessed from the header, and a safe export.

Import: the header row is matched against known names (``guess_mapping``);
the user can change the mapping (the UI remembers it per header, see
``services/import_files.py``). Export: one contact per row, and any cell a
spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, tab or CR) gets a leading apostrophe, which :func:`unguard` strips
again on import.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from infointerview.domain.i18n import QT_TRANSLATE_NOOP, plural
from infointerview.interchange import dates
from infointerview.interchange.dates import UnreadableValues
from infointerview.interchange.errors import ImportFormatError
from infointerview.interchange.records import TEXT_FIELDS, ImportedContact

FIELD_LIMIT = 4 * 1024 * 1024
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"

IGNORE = ""
"""The mapping value for a column that is not imported."""

FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("ContactField", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ContactField", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ContactField", "Full name"),
    "organisation": QT_TRANSLATE_NOOP("ContactField", "Organisation"),
    "job_title": QT_TRANSLATE_NOOP("ContactField", "Job title"),
    "email": QT_TRANSLATE_NOOP("ContactField", "Email"),
    "phone": QT_TRANSLATE_NOOP("ContactField", "Phone"),
    "linkedin_url": QT_TRANSLATE_NOOP("ContactField", "LinkedIn URL"),
    "location": QT_TRANSLATE_NOOP("ContactField", "Location"),
    "how_found": QT_TRANSLATE_NOOP("ContactField", "How found"),
    "connection_point": QT_TRANSLATE_NOOP("ContactField", "Connection point"),
    "lane": QT_TRANSLATE_NOOP("ContactField", "Lane"),
    "stage": QT_TRANSLATE_NOOP("ContactField", "Stage"),
    "tags": QT_TRANSLATE_NOOP("ContactField", "Tags"),
    "hiring_authority": QT_TRANSLATE_NOOP("ContactField", "Hiring authority"),
    "connected_on": QT_TRANSLATE_NOOP("ContactField", "Connected on"),
    "notes": QT_TRANSLATE_NOOP("ContactField", "Notes"),
    "middle_name": QT_TRANSLATE_NOOP("ContactField", "Middle name (kept in notes)"),
    "name_prefix": QT_TRANSLATE_NOOP("ContactField", "Name prefix (kept in notes)"),
    "name_suffix": QT_TRANSLATE_NOOP("ContactField", "Name suffix (kept in notes)"),
}
"""Every field a CSV column can map to (plus ``full_name``, split on import, and the
name parts a contact has no field for, kept in the notes: see :func:`read_csv`)."""

NOTE_FIELDS = frozenset({"middle_name", "name_prefix", "name_suffix"})
"""Mapping targets written into the notes as ``Column: value`` lines."""

EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("first_name", "First Name"),
    ("last_name", "Last Name"),
    ("organisation", "Organisation"),
    ("job_title", "Job Title"),
    ("email", "Email"),
    ("phone", "Phone"),
    ("linkedin_url", "LinkedIn URL"),
    ("location", "Location"),
    ("how_found", "How Found"),
    ("connection_point", "Connection Point"),
    ("lane", "Lane"),
    ("stage", "Stage"),
    ("tags", "Tags"),
    ("hiring_authority", "Hiring Authority"),
    ("connected_on", "Connected On"),
    ("notes", "Notes"),
)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "given name", "forename", "first"),
    "last_name": ("last name", "lastname", "surname", "family name", "last"),
    "full_name": ("name", "full name", "fullname", "display name", "contact", "contact name"),
    "organisation": (
        "organisation", "organization", "company", "employer", "org", "company name",
        "organisation name", "organization name", "business",
    ),
    "job_title": ("job title", "title", "position", "role", "jobtitle"),
    "email": (
        "email", "e-mail", "email address", "e-mail address", "mail", "primary email",
        "e-mail 1 - value", "email 1", "contact email", "work email", "home email",
        "business email", "email work", "email home", "email other",
    ),
    "phone": (
        "phone", "telephone", "phone number", "mobile", "mobile phone", "cell",
        "tel", "phone 1 - value", "business phone", "work phone", "home phone",
        "mobile number", "home mobile", "cell phone",
    ),
    "linkedin_url": ("linkedin url", "linkedin", "url", "profile url", "linkedin profile"),
    "location": ("location", "city", "address", "town", "work city", "business city", "home city"),
    "how_found": ("how found", "source", "how_found"),
    "connection_point": ("connection point", "connection", "how we met"),
    "lane": ("lane",),
    "stage": ("stage", "status"),
    "tags": ("tags", "labels", "groups", "categories"),
    "hiring_authority": ("hiring authority", "hiring manager"),
    "connected_on": ("connected on", "connected", "date connected"),
    "notes": ("notes", "note", "comments", "comment", "description", "additional info"),
    "middle_name": ("middle name", "additional name"),
    "name_prefix": ("name prefix", "prefix", "honorific"),
    "name_suffix": ("name suffix", "suffix"),
}
_LOOKUP = {syn: field for field, names in _SYNONYMS.items() for syn in names}


def _norm_header(text: str) -> str:
    return " ".join(re.sub(r"[_\s]+", " ", text.replace("\ufeff", "")).strip().casefold().split())


def header_signature(header: Sequence[str]) -> str:
    """A stable key for a header row, used to remember the user's mapping."""
    return "\x1f".join(_norm_header(h) for h in header)


_NAMES = {
    "first name": "first_name", "given name": "first_name", "last name": "last_name",
    "family name": "last_name", "middle name": "middle_name", "additional name": "middle_name",
    "name prefix": "name_prefix", "name suffix": "name_suffix", "suffix": "name_suffix",
    "notes": "notes", "job title": "job_title",
}
PRESETS: dict[str, tuple[dict[str, str], tuple[tuple[str, str], ...]]] = {
    # Google Contacts, the current layout (First Name … Labels) and the older one
    # (Name, Given Name, Additional Name, Family Name … Group Membership).
    "google": (
        {
            **_NAMES, "name": "full_name", "organization name": "organisation",
            "organization title": "job_title", "labels": "tags", "group membership": "tags",
        },
        (
            (r"e-mail \d+ - value", "email"),
            (r"phone \d+ - value", "phone"),
            (r"address \d+ - city", "location"),
            (r"organization 1 - name", "organisation"),
            (r"organization 1 - title", "job_title"),
        ),
    ),
    # Outlook (desktop and Outlook.com): "Title" is the honorific (Mr., Dr.).
    "outlook": (
        {
            **_NAMES, "title": "name_prefix", "company": "organisation",
            "categories": "tags", "business phone": "phone", "mobile phone": "phone",
            "home phone": "phone", "primary phone": "phone", "business phone 2": "phone",
            "business city": "location", "home city": "location", "other city": "location",
            "e-mail address": "email", "e-mail 2 address": "email", "e-mail 3 address": "email",
        },
        (),
    ),
    # Thunderbird's address book export.
    "thunderbird": (
        {
            **_NAMES, "display name": "full_name", "primary email": "email",
            "secondary email": "email", "work phone": "phone", "mobile number": "phone",
            "home phone": "phone", "organization": "organisation", "work city": "location",
            "home city": "location",
        },
        (),
    ),
}
"""Layouts of mail programs' CSV exports, recognised by their header (see
:func:`detect_preset`). Unlike a guessed mapping, several columns may feed one
field (phones, emails, cities): the first non-empty value fills it and the
others go into the notes."""


def detect_preset(header: Sequence[str]) -> str:
    """The key of ``PRESETS`` whose program wrote this header, or ``""``."""
    names = {_norm_header(h) for h in header}
    if any(re.fullmatch(r"e-mail \d+ - value", n) for n in names) and (
        "given name" in names or "first name" in names
    ):
        return "google"
    if "e-mail address" in names and any(
        n in names for n in ("e-mail 2 address", "business phone", "job title", "middle name")
    ):
        return "outlook"
    if "primary email" in names and "display name" in names:
        return "thunderbird"
    return ""


def guess_mapping(header: Sequence[str]) -> list[str]:
    """One field name (or ``IGNORE``) per column.

    A known program's layout (:data:`PRESETS`) is mapped column by column;
    otherwise each field is guessed from the column names and used at most once
    ("Title" is the job title unless a "Job Title" column exists).
    """
    preset = detect_preset(header)
    if preset:
        names, patterns = PRESETS[preset]
        mapping = []
        for cell in header:
            norm = _norm_header(cell)
            chosen = names.get(norm, IGNORE)
            if not chosen:
                chosen = next((f for rx, f in patterns if re.fullmatch(rx, norm)), IGNORE)
            mapping.append(chosen)
        return mapping
    norms = [_norm_header(cell) for cell in header]
    has_job_title = "job title" in norms
    used: set[str] = set()
    mapping = []
    for norm in norms:
        field = _LOOKUP.get(norm, IGNORE)
        if norm == "title" and has_job_title:
            field = "name_prefix"  # Outlook-style: "Title" is Mr., Dr. when "Job Title" exists
        if field in used:
            field = IGNORE
        if field:
            used.add(field)
        mapping.append(field)
    return mapping


def guard(value: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (reversible)."""
    if value.startswith(FORMULA_TRIGGERS) or (
        value.startswith(GUARD) and value[1:2] in (*FORMULA_TRIGGERS, GUARD)
    ):
        return GUARD + value
    return value


def unguard(value: str) -> str:
    """Undo :func:`guard`: strip one leading apostrophe that protects a formula."""
    if value.startswith(GUARD) and value[1:2] and value[1:2] in (*FORMULA_TRIGGERS, GUARD):
        return value[1:]
    return value


def read_rows(text: str, delimiter: str = ",") -> list[tuple[int, list[str]]]:
    """All CSV records with the 1-based line each starts on.

    Raises :class:`ImportFormatError` for broken quoting or a quote left open
    at the end of the file (a truncated file).
    """
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)  # long notes are fine; 50 MB files are refused earlier
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        message = str(exc)
        if "end of data" in message or "unexpected end" in message.lower():
            message = "A quoted value is never closed: the file looks truncated."
        else:
            message = f"The CSV is malformed ({message}). Check the quotes on this line."
        raise ImportFormatError(message, start) from exc
    return rows


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab, whichever the first line uses most."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def is_blank(row: Sequence[str]) -> bool:
    return all(not cell.strip() for cell in row)


def parse_date(text: str) -> dt.date | None:
    """One date in any style :mod:`interchange.dates` reads (day first if ambiguous)."""
    return dates.parse_date(text)


_TRUE = {"yes", "y", "true", "1", "x", "ja", "oui"}
MULTI = " ::: "
"""Google Contacts' separator between several values in one cell."""
_SYSTEM_GROUP = "* "
"""Google's own groups ("* myContacts", "* starred") are not tags."""


@dataclass(frozen=True, slots=True)
class EmptyClaim:
    """A column mapped to a field but empty in every row, while unmapped columns had data."""

    field: str
    column: str
    unmapped_with_data: tuple[str, ...]


@dataclass
class CsvFile:
    """A CSV read with a mapping, and what the user should know about it."""

    header: list[str]
    mapping: list[str]
    records: list[ImportedContact]
    preset: str = ""
    unreadable: list[UnreadableValues] = field(default_factory=list)
    empty_claims: list[EmptyClaim] = field(default_factory=list)


def parse_csv(
    text: str, mapping: Sequence[str] | None = None
) -> tuple[list[str], list[str], list[ImportedContact]]:
    """(header, mapping used, records) for a CSV whose first non-blank row is the header."""
    result = read_csv(text, mapping)
    return result.header, result.mapping, result.records


def read_csv(text: str, mapping: Sequence[str] | None = None) -> CsvFile:
    """Read a CSV whose first non-blank row is the header, with ``mapping`` or a guessed one.

    Several columns mapped to one text field: the first non-empty value fills the
    field and every other value is added to the notes as ``Column: value``; a
    cell holding several values (`` ::: ``, Google) is split the same way. The
    name parts a contact has no field for (middle name, prefix such as Outlook's
    "Title", suffix) go into the notes the same way, so matching by first and
    last name keeps working. Tags from every tag column are joined. A date
    column's day/month order is decided from all its values; values that still
    cannot be read are reported in ``unreadable``.
    """
    rows = read_rows(text, sniff_delimiter(text))
    while rows and is_blank(rows[0][1]):
        rows.pop(0)
    if not rows:
        raise ImportFormatError("The file is empty: there is no header row.", 1)
    header_line, header = rows[0]
    header = [h.replace("\ufeff", "").strip() for h in header]
    preset = detect_preset(header)
    if mapping is None:
        mapping = guess_mapping(header)
    mapping = list(mapping)[: len(header)] + [IGNORE] * (len(header) - len(mapping))
    unknown = [m for m in mapping if m and m not in FIELD_LABELS]
    if unknown:
        raise ImportFormatError(f"Unknown field in the column mapping: {unknown[0]}.")
    if not any(m in ("first_name", "last_name", "full_name", "email") for m in mapping):
        raise ImportFormatError(
            "The header has no column we recognise as a name or an email "
            f"({', '.join(h for h in header if h)[:200] or 'empty'}). "
            "Choose the columns in the mapping step.",
            header_line,
        )
    body = [(line, row) for line, row in rows[1:] if not is_blank(row)]
    result = CsvFile(header, mapping, [], preset)
    result.records = records_from_rows(body, header, mapping, result)
    return result


def records_from_rows(
    body: Sequence[tuple[int, list[str]]],
    header: Sequence[str],
    mapping: Sequence[str],
    result: CsvFile,
    how_found: str = "",
    date_order: str = dates.DAY_FIRST,
    verbatim: bool = False,
) -> list[ImportedContact]:
    """Records for ``body`` (non-blank rows); fills ``result``'s unreadable and empty claims.

    ``verbatim``: values are taken as written (no formula guard removed, no `` ::: ``
    split), for files no spreadsheet or mail program wrote (LinkedIn's own export).
    """
    width = len(header)
    columns = [(i, f, header[i]) for i, f in enumerate(mapping) if f and f != "connected_on"]
    date_columns = [i for i, f in enumerate(mapping) if f == "connected_on"]
    filled = dict.fromkeys(range(width), 0)
    records: list[ImportedContact] = []
    for line, row in body:
        if len(row) > width and not is_blank(row[width:]):
            raise ImportFormatError(
                f"This row has {plural(len(row), '%n value(s)')} but the header has "
                f"{plural(width, '%n column(s)')}. "
                "Check for a missing quote around a value with a comma.",
                line,
            )
        record = ImportedContact(line=line, how_found=how_found)
        _fill(record, row, columns, filled, verbatim)
        records.append(record)
    for index in date_columns:
        values = [row[index] if index < len(row) else "" for _, row in body]
        read, bad = dates.read_column(values, date_order)
        for record, date in zip(records, read, strict=True):
            if date is not None and record.connected_on is None:
                record.connected_on = date
        filled[index] = sum(1 for v in values if v.strip())
        if bad:
            result.unreadable.append(
                UnreadableValues(header[index], "connected_on", len(bad), values[bad[0]].strip(),
                                 body[bad[0]][0])
            )
    result.empty_claims.extend(_empty_claims(body, header, mapping, filled))
    return records


CHECKED_FIELDS = frozenset({
    "first_name", "last_name", "full_name", "organisation", "job_title", "email", "phone",
    "linkedin_url", "location", "tags", "connected_on",
})
"""Fields whose emptiness in every row is worth a warning (not notes or name parts)."""
_WORD = re.compile(r"[a-z]{3,}")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_norm_header(text))) - {"value", "type", "label"}


def _empty_claims(
    body: Sequence[tuple[int, list[str]]],
    header: Sequence[str],
    mapping: Sequence[str],
    filled: dict[int, int],
) -> list[EmptyClaim]:
    """Fields that every column mapped to them left empty, while an unmapped column
    with a related name (a word in common with the column or the field) had data:
    Outlook's empty "Title" taken as the job title while "Job Title" is full."""
    if not body:
        return []
    claims: list[EmptyClaim] = []
    fields = {f for f in mapping if f in CHECKED_FIELDS}
    for name in sorted(fields, key=list(mapping).index):
        columns = [i for i, f in enumerate(mapping) if f == name]
        if any(filled[i] for i in columns):
            continue
        words = _words(FIELD_LABELS[name]).union(*(_words(header[i]) for i in columns))
        related = tuple(
            header[i]
            for i in range(len(header))
            if not mapping[i]
            and words & _words(header[i])
            and any(i < len(row) and row[i].strip() for _, row in body)
        )
        if related:
            claims.append(EmptyClaim(name, header[columns[0]] or f"#{columns[0] + 1}", related))
    return claims


def _fill(
    record: ImportedContact,
    row: Sequence[str],
    columns: Sequence[tuple[int, str, str]],
    filled: dict[int, int],
    verbatim: bool = False,
) -> None:
    """Set one record's fields from its row (see :func:`read_csv` for the rules)."""
    size = len(row)
    extras: list[str] = []
    values: dict[str, str] = {}
    full = ""
    for index, name, label in columns:
        if index >= size:
            continue
        value = row[index]
        if not value:
            continue
        part = value.strip()
        if not part:
            continue
        filled[index] += 1
        if value[0] == GUARD and not verbatim:
            value = unguard(value)
            part = value.strip()
        if name in _SIMPLE and (verbatim or MULTI not in value):
            current = values.get(name)
            if not current:
                values[name] = part
            elif current.casefold() != part.casefold():
                extras.append(f"{label}: {part}")
            continue
        if name == "notes":
            if "notes" in values:
                extras.append(f"{label}: {value.strip()}")
            else:
                values["notes"] = value
            continue
        if name == "hiring_authority":
            record.hiring_authority = value.strip().casefold() in _TRUE
            continue
        for part in value.split(MULTI) if not verbatim else (value,):
            part = part.strip()
            if not part:
                continue
            if name == "tags":  # Google: "* myContacts ::: Friends"; Outlook: "A;B"
                if not part.startswith(_SYSTEM_GROUP):
                    part = ", ".join(p.strip() for p in part.split(";") if p.strip())
                    values["tags"] = f"{values['tags']}, {part}" if values.get("tags") else part
            elif name == "full_name":
                full = full or part
            elif name in NOTE_FIELDS:
                extras.append(f"{label}: {part}")
            else:
                current = values.get(name)
                if not current:
                    values[name] = part
                elif current.casefold() != part.casefold():
                    extras.append(f"{label}: {part}")
    for name, value in values.items():
        setattr(record, name, value)
    if full and not record.first_name and not record.last_name:
        first, _, last = full.partition(" ")
        record.first_name, record.last_name = first, last.strip()
    if extras:
        record.notes = "\n".join([record.notes.rstrip(), *extras]) if record.notes else "\n".join(extras)


_SIMPLE = frozenset(TEXT_FIELDS) - {"notes", "tags"}
"""Text fields filled from a column as they are (one value each)."""


def export_csv(contacts: Iterable[dict[str, object]]) -> str:
    """CSV text with a header and one contact per row; formulas neutralised.

    Each contact is a dict keyed by the field names of ``EXPORT_COLUMNS``.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([label for _, label in EXPORT_COLUMNS])
    for contact in contacts:
        cells: list[str] = []
        for name, _ in EXPORT_COLUMNS:
            value = contact.get(name)
            if name == "hiring_authority":
                text = "yes" if value else ""
            elif value is None:
                text = ""
            elif isinstance(value, dt.date):
                text = value.isoformat()
            else:
                text = str(value)
            cells.append(guard(text))
        writer.writerow(cells)
    return out.getvalue()
