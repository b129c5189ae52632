"""Open the SQLite database: private file, safe pragmas, migrations, version check.

The schema version is the list of applied migration scripts (kept by
``playhouse.migrations`` in ``schema_migration``) mirrored as a count in
``PRAGMA user_version``. A database that knows migrations this app does not
(it was written by a newer version) is refused before anything writes to it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from infointerview.store.models import database_proxy

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HISTORY_TABLE = "schema_migration"

PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed note survives a power cut
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,
    "temp_store": 2,
}


class StoreError(Exception):
    """A database problem the user can act on; the message says what to do."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer InfoInterview."""


def known_migrations(directory: Path = MIGRATIONS_DIR) -> list[str]:
    """The migration scripts' names in order: the ``[0-9]*.py`` files that
    ``playhouse.migrations`` runs, listed without importing it (start-up rarely
    migrates). Names are zero-padded, so text order is their number order."""
    return sorted(path.name[:-3] for path in Path(directory).glob("[0-9]*.py"))


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable only by its owner (0600)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def _inspect_existing(path: Path) -> tuple[int, list[str]]:
    """Read user_version and applied migrations without writing anything."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open {path}: {exc}.") from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        has_history = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (HISTORY_TABLE,)
        ).fetchone()
        names = (
            [row[0] for row in conn.execute(f"SELECT name FROM {HISTORY_TABLE}")]
            if has_history
            else []
        )
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path} is not an InfoInterview database or is damaged ({exc}). "
            "Nothing was changed; restore a backup or choose another data folder."
        ) from exc
    finally:
        conn.close()
    return version, names


def check_not_newer(path: Path, migrations_dir: Path = MIGRATIONS_DIR) -> bool:
    """Refuse a database written by a newer app, without modifying it.

    Returns whether the database is already at this app's schema (nothing to migrate).
    """
    if not path.exists() or path.stat().st_size == 0:
        return False
    version, applied = _inspect_existing(path)
    known = known_migrations(migrations_dir)
    unknown = sorted(set(applied) - set(known))
    if unknown or version > len(known):
        raise NewerDatabaseError(
            f"This data file was saved by a newer version of InfoInterview "
            f"(schema {max(version, len(applied))}, this app knows {len(known)}). "
            "It was left untouched: update InfoInterview to open it."
        )
    return version == len(known) and sorted(applied) == known


def open_database(
    path: Path,
    *,
    migrations_dir: Path = MIGRATIONS_DIR,
    bind: bool = True,
) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``."""
    path = Path(path)
    if not path.parent.exists():
        raise StoreError(f"The folder {path.parent} does not exist.")
    current = check_not_newer(path, migrations_dir)
    if not path.exists():
        _create_private_file(path)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db.connect(reuse_if_open=True)
    if not current:  # the usual start-up writes nothing here
        try:
            migrate(db, migrations_dir)
        except Exception:
            db.close()
            raise
    if bind:
        database_proxy.initialize(db)
    return db


def migrate(db: SqliteDatabase, migrations_dir: Path = MIGRATIONS_DIR) -> list[str]:
    """Apply pending migrations in order; returns their names."""
    from playhouse.migrations import Runner

    runner = Runner(db, directory=str(migrations_dir), table_name=HISTORY_TABLE)
    applied = runner.up()
    count = len(runner.applied())
    db.execute_sql(f"PRAGMA user_version = {int(count)}")
    return list(applied)


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def quick_check(db: SqliteDatabase) -> list[str]:
    """SQLite's quick_check; ``['ok']`` for a healthy database."""
    return [str(row[0]) for row in db.execute_sql("PRAGMA quick_check").fetchall()]
