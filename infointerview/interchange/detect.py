"""Which format a file is in, by its content (the extension only breaks ties)."""

from __future__ import annotations

from pathlib import PurePath

from infointerview.domain.i18n import QT_TRANSLATE_NOOP
from infointerview.interchange.csv_generic import sniff_delimiter
from infointerview.interchange.errors import ImportFormatError
from infointerview.interchange.json_backup import looks_like_json_backup
from infointerview.interchange.linkedin import looks_like_linkedin
from infointerview.interchange.vcard import looks_like_vcard

FORMATS: dict[str, str] = {
    "linkedin": QT_TRANSLATE_NOOP("ImportFormat", "LinkedIn connections (CSV)"),
    "vcard": QT_TRANSLATE_NOOP("ImportFormat", "vCard"),
    "csv": QT_TRANSLATE_NOOP("ImportFormat", "CSV"),
    "json": QT_TRANSLATE_NOOP("ImportFormat", "InfoInterview JSON backup"),
}
"""Format key → the name shown to the user."""


def detect_format(text: str, filename: str = "") -> str:
    """One of ``FORMATS``' keys, or ``ImportFormatError`` saying what the file is not."""
    suffix = PurePath(filename).suffix.casefold() if filename else ""
    if looks_like_json_backup(text):
        return "json"
    if looks_like_vcard(text):
        return "vcard"
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise ImportFormatError("The file is empty.", 1)
    if stripped.startswith(("{", "[")) or suffix == ".json":
        raise ImportFormatError(
            "This JSON file is not an InfoInterview backup; only backups made with "
            "File > Export > JSON can be imported."
        )
    if suffix in (".vcf", ".vcard"):
        raise ImportFormatError("This is not a vCard file: it has no BEGIN:VCARD line.", 1)
    if looks_like_linkedin(text):
        return "linkedin"
    first = stripped.split("\n", 1)[0]
    if sniff_delimiter(stripped) in first or suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    raise ImportFormatError(
        "The format of this file is not recognised. InfoInterview imports LinkedIn "
        "Connections.csv, other CSV files with a header, vCard (.vcf) and its own JSON backups.",
        1,
    )
