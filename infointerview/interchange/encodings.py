"""Which text encoding a contact file is in, and its text.

In this order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), strict UTF-8,
a vCard's own per-property ``CHARSET=`` (vCard 2.1 writes ``N;CHARSET=
Windows-1252:…`` line by line), then ``charset-normalizer``'s guess, with
Windows-1252 when the guess is a Western code page the bytes also fit (the
detector cannot tell Windows-1250 from -1252 on short Latin text, and
Windows-1252 is what Outlook and Excel write). Only binary files are refused:
NUL bytes that are not UTF-16, or mostly control characters. The user may
name the encoding instead (the preview's Encoding box, ``--encoding``).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["COMMON_ENCODINGS", "DecodedText", "EncodingError", "canonical_encoding",
           "decode_bytes", "encoding_label"]

FALLBACK = "cp1252"
SAMPLE_BYTES = 1024 * 1024
"""The detector looks at this much of the file (the whole file is then decoded)."""

COMMON_ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1252": "Windows-1252 (Western)",
    "iso8859-1": "ISO-8859-1 (Latin-1)",
    "iso8859-15": "ISO-8859-15 (Latin-9)",
    "mac-roman": "Mac Roman",
    "cp850": "DOS Latin-1 (CP850)",
    "cp1250": "Windows-1250 (Central European)",
    "iso8859-2": "ISO-8859-2 (Latin-2)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "koi8-r": "KOI8-R (Russian)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "cp1257": "Windows-1257 (Baltic)",
    "shift_jis": "Shift JIS (Japanese)",
    "euc_jp": "EUC-JP (Japanese)",
    "gb18030": "GB18030 (Chinese)",
    "big5": "Big5 (Traditional Chinese)",
    "euc_kr": "EUC-KR (Korean)",
}
"""Codec name → the name shown in the preview's Encoding box."""

_WESTERN = frozenset({
    "ascii", "cp1252", "latin-1", "iso8859-1", "iso8859-15", "cp1250", "cp1254", "cp1257",
    "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-9", "iso8859-10", "iso8859-13",
    "iso8859-14", "iso8859-16", "mac-roman", "mac-latin2", "mac-iceland", "mac-turkish",
    "cp850", "cp437", "cp858", "cp1258",
})
"""Latin-script single-byte code pages: when the detector names one of these and
the bytes are valid Windows-1252, Windows-1252 is used."""

