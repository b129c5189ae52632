"""The prep page of a chat: its texts, checklist, rating and ordered question list.

The Chat area and the on-call window read and write a chat's page through
:class:`PrepService`; the bank is :mod:`services.question_bank`, the call's
lifecycle and capture :mod:`services.calls`, full-text search
:mod:`services.search`. Rules (closed questions, the referral question last,
the call plan) live in ``domain/``; this module only stores and fetches, and
announces ``Change(prep={chat id})`` after each write. Times are naive UTC datetimes, like every stored
timestamp; callers pass ``now`` so tests never depend on the wall clock.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import SqliteDatabase, fn

from infointerview.domain.contacts import display_name
from infointerview.domain.i18n import QT_TRANSLATE_NOOP
from infointerview.domain.questions import (
    REFERRAL_QUESTION,
    is_referral_question,
)
from infointerview.services.chats import chat_span
from infointerview.services.events import Change, ChangeBus
from infointerview.store.models import (
    Chat,
    Contact,
    PrepQuestion,
    QuestionTemplate,
    utcnow,
)

__all__ = [
    "CHECKLIST_ITEMS",
    "EDITABLE_FIELDS",
    "IN_PERSON_MODES",
    "ChatHeader",
    "ChatListItem",
    "PrepError",
    "PrepFields",
    "PrepService",
    "QuestionItem",
]

EDITABLE_FIELDS = ("pitch", "research_notes", "goals", "notes", "takeaways")
"""Free-text fields of a chat the prep page and call window edit."""

IN_PERSON_MODES = frozenset({"coffee", "in_person"})
"""Modes that need travel: the 'route and parking' checklist item applies."""

CHECKLIST_ITEMS: tuple[tuple[str, str], ...] = (
    ("cv", QT_TRANSLATE_NOOP("Checklist", "CV at hand (do not push it)")),
    ("route", QT_TRANSLATE_NOOP("Checklist", "Route, travel time and parking planned")),
    ("news", QT_TRANSLATE_NOOP("Checklist", "Industry and company news checked the day before")),
    ("review", QT_TRANSLATE_NOOP("Checklist", "Notes and questions reviewed the day before")),
)
"""Checklist keys and their English labels (translation context "Checklist")."""



class PrepError(ValueError):
    """Something the user asked for cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class ChatHeader:
    """The head of a prep page: when, who, where.

    ``start_local`` and ``length_min`` are when it takes place: the plan, or
    the actual start and minutes once held (:func:`~infointerview.domain.chats.effective_span`).
    """

    chat_id: int
    contact_id: int
    start_local: dt.datetime
    length_min: int
    mode: str
    place: str
    contact_name: str
    organisation: str
    job_title: str
    status: str
    hiring_authority: bool
    actual_start_at: dt.datetime | None
    actual_end_at: dt.datetime | None

    @property
    def in_person(self) -> bool:
        return self.mode in IN_PERSON_MODES

    @property
    def held(self) -> bool:
        """The chat took place: no call to start any more."""
        return self.status in ("held", "thanked")


@dataclass(frozen=True)
class PrepFields:
    pitch: str
    research_notes: str
    goals: str
    notes: str
    takeaways: str
    rating: int | None
    checklist: dict[str, bool]


@dataclass(frozen=True)
class QuestionItem:
    id: int
    text: str
    position: int
    category: str
    asked: bool
    answer_notes: str

    @property
    def is_referral(self) -> bool:
        return is_referral_question(self.text)


@dataclass(frozen=True)
class ChatListItem:
    """One entry of the chat picker."""

    id: int
    start_local: dt.datetime
    contact_name: str
    organisation: str
    status: str
    upcoming: bool
    started: bool = False  # the call has begun (a scheduled chat: it is going on now)


def _local(value: dt.datetime | str) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.timezone.utc).astimezone()


