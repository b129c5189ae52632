"""Follow-up rules: thank-you window, 3/7 business-day outreach checks, updates.

The rules turn plain snapshots of chats and messages (filled in by the service
layer) into task suggestions with stable keys, so the service can store them
under a UNIQUE constraint and run the rules as often as it likes without a
task ever firing twice. "Now" is always an argument; nothing here reads the
clock.

Business days are Monday to Friday (plus optional holidays) counted in the
user's local zone, keeping the local wall-clock time across DST changes.
All results are aware datetimes in UTC. Titles and details are English source
strings; the UI translates them by task kind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from infointerview.domain.chats import CHAT_STATUSES, MESSAGE_KINDS
from infointerview.domain.i18n import date_words

__all__ = [
    "CHAT_STATUSES",
    "MESSAGE_KINDS",
    "SNOOZE_CHOICES",
    "TASK_KINDS",
    "ChatFacts",
    "FollowUpSettings",
    "OutreachFacts",
    "TaskSuggestion",
    "add_business_days",
    "business_days_between",
    "due_label",
    "held_at",
    "is_business_day",
    "is_overdue",
    "snooze_until",
    "suggest_tasks",
]

TASK_KINDS = ("thank_you", "second_person", "follow_up_once", "update")
SNOOZE_CHOICES = ("later_today", "tomorrow", "next_week", "next_business_day")

DEFAULT_CHAT_LENGTH = timedelta(minutes=30)
"""Assumed length of a chat whose end time was not recorded."""

SNOOZE_HOUR = time(9, 0)
"""Local wall-clock time that 'tomorrow', 'next week' etc. snooze to."""

_LATER_TODAY = timedelta(hours=3)


# --------------------------------------------------------------------------
# Business-day arithmetic
# --------------------------------------------------------------------------


def _require_aware(value: datetime, name: str) -> None:
    """Reject naive datetimes: converting them would read the system zone."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


def _to_utc(local_date: date, wall: time, tz: tzinfo) -> datetime:
    """Local date + wall-clock time in ``tz`` as an aware UTC datetime.

    Ambiguous times (DST fall-back) take the first occurrence; times in a DST
    gap are read with the pre-change offset, i.e. they land just after it.
    """
    local = datetime.combine(local_date, wall.replace(tzinfo=None, fold=0), tzinfo=tz)
    return local.astimezone(timezone.utc)


def is_business_day(day: date, holidays: frozenset[date] = frozenset()) -> bool:
    """True for Monday to Friday unless the date is a holiday."""
    return day.weekday() < 5 and day not in holidays


def _next_business_day(day: date, holidays: frozenset[date]) -> date:
    """The first business day strictly after ``day``."""
    day += timedelta(days=1)
    while not is_business_day(day, holidays):
        day += timedelta(days=1)
    return day


def _roll_forward(day: date, holidays: frozenset[date]) -> date:
    """``day`` itself if it is a business day, else the next business day."""
    return day if is_business_day(day, holidays) else _next_business_day(day, holidays)


def add_business_days(
    start: datetime,
    days: int,
    tz: tzinfo,
    holidays: frozenset[date] = frozenset(),
) -> datetime:
    """The same local wall-clock time ``days`` business days after ``start``.

    A start on a weekend or holiday is first moved to the next business day
    (same wall-clock time) and counting starts from there: Saturday + 3 is
    Thursday, and Saturday + 0 is Monday. That matches "no reply after three
    business days" for a message sent when nobody was reading. ``days`` must
    not be negative.
    """
    _require_aware(start, "start")
    if days < 0:
        raise ValueError("days must not be negative")
    local = start.astimezone(tz)
    day = _roll_forward(local.date(), holidays)
    for _ in range(days):
        day = _next_business_day(day, holidays)
    return _to_utc(day, local.time(), tz)


def _weekdays_up_to(day: date) -> int:
    """Number of Mondays-to-Fridays from 0001-01-01 (a Monday) to ``day``."""
    weeks, rest = divmod(day.toordinal(), 7)
    return weeks * 5 + min(rest, 5)


def _business_days_in(after: date, through: date, holidays: frozenset[date]) -> int:
    """Business days ``d`` with ``after < d <= through``."""
    if through <= after:
        return 0
    count = _weekdays_up_to(through) - _weekdays_up_to(after)
    count -= sum(1 for h in holidays if after < h <= through and h.weekday() < 5)
    return count


