"""Backups through SQLite's online backup API, restore, and the start-up integrity check.

Backups live in ``<data>/backups/infointerview-YYYYMMDD-HHMMSS.sqlite3``
(0600); one is taken at start-up when the newest is more than a day old, and
the newest :data:`KEEP` are kept. The live file is never copied by hand and
``-wal``/``-shm`` files are never deleted: copies go through
``sqlite3.Connection.backup``, which reads a consistent snapshot even while
another connection writes.

At start-up :func:`check_database` runs ``PRAGMA quick_check`` on a read-only
connection; a damaged file is moved aside (with its ``-wal``/``-shm``), never
written to, and the result names the newest good backup to offer.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from infointerview.data_dir import database_path
from infointerview.store.database import (
    StoreError,
    check_not_newer,
    companion_fault,
    connect_read_only,
)
from infointerview.store.faults import DatabaseDamaged, DatabaseFault, classify

BACKUP_FOLDER = "backups"
KEEP = 10
DAILY = dt.timedelta(days=1)
PREFIX = "infointerview-"
BEFORE_RESTORE = "infointerview-before-restore-"
DAMAGED = "infointerview-damaged-"
_NAME = re.compile(r"^infointerview-(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(StoreError):
    """A backup or restore failed; the message says what happened and what to do."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # local time, from the file name (or its mtime)
    size: int
    kind: str  # "backup" | "before-restore"


def backups_dir(data_dir: Path) -> Path:
    folder = Path(data_dir) / BACKUP_FOLDER
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    return folder


