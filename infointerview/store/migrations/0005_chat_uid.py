"""Every chat gets a random UID (a UUID), kept for good.

The .ics export used ``chat-<id>@…``, so a rebuilt database could hand a
different chat an id, and so a UID, a calendar already knew. ``chat.uid`` is
a UUID given once (an imported invitation keeps the invitation's own UID, so
its updates find the chat); ``invite_sequence`` and ``invite_stamp`` record
which version of an imported invitation the chat follows (SEQUENCE and the
latest of DTSTAMP/LAST-MODIFIED). Plain SQL so this script stays frozen.
"""

from __future__ import annotations

import uuid
from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql("ALTER TABLE chat ADD COLUMN uid VARCHAR(255)")
    db.execute_sql("ALTER TABLE chat ADD COLUMN invite_sequence INTEGER")
    db.execute_sql("ALTER TABLE chat ADD COLUMN invite_stamp DATETIME")
    ids = [row[0] for row in db.execute_sql("SELECT id FROM chat").fetchall()]
    for chat_id in ids:
        db.execute_sql("UPDATE chat SET uid = ? WHERE id = ?", (str(uuid.uuid4()), chat_id))
    db.execute_sql("CREATE UNIQUE INDEX chat_uid ON chat (uid)")


def down(migrator: Any, db: Any) -> None:
    db.execute_sql("DROP INDEX IF EXISTS chat_uid")
    db.execute_sql("ALTER TABLE chat DROP COLUMN invite_stamp")
    db.execute_sql("ALTER TABLE chat DROP COLUMN invite_sequence")
    db.execute_sql("ALTER TABLE chat DROP COLUMN uid")
