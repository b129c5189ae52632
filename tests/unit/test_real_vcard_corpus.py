"""Real vCard files written by other programs (tests/data/real/vcard/SOURCES.md).

Every expected value below was read from the file itself (its N, FN, ORG, TITLE,
preferred EMAIL and TEL, ADR locality/region/country lines), not from our output.
First name = N's given name, last name = N's family name (FN split at the first
space when N is missing or empty); the preferred (PREF) email and phone, else the
first; ORG's first unit; the first TITLE.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from infointerview.interchange.errors import ImportFormatError
from infointerview.services.import_files import load_file
from infointerview.services.importing import SKIP, plan_import
from infointerview.services.session import Session

CORPUS = Path(__file__).resolve().parents[1] / "data" / "real" / "vcard"
FIELDS = ("first_name", "last_name", "organisation", "job_title", "email", "phone", "location")

JOHN_IBM = {"first_name": "John", "last_name": "Doe", "organisation": "IBM"}
KINZEL = [
    (0, {"line": 1, "first_name": "Folker", "last_name": "Kinzel", "organisation": "",
         "email": "email1@wumms.de", "phone": "0123-45678", "location": "Halle, DE"}),
    (1, {"line": 19, "first_name": "WSF", "last_name": "KMS", "organisation": "KMS Außenstelle",
         "email": "blablö@blub.com", "phone": "03443-303776"}),
]

# file, encoding read, number of cards, [(card index, {field: value})]
CASES: list[tuple[str, str, int, list[tuple[int, dict[str, Any]]]]] = [
    ("ezvcard-John_Doe_ANDROID.vcf", "utf-8", 6, [
        (0, {"line": 1, "first_name": "", "last_name": "", "email": "john.doe@company.com",
             "tags": "My Contacts"}),
        (2, {"line": 11, "first_name": "", "last_name": "Ñ Ñ Ñ Ñ", "phone": "123456789"}),
    ]),
    ("ezvcard-John_Doe_BLACK_BERRY.vcf", "utf-8", 1, [
        (0, {"first_name": "john", "last_name": "Doe", "organisation": "Acme Solutions",
             "phone": "+96123456789"}),
    ]),
    ("ezvcard-John_Doe_EVOLUTION.vcf", "utf-8", 1, [
        (0, {**JOHN_IBM, "job_title": "Money Counter", "email": "john.doe@ibm.com",
             "phone": "905-666-1234",
             "location": "Albaney, New York, United States of America"}),
    ]),
    ("ezvcard-John_Doe_GMAIL.vcf", "utf-8", 1, [
        (0, {**JOHN_IBM, "job_title": "Money Counter", "email": "john.doe@ibm.com",
             "phone": "905-555-1234"}),
    ]),
    ("ezvcard-John_Doe_IPHONE.vcf", "utf-8", 1, [  # CR CR LF line endings and a photo
        (0, {**JOHN_IBM, "job_title": "Money Counter", "email": "john.doe@ibm.com",
             "phone": "905-555-1234"}),
    ]),
    ("ezvcard-John_Doe_LOTUS_NOTES.vcf", "utf-8", 1, [
        (0, {**JOHN_IBM, "job_title": "Generic Accountant", "email": "john.doe@ibm.com",
             "phone": "+1 (212) 204-34456"}),
    ]),
    ("ezvcard-John_Doe_MAC_ADDRESS_BOOK.vcf", "utf-8", 1, [
        (0, {**JOHN_IBM, "job_title": "Money Counter", "email": "john.doe@ibm.com",
             "phone": "905-777-1234"}),
    ]),
    ("ezvcard-John_Doe_MS_OUTLOOK.vcf", "utf-8", 1, [
        (0, {**JOHN_IBM, "job_title": "Money Counter", "email": "john.doe@ibm.cm",
             "phone": "(905) 555-1234"}),
    ]),
    ("ezvcard-fullcontact.vcf", "utf-8", 1, [
        (0, {"first_name": "FirstName", "last_name": "LastName", "organisation": "Organization1",
             "job_title": "Title1", "email": "home@example.com", "phone": "555-555-1111",
             "location": "HomeCity, HomeState, HomeCountry"}),
    ]),
    ("ezvcard-gmail-list.vcf", "utf-8", 3, [
        (0, {"line": 1, "first_name": "Arnold", "last_name": "Smith",
             "email": "asmithk@gmail.com"}),
        (1, {"line": 7, "first_name": "Chris", "last_name": "Beatle",
             "email": "chrisy55d@yahoo.com"}),
        (2, {"line": 13, "first_name": "Doug", "last_name": "White",
             "email": "dwhite@gmail.com"}),
    ]),
    ("ezvcard-gmail-single.vcf", "utf-8", 1, [
        (0, {"first_name": "Greg", "last_name": "Dartmouth", "organisation": "TheCompany",
             "job_title": "TheJobTitle", "email": "gdartmouth@hotmail.com",
             "phone": "555 555 1111"}),
    ]),
    ("ezvcard-issue114.vcf", "utf-8", 1, [
        (0, {"first_name": "Dummy", "last_name": "Dummy", "organisation": "Dummy GmbH",
             "email": "dummy.dummy@dummy.com", "phone": "+49 1234 56789",
             "location": "Bad Homburg, Germany"}),
    ]),
    ("ezvcard-outlook-2003.vcf", "utf-8", 1, [
        (0, {"first_name": "John", "last_name": "Doe", "organisation": "Company, The",
             "job_title": "The Job Title", "email": "jdoe@hotmail.com",
             "phone": "BusinessPhone"}),
    ]),
    ("ezvcard-outlook-2007.vcf", "utf-8", 1, [
        (0, {"first_name": "Michael", "last_name": "Angstadt", "organisation": "TheCompany",
             "job_title": "TheJobTitle", "email": "mike.angstadt@gmail.com",
             "phone": "(111) 555-1111"}),
    ]),
    ("ezvcard-rfc6350-example.vcf", "utf-8", 1, [  # TEL;VALUE=uri:tel:+1-418-656-9254;ext=102
        (0, {"first_name": "Simon", "last_name": "Perreault", "organisation": "Viagenie",
             "email": "simon.perreault@viagenie.ca", "phone": "+1-418-656-9254 ext. 102",
             "location": "Quebec, QC, Canada"}),
    ]),
    ("ezvcard-thunderbird-MoreFunctionsForAddressBook-extension.vcf", "utf-8", 1, [
        (0, {"first_name": "John", "last_name": "Doe", "organisation": "TheOrganization",
             "job_title": "TheTitle", "email": "doe.john@hotmail.com",
             "phone": "555-555-1111"}),
    ]),
    ("folkerkinzel-outlook-ansi.vcf", "cp1252", 1, [
        (0, {"first_name": "Ralf", "last_name": "Rastral", "location": "Kleindorf, Deutschland"}),
    ]),
    ("folkerkinzel-outlook-label-charset.vcf", "cp1252", 1, [
        (0, {"first_name": "Rudi", "last_name": "Wimmel", "organisation": "Wurstdarm KG",
             "job_title": "Compliance Officer", "email": "Wimmel@wurstdarm.de",
             "phone": "0987 /6543", "location": "Schaffhausen, Deutschland"}),
    ]),
    ("folkerkinzel-outlook-v2.vcf", "utf-8", 1, [
        (0, {"first_name": "Max", "last_name": "Mustermann", "organisation": "Musterfirma GmbH",
             "job_title": "Musterposition", "email": "max.mustermann@musterfirma.de",
             "phone": "+49 (0611) 123456 - 11", "location": "Wiesbaden, Hessen, Deutschland"}),
    ]),
    ("folkerkinzel-ansi-v3.vcf", "cp1252", 2, KINZEL),
    ("folkerkinzel-utf16-bom.vcf", "utf-16", 2, KINZEL),
    ("folkerkinzel-cardbook-photo-v3.vcf", "utf-8", 1, [
        (0, {"first_name": "Emma", "last_name": "Musterfrau",
             "email": "emma.musterfrau@googlemail.com", "phone": "03456-78910",
             "location": "Grünstadt OT Gelbdorf, Deutschland"}),
    ]),
    ("folkerkinzel-cardbook-v4.vcf", "utf-8", 2, [
        (0, {"line": 1, "first_name": "Gerda", "last_name": "Möhrke",
             "organisation": "KiTa Öhrdingen", "email": "info@kinderland-blubblub.de",
             "phone": "034441/ 2 22 67"}),
        (1, {"line": 15, "first_name": "Max", "last_name": "Mustermann", "organisation": "SED",
             "job_title": "Gröfaz"}),
    ]),
    ("folkerkinzel-whatsapp.vcf", "utf-8", 1, [
        (0, {"first_name": "zzMad Perla 45", "last_name": "", "phone": "7yy-zzz-xxx",
             "notes": "PERLA\nmadrid\n\nOther phone: 7yy-zzz-xxx"}),
    ]),
    ("synthetic-phone-export-broken-cards.vcf", "utf-8", 4, [
        (0, {"line": 1, "first_name": "Ana", "last_name": "Silva",
             "email": "ana.silva@example.org", "phone": "+351-21-555-0100 ext. 7",
             "linkedin_url": "https://www.linkedin.com/in/ana-silva", "unreadable": None}),
        (1, {"line": 12, "unreadable":
             "The card has no END:VCARD line before the next card begins."}),
        (2, {"line": 16, "first_name": "Mateus", "last_name": "Araújo",
             "organisation": "Costa Labs", "unreadable": None}),
        (3, {"line": 23, "unreadable":
             "The card has no END:VCARD line (the file may be truncated)."}),
    ]),
]


def test_the_corpus_is_documented() -> None:
    files = {p.name for p in CORPUS.glob("*.vcf")}
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert len(files - {f for f in files if f.startswith("synthetic-")}) >= 15
    assert {case[0] for case in CASES} | {"folkerkinzel-cropped-2.1.vcf"} == files
    assert all(f"| {name} |" in sources for name in files)


@pytest.mark.parametrize(("name", "encoding", "count", "cards"), CASES, ids=[c[0] for c in CASES])
def test_real_vcard(name: str, encoding: str, count: int,
                    cards: list[tuple[int, dict[str, Any]]]) -> None:
    parsed = load_file(CORPUS / name)
    assert parsed.format == "vcard"
    assert parsed.encoding == encoding
    assert len(parsed.records) == count
    for index, expected in cards:
        record = parsed.records[index]
        got = {key: getattr(record, key) for key in expected}
        assert got == expected, f"card {index} of {name}"
    readable = [r for r in parsed.records if not r.unreadable]
    assert all(r.line >= 1 for r in readable)


def test_unreadable_cards_are_skipped_with_their_line_and_reason(session: Session) -> None:
    parsed = load_file(CORPUS / "synthetic-phone-export-broken-cards.vcf")
    plan = plan_import(session.db, parsed)
    skipped = [(row.line, row.detail) for row in plan.rows if row.action == SKIP]
    assert skipped == [
        (12, "The card has no END:VCARD line before the next card begins."),
        (23, "The card has no END:VCARD line (the file may be truncated)."),
    ]
    assert plan.new == 2


def test_a_file_whose_only_card_is_cut_off_is_refused_with_its_line() -> None:
    with pytest.raises(ImportFormatError, match="Line 1: No contact card could be read"):
        load_file(CORPUS / "folkerkinzel-cropped-2.1.vcf")


def test_the_encoding_can_be_forced() -> None:
    # The Windows-1252 file read as Latin-1 gives the same letters; as UTF-8 it is refused.
    parsed = load_file(CORPUS / "folkerkinzel-ansi-v3.vcf", encoding="latin-1")
    assert parsed.encoding == "iso8859-1"
    assert parsed.records[1].organisation == "KMS Außenstelle"
    with pytest.raises(ImportFormatError, match="cannot be read as UTF-8"):
        load_file(CORPUS / "folkerkinzel-ansi-v3.vcf", encoding="utf-8")


def test_cli_dry_run_names_the_encoding_and_every_skipped_card(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from infointerview.cli import main

    assert main(["import", str(CORPUS / "synthetic-phone-export-broken-cards.vcf"),
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "(vcard, UTF-8): 4 rows: 2 new, 0 to update, 2 skipped." in out
    assert "skipped line 12: Kwame Mensah: The card has no END:VCARD line before" in out
    assert "skipped line 23: Sofia Rossi: The card has no END:VCARD line (the file" in out
    assert main(["import", str(CORPUS / "folkerkinzel-ansi-v3.vcf"), "--dry-run",
                 "--encoding", "cp1252"]) == 0
    assert "(vcard, Windows-1252 (Western)): 2 rows: 2 new" in capsys.readouterr().out
    assert main(["import", str(CORPUS / "folkerkinzel-ansi-v3.vcf"), "--encoding", "utf-8"]) == 1
    assert "cannot be read as UTF-8" in capsys.readouterr().err
