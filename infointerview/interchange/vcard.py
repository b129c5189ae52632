"""vCard 2.1, 3.0 and 4.0 import and vCard 3.0 export, through ``vobject``.

Handles quoted-printable (including 2.1 soft line breaks, which ``vobject``
does not join), folded lines, escaped commas and semicolons, several emails
and phones (the first goes in the field, the others into notes), ``ORG``
with units (the first part is the organisation), and ignores photos.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import vobject

from infointerview.interchange.errors import ImportFormatError
from infointerview.interchange.records import ImportedContact

X_PREFIX = "X-INFOINTERVIEW-"
_X_FIELDS = ("how_found", "connection_point", "lane", "stage")
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)


def looks_like_vcard(text: str) -> bool:
    return bool(_BEGIN.search(text[:4096]))


def _join_qp_soft_breaks(text: str) -> str:
    """Join quoted-printable soft line breaks (a line ending in ``=``)."""
    lines = text.splitlines()
    out: list[str] = []
    joining = False
    for line in lines:
        if joining:
            out[-1] = out[-1][:-1] + line.lstrip(" \t")
        else:
            out.append(line)
        head = out[-1].split(":", 1)[0].upper()
        joining = "QUOTED-PRINTABLE" in head and out[-1].endswith("=")
    return "\r\n".join(out) + "\r\n"


def _values(card: Any, name: str) -> list[Any]:
    return [item.value for item in card.contents.get(name, [])]


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value if _text(v))
    return " ".join(str(value).replace("\r\n", "\n").split()) if value is not None else ""


def _ordered(card: Any, name: str) -> list[str]:
    """Values of a property, preferred (PREF) first, empties dropped."""
    items = list(card.contents.get(name, []))

    def preferred(item: Any) -> int:
        params = {k.upper(): [str(v).upper() for v in vs] for k, vs in item.params.items()}
        flags = params.get("TYPE", []) + [str(v).upper() for v in item.singletonparams]
        return 0 if "PREF" in flags or "PREF" in params else 1

    items.sort(key=preferred)
    return [t for t in (_text(i.value) for i in items) if t]


def _card_to_record(card: Any, line: int) -> ImportedContact:
    record = ImportedContact(line=line)
    names = _values(card, "n")
    if names and not isinstance(names[0], (str, bytes)):
        record.first_name = _text(getattr(names[0], "given", ""))
        record.last_name = _text(getattr(names[0], "family", ""))
    if not record.first_name and not record.last_name:
        full = _text((_values(card, "fn") or [""])[0])
        first, _, last = full.partition(" ")
        record.first_name, record.last_name = first, last.strip()
    extra: list[str] = []
    orgs = _values(card, "org")
    if orgs:
        parts = orgs[0] if isinstance(orgs[0], (list, tuple)) else [orgs[0]]
        parts = [_text(p) for p in parts if _text(p)]
        if parts:
            record.organisation = parts[0]
            if len(parts) > 1:
                extra.append("Department: " + ", ".join(parts[1:]))
    titles = _ordered(card, "title") or _ordered(card, "role")
    record.job_title = titles[0] if titles else ""
    emails = _ordered(card, "email")
    if emails:
        record.email = emails[0]
        extra.extend(f"Other email: {e}" for e in emails[1:])
    phones = _ordered(card, "tel")
    if phones:
        record.phone = phones[0]
        extra.extend(f"Other phone: {p}" for p in phones[1:])
    for url in _ordered(card, "url") + _ordered(card, "x-socialprofile"):
        if "linkedin.com" in url.casefold() and not record.linkedin_url:
            record.linkedin_url = url
    for adr in _values(card, "adr"):
        if isinstance(adr, (str, bytes)):
            continue
        parts = [_text(getattr(adr, a, "")) for a in ("city", "region", "country")]
        location = ", ".join(p for p in parts if p)
        if location:
            record.location = location
            break
    categories = _values(card, "categories")
    if categories:
        record.tags = ", ".join(_text(c) for c in categories if _text(c))
    notes = [
        str(n).replace("\r\n", "\n").strip()
        for n in _values(card, "note")
        if isinstance(n, str) and n.strip()
    ]
    if extra:
        notes.append("\n".join(extra))
    record.notes = "\n\n".join(notes)
    for name in _X_FIELDS:
        values = _values(card, (X_PREFIX + name.replace("_", "-")).lower())
        if values:
            setattr(record, name, _text(values[0]))
    connected = _values(card, (X_PREFIX + "CONNECTED-ON").lower())
    if connected:
        try:
            record.connected_on = dt.date.fromisoformat(_text(connected[0]))
        except ValueError:
            record.connected_on = None
    hiring = _values(card, (X_PREFIX + "HIRING-AUTHORITY").lower())
    if hiring:
        record.hiring_authority = _text(hiring[0]).casefold() in ("yes", "true", "1")
    return record


def parse_vcards(text: str) -> list[ImportedContact]:
    """Records for every card; ``ImportFormatError`` names the line of a bad card."""
    if not looks_like_vcard(text):
        raise ImportFormatError("This is not a vCard file: it has no BEGIN:VCARD line.", 1)
    prepared = _join_qp_soft_breaks(text)
    starts = [text[: m.start()].count("\n") + 1 for m in _BEGIN.finditer(text)]
    records: list[ImportedContact] = []
    try:
        for index, component in enumerate(vobject.readComponents(prepared, validate=False)):
            line = starts[index] if index < len(starts) else 0
            if component.name.upper() != "VCARD":
                continue
            records.append(_card_to_record(component, line))
    except ImportFormatError:
        raise
    except vobject.base.ParseError as exc:
        bad_line = getattr(exc, "lineNumber", None)
        raise ImportFormatError(
            f"The vCard is malformed ({getattr(exc, 'message', exc)}).",
            int(bad_line) if isinstance(bad_line, int) else None,
        ) from exc
    except Exception as exc:  # vobject raises many undocumented types on bad input
        raise ImportFormatError(
            f"The vCard could not be read ({type(exc).__name__}). The file may be damaged "
            "or truncated."
        ) from exc
    if not records:
        raise ImportFormatError("The file contains no contact cards.", 1)
    return records


def export_vcards(contacts: Iterable[dict[str, Any]]) -> str:
    """vCard 3.0 text, one card per contact dict (keys as in ``EXPORT_COLUMNS``)."""
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
