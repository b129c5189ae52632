"""The call itself: start, capture during the call, end, and the wrap-up.

The call window works through :class:`CallService`. Status changes go through
:class:`~infointerview.services.chats.ChatService` (the one status machine),
new contacts through :class:`~infointerview.services.contacts.ContactService`;
this module adds the captured tasks (a referral to reach, a promise they
made). Times are naive UTC; ``now`` is injectable so tests never sleep.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import SqliteDatabase

from infointerview.domain.contacts import ContactDraft, display_name
from infointerview.domain.promises import (
    MY_PROMISE_DUE,
    NUDGE_AFTER,
    my_promise_title,
    watch_for_title,
)
from infointerview.services.chats import ChatError, ChatService
from infointerview.services.contacts import ContactService, ValidationFailed
from infointerview.services.events import Change, ChangeBus
from infointerview.services.prep import PrepError
from infointerview.store.models import Chat, Contact, FollowUpTask

__all__ = ["CAPTURED_KINDS", "PROMISE_DUE", "REFERRAL_DUE", "CallService", "CapturedItem"]

REFERRAL_DUE = dt.timedelta(days=2)
PROMISE_DUE = NUDGE_AFTER
"""When to nudge about something they promised (a week after the chat)."""
CAPTURED_KINDS = ("referral", "resource", "promise")
"""Tasks captured on a call: a referral to reach, their promise to watch for, the user's own."""


@dataclass(frozen=True)
class CapturedItem:
    """A task created during a call: a referral to reach ('referral'), something they
    promised to watch for ('resource') or something the user promised ('promise')."""

    task_id: int
    kind: str
    title: str
    contact_id: int
    discarded: bool


