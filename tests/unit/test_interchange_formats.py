"""The file formats on their own: LinkedIn, vCard, generic CSV, detection, errors."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from infointerview.interchange import csv_generic, linkedin, vcard
from infointerview.interchange.detect import detect_format
from infointerview.interchange.errors import (
    MAX_IMPORT_BYTES,
    ImportFormatError,
    check_size,
    decode_text,
)

PREAMBLE = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email '
    "addresses are missing. You will only see email addresses for connections who have "
    'allowed their connections to see or download their email address, see https://x.y/z"\r\n'
    "\r\n"
)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def test_linkedin_export_with_bom_preamble_and_trailing_rows() -> None:
    text = decode_text(
        (
            "\ufeff"
            + PREAMBLE
            + HEADER
            + "Ann,Lee,https://www.linkedin.com/in/ann-lee,,\"Acme, Inc.\",Engineer,15 Mar 2024\r\n"
            + "Bo,Ng,https://www.linkedin.com/in/bo,bo@x.org,Globex,\"Head of Data, EMEA\",01 Dec 2019\r\n"
            + "\r\n,,,,,,\r\n\r\n"
        ).encode("utf-8")
    )
    assert detect_format(text, "Connections.csv") == "linkedin"
    records = linkedin.parse_linkedin(text)
    assert [r.display_name for r in records] == ["Ann Lee", "Bo Ng"]
    ann, bo = records
    assert ann.organisation == "Acme, Inc." and ann.email == ""
    assert ann.connected_on == dt.date(2024, 3, 15)
    assert ann.how_found == "LinkedIn"
    assert ann.linkedin_url == "https://www.linkedin.com/in/ann-lee"
    assert ann.line == 5  # Notes:, the quoted paragraph, a blank line, the header
    assert bo.job_title == "Head of Data, EMEA" and bo.email == "bo@x.org"


def test_older_linkedin_export_without_url_column() -> None:
    text = (
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,ann@x.org,Acme,CTO,3 Jan 2016\n"
    )
    assert detect_format(text) == "linkedin"
    (record,) = linkedin.parse_linkedin(text)
    assert record.linkedin_url == "" and record.email == "ann@x.org"
    assert record.connected_on == dt.date(2016, 1, 3)


def test_linkedin_without_header_names_the_problem() -> None:
    with pytest.raises(ImportFormatError, match="not a LinkedIn connections export"):
        linkedin.parse_linkedin("Name,Phone\nAnn,1\n")


def test_linkedin_truncated_in_a_quoted_value_names_the_line() -> None:
    text = HEADER + 'Ann,Lee,,,"Acme, Inc.,Engineer,15 Mar 2024\r\n'
    with pytest.raises(ImportFormatError) as caught:
        linkedin.parse_linkedin(text)
    assert caught.value.line == 2
    assert "truncated" in str(caught.value)


def test_row_with_too_many_values_names_the_line() -> None:
    text = HEADER + "Ann,Lee,,,Acme,CTO,1 Jan 2020,extra\r\n"
    with pytest.raises(ImportFormatError, match="Line 2: This row has 8 values"):
        linkedin.parse_linkedin(text)


def test_windows_1252_is_read_and_binary_and_size_are_refused() -> None:
    latin1 = "First Name,Last Name\nJosé,Lee\n".encode("latin-1")
    assert decode_text(latin1) == "First Name,Last Name\nJosé,Lee\n"  # issue 16: no refusal
    with pytest.raises(ImportFormatError, match="not a text file"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFormatError, match="imports files up to 50 MB"):
        check_size(MAX_IMPORT_BYTES + 1)
    assert decode_text("a,b\n".encode("utf-16")) == "a,b\n"


VCARDS = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond=\r\n"
    " half\r\n"
    "ORG:Acme\\, Inc.;R&D;Lab\r\n"
    "EMAIL;INTERNET:b@x.org\r\n"
    "EMAIL;INTERNET;PREF:a@x.org\r\n"
    "TEL;CELL:+1 555 0100\r\n"
    "TEL;WORK:+1 555 0199\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n"
    " /9j/4AAQSkZJRgABAQAAAQABAAD/\r\n"
    " 2wBD\r\n"
    "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Lee;Ann;;;\r\n"
    "FN:Ann Lee\r\n"
    "TITLE:Head of Data\\, EMEA\r\n"
    "URL:https://www.linkedin.com/in/ann-lee\r\n"
    "ADR;TYPE=WORK:;;1 Road;Paris;;75001;France\r\n"
    "NOTE:a long note that is fol\r\n"
    " ded here\\, with a comma\\; and a semicolon\r\n"
    "CATEGORIES:mentor,alumni\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Zoë Ö\r\n"
    "EMAIL;TYPE=work:zoe@x.org\r\n"
    "ORG:Big\\;Co\r\n"
    "END:VCARD\r\n"
)


def test_vcard_21_30_40() -> None:
    assert detect_format(VCARDS, "contacts.vcf") == "vcard"
    jurgen, ann, zoe = vcard.parse_vcards(VCARDS)
    assert (jurgen.first_name, jurgen.last_name) == ("Jürgen", "Müller")
    assert jurgen.organisation == "Acme, Inc."
    assert jurgen.email == "a@x.org"  # the preferred one
    assert jurgen.phone == "+1 555 0100"
    assert "first line\nsecondhalf" in jurgen.notes
    assert "Department: R&D, Lab" in jurgen.notes
    assert "Other email: b@x.org" in jurgen.notes and "Other phone: +1 555 0199" in jurgen.notes
    assert ann.job_title == "Head of Data, EMEA"
    assert ann.linkedin_url == "https://www.linkedin.com/in/ann-lee"
    assert ann.location == "Paris, France"
    assert ann.notes == "a long note that is folded here, with a comma; and a semicolon"
    assert ann.tags == "mentor, alumni"
    assert ann.line == 17
    assert (zoe.first_name, zoe.last_name, zoe.organisation) == ("Zoë", "Ö", "Big;Co")


def test_truncated_vcard_is_refused() -> None:
    with pytest.raises(ImportFormatError):
        vcard.parse_vcards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\n")


def test_generic_csv_guesses_and_uses_a_mapping() -> None:
    text = "Full Name;E-mail;Employer;Notes\nAnn Lee;ann@x.org;Acme;'=1+1\n"
    header, mapping, records = csv_generic.parse_csv(text)
    assert header == ["Full Name", "E-mail", "Employer", "Notes"]
    assert mapping == ["full_name", "email", "organisation", "notes"]
    (ann,) = records
    assert (ann.first_name, ann.last_name, ann.email, ann.organisation) == (
        "Ann", "Lee", "ann@x.org", "Acme",
    )
    assert ann.notes == "=1+1"  # our own guard is stripped again
    _, _, records = csv_generic.parse_csv(text, ["", "email", "", "job_title"])
    assert records[0].first_name == "" and records[0].job_title == "=1+1"


def test_csv_with_unknown_header_is_refused_naming_the_line() -> None:
    with pytest.raises(ImportFormatError, match="Line 1: The header has no column"):
        csv_generic.parse_csv("foo,bar\n1,2\n")


# The first characters a spreadsheet runs as a formula, written out here rather
# than read from the code, so dropping one from the guard fails its own case.
DANGEROUS = ["=", "+", "-", "@", "\t", "\r"]
DANGEROUS_IDS = ["equals", "plus", "minus", "at", "tab", "cr"]


@pytest.mark.parametrize("first", DANGEROUS, ids=DANGEROUS_IDS)
def test_formula_guard_quotes_each_dangerous_first_character(first: str) -> None:
    value = first + "HYPERLINK(1)"
    assert csv_generic.guard(value) == "'" + value
    assert csv_generic.unguard("'" + value) == value
    # an apostrophe the user typed before it is kept through a round trip
    assert csv_generic.guard("'" + value) == "''" + value
    assert csv_generic.unguard("''" + value) == "'" + value


@pytest.mark.parametrize("first", DANGEROUS, ids=DANGEROUS_IDS)
def test_csv_export_quotes_each_dangerous_first_character(first: str) -> None:
    text = csv_generic.export_csv(
        [{"first_name": first + "cmd|' /C calc'!A0", "notes": first + "2\n@x"}]
    )
    header, row = list(csv.reader(io.StringIO(text, newline="")))
    cells = dict(zip(header, row, strict=True))
    assert cells["First Name"] == "'" + first + "cmd|' /C calc'!A0"
    assert cells["Notes"] == "'" + first + "2\n@x"


@pytest.mark.parametrize(
    "value", ["'", "''", "'a", "plain", "", "<b>x</b>", "a=b", "x+1", "李"]
)
def test_formula_guard_leaves_harmless_text_alone(value: str) -> None:
    expected = "'" + value if value.startswith("''") else value
    assert csv_generic.guard(value) == expected
    assert csv_generic.unguard(csv_generic.guard(value)) == value


def test_detect_refuses_foreign_json_and_unknown_text() -> None:
    with pytest.raises(ImportFormatError, match="not an InfoInterview backup"):
        detect_format('{"a": 1}', "x.json")
    with pytest.raises(ImportFormatError, match="not recognised"):
        detect_format("just some words", "notes.md")
    with pytest.raises(ImportFormatError, match="empty"):
        detect_format("  \n", "x.csv")


def test_an_imported_record_has_every_contact_text_field() -> None:
    from dataclasses import fields

    from infointerview.domain.contacts import ContactDraft
    from infointerview.interchange.records import TEXT_FIELDS, ImportedContact

    declared = [f.name for f in fields(ImportedContact) if f.type == "str"]
    assert tuple(declared) == TEXT_FIELDS == tuple(
        f.name for f in fields(ContactDraft) if f.name in declared
    )
    assert "notes" in TEXT_FIELDS and "referred_by_id" not in TEXT_FIELDS
