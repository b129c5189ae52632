"""A meeting invitation (.ics) in: a scheduled chat, moved by its updates, cancelled by its CANCEL.

The window (File → Import, or a file dropped on it) and ``infointerview import
invite.ics`` share :meth:`InvitationService.import_file`. Every write goes
through :class:`ContactService` and :class:`ChatService`, so it is announced
on the session's bus like any other.

* Who: :func:`infointerview.domain.invitations.other_party` (a known contact
  on the invitation, else its organizer), matched to a contact by e-mail
  without case, or a new contact named from the invitation's CN.
* When: the start in the file's zone, shown in local time; a floating time is
  local time; an all-day event has no time, so the caller must give one
  (:class:`InvitationNeedsTime`). A recurring invitation becomes its first
  occurrence.
* Where: a join link makes it a video chat with the link as its place; a
  location without a link makes it in person.
* Which version: the invitation's UID is the chat's UID, so an update with a
  higher SEQUENCE (or the same SEQUENCE and a later DTSTAMP/LAST-MODIFIED)
  moves the chat; an older or equal one changes nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from peewee import fn

from infointerview.domain.contacts import ContactDraft
from infointerview.domain.i18n import date_words
from infointerview.domain.invitations import Party, Version, is_newer, other_party
from infointerview.interchange.invitation import Invitation, InvitationError, parse_invitation
from infointerview.services.chats import (
    FIELD_MAX,
    MAX_LENGTH_MIN,
    ChatDraft,
    ChatError,
    ChatService,
    ChatValidationFailed,
    naive_utc,
)
from infointerview.services.contacts import ContactService, ValidationFailed
from infointerview.store.models import Contact

__all__ = [
    "InvitationError",
    "InvitationNeedsTime",
    "InvitationResult",
    "InvitationService",
    "looks_like_invitation",
]

MAX_FILE_BYTES = 5 * 1024 * 1024


def looks_like_invitation(path: str | os.PathLike[str]) -> bool:
    """Whether the file is a calendar file (by its name or its first line)."""
    if str(path).lower().endswith((".ics", ".ical", ".icalendar", ".ifb")):
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(64).lstrip(b"\xef\xbb\xbf").lstrip()
    except OSError:
        return False
    return head.upper().startswith(b"BEGIN:VCALENDAR")


class InvitationNeedsTime(Exception):
    """An all-day invitation: ask the user what time the chat starts."""

    def __init__(self, invitation: Invitation) -> None:
        day = invitation.start
        assert isinstance(day, date) and not isinstance(day, datetime)
        super().__init__(
            f"“{invitation.summary or 'The invitation'}” is an all-day event on "
            f"{date_words(day)}, so it has no time: choose when the chat starts."
        )
        self.invitation = invitation
        self.day: date = day


@dataclass(frozen=True)
class InvitationResult:
    """What importing an invitation did; ``message`` says it in a sentence."""

    action: str  # created | updated | cancelled | unchanged | ignored
    message: str
    chat_id: int | None = None
    contact_id: int | None = None
    new_contact: bool = False


def _names(party: Party) -> tuple[str, str]:
    name = " ".join(party.name.replace('"', " ").split())
    if "," in name:  # "Doe, Jane" as Outlook writes it
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    if not name:
        name = party.email.split("@", 1)[0].replace(".", " ").replace("_", " ").strip()
    first, _, last = name.rpartition(" ")
    return (first, last) if first else (last, "")


class InvitationService:
    """Invitations in, through the chat and contact services."""

    def __init__(self, chats: ChatService, contacts: ContactService) -> None:
        self.chats = chats
        self.contacts = contacts

    # -- reading ----------------------------------------------------------------------
    def read(self, path: str | os.PathLike[str]) -> Invitation:
        """The invitation in the file; :class:`InvitationError` says why not."""
        file = Path(path)
        try:
            if file.stat().st_size > MAX_FILE_BYTES:
                raise InvitationError("It is too large to be an invitation (over 5 MB).")
            data = file.read_bytes()
        except OSError as exc:
            raise InvitationError(f"It could not be read: {exc.strerror or exc}.") from exc
        return parse_invitation(data)

    def import_file(
        self, path: str | os.PathLike[str], start_time: time | None = None
    ) -> InvitationResult:
        """Read and apply the invitation in ``path`` (see :meth:`apply`)."""
        return self.apply(self.read(path), start_time)

    # -- applying ---------------------------------------------------------------------
    def apply(self, invitation: Invitation, start_time: time | None = None) -> InvitationResult:
        """Schedule, move or cancel the chat the invitation is about.

        ``start_time`` is the local time an all-day invitation's chat starts at;
        without it such an invitation raises :class:`InvitationNeedsTime`.
        """
        version = (invitation.version.sequence, invitation.version.stamp)
        chat_id = self.chats.find_by_uid(invitation.uid)
        title = f"“{invitation.summary}”" if invitation.summary else "The invitation"
        if chat_id is not None:
            stored = self.chats.invitation_version(chat_id)
            old = Version(*stored) if stored is not None else None
            row = self.chats.get(chat_id)
            if old is not None and not is_newer(invitation.version, old):
                return InvitationResult(
                    "unchanged",
                    f"{title} is not newer than the one already imported; nothing changed.",
                    chat_id, row.contact_id,
                )
            if invitation.cancelled:
                if row.status != "scheduled":
                    return InvitationResult(
                        "unchanged", f"{title} was cancelled; the chat was already {row.status}.",
                        chat_id, row.contact_id,
                    )
                self.chats.cancel(chat_id, invitation=version)
                return InvitationResult(
                    "cancelled", f"{title} was cancelled, so the chat with "
                    f"{row.contact_name} is cancelled.", chat_id, row.contact_id,
                )
            draft = self._draft(invitation, row.contact_id, start_time)
            # keep what the user added: the travel note, and the place when the
            # invitation names none
            draft = replace(draft, travel_note=row.travel_note)
            if not invitation.link and not invitation.location:
                draft = replace(draft, mode=row.mode, place=row.place)
            try:
                self.chats.reschedule(chat_id, draft, invitation=version)
            except ChatError as exc:
                return InvitationResult("unchanged", f"{title}: {exc}", chat_id, row.contact_id)
            return InvitationResult(
                "updated",
                f"{title} was updated: the chat with {row.contact_name} moved to "
                f"{self._when(draft)}.{self._recurring(invitation)}",
                chat_id, row.contact_id,
            )
        if invitation.cancelled:
            return InvitationResult(
                "ignored", f"{title} is a cancellation of a chat that was never imported; "
                "nothing was created.",
            )
        person = other_party(invitation.parties, self._known(invitation.parties))
        if person is None:
            raise InvitationError(
                "It names no organizer or attendee with an e-mail address, so there is "
                "nobody to have the chat with."
            )
        draft = self._draft(invitation, 0, start_time)  # raises for an all-day one first
        with self.chats.bus.batch(), self.chats.db.atomic():
            contact_id = self._contact_for(person)
            new_contact = contact_id is None
            if contact_id is None:
                first, last = _names(person)
                try:
                    contact_id = self.contacts.create(
                        ContactDraft(
                            first_name=first, last_name=last, email=person.email,
                            how_found="Calendar invitation",
                        )
                    )
                except ValidationFailed as exc:
                    raise InvitationError(f"Its {person.email} cannot become a contact: {exc}") from exc
            draft = ChatDraft(contact_id, draft.start_local, draft.length_min, draft.mode,
                              draft.place)
            try:
                chat_id = self.chats.schedule(draft, uid=invitation.uid, invitation=version)
            except ChatValidationFailed as exc:
                raise InvitationError(f"It cannot become a chat: {exc}") from exc
        who = self.chats.get(chat_id).contact_name
        added = " (a new contact)" if new_contact else ""
        return InvitationResult(
            "created",
            f"Scheduled a chat with {who}{added} on {self._when(draft)}."
            f"{self._recurring(invitation)}",
            chat_id, contact_id, new_contact,
        )

    # -- helpers ----------------------------------------------------------------------
    @staticmethod
    def _known(parties: list[Party]) -> list[str]:
        emails = [p.email.lower() for p in parties if p.email]
        if not emails:
            return []
        query = Contact.select(Contact.email).where(
            fn.LOWER(Contact.email).in_(emails) & Contact.deleted_at.is_null()
        )
        return [str(c.email).lower() for c in query]

    @staticmethod
    def _contact_for(person: Party) -> int | None:
        contact = (
            Contact.select(Contact.id)
            .where((fn.LOWER(Contact.email) == person.email.lower()) & Contact.deleted_at.is_null())
            .order_by(Contact.id)
            .first()
        )
        return int(contact.id) if contact is not None else None

    def _draft(self, invitation: Invitation, contact_id: int, start_time: time | None) -> ChatDraft:
        start = invitation.start
        if start is None:
            raise InvitationError("Its event has no start time.")
        if not isinstance(start, datetime):
            if start_time is None:
                raise InvitationNeedsTime(invitation)
            start_local = datetime.combine(start, start_time)
            length = self.chats.settings.chat_length_min()
        else:
            start_local = (
                self.chats.to_local(naive_utc(start)) if start.tzinfo is not None else start
            )
            span = invitation.length
            length = (
                int(span.total_seconds() // 60) if span is not None and span > timedelta(0)
                else self.chats.settings.chat_length_min()
            )
        length = max(5, min(MAX_LENGTH_MIN, length))
        if invitation.link and len(invitation.link) <= FIELD_MAX:
            mode, place = "video", invitation.link
        elif invitation.location and not invitation.link:
            mode, place = "in_person", invitation.location[:FIELD_MAX]
        else:
            mode, place = "video", ""
        return ChatDraft(contact_id, start_local.replace(tzinfo=None), length, mode, place)

    @staticmethod
    def _when(draft: ChatDraft) -> str:
        return f"{date_words(draft.start_local.date())} at {draft.start_local:%H:%M}"

    @staticmethod
    def _recurring(invitation: Invitation) -> str:
        if not invitation.recurring:
            return ""
        return " It repeats; only its first occurrence was scheduled."
