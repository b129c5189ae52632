"""One open data folder: its database and the services over it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from infointerview.data_dir import database_path, ensure_private_dir, resolve_data_dir
from infointerview.services.chats import ChatService, OutreachService
from infointerview.services.contacts import ContactService
from infointerview.services.followups import FollowUpService
from infointerview.services.prep import PrepService
from infointerview.services.settings import SettingsService
from infointerview.store.database import open_database


@dataclass
class Session:
    """What the window and the CLI work with."""

    data_dir: Path
    db: SqliteDatabase
    contacts: ContactService
    prep: PrepService
    settings: SettingsService
    chats: ChatService
    outreach: OutreachService
    followups: FollowUpService

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def open_session(data_dir: str | Path | None = None) -> Session:
    """Create the data folder if needed, open and migrate its database."""
    folder = ensure_private_dir(resolve_data_dir(data_dir))
    db = open_database(database_path(folder))
    settings = SettingsService(db)
    chats = ChatService(db, settings)
    return Session(
        data_dir=folder, db=db, contacts=ContactService(db), prep=PrepService(db),
        settings=settings, chats=chats, outreach=OutreachService(db, chats),
        followups=FollowUpService(db, settings, chats),
    )