def business_days_between(
    start: datetime,
    end: datetime,
    tz: tzinfo,
    holidays: frozenset[date] = frozenset(),
) -> int:
    """Whole business days elapsed from ``start`` to ``end`` (negative if reversed).

    The inverse of :func:`add_business_days`: the largest ``n`` with
    ``add_business_days(start, n, tz) <= end``, so a Friday 09:00 message is
    3 business days old from Wednesday 09:00 onwards.
    """
    _require_aware(start, "start")
    _require_aware(end, "end")
    if end < start:
        return -business_days_between(end, start, tz, holidays)
    first = _roll_forward(start.astimezone(tz).date(), holidays)
    n = _business_days_in(first, end.astimezone(tz).date(), holidays)
    if n > 0 and add_business_days(start, n, tz, holidays) > end:
        n -= 1
    return n


# --------------------------------------------------------------------------
# Inputs and outputs
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpSettings:
    """The user's follow-up rhythm; defaults follow METHOD.md steps 3 and 9."""

    thank_you_hours: int = 48
    second_person_business_days: int = 3
    follow_up_business_days: int = 7
    update_after_days: int = 90

    def __post_init__(self) -> None:
        if self.thank_you_hours < 0:
            raise ValueError("thank_you_hours must not be negative")
        if self.second_person_business_days < 0 or self.follow_up_business_days < 0:
            raise ValueError("business-day delays must not be negative")
        if self.update_after_days < 1:
            raise ValueError("update_after_days must be at least 1")


@dataclass(frozen=True)
class ChatFacts:
    """What the rules need to know about one chat.

    ``status`` is one of :data:`CHAT_STATUSES`. ``last_contact_utc`` is the
    latest contact with the person (any direction, any channel), if known.
    """

    chat_id: int
    contact_id: int
    contact_name: str
    organisation_id: int | None
    status: str
    start_utc: datetime
    ended_utc: datetime | None
    thank_you_sent_utc: datetime | None
    last_contact_utc: datetime | None


@dataclass(frozen=True)
class OutreachFacts:
    """One logged message to a contact; ``kind`` is one of :data:`MESSAGE_KINDS`."""

    message_id: int
    contact_id: int
    contact_name: str
    organisation_id: int | None
    organisation_name: str
    kind: str
    sent_utc: datetime
    replied_utc: datetime | None


@dataclass(frozen=True)
class TaskSuggestion:
    """A reminder the app raises itself.

    ``key`` is stable for the same underlying fact, so storing it under a
    UNIQUE constraint makes every suggestion fire once however often the rules
    run. ``kind`` is one of :data:`TASK_KINDS`.
    """

    key: str
    kind: str
    contact_id: int
    chat_id: int | None
    due_utc: datetime
    title: str
    detail: str


# --------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------


def held_at(chat: ChatFacts) -> datetime:
    """When the chat ended: its recorded end, else start plus 30 minutes."""
    if chat.ended_utc is not None:
        return chat.ended_utc
    return chat.start_utc + DEFAULT_CHAT_LENGTH


def _local_date_text(value: datetime, tz: tzinfo) -> str:
    """The date in the local zone, in words ("25 July 2026")."""
    return date_words(value.astimezone(tz).date())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _thank_you_tasks(
    chats: Sequence[ChatFacts],
    outreach: Sequence[OutreachFacts],
    settings: FollowUpSettings,
) -> list[TaskSuggestion]:
    """A thank-you for every held chat that has not been thanked yet.

    A logged 'thank_you' message to the same contact sent after the chat
    started also counts as sent, in case the chat status lags behind.
    """
    tasks = []
    for chat in chats:
        if chat.status != "held" or chat.thank_you_sent_utc is not None:
            continue
        already_thanked = any(
            m.kind == "thank_you"
            and m.contact_id == chat.contact_id
            and m.sent_utc >= chat.start_utc
            for m in outreach
        )
        if already_thanked:
            continue
        hours = settings.thank_you_hours
        tasks.append(
            TaskSuggestion(
                key=f"thank_you:chat:{chat.chat_id}",
                kind="thank_you",
                contact_id=chat.contact_id,
                chat_id=chat.chat_id,
                due_utc=held_at(chat) + timedelta(hours=hours),
                title=f"Send a thank-you note to {chat.contact_name}",
                detail=(
                    f"Thank them within {_plural(hours, 'hour')} of the chat and "
                    "remind them of anything they promised to share "
                    "(contacts, resources)."
                ),
            )
        )
    return tasks


