"""Import batches, so an import can be undone as a whole.

``import_batch`` records each import (file name, format, counts); contacts an
import created carry its id in ``contact.import_batch_id``; ``import_change``
records every field an import changed on an existing contact (old and new
value, JSON-encoded) and every other row it created, so undo can restore them.
Plain SQL so this script stays frozen whatever the models later become.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE import_batch (
        id INTEGER NOT NULL PRIMARY KEY,
        source_name VARCHAR(255) NOT NULL DEFAULT '',
        format VARCHAR(255) NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL,
        created_count INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        skipped_count INTEGER NOT NULL DEFAULT 0,
        undone_at DATETIME)""",
    "ALTER TABLE contact ADD COLUMN import_batch_id INTEGER "
    "REFERENCES import_batch (id) ON DELETE SET NULL",
    "CREATE INDEX contact_import_batch_id ON contact (import_batch_id)",
    """CREATE TABLE import_change (
        id INTEGER NOT NULL PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
        table_name VARCHAR(255) NOT NULL,
        row_key VARCHAR(255) NOT NULL,
        field VARCHAR(255) NOT NULL DEFAULT '',
        old_value TEXT,
        new_value TEXT)""",
    "CREATE INDEX import_change_batch_id ON import_change (batch_id)",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def down(migrator: Any, db: Any) -> None:
    db.execute_sql("DROP INDEX IF EXISTS contact_import_batch_id")
    db.execute_sql("ALTER TABLE contact DROP COLUMN import_batch_id")
    db.execute_sql("DROP TABLE IF EXISTS import_change")
    db.execute_sql("DROP TABLE IF EXISTS import_batch")
