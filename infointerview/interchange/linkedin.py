"""LinkedIn's ``Connections.csv``, exactly as the export comes.

The file may start with a BOM and a ``Notes:`` preamble (a quoted paragraph
and a blank line) before the header::

    First Name,Last Name,URL,Email Address,Company,Position,Connected On

Older exports have no ``URL`` column. Emails are mostly empty; ``Connected
On`` has been written ``15 Mar 2024``, ``23-Apr-23``, ``5-Jan-26``,
``1/8/18, 6:14 PM`` (2016-2018, month first unless a value says otherwise) and
``2024-03-15`` (see :mod:`interchange.dates`); a date that cannot be read is
reported, not dropped silently. The file may end with blank or all-comma
rows. Every contact gets "LinkedIn" as how they were found.
"""

from __future__ import annotations

from infointerview.domain.i18n import plural
from infointerview.interchange.csv_generic import CsvFile, is_blank, read_rows, records_from_rows
from infointerview.interchange.dates import MONTH_FIRST
from infointerview.interchange.errors import ImportFormatError
from infointerview.interchange.records import ImportedContact

HOW_FOUND = "LinkedIn"
HEADER_SCAN_ROWS = 20
REQUIRED = ("first name", "last name")
COLUMNS = {
    "first name": "first_name",
    "last name": "last_name",
    "url": "linkedin_url",
    "profile url": "linkedin_url",
    "email address": "email",
    "company": "organisation",
    "position": "job_title",
    "connected on": "connected_on",
}


def _norm(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().casefold().split())


def find_header(rows: list[tuple[int, list[str]]]) -> int | None:
    """Index of the header row among the first rows, or None."""
    for index, (_, row) in enumerate(rows[:HEADER_SCAN_ROWS]):
        cells = [_norm(c) for c in row]
        if all(name in cells for name in REQUIRED) and (
            "company" in cells or "email address" in cells or "position" in cells
        ):
            return index
    return None


def looks_like_linkedin(text: str) -> bool:
    """True when a LinkedIn connections header appears near the top of ``text``."""
    head = "\n".join(text[:20000].splitlines()[:HEADER_SCAN_ROWS + 10]).casefold()
    return "first name,last name" in head and ("company" in head or "email address" in head)


def parse_linkedin(text: str) -> list[ImportedContact]:
    """Records for every non-blank connection row; ``ImportFormatError`` otherwise."""
    return read_linkedin(text).records


def read_linkedin(text: str) -> CsvFile:
    """The export read: header, the mapping LinkedIn's columns get, records, unreadable dates."""
    rows = read_rows(text)
    index = find_header(rows)
    if index is None:
        raise ImportFormatError(
            "This is not a LinkedIn connections export: no header "
            "'First Name,Last Name,…,Company,Position,Connected On' in the first "
            f"{HEADER_SCAN_ROWS} lines.",
            1,
        )
    header = [c.replace("\ufeff", "").strip() for c in rows[index][1]]
    mapping = [COLUMNS.get(_norm(name), "") for name in header]
    body = [(line, row) for line, row in rows[index + 1 :] if not is_blank(row)]
    for line, row in body:
        if len(row) > len(header) and not is_blank(row[len(header) :]):
            raise ImportFormatError(
                f"This row has {plural(len(row), '%n value(s)')} but the header has "
                f"{len(header)}. "
                "The file may have been edited by hand; check the quotes on this line.",
                line,
            )
    result = CsvFile(header, mapping, [], "linkedin")
    result.records = records_from_rows(
        body, header, mapping, result, how_found=HOW_FOUND, date_order=MONTH_FIRST,
        verbatim=True,
    )
    return result
