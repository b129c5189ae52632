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


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused.

    Binary files (NUL bytes without a UTF-16 BOM) and invalid UTF-8 raise
    :class:`ImportFormatError` naming the first bad line.
    """
    check_size(len(data))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFormatError(
                "The file says it is UTF-16 but is damaged or truncated.",
                data[: exc.start].count(b"\n") // 2 + 1,
            ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ImportFormatError(
            "This is not a text file (it contains binary data). Choose a CSV, vCard "
            "or InfoInterview JSON file.",
            data[:nul].count(b"\n") + 1,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(
            "The file is not UTF-8 text (wrong encoding, or truncated in the middle of a "
            "character). Save it again as 'CSV UTF-8' or UTF-8 text and import that.",
            data[: exc.start].count(b"\n") + 1,
        ) from exc
    return text
