"""One open data folder: its database and the services over it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import SqliteDatabase

from infointerview.data_dir import database_path, ensure_private_dir, resolve_data_dir
from infointerview.services.chats import ChatService
from infointerview.services.contacts import ContactService
from infointerview.services.events import ChangeBus
from infointerview.services.followups import FollowUpService
from infointerview.services.outreach import OutreachService
from infointerview.services.settings import SettingsService
from infointerview.store.database import open_database

if TYPE_CHECKING:
    from infointerview.services.calls import CallService
    from infointerview.services.invitations import InvitationService
    from infointerview.services.prep import PrepService
    from infointerview.services.question_bank import QuestionBankService
    from infointerview.services.search import SearchService


class Session:
    """What the window and the CLI work with."""

    def __init__(self, data_dir: Path, db: SqliteDatabase) -> None:
        self.data_dir = data_dir
        self.db = db
        self.bus = ChangeBus()
        """Every service announces its changes here; views listen (services/events.py)."""
        self.settings = SettingsService(db, self.bus)
        self.contacts = ContactService(db, self.bus)
        self.chats = ChatService(db, self.settings, self.bus)
        self.outreach = OutreachService(db, self.chats)
        self.followups = FollowUpService(db, self.settings, self.chats)
        self.bus.add_reaction(self.followups.react)

    # imported on first use: start-up does not need them
    @cached_property
    def prep(self) -> PrepService:
        """A chat's prep page: texts, checklist, questions."""
        from infointerview.services.prep import PrepService

        return PrepService(self.db, self.bus)

    @cached_property
    def bank(self) -> QuestionBankService:
        from infointerview.services.question_bank import QuestionBankService

        return QuestionBankService(self.db, self.bus)

    @cached_property
    def calls(self) -> CallService:
        """The call: start, capture, end, wrap-up."""
        from infointerview.services.calls import CallService

        return CallService(self.db, self.bus, self.chats, self.contacts)

    @cached_property
    def invitations(self) -> InvitationService:
        """Meeting invitations (.ics) in: a chat scheduled, moved or cancelled."""
        from infointerview.services.invitations import InvitationService

        return InvitationService(self.chats, self.contacts)

    @cached_property
    def search(self) -> SearchService:
        from infointerview.services.search import SearchService

        return SearchService(self.db)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def open_session(data_dir: str | Path | None = None) -> Session:
    """Create the data folder if needed, open and migrate its database."""
    folder = ensure_private_dir(resolve_data_dir(data_dir))
    return Session(folder, open_database(database_path(folder)))
