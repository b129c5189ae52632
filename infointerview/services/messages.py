"""Message templates and what fills them: the contact, their latest chat, the profile.

The composer (``ui/message_composer.py``) shows a template filled with these
values and runs the domain checks on every keystroke; sending goes through the
user's own mail program and is then logged with ``OutreachService``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import SqliteDatabase

from infointerview.domain import message_parts as parts
from infointerview.domain import messages as rules
from infointerview.domain.contacts import display_name
from infointerview.domain.message_checks import (
    Verdict,
    check_follow_up,
    check_outreach,
    check_thank_you,
    check_update,
)
from infointerview.services.settings import SettingsService
from infointerview.store.models import Chat, Contact, FollowUpTask, MessageTemplate, utcnow


@dataclass(frozen=True)
class MessageContext:
    """Everything the checks and placeholders need for one contact."""

    contact_id: int
    email: str
    values: dict[str, str]
    referrer: str | None
    connection: str | None
    chat_id: int | None
    hours_since_chat: float | None
    notes: str
    takeaways: tuple[str, ...]
    promised: tuple[str, ...]


def _promise_text(task: FollowUpTask) -> str:
    """What they offered, as it was typed: the task's detail (its title says it for Today)."""
    detail = " ".join(str(task.detail or "").split())
    if detail:
        return detail
    title = str(task.title)
    for prefix in ("Remind them: ", "Watch for "):
        title = title.removeprefix(prefix)
    return title.strip()


@dataclass(frozen=True)
class TemplateRow:
    id: int
    key: str
    kind: str
    name: str
    subject: str
    body: str
    builtin: bool


class MessageService:
    """Templates (built-in and the user's own) and message contexts."""

    def __init__(self, db: SqliteDatabase, settings: SettingsService) -> None:
        self.db = db
        self.settings = settings

    # -- templates -------------------------------------------------------------
    def _seed(self) -> None:
        """Add the built-in templates that are missing and bring the others up to date.

        Built-in rows are never edited in place (the user's changes are saved as a copy),
        so an older wording (such as the thank-you that spliced notes in raw) is replaced.
        """
        existing = {str(t.key): t for t in MessageTemplate.select().where(MessageTemplate.builtin)}
        taken = {str(t.key) for t in MessageTemplate.select(MessageTemplate.key)}
        with self.db.atomic():
            for template in rules.DEFAULT_TEMPLATES:
                row = existing.get(template.key)
                if row is not None:
                    if (row.name, row.subject, row.body) != (
                        template.name, template.subject, template.body
                    ):
                        MessageTemplate.update(
                            name=template.name, subject=template.subject, body=template.body
                        ).where(MessageTemplate.id == row.id).execute()
                elif template.key not in taken:
                    MessageTemplate.create(
                        key=template.key, kind=template.kind, name=template.name,
                        subject=template.subject, body=template.body, builtin=True,
                    )

    def templates(self, kind: str | None = None) -> list[TemplateRow]:
        """Templates of one kind (or all), built-in ones first."""
        self._seed()
        query = MessageTemplate.select().order_by(
            MessageTemplate.builtin.desc(), MessageTemplate.name
        )
        if kind is not None:
            query = query.where(MessageTemplate.kind == kind)
        return [
            TemplateRow(int(t.id), t.key, t.kind, t.name, t.subject, t.body, bool(t.builtin))
            for t in query
        ]

    def save_template(self, name: str, kind: str, subject: str, body: str,
                      template_id: int | None = None) -> int:
        """Create or update one of the user's templates (built-ins are copied, never changed)."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("Give the template a name.")
        if kind not in rules.TEMPLATE_KINDS:
            raise ValueError(f"Unknown message kind {kind!r}.")
        if template_id is not None:
            row = MessageTemplate.get_or_none(MessageTemplate.id == template_id)
            if row is not None and not row.builtin:
                MessageTemplate.update(name=name, kind=kind, subject=subject, body=body).where(
                    MessageTemplate.id == template_id
                ).execute()
                return template_id
        slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "template"
        key = f"user_{slug}"
        n = 2
        while MessageTemplate.select().where(MessageTemplate.key == key).exists():
            key = f"user_{slug}_{n}"
            n += 1
        return int(MessageTemplate.create(key=key, kind=kind, name=name, subject=subject,
                                          body=body, builtin=False).id)

    # -- context -------------------------------------------------------------------
    def context(self, contact_id: int, now: dt.datetime | None = None) -> MessageContext:
        """Placeholder values and check inputs for writing to ``contact_id``."""
        contact = Contact.get_by_id(contact_id)
        profile = self.settings.profile()
        referrer = None
        if contact.referred_by_id:
            ref = Contact.get_or_none(Contact.id == contact.referred_by_id)
            if ref is not None:
                referrer = display_name(ref.first_name, ref.last_name)
        chat = (
            Chat.select()
            .where((Chat.contact == contact_id) & (Chat.status.in_(["held", "thanked"])))
            .order_by(Chat.start_at.desc())
            .first()
        )
        hours = None
        promised: tuple[str, ...] = ()
        notes = ""
        takeaways: tuple[str, ...] = ()
        if chat is not None:
            ended = chat.actual_end_at or chat.start_at + dt.timedelta(minutes=chat.length_min)
            hours = max(0.0, ((now or utcnow()) - ended).total_seconds() / 3600)
            notes = chat.notes
            takeaways = tuple(line.strip() for line in chat.takeaways.splitlines()
                              if line.strip())
            promised = tuple(
                text
                for text in (
                    _promise_text(t)
                    for t in FollowUpTask.select()
                    .where(
                        (FollowUpTask.chat == chat.id)
                        & (FollowUpTask.kind == "resource")
                        & FollowUpTask.dismissed_at.is_null()
                    )
                    .order_by(FollowUpTask.id)
                )
                if text
            )
        values = {
            "first_name": contact.first_name,
            "last_name": contact.last_name,
            "organisation": contact.organisation.name if contact.organisation is not None else "",
            "job_title": contact.job_title,
            "referrer": referrer or "",
            "my_name": profile["name"],
            "my_field": profile["field"],
            "availability": profile["availability"],
            **parts.draft_values(takeaways, promised),
        }
        return MessageContext(
            contact_id=contact_id,
            email=contact.email,
            values=values,
            referrer=referrer,
            connection=contact.connection_point or None,
            chat_id=int(chat.id) if chat is not None else None,
            hours_since_chat=hours,
            notes=notes,
            takeaways=takeaways,
            promised=promised,
        )

    @staticmethod
    def check(kind: str, body: str, context: MessageContext) -> list[Verdict]:
        """The live checks for this kind of message."""
        if kind == "outreach":
            return check_outreach(
                body, referrer=context.referrer, connection=context.connection,
                first_name=context.values.get("first_name", ""),
            )
        names = tuple(context.values.get(k, "") for k in ("first_name", "last_name", "my_name"))
        if kind == "thank_you":
            return check_thank_you(
                body, hours_since_chat=context.hours_since_chat, notes=context.notes,
                promised=context.promised, takeaways=context.takeaways, names=names,
            )
        if kind == "update":
            return check_update(
                body, notes=context.notes, takeaways=context.takeaways,
                promised=context.promised, names=names,
            )
        if kind == "follow_up":
            return check_follow_up(body)
        return []