def _unique(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.sqlite3"
    counter = 2
    while path.exists():
        path = folder / f"{stem}-{counter}.sqlite3"
        counter += 1
    return path


def _copy_with_backup_api(source: Path, target: Path) -> None:
    """Copy one SQLite database to a new private file through the backup API."""
    temp = target.with_name(f".{target.name}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if os.name == "posix":
            os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def quick_check_file(path: Path) -> str | None:
    """None when SQLite's quick check finds ``path`` healthy, else what it reports.

    Read-only: a file in a folder that cannot be written is opened as immutable.
    Raises the ``sqlite3`` error when the file cannot be read at all for another
    reason than damage (locked, unreadable): that is not damage.
    """
    uri = Path(path).resolve().as_uri()
    try:
        return _quick_check_uri(f"{uri}?mode=ro")
    except sqlite3.OperationalError as exc:
        if classify(exc, Path(path)).is_damage or not _cannot_open(exc):
            raise
        return _quick_check_uri(f"{uri}?mode=ro&immutable=1")


def _cannot_open(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (8, 14) or "unable to open" in str(exc) or "readonly" in str(exc)


def _quick_check_uri(uri: str) -> str | None:
    conn = sqlite3.connect(uri, uri=True)
    try:
        result = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not classify(exc, Path()).is_damage:
            raise
        return str(exc)
    finally:
        conn.close()
    return None if result == ["ok"] else "; ".join(result[:3])


def _problem_of(path: Path) -> DatabaseFault | None:
    """The fault that stops ``path`` being backed up (damage or a condition), or None."""
    try:
        problem = quick_check_file(path)
    except sqlite3.Error as exc:
        return classify(exc, path)
    if problem is None:
        return None
    return DatabaseDamaged(f"Your InfoInterview database {path.name} is damaged ({problem}).",
                           path, problem)


def backup_now(data_dir: Path, now: dt.datetime | None = None) -> Path:
    """Take a backup of the data folder's database now; returns its path.

    A database that fails its quick check is not backed up (:class:`BackupError`
    says why), and a new copy that fails its own quick check is deleted, not
    kept, so a damaged file never pushes a good backup out of the rotation.
    """
    source = database_path(Path(data_dir))
    if not source.exists():
        raise BackupError("There is no database to back up yet.")
    fault = _problem_of(source)
    if fault is not None:
        if fault.is_damage:
            raise BackupError(
                f"{fault} It was not backed up, so your existing backups stay as they are. "
                "Run 'infointerview check' for details, or restore a backup."
            )
        raise BackupError(f"{fault} No backup was made.")
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    target = _unique(backups_dir(data_dir), PREFIX + stamp)
    try:
        _copy_with_backup_api(source, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            f"The backup could not be written ({exc}). Check the free space in {target.parent}."
        ) from exc
    try:
        problem = quick_check_file(target)
    except sqlite3.Error as exc:
        problem = str(exc)
    if problem is not None:
        target.unlink(missing_ok=True)
        raise BackupError(
            f"The new backup failed its check ({problem}) and was deleted; your earlier "
            f"backups were kept. Check the disk that holds {target.parent}."
        )
    prune(data_dir)
    return target


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Backups and before-restore copies, newest first."""
    folder = Path(data_dir) / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob("*.sqlite3"):
        match = _NAME.match(path.name)
        try:
            stat = path.stat()
        except OSError:
            continue
        if match:
            kind = "backup"
            taken = dt.datetime.strptime(match.group(1), _STAMP)
        elif path.name.startswith(BEFORE_RESTORE):
            kind = "before-restore"
            taken = dt.datetime.fromtimestamp(stat.st_mtime)
        else:
            continue
        found.append(BackupInfo(path, taken, stat.st_size, kind))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def prune(data_dir: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` *good* regular backups; returns what was deleted.

    Each backup is quick-checked before it counts. A damaged backup is never
    counted towards ``keep`` and never deleted here: it is left alone (its
    rows may still be rescued by hand), so it can never cost a good one its
    place. Only good backups older than the newest ``keep`` good ones go.
    """
    regular = [b for b in list_backups(data_dir) if b.kind == "backup"]
    removed = []
    good = 0
    for info in regular:
        try:
            healthy = quick_check_file(info.path) is None
        except sqlite3.Error:
            healthy = False  # cannot be read now: not counted, not deleted
        if not healthy:
            continue
        good += 1
        if good > keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def backup_if_due(data_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """A backup when the newest is more than a day old (or there is none).

    None (nothing done) when not due, when there is no database, and when the
    database fails its quick check: a damaged file is never backed up.
    """
    now = now or dt.datetime.now()
    regular = [b for b in list_backups(data_dir) if b.kind == "backup"]
    if regular and now - regular[0].taken_at < DAILY:
        return None
    live = database_path(Path(data_dir))
    if not live.exists():
        return None
    fault = _problem_of(live)
    if fault is not None and fault.is_damage:
        return None
    return backup_now(data_dir, now)


def verify(path: Path) -> str | None:
    """None when ``path`` is a healthy InfoInterview database, else the reason."""
    path = Path(path)
    if not path.is_file():
        return f"{path.name} does not exist."
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"{path.name} cannot be opened ({exc})."
    try:
        result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            return f"{path.name} is damaged ({'; '.join(result[:3])})."
        tables = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "contact" not in tables or "schema_migration" not in tables:
            return f"{path.name} is not an InfoInterview database."
    except sqlite3.Error as exc:
        return f"{path.name} is not a database or is damaged ({exc})."
    finally:
        conn.close()
    try:
        check_not_newer(path)
    except StoreError as exc:
        return str(exc)
    return None


def restore(data_dir: Path, backup: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace the database with ``backup``; returns where the old one was kept.

    The caller must have closed its own connection first. The backup is
    verified with ``integrity_check`` before anything changes; the current
    database is copied aside as ``infointerview-before-restore-….sqlite3`` in
    the backups folder; then the backup is written into the live database
    through the backup API (so its ``-wal``/``-shm`` stay consistent).
    """
    problem = verify(backup)
    if problem:
        raise BackupError(f"This backup cannot be restored: {problem} Nothing was changed.")
    live = database_path(Path(data_dir))
    kept: Path | None = None
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    try:
        if live.exists() and live.stat().st_size > 0:
            kept = _unique(backups_dir(data_dir), BEFORE_RESTORE + stamp)
            if verify(live) is None:
                _copy_with_backup_api(live, kept)
            else:  # unreadable: keep the file itself (and its -wal/-shm), untouched
                _move_with_companions(live, kept)
        if not live.exists():
            fd = os.open(live, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        src = sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(live, timeout=5)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = WAL")
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            f"Restoring failed ({exc}). Your previous database is unchanged or kept in "
            f"{backups_dir(data_dir)}."
        ) from exc
    return kept


def _move_with_companions(path: Path, target: Path) -> None:
    """Rename a database with its -wal and -shm files (never deleting them)."""
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))


@dataclass(frozen=True)
class StartupCheck:
    """What the start-up integrity check found (``ok`` False: tell the user)."""

    ok: bool
    message: str = ""
    moved_to: Path | None = None
    newest_good_backup: BackupInfo | None = None
    fault: DatabaseFault | None = None
    """Set when the file could not be checked (locked, unreadable, disk full…):
    nothing was moved; ``message`` is the fault's sentence."""


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    for info in list_backups(data_dir):
        if verify(info.path) is None:
            return info
    return None


def check_database(data_dir: Path, now: dt.datetime | None = None) -> StartupCheck:
    """``PRAGMA quick_check`` read-only; a damaged database is moved aside, never written.

    Damage is only damage: a quick check that reports errors, or SQLite's corrupt /
    not-a-database answer. A lock, a full disk, a read-only or unreadable file (or
    ``-wal``/``-shm``) moves nothing: the result carries that ``fault`` and its sentence.
    """
    live = database_path(Path(data_dir))
    if not live.exists() or live.stat().st_size == 0:
        return StartupCheck(ok=True)
    unusable = companion_fault(live)  # a -wal/-shm left by another user is not damage
    if unusable is not None:
        return StartupCheck(ok=False, message=str(unusable), fault=unusable)
    problem = None
    try:
        conn = connect_read_only(live)
        try:
            result = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                problem = "; ".join(result[:3])
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        fault = classify(exc, live)
        if not fault.is_damage:
            return StartupCheck(ok=False, message=str(fault), fault=fault)
        problem = str(exc)
    if problem is None:
        return StartupCheck(ok=True)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    moved = Path(data_dir) / f"{DAMAGED}{stamp}.sqlite3"
    counter = 2
    while moved.exists():
        moved = Path(data_dir) / f"{DAMAGED}{stamp}-{counter}.sqlite3"
        counter += 1
    _move_with_companions(live, moved)
    good = newest_good_backup(data_dir)
    message = (
        f"Your database was damaged ({problem}). It was moved aside, untouched, to "
        f"{moved.name} in {Path(data_dir)}."
    )
    return StartupCheck(ok=False, message=message, moved_to=moved, newest_good_backup=good)
