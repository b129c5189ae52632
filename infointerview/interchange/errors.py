"""The one error every importer raises for bad input, and safe decoding of files.

Whatever is wrong with a file (wrong encoding, binary, truncated, too large,
a header we do not know), the importers raise :class:`ImportFormatError`
with a sentence naming the problem and, when known, the line. Callers catch
this one type; nothing is imported when it is raised.
"""

from __future__ import annotations

from infointerview.interchange.encodings import DecodedText, EncodingError, decode_bytes

MAX_IMPORT_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused before parsing (50 MB)."""


class ImportFormatError(ValueError):
    """A file we cannot import. ``line`` is 1-based, or None when not tied to a line."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"Line {line}: {message}" if line else message)


def check_size(size: int) -> None:
    """Refuse files over :data:`MAX_IMPORT_BYTES` with a clear message.

    Readers call it with the size ``stat`` reports *and* with the number of
    bytes actually read (never more than the limit plus one): a device or a
    growing file reports a size that cannot be trusted.
    """
    if size > MAX_IMPORT_BYTES:
        mb = MAX_IMPORT_BYTES // 1024 // 1024
        shown = (
            f"larger than {mb} MB" if size == MAX_IMPORT_BYTES + 1
            else f"{size / 1024 / 1024:.0f} MB"
        )
        raise ImportFormatError(
            f"The file is {shown}; InfoInterview imports files up to {mb} MB. "
            "Split it into smaller files."
        )


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """The text of a file; see :func:`decode_file`."""
    return decode_file(data, encoding).text


def decode_file(data: bytes, encoding: str | None = None) -> DecodedText:
    """The text of a file and the encoding used: a BOM, strict UTF-8, a vCard's
    per-line CHARSET, then detection (``interchange.encodings``); ``encoding``
    forces one. Only binary files, and bytes that are not in a forced encoding,
    raise :class:`ImportFormatError`.
    """
    check_size(len(data))
    try:
        return decode_bytes(data, encoding)
    except EncodingError as exc:
        raise ImportFormatError(exc.message, exc.line) from exc
