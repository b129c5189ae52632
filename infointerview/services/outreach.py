"""The message log: what was sent to whom, when, and whether they replied.

A logged thank-you marks the latest held chat thanked (through
:class:`ChatService`'s status machine); every write re-derives the contact's
stage and announces the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import SqliteDatabase, fn

from infointerview.domain.chats import CHANNELS, MESSAGE_KINDS
from infointerview.domain.contacts import display_name
from infointerview.services.chats import FIELD_MAX, ChatError, ChatService, naive_utc
from infointerview.services.events import Change
from infointerview.store.models import Chat, Contact, OutreachMessage

__all__ = ["MessageRow", "OutreachService"]


@dataclass(frozen=True)
class MessageRow:
    """One logged message; times are naive UTC."""

    id: int
    contact_id: int
    contact_name: str
    kind: str
    channel: str
    sent_utc: datetime
    replied_utc: datetime | None
    subject: str



class OutreachService:
    """The message log: what was sent to whom, when, and whether they replied."""

    def __init__(self, db: SqliteDatabase, chats: ChatService) -> None:
        self.db = db
        self.chats = chats

    def log_message(
        self,
        contact_id: int,
        kind: str = "outreach",
        channel: str = "email",
        sent_utc: datetime | None = None,
        subject: str = "",
        body: str = "",
    ) -> int:
        """Record a message sent; a thank-you also marks the latest held chat thanked."""
        if kind not in MESSAGE_KINDS:
            raise ChatError(f"Unknown message kind {kind!r}.")
        if channel not in CHANNELS:
            raise ChatError(f"Unknown channel {channel!r}.")
        if not Contact.select().where(
            (Contact.id == contact_id) & Contact.deleted_at.is_null()
        ).exists():
            raise ChatError("That contact no longer exists; pick another.")
        sent = naive_utc(sent_utc) if sent_utc is not None else self.chats.now()
        thanked: list[int] = []
        with self.chats.bus.batch(), self.db.atomic():
            message = OutreachMessage.create(
                contact=contact_id,
                kind=kind,
                channel=channel,
                sent_at=sent,
                subject=subject.strip()[:FIELD_MAX],
                body=body,
                created_at=self.chats.now(),
            )
            if kind == "thank_you":
                held = (
                    Chat.select()
                    .where(
                        (Chat.contact == contact_id)
                        & (Chat.status == "held")
                        # a chat can happen earlier than planned: when it began counts
                        & (fn.COALESCE(Chat.actual_start_at, Chat.start_at) <= sent)
                    )
                    .order_by(Chat.start_at.desc())
                    .first()
                )
                if held is not None:
                    self.chats.set_status(int(held.id), "thanked")
                    thanked.append(int(held.id))
            self.chats.recompute_contact(contact_id)
            self.chats.bus.announce(
                Change.of(messages=[message.id], contacts=[contact_id], chats=thanked)
            )
        return int(message.id)

    def mark_replied(self, message_id: int, replied_utc: datetime | None = None) -> None:
        """Record that the contact answered this message."""
        message = OutreachMessage.get_or_none(OutreachMessage.id == message_id)
        if message is None:
            raise ChatError("That message no longer exists.")
        replied = naive_utc(replied_utc) if replied_utc is not None else self.chats.now()
        if replied < message.sent_at:
            raise ChatError("A reply cannot come before the message was sent; check the date.")
        contact_id = int(message.__data__["contact"])
        with self.chats.bus.batch(), self.db.atomic():
            OutreachMessage.update(replied_at=replied).where(
                OutreachMessage.id == message_id
            ).execute()
            self.chats.recompute_contact(contact_id)
            self.chats.bus.announce(Change.of(messages=[message_id], contacts=[contact_id]))

    def messages_for(self, contact_id: int) -> list[MessageRow]:
        """The contact's messages, newest first."""
        query = (
            OutreachMessage.select(OutreachMessage, Contact)
            .join(Contact)
            .where(OutreachMessage.contact == contact_id)
            .order_by(OutreachMessage.sent_at.desc(), OutreachMessage.id.desc())
        )
        return [
            MessageRow(
                id=int(m.id),
                contact_id=int(m.contact.id),
                contact_name=display_name(m.contact.first_name, m.contact.last_name),
                kind=m.kind,
                channel=m.channel,
                sent_utc=m.sent_at,
                replied_utc=m.replied_at,
                subject=m.subject,
            )
            for m in query
        ]

    def unanswered_for(self, contact_id: int) -> list[MessageRow]:
        return [m for m in self.messages_for(contact_id) if m.replied_utc is None]
