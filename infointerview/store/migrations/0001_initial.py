"""The first schema: organisations, contacts, chats, questions, outreach, tasks.

Plain SQL so this script stays frozen whatever the models later become.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE organisation (
        id INTEGER NOT NULL PRIMARY KEY,
        name VARCHAR(255) NOT NULL COLLATE NOCASE,
        website VARCHAR(255) NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL)""",
    "CREATE UNIQUE INDEX organisation_name ON organisation (name)",
    """CREATE TABLE contact (
        id INTEGER NOT NULL PRIMARY KEY,
        first_name VARCHAR(255) NOT NULL DEFAULT '',
        last_name VARCHAR(255) NOT NULL DEFAULT '',
        organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
        job_title VARCHAR(255) NOT NULL DEFAULT '',
        email VARCHAR(255) NOT NULL DEFAULT '',
        phone VARCHAR(255) NOT NULL DEFAULT '',
        linkedin_url VARCHAR(255) NOT NULL DEFAULT '',
        location VARCHAR(255) NOT NULL DEFAULT '',
        how_found VARCHAR(255) NOT NULL DEFAULT '',
        connection_point VARCHAR(255) NOT NULL DEFAULT '',
        referred_by_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
        hiring_authority INTEGER NOT NULL DEFAULT 0,
        lane VARCHAR(255) NOT NULL DEFAULT '',
        stage VARCHAR(255) NOT NULL DEFAULT 'identified',
        tags VARCHAR(255) NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        connected_on DATE,
        last_contact_at DATETIME,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        deleted_at DATETIME)""",
    "CREATE INDEX contact_organisation_id ON contact (organisation_id)",
    "CREATE INDEX contact_referred_by_id ON contact (referred_by_id)",
    "CREATE INDEX contact_email ON contact (email COLLATE NOCASE)",
    "CREATE INDEX contact_linkedin_url ON contact (linkedin_url)",
    "CREATE INDEX contact_deleted_at ON contact (deleted_at)",
    """CREATE TABLE chat (
        id INTEGER NOT NULL PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        start_at DATETIME NOT NULL,
        length_min INTEGER NOT NULL DEFAULT 30,
        mode VARCHAR(255) NOT NULL DEFAULT 'video',
        place VARCHAR(255) NOT NULL DEFAULT '',
        travel_note TEXT NOT NULL DEFAULT '',
        status VARCHAR(255) NOT NULL DEFAULT 'scheduled',
        pitch TEXT NOT NULL DEFAULT '',
        research_notes TEXT NOT NULL DEFAULT '',
        goals TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        takeaways TEXT NOT NULL DEFAULT '',
        rating INTEGER,
        checklist TEXT NOT NULL DEFAULT '{}',
        actual_start_at DATETIME,
        actual_end_at DATETIME,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL)""",
    "CREATE INDEX chat_contact_id ON chat (contact_id)",
    "CREATE INDEX chat_start_at ON chat (start_at)",
    """CREATE TABLE prep_question (
        id INTEGER NOT NULL PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES chat (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        category VARCHAR(255) NOT NULL DEFAULT '',
        asked INTEGER NOT NULL DEFAULT 0,
        answer_notes TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL)""",
    "CREATE INDEX prep_question_chat_id ON prep_question (chat_id, position)",
    """CREATE TABLE question_template (
        id INTEGER NOT NULL PRIMARY KEY,
        family VARCHAR(255) NOT NULL,
        text TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0,
        builtin INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE outreach_message (
        id INTEGER NOT NULL PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        kind VARCHAR(255) NOT NULL DEFAULT 'outreach',
        channel VARCHAR(255) NOT NULL DEFAULT 'email',
        sent_at DATETIME NOT NULL,
        replied_at DATETIME,
        subject VARCHAR(255) NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL)""",
    "CREATE INDEX outreach_message_contact_id ON outreach_message (contact_id, sent_at)",
    """CREATE TABLE follow_up_task (
        id INTEGER NOT NULL PRIMARY KEY,
        key VARCHAR(255) UNIQUE,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        chat_id INTEGER REFERENCES chat (id) ON DELETE CASCADE,
        kind VARCHAR(255) NOT NULL,
        title VARCHAR(255) NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        due_at DATETIME NOT NULL,
        done_at DATETIME,
        snoozed_until DATETIME,
        dismissed_at DATETIME,
        created_at DATETIME NOT NULL)""",
    "CREATE INDEX follow_up_task_contact_id ON follow_up_task (contact_id, due_at)",
    "CREATE INDEX follow_up_task_chat_id ON follow_up_task (chat_id)",
    """CREATE TABLE message_template (
        id INTEGER NOT NULL PRIMARY KEY,
        key VARCHAR(255) NOT NULL UNIQUE,
        kind VARCHAR(255) NOT NULL,
        name VARCHAR(255) NOT NULL,
        subject VARCHAR(255) NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        builtin INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE setting (
        key VARCHAR(255) NOT NULL PRIMARY KEY,
        value TEXT NOT NULL DEFAULT 'null')""",
]


def up(migrator: Any, db: Any) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def down(migrator: Any, db: Any) -> None:
    for table in (
        "setting",
        "message_template",
        "follow_up_task",
        "outreach_message",
        "question_template",
        "prep_question",
        "chat",
        "contact",
        "organisation",
    ):
        db.execute_sql(f"DROP TABLE IF EXISTS {table}")