class CallService:
    """Start and end a call, capture referrals and promises, and the wrap-up's choices."""

    def __init__(
        self, db: SqliteDatabase, bus: ChangeBus, chats: ChatService, contacts: ContactService
    ) -> None:
        self.db = db
        self.bus = bus
        self.chats = chats
        self.contacts = contacts

    def _chat(self, chat_id: int) -> Chat:
        chat = Chat.get_or_none(Chat.id == chat_id)
        if chat is None:
            raise PrepError("This chat no longer exists; pick another one from the list.")
        return chat

    def _now(self, now: dt.datetime | None) -> dt.datetime:
        return now if now is not None else self.chats.now()

    # -- the call's lifecycle ------------------------------------------------------
    def start_call(self, chat_id: int, now: dt.datetime | None = None) -> None:
        """Record when the call really started (the first start only)."""
        try:
            self.chats.record_start(chat_id, self._now(now))
        except ChatError as error:
            raise PrepError(str(error)) from error

    def end_call(self, chat_id: int, now: dt.datetime | None = None) -> None:
        """The call ended now: the chat is held (through the status machine).

        A chat already held or thanked stays as it is (ending the call window
        again changes nothing); a cancelled or no-show chat is refused with a
        sentence saying to reschedule it first.
        """
        chat = self._chat(chat_id)
        if chat.status in ("held", "thanked"):
            return
        try:
            self.chats.set_status(chat_id, "held", when=self._now(now))
        except ChatError as error:
            raise PrepError(str(error)) from error

    # -- capture during the call -----------------------------------------------------
    def add_referral(
        self,
        chat_id: int,
        name: str,
        organisation: str = "",
        note: str = "",
        now: dt.datetime | None = None,
    ) -> CapturedItem:
        """A person they suggested: a new contact referred by them and a task to reach out."""
        now = self._now(now)
        name = " ".join(name.split())
        if not name:
            raise PrepError("Type the name of the person they suggested.")
        chat = self._chat(chat_id)
        referrer = chat.contact
        referrer_name = display_name(referrer.first_name, referrer.last_name) or "they"
        first, _, last = name.partition(" ")
        draft = ContactDraft(
            first_name=first,
            last_name=last,
            organisation=" ".join(organisation.split()),
            how_found="Referral",
            referred_by_id=int(referrer.id),
            notes=note.strip(),
            lane=referrer.lane,
        )
        with self.bus.batch(), self.db.atomic():
            try:
                contact_id = self.contacts.create(draft)
            except ValidationFailed as failed:
                raise PrepError(" ".join(failed.errors.values())) from failed
            task = FollowUpTask.create(
                key=f"referral:contact:{contact_id}",
                contact=contact_id,
                chat=chat,
                kind="referral",
                title=f"Reach out to {name} \N{EM DASH} mention {referrer_name} referred you",
                detail=note.strip(),
                due_at=now + REFERRAL_DUE,
                created_at=now,
            )
            self.bus.announce(Change.of(tasks=[task.id], contacts=[contact_id]))
        return CapturedItem(task.id, "referral", task.title, contact_id, False)

    def add_promise(
        self, chat_id: int, text: str, now: dt.datetime | None = None, *, mine: bool = False
    ) -> CapturedItem:
        """A promise made on the call: theirs to watch for, or the user's own to-do.

        Theirs ("Send me the NN/g course link") becomes "Watch for the NN/g course
        link from Sarah Lee", nudged a week after the chat; the user's becomes
        "Your promise to Sarah Lee: …", due within two days. The text is kept as
        typed in the task's detail (the thank-you and the summary read it there).
        """
        now = self._now(now)
        text = " ".join(text.split())
        if not text:
            raise PrepError(
                "Type what you promised (for example 'send my portfolio')." if mine
                else "Type what they promised (for example 'the report on X')."
            )
        chat = self._chat(chat_id)
        contact = chat.contact
        name = display_name(contact.first_name, contact.last_name)
        kind, prefix = ("promise", "promise") if mine else ("resource", "resource")
        with self.bus.batch(), self.db.atomic():
            n = 1 + FollowUpTask.select().where(
                FollowUpTask.chat == chat_id, FollowUpTask.kind == kind
            ).count()
            while FollowUpTask.select().where(
                FollowUpTask.key == f"{prefix}:chat:{chat_id}:{n}"
            ).exists():
                n += 1
            title = my_promise_title(text, name) if mine else watch_for_title(text, name)
            task = FollowUpTask.create(
                key=f"{prefix}:chat:{chat_id}:{n}",
                contact=chat.contact_id,
                chat=chat,
                kind=kind,
                title=title[:250],
                detail=text,
                due_at=now + (MY_PROMISE_DUE if mine else NUDGE_AFTER),
                created_at=now,
            )
            self.bus.announce(Change.of(tasks=[task.id], contacts=[chat.contact_id]))
        return CapturedItem(task.id, kind, task.title, chat.contact_id, False)

    def captured(self, chat_id: int) -> list[CapturedItem]:
        """Referral and promise tasks created for this chat, oldest first."""
        return [
            CapturedItem(t.id, t.kind, t.title, t.contact_id, t.dismissed_at is not None)
            for t in FollowUpTask.select()
            .where(FollowUpTask.chat == chat_id, FollowUpTask.kind << list(CAPTURED_KINDS))
            .order_by(FollowUpTask.id)
        ]

    def discard_capture(self, task_id: int, discard: bool = True) -> None:
        """Undo a capture from the wrap-up: dismiss the task (and bin a referral's contact)."""
        task = FollowUpTask.get_or_none(FollowUpTask.id == task_id)
        if task is None:
            return
        stamp = self.chats.now() if discard else None
        with self.bus.batch(), self.db.atomic():
            FollowUpTask.update(dismissed_at=stamp).where(FollowUpTask.id == task_id).execute()
            if task.kind == "referral":
                if discard:
                    self.contacts.delete([task.contact_id])
                else:
                    self.contacts.restore([task.contact_id])
            self.bus.announce(Change.of(tasks=[task_id], contacts=[task.contact_id]))

    def set_hiring_authority(self, chat_id: int, value: bool) -> int:
        """Mark whether the person of this chat can hire; returns their contact id."""
        contact_id = int(self._chat(chat_id).contact_id)
        if Contact.get_or_none(Contact.id == contact_id) is not None:
            self.contacts.set_hiring_authority(contact_id, value)
        return contact_id
