"""Chat and outreach use cases: schedule, reschedule, cancel, status, the message log.

Times cross this module's boundary in two forms: the user's local wall-clock
time (what the dialogs show, naive) and naive UTC (what the database stores).
The local zone is injectable so tests can pin one with DST changes.

After every write the contact's stage and "last contact" are derived again
from the message log and the chats (:meth:`ChatService.recompute_contact`);
the status machine and the stage rule live in :mod:`infointerview.domain.chats`.

Over 600 lines, for now: every write here (schedule, reschedule, status, the
message log) must recompute the contact and announce one change in the same
transaction. The next split is the read side (the chat rows, the calendar's
period, ``between``/``upcoming``/``overlaps``) into a query module, as the
calendar's facts already are (:mod:`infointerview.services.calendar_facts`).
"""

from __future__ import annotations

import calendar
import time as _time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from peewee import JOIN, SqliteDatabase

from infointerview.domain.chats import (
    ACTIVE_STATUSES,
    CHANNELS,
    MODES,
    TRAVEL_MODES,
    ChatFact,
    MessageFact,
    derive_stage,
    effective_span,
    transition_error,
)
from infointerview.domain.contacts import display_name
from infointerview.services.calendar_facts import CalendarChat
from infointerview.services.events import Change, ChangeBus
from infointerview.services.settings import SettingsService
from infointerview.store.models import (
    Chat,
    Contact,
    Organisation,
    OutreachMessage,
    PrepQuestion,
    new_uid,
    utcnow,
)

__all__ = [
    "CHANNELS",
    "MODES",
    "CalendarChat",
    "ChatDraft",
    "ChatError",
    "ChatRow",
    "ChatService",
    "ChatValidationFailed",
    "LocalZone",
    "PrepStatus",
    "chat_span",
]

MAX_LENGTH_MIN = 8 * 60
FIELD_MAX = 500
NOTE_MAX = 10_000

