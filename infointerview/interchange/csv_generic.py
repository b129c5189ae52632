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

from infointerview.domain.i18n import QT_TRANSLATE_NOOP
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
}
"""Every field a CSV column can map to (plus ``full_name``, split on import)."""

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
        "organisation name", "organization name",
    ),
    "job_title": ("job title", "title", "position", "role", "jobtitle"),
    "email": (
        "email", "e-mail", "email address", "e-mail address", "mail", "primary email",
        "e-mail 1 - value", "email 1",
    ),
    "phone": (
        "phone", "telephone", "phone number", "mobile", "mobile phone", "cell",
        "tel", "phone 1 - value", "business phone",
    ),
    "linkedin_url": ("linkedin url", "linkedin", "url", "profile url", "linkedin profile"),
    "location": ("location", "city", "address", "town"),
    "how_found": ("how found", "source", "how_found"),
    "connection_point": ("connection point", "connection", "how we met"),
    "lane": ("lane",),
    "stage": ("stage", "status"),
    "tags": ("tags", "labels", "groups", "categories"),
    "hiring_authority": ("hiring authority", "hiring manager"),
    "connected_on": ("connected on", "connected", "date connected"),
    "notes": ("notes", "note", "comments", "comment", "description"),
}
_LOOKUP = {syn: field for field, names in _SYNONYMS.items() for syn in names}


def _norm_header(text: str) -> str:
    return " ".join(re.sub(r"[_\s]+", " ", text.replace("\ufeff", "")).strip().casefold().split())


def header_signature(header: Sequence[str]) -> str:
    """A stable key for a header row, used to remember the user's mapping."""
    return "\x1f".join(_norm_header(h) for h in header)


def guess_mapping(header: Sequence[str]) -> list[str]:
    """One field name (or ``IGNORE``) per column, each field used at most once."""
    used: set[str] = set()
    mapping: list[str] = []
    for cell in header:
        field = _LOOKUP.get(_norm_header(cell), IGNORE)
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


_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}


def parse_date(text: str) -> dt.date | None:
    """``15 Mar 2024`` (LinkedIn, English month names whatever the locale) or ISO dates."""
    text = text.strip()
    if not text:
        return None
    parts = text.replace(",", " ").split()
    if len(parts) == 3 and parts[1].casefold() in _MONTHS and parts[0].isdigit() and parts[2].isdigit():
        try:
            return dt.date(int(parts[2]), _MONTHS[parts[1].casefold()], int(parts[0]))
        except ValueError:
            return None
    if len(parts) == 3 and parts[0].casefold() in _MONTHS and parts[1].isdigit() and parts[2].isdigit():
        try:
            return dt.date(int(parts[2]), _MONTHS[parts[0].casefold()], int(parts[1]))
        except ValueError:
            return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


_TRUE = {"yes", "y", "true", "1", "x", "ja", "oui"}


def parse_csv(
    text: str, mapping: Sequence[str] | None = None
) -> tuple[list[str], list[str], list[ImportedContact]]:
    """(header, mapping used, records) for a CSV whose first non-blank row is the header."""
    rows = read_rows(text, sniff_delimiter(text))
    while rows and is_blank(rows[0][1]):
        rows.pop(0)
    if not rows:
        raise ImportFormatError("The file is empty: there is no header row.", 1)
    header_line, header = rows[0]
    header = [h.replace("\ufeff", "").strip() for h in header]
    if mapping is None:
        mapping = guess_mapping(header)
    mapping = list(mapping) + [IGNORE] * (len(header) - len(mapping))
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
    records = [
        _record(line, row, mapping, len(header))
        for line, row in rows[1:]
        if not is_blank(row)
    ]
    return header, mapping, records


def _record(line: int, row: Sequence[str], mapping: Sequence[str], width: int) -> ImportedContact:
    if len(row) > width and not is_blank(row[width:]):
        raise ImportFormatError(
            f"This row has {len(row)} values but the header has {width} columns. "
            "Check for a missing quote around a value with a comma.",
            line,
        )
    record = ImportedContact(line=line)
    for index, field in enumerate(mapping):
        if not field or index >= len(row):
            continue
        value = unguard(row[index])
        if field == "full_name":
            first, _, last = value.strip().partition(" ")
            record.first_name = record.first_name or first
            record.last_name = record.last_name or last.strip()
        elif field == "connected_on":
            record.connected_on = parse_date(value)
        elif field == "hiring_authority":
            record.hiring_authority = value.strip().casefold() in _TRUE
        elif field in TEXT_FIELDS:
            setattr(record, field, value if field == "notes" else value.strip())
    return record


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
