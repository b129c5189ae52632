"""The one error every importer raises for bad input, and safe decoding of files.

Whatever is wrong with a file (wrong encoding, binary, truncated, too large,
a header we do not know), the importers raise :class:`ImportFormatError`
with a sentence naming the problem and, when known, the line. Callers catch
this one type; nothing is imported when it is raised.
"""

from __future__ import annotations

MAX_IMPORT_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused before parsing (50 MB)."""


class ImportFormatError(ValueError):
    """A file we cannot import. ``line`` is 1-based, or None when not tied to a line."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"Line {line}: {message}" if line else message)


def check_size(size: int) -> None:
    """Refuse files over :data:`MAX_IMPORT_BYTES` with a clear message."""
    if size > MAX_IMPORT_BYTES:
        raise ImportFormatError(
            f"The file is {size / 1024 / 1024:.0f} MB; InfoInterview imports files up to "
            f"{MAX_IMPORT_BYTES // 1024 // 1024} MB. Split it into smaller files."
        )


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """The text of a file: BOM, strict UTF-8, a vCard's per-line CHARSET, then detection.

    ``encoding`` forces one. Only binary files (NUL bytes that are not UTF-16)
    are refused with :class:`ImportFormatError`; see
    :func:`infointerview.interchange.encodings.decode_bytes`, which also says
    which encoding was used.
    """
    from infointerview.interchange.encodings import decode_bytes  # it imports this module

    check_size(len(data))
    return decode_bytes(data, encoding).text
