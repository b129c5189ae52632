"""vCard 2.1, 3.0 and 4.0 import (a small tolerant reader) and vCard 3.0 export.

The reader takes only the properties InfoInterview uses (N, FN, ORG, TITLE,
ROLE, EMAIL, TEL, URL, X-SOCIALPROFILE, ADR, NOTE, CATEGORIES and our own
X-INFOINTERVIEW-* fields) and follows RFC 6350 §3.2 and RFC 2426: line
endings normalised (CR LF, CR CR LF as iPhones write, bare CR), lines
unfolded (a line starting with a space or tab continues the previous one, that
one character removed), groups (``item1.EMAIL``) dropped from the name,
parameters with quoted values, escapes (``\\,`` ``\\;`` ``\\n``),
quoted-printable with vCard 2.1 soft line breaks and a ``CHARSET``, and
vCard 4.0 ``tel:`` and ``mailto:`` URIs (``tel:+1-418-656-9254;ext=102`` is
read as ``+1-418-656-9254 ext. 102``). Photos, logos, sounds and keys are
skipped without being decoded. Unknown and repeated properties are ignored.

Card by card: a card that cannot be read (no END:VCARD, or something we did
not foresee) becomes a record with ``unreadable`` set to the reason, at the
line of its BEGIN:VCARD; the preview and the CLI list it as skipped and the
other cards import. Several emails and phones: the preferred (PREF) first into
the field, the others into notes; ORG's units go into notes too.

Export uses ``vobject`` (imported when exporting): it writes correct vCard 3.0
and its speed does not matter there.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote

from infointerview.interchange.errors import ImportFormatError
from infointerview.interchange.records import ImportedContact

X_PREFIX = "X-INFOINTERVIEW-"
_X_FIELDS = ("how_found", "connection_point", "lane", "stage")
_BEGIN = re.compile(r"(?:^|[\r\n])BEGIN:VCARD[ \t]*(?:[\r\n]|$)", re.IGNORECASE)
"""A BEGIN:VCARD line, whatever ends the lines (CR LF, LF or a bare CR)."""

_CARD_START = re.compile(r"^BEGIN:VCARD[ \t]*$", re.IGNORECASE | re.MULTILINE)
_CARD_END = re.compile(r"^END:VCARD[ \t]*$", re.IGNORECASE | re.MULTILINE)
_FOLD = re.compile(r"\n[ \t]")
_QP = re.compile(r"QUOTED-PRINTABLE", re.IGNORECASE)
_PROPERTY = re.compile(
    r"^(?:[A-Za-z0-9_-]+\.)?"  # a group: item1.EMAIL
    r"(N|FN|ORG|TITLE|ROLE|EMAIL|TEL|URL|X-SOCIALPROFILE|ADR|NOTE|CATEGORIES|"
    + re.escape(X_PREFIX) + r"[A-Z-]+)"
    r"((?:;(?:\"[^\"\n]*\"|[^\";:\n])*)*)"  # parameters, quoted values may hold ; and :
    r":(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
"""The properties read; every other line (PHOTO, VERSION, X-ABLabel …) is never looked at."""
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SPLIT_SEMI = re.compile(r"(?<!\\)((?:\\\\)*);")
_SPLIT_COMMA = re.compile(r"(?<!\\)((?:\\\\)*),")

_Property = tuple[str, str]
"""A property's parameter text (``;TYPE=work;PREF=1`` or empty) and its raw value."""


def looks_like_vcard(text: str) -> bool:
    return bool(_BEGIN.search(text[:4096]))


