"""One open data folder: its database and the services over it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import SqliteDatabase

from infointerview.data_dir import database_path, ensure_private_dir, resolve_data_dir
from infointerview.services.chats import ChatService, OutreachService
from infointerview.services.contacts import ContactService
from infointerview.services.followups import FollowUpService
from infointerview.services.settings import SettingsService
from infointerview.store.database import open_database

if TYPE_CHECKING:
    from infointerview.services.prep import PrepService


class Session:
    """What the window and the CLI work with."""

    def __init__(self, data_dir: Path, db: SqliteDatabase) -> None:
        self.data_dir = data_dir
        self.db = db
        self.settings = SettingsService(db)
        self.contacts = ContactService(db)
        self.chats = ChatService(db, self.settings)
        self.outreach = OutreachService(db, self.chats)
        self.followups = FollowUpService(db, self.settings, self.chats)

    @cached_property
    def prep(self) -> PrepService:
        """Prep, questions and notes; imported on first use (start-up does not need it)."""
        from infointerview.services.prep import PrepService

        return PrepService(self.db)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def open_session(data_dir: str | Path | None = None) -> Session:
    """Create the data folder if needed, open and migrate its database."""
    folder = ensure_private_dir(resolve_data_dir(data_dir))
    return Session(folder, open_database(database_path(folder)))
