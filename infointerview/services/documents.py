"""What goes on paper: the prep sheet and the chat summary, as plain data.

The Qt renderer (``ui/prep_sheet.py``) and the Markdown writer take these
dataclasses; nothing here knows about pages or fonts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from infointerview.domain.call_plan import MIN_LENGTH_MIN, build_phases, question_marks
from infointerview.domain.chats import MODE_LABELS
from infointerview.domain.contacts import display_name
from infointerview.domain.questions import ensure_referral_last, is_referral_question
from infointerview.services.chats import chat_span
from infointerview.services.settings import SettingsService
from infointerview.store.models import (
    Chat,
    Contact,
    FollowUpTask,
    PrepQuestion,
    Setting,
    utcnow,
)


class NoChatError(LookupError):
    """There is no chat to print; the message says what to do."""


@dataclass(frozen=True)
class PlanStep:
    """One mark on the printed call plan: what to be doing by ``minute``.

    ``key`` is a call phase ("opening", "my_bio", "their_story"), "question"
    (then ``question`` indexes ``PrepSheet.questions``) or "close" at the
    agreed length.
    """

    minute: int
    key: str
    question: int = -1


def call_plan(questions: tuple[str, ...], length_min: int, wrap_up_min: int) -> tuple[PlanStep, ...]:
    """The call's time line: the phases' starts from ``build_phases``, a minute mark
    for each question (``question_marks``: "who else?" at the wrap-up), then the close."""
    length = max(MIN_LENGTH_MIN, length_min)
    starts = {p.key: p.start_s // 60 for p in build_phases(length, wrap_up_min)}
    marks = question_marks([is_referral_question(q) for q in questions], length, wrap_up_min)
    return (
        PlanStep(starts["opening"], "opening"),
        PlanStep(starts["my_bio"], "my_bio"),
        PlanStep(starts["their_story"], "their_story"),
        *(PlanStep(mark, "question", index) for index, mark in enumerate(marks)),
        PlanStep(length, "close"),
    )


@dataclass(frozen=True)
class PrepSheet:
    chat_id: int
    when: str
    person: str
    organisation: str
    job_title: str
    mode: str
    place: str
    travel_note: str
    my_name: str
    pitch: str
    research_notes: str
    goals: str
    questions: tuple[str, ...]
    start_local: dt.datetime | None = None
    """When the chat starts, in the user's zone (the renderer formats it for the locale)."""
    length_min: int = 30
    email: str = ""
    phone: str = ""
    how_found: str = ""
    """How the user found them ("Referral", "LinkedIn", ...; the renderer translates it)."""
    referred_by: str = ""
    """The name of the contact who referred them, if any."""
    connection_point: str = ""
    plan: tuple[PlanStep, ...] = ()
    """The call's time line for its agreed length (see ``call_plan``)."""


@dataclass(frozen=True)
class AnsweredQuestion:
    text: str
    asked: bool
    answer: str
    id: int = 0
    """The prep question's id (the chat page edits the answer through it)."""


@dataclass(frozen=True)
class ChatSummary:
    chat_id: int
    when: str
    person: str
    organisation: str
    job_title: str
    status: str
    length: str
    rating: int | None
    notes: str
    takeaways: str
    questions: tuple[AnsweredQuestion, ...]
    referrals: tuple[str, ...]
    promised: tuple[str, ...]
    """What they promised to send, as typed on the call."""
    start_local: dt.datetime | None = None
    length_min: int = 30
    my_promises: tuple[str, ...] = ()
    """What the user promised them, as typed on the call."""


def _settings() -> SettingsService:
    return SettingsService(Setting._meta.database)