@functools.lru_cache(maxsize=512)
def _params(text: str) -> dict[str, tuple[str, ...]]:
    """``;TYPE=work,voice;PREF`` → ``{"TYPE": ("WORK", "VOICE", "PREF")}`` (2.1 bare names are TYPEs)."""
    found: dict[str, list[str]] = {}
    for part in _quoted_split(text, ";")[1:] if '"' in text else text.split(";")[1:]:
        key, eq, value = part.partition("=")
        key = key.strip().upper()
        if not eq:  # vCard 2.1: TEL;CELL;PREF, EMAIL;INTERNET, ;QUOTED-PRINTABLE
            if key in ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"):
                found.setdefault("ENCODING", []).append(key)
            elif key:
                found.setdefault("TYPE", []).append(key)
            continue
        pieces = _quoted_split(value, ",") if '"' in value else value.split(",")
        values = [v.strip().strip('"') for v in pieces]
        if key in ("TYPE", "ENCODING"):
            values = [v.upper() for v in values]
        found.setdefault(key, []).extend(values)
    return {key: tuple(values) for key, values in found.items()}


def _quoted_split(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside double quotes."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
            current.append(char)
        elif char == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _normalise_line_endings(text: str) -> str:
    """CR LF, CR CR LF (iPhone exports) and bare CR (old Macs) all become LF."""
    if "\r" not in text:
        return text
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _join_soft_breaks(card: str) -> str:
    """Join quoted-printable soft line breaks (a QP value's line ending in ``=``).

    The next line is appended without its leading blanks, whether or not it is
    indented (writers differ); BEGIN:VCARD and END:VCARD are never swallowed.
    """
    out: list[str] = []
    joining = False
    for line in card.split("\n"):
        if joining and not _CARD_END.match(line) and not _CARD_START.match(line):
            out[-1] = out[-1][:-1] + line.lstrip(" \t")
        else:
            out.append(line)
        last = out[-1]
        joining = last.endswith("=") and _QP.search(last, 0, max(last.find(":"), 0)) is not None
    return "\n".join(out)


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _components(value: str, pattern: re.Pattern[str] = _SPLIT_SEMI) -> list[str]:
    """A structured value split on unescaped separators, each part unescaped."""
    if "\\" not in value:
        return value.split(";" if pattern is _SPLIT_SEMI else ",")
    marked = pattern.sub(lambda m: m.group(1) + "\x00", value.replace("\x00", ""))
    return [_unescape(p) for p in marked.split("\x00")]


def _decoded(prop: _Property) -> str:
    """The value with quoted-printable or base64 undone (in its CHARSET), not unescaped."""
    head, value = prop
    if not head:
        return value
    upper = head.upper()
    if "ENCODING" not in upper and "PRINTABLE" not in upper and "BASE64" not in upper:
        return value
    params = _params(head)
    encoding = params.get("ENCODING", ())
    if "QUOTED-PRINTABLE" in encoding:
        raw = binascii.a2b_qp(value.encode("utf-8", "surrogatepass"))
    elif "B" in encoding or "BASE64" in encoding:
        try:
            raw = base64.b64decode("".join(value.split()), validate=False)
        except (binascii.Error, ValueError):
            return ""
    else:
        return value
    for charset in (*params.get("CHARSET", ()), "utf-8", "cp1252"):
        try:
            return raw.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def _text(value: str) -> str:
    return " ".join(value.split())


def _preference(prop: _Property) -> int:
    params = _params(prop[0])
    pref = params.get("PREF")
    if pref:
        try:
            return int(pref[0])
        except ValueError:
            return 0
    return 0 if "PREF" in params.get("TYPE", ()) else 101


def _ordered(props: list[_Property], convert: Callable[[str], str] | None = None) -> list[str]:
    """Values of one property, preferred (PREF) first, empties dropped."""
    items = sorted(props, key=_preference) if len(props) > 1 else props
    values = [_text(_unescape(_decoded(p))) for p in items]
    if convert is not None:
        values = [convert(v) for v in values]
    return [v for v in values if v]


def _tel(value: str) -> str:
    """``tel:+1-418-656-9254;ext=102`` → ``+1-418-656-9254 ext. 102``; other values as they are."""
    if value[:4].casefold() != "tel:":
        return value
    number, *params = value[4:].split(";")
    number = unquote(number).strip()
    for param in params:
        key, _, ext = param.partition("=")
        if key.strip().casefold() == "ext" and ext.strip():
            number += " ext. " + unquote(ext).strip()
    return number


def _mailto(value: str) -> str:
    """``mailto:ann@x.org`` → ``ann@x.org``."""
    if value[:7].casefold() != "mailto:":
        return value
    return unquote(value[7:].split("?", 1)[0]).strip()


def _card_to_record(props: dict[str, list[_Property]], line: int) -> ImportedContact:
    record = ImportedContact(line=line)

    def first(name: str) -> str:
        found = props.get(name)
        return _decoded(found[0]) if found else ""

    names = _components(first("N"))
    if len(names) > 1 or names[0]:
        record.last_name = _text(names[0])
        record.first_name = _text(names[1]) if len(names) > 1 else ""
    if not record.first_name and not record.last_name:
        full = _text(_unescape(first("FN")))
        given, _, family = full.partition(" ")
        record.first_name, record.last_name = given, family.strip()
    extra: list[str] = []
    parts = [_text(p) for p in _components(first("ORG"))]
    parts = [p for p in parts if p]
    if parts:
        record.organisation = parts[0]
        if len(parts) > 1:
            extra.append("Department: " + ", ".join(parts[1:]))
    titles = _ordered(props.get("TITLE", [])) or _ordered(props.get("ROLE", []))
    record.job_title = titles[0] if titles else ""
    emails = _ordered(props.get("EMAIL", []), _mailto)
    if emails:
        record.email = emails[0]
        extra.extend(f"Other email: {e}" for e in emails[1:])
    phones = _ordered(props.get("TEL", []), _tel)
    if phones:
        record.phone = phones[0]
        extra.extend(f"Other phone: {p}" for p in phones[1:])
    for url in _ordered(props.get("URL", [])) + _ordered(props.get("X-SOCIALPROFILE", [])):
        if "linkedin.com" in url.casefold() and not record.linkedin_url:
            record.linkedin_url = url
    for adr in props.get("ADR", []):
        address = [_text(p) for p in _components(_decoded(adr))] + [""] * 7
        location = ", ".join(p for p in (address[3], address[4], address[6]) if p)
        if location:
            record.location = location
            break
    categories = [
        _text(c) for prop in props.get("CATEGORIES", [])
        for c in _components(_decoded(prop), _SPLIT_COMMA)
    ]
    if categories:
        record.tags = ", ".join(c for c in categories if c)
    notes = [_normalise_line_endings(_unescape(_decoded(n))).strip() for n in props.get("NOTE", [])]
    notes = [n for n in notes if n]
    if extra:
        notes.append("\n".join(extra))
    record.notes = "\n\n".join(notes)
    for name in _X_FIELDS:
        value = first(X_PREFIX + name.replace("_", "-").upper())
        if value:
            setattr(record, name, _text(_unescape(value)))
    connected = _text(first(X_PREFIX + "CONNECTED-ON"))
    if connected:
        try:
            record.connected_on = dt.date.fromisoformat(connected)
        except ValueError:
            record.connected_on = None
    hiring = _text(first(X_PREFIX + "HIRING-AUTHORITY"))
    if hiring:
        record.hiring_authority = hiring.casefold() in ("yes", "true", "1")
    return record


def _unreadable(line: int, props: dict[str, list[_Property]], reason: str) -> ImportedContact:
    """A card we could not read, kept so the preview can list it as skipped."""
    try:
        name = _text(_unescape(_decoded(props["FN"][0]))) if props.get("FN") else ""
    except Exception:  # the name is only a courtesy here
        name = ""
    given, _, family = name.partition(" ")
    return ImportedContact(line=line, first_name=given, last_name=family.strip(),
                           unreadable=reason)


def _properties(card: str) -> dict[str, list[_Property]]:
    """The properties we use of one card's text (BEGIN line to END line), unfolded."""
    if _QP.search(card):
        card = _join_soft_breaks(card)
    card = _FOLD.sub("", card)  # RFC 6350 §3.2; a photo's lines join too, never decoded
    props: dict[str, list[_Property]] = {}
    for name, head, value in _PROPERTY.findall(card):
        props.setdefault(name.upper(), []).append((head, value))
    return props


def parse_vcards(text: str) -> list[ImportedContact]:
    """One record per card, in file order; an unreadable card has ``unreadable`` set.

    ``ImportFormatError`` only when no card at all can be read. A vCard 2.1
    AGENT (a card inside a card, which no exporter we know writes) makes the
    outer card unreadable; the inner one is read as a card of its own.
    """
    if not looks_like_vcard(text):
        raise ImportFormatError("This is not a vCard file: it has no BEGIN:VCARD line.", 1)
    text = _normalise_line_endings(text)
    starts = [m.start() for m in _CARD_START.finditer(text)]
    records: list[ImportedContact] = []
    line, position = 1, 0
    for index, start in enumerate(starts):
        line += text.count("\n", position, start)
        position = start
        stop = starts[index + 1] if index + 1 < len(starts) else len(text)
        end = _CARD_END.search(text, start, stop)
        try:
            props = _properties(text[start:end.start() if end else stop])
        except Exception:  # one bad card must not sink the file
            props = {}
        if end is None:
            last = index + 1 == len(starts)
            records.append(_unreadable(line, props, (
                "The card has no END:VCARD line (the file may be truncated)." if last else
                "The card has no END:VCARD line before the next card begins.")))
            continue
        try:
            records.append(_card_to_record(props, line))
        except Exception as exc:  # one bad card must not sink the file
            records.append(_unreadable(
                line, props, f"The card could not be read ({type(exc).__name__})."))
    if all(r.unreadable for r in records):
        if records:
            raise ImportFormatError(
                f"No contact card could be read. {records[0].unreadable}", records[0].line)
        raise ImportFormatError("The file contains no contact cards.", 1)
    return records


def export_vcards(contacts: Iterable[dict[str, Any]]) -> str:
    """vCard 3.0 text, one card per contact dict (keys as in ``EXPORT_COLUMNS``)."""
    import vobject  # only export needs it; importing it costs start-up time

    cards: list[str] = []
    for contact in contacts:
        card = vobject.vCard()
        first = str(contact.get("first_name") or "")
        last = str(contact.get("last_name") or "")
        card.add("n").value = vobject.vcard.Name(family=last, given=first)
        card.add("fn").value = " ".join(p for p in (first, last) if p) or "-"
        if contact.get("organisation"):
            card.add("org").value = [str(contact["organisation"])]
        _add(card, "title", contact.get("job_title"))
        if contact.get("email"):
            email = card.add("email")
            email.value = str(contact["email"])
            email.type_param = "INTERNET"
        _add(card, "tel", contact.get("phone"))
        _add(card, "url", contact.get("linkedin_url"))
        if contact.get("location"):
            card.add("adr").value = vobject.vcard.Address(city=str(contact["location"]))
        if contact.get("tags"):
            card.add("categories").value = [
                t.strip() for t in str(contact["tags"]).split(",") if t.strip()
            ]
        _add(card, "note", contact.get("notes"))
        for name in _X_FIELDS:
            _add(card, X_PREFIX + name.replace("_", "-"), contact.get(name))
        connected = contact.get("connected_on")
        if isinstance(connected, dt.date):
            _add(card, X_PREFIX + "CONNECTED-ON", connected.isoformat())
        if contact.get("hiring_authority"):
            _add(card, X_PREFIX + "HIRING-AUTHORITY", "yes")
        cards.append(card.serialize())
    return "".join(cards)


def _add(card: Any, name: str, value: Any) -> None:
    if value:
        card.add(name.lower()).value = str(value)
