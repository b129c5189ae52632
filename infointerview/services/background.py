"""Service work on a worker thread: its own database connection, and the errors it reports.

peewee keeps one connection per thread, so a job that runs on a pool thread
opens the session database's connection for that thread and closes it when
done; the UI thread's connection is never shared.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import SqliteDatabase

from infointerview.interchange.errors import ImportFormatError
from infointerview.store.database import StoreError

REPORTED_ERRORS: tuple[type[Exception], ...] = (
    ImportFormatError,
    LookupError,
    OSError,
    StoreError,
)
"""Failures a background job reports by their message alone: the message says what to do."""


@contextmanager
def own_connection(db: SqliteDatabase) -> Iterator[None]:
    """Open ``db`` for the calling (worker) thread; close that connection afterwards."""
    db.connect(reuse_if_open=True)
    try:
        yield
    finally:
        if not db.is_closed():
            db.close()
