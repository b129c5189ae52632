"""Prep page, question bank, call lifecycle, capture during the call, search.

Everything the Chat area, the Questions area and the on-call window do with
the database goes through :class:`PrepService`. Rules (closed questions, the
referral question last, the call plan) live in ``domain/``; this module only
stores and fetches. Times are naive UTC datetimes, like every stored
timestamp; callers pass ``now`` so tests never depend on the wall clock.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from peewee import SqliteDatabase, fn

from infointerview.domain.contacts import display_name
from infointerview.domain.i18n import QT_TRANSLATE_NOOP
from infointerview.domain.questions import (
    REFERRAL_QUESTION,
    is_referral_question,
    parse_question_bank,
)
from infointerview.resources import read_text
from infointerview.store.contacts import organisation_for
from infointerview.store.models import (
    Chat,
    Contact,
    FollowUpTask,
    PrepQuestion,
    QuestionTemplate,
    Setting,
    utcnow,
)

__all__ = [
    "CHECKLIST_ITEMS",
    "EDITABLE_FIELDS",
    "IN_PERSON_MODES",
    "BankFamily",
    "BankQuestion",
    "CapturedItem",
    "ChatHeader",
    "ChatListItem",
    "PrepError",
    "PrepFields",
    "PrepService",
    "QuestionItem",
    "SearchHit",
    "fts_query",
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

BANK_SEEDED_KEY = "question_bank.seeded"
REFERRAL_DUE = dt.timedelta(days=2)
PROMISE_DUE = dt.timedelta(days=1)


class PrepError(ValueError):
    """Something the user asked for cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class ChatHeader:
    """The head of a prep page: when, who, where."""

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


@dataclass(frozen=True)
class BankQuestion:
    id: int
    family: str
    text: str
    position: int
    retired: bool
    builtin: bool


@dataclass(frozen=True)
class BankFamily:
    name: str
    questions: tuple[BankQuestion, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CapturedItem:
    """A task created during a call (a referral to reach or a promised resource)."""

    task_id: int
    kind: str
    title: str
    contact_id: int
    discarded: bool


@dataclass(frozen=True)
class SearchHit:
    """One match; ``snippet`` marks matched words with \\x02 ... \\x03."""

    chat_id: int
    field: str
    question_id: int | None
    snippet: str
    contact_name: str
    start_local: dt.datetime

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, matched) pieces, for bolding without rich-text injection."""
        parts: list[tuple[str, bool]] = []
        for chunk in re.split(r"(\x02[^\x03]*\x03)", self.snippet):
            if not chunk:
                continue
            if chunk.startswith("\x02"):
                parts.append((chunk[1:-1], True))
            else:
                parts.append((chunk, False))
        return parts

    @property
    def snippet_text(self) -> str:
        return self.snippet.replace("\x02", "").replace("\x03", "")


def _local(value: dt.datetime | str) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.timezone.utc).astimezone()


_TERM = re.compile(r"\S+")


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word quoted (so no operator syntax), all must match.

    The last word matches as a prefix so results appear while typing. Words
    with no letter or digit are dropped; an empty result means "no search".
    """
    text = "".join(ch if ch.isprintable() else " " for ch in text[:500])
    terms = [t for t in _TERM.findall(text) if any(ch.isalnum() for ch in t)]
    if not terms:
        return ""
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms[:20]]
    quoted[-1] += "*"
    return " ".join(quoted)


