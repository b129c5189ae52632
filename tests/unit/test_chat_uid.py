"""Migration 0005: every chat has its own random UID, and the .ics export uses it."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

from icalendar import Calendar

from infointerview.services.chats import ChatService
from infointerview.services.ics_export import upcoming_to_ics
from infointerview.services.session import Session, open_session
from infointerview.store import database
from infointerview.store.database import known_migrations, open_database, schema_version


def _database_at_0004(tmp_path: Path) -> Path:
    """A database built by migrations 0001-0004 only, with chats in it."""
    old = tmp_path / "migrations-0004"
    old.mkdir()
    for script in sorted(database.MIGRATIONS_DIR.glob("000[1-4]_*.py")):
        shutil.copy(script, old / script.name)
    data = tmp_path / "data"
    data.mkdir()
    path = data / "infointerview.sqlite3"
    db = open_database(path, migrations_dir=old, bind=False)
    assert schema_version(db) == 4
    db.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO contact (id, first_name, created_at, updated_at) "
                     "VALUES (1, 'Ana', '2026-01-01', '2026-01-01')")
        for i in range(1, 41):
            conn.execute(
                "INSERT INTO chat (id, contact_id, start_at, status, created_at, updated_at) "
                "VALUES (?, 1, ?, 'scheduled', '2026-01-01', '2026-01-01')",
                (i, f"2099-01-{1 + i % 28:02d} 10:00:00"),
            )
    conn.close()
    return data


def test_migration_keeps_every_chat_and_gives_each_a_unique_uid(tmp_path: Path) -> None:
    data = _database_at_0004(tmp_path)
    session = open_session(data)
    try:
        assert schema_version(session.db) == len(known_migrations()) >= 5
        rows = session.db.execute_sql("SELECT id, uid FROM chat ORDER BY id").fetchall()
        assert [r[0] for r in rows] == list(range(1, 41))
        uids = [r[1] for r in rows]
        assert len(set(uids)) == 40
        assert all(str(uuid.UUID(u)) == u for u in uids)

        data_ics, count = upcoming_to_ics(session.chats, now=datetime(2026, 6, 1))
        assert count == 40
        exported = {str(e["UID"]) for e in Calendar.from_ical(data_ics).walk("VEVENT")}
        assert exported == set(uids)
    finally:
        session.close()


def test_new_chats_get_a_fresh_uid_never_the_id(session: Session) -> None:
    from infointerview.domain.contacts import ContactDraft

    chats: ChatService = session.chats
    cid = session.contacts.create(ContactDraft(first_name="Ben"))
    first = chats.schedule(chats.new_draft(cid))
    second = chats.schedule(chats.new_draft(cid))
    a, b = chats.get(first).uid, chats.get(second).uid
    assert a != b and str(uuid.UUID(a)) == a and "@infointerview.local" not in a
    assert chats.find_by_uid(a) == first
    # a rebuilt database starts its ids again, never its UIDs
    session.db.execute_sql("DELETE FROM chat")
    again = chats.schedule(chats.new_draft(cid))
    assert chats.get(again).uid not in (a, b)