def _org_availability_text(
    org_id: int, org_name: str, other_contacts_at_org: Mapping[int, int] | None
) -> str:
    """Whether someone else at the organisation is already in the list."""
    if other_contacts_at_org is None:
        return f"Check whether you know someone else at {org_name}."
    others = other_contacts_at_org.get(org_id, 0)
    if others > 0:
        who = "contact" if others == 1 else "contacts"
        return f"You have {others} other {who} at {org_name} not yet contacted."
    return (
        f"Nobody else at {org_name} is in your list yet; look for a second "
        "person through alumni, associations or LinkedIn."
    )


def _outreach_tasks(
    now: datetime,
    tz: tzinfo,
    chats: Sequence[ChatFacts],
    outreach: Sequence[OutreachFacts],
    settings: FollowUpSettings,
    other_contacts_at_org: Mapping[int, int] | None,
) -> list[TaskSuggestion]:
    """The 3 and 7 business-day checks for unanswered outreach messages.

    A thread is closed by a reply, by any later message to the same contact
    (a follow-up, a new outreach which starts its own thread, ...), or by a
    chat with the contact starting at or after the message: a chat cannot be
    arranged without an answer. The second-person check is also dropped once
    someone else at the organisation has been messaged after this one.
    """
    tasks = []
    for msg in outreach:
        if msg.kind != "outreach" or msg.replied_utc is not None:
            continue
        order = (msg.sent_utc, msg.message_id)
        superseded = any(
            other.contact_id == msg.contact_id and (other.sent_utc, other.message_id) > order
            for other in outreach
        )
        replied_later = any(
            other.contact_id == msg.contact_id
            and other.replied_utc is not None
            and other.replied_utc >= msg.sent_utc
            for other in outreach
        )
        chat_arranged = any(
            chat.contact_id == msg.contact_id and chat.start_utc >= msg.sent_utc for chat in chats
        )
        if superseded or replied_later or chat_arranged:
            continue
        sent_text = _local_date_text(msg.sent_utc, tz)

        if msg.organisation_id is not None:
            days = settings.second_person_business_days
            due = add_business_days(msg.sent_utc, days, tz)
            org_name = msg.organisation_name.strip() or "their organisation"
            second_contacted = any(
                other.organisation_id == msg.organisation_id
                and other.contact_id != msg.contact_id
                and (other.sent_utc, other.message_id) > order
                for other in outreach
            )
            if now >= due and not second_contacted:
                tasks.append(
                    TaskSuggestion(
                        key=f"second_person:msg:{msg.message_id}",
                        kind="second_person",
                        contact_id=msg.contact_id,
                        chat_id=None,
                        due_utc=due,
                        title=f"Try a second person at {org_name}",
                        detail=(
                            f"No reply from {msg.contact_name} "
                            f"{_plural(days, 'business day')} after your message "
                            f"of {sent_text}. "
                            + _org_availability_text(
                                msg.organisation_id, org_name, other_contacts_at_org
                            )
                        ),
                    )
                )

        days = settings.follow_up_business_days
        due = add_business_days(msg.sent_utc, days, tz)
        if now >= due:
            tasks.append(
                TaskSuggestion(
                    key=f"follow_up_once:msg:{msg.message_id}",
                    kind="follow_up_once",
                    contact_id=msg.contact_id,
                    chat_id=None,
                    due_utc=due,
                    title=f"Follow up once with {msg.contact_name}",
                    detail=(
                        f"No reply {_plural(days, 'business day')} after your "
                        f"message of {sent_text}. Send one short, polite "
                        "follow-up; if there is still no answer, let it rest."
                    ),
                )
            )
    return tasks


