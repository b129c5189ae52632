"""The calendar_event table: each chat's event on the user's CalDAV calendar.

What was last published (ETag, SEQUENCE, time), whether it waits in the
queue, and a time changed on the server that waits for the user's answer.
Plain SQL so this script stays frozen.
"""

from __future__ import annotations

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql(
        "CREATE TABLE calendar_event ("
        "id INTEGER NOT NULL PRIMARY KEY, "
        "chat_id INTEGER NOT NULL, "
        "uid VARCHAR(255) NOT NULL, "
        "href VARCHAR(255) NOT NULL DEFAULT '', "
        "etag VARCHAR(255), "
        "sequence INTEGER NOT NULL DEFAULT 0, "
        "start_at DATETIME, "
        "length_min INTEGER, "
        "digest VARCHAR(255), "
        "pending INTEGER NOT NULL DEFAULT 1, "
        "server_etag VARCHAR(255), "
        "server_start_at DATETIME, "
        "server_length_min INTEGER)"
    )
    db.execute_sql("CREATE UNIQUE INDEX calendarevent_chat_id ON calendar_event (chat_id)")


def down(migrator: Any, db: Any) -> None:
    db.execute_sql("DROP TABLE IF EXISTS calendar_event")
