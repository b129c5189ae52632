"""Load the sample data set: a lived-in year of informational interviews.

The people, chats, messages and texts live in ``resources/sample_data.json``
(read by keys; its ``about`` field describes the shape). This module only
places them in time and writes them through the app's own services, as if
Alex had used the app all year: contacts through ``ContactService``, chats
through ``ChatService`` and ``PrepService``, messages and replies through
``OutreachService``, referrals and promises captured during chats as the call
window captures them. The follow-up tasks (thank-you due, the 3/7
business-day checks, periodic updates) are then raised by
``FollowUpService.refresh``: the app's own rules, not a copy of them.

Every date is relative to ``now`` so the data always looks current, chats
start in local working hours on weekdays, and the only randomness is a
``random.Random(2026)``: the same ``now`` and zone always give the same rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any

from infointerview.domain.contacts import ContactDraft
from infointerview.resources import read_text
from infointerview.services.chats import ChatDraft
from infointerview.services.settings import PROFILE

if TYPE_CHECKING:
    from infointerview.services.session import Session

__all__ = ["DemoRefused", "DemoSummary", "load_demo", "read_sample_data"]

RESOURCE = "sample_data.json"
WORK_START = time(9, 30)
LAST_START = time(16, 30)
"""Chats start on weekdays between these local times (so they end by 17:00)."""

Record = dict[str, Any]
"""One object of the resource (a contact, a chat, a message...), read by key."""


class DemoRefused(Exception):
    """The database already holds contacts; loading is refused unless forced."""

    def __init__(self, existing: int) -> None:
        noun = "contact" if existing == 1 else "contacts"
        super().__init__(
            f"There are already {existing} {noun} in this database; the sample data was "
            "not loaded. Use --force to add it anyway."
        )
        self.existing = existing


@dataclass(frozen=True)
class DemoSummary:
    """What was written. ``organisations`` counts those used (created or reused)."""

    contacts: int
    organisations: int
    chats: int
    upcoming_chats: int
    messages: int
    tasks: int


def read_sample_data() -> Record:
    """The sample data set as stored in ``resources/sample_data.json``."""
    data: Record = json.loads(read_text(RESOURCE))
    return data


# --------------------------------------------------------------------------
# Time: local working hours in ``tz``; every value here is aware UTC
# --------------------------------------------------------------------------


def _as_utc(now: datetime) -> datetime:
    """An aware UTC 'now'; a naive value is read as UTC like every stored time."""
    if now.tzinfo is None or now.utcoffset() is None:
        return now.replace(tzinfo=timezone.utc)
    return now.astimezone(timezone.utc)


def _naive(value: datetime) -> datetime:
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def _at(day: date, clock: time, tz: tzinfo) -> datetime:
    """Local wall-clock time on ``day`` as an aware UTC datetime."""
    return datetime.combine(day, clock, tzinfo=tz).astimezone(timezone.utc)


def _weekday_back(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _weekday_forward(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _slot_at_or_before(moment: datetime, tz: tzinfo) -> datetime:
    """The latest half-hour chat slot in local working hours not after ``moment``."""
    local = moment.astimezone(tz)
    day, clock = local.date(), local.time()
    if day.weekday() < 5 and clock >= WORK_START:
        slot = LAST_START if clock >= LAST_START else time(clock.hour, clock.minute // 30 * 30)
        return _at(day, slot, tz)
    return _at(_weekday_back(day - timedelta(days=1)), LAST_START, tz)


def _later_today(now: datetime, tz: tzinfo) -> datetime:
    """A slot at least two hours ahead today, else 09:30 on the next weekday."""
    local = now.astimezone(tz)
    day = local.date()
    soon = local.replace(tzinfo=None) + timedelta(hours=2)
    if day.weekday() < 5 and soon.date() == day:
        minutes = soon.hour * 60 + soon.minute + (1 if soon.second or soon.microsecond else 0)
        minutes = max(-(-minutes // 30) * 30, WORK_START.hour * 60 + WORK_START.minute)
        if minutes <= LAST_START.hour * 60 + LAST_START.minute:
            return _at(day, time(minutes // 60, minutes % 60), tz)
    return _at(_weekday_forward(day + timedelta(days=1)), WORK_START, tz)


def _thank_you_due_slot(now: datetime, tz: tzinfo) -> datetime:
    """A chat that ended about 20 hours ago; earlier today if the last working day is far."""
    slot = _slot_at_or_before(now - timedelta(hours=20, minutes=30), tz)
    if now - slot > timedelta(hours=40):
        slot = max(slot, _slot_at_or_before(now - timedelta(minutes=90), tz))
    return slot


def _chat_start(when: Record, now: datetime, tz: tzinfo) -> datetime:
    """A chat's start from its ``when`` rule (see the resource's ``about``)."""
    rule = when["rule"]
    today = now.astimezone(tz).date()
    if rule in ("ago", "ahead"):
        days = timedelta(days=int(when["days"]))
        clock = time.fromisoformat(when["time"])
        if rule == "ago":
            return _at(_weekday_back(today - days), clock, tz)
        return _at(_weekday_forward(today + days), clock, tz)
    if rule == "today":
        return _later_today(now, tz)
    if rule == "thank_you_due":
        return _thank_you_due_slot(now, tz)
    if rule == "overdue":
        return _slot_at_or_before(now - timedelta(days=3), tz)
    raise ValueError(f"unknown chat time rule: {rule!r}")


def _waking(moment: datetime, tz: tzinfo) -> datetime:
    """``moment``, or 08:00 local when it falls in the night (people reply by day)."""
    local = moment.astimezone(tz)
    if local.hour < 8:
        return _at(local.date(), time(8, local.minute), tz)
    if local.hour >= 21:
        return _at(local.date() + timedelta(days=1), time(8, local.minute), tz)
    return moment


def _business_days_ago(now: datetime, days: int, tz: tzinfo, clock: time) -> datetime:
    day = now.astimezone(tz).date()
    while days > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return _at(day, clock, tz)


# --------------------------------------------------------------------------
# The plan: every time and text worked out before anything is written
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _PlannedChat:
    data: Record
    start: datetime
    actual: tuple[datetime, datetime] | None
    """When a held chat really began and ended."""


@dataclass(frozen=True)
class _PlannedMessage:
    data: Record
    sent: datetime
    replied: datetime | None
    subject: str
    body: str


def _plan_chats(data: Record, now: datetime, tz: tzinfo, rng: random.Random) -> list[_PlannedChat]:
    planned = []
    for chat in data["chats"]:
        start = _chat_start(chat["when"], now, tz)
        actual = None
        if chat["status"] == "held":
            began = start + timedelta(minutes=rng.randint(0, 3))
            actual = (began, began + timedelta(minutes=rng.randint(28, 34)))
        planned.append(_PlannedChat(chat, start, actual))
    return planned


def _sent_time(
    sent: Record, now: datetime, tz: tzinfo, rng: random.Random,
    first_chat: _PlannedChat | None, last_held: _PlannedChat | None,
) -> datetime:
    """When a message was sent, from its ``sent`` rule (see the resource's ``about``)."""
    anchor, days = sent["from"], sent["days"]
    if anchor == "first_chat":
        if first_chat is None:
            raise ValueError("a message is timed from the first chat of someone with none")
        local = (first_chat.start + timedelta(days=days)).astimezone(tz)
        return _at(_weekday_back(local.date()), local.time(), tz)
    if anchor == "last_chat_end":
        if last_held is None or last_held.actual is None:
            raise ValueError("a message is timed from the held chat of someone with none")
        return last_held.actual[1] + timedelta(days=days)
    clock = time(rng.randint(8, 17), rng.randrange(0, 60, 5))
    if anchor == "days_ago":
        return _at(_weekday_back(now.astimezone(tz).date() - timedelta(days=days)), clock, tz)
    if anchor == "business_days_ago":
        return _business_days_ago(now, int(days), tz, clock)
    raise ValueError(f"unknown message time rule: {anchor!r}")


def _plan_messages(
    data: Record, now: datetime, tz: tzinfo, rng: random.Random, chats: Sequence[_PlannedChat]
) -> list[_PlannedMessage]:
    people = {c["key"]: c for c in data["contacts"]}
    texts = data["texts"]
    first_chat: dict[str, _PlannedChat] = {}
    last_held: dict[str, _PlannedChat] = {}
    for chat in sorted(chats, key=lambda c: c.start):
        first_chat.setdefault(chat.data["contact"], chat)
        if chat.actual is not None:
            last_held[chat.data["contact"]] = chat
    thread_subject: dict[str, str] = {}
    first_sent: dict[str, datetime] = {}
    latest = now - timedelta(minutes=10)
    planned = []
    for message in data["messages"]:
        key, kind = message["contact"], message["kind"]
        sent = _sent_time(
            message["sent"], now, tz, rng, first_chat.get(key), last_held.get(key)
        )
        sent = min(sent, latest)
        replied = None
        if message["reply_after_hours"] is not None:
            replied = min(_waking(sent + timedelta(hours=message["reply_after_hours"]), tz), latest)
        person = people[key]
        values = {"first_name": person["first_name"], "organisation": person["organisation"]}
        if kind == "outreach":
            subject, body = _outreach_text(person, people, texts)
            first_sent.setdefault(key, sent)
        elif kind == "follow_up":
            earlier = first_sent[key].astimezone(tz)
            subject = texts["follow_up_subject"].format(thread_subject=thread_subject[key])
            body = message.get("body") or texts["follow_up_body"].format(
                outreach_date=f"{earlier.day} {earlier:%B}", **values
            )
        elif kind == "thank_you":
            chat = last_held[key]
            subject = texts["thank_you_subject"]
            body = texts["thank_you_body"].format(
                chat_weekday=f"{chat.start.astimezone(tz):%A}",
                thanks_line=chat.data.get("thanks_line", ""), **values,
            )
        else:  # update
            subject, body = texts["update_subject"], message["body"]
        thread_subject.setdefault(key, subject)
        planned.append(_PlannedMessage(message, sent, replied, subject, body))
    return planned


def _outreach_text(person: Record, people: dict[str, Record], texts: Record) -> tuple[str, str]:
    """Subject and body of a first message: connection first, a question, no job request."""
    values = {"first_name": person["first_name"], "organisation": person["organisation"]}
    referrer = people[person["referred_by"]] if person["referred_by"] else None
    if referrer is not None:
        names = {
            "referrer_first_name": referrer["first_name"],
            "referrer_name": f"{referrer['first_name']} {referrer['last_name']}",
        }
        subject = texts["outreach_referred_subject"].format(**names, **values)
        opener = texts["outreach_referred_opener"].format(**names, **values)
    elif person.get("outreach_opener"):
        subject = texts["outreach_cold_subject"].format(**values)
        opener = person["outreach_opener"]
    else:
        raise ValueError(f"{person['key']!r} was not referred and has no outreach_opener")
    return subject, texts["outreach_body"].format(opener=opener, **values)


# --------------------------------------------------------------------------
# Writing, through the services
# --------------------------------------------------------------------------


@contextmanager
def _services_at(session: Session, now: datetime, tz: tzinfo) -> Iterator[None]:
    """Run the services at the sample's ``now`` in its zone (the chat service's clock)."""
    chats = session.chats
    saved = chats.clock, chats.tz
    chats.clock, chats.tz = (lambda: now), tz
    try:
        yield
    finally:
        chats.clock, chats.tz = saved


def _draft(person: Record, ids: dict[str, int]) -> ContactDraft:
    referrer = person["referred_by"]
    return ContactDraft(
        referred_by_id=ids[referrer] if referrer else None,
        **{name: person[name] for name in (
            "first_name", "last_name", "organisation", "job_title", "email", "phone",
            "linkedin_url", "location", "how_found", "connection_point", "hiring_authority",
            "lane", "tags", "notes",
        )},
    )


def _write_contacts(session: Session, data: Record, captured: set[str]) -> dict[str, int]:
    """Everyone but the referrals captured during chats, referrers first."""
    ids: dict[str, int] = {}
    waiting = [p for p in data["contacts"] if p["key"] not in captured]
    while waiting:
        ready = [p for p in waiting if not p["referred_by"] or p["referred_by"] in ids]
        if not ready:
            raise ValueError("referred_by forms a loop or names a referral captured in a chat")
        for person in ready:
            ids[person["key"]] = session.contacts.create(_draft(person, ids))
        waiting = [p for p in waiting if p["key"] not in ids]
    return ids


def _write_chat(session: Session, chat: _PlannedChat, profile_pitch: str, contact_id: int) -> int:
    data = chat.data
    chats, prep = session.chats, session.prep
    chat_id = chats.schedule(ChatDraft(
        contact_id=contact_id,
        start_local=chats.to_local(_naive(chat.start)),
        length_min=data["length_min"],
        mode=data["mode"],
        place=data["place"],
        travel_note=data["travel_note"],
    ))
    prep.save_fields(
        chat_id, pitch=f"{profile_pitch} {data['pitch_ending']}",
        research_notes=data["research_notes"], goals=data["goals"], notes=data["notes"],
        takeaways=data["takeaways"],
    )
    if data["rating"] is not None:
        prep.save_rating(chat_id, data["rating"])
    for question in data["questions"]:
        prep.add_question(chat_id, question["text"], question["category"])
    if chat.actual is not None:
        answers = [q["answer"] for q in data["questions"]] + [data["referral_answer"]]
        for item, answer in zip(prep.questions(chat_id), answers, strict=True):
            prep.set_asked(item.id, True)
            prep.set_answer(item.id, answer)
        chats.set_status(chat_id, "held", when=chat.actual[1], started=chat.actual[0])
    elif data["status"] in ("cancelled", "no_show"):
        chats.set_status(chat_id, data["status"])
    return chat_id


def _capture(
    session: Session, chat_id: int, capture: Record, ids: dict[str, int],
    people: dict[str, Record], when: datetime,
) -> int | None:
    """What was captured during a chat, as the call window does; a referral's task id."""
    if capture["kind"] == "promise":
        session.calls.add_promise(chat_id, capture["text"], now=_naive(when))
        return None
    person = people[capture["contact"]]
    item = session.calls.add_referral(
        chat_id, f"{person['first_name']} {person['last_name']}", person["organisation"],
        capture["note"], now=_naive(when),
    )
    session.contacts.update(item.contact_id, _draft(person, ids))  # the rest of their details
    ids[person["key"]] = item.contact_id
    return item.task_id


def _write(session: Session, data: Record, now: datetime, tz: tzinfo) -> DemoSummary:
    rng = random.Random(2026)
    chats = _plan_chats(data, now, tz, rng)
    messages = _plan_messages(data, now, tz, rng, chats)
    people = {p["key"]: p for p in data["contacts"]}
    captured = {
        c["contact"] for chat in data["chats"] for c in chat.get("captures", ())
        if c["kind"] == "referral"
    }
    ids = _write_contacts(session, data, captured)

    tasks = 0
    acted_on: list[tuple[int, str]] = []  # referral tasks done once the person is written to
    for chat in sorted(chats, key=lambda c: c.start):
        chat_id = _write_chat(session, chat, data["profile"]["pitch"], ids[chat.data["contact"]])
        for capture in chat.data.get("captures", ()):
            if chat.actual is None:
                raise ValueError("only a held chat captures referrals and promises")
            task_id = _capture(session, chat_id, capture, ids, people, chat.actual[1])
            tasks += 1
            if task_id is not None and capture.get("done_when_contacted"):
                acted_on.append((task_id, capture["contact"]))

    for message in messages:
        message_id = session.outreach.log_message(
            ids[message.data["contact"]], message.data["kind"], message.data["channel"],
            message.sent, message.subject, message.body,
        )
        if message.replied is not None:
            session.outreach.mark_replied(message_id, message.replied)
    for task_id, key in acted_on:
        first = min(m.sent for m in messages if m.data["contact"] == key)
        session.followups.done(task_id, now=first)

    if session.settings.get(PROFILE) is None:  # never overwrite the user's own
        session.settings.set_profile(**data["profile"])
    tasks += session.followups.refresh(now)
    return DemoSummary(
        contacts=len(ids),
        organisations=len({p["organisation"] for p in data["contacts"]}),
        chats=len(chats),
        upcoming_chats=sum(1 for c in chats if c.data["status"] == "scheduled" and c.start > now),
        messages=len(messages),
        tasks=tasks,
    )


def load_demo(
    session: Session,
    *,
    now: datetime | None = None,
    force: bool = False,
    tz: tzinfo | None = None,
) -> DemoSummary:
    """Load the sample data set in one transaction; see the module docstring.

    Refused with :class:`DemoRefused` (nothing written) when live contacts
    exist, unless ``force``. ``now`` defaults to the chat service's clock (a
    naive value is read as UTC); ``tz`` is the zone whose working hours the
    chats fall in, by default the chat service's (the system's).
    """
    now_utc = _as_utc(now if now is not None else session.chats.now())
    zone = tz or session.chats.tz
    data = read_sample_data()
    # Views hear one change, after the commit; the rules react on the sample's clock.
    with _services_at(session, now_utc, zone), session.bus.batch(), session.db.atomic():
        existing = session.contacts.count()
        if existing and not force:
            raise DemoRefused(existing)
        summary = _write(session, data, now_utc, zone)
        session.contacts.changed_in_bulk()
        return summary