def _local(value: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    aware = value.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone(tz) if tz is not None else aware.astimezone()


def format_when(start_utc: dt.datetime, length_min: int, tz: dt.tzinfo | None = None) -> str:
    """'Tuesday 24 November 2026, 14:00–14:30' in the user's zone."""
    start = _local(start_utc, tz)
    end = start + dt.timedelta(minutes=length_min)
    return f"{start:%A} {start.day} {start:%B %Y}, {start:%H:%M}–{end:%H:%M}"


def _when(chat: Chat, tz: dt.tzinfo | None) -> tuple[str, dt.datetime, int]:
    """The chat's "When" text, local start and minutes: the actual times once it is held."""
    start, end = chat_span(chat)
    minutes = round((end - start).total_seconds() / 60)
    return format_when(start, minutes, tz), _local(start, tz), minutes


def _chat(chat_id: int) -> Chat:
    chat = Chat.get_or_none(Chat.id == chat_id)
    if chat is None:
        raise NoChatError(f"There is no chat number {chat_id}. Run 'infointerview' to see your chats.")
    return chat


def _person(contact: Contact) -> tuple[str, str, str]:
    org = contact.organisation.name if contact.organisation is not None else ""
    return display_name(contact.first_name, contact.last_name), org, contact.job_title


def prep_sheet(chat_id: int, tz: dt.tzinfo | None = None) -> PrepSheet:
    """Everything the printed prep page shows for one chat."""
    chat = _chat(chat_id)
    person, org, title = _person(chat.contact)
    texts = [
        q.text
        for q in PrepQuestion.select()
        .where(PrepQuestion.chat == chat_id)
        .order_by(PrepQuestion.position, PrepQuestion.id)
    ]
    settings = _settings()
    profile = settings.profile()
    contact = chat.contact
    referrer = contact.referred_by
    questions = tuple(ensure_referral_last(texts))
    when, start_local, minutes = _when(chat, tz)
    return PrepSheet(
        chat_id=chat_id,
        when=when,
        person=person,
        organisation=org,
        job_title=title,
        mode=MODE_LABELS.get(chat.mode, chat.mode),
        place=chat.place,
        travel_note=chat.travel_note,
        my_name=profile.get("name", ""),
        pitch=chat.pitch or profile.get("pitch", ""),
        research_notes=chat.research_notes,
        goals=chat.goals,
        questions=questions,
        start_local=start_local,
        length_min=minutes,
        email=contact.email,
        phone=contact.phone,
        how_found=contact.how_found,
        referred_by=display_name(referrer.first_name, referrer.last_name) if referrer else "",
        connection_point=contact.connection_point,
        plan=call_plan(questions, chat.length_min, settings.wrap_up_min()),
    )


def chat_for_sheet(now: dt.datetime | None = None) -> int:
    """The next upcoming chat, else the most recent one; NoChatError if none."""
    moment = now or utcnow()
    upcoming = (
        Chat.select(Chat.id)
        .where((Chat.status == "scheduled") & (Chat.start_at >= moment - dt.timedelta(hours=1)))
        .order_by(Chat.start_at)
        .first()
    )
    if upcoming is not None:
        return int(upcoming.id)
    recent = Chat.select(Chat.id).order_by(Chat.start_at.desc()).first()
    if recent is None:
        raise NoChatError(
            "There are no chats yet. Schedule one with a contact first, then print its prep sheet."
        )
    return int(recent.id)


def chat_summary(chat_id: int, tz: dt.tzinfo | None = None) -> ChatSummary:
    """A held chat for the user's own archive: notes, answers, takeaways, what came of it."""
    chat = _chat(chat_id)
    person, org, title = _person(chat.contact)
    questions = tuple(
        AnsweredQuestion(q.text, bool(q.asked), q.answer_notes, int(q.id))
        for q in PrepQuestion.select()
        .where(PrepQuestion.chat == chat_id)
        .order_by(PrepQuestion.position, PrepQuestion.id)
    )
    referred = Contact.select().where(
        (Contact.referred_by == chat.contact_id) & Contact.deleted_at.is_null()
    )
    referrals = tuple(
        " — ".join(p for p in (display_name(c.first_name, c.last_name),
                               c.organisation.name if c.organisation is not None else "") if p)
        for c in referred
    )
    promises: dict[str, list[str]] = {"resource": [], "promise": []}
    for task in (
        FollowUpTask.select()
        .where(
            (FollowUpTask.chat == chat_id)
            & FollowUpTask.kind.in_(list(promises))
            & FollowUpTask.dismissed_at.is_null()  # unticked in the wrap-up: a mistake
        )
        .order_by(FollowUpTask.id)
    ):
        promises[task.kind].append(task.detail.strip() or task.title)
    promised = tuple(promises["resource"])
    if chat.actual_start_at and chat.actual_end_at:
        minutes = round((chat.actual_end_at - chat.actual_start_at).total_seconds() / 60)
        length = f"{minutes} min (planned {chat.length_min})"
    else:
        length = f"{chat.length_min} min planned"
    when, start_local, minutes = _when(chat, tz)
    return ChatSummary(
        chat_id=chat_id,
        when=when,
        person=person,
        organisation=org,
        job_title=title,
        status=chat.status,
        length=length,
        rating=chat.rating,
        notes=chat.notes,
        takeaways=chat.takeaways,
        questions=questions,
        referrals=referrals,
        promised=promised,
        start_local=start_local,
        length_min=minutes,
        my_promises=tuple(promises["promise"]),
    )


def _md_escape(text: str) -> str:
    """Keep user text literal in Markdown (no accidental headings, links or HTML)."""
    out = text
    for char in "\\`*_[]<>#|":
        out = out.replace(char, "\\" + char)
    return out


def summary_markdown(summary: ChatSummary) -> str:
    """The chat summary as Markdown, every user string escaped."""
    e = _md_escape
    lines = [
        f"# Chat with {e(summary.person)}",
        "",
        f"- **When:** {e(summary.when)}",
        f"- **Organisation:** {e(summary.organisation) or '—'}",
        f"- **Job title:** {e(summary.job_title) or '—'}",
        f"- **Length:** {e(summary.length)}",
        f"- **Status:** {e(summary.status)}",
    ]
    if summary.rating:
        lines.append(f"- **Rating:** {'★' * summary.rating}{'☆' * (5 - summary.rating)}")
    lines += ["", "## Key takeaways", "", e(summary.takeaways) or "_None written yet._", ""]
    lines += ["## Questions and answers", ""]
    for number, question in enumerate(summary.questions, 1):
        mark = "" if question.asked else " _(not asked)_"
        lines.append(f"{number}. **{e(question.text)}**{mark}")
        if question.answer:
            lines += ["", *[f"   {e(line)}" for line in question.answer.splitlines()], ""]
    lines += ["", "## Notes", "", e(summary.notes) or "_No notes._", ""]
    lines += ["## Referrals gained", ""]
    lines += [f"- {e(r)}" for r in summary.referrals] or ["_None._"]
    lines += ["", "## They promised", ""]
    lines += [f"- {e(p)}" for p in summary.promised] or ["_None._"]
    lines += ["", "## You promised", ""]
    lines += [f"- {e(p)}" for p in summary.my_promises] or ["_None._"]
    return "\n".join(lines) + "\n"


__all__ = [
    "ChatSummary",
    "NoChatError",
    "PlanStep",
    "PrepSheet",
    "call_plan",
    "chat_for_sheet",
    "chat_summary",
    "format_when",
    "prep_sheet",
    "summary_markdown",
]