def _update_tasks(
    now: datetime,
    tz: tzinfo,
    chats: Sequence[ChatFacts],
    outreach: Sequence[OutreachFacts],
    settings: FollowUpSettings,
) -> list[TaskSuggestion]:
    """Periodic keep-in-touch updates, one stream per contact.

    Only the contact's latest held or thanked chat is used. The last touch is
    the latest of: the chat's end, ``last_contact_utc``, the thank-you, and
    any logged message or reply after the chat. An update is due ``update_after_days``
    after it; if that passes with no new contact, another one is due every
    period after. The cycle in the key counts whole periods since the chat,
    so it only ever grows and each cycle fires once.
    """
    latest: dict[int, ChatFacts] = {}
    for chat in chats:
        if chat.status not in ("held", "thanked"):
            continue
        best = latest.get(chat.contact_id)
        if best is None or (chat.start_utc, chat.chat_id) > (best.start_utc, best.chat_id):
            latest[chat.contact_id] = chat

    period = timedelta(days=settings.update_after_days)
    tasks = []
    for chat in latest.values():
        base = held_at(chat)
        touches = [base]
        for known in (chat.last_contact_utc, chat.thank_you_sent_utc):
            if known is not None:
                touches.append(known)
        for msg in outreach:
            if msg.contact_id != chat.contact_id:
                continue
            touches.extend(t for t in (msg.sent_utc, msg.replied_utc) if t is not None)
        last_touch = max(t for t in touches if t >= base)
        periods_missed = max(1, (now - last_touch) // period)
        due = last_touch + periods_missed * period
        if now < due:
            continue
        cycle = (due - base) // period
        tasks.append(
            TaskSuggestion(
                key=f"update:chat:{chat.chat_id}:{cycle}",
                kind="update",
                contact_id=chat.contact_id,
                chat_id=chat.chat_id,
                due_utc=due,
                title=f"Send {chat.contact_name} an update",
                detail=(
                    f"Last contact {_local_date_text(last_touch, tz)}. A short note "
                    "on what you did with their advice keeps the connection alive "
                    "and may surface unposted openings."
                ),
            )
        )
    return tasks


def suggest_tasks(
    now: datetime,
    tz: tzinfo,
    chats: Sequence[ChatFacts],
    outreach: Sequence[OutreachFacts],
    settings: FollowUpSettings,
    other_contacts_at_org: Mapping[int, int] | None = None,
) -> list[TaskSuggestion]:
    """All follow-up tasks the rules raise at ``now``, sorted by due time.

    Thank-you notes are suggested from the moment a chat is held (their due
    time may still be ahead); the 3/7 business-day checks and updates only
    once they are due. ``other_contacts_at_org`` maps an organisation id to the
    number of not-yet-contacted contacts there; pass None if unknown.
    """
    _require_aware(now, "now")
    tasks = _thank_you_tasks(chats, outreach, settings)
    tasks += _outreach_tasks(now, tz, chats, outreach, settings, other_contacts_at_org)
    tasks += _update_tasks(now, tz, chats, outreach, settings)
    tasks.sort(key=lambda t: (t.due_utc, t.key))
    return tasks


# --------------------------------------------------------------------------
# Presentation helpers
# --------------------------------------------------------------------------


def is_overdue(task_due: datetime, now: datetime) -> bool:
    """True once the due time has passed."""
    return now > task_due


def due_label(due: datetime, now: datetime, tz: tzinfo) -> str:
    """Short text such as "due tomorrow" or "overdue by 5 hours".

    Overdue amounts are elapsed time (minutes, hours, then whole days);
    future ones are local calendar days, so 23:00 tomorrow is "due tomorrow".
    """
    _require_aware(due, "due")
    _require_aware(now, "now")
    late = now - due
    if late >= timedelta(minutes=1):
        if late < timedelta(hours=1):
            return f"overdue by {_plural(late // timedelta(minutes=1), 'minute')}"
        if late < timedelta(days=1):
            return f"overdue by {_plural(late // timedelta(hours=1), 'hour')}"
        return f"overdue by {_plural(late.days, 'day')}"
    if late >= timedelta(0):
        return "due now"
    days = (due.astimezone(tz).date() - now.astimezone(tz).date()).days
    if days <= 0:
        return "due today"
    if days == 1:
        return "due tomorrow"
    return f"due in {days} days"


def snooze_until(
    now: datetime,
    tz: tzinfo,
    choice: str,
    holidays: frozenset[date] = frozenset(),
) -> datetime:
    """When a snoozed task comes back, in UTC; ``choice`` is in :data:`SNOOZE_CHOICES`.

    'later_today' is three hours from now; the others are 09:00 local on the
    next day, the next Monday (a week ahead if today is Monday) or the next
    business day.
    """
    _require_aware(now, "now")
    today = now.astimezone(tz).date()
    if choice == "later_today":
        return (now + _LATER_TODAY).astimezone(timezone.utc)
    if choice == "tomorrow":
        day = today + timedelta(days=1)
    elif choice == "next_week":
        day = today + timedelta(days=7 - today.weekday())
    elif choice == "next_business_day":
        day = _next_business_day(today, holidays)
    else:
        raise ValueError(f"unknown snooze choice: {choice!r}")
    return _to_utc(day, SNOOZE_HOUR, tz)
