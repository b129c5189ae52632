"""Every importer raises only its documented error (ImportFormatError) on any input."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infointerview.interchange.errors import ImportFormatError, decode_text
from infointerview.services.import_files import parse_text

FORMATS = ("auto", "linkedin", "csv", "vcard", "json")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_everywhere(text: str) -> None:
    for fmt in FORMATS:
        try:
            parsed = parse_text(text, "fuzz.txt", fmt)
        except ImportFormatError as exc:
            assert str(exc)  # always a sentence
        else:
            assert parsed.format in FORMATS


@FUZZ
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    _parse_everywhere(text)


@FUZZ
@given(st.binary())
def test_arbitrary_bytes(data: bytes) -> None:
    try:
        text = decode_text(data)
    except ImportFormatError:
        return
    _parse_everywhere(text)


_CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@FUZZ
@given(st.lists(st.lists(_CELL, max_size=9), max_size=8), st.sampled_from(["", "\ufeffNotes:\n\"x\"\n\n"]))
def test_linkedin_shaped_text_never_raises_anything_else(rows: list[list[str]], preamble: str) -> None:
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    _parse_everywhere(preamble + header + "\n".join(",".join(r) for r in rows))


# Cell text with nothing CSV or vCard treats specially, so what was read can be predicted.
_PLAIN = st.text(alphabet="abcXYZ09 .-_@'!éü李", max_size=10)
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
LINKEDIN_FIELDS = ("first_name", "last_name", "linkedin_url", "email", "organisation", "job_title")


@FUZZ
@given(st.lists(st.lists(_PLAIN, max_size=7), max_size=8), st.sampled_from(["", "\ufeffNotes:\n\"x\"\n\n"]))
def test_linkedin_shaped_text_reads_every_row(rows: list[list[str]], preamble: str) -> None:
    text = preamble + LINKEDIN_HEADER + "\n" + "\n".join(",".join(r) for r in rows)
    parsed = parse_text(text, "Connections.csv", "linkedin")
    header_line = preamble.count("\n") + 1
    expected = [
        (header_line + 1 + i, tuple((row + [""] * 7)[k].strip() for k in range(6)))
        for i, row in enumerate(rows)
        if any(cell.strip() for cell in row)
    ]
    got = [(r.line, tuple(getattr(r, f) for f in LINKEDIN_FIELDS)) for r in parsed.records]
    assert got == expected
    assert all(r.how_found == "LinkedIn" for r in parsed.records)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(
    ["FN", "N", "ORG", "EMAIL;TYPE=work", "TEL", "NOTE;ENCODING=QUOTED-PRINTABLE", "ADR",
     "PHOTO;ENCODING=b", "BEGIN", "END", "VERSION", "X-Y", ""]), _CELL), max_size=10))
def test_vcard_shaped_text_never_raises_anything_else(lines: list[tuple[str, str]]) -> None:
    body = "".join(f"{name}:{value}\r\n" for name, value in lines)
    _parse_everywhere("BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + "END:VCARD\r\n")
    _parse_everywhere("BEGIN:VCARD\r\n" + body)


def _first(lines: list[tuple[str, str]], name: str) -> str:
    """The first non-blank value of a property, its whitespace collapsed."""
    values = [" ".join(v.split()) for n, v in lines if n == name]
    return next((v for v in values if v), "")


@FUZZ
@given(
    st.lists(st.tuples(st.sampled_from(["FN", "ORG", "EMAIL;TYPE=work", "TITLE", "NOTE", "X-Y"]),
                       _PLAIN), max_size=10),
    st.integers(1, 3),
)
def test_vcard_shaped_text_reads_each_card(lines: list[tuple[str, str]], cards: int) -> None:
    body = "".join(f"{name}:{value}\r\n" for name, value in lines)
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + "END:VCARD\r\n"
    parsed = parse_text(card * cards, "contacts.vcf", "vcard")
    assert [r.line for r in parsed.records] == [1 + i * (len(lines) + 3) for i in range(cards)]
    full = " ".join((next((v for n, v in lines if n == "FN"), "")).split())
    first, _, last = full.partition(" ")
    for record in parsed.records:
        assert (record.first_name, record.last_name) == (first, last.strip())
        orgs = [" ".join(v.split()) for n, v in lines if n == "ORG"]
        assert record.organisation == (orgs[0] if orgs else "")  # only the first ORG counts
        assert record.email == _first(lines, "EMAIL;TYPE=work")
        assert record.job_title == _first(lines, "TITLE")
        notes = [v.strip() for n, v in lines if n == "NOTE" and v.strip()]
        assert record.notes.split("\n\n")[: len(notes)] == notes


_JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _CELL,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_CELL, inner, max_size=3),
    max_leaves=10,
)


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(["organisation", "contact", "chat", "setting", "prep_question", "x"]),
        st.lists(
            st.dictionaries(
                st.sampled_from(["id", "name", "first_name", "contact_id", "start_at", "key",
                                 "chat_id", "text", "organisation_id"]),
                _JSON_VALUE,
                max_size=5,
            )
            | _JSON_VALUE,
            max_size=3,
        )
        | _JSON_VALUE,
        max_size=4,
    ),
    st.sampled_from([1, 2, 0, "1", None]),
)
def test_json_backup_shaped_text(tables: dict[str, object], version: object) -> None:
    document = {"format": "infointerview-backup", "version": version, "tables": tables}
    _parse_everywhere(json.dumps(document))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": st.integers(1, 4), "contact_id": st.integers(1, 4), "start_at": _CELL},
            optional={"mode": st.none() | _CELL, "status": st.none() | _CELL,
                      "length_min": st.none() | st.integers() | _CELL},
        ),
        max_size=3,
    ),
    st.lists(
        st.fixed_dictionaries(
            {"id": st.integers(1, 4)},
            optional={"first_name": _CELL, "email": _CELL, "stage": _CELL,
                      "referred_by_id": st.none() | st.integers(1, 5),
                      "created_at": st.none() | _CELL, "organisation_id": st.integers(1, 3)},
        ),
        max_size=4,
    ),
)
def test_json_backup_applies_or_fails_cleanly(session, chats: list[dict], contacts: list[dict]) -> None:  # type: ignore[no-untyped-def]
    from infointerview.services.import_apply import apply_import
    from infointerview.services.importing import plan_import

    document = {
        "format": "infointerview-backup",
        "version": 1,
        "tables": {"organisation": [{"id": 1, "name": "Acme"}], "contact": contacts, "chat": chats},
    }
    before = session.db.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0]
    try:
        parsed = parse_text(json.dumps(document), "b.json", "json")
        apply_import(session.db, plan_import(session.db, parsed))
    except ImportFormatError:
        after = session.db.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0]
        assert after == before


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1])
def test_json_backup_number_too_large_for_sqlite_is_refused(session, value: int) -> None:  # type: ignore[no-untyped-def]
    """Found by the test above: SQLite raised OverflowError in the middle of the import."""
    document = {
        "format": "infointerview-backup",
        "version": 1,
        "tables": {"contact": [{"id": 1, "first_name": "Ana"}],
                   "chat": [{"id": 1, "contact_id": 1, "start_at": "", "length_min": value}]},
    }
    with pytest.raises(ImportFormatError, match="too large to store"):
        parse_text(json.dumps(document), "b.json", "json")
    assert session.db.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0] == 0



def test_json_backup_with_a_number_too_long_to_convert_is_refused() -> None:
    text = '{"format": "infointerview-backup", "version": 1, "tables": {"chat": [{"id": ' + "9" * 5000 + "}]}}"
    with pytest.raises(ImportFormatError, match="cannot be read"):
        parse_text(text, "b.json", "json")
