"""What the calendar is told about a chat: plain facts.

Where a chat sits in time is ``domain.chats.effective_span`` (held chats at
their actual start and end, the one rule every view uses);
:meth:`ChatService.calendar_chats` reads the facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["CalendarChat"]


@dataclass(frozen=True)
class CalendarChat:
    """One chat where the calendar places it: plain facts, times naive UTC."""

    id: int
    contact_id: int
    contact_name: str
    organisation: str
    start_utc: datetime
    end_utc: datetime
    mode: str
    place: str
    status: str

    @property
    def movable(self) -> bool:
        """Only a scheduled chat moves; held ones stay where they happened."""
        return self.status == "scheduled"