class PrepService:
    """Prep pages, the question bank, the call lifecycle and full-text search."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    # -- chats -----------------------------------------------------------------
    def _chat(self, chat_id: int) -> Chat:
        chat = Chat.get_or_none(Chat.id == chat_id)
        if chat is None:
            raise PrepError("This chat no longer exists; pick another one from the list.")
        return chat

    def list_chats(
        self, now: dt.datetime | None = None, limit: int = 60
    ) -> list[ChatListItem]:
        """Upcoming scheduled chats (soonest first), then all others (latest first)."""
        now = now or utcnow()
        base = (
            Chat.select(Chat, Contact)
            .join(Contact)
            .where(Contact.deleted_at.is_null(), Chat.status != "cancelled")
        )
        cutoff = now - dt.timedelta(hours=2)
        is_next = (Chat.start_at >= cutoff) & (Chat.status == "scheduled")
        upcoming = base.where(is_next).order_by(Chat.start_at.asc()).limit(limit)
        recent = base.where(~is_next).order_by(Chat.start_at.desc()).limit(limit)
        items: list[ChatListItem] = []
        for rows, is_upcoming in ((upcoming, True), (recent, False)):
            for chat in rows:
                contact = chat.contact
                items.append(
                    ChatListItem(
                        id=chat.id,
                        start_local=_local(chat.start_at),
                        contact_name=display_name(contact.first_name, contact.last_name),
                        organisation=self._org_name(contact),
                        status=chat.status,
                        upcoming=is_upcoming,
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
        return ChatHeader(
            chat_id=chat.id,
            contact_id=contact.id,
            start_local=_local(chat.start_at),
            length_min=int(chat.length_min),
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

    def save_rating(self, chat_id: int, rating: int | None) -> None:
        if rating is not None and not 1 <= rating <= 5:
            raise PrepError("A rating goes from 1 to 5.")
        Chat.update(rating=rating, updated_at=utcnow()).where(Chat.id == chat_id).execute()

    def save_checklist(self, chat_id: int, checklist: dict[str, bool]) -> None:
        text = json.dumps({str(k): bool(v) for k, v in checklist.items()}, sort_keys=True)
        Chat.update(checklist=text, updated_at=utcnow()).where(Chat.id == chat_id).execute()

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
        return int(question.id)

    def add_from_bank(self, chat_id: int, template_ids: Sequence[int]) -> list[int]:
        by_id = {t.id: t for t in QuestionTemplate.select().where(QuestionTemplate.id << list(template_ids))}
        added: list[int] = []
        with self.db.atomic():
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

    def set_asked(self, question_id: int, asked: bool) -> None:
        PrepQuestion.update(asked=bool(asked)).where(PrepQuestion.id == question_id).execute()

    def set_answer(self, question_id: int, notes: str) -> None:
        PrepQuestion.update(answer_notes=notes).where(PrepQuestion.id == question_id).execute()

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

    def _write_order(self, ids: Sequence[int]) -> None:
        for position, question_id in enumerate(ids):
            PrepQuestion.update(position=position).where(PrepQuestion.id == question_id).execute()

    def reorder_questions(self, chat_id: int, ids: Sequence[int]) -> None:
        """Put the questions in the given order (unknown ids ignored, missing ones appended)."""
        current = self._ids_in_order(chat_id)
        known = set(current)
        order = [i for i in dict.fromkeys(ids) if i in known]
        order += [i for i in current if i not in set(order)]
        with self.db.atomic():
            self._write_order(order)
            self._normalise_order(chat_id)

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

    # -- the question bank ---------------------------------------------------------
    def ensure_bank_seeded(self) -> int:
        """Fill the bank from resources/question_bank.json once; returns questions added."""
        if Setting.get_or_none(Setting.key == BANK_SEEDED_KEY) is not None:
            return 0
        families = parse_question_bank(read_text("question_bank.json"))
        added = 0
        with self.db.atomic():
            if QuestionTemplate.select().exists():
                Setting.replace(key=BANK_SEEDED_KEY, value="true").execute()
                return 0
            position = 0
            for family in families:
                for text in family.questions:
                    QuestionTemplate.create(
                        family=family.name, text=text, position=position, builtin=True
                    )
                    position += 1
                    added += 1
            Setting.replace(key=BANK_SEEDED_KEY, value="true").execute()
        return added

    def bank(self, include_retired: bool = True) -> list[BankFamily]:
        """Families in order, each with its questions in order."""
        self.ensure_bank_seeded()
        query = QuestionTemplate.select().order_by(QuestionTemplate.position, QuestionTemplate.id)
        if not include_retired:
            query = query.where(QuestionTemplate.retired == False)  # noqa: E712
        grouped: dict[str, list[BankQuestion]] = {}
        for t in query:
            grouped.setdefault(t.family, []).append(
                BankQuestion(
                    id=t.id,
                    family=t.family,
                    text=t.text,
                    position=t.position,
                    retired=bool(t.retired),
                    builtin=bool(t.builtin),
                )
            )
        return [BankFamily(name, tuple(qs)) for name, qs in grouped.items()]

    def _bank_order(self) -> list[tuple[str, list[int]]]:
        grouped: dict[str, list[int]] = {}
        for t in QuestionTemplate.select().order_by(QuestionTemplate.position, QuestionTemplate.id):
            grouped.setdefault(t.family, []).append(t.id)
        return list(grouped.items())

    def _write_bank_order(self, order: Iterable[tuple[str, list[int]]]) -> None:
        position = 0
        with self.db.atomic():
            for family, ids in order:
                for template_id in ids:
                    QuestionTemplate.update(position=position, family=family).where(
                        QuestionTemplate.id == template_id
                    ).execute()
                    position += 1

    def add_bank_question(self, family: str, text: str) -> int:
        family = " ".join(family.split())
        text = " ".join(text.split())
        if not family:
            raise PrepError("Give the family a name (for example 'A typical day').")
        if not text:
            raise PrepError("Type the question first, then add it.")
        self.ensure_bank_seeded()
        with self.db.atomic():
            template = QuestionTemplate.create(family=family, text=text, position=10**6)
            order = self._bank_order()
            names = [name for name, _ in order]
            if family in names:
                order = [
                    (name, [i for i in ids if i != template.id] + [template.id])
                    if name == family
                    else (name, ids)
                    for name, ids in order
                ]
            self._write_bank_order(order)
        return int(template.id)

    def edit_bank_question(self, template_id: int, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            raise PrepError("A question cannot be empty; retire it instead.")
        QuestionTemplate.update(text=text).where(QuestionTemplate.id == template_id).execute()

    def set_bank_retired(self, template_id: int, retired: bool) -> None:
        QuestionTemplate.update(retired=bool(retired)).where(
            QuestionTemplate.id == template_id
        ).execute()

    def move_bank_question(self, template_id: int, delta: int) -> bool:
        order = self._bank_order()
        for _name, ids in order:
            if template_id in ids:
                index = ids.index(template_id)
                target = index + delta
                if not 0 <= target < len(ids):
                    return False
                ids[index], ids[target] = ids[target], ids[index]
                self._write_bank_order(order)
                return True
        return False

    def reorder_bank_family(self, family: str, ids: Sequence[int]) -> None:
        order = self._bank_order()
        result = []
        for name, current in order:
            if name == family:
                chosen = [i for i in dict.fromkeys(ids) if i in set(current)]
                chosen += [i for i in current if i not in set(chosen)]
                current = chosen
            result.append((name, current))
        self._write_bank_order(result)

    def reorder_families(self, names: Sequence[str]) -> None:
        order = dict(self._bank_order())
        wanted = [n for n in dict.fromkeys(names) if n in order]
        wanted += [n for n in order if n not in set(wanted)]
        self._write_bank_order((n, order[n]) for n in wanted)

    def move_family(self, family: str, delta: int) -> bool:
        names = [n for n, _ in self._bank_order()]
        if family not in names:
            return False
        index = names.index(family)
        target = index + delta
        if not 0 <= target < len(names):
            return False
        names[index], names[target] = names[target], names[index]
        self.reorder_families(names)
        return True

    def rename_family(self, old: str, new: str) -> None:
        new = " ".join(new.split())
        if not new:
            raise PrepError("A family needs a name.")
        if new != old and QuestionTemplate.select().where(QuestionTemplate.family == new).exists():
            raise PrepError(f"There is already a family called '{new}'; pick another name.")
        QuestionTemplate.update(family=new).where(QuestionTemplate.family == old).execute()

    # -- call lifecycle --------------------------------------------------------------
    def start_call(self, chat_id: int, now: dt.datetime | None = None) -> None:
        """Record when the call really started (the first start only)."""
        chat = self._chat(chat_id)
        if chat.actual_start_at is None:
            Chat.update(actual_start_at=now or utcnow(), updated_at=utcnow()).where(
                Chat.id == chat_id
            ).execute()

    def end_call(self, chat_id: int, now: dt.datetime | None = None) -> None:
        """Record the end, mark the chat held and move the contact to 'Chat held'."""
        now = now or utcnow()
        chat = self._chat(chat_id)
        with self.db.atomic():
            Chat.update(
                actual_start_at=chat.actual_start_at or now,
                actual_end_at=now,
                status="held",
                updated_at=utcnow(),
            ).where(Chat.id == chat_id).execute()
            Contact.update(stage="held", last_contact_at=now, updated_at=utcnow()).where(
                Contact.id == chat.contact_id
            ).execute()

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
        now = now or utcnow()
        name = " ".join(name.split())
        if not name:
            raise PrepError("Type the name of the person they suggested.")
        chat = self._chat(chat_id)
        referrer = chat.contact
        referrer_name = display_name(referrer.first_name, referrer.last_name) or "they"
        first, _, last = name.partition(" ")
        with self.db.atomic():
            org = organisation_for(" ".join(organisation.split()))
            contact = Contact.create(
                first_name=first,
                last_name=last,
                organisation=org,
                how_found="Referral",
                referred_by=referrer,
                stage="identified",
                notes=note.strip(),
                lane=referrer.lane,
            )
            task = FollowUpTask.create(
                key=f"referral:contact:{contact.id}",
                contact=contact,
                chat=chat,
                kind="referral",
                title=f"Reach out to {name} \N{EM DASH} mention {referrer_name} referred you",
                detail=note.strip(),
                due_at=now + REFERRAL_DUE,
            )
        return CapturedItem(task.id, "referral", task.title, contact.id, False)

    def add_promise(
        self, chat_id: int, text: str, now: dt.datetime | None = None
    ) -> CapturedItem:
        """Something they promised to send: a reminder for the thank-you note."""
        now = now or utcnow()
        text = " ".join(text.split())
        if not text:
            raise PrepError("Type what they promised (for example 'the report on X').")
        chat = self._chat(chat_id)
        with self.db.atomic():
            n = 1 + FollowUpTask.select().where(
                FollowUpTask.chat == chat_id, FollowUpTask.kind == "resource"
            ).count()
            while FollowUpTask.select().where(
                FollowUpTask.key == f"resource:chat:{chat_id}:{n}"
            ).exists():
                n += 1
            title = f"Remind them: {text}"
            task = FollowUpTask.create(
                key=f"resource:chat:{chat_id}:{n}",
                contact=chat.contact_id,
                chat=chat,
                kind="resource",
                title=title[:250],
                detail=text,
                due_at=now + PROMISE_DUE,
            )
        return CapturedItem(task.id, "resource", task.title, chat.contact_id, False)

    def captured(self, chat_id: int) -> list[CapturedItem]:
        """Referral and promise tasks created for this chat, oldest first."""
        return [
            CapturedItem(t.id, t.kind, t.title, t.contact_id, t.dismissed_at is not None)
            for t in FollowUpTask.select()
            .where(FollowUpTask.chat == chat_id, FollowUpTask.kind << ["referral", "resource"])
            .order_by(FollowUpTask.id)
        ]

    def discard_capture(self, task_id: int, discard: bool = True) -> None:
        """Undo a capture from the wrap-up: dismiss the task (and hide a referral contact)."""
        task = FollowUpTask.get_or_none(FollowUpTask.id == task_id)
        if task is None:
            return
        stamp = utcnow() if discard else None
        with self.db.atomic():
            FollowUpTask.update(dismissed_at=stamp).where(FollowUpTask.id == task_id).execute()
            if task.kind == "referral":
                Contact.update(deleted_at=stamp).where(Contact.id == task.contact_id).execute()

    def set_hiring_authority(self, chat_id: int, value: bool) -> int:
        """Mark whether the person of this chat can hire; returns their contact id."""
        chat = self._chat(chat_id)
        Contact.update(hiring_authority=bool(value), updated_at=utcnow()).where(
            Contact.id == chat.contact_id
        ).execute()
        return int(chat.contact_id)

    # -- full-text search ------------------------------------------------------------
    def search_everything(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Chats whose notes, takeaways, research, pitch, goals or questions match."""
        match = fts_query(query)
        if not match:
            return []
        cursor = self.db.execute_sql(
            "SELECT s.chat_id, s.field, s.question_id, "
            "snippet(search_index, 0, char(2), char(3), '…', 14), "
            "c.first_name, c.last_name, ch.start_at "
            "FROM search_index s JOIN chat ch ON ch.id = s.chat_id "
            "JOIN contact c ON c.id = ch.contact_id "
            "WHERE search_index MATCH ? AND c.deleted_at IS NULL "
            "ORDER BY rank LIMIT ?",
            (match, int(limit)),
        )
        return [
            SearchHit(
                chat_id=int(chat_id),
                field=str(field_name),
                question_id=int(question_id) if question_id is not None else None,
                snippet=str(snippet).replace("\n", " "),
                contact_name=display_name(first, last),
                start_local=_local(start_at),
            )
            for chat_id, field_name, question_id, snippet, first, last, start_at in cursor
        ]

    def question_count(self) -> int:
        return int(QuestionTemplate.select(fn.COUNT(QuestionTemplate.id)).scalar() or 0)
