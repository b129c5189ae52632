"""A wall clock the tests set by hand: services take ``clock=Clock(when)``."""

from __future__ import annotations

from datetime import datetime


class Clock:
    """Returns ``now`` (naive UTC) until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