class PrepService:
    """A chat's prep page: list of chats, header, texts, checklist, rating, questions."""

    def __init__(self, db: SqliteDatabase, bus: ChangeBus) -> None:
        self.db = db
        self.bus = bus

    def _announce(self, chat_id: int) -> None:
        self.bus.announce(Change.of(prep=[chat_id]))

    # -- chats -----------------------------------------------------------------
    def _chat(self, chat_id: int) -> Chat:
        chat = Chat.get_or_none(Chat.id == chat_id)
        if chat is None:
            raise PrepError("This chat no longer exists; pick another one from the list.")
        return chat

    def list_chats(
        self, now: dt.datetime | None = None, limit: int = 60
    ) -> list[ChatListItem]:
        """Upcoming scheduled chats (soonest first), then all others (latest first).

        Only a scheduled chat whose call has not begun is upcoming; a chat held
        (even early) is listed among the others at the time it really took place.
        """
        now = now or utcnow()
        base = (
            Chat.select(Chat, Contact)
            .join(Contact)
            .where(Contact.deleted_at.is_null(), Chat.status != "cancelled")
        )
        cutoff = now - dt.timedelta(hours=2)
        is_next = (
            (Chat.start_at >= cutoff)
            & (Chat.status == "scheduled")
            & Chat.actual_start_at.is_null()
        )
        upcoming = list(base.where(is_next).order_by(Chat.start_at.asc()).limit(limit))
        when = fn.COALESCE(Chat.actual_start_at, Chat.start_at)
        recent = sorted(
            base.where(~is_next).order_by(when.desc()).limit(limit),
            key=lambda c: chat_span(c)[0], reverse=True,
        )
        items: list[ChatListItem] = []
        for rows, is_upcoming in ((upcoming, True), (recent, False)):
            for chat in rows:
                contact = chat.contact
                items.append(
                    ChatListItem(
                        id=chat.id,
                        start_local=_local(chat_span(chat)[0]),
                        contact_name=display_name(contact.first_name, contact.last_name),
                        organisation=self._org_name(contact),
                        status=chat.status,
                        upcoming=is_upcoming,
                        started=chat.actual_start_at is not None,
                    )
                )
        return items

    @staticmethod
    def _org_name(contact: Contact) -> str:
        org = contact.organisation if contact.organisation_id is not None else None
        return "" if org is None else str(org.name)

    def has_chats(self) -> bool:
        return bool(Chat.select().exists())

    def header(self, chat_id: int) -> ChatHeader:
        chat = self._chat(chat_id)
        contact = chat.contact
        start, end = chat_span(chat)
        return ChatHeader(
            chat_id=chat.id,
            contact_id=contact.id,
            start_local=_local(start),
            length_min=max(1, round((end - start).total_seconds() / 60)),
            mode=chat.mode,
            place=chat.place,
            contact_name=display_name(contact.first_name, contact.last_name),
            organisation=self._org_name(contact),
            job_title=contact.job_title,
            status=chat.status,
            hiring_authority=bool(contact.hiring_authority),
            actual_start_at=chat.actual_start_at,
            actual_end_at=chat.actual_end_at,
        )

    def fields(self, chat_id: int) -> PrepFields:
        chat = self._chat(chat_id)
        return PrepFields(
            pitch=chat.pitch,
            research_notes=chat.research_notes,
            goals=chat.goals,
            notes=chat.notes,
            takeaways=chat.takeaways,
            rating=chat.rating,
            checklist=self._checklist(chat),
        )

    @staticmethod
    def _checklist(chat: Chat) -> dict[str, bool]:
        try:
            raw = json.loads(chat.checklist or "{}")
        except ValueError:
            return {}
        if not isinstance(raw, dict):
            return {}
        return {str(k): bool(v) for k, v in raw.items()}

    def save_fields(self, chat_id: int, **changes: str) -> None:
        """Save free-text fields (pitch, research_notes, goals, notes, takeaways)."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"Not an editable chat field: {', '.join(sorted(unknown))}")
        if not changes:
            return
        values: dict[object, object] = {getattr(Chat, k): str(v) for k, v in changes.items()}
        values[Chat.updated_at] = utcnow()
        with self.db.atomic():
            updated = Chat.update(values).where(Chat.id == chat_id).execute()
        if not updated:
            raise PrepError("This chat no longer exists, so the text could not be saved.")
        self._announce(chat_id)

    def save_rating(self, chat_id: int, rating: int | None) -> None:
        if rating is not None and not 1 <= rating <= 5:
            raise PrepError("A rating goes from 1 to 5.")
        Chat.update(rating=rating, updated_at=utcnow()).where(Chat.id == chat_id).execute()
        self._announce(chat_id)

    def save_checklist(self, chat_id: int, checklist: dict[str, bool]) -> None:
        text = json.dumps({str(k): bool(v) for k, v in checklist.items()}, sort_keys=True)
        Chat.update(checklist=text, updated_at=utcnow()).where(Chat.id == chat_id).execute()
        self._announce(chat_id)

    # -- the question list -------------------------------------------------------
    def _normalise_order(self, chat_id: int) -> None:
        """Positions 0..n-1, referral question(s) last; add one if there is none."""
        rows = list(
            PrepQuestion.select()
            .where(PrepQuestion.chat == chat_id)
            .order_by(PrepQuestion.position, PrepQuestion.id)
        )
        others = [q for q in rows if not is_referral_question(q.text)]
        referrals = [q for q in rows if is_referral_question(q.text)]
        with self.db.atomic():
            if not referrals:
                referrals = [
                    PrepQuestion.create(
                        chat=chat_id,
                        text=REFERRAL_QUESTION,
                        position=len(others),
                        category="referrals",
                    )
                ]
            for position, question in enumerate(others + referrals):
                if question.position != position:
                    PrepQuestion.update(position=position).where(
                        PrepQuestion.id == question.id
                    ).execute()

    def questions(self, chat_id: int) -> list[QuestionItem]:
        """The ordered question list, the referral question last (added if missing)."""
        self._chat(chat_id)
        self._normalise_order(chat_id)
        return [
            QuestionItem(
                id=q.id,
                text=q.text,
                position=q.position,
                category=q.category,
                asked=bool(q.asked),
                answer_notes=q.answer_notes,
            )
            for q in PrepQuestion.select()
            .where(PrepQuestion.chat == chat_id)
            .order_by(PrepQuestion.position, PrepQuestion.id)
        ]

    def _ids_in_order(self, chat_id: int) -> list[int]:
        return [
            q.id
            for q in PrepQuestion.select(PrepQuestion.id)
            .where(PrepQuestion.chat == chat_id)
            .order_by(PrepQuestion.position, PrepQuestion.id)
        ]

    def add_question(
        self, chat_id: int, text: str, category: str = "", index: int | None = None
    ) -> int:
        """Add a question (before the referral question unless it is one); returns its id."""
        text = " ".join(text.split())
        if not text:
            raise PrepError("Type the question first, then add it.")
        self._chat(chat_id)
        with self.db.atomic():
            self._normalise_order(chat_id)
            ids = self._ids_in_order(chat_id)
            question = PrepQuestion.create(
                chat=chat_id, text=text, category=category, position=len(ids)
            )
            if index is None:
                index = len(ids)
            ids.insert(max(0, min(index, len(ids))), question.id)
            self._write_order(ids)
            self._normalise_order(chat_id)
        self._announce(chat_id)
        return int(question.id)

    def add_from_bank(self, chat_id: int, template_ids: Sequence[int]) -> list[int]:
        by_id = {t.id: t for t in QuestionTemplate.select().where(QuestionTemplate.id << list(template_ids))}
        added: list[int] = []
        with self.bus.batch(), self.db.atomic():
            for template_id in template_ids:
                template = by_id.get(template_id)
                if template is not None:
                    added.append(self.add_question(chat_id, template.text, template.family))
        return added

    def _question(self, question_id: int) -> PrepQuestion:
        question = PrepQuestion.get_or_none(PrepQuestion.id == question_id)
        if question is None:
            raise PrepError("This question was already removed.")
        return question

    def edit_question(self, question_id: int, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            raise PrepError("A question cannot be empty; delete it instead.")
        question = self._question(question_id)
        with self.db.atomic():
            PrepQuestion.update(text=text).where(PrepQuestion.id == question_id).execute()
            self._normalise_order(question.chat_id)
        self._announce(question.chat_id)

    def set_asked(self, question_id: int, asked: bool) -> None:
        question = self._question(question_id)
        PrepQuestion.update(asked=bool(asked)).where(PrepQuestion.id == question_id).execute()
        self._announce(question.chat_id)

    def set_answer(self, question_id: int, notes: str) -> None:
        question = self._question(question_id)
        PrepQuestion.update(answer_notes=notes).where(PrepQuestion.id == question_id).execute()
        self._announce(question.chat_id)

    def delete_question(self, question_id: int) -> None:
        """Remove a question; the only referral question stays (it always closes the list)."""
        question = self._question(question_id)
        chat_id = question.chat_id
        if is_referral_question(question.text):
            others = [
                q
                for q in PrepQuestion.select().where(
                    PrepQuestion.chat == chat_id, PrepQuestion.id != question_id
                )
                if is_referral_question(q.text)
            ]
            if not others:
                raise PrepError(
                    "The referral question always closes the list, so it stays; "
                    "you can reword it instead."
                )
        with self.db.atomic():
            question.delete_instance()
            self._normalise_order(chat_id)
        self._announce(chat_id)

    def _write_order(self, ids: Sequence[int]) -> None:
        """Store positions 0..n-1 in this order, writing only the ones that moved."""
        if not ids:
            return
        stored: dict[int, int] = {
            int(q.id): int(q.position)
            for q in PrepQuestion.select(PrepQuestion.id, PrepQuestion.position).where(
                PrepQuestion.id.in_(list(ids))
            )
        }
        for position, question_id in enumerate(ids):
            if stored.get(question_id) != position:
                PrepQuestion.update(position=position).where(
                    PrepQuestion.id == question_id
                ).execute()

    def reorder_questions(self, chat_id: int, ids: Sequence[int]) -> None:
        """Put the questions in the given order (unknown ids ignored, missing ones appended)."""
        current = self._ids_in_order(chat_id)
        known = set(current)
        order = [i for i in dict.fromkeys(ids) if i in known]
        order += [i for i in current if i not in set(order)]
        with self.db.atomic():
            self._write_order(order)
            self._normalise_order(chat_id)
        self._announce(chat_id)

    def move_question(self, question_id: int, delta: int) -> bool:
        """Move up (-1) or down (+1); False when it cannot move (edge or referral last)."""
        question = self._question(question_id)
        chat_id = question.chat_id
        self._normalise_order(chat_id)
        ids = self._ids_in_order(chat_id)
        index = ids.index(question_id)
        target = index + delta
        if not 0 <= target < len(ids):
            return False
        ids[index], ids[target] = ids[target], ids[index]
        before = self._ids_in_order(chat_id)
        self.reorder_questions(chat_id, ids)
        return self._ids_in_order(chat_id) != before
