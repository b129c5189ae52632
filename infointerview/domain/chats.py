"""A chat's life and what it does to the contact's stage. Pure Python, no I/O.

The one place these rules live: every service that changes a chat or logs a
message asks this module whether the change is allowed and what stage the
contact has reached afterwards.

The status machine::

    scheduled ──► held ──► thanked
        │
        ├──► cancelled      (rescheduling brings a cancelled or no-show
        └──► no_show         chat back to scheduled)

Times are naive UTC datetimes, as stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from infointerview.domain.contacts import STAGE_KEYS
from infointerview.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "ACTIVE_STATUSES",
    "CHANNELS",
    "CHANNEL_LABELS",
    "CHAT_STATUSES",
    "CHAT_STATUS_LABELS",
    "MESSAGE_KINDS",
    "MESSAGE_KIND_LABELS",
    "MODES",
    "MODE_LABELS",
    "TRANSITIONS",
    "TRAVEL_MODES",
    "ChatFact",
    "MessageFact",
    "StageResult",
    "derive_stage",
    "effective_span",
    "transition_error",
]

MODES = ("phone", "video", "in_person", "coffee")
"""How a chat happens."""
MODE_LABELS = {
    "phone": QT_TRANSLATE_NOOP("ChatMode", "Phone call"),
    "video": QT_TRANSLATE_NOOP("ChatMode", "Video call"),
    "in_person": QT_TRANSLATE_NOOP("ChatMode", "In person"),
    "coffee": QT_TRANSLATE_NOOP("ChatMode", "Coffee"),
}
"""English display words for MODES (translation context "ChatMode")."""
TRAVEL_MODES = frozenset({"in_person", "coffee"})
"""Modes that need travel: a travel note and the 'route and parking' checklist item."""
CHANNELS = ("email", "linkedin", "phone", "text", "in_person", "other")
"""How a message was sent."""
CHANNEL_LABELS = {
    "email": QT_TRANSLATE_NOOP("Channel", "Email"),
    "linkedin": QT_TRANSLATE_NOOP("Channel", "LinkedIn message"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "text": QT_TRANSLATE_NOOP("Channel", "Text message"),
    "in_person": QT_TRANSLATE_NOOP("Channel", "In person"),
    "other": QT_TRANSLATE_NOOP("Channel", "Other"),
}
"""English display words for CHANNELS (translation context "Channel")."""
MESSAGE_KINDS = ("outreach", "follow_up", "thank_you", "update")
MESSAGE_KIND_LABELS = {
    "outreach": QT_TRANSLATE_NOOP("MessageKind", "First message"),
    "follow_up": QT_TRANSLATE_NOOP("MessageKind", "Follow-up"),
    "thank_you": QT_TRANSLATE_NOOP("MessageKind", "Thank-you note"),
    "update": QT_TRANSLATE_NOOP("MessageKind", "Update"),
}
"""English display words for MESSAGE_KINDS (translation context "MessageKind")."""
CHAT_STATUSES = ("scheduled", "held", "thanked", "cancelled", "no_show")
CHAT_STATUS_LABELS = {
    "scheduled": QT_TRANSLATE_NOOP("ChatStatus", "scheduled"),
    "held": QT_TRANSLATE_NOOP("ChatStatus", "held"),
    "thanked": QT_TRANSLATE_NOOP("ChatStatus", "thanked"),
    "cancelled": QT_TRANSLATE_NOOP("ChatStatus", "cancelled"),
    "no_show": QT_TRANSLATE_NOOP("ChatStatus", "no-show"),
}
"""English status words, lower case as they follow a " · " (context "ChatStatus")."""

TRANSITIONS: dict[str, frozenset[str]] = {
    "scheduled": frozenset({"held", "cancelled", "no_show"}),
    "held": frozenset({"thanked"}),
    "thanked": frozenset(),
    "cancelled": frozenset(),
    "no_show": frozenset(),
}
"""Allowed status changes; rescheduling revives cancelled and no-show chats."""

ACTIVE_STATUSES = ("scheduled", "held", "thanked")
"""Chats that take up time in the calendar (cancelled and no-show ones do not)."""

HELD_STATUSES = frozenset({"held", "thanked"})
"""The chat took place."""

_STATUS_WORDS = {
    "scheduled": "scheduled",
    "held": "held",
    "thanked": "thanked",
    "cancelled": "cancelled",
    "no_show": "marked as a no-show",
}

_STAGE_FOR_STATUS = {
    "scheduled": "scheduled",
    "held": "held",
    "thanked": "thanked",
    "cancelled": "replied",  # a chat was arranged, so they answered
    "no_show": "scheduled",
}


def transition_error(current: str, target: str) -> str | None:
    """Why ``current`` cannot become ``target``, or None if it can (or nothing changes)."""
    if target not in CHAT_STATUSES:
        return f"Unknown chat status {target!r}."
    if target == current or target in TRANSITIONS.get(current, frozenset()):
        return None
    sentence = (
        f"This chat is {_STATUS_WORDS.get(current, current)}, so it cannot be "
        f"{_STATUS_WORDS[target]}."
    )
    if current in ("cancelled", "no_show"):
        sentence += " Reschedule it first."
    elif current in HELD_STATUSES and target == "held":
        sentence = "This chat has already been held."
    return sentence


def effective_span(
    status: str,
    start_utc: datetime,
    length_min: int,
    actual_start_utc: datetime | None = None,
    actual_end_utc: datetime | None = None,
) -> tuple[datetime, datetime]:
    """When a chat takes up time: (start, end), naive UTC. The one rule for "when".

    Once held (or thanked) a chat happened when it really began and ended,
    whatever the plan said (a chat can be held early or late): every view,
    export, clash check and follow-up clock uses this span. Before that (and
    for cancelled or no-show chats) it is the plan. A missing actual start
    falls back to the plan and a missing actual end to the start plus the
    planned length.
    """
    if status in HELD_STATUSES:
        start = actual_start_utc or start_utc
        if actual_end_utc is not None and actual_end_utc >= start:
            return start, actual_end_utc
        return start, start + timedelta(minutes=length_min)
    return start_utc, start_utc + timedelta(minutes=length_min)


@dataclass(frozen=True)
class ChatFact:
    """What the stage rule needs of one chat (naive UTC)."""

    status: str
    start_utc: datetime
    length_min: int
    actual_start_utc: datetime | None = None
    actual_end_utc: datetime | None = None

    @property
    def span(self) -> tuple[datetime, datetime]:
        """(start, end) by :func:`effective_span`: the actual times once held."""
        return effective_span(
            self.status, self.start_utc, self.length_min,
            self.actual_start_utc, self.actual_end_utc,
        )

    @property
    def began_utc(self) -> datetime:
        """When it really began if recorded (a chat can be held early), else as planned."""
        return self.actual_start_utc or self.start_utc

    @property
    def ended_utc(self) -> datetime:
        """When it really ended if recorded, else the planned end."""
        if self.actual_end_utc is not None:
            return self.actual_end_utc
        return self.began_utc + timedelta(minutes=self.length_min)


@dataclass(frozen=True)
class MessageFact:
    """What the stage rule needs of one logged message (naive UTC)."""

    kind: str
    sent_utc: datetime
    replied_utc: datetime | None = None


@dataclass(frozen=True)
class StageResult:
    """The furthest stage reached (None: nothing logged, keep the user's) and last contact."""

    stage: str | None
    last_contact_utc: datetime | None


def derive_stage(
    chats: Iterable[ChatFact], messages: Iterable[MessageFact], now: datetime
) -> StageResult:
    """The contact's stage: the furthest step the chats and message log reach.

    A message sent → contacted; a reply, or a chat arranged (even one later
    cancelled) → replied; a scheduled chat → scheduled; a held chat → held; a
    thanked chat, or a thank-you message sent after a held chat began →
    thanked. Stages never go back because of the order things were recorded
    in. Last contact is the latest message, reply or held chat's end that is
    not in the future.
    """
    rank = {key: i for i, key in enumerate(STAGE_KEYS)}
    reached = -1
    touches: list[datetime] = []
    held_began: list[datetime] = []
    for chat in chats:
        if chat.status in HELD_STATUSES:
            held_began.append(chat.began_utc)
            if chat.ended_utc <= now:
                touches.append(chat.ended_utc)
        reached = max(reached, rank[_STAGE_FOR_STATUS.get(chat.status, "replied")])
    for msg in messages:
        reached = max(reached, rank["contacted"])
        if msg.sent_utc <= now:
            touches.append(msg.sent_utc)
        if msg.replied_utc is not None:
            reached = max(reached, rank["replied"])
            if msg.replied_utc <= now:
                touches.append(msg.replied_utc)
        if msg.kind == "thank_you" and any(b <= msg.sent_utc for b in held_began):
            reached = max(reached, rank["thanked"])
    return StageResult(
        stage=STAGE_KEYS[reached] if reached >= 0 else None,
        last_contact_utc=max(touches) if touches else None,
    )