_CHARSET = re.compile(rb";\s*CHARSET\s*=\s*\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BEGIN_VCARD = re.compile(rb"^\s*BEGIN\s*:\s*VCARD", re.IGNORECASE | re.MULTILINE)


class EncodingError(ValueError):
    """The bytes are not text, or not in the encoding asked for (``errors.decode_file``
    turns it into ImportFormatError). ``line`` is 1-based, or None."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and the codec that produced it (a Python codec name)."""

    text: str
    encoding: str


def canonical_encoding(name: str) -> str:
    """Python's name for an encoding (``Windows-1252`` → ``cp1252``); EncodingError if unknown."""
    try:
        return codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        raise EncodingError(
            f"{name!r} is not an encoding InfoInterview knows; try utf-8, cp1252 (Windows), "
            "utf-16 or iso-8859-1."
        ) from None


def encoding_label(name: str) -> str:
    """The encoding's name for people (``cp1252`` → ``Windows-1252 (Western)``)."""
    try:
        key = codecs.lookup(name).name
    except LookupError:
        return name
    if name == "utf-8-sig":
        key = name
    return COMMON_ENCODINGS.get(key, name)


def decode_bytes(data: bytes, encoding: str | None = None) -> DecodedText:
    """The text of ``data``; ``encoding`` (any Python codec name) forces one."""
    if encoding:
        return _decode_as(data, canonical_encoding(encoding))
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            if codec == "utf-8-sig":
                try:
                    return DecodedText(data.decode(codec), codec)
                except UnicodeDecodeError:
                    data = data[len(bom):]  # a BOM, then not UTF-8: detect the rest below
                    break
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"The file says it is {codec.upper()} but is damaged or truncated.",
                    _unit_line(data, exc.start, 2 if codec == "utf-16" else 4),
                ) from exc
            return DecodedText(text, codec)
    if b"\x00" in data:
        unmarked = _utf16_without_bom(data)
        if unmarked is not None:
            return unmarked
        nul = data.find(b"\x00")
        raise EncodingError(
            "This is not a text file (it contains binary data). Choose a CSV, vCard "
            "or InfoInterview JSON file.",
            data[:nul].count(b"\n") + 1,
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise EncodingError(
            "This is not a text file (it is mostly control characters). Choose a CSV, vCard "
            "or InfoInterview JSON file."
        )
    fallback = _detect(data)
    if _BEGIN_VCARD.search(data[:4096]) and _CHARSET.search(data):
        return _decode_vcard_lines(data, fallback)
    return _decode_as(data, fallback, forced=False)


def _unit_line(data: bytes, position: int, width: int) -> int:
    """The line of a byte offset in a UTF-16/32 file (counting newline code units)."""
    newline = "\n".encode("utf-16-le" if width == 2 else "utf-32-le")
    text = data[:position]
    return sum(1 for i in range(0, len(text) - width + 1, width)
               if text[i:i + width] in (newline, newline[::-1])) + 1


def _decode_as(data: bytes, codec: str, forced: bool = True) -> DecodedText:
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    try:
        return DecodedText(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        if not forced:  # the detector was wrong somewhere past its sample
            try:
                return DecodedText(data.decode(FALLBACK), FALLBACK)
            except UnicodeDecodeError:
                return DecodedText(data.decode("latin-1"), "iso8859-1")
        raise EncodingError(
            f"The file cannot be read as {encoding_label(codec)}: this line has a byte "
            f"that is not {encoding_label(codec)}. Choose another encoding.",
            data[: exc.start].count(b"\n") + 1,
        ) from exc
    except LookupError as exc:  # pragma: no cover - canonical_encoding checked it
        raise EncodingError(f"Unknown encoding {codec!r}.") from exc


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    """UTF-16 text written without a BOM: NULs only in every other byte (ASCII-heavy text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        other = even if zeros is odd else odd
        if zeros.count(0) >= len(zeros) * 0.6 and other.count(0) == 0:
            try:
                return DecodedText(data.decode(codec), codec)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:SAMPLE_BYTES]
    controls = sum(sample.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 20)


def _detect(data: bytes) -> str:
    """charset-normalizer's guess, Windows-1252 for Western text it fits, else the fallback."""
    from charset_normalizer import from_bytes  # imported on first need: it is not small

    best = from_bytes(data[:SAMPLE_BYTES]).best()
    guess = FALLBACK
    if best is not None:
        try:
            guess = codecs.lookup(best.encoding).name
        except LookupError:
            guess = FALLBACK
    if guess in _WESTERN or guess == "utf-8":
        try:
            data.decode(FALLBACK)
        except UnicodeDecodeError:
            return guess if guess != "utf-8" else "iso8859-1"
        return FALLBACK
    return guess


def _decode_vcard_lines(data: bytes, fallback: str) -> DecodedText:
    """A vCard whose properties name their own charset: each line in its own.

    Lines without ``CHARSET=`` are read in the charset most lines declare (or
    the detector's); a folded continuation line keeps its property's charset.
    """
    lines = data.split(b"\n")
    declared: dict[str, int] = {}
    per_line: list[str | None] = []
    current: str | None = None
    for raw in lines:
        if raw[:1] in (b" ", b"\t") and current is not None:
            per_line.append(current)
            continue
        colon = raw.find(b":")
        match = _CHARSET.search(raw, 0, colon) if colon > 0 else None
        current = None
        if match:
            try:
                current = codecs.lookup(match.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                current = None
        if current is not None:
            declared[current] = declared.get(current, 0) + 1
        per_line.append(current)
    default = max(declared, key=lambda k: declared[k]) if declared else fallback
    if default == "utf-8":
        default = fallback
    out: list[str] = []
    for raw, charset in zip(lines, per_line, strict=True):
        out.append(_decode_line(raw, charset or default, default))
    return DecodedText("\n".join(out), default)


def _decode_line(raw: bytes, charset: str, default: str) -> str:
    for codec in (charset, default, FALLBACK):
        try:
            return raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")
