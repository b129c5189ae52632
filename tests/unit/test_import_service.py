"""Importing through the service and the CLI: matching, merging, one transaction, undo."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest

from infointerview.cli import main
from infointerview.domain.contacts import ContactDraft
from infointerview.services import import_files, importing
from infointerview.services.import_apply import ImportCancelled, apply_import
from infointerview.services.import_files import load_file, parse_text
from infointerview.services.import_undo import undo_import
from infointerview.services.importing import plan_import
from infointerview.services.session import Session
from infointerview.store.models import Contact, ImportBatch, Organisation

# What a spreadsheet runs as a formula, written out (not read from the code).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PREAMBLE = [
    "\ufeffNotes:",
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address using this setting."',
    "",
]


def linkedin_export(count: int, seed: int = 7, url: bool = True) -> str:
    """A real-shaped Connections.csv: BOM, preamble, mostly empty emails, trailing junk."""
    rnd = random.Random(seed)
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    companies = ['Acme, Inc.', "Globex", 'Umbrella "Corp"', "", "=HYPERLINK(\"x\")", "+1 Labs"]
    titles = ["Engineer", "Head of Data, EMEA", "-2 Nurse", "@Teacher", "<b>CTO</b>"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    if not url:
        header.remove("URL")
    lines = list(PREAMBLE)
    writer.writerow(header)
    for i in range(count):
        first = rnd.choice(["Ann", "Bo", "Chloé", "Dmitri", "Ésaïe", "Fatima", "李"])
        row = [first, f"Person{i}"]
        if url:
            row.append(f"https://www.linkedin.com/in/person-{i}")
        row += [
            f"p{i}@example.org" if i % 5 == 0 else "",
            rnd.choice(companies),
            rnd.choice(titles),
            f"{rnd.randint(1, 28):02d} {rnd.choice(months)} {rnd.randint(2008, 2025)}",
        ]
        writer.writerow(row)
    return "\r\n".join(lines) + "\r\n" + out.getvalue() + "\r\n,,,,,,\r\n,,,,,,\r\n\r\n"


def _count() -> int:
    return int(Contact.select().count())


def test_linkedin_export_through_the_cli_twice_then_csv_export(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "Connections.csv"
    source.write_text(linkedin_export(3000), encoding="utf-8", newline="")
    assert main(["import", str(source), "--dry-run"]) == 0
    assert "3,000 new" in capsys.readouterr().out
    assert main(["import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "3,000 new contacts" in out, out

    from infointerview.services.session import open_session

    session = open_session(data_dir)
    try:
        assert session.contacts.count() == 3000
        first = Contact.get(Contact.last_name == "Person0")
        assert first.how_found == "LinkedIn" and first.connected_on is not None
        assert first.email == "p0@example.org"
        snapshot = session.db.execute_sql("SELECT * FROM contact ORDER BY id").fetchall()
    finally:
        session.close()

    assert main(["import", str(source)]) == 0  # again: nothing changes
    out = capsys.readouterr().out
    assert "0 new contacts, 0 updated" in out and "3,000 already in your contacts" in out
    session = open_session(data_dir)
    try:
        assert session.db.execute_sql("SELECT * FROM contact ORDER BY id").fetchall() == snapshot
    finally:
        session.close()

    exported = tmp_path / "contacts.csv"
    assert main(["export", "--format", "csv", str(exported)]) == 0
    rows = list(csv.reader(io.StringIO(exported.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 3001
    assert not [cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS)]


def test_bad_file_through_the_cli_names_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "Connections.csv"
    source.write_bytes(linkedin_export(5).encode("utf-8")[:-40] + b'\r\nAnn,"Lee')
    assert main(["import", str(source)]) == 1
    err = capsys.readouterr().err
    assert "Line 10" in err and "truncated" in err and "Nothing was imported" in err


def test_older_export_without_url_imports(session: Session) -> None:
    plan = plan_import(session.db, parse_text(linkedin_export(20, url=False), "c.csv"))
    assert plan.new == 20
    apply_import(session.db, plan)
    assert _count() == 20


def _csv(*rows: str) -> str:
    return "First Name,Last Name,Email,Organisation,Job Title,Phone,LinkedIn URL,Notes\n" + "\n".join(rows) + "\n"


def test_merge_fills_only_empty_fields_and_appends_new_notes(session: Session) -> None:
    cid = session.contacts.create(
        ContactDraft(first_name="Ann", last_name="Lee", email="Ann@X.org", job_title="CTO",
                     notes="Met at the fair.")
    )
    plan = plan_import(
        session.db,
        parse_text(_csv("Ann,Lee,ann@x.org,Acme,Intern,+1 555,,Met at the fair.",
                        "Bo,Ng,,,,,,", ",,,,,,,", "Bo,Ng,,,,,,dup"), "c.csv", "csv"),
    )
    actions = [(r.action, r.detail) for r in plan.rows]
    assert actions[0] == (importing.UPDATE, "Adds phone, organisation")
    assert actions[1][0] == importing.NEW
    assert actions[2] == (importing.SKIP, "Same person as line 3")  # blank row dropped
    apply_import(session.db, plan)
    ann = Contact.get_by_id(cid)
    assert (ann.job_title, ann.phone, ann.organisation.name) == ("CTO", "+1 555", "Acme")
    assert ann.notes == "Met at the fair."  # not appended: nothing new
    again = plan_import(
        session.db, parse_text(_csv("Ann,Lee,ann@x.org,Acme,Intern,+1 555,,Likes tea."), "c.csv", "csv")
    )
    assert again.rows[0].detail == "Adds notes"
    apply_import(session.db, again)
    assert Contact.get_by_id(cid).notes == "Met at the fair.\n\nLikes tea."


def test_matching_order_url_then_email_then_name(session: Session) -> None:
    by_url = session.contacts.create(
        ContactDraft(first_name="A", linkedin_url="https://www.linkedin.com/in/a/")
    )
    by_email = session.contacts.create(ContactDraft(first_name="B", email="b@x.org"))
    by_name = session.contacts.create(ContactDraft(first_name="C", last_name="D", organisation="Org"))
    plan = plan_import(
        session.db,
        parse_text(
            _csv(
                "Other,Name,b@x.org,,,,http://linkedin.com/in/a,",  # URL wins over email
                "B2,,B@X.ORG,,,,,",
                "c,d,,ORG,,,,",
                "C,D,,Elsewhere,,,,",
            ),
            "c.csv",
            "csv",
        ),
    )
    assert [r.contact_id for r in plan.rows] == [by_url, by_email, by_name, None]


def test_invalid_values_are_kept_in_notes_not_lost(session: Session) -> None:
    plan = plan_import(session.db, parse_text(_csv("Ann,Lee,not-an-email,,,,,"), "c.csv", "csv"))
    apply_import(session.db, plan)
    ann = Contact.get(Contact.first_name == "Ann")
    assert ann.email == "" and "not-an-email" in ann.notes
    plan = plan_import(session.db, parse_text(_csv(",,,Acme,CTO,,,"), "c.csv", "csv"))
    assert plan.rows[0].action == importing.SKIP and plan.rows[0].detail == "No name and no email"


def test_cancel_mid_import_leaves_the_database_as_it_was(session: Session) -> None:
    session.contacts.create(ContactDraft(first_name="Person0", email="p0@example.org"))
    before = session.db.execute_sql("SELECT * FROM contact").fetchall()
    plan = plan_import(session.db, parse_text(linkedin_export(2000), "c.csv"))
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    with pytest.raises(ImportCancelled):
        apply_import(session.db, plan, progress, cancelled=lambda: len(calls) >= 2)
    assert 0 < len(calls) < 5
    assert session.db.execute_sql("SELECT * FROM contact").fetchall() == before
    assert ImportBatch.select().count() == 0
    assert Organisation.select().count() == 0


def test_progress_comes_in_batches(session: Session) -> None:
    plan = plan_import(session.db, parse_text(linkedin_export(1200), "c.csv"))
    calls: list[tuple[int, int]] = []
    apply_import(session.db, plan, lambda d, t: calls.append((d, t)))
    assert calls[-1] == (1200, 1200)
    assert [d for d, _ in calls if d] == [500, 1000, 1200, 1200]


def test_undo_removes_created_and_restores_merged_fields(session: Session) -> None:
    kept = session.contacts.create(ContactDraft(first_name="Ann", last_name="Lee", email="ann@x.org"))
    edited = session.contacts.create(ContactDraft(first_name="Bo", email="bo@x.org"))
    result = apply_import(
        session.db,
        plan_import(
            session.db,
            parse_text(_csv("Ann,Lee,ann@x.org,Acme,CTO,,,", "Bo,,bo@x.org,,Dev,,,",
                            "New,Person,,,,,,"), "c.csv", "csv"),
        ),
    )
    assert (result.created, result.updated) == (1, 2)
    Contact.update(job_title="Lead").where(Contact.id == edited).execute()  # user edit after
    undone = undo_import(session.db, result.batch_id)
    assert (undone.removed, undone.kept) == (1, 1)
    ann = Contact.get_by_id(kept)
    assert (ann.job_title, ann.organisation) == ("", None)
    assert Contact.get_by_id(edited).job_title == "Lead"
    assert _count() == 2
    assert Organisation.select().count() == 0  # the organisation the import created is gone
    with pytest.raises(LookupError):
        undo_import(session.db, result.batch_id)


def test_csv_mapping_is_remembered(session: Session) -> None:
    text = "Who,Mail,Firm\nAnn Lee,ann@x.org,Acme\n"
    header = import_files.csv_header(text)
    assert import_files.remembered_mapping(session.db, header) is None
    import_files.remember_mapping(session.db, header, ["full_name", "email", "organisation"])
    parsed = parse_text(text, "x.csv", "csv", db=session.db)
    assert parsed.mapping == ["full_name", "email", "organisation"]
    assert parsed.records[0].organisation == "Acme"


def test_thirty_thousand_rows_import_in_one_go(tmp_path: Path, session: Session) -> None:
    # How long this takes is measured by tests/bench/bench.py (import_30k_s).
    source = tmp_path / "big.csv"
    source.write_text(linkedin_export(30_000), encoding="utf-8", newline="")
    result = apply_import(session.db, plan_import(session.db, load_file(source, db=session.db)))
    assert result.created == 30_000
    assert _count() == 30_000
    last = Contact.get(Contact.last_name == "Person29999")
    assert last.linkedin_url == "https://www.linkedin.com/in/person-29999"


def test_undo_of_a_json_restore_removes_its_chats_too(tmp_path: Path, session: Session) -> None:
    from infointerview.interchange.exporting import export_file
    from infointerview.services.demo import load_demo
    from infointerview.store.models import Chat, OutreachMessage

    load_demo(session)
    out = tmp_path / "all.json"
    export_file(session.db, "json", out)
    folder = tmp_path / "other"
    session.close()
    from infointerview.services.session import open_session

    other = open_session(folder)
    try:
        result = apply_import(other.db, plan_import(other.db, load_file(out, db=other.db)))
        assert Chat.select().count() > 0 and OutreachMessage.select().count() > 0
        undone = undo_import(other.db, result.batch_id)
        assert undone.removed == result.created
        assert (Contact.select().count(), Chat.select().count(), Organisation.select().count()) == (0, 0, 0)
    finally:
        other.close()
