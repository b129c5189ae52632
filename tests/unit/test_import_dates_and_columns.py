"""Dates in contact files (interchange/dates.py), CSV presets by header, and what the dry
run says about columns and unreadable values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from infointerview.cli import main
from infointerview.interchange import csv_generic, dates, linkedin

D = dt.date


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("15 Mar 2024", "dmy", D(2024, 3, 15)),
        ("15 Mar 2024", "mdy", D(2024, 3, 15)),
        ("05 Jan 2026", "dmy", D(2026, 1, 5)),
        ("23-Apr-23", "dmy", D(2023, 4, 23)),
        ("5-Jan-26", "mdy", D(2026, 1, 5)),
        ("1/8/18, 6:14 PM", "mdy", D(2018, 1, 8)),
        ("1/8/18, 6:14 PM", "dmy", D(2018, 8, 1)),
        ("11/17/17, 9:40 PM", "mdy", D(2017, 11, 17)),
        ("2024-03-15", "mdy", D(2024, 3, 15)),
        ("2024-03-15T09:30:00Z", "dmy", D(2024, 3, 15)),
        ("2024/3/5", "dmy", D(2024, 3, 5)),
        ("15.03.2024", "dmy", D(2024, 3, 15)),
        ("15/03/24", "dmy", D(2024, 3, 15)),
        ("03/15/2024 10:00", "mdy", D(2024, 3, 15)),
        ("March 15, 2024", "dmy", D(2024, 3, 15)),
        ("Sept 1 2019", "dmy", D(2019, 9, 1)),
        ("2024 Mar 15", "dmy", D(2024, 3, 15)),
        ("20240315", "dmy", D(2024, 3, 15)),
        ("1/1/70", "mdy", D(1970, 1, 1)),
        ("  ", "dmy", None),
        ("soon", "dmy", None),
        ("31/02/2020", "dmy", None),
        ("13/13/2020", "dmy", None),
        ("15 Foo 2024", "dmy", None),
    ],
)
def test_one_date(text: str, order: str, expected: dt.date | None) -> None:
    assert dates.parse_date(text, order) == expected


@pytest.mark.parametrize(
    ("values", "default", "order"),
    [
        (["01/02/2020", "13/02/2020"], "mdy", "dmy"),  # one first part > 12: day first
        (["01/02/2020", "02/13/2020"], "dmy", "mdy"),  # one second part > 12: month first
        (["01/02/2020", "03/04/2020"], "dmy", "dmy"),  # nothing settles it: the default
        (["01/02/2020", "03/04/2020"], "mdy", "mdy"),
        (["13/02/2020", "02/13/2020"], "mdy", "mdy"),  # contradictory: the default
        (["15 Mar 2024", "2024-03-15", ""], "mdy", "mdy"),
    ],
)
def test_a_column_order_is_decided_from_all_its_values(
    values: list[str], default: str, order: str
) -> None:
    assert dates.column_order(values, default) == order


def test_an_ambiguous_row_follows_its_column_not_its_own_guess() -> None:
    read, bad = dates.read_column(["03/04/2022", "25/11/2021", "", "31/02/2020"], "mdy")
    assert read == [D(2022, 4, 3), D(2021, 11, 25), None, None]
    assert bad == [3]  # the empty value is not unreadable


def test_linkedin_2018_export_reads_month_first_and_reports_what_it_cannot_read() -> None:
    text = (
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        'Ann,Lee,,Acme,CTO,"1/8/18, 6:14 PM"\n'
        'Bo,Ray,,Acme,CTO,"2/3/17, 9:01 AM"\n'
        "Cy,Sun,,Acme,CTO,last week\n"
    )
    result = linkedin.read_linkedin(text)
    assert [r.connected_on for r in result.records] == [D(2018, 1, 8), D(2017, 2, 3), None]
    (bad,) = result.unreadable
    assert (bad.column, bad.field, bad.count, bad.example, bad.line) == (
        "Connected On", "connected_on", 1, "last week", 4
    )


@pytest.mark.parametrize(
    ("header", "preset", "expected"),
    [
        (
            ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Job Title",
             "E-mail Address", "Business Phone", "Mobile Phone", "Business City", "Categories"],
            "outlook",
            ["name_prefix", "first_name", "middle_name", "last_name", "name_suffix",
             "organisation", "job_title", "email", "phone", "phone", "location", "tags"],
        ),
        (
            ["Name", "Given Name", "Additional Name", "Family Name", "Group Membership",
             "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Value", "Address 1 - City",
             "Organization 1 - Name", "Organization 1 - Title"],
            "google",
            ["full_name", "first_name", "middle_name", "last_name", "tags", "", "email",
             "phone", "location", "organisation", "job_title"],
        ),
        (
            ["First Name", "Middle Name", "Last Name", "Organization Name",
             "Organization Title", "Labels", "E-mail 1 - Value", "E-mail 2 - Value",
             "Phone 1 - Value", "Address 1 - City"],
            "google",
            ["first_name", "middle_name", "last_name", "organisation", "job_title", "tags",
             "email", "email", "phone", "location"],
        ),
        (
            ["First Name", "Last Name", "Display Name", "Primary Email", "Work Phone",
             "Organization", "Job Title", "Work City"],
            "thunderbird",
            ["first_name", "last_name", "full_name", "email", "phone", "organisation",
             "job_title", "location"],
        ),
        (
            ["Name", "Title", "Email"], "", ["full_name", "job_title", "email"],
        ),
        (
            ["Name", "Title", "Job Title", "Email"], "",
            ["full_name", "name_prefix", "job_title", "email"],
        ),
    ],
)
def test_presets_by_header(header: list[str], preset: str, expected: list[str]) -> None:
    assert csv_generic.detect_preset(header) == preset
    assert csv_generic.guess_mapping(header) == expected


def test_google_multi_values_first_into_the_field_rest_into_notes() -> None:
    text = (
        "First Name,Middle Name,Last Name,Name Suffix,Labels,E-mail 1 - Value,Phone 1 - Value\n"
        "Ann,Q,Lee,Jr.,* myContacts ::: Friends ::: Work,a@x.org ::: b@y.org,"
        "+1 555 ::: +1 666 ::: +1 777\n"
    )
    (record,) = csv_generic.read_csv(text).records
    assert (record.first_name, record.last_name) == ("Ann", "Lee")
    assert record.email == "a@x.org" and record.phone == "+1 555"
    assert record.tags == "Friends, Work"
    assert record.notes.splitlines() == [
        "Middle Name: Q", "Name Suffix: Jr.", "E-mail 1 - Value: b@y.org",
        "Phone 1 - Value: +1 666", "Phone 1 - Value: +1 777",
    ]


def test_a_column_claimed_but_empty_while_a_related_one_has_data_is_flagged() -> None:
    text = "Name,Title,Job Title Text,Email\nAnn Lee,,CTO,a@x.org\nBo Ray,,CEO,b@x.org\n"
    result = csv_generic.read_csv(text)
    assert result.mapping == ["full_name", "job_title", "", "email"]
    (claim,) = result.empty_claims
    assert (claim.field, claim.column, claim.unmapped_with_data) == (
        "job_title", "Title", ("Job Title Text",)
    )


def test_dry_run_shows_mapping_flags_and_unreadable_dates(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Title,Job Title Text,Email,Connected,Shoe Size\n"
        "Ann Lee,,CTO,a@x.org,01/02/2020,41\n"
        "Bo Ray,,CEO,b@x.org,13/02/2020,44\n"
        "Cy Sun,,CFO,c@x.org,31/31/2020,39\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert '"Name" → full name' in out
    assert '"Connected" → connected on' in out
    assert 'not imported (2): "Job Title Text", "Shoe Size"' in out
    assert '"Title" (job title) is empty in every row' in out and '"Job Title Text"' in out
    assert '1 value in "Connected" could not be read as a date' in out
    assert 'line 4: "31/31/2020"' in out
    assert main(["import", str(source)]) == 0
    out = capsys.readouterr().out
    assert 'could not be read as a date' in out and "3 new contacts" in out
