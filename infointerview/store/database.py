"""Open the SQLite database: private file, safe pragmas, migrations, version check.

The schema version is the list of applied migration scripts (kept by
``playhouse.migrations`` in ``schema_migration``) mirrored as a count in
``PRAGMA user_version``. A database that knows migrations this app does not
(it was written by a newer version) is refused before anything writes to it.

Every SQLite error met while opening becomes a :class:`~infointerview.store.faults.DatabaseFault`
(locked, read-only, disk full, unreadable, damaged); nothing here moves or
replaces the file. ``open_database(..., read_only=True)`` opens a connection
that cannot write (``mode=ro`` and ``query_only``) for a session that shows the
data while the file or its folder cannot be written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peewee import PeeweeException, SqliteDatabase

from infointerview.store.errors import StoreError as StoreError  # callers import it from here
from infointerview.store.faults import (
    DatabaseFault,
    DatabaseUnreadable,
    classify,
    read_only_fault,
    unreadable_fault,
)
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

READ_ONLY_PRAGMAS: dict[str, object] = {
    "query_only": 1,
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,
    "temp_store": 2,
}

LOCK_WAIT_S = 5.0
"""How long opening waits for a lock another program holds before saying so."""

_CANTOPEN, _IOERR = 14, 10

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


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The SQLite URI that opens ``path`` without the right to write it."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _cannot_open(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in (_CANTOPEN, _IOERR)


def folder_writable(path: Path) -> bool:
    """Whether the folder holding ``path`` can take new files (its -wal and -shm)."""
    return os.access(Path(path).parent, os.W_OK)


def connect_read_only(path: Path, *, fallback: bool | None = None) -> sqlite3.Connection:
    """A connection to ``path`` that cannot write, already past its first read.

    A WAL database needs its ``-shm`` file even to read; where that cannot be
    made (a read-only folder, a full disk) and ``fallback`` allows it (by default
    when the folder cannot be written) the file is read as ``immutable``: it
    shows what was last checkpointed. Errors are raised as SQLite raised them.
    """
    path = Path(path)
    if fallback is None:
        fallback = not folder_writable(path)
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_WAIT_S, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        if not (fallback and _cannot_open(exc)):
            raise
    conn = sqlite3.connect(
        read_only_uri(path, immutable=True), uri=True, timeout=LOCK_WAIT_S, check_same_thread=False
    )
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _inspect_existing(path: Path, *, fallback: bool | None = None) -> tuple[int, list[str]]:
    """Read user_version and applied migrations without writing anything.

    A lock, a read-only folder, a full disk or an unreadable file raises that
    :class:`DatabaseFault` (never damage); only SQLite's corrupt / not-a-database
    answers raise :class:`~infointerview.store.faults.DatabaseDamaged`.
    """
    try:
        conn = connect_read_only(path, fallback=fallback)
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
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
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
    finally:
        conn.close()
    return version, names


def check_not_newer(
    path: Path, migrations_dir: Path = MIGRATIONS_DIR, *, fallback: bool | None = None
) -> bool:
    """Refuse a database written by a newer app, without modifying it.

    Returns whether the database is already at this app's schema (nothing to migrate).
    """
    if not path.exists() or path.stat().st_size == 0:
        return False
    version, applied = _inspect_existing(path, fallback=fallback)
    known = known_migrations(migrations_dir)
    unknown = sorted(set(applied) - set(known))
    if unknown or version > len(known):
        raise NewerDatabaseError(
            f"This data file was saved by a newer version of InfoInterview "
            f"(schema {max(version, len(applied))}, this app knows {len(known)}). "
            "It was left untouched: update InfoInterview to open it."
        )
    return version == len(known) and sorted(applied) == known


def companion_fault(path: Path) -> DatabaseUnreadable | None:
    """A ``-wal`` or ``-shm`` beside ``path`` that SQLite could not use (not a file, or not
    readable and writable: left by another user), or None. Changes nothing."""
    path = Path(path)
    for item in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if item.exists() and not (item.is_file() and os.access(item, os.R_OK | os.W_OK)):
            return unreadable_fault(path, f"{item.name} cannot be read and written")
    return None


def write_fault(path: Path) -> DatabaseFault | None:
    """Why the database at ``path`` cannot be written, from permissions alone (changes nothing).

    The folder must take new files (the ``-wal`` and ``-shm`` beside the file),
    and the file and its companions must be writable. A read-only mount says so
    to root as well. A lock held by another program is found when opening.
    """
    path = Path(path)
    if not folder_writable(path):
        return read_only_fault(path, f"the folder {path.parent} cannot be written")
    if path.exists() and not os.access(path, os.W_OK):
        return read_only_fault(path, f"{path.name} cannot be written")
    return companion_fault(path)


def _probe_write(db: SqliteDatabase, path: Path) -> None:
    """Take the write lock and give it back (``BEGIN IMMEDIATE; ROLLBACK``): writes nothing."""
    try:
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql("ROLLBACK")
    except (sqlite3.Error, PeeweeException) as exc:
        raise classify(exc, path) from exc


def open_database(
    path: Path,
    *,
    migrations_dir: Path = MIGRATIONS_DIR,
    bind: bool = True,
    read_only: bool = False,
) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``.

    A SQLite error while opening raises its :class:`DatabaseFault`: another
    program holding the write lock raises ``DatabaseLocked`` once the wait is
    over, a file that cannot be written ``DatabaseReadOnly``. Nothing is moved.

    ``read_only`` opens a connection that cannot write and never migrates; a
    database that would need migrating is refused with a sentence.
    """
    path = Path(path)
    if not path.parent.exists():
        raise StoreError(f"The folder {path.parent} does not exist.")
    if read_only:
        return _open_read_only(path, migrations_dir=migrations_dir, bind=bind)
    current = check_not_newer(path, migrations_dir)
    if not path.exists():
        try:
            _create_private_file(path)
        except OSError as exc:
            raise classify(exc, path) from exc
    pragmas = dict(PRAGMAS, busy_timeout=int(LOCK_WAIT_S * 1000))
    db = SqliteDatabase(str(path), pragmas=pragmas, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
        if not current:  # the usual start-up writes nothing here
            migrate(db, migrations_dir)
        _probe_write(db, path)
    except DatabaseFault:
        db.close()
        raise
    except (sqlite3.Error, PeeweeException) as exc:
        db.close()
        raise classify(exc, path) from exc
    except BaseException:
        db.close()
        raise
    if bind:
        database_proxy.initialize(db)
    return db


def _open_read_only(path: Path, *, migrations_dir: Path, bind: bool) -> SqliteDatabase:
    if not path.exists() or path.stat().st_size == 0:
        raise read_only_fault(path, "there is no database yet")
    if not check_not_newer(path, migrations_dir, fallback=True):
        raise StoreError(
            f"{path.name} was saved by an older InfoInterview and must be updated before it "
            "can be opened, but it cannot be written now. Nothing was changed: make the file "
            f"and the folder {path.parent} writable, then start InfoInterview again."
        )
    try:
        probe = connect_read_only(path, fallback=False)
        probe.close()
        uri = read_only_uri(path)
    except sqlite3.Error as exc:
        if not _cannot_open(exc):
            raise classify(exc, path) from exc
        uri = read_only_uri(path, immutable=True)  # no -shm can be made: read the file as it is
    pragmas = dict(READ_ONLY_PRAGMAS, busy_timeout=int(LOCK_WAIT_S * 1000))
    db = SqliteDatabase(uri, pragmas=pragmas, check_same_thread=False, uri=True)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master")
    except (sqlite3.Error, PeeweeException) as exc:
        db.close()
        raise classify(exc, path) from exc
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
