"""Export → import round trips (CSV, vCard, JSON) with awkward data."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from infointerview.domain.contacts import ContactDraft
from infointerview.interchange.exporting import contact_dicts, export_file
from infointerview.services.import_apply import apply_import
from infointerview.services.import_files import load_file
from infointerview.services.importing import plan_import
from infointerview.services.session import Session, open_session
from infointerview.store.models import Contact

# What a spreadsheet runs as a formula, written out (not read from the code).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
AWKWARD = [
    ContactDraft(
        first_name='Zoë "Z"',
        last_name="O'Brien, Jr.; 李",
        organisation="+1 Org, Ltd; <b>x</b>",
        job_title="=SUM(1)",
        email="zoe@example.org",
        phone="+44 20 7946 0958",
        linkedin_url="https://www.linkedin.com/in/zoe",
        location="Paris, France; <i>rive</i>",
        how_found="Referral",
        connection_point="-2 alumni",
        lane="wide",
        stage="held",
        tags="@x, =y, plain",
        hiring_authority=True,
        notes='line one, "quoted"; semi\n\n<b>x</b>\n=SUM(1)\n+1\n-2\n@x\n\tindented',
    ),
    ContactDraft(first_name="@x", last_name="-2", job_title="+1", notes="=cmd|' /C calc'!A0"),
    ContactDraft(first_name="Plain", last_name="Person", organisation="Acme"),
]
FIELDS = (
    "first_name", "last_name", "organisation", "job_title", "email", "phone", "linkedin_url",
    "location", "how_found", "connection_point", "lane", "stage", "tags", "hiring_authority",
    "connected_on", "notes",
)


def _fill(session: Session) -> list[dict[str, Any]]:
    for draft in AWKWARD:
        session.contacts.create(draft)
    Contact.update(connected_on=dt.date(2024, 3, 15)).where(Contact.first_name == "Plain").execute()
    return _contacts(session)


def _contacts(session: Session) -> list[dict[str, Any]]:
    return sorted(contact_dicts(session.db), key=lambda c: c["first_name"])


def _round_trip(tmp_path: Path, session: Session, fmt: str, suffix: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Path]:
    before = _fill(session)
    out = tmp_path / f"export{suffix}"
    assert export_file(session.db, fmt, out) == len(AWKWARD)
    session.close()
    other = open_session(tmp_path / "other")
    try:
        result = apply_import(other.db, plan_import(other.db, load_file(out, db=other.db)))
        assert result.created == len(AWKWARD)
        after = _contacts(other)
        again = plan_import(other.db, load_file(out, db=other.db))
        assert (again.new, again.updated) == (0, 0)  # importing it again changes nothing
    finally:
        other.close()
    return before, after, out


def test_csv_round_trip(tmp_path: Path, session: Session) -> None:
    before, after, out = _round_trip(tmp_path, session, "csv", ".csv")
    assert [{k: c[k] for k in FIELDS} for c in after] == [{k: c[k] for k in FIELDS} for c in before]
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 1 + len(AWKWARD)
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    assert "'=SUM(1)" in cells


def test_vcard_round_trip(tmp_path: Path, session: Session) -> None:
    before, after, out = _round_trip(tmp_path, session, "vcard", ".vcf")
    assert out.read_text(encoding="utf-8").count("VERSION:3.0") == len(AWKWARD)
    assert [{k: c[k] for k in FIELDS} for c in after] == [{k: c[k] for k in FIELDS} for c in before]


def _canonical(document: dict[str, Any]) -> dict[str, list[str]]:
    """Tables with ids replaced by what they point at, rows sorted: equal means same data."""
    tables = document["tables"]
    orgs = {r["id"]: r["name"] for r in tables["organisation"]}
    people = {r["id"]: (r["first_name"], r["last_name"], r["email"]) for r in tables["contact"]}
    chats = {r["id"]: (people.get(r["contact_id"]), r["start_at"]) for r in tables["chat"]}
    out: dict[str, list[str]] = {}
    for table, rows in tables.items():
        canon = []
        for row in rows:
            row = dict(row)
            row.pop("id", None)
            if "organisation_id" in row:
                row["organisation_id"] = orgs.get(row["organisation_id"])
            for key in ("contact_id", "referred_by_id"):
                if key in row:
                    row[key] = people.get(row[key])
            if "chat_id" in row:
                row["chat_id"] = chats.get(row["chat_id"])
            canon.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
        out[table] = sorted(canon)
    return out


def test_json_round_trip_restores_everything(tmp_path: Path, session: Session) -> None:
    from infointerview.services.demo import load_demo
    from infointerview.services.settings import SettingsService

    load_demo(session)
    _fill(session)
    SettingsService(session.db).set("chat_length_min", 45)
    referrer = Contact.get(Contact.first_name == "Plain")
    Contact.update(referred_by=referrer).where(Contact.first_name == "@x").execute()
    out = tmp_path / "everything.json"
    export_file(session.db, "json", out)
    first = json.loads(out.read_text(encoding="utf-8"))
    assert first["format"] == "infointerview-backup" and first["version"] == 1
    assert all(first["tables"][t] for t in ("contact", "chat", "outreach_message", "setting"))
    session.close()

    other = open_session(tmp_path / "other")
    try:
        result = apply_import(other.db, plan_import(other.db, load_file(out, db=other.db)))
        assert result.created == len(first["tables"]["contact"])
        assert result.related > 0
        again = tmp_path / "again.json"
        export_file(other.db, "json", again)
        second = json.loads(again.read_text(encoding="utf-8"))
        assert _canonical(second) == _canonical(first)
        # a second import of the same backup adds nothing
        replay = apply_import(other.db, plan_import(other.db, load_file(out, db=other.db)))
        assert (replay.created, replay.updated, replay.related) == (0, 0, 0)
        export_file(other.db, "json", again)
        assert _canonical(json.loads(again.read_text(encoding="utf-8"))) == _canonical(first)
    finally:
        other.close()


def test_failed_export_leaves_the_old_file(tmp_path: Path, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(session)
    out = tmp_path / "contacts.csv"
    out.write_text("previous", encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr("infointerview.interchange.exporting.export_csv", broken)
    with pytest.raises(OSError):
        export_file(session.db, "csv", out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".contacts")] == []
