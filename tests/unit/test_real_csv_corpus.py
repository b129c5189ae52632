"""Real LinkedIn and contact CSV files (tests/data/real/linkedin, tests/data/real/csv; see
each folder's SOURCES.md) read as the importer reads them.

Every expected value below was read from the file itself (first row, last row, the tricky
ones), not from our output.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from infointerview.services.import_files import load_file

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
D = dt.date

# file, format, preset, number of records, {record index: {field: value}},
# {record index: texts its notes must contain}
CASES: list[tuple[str, str, str, int, dict[int, dict[str, Any]], dict[int, tuple[str, ...]]]] = [
    (
        "linkedin/jasontoups-Connections-2024-trimmed.csv", "linkedin", "linkedin", 53,
        {
            0: {"line": 5, "first_name": "Anjula", "last_name": "Batra",
                "linkedin_url": "https://www.linkedin.com/in/anjula-batra", "email": "",
                "organisation": "Prepfully", "job_title": "Business Development Manager",
                "connected_on": D(2024, 5, 30), "how_found": "LinkedIn"},
            5: {"first_name": "Charanjeet", "email": "charanjeet220713@gmail.com",
                "organisation": "Innova Solutions", "connected_on": D(2024, 5, 23)},
            6: {"first_name": "Ava", "organisation": "CivicMinds, Inc",
                "job_title": "Full-Desk Recruiter/Account Manager"},
            48: {"first_name": "", "last_name": "", "connected_on": D(2022, 6, 2)},
            52: {"line": 57, "first_name": "Leah", "last_name": "Melnick",
                 "organisation": "Giving Kitchen",
                 "job_title": "Senior Director of National Field Operations",
                 "connected_on": D(2008, 5, 29)},
        },
        {},
    ),
    (
        "linkedin/rolomind-linkedin.csv", "linkedin", "linkedin", 5,
        {
            0: {"first_name": "John", "last_name": "Doe", "email": "john@example.com",
                "organisation": "Acme Corp", "job_title": "CEO", "connected_on": D(2024, 1, 15),
                "linkedin_url": "https://linkedin.com/in/johndoe"},
            3: {"first_name": "Alice", "connected_on": D(2023, 12, 25)},
            4: {"first_name": "Charlie", "last_name": "Davis", "organisation": "Stealth",
                "job_title": "Co-founder", "connected_on": D(2025, 5, 5)},
        },
        {},
    ),
    (
        "linkedin/synthetic-linkedin-2018.csv", "linkedin", "linkedin", 4,
        {
            0: {"first_name": "Marta", "last_name": "Quint", "organisation": "Harbour Analytics",
                "connected_on": D(2018, 1, 8)},
            1: {"organisation": "Lumen, Inc.", "email": "teodor.vasek@example.org",
                "connected_on": D(2017, 11, 17)},
            3: {"first_name": "Ravi", "connected_on": D(2016, 12, 25)},
        },
        {},
    ),
    (
        "csv/roundcube-gmail.csv", "csv", "google", 1,
        {
            0: {"first_name": "Firstname", "last_name": "Lastname", "email": "home@aaa.pl",
                "phone": "pager", "location": "home_city", "organisation": "company",
                "job_title": "jobtitle", "tags": "Test"},
        },
        {0: ('note"note', "Additional Name: Middle", "Name Prefix: Prefix",
             "Name Suffix: Suffix", "E-mail 2 - Value: work@email.pl",
             "Phone 2 - Value: mainphone", "Address 2 - City: work_city")},
    ),
    (
        "csv/rolomind-google.csv", "csv", "google", 4,
        {
            0: {"first_name": "John", "last_name": "Doe", "organisation": "Acme Corp",
                "job_title": "CEO", "phone": "+1-555-0123", "email": "john@example.com"},
            2: {"first_name": "Bob", "phone": "", "email": "bob@startup.com"},
            3: {"first_name": "Alice", "last_name": "Brown", "organisation": "AI Labs",
                "job_title": "Director", "phone": "+1-555-0125",
                "email": "alice.brown@email.com"},
        },
        {},
    ),
    (
        "csv/roundcube-outlook.csv", "csv", "outlook", 1,
        {0: {"email": "test1@domain.tld", "first_name": ""}},
        {0: ("E-mail 2 Address: test2@domain.tld", "E-mail 3 Address: test3@domain.tld")},
    ),
    (
        "csv/synthetic-outlook.csv", "csv", "outlook", 2,
        {
            0: {"first_name": "Amara", "last_name": "Okafor", "organisation": "Contoso Ltd.",
                "job_title": "Principal Scientist", "phone": "+1 206 555 0100",
                "location": "Seattle", "email": "amara.okafor@contoso.example",
                "tags": "Mentors, Conference"},
            1: {"first_name": "Ben", "job_title": "Engineering Manager",
                "phone": "+47 22 00 00 00", "location": "Oslo"},
        },
        {0: ("Met at the 2023 summit.", "Title: Dr.", "Middle Name: J.", "Suffix: PhD",
             "Mobile Phone: +1 206 555 0199", "E-mail 2 Address: amara@home.example")},
    ),
    (
        "csv/roundcube-tb_plain.csv", "csv", "thunderbird", 1,
        {
            0: {"first_name": "Firstname", "last_name": "Lastname", "email": "test@domain.tld",
                "phone": "phone work", "location": "City", "organisation": "Organization",
                "job_title": "title"},
        },
        {0: ("Secondary Email: next@domain.tld", "Home Phone: phone home",
             "Mobile Number: mobile", "Work City: Wcity")},
    ),
    (
        "csv/roundcube-email.csv", "csv", "", 4,
        {0: {"email": "test1@domain.tld"}, 3: {"email": "test4@domain.tld"}},
        {},
    ),
    (
        "csv/thunderbird-basic_csv_addressbook.csv", "csv", "thunderbird", 2,
        {
            0: {"first_name": "John", "last_name": "Doe", "email": "john@doe.invalid"},
            1: {"first_name": "Jane", "email": "jane@doe.invalid"},
        },
        {},
    ),
    (
        "csv/thunderbird-csv_semicolon.csv", "csv", "thunderbird", 2,
        {
            0: {"first_name": "John", "last_name": "Doe", "email": "john@doe.invalid"},
            1: {"first_name": "Jane", "last_name": "Doe", "email": "jane@doe.invalid"},
        },
        {},
    ),
    (
        "csv/thunderbird-export.csv", "csv", "thunderbird", 2,
        {
            0: {"line": 2, "first_name": "contact", "last_name": "one",
                "email": "contact1@invalid"},
            1: {"line": 3, "last_name": "two", "job_title": '"worker"',
                "notes": "here's some unicode text…"},
        },
        {},
    ),
    (
        "csv/roundcube-all.csv", "csv", "", 1,
        {
            0: {"first_name": "First Name", "last_name": "Last Name", "organisation": "Company",
                "job_title": "Job Title", "email": "home@example.com", "phone": "100",
                "location": "Home City", "tags": "test"},
        },
        {0: ("Notes", "Title: Prefix", "Middle Name: Middle Name", "Suffix: Suffix")},
    ),
    (
        "csv/rolomind-rolodex.csv", "csv", "", 4,
        {
            0: {"first_name": "John", "last_name": "Doe", "organisation": "Acme Corp",
                "job_title": "CEO", "email": "john@example.com", "phone": "555-0123",
                "linkedin_url": "https://linkedin.com/in/johndoe",
                "location": "San Francisco, CA", "notes": "Met at conference"},
            2: {"first_name": "Bob", "last_name": "Wilson", "phone": "",
                "location": "Austin, TX"},
            3: {"first_name": "Alice", "last_name": "Brown", "linkedin_url": "",
                "phone": "555-0125", "notes": "Machine learning specialist"},
        },
        {},
    ),
    (
        "csv/rolomind-custom.csv", "csv", "", 4,
        {
            0: {"first_name": "John", "last_name": "Doe", "organisation": "Acme Corporation",
                "job_title": "Chief Executive Officer", "email": "john.doe@acme.com",
                "phone": "(555) 123-4567", "location": "San Francisco",
                "notes": "Important client"},
            2: {"first_name": "Robert", "organisation": "StartupCo", "phone": ""},
            3: {"first_name": "Alice", "organisation": "Artificial Intelligence Labs",
                "job_title": "Engineering Director", "email": "alice@ailabs.org",
                "phone": "+1-555-321-9876", "location": "Boston", "notes": "Conference speaker"},
        },
        {},
    ),
    (
        "csv/synthetic-excel-semicolon.csv", "csv", "", 3,
        {
            0: {"first_name": "Jana", "last_name": "Nowak", "organisation": "Ostrava Data s.r.o.",
                "job_title": "Analyst", "location": "Ostrava", "connected_on": D(2022, 4, 3)},
            1: {"connected_on": D(2021, 11, 25), "organisation": "Société Lyon"},
            2: {"first_name": "Pia", "location": "Malmö", "connected_on": None},
        },
        {},
    ),
]


@pytest.mark.parametrize(
    ("name", "fmt", "preset", "count", "expected", "notes"), CASES, ids=[c[0] for c in CASES]
)
def test_real_file_reads_as_written(
    name: str,
    fmt: str,
    preset: str,
    count: int,
    expected: dict[int, dict[str, Any]],
    notes: dict[int, tuple[str, ...]],
) -> None:
    parsed = load_file(REAL / name)
    assert parsed.format == fmt
    assert parsed.preset == preset
    assert len(parsed.records) == count
    for index, fields in expected.items():
        record = parsed.records[index]
        assert {f: getattr(record, f) for f in fields} == fields, f"record {index}"
    for index, texts in notes.items():
        for text in texts:
            assert text in parsed.records[index].notes, f"record {index}: {text!r}"


def test_an_impossible_date_is_reported_with_its_column_and_line() -> None:
    parsed = load_file(REAL / "csv/synthetic-excel-semicolon.csv")
    (bad,) = parsed.unreadable
    assert (bad.column, bad.count, bad.example, bad.line) == ("Connected", 1, "31/02/2020", 4)


def test_every_real_file_is_listed_in_its_sources() -> None:
    for folder in ("linkedin", "csv"):
        listed = (REAL / folder / "SOURCES.md").read_text(encoding="utf-8")
        for path in (REAL / folder).glob("*.csv"):
            assert f"`{path.name}`" in listed, path.name
    assert len(CASES) >= 15
