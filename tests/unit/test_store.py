from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from infointerview.data_dir import ensure_private_dir, resolve_data_dir
from infointerview.services.session import open_session
from infointerview.store import database
from infointerview.store.database import (
    MIGRATIONS_DIR,
    NewerDatabaseError,
    StoreError,
    known_migrations,
    open_database,
    quick_check,
    schema_version,
)
from infointerview.store.models import ALL_MODELS, Contact, Organisation


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_and_database_are_private(data_dir: Path) -> None:
    session = open_session(data_dir)
    session.close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    db_file = data_dir / "infointerview.sqlite3"
    assert stat.S_IMODE(db_file.stat().st_mode) == 0o600


def test_data_dir_comes_from_argument_then_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INFOINTERVIEW_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "arg")) == (tmp_path / "arg").resolve()
    assert resolve_data_dir(None) == (tmp_path / "env").resolve()
    monkeypatch.delenv("INFOINTERVIEW_DATA_DIR")
    assert "InfoInterview" in str(resolve_data_dir(None))


def test_a_file_in_place_of_the_data_folder_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(NotADirectoryError):
        ensure_private_dir(blocker)


def test_pragmas_are_safe(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert quick_check(db) == ["ok"]
    db.close()


def test_schema_version_counts_migrations(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    assert schema_version(db) == len(known_migrations()) >= 1
    db.close()


def test_known_migrations_are_the_ones_the_runner_applies(tmp_path: Path) -> None:
    from playhouse.migrations import Migration

    assert known_migrations() == [m.name for m in Migration.load_directory(str(MIGRATIONS_DIR))]
    db = open_database(tmp_path / "a.sqlite3")
    applied = [row[0] for row in db.execute_sql("SELECT name FROM schema_migration ORDER BY id")]
    assert applied == known_migrations()
    db.close()


def test_chat_queries_lead_with_the_small_table_not_the_contacts(tmp_path: Path) -> None:
    """0004 dropped the deleted_at index that made SQLite walk every contact first."""
    db = open_database(tmp_path / "a.sqlite3")
    indexes = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "contact_deleted_at" not in indexes and "chat_contact_id" in indexes
    plan = [row[3] for row in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT ch.start_at FROM chat ch JOIN contact c ON ch.contact_id = c.id "
        "WHERE c.deleted_at IS NULL"
    )]
    assert plan[0].startswith("SCAN ch") and "PRIMARY KEY" in plan[1], plan
    db.close()


def test_reopening_a_current_database_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    before = path.read_bytes()
    db = open_database(path)
    assert schema_version(db) == len(known_migrations())
    db.close()
    assert path.read_bytes() == before


def test_every_model_field_exists_in_the_migrated_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})")}
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert expected <= columns, (table, expected - columns)
    db.close()


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    Organisation.create(name="Helix Bio")
    db.close()
    db = open_database(tmp_path / "a.sqlite3")
    assert database.migrate(db) == []
    assert Organisation.select().count() == 1
    db.close()


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    db = open_database(path)
    Contact.create(first_name="Ana")
    db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0999_future', '2030-01-01')")
    db.execute_sql("PRAGMA user_version = 999")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = _digest(path)
    with pytest.raises(NewerDatabaseError, match="newer version of InfoInterview"):
        open_database(path)
    assert _digest(path) == before


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"This is my CV, not a database.\n" * 200)
    before = _digest(path)
    with pytest.raises(StoreError, match="not an InfoInterview database or is damaged"):
        open_database(path)
    assert _digest(path) == before


def test_migrating_a_populated_database_keeps_every_row(tmp_path: Path) -> None:
    """A later migration (written like a real one) runs over existing data."""
    migrations = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, migrations)
    path = tmp_path / "a.sqlite3"
    db = open_database(path, migrations_dir=migrations)
    org = Organisation.create(name="Helix Bio")
    for i in range(250):
        Contact.create(first_name=f"Person {i}", organisation=org, notes="n" * i)
    db.close()

    (migrations / "0099_add_pronouns.py").write_text(
        "from peewee import CharField\n"
        "def up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('contact', 'pronouns', CharField(default='')))\n"
    )
    db = open_database(path, migrations_dir=migrations)
    assert schema_version(db) == len(known_migrations()) + 1
    rows = db.execute_sql(
        "SELECT COUNT(*), SUM(LENGTH(notes)), MIN(pronouns) FROM contact"
    ).fetchone()
    assert rows == (250, sum(range(250)), "")
    assert Contact.select().where(Contact.organisation == org).count() == 250
    db.close()

    # The app without that migration must now refuse the database.
    with pytest.raises(NewerDatabaseError):
        open_database(path)


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        Contact.create(first_name="Ghost", organisation=12345)
    db.close()


def test_wal_sidecar_files_are_private_too(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    db = open_database(path)
    Contact.create(first_name="Ana")
    wal = Path(str(path) + "-wal")
    if wal.exists() and os.name == "posix":
        assert stat.S_IMODE(wal.stat().st_mode) & 0o077 == 0
    db.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT first_name FROM contact").fetchone() == ("Ana",)
    conn.close()
