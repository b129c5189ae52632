"""What the calendar is told about a chat: plain facts, and where a chat sits in time.

:func:`placed_span` is the one place that decides it (held chats at their actual
start and end); :meth:`ChatService.calendar_chats` reads the facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = ["CalendarChat", "placed_span"]


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


def placed_span(
    start_at: datetime, length_min: int, actual_start_at: datetime | None,
    actual_end_at: datetime | None,
) -> tuple[datetime, datetime]:
    """Where a chat sits in time: once started or held, its actual start and end; else the plan."""
    start = actual_start_at or start_at
    return start, actual_end_at or start + timedelta(minutes=int(length_min))
