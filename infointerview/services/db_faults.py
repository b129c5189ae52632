"""Whether an error raised by a write is a database fault, and which one (no Qt).

The window asks this about any error a save or a slot lets through: a lock held
too long, a full disk or a read-only file is told to the user in words
(:func:`infointerview.store.faults.classify`); anything else is a bug and keeps
its traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from infointerview.store.faults import DatabaseFault, classify

__all__ = ["DatabaseFault", "fault_of"]


def _is_database_error(exc: BaseException) -> bool:
    if isinstance(exc, (sqlite3.OperationalError, peewee.OperationalError)):
        return True
    # a damaged file raises the base class itself; integrity and programming
    # errors (its other subclasses) are bugs, not faults
    return type(exc) in (sqlite3.DatabaseError, peewee.DatabaseError)


def fault_of(exc: BaseException, db: peewee.Database | str | Path) -> DatabaseFault | None:
    """The fault behind ``exc`` on the database ``db`` (or its path), or None for a bug."""
    if isinstance(exc, DatabaseFault):
        return exc
    if not _is_database_error(exc):
        return None
    path = str(db.database if isinstance(db, peewee.Database) else db)
    return classify(exc, database_file(path))


def database_file(name: str) -> Path:
    """The file a connection string names: a read-only session opens a ``file:`` URI
    (``file:/data/infointerview.sqlite3?mode=ro``), whose sentence must name the file."""
    if name.startswith("file:"):
        from urllib.parse import unquote, urlsplit

        return Path(unquote(urlsplit(name).path))
    return Path(name)
