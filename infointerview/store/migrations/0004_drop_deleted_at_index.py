"""Drop the index on ``contact.deleted_at``.

Nearly every contact is live, so "deleted_at IS NULL" matches almost all rows
and the index only misled SQLite's planner: it walked every contact through the
index and probed chats, messages and tasks for each (2-3 ms per query at 30,000
contacts, even with no chats). Without it the small table leads and contacts
are found by their primary key. Plain SQL so this script stays frozen.
"""

from __future__ import annotations

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql("DROP INDEX IF EXISTS contact_deleted_at")


def down(migrator: Any, db: Any) -> None:
    db.execute_sql("CREATE INDEX IF NOT EXISTS contact_deleted_at ON contact (deleted_at)")