class LocalZone(tzinfo):
    """The system's local zone, DST included, as a tzinfo (what Qt shows too).

    ``datetime.now().astimezone().tzinfo`` is a fixed offset and would be wrong
    on the other side of a DST change; this asks the C library every time.
    """

    @staticmethod
    def _local(dt: datetime) -> _time.struct_time:
        stamp = _time.mktime(
            (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.weekday(), 0, -1)
        )
        return _time.localtime(stamp)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=-_time.timezone)
        return timedelta(seconds=self._local(dt).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(0)
        return timedelta(hours=1) if self._local(dt).tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        if dt is None:
            return _time.tzname[0]
        return str(self._local(dt).tm_zone)

    def fromutc(self, dt: datetime) -> datetime:
        stamp = calendar.timegm(dt.replace(tzinfo=None).timetuple())
        return dt + timedelta(seconds=_time.localtime(stamp).tm_gmtoff)

    def __repr__(self) -> str:
        return "LocalZone()"


class ChatError(ValueError):
    """Something the user asked for cannot happen; the message says why and what to do."""


class ChatValidationFailed(ValueError):
    """The draft has errors; ``errors`` maps field name to a sentence."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True)
class ChatDraft:
    """What the schedule dialog edits; ``start_local`` is naive local wall-clock time."""

    contact_id: int | None
    start_local: datetime
    length_min: int = 30
    mode: str = "video"
    place: str = ""
    travel_note: str = ""


@dataclass(frozen=True)
class ChatRow:
    """One chat as lists, the calendar and Today show it. Times are naive UTC.

    ``start_utc`` and :attr:`end_utc` are when the chat takes up time by
    :func:`~infointerview.domain.chats.effective_span`: the plan until it is
    held, then when it really began and ended (a chat held early is shown,
    exported and clash-checked at its actual time). ``planned_start_utc`` is
    the plan either way; ``length_min`` the planned length.
    """

    id: int
    contact_id: int
    contact_name: str
    organisation: str
    job_title: str
    lane: str
    start_utc: datetime
    length_min: int
    mode: str
    place: str
    travel_note: str
    status: str
    uid: str = ""
    ended_utc: datetime | None = None
    planned_start_utc: datetime | None = None

    @property
    def end_utc(self) -> datetime:
        if self.ended_utc is not None:
            return self.ended_utc
        return self.start_utc + timedelta(minutes=self.length_min)

    @property
    def span_min(self) -> int:
        """How long it takes (took, once held) in whole minutes."""
        return max(1, round((self.end_utc - self.start_utc).total_seconds() / 60))

    def start_local(self, tz: tzinfo) -> datetime:
        return self.start_utc.replace(tzinfo=timezone.utc).astimezone(tz)

    def end_local(self, tz: tzinfo) -> datetime:
        return self.end_utc.replace(tzinfo=timezone.utc).astimezone(tz)

    @property
    def who(self) -> str:
        """"Name (Organisation)" or just the name."""
        if self.organisation:
            return f"{self.contact_name} ({self.organisation})"
        return self.contact_name


@dataclass(frozen=True)
class PrepStatus:
    """How ready the user is for a chat."""

    pitch_written: bool
    questions: int
    closed_questions: int


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def naive_utc(value: datetime) -> datetime:
    """Naive UTC, from a naive (taken as UTC) or an aware value."""
    if value.tzinfo is None:
        return value
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def _chat_query():  # type: ignore[no-untyped-def]
    return (
        Chat.select(Chat, Contact, Organisation)
        .join(Contact)
        .join(Organisation, JOIN.LEFT_OUTER)
        .where(Contact.deleted_at.is_null())
    )


def chat_span(chat: Chat) -> tuple[datetime, datetime]:
    """A stored chat's (start, end) in naive UTC by :func:`effective_span`."""
    return effective_span(
        chat.status, chat.start_at, int(chat.length_min), chat.actual_start_at, chat.actual_end_at
    )


def _row(chat: Chat) -> ChatRow:
    contact = chat.contact
    org = contact.organisation
    start, end = chat_span(chat)
    return ChatRow(
        id=int(chat.id),
        contact_id=int(contact.id),
        contact_name=display_name(contact.first_name, contact.last_name) or "(no name)",
        organisation=org.name if org is not None else "",
        job_title=contact.job_title,
        lane=contact.lane,
        start_utc=start,
        length_min=int(chat.length_min),
        mode=chat.mode,
        place=chat.place,
        travel_note=chat.travel_note,
        status=chat.status,
        uid=chat.uid or "",
        ended_utc=end,
        planned_start_utc=chat.start_at,
    )


class ChatService:
    """Scheduling, status changes, listings and the contact's derived stage."""

    def __init__(
        self,
        db: SqliteDatabase,
        settings: SettingsService,
        bus: ChangeBus,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.settings = settings
        self.bus = bus
        self.tz: tzinfo = tz or LocalZone()
        self.clock = clock

    # -- time --------------------------------------------------------------------
    def now(self) -> datetime:
        """Naive UTC now (from the injected clock)."""
        return naive_utc(self.clock())

    def to_utc(self, local: datetime) -> datetime:
        """Naive local wall-clock time to naive UTC."""
        return local.replace(tzinfo=self.tz).astimezone(timezone.utc).replace(tzinfo=None)

    def to_local(self, utc: datetime) -> datetime:
        """Naive UTC to naive local wall-clock time."""
        return _aware(utc).astimezone(self.tz).replace(tzinfo=None)

    # -- reading ------------------------------------------------------------------
    def get(self, chat_id: int) -> ChatRow:
        chat = _chat_query().where(Chat.id == chat_id).first()
        if chat is None:
            raise ChatError("That chat no longer exists; it may have been deleted.")
        return _row(chat)

    def span(self, chat_id: int) -> tuple[datetime, datetime]:
        """When the chat takes up time, naive UTC (start, end): the actual times once held.

        The accessor for views that place a chat (the calendar); :meth:`between`
        and :meth:`get` rows carry the same span as ``start_utc``/``end_utc``.
        """
        row = self.get(chat_id)
        return row.start_utc, row.end_utc

    def draft(self, chat_id: int) -> ChatDraft:
        """The chat as the schedule dialog edits it (local time, the plan)."""
        row = self.get(chat_id)
        return ChatDraft(
            contact_id=row.contact_id,
            start_local=self.to_local(row.planned_start_utc or row.start_utc),
            length_min=row.length_min,
            mode=row.mode,
            place=row.place,
            travel_note=row.travel_note,
        )

    def new_draft(self, contact_id: int | None = None, start_local: datetime | None = None) -> ChatDraft:
        """A fresh draft: the next whole hour tomorrow at 10:00 unless given, default length."""
        if start_local is None:
            tomorrow = self.to_local(self.now()).date() + timedelta(days=1)
            start_local = datetime.combine(tomorrow, datetime.min.time()).replace(hour=10)
        return ChatDraft(
            contact_id=contact_id,
            start_local=start_local,
            length_min=self.settings.chat_length_min(),
        )

    def between(
        self, start_utc: datetime, end_utc: datetime, statuses: Sequence[str] = ACTIVE_STATUSES
    ) -> list[ChatRow]:
        """Chats starting in [start_utc, end_utc), by start time (for the calendar).

        A held chat starts when it really began (:func:`effective_span`).
        """
        start, end = naive_utc(start_utc), naive_utc(end_utc)
        planned = (Chat.start_at >= start) & (Chat.start_at < end)
        actual = (Chat.actual_start_at >= start) & (Chat.actual_start_at < end)
        query = _chat_query().where((planned | actual) & Chat.status.in_(list(statuses)))
        rows = [r for r in map(_row, query) if start <= r.start_utc < end]
        return sorted(rows, key=lambda r: (r.start_utc, r.id))

    def calendar_chats(self, start_utc: datetime, end_utc: datetime) -> list[CalendarChat]:
        """Every chat placed (``effective_span``) within [start_utc, end_utc), by placed start.

        Plain tuples, not models: a month of a busy year reads in a few milliseconds.
        """
        start, end = naive_utc(start_utc), naive_utc(end_utc)
        early = start - timedelta(minutes=MAX_LENGTH_MIN)
        query = (
            Chat.select(
                Chat.id, Contact.id, Contact.first_name, Contact.last_name, Organisation.name,
                Chat.start_at, Chat.length_min, Chat.actual_start_at, Chat.actual_end_at,
                Chat.mode, Chat.place, Chat.status,
            )
            .join(Contact)
            .join(Organisation, JOIN.LEFT_OUTER)
            .where(
                Contact.deleted_at.is_null()
                & (
                    ((Chat.start_at >= early) & (Chat.start_at < end))
                    | ((Chat.actual_start_at >= early) & (Chat.actual_start_at < end))
                )
            )
            .tuples()
        )
        facts = []
        rows: Iterable[Any] = query
        for (chat_id, contact_id, first, last, org, start_at, length, actual_start, actual_end,
             mode, place, status) in rows:
            begins, ends = effective_span(status, start_at, int(length), actual_start, actual_end)
            if begins < end and (ends > start or begins >= start):
                facts.append(CalendarChat(
                    int(chat_id), int(contact_id), display_name(first, last) or "(no name)",
                    org or "", begins, ends, mode, place, status,
                ))
        return sorted(facts, key=lambda f: (f.start_utc, f.id))

    def upcoming(self, days: int = 7, now: datetime | None = None) -> list[ChatRow]:
        """Scheduled chats from the start of today (local) through ``days`` more days."""
        now_utc = naive_utc(now) if now is not None else self.now()
        today = self.to_local(now_utc).date()
        start = self.to_utc(datetime.combine(today, datetime.min.time()))
        end = self.to_utc(datetime.combine(today + timedelta(days=days + 1), datetime.min.time()))
        return self.between(start, end, ("scheduled",))

    def all_upcoming(self, now: datetime | None = None) -> list[ChatRow]:
        """Every scheduled chat that has not ended yet (for the .ics export)."""
        now_utc = naive_utc(now) if now is not None else self.now()
        query = _chat_query().where(
            (Chat.status == "scheduled") & (Chat.start_at >= now_utc - timedelta(hours=8))
        )
        return [r for r in (_row(c) for c in query.order_by(Chat.start_at)) if r.end_utc > now_utc]

    def recent(self, limit: int = 10, now: datetime | None = None) -> list[ChatRow]:
        """Chats that started before now (held ones when they really began), newest first."""
        now_utc = naive_utc(now) if now is not None else self.now()
        query = _chat_query().where((Chat.start_at < now_utc) | (Chat.actual_start_at < now_utc))
        rows = [r for r in map(_row, query) if r.start_utc < now_utc]
        return sorted(rows, key=lambda r: (r.start_utc, r.id), reverse=True)[:limit]

    def prep_status(self, chat_ids: Iterable[int]) -> dict[int, PrepStatus]:
        """Pitch written, number of questions and how many read as closed (yes/no)."""
        ids = list(chat_ids)
        if not ids:
            return {}
        pitches = {
            int(c.id): bool(c.pitch.strip())
            for c in Chat.select(Chat.id, Chat.pitch).where(Chat.id.in_(ids))
        }
        from infointerview.domain.closed_questions import check_question  # compiles on import

        counts: dict[int, list[int]] = {i: [0, 0] for i in ids}
        for q in PrepQuestion.select(PrepQuestion.chat, PrepQuestion.text).where(
            PrepQuestion.chat.in_(ids)
        ):
            entry = counts[int(q.chat_id)]
            entry[0] += 1
            if check_question(q.text).is_closed:
                entry[1] += 1
        return {
            i: PrepStatus(pitches.get(i, False), counts[i][0], counts[i][1])
            for i in ids
            if i in pitches
        }

    def overlaps(
        self, start_utc: datetime, length_min: int, exclude_chat_id: int | None = None
    ) -> list[ChatRow]:
        """Scheduled and held chats whose time overlaps [start, start + length).

        A held chat takes up the time it really took (:func:`effective_span`),
        so the slot it was planned for is free again if it was held earlier.
        """
        start = naive_utc(start_utc)
        end = start + timedelta(minutes=length_min)
        earliest = start - timedelta(minutes=MAX_LENGTH_MIN)
        planned = (Chat.start_at < end) & (Chat.start_at >= earliest)
        actual = (Chat.actual_start_at < end) & (Chat.actual_start_at >= earliest)
        query = _chat_query().where(
            Chat.status.in_(list(ACTIVE_STATUSES)) & (planned | actual)
        )
        if exclude_chat_id is not None:
            query = query.where(Chat.id != exclude_chat_id)
        rows = [r for r in map(_row, query) if r.start_utc < end and r.end_utc > start]
        return sorted(rows, key=lambda r: (r.start_utc, r.id))

    # -- checking -----------------------------------------------------------------
    def check(self, draft: ChatDraft) -> ChatDraft:
        """The cleaned draft, or :class:`ChatValidationFailed` saying what to fix."""
        errors: dict[str, str] = {}
        if draft.contact_id is None:
            errors["contact_id"] = "Pick who the chat is with."
        elif not Contact.select().where(
            (Contact.id == draft.contact_id) & Contact.deleted_at.is_null()
        ).exists():
            errors["contact_id"] = "That contact no longer exists; pick another."
        if not 5 <= draft.length_min <= MAX_LENGTH_MIN:
            errors["length_min"] = "A chat lasts between 5 minutes and 8 hours."
        if draft.mode not in MODES:
            errors["mode"] = "Pick phone, video, in person or coffee."
        place = draft.place.strip()
        if len(place) > FIELD_MAX:
            errors["place"] = f"Keep the place or link under {FIELD_MAX} characters."
        note = draft.travel_note.strip()
        if len(note) > NOTE_MAX:
            errors["travel_note"] = f"Keep the travel note under {NOTE_MAX:,} characters."
        if errors:
            raise ChatValidationFailed(errors)
        return ChatDraft(
            contact_id=draft.contact_id,
            start_local=draft.start_local.replace(second=0, microsecond=0),
            length_min=draft.length_min,
            mode=draft.mode,
            place=place,
            travel_note=note if draft.mode in TRAVEL_MODES else "",
        )

    def overlaps_for(self, draft: ChatDraft, exclude_chat_id: int | None = None) -> list[ChatRow]:
        """Overlapping chats for a draft (the dialog warns; the user may go ahead)."""
        return self.overlaps(self.to_utc(draft.start_local), draft.length_min, exclude_chat_id)

    # -- writing ------------------------------------------------------------------
    def schedule(
        self,
        draft: ChatDraft,
        *,
        uid: str | None = None,
        invitation: tuple[int, datetime | None] | None = None,
    ) -> int:
        """Create a scheduled chat; returns its id.

        It gets a new random UID unless ``uid`` gives one (an imported
        invitation's); ``invitation`` is that invitation's (SEQUENCE, stamp).
        The pitch starts as the profile's (the welcome wizard's), a copy the
        chat's prep page then tailors without changing the profile.
        """
        clean = self.check(draft)
        assert clean.contact_id is not None
        extra: dict[str, object] = {
            "uid": uid or new_uid(), "pitch": self.settings.profile()["pitch"].strip(),
        }
        if invitation is not None:
            extra.update(invite_sequence=invitation[0], invite_stamp=invitation[1])
        with self.bus.batch(), self.db.atomic():
            chat = Chat.create(**self._values(clean), **extra, created_at=self.now())
            self.recompute_contact(clean.contact_id)
            self.bus.announce(Change.of(chats=[chat.id], contacts=[clean.contact_id]))
        return int(chat.id)

    def _values(self, clean: ChatDraft) -> dict[str, object]:
        """The columns a checked draft sets, for a new or a rescheduled chat."""
        return {
            "contact": clean.contact_id,
            "start_at": self.to_utc(clean.start_local),
            "length_min": clean.length_min,
            "mode": clean.mode,
            "place": clean.place,
            "travel_note": clean.travel_note,
            "status": "scheduled",
            "updated_at": self.now(),
        }

    def find_by_uid(self, uid: str) -> int | None:
        """The chat with this UID (its own or the invitation's it came from), or None."""
        chat = Chat.get_or_none(Chat.uid == uid)
        return int(chat.id) if chat is not None else None

    def invitation_version(self, chat_id: int) -> tuple[int, datetime | None] | None:
        """The imported invitation's (SEQUENCE, stamp) the chat follows, or None."""
        chat = self._chat(chat_id)
        if chat.invite_sequence is None:
            return None
        return int(chat.invite_sequence), chat.invite_stamp

    def reschedule(
        self,
        chat_id: int,
        draft: ChatDraft,
        *,
        invitation: tuple[int, datetime | None] | None = None,
    ) -> None:
        """Change time, length, mode or place; a cancelled or no-show chat is scheduled again.

        ``invitation`` records the version of the imported invitation that moved it.
        """
        chat = self._chat(chat_id)
        if chat.status in ("held", "thanked"):
            raise ChatError(
                "This chat has already been held, so it cannot be moved. "
                "Schedule a new chat instead."
            )
        clean = self.check(draft)
        assert clean.contact_id is not None
        old_contact = int(chat.contact_id)
        values = self._values(clean)
        if invitation is not None:
            values.update(invite_sequence=invitation[0], invite_stamp=invitation[1])
        with self.bus.batch(), self.db.atomic():
            Chat.update(**values).where(Chat.id == chat_id).execute()
            self.recompute_contact(clean.contact_id)
            if old_contact != clean.contact_id:
                self.recompute_contact(old_contact)
            self.bus.announce(
                Change.of(chats=[chat_id], contacts={clean.contact_id, old_contact})
            )

    def set_status(
        self,
        chat_id: int,
        status: str,
        when: datetime | None = None,
        started: datetime | None = None,
    ) -> None:
        """Move a chat along the status machine; :class:`ChatError` if not allowed.

        For ``held``, ``when`` is when the chat ended and ``started`` when it
        began (the call window records both); unknown ones are taken from the
        plan, never later than now.
        """
        chat = self._chat(chat_id)
        current = chat.status
        problem = transition_error(current, status)
        if problem is not None:
            raise ChatError(problem)
        if status == current:
            return
        values: dict[str, object] = {"status": status, "updated_at": self.now()}
        if status == "held":
            began = chat.actual_start_at or (naive_utc(started) if started else None)
            end = naive_utc(when) if when is not None else chat.actual_end_at
            if end is None:
                planned_end = (began or chat.start_at) + timedelta(minutes=int(chat.length_min))
                end = max(min(self.now(), planned_end), began or chat.start_at)
            values["actual_end_at"] = end
            values["actual_start_at"] = min(began or chat.start_at, end)
        with self.bus.batch(), self.db.atomic():
            Chat.update(**values).where(Chat.id == chat_id).execute()
            self.recompute_contact(int(chat.contact_id))
            self.bus.announce(Change.of(chats=[chat_id], contacts=[chat.contact_id]))

    def undo_status(self, chat_id: int, status: str) -> None:
        """Put back a status an undo recorded (the one way back along the machine)."""
        chat = self._chat(chat_id)
        with self.bus.batch(), self.db.atomic():
            Chat.update(status=status, updated_at=self.now()).where(Chat.id == chat_id).execute()
            self.recompute_contact(int(chat.contact_id))
            self.bus.announce(Change.of(chats=[chat_id], contacts=[chat.contact_id]))

    def record_start(self, chat_id: int, when: datetime) -> None:
        """The call began at ``when`` (the first start counts; later ones change nothing)."""
        chat = self._chat(chat_id)
        if chat.status in ("cancelled", "no_show"):
            raise ChatError(transition_error(chat.status, "held") or "")
        if chat.actual_start_at is not None:
            return
        with self.bus.batch(), self.db.atomic():
            Chat.update(actual_start_at=naive_utc(when), updated_at=self.now()).where(
                Chat.id == chat_id
            ).execute()
            self.bus.announce(Change.of(chats=[chat_id], contacts=[chat.contact_id]))

    def cancel(
        self, chat_id: int, *, invitation: tuple[int, datetime | None] | None = None
    ) -> None:
        """Cancel the chat; ``invitation`` records the cancelling invitation's version."""
        self.set_status(chat_id, "cancelled")
        if invitation is not None:
            Chat.update(invite_sequence=invitation[0], invite_stamp=invitation[1]).where(
                Chat.id == chat_id
            ).execute()

    def mark_held(self, chat_id: int, ended_at: datetime | None = None) -> None:
        self.set_status(chat_id, "held", ended_at)

    def mark_no_show(self, chat_id: int) -> None:
        self.set_status(chat_id, "no_show")

    def mark_thanked(self, chat_id: int) -> None:
        self.set_status(chat_id, "thanked")

    def _chat(self, chat_id: int) -> Chat:
        chat = Chat.get_or_none(Chat.id == chat_id)
        if chat is None:
            raise ChatError("That chat no longer exists; it may have been deleted.")
        return chat

    # -- the contact's derived stage ----------------------------------------------
    def recompute_contact(self, contact_id: int) -> None:
        """Store the stage and last contact :func:`derive_stage` gives for this contact.

        With no messages or chats at all, the stage the user chose is kept.
        """
        if not Contact.select().where(Contact.id == contact_id).exists():
            return
        chats = [
            ChatFact(c.status, c.start_at, int(c.length_min), c.actual_start_at, c.actual_end_at)
            for c in Chat.select().where(Chat.contact == contact_id)
        ]
        messages = [
            MessageFact(m.kind, m.sent_at, m.replied_at)
            for m in OutreachMessage.select().where(OutreachMessage.contact == contact_id)
        ]
        result = derive_stage(chats, messages, self.now())
        values: dict[str, object] = {"last_contact_at": result.last_contact_utc}
        if result.stage is not None:
            values["stage"] = result.stage
        Contact.update(**values).where(Contact.id == contact_id).execute()
