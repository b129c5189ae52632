"""One open data folder: its database and the services over it.

A session may be read-only: ``session.read_only`` is then the
:class:`DatabaseFault` that says why (the file or folder cannot be written,
another program holds the write lock, the disk is full, or the user chose to
open read-only), and its connection cannot write. The window disables its
write actions and shows that sentence; a CLI write command should refuse with
``str(session.read_only)`` and exit 1. Qt-free.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import SqliteDatabase

from infointerview.data_dir import database_path, ensure_private_dir, resolve_data_dir
from infointerview.services.chats import ChatService
from infointerview.services.contacts import ContactService
from infointerview.services.events import Change, ChangeBus
from infointerview.services.followups import FollowUpService
from infointerview.services.outreach import OutreachService
from infointerview.services.settings import SettingsService
from infointerview.store.database import open_database, write_fault
from infointerview.store.faults import (
    DatabaseFault,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseUnreadable,
    DiskFull,
)

__all__ = [
    "DatabaseFault",
    "DatabaseLocked",
    "DatabaseReadOnly",
    "DatabaseUnreadable",
    "DiskFull",
    "Session",
    "open_session",
]

if TYPE_CHECKING:
    from infointerview.services.calendar_sync import CalendarSyncService
    from infointerview.services.calls import CallService
    from infointerview.services.invitations import InvitationService
    from infointerview.services.prep import PrepService
    from infointerview.services.question_bank import QuestionBankService
    from infointerview.services.search import SearchService


class Session:
    """What the window and the CLI work with."""

    def __init__(
        self, data_dir: Path, db: SqliteDatabase, read_only: DatabaseFault | None = None
    ) -> None:
        self.data_dir = data_dir
        self.db = db
        self.read_only = read_only
        """Why nothing can be written in this session (its sentence), or None."""
        self.bus = ChangeBus()
        """Every service announces its changes here; views listen (services/events.py)."""
        self.settings = SettingsService(db, self.bus)
        self.contacts = ContactService(db, self.bus)
        self.chats = ChatService(db, self.settings, self.bus)
        self.outreach = OutreachService(db, self.chats)
        self.followups = FollowUpService(db, self.settings, self.chats)
        self.bus.add_reaction(self.followups.react)
        self.bus.subscribe(self._queue_for_calendar)

    def _queue_for_calendar(self, change: Change) -> None:
        """Chats (and contact names in their titles) that changed wait to be published."""
        if self.read_only is None and (change.chats or change.contacts or change.everything):
            self.calendar.on_change(change)

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
    def calendar(self) -> CalendarSyncService:
        """Your chats on your own calendar server (CalDAV)."""
        from infointerview.services.calendar_sync import CalendarSyncService

        return CalendarSyncService(self.db, self.settings, self.chats, self.bus)

    @cached_property
    def search(self) -> SearchService:
        from infointerview.services.search import SearchService

        return SearchService(self.db)

    def close(self) -> None:
        if "calendar" in self.__dict__:  # only when it was used
            self.calendar.close()
        if not self.db.is_closed():
            self.db.close()


def open_session(
    data_dir: str | Path | None = None, *, read_only: bool | DatabaseFault = False
) -> Session:
    """Create the data folder if needed, open and migrate its database.

    When the database or its folder cannot be written, or another program holds
    the write lock (after the usual wait), or the disk is too full to open it for
    writing, the session opens read-only and ``session.read_only`` says why;
    nothing is moved or replaced. ``read_only`` asks for that from the start: a
    :class:`DatabaseFault` (the reason the user chose it, e.g. from the start-up
    check) or True. A damaged database raises its
    :class:`~infointerview.store.faults.DatabaseDamaged`; a database that needs
    migrating while it cannot be written raises a StoreError.
    """
    folder = ensure_private_dir(resolve_data_dir(data_dir))  # an existing one is not written
    path = database_path(folder)
    reason: DatabaseFault | None
    if isinstance(read_only, DatabaseFault):
        reason = read_only
    elif read_only:
        reason = write_fault(path) or DatabaseReadOnly(
            f"Your data in {folder} is open read-only, as you asked: you can look, "
            "but nothing can be changed.",
            path,
        )
    else:
        reason = write_fault(path)
    if reason is None:
        try:
            return Session(folder, open_database(path))
        except DatabaseFault as fault:
            if fault.is_damage or not path.exists():
                raise
            reason = fault
    return Session(folder, open_database(path, read_only=True), read_only=reason)
