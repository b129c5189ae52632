"""The plan of an informational interview call and the timer that keeps it.

A call has fixed phases (opening, bio, their story, questions, wrap-up) and an
overrun phase after the agreed length. The timer reads an injected monotonic
clock every time it is asked, never counts ticks, so it stays exact even when
the UI event loop stalls; tests pass a fake clock and never sleep.

Titles and hints are English source strings; the UI translates them by phase
key.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "DEFAULT_LENGTH_MIN",
    "DEFAULT_WRAP_UP_MIN",
    "MIN_LENGTH_MIN",
    "CallState",
    "CallStateError",
    "CallTimer",
    "Clock",
    "Phase",
    "TimerSnapshot",
    "build_phases",
    "effective_wrap_up_min",
    "format_clock",
    "question_marks",
]

Clock = Callable[[], float]
"""Returns monotonic seconds; the UI passes ``time.monotonic``."""

CallState = Literal["ready", "running", "paused", "ended"]

DEFAULT_LENGTH_MIN = 30
DEFAULT_WRAP_UP_MIN = 5
MIN_LENGTH_MIN = 10
MIN_WRAP_UP_MIN = 2
MIN_QUESTIONS_MIN = 1

# Elapsed time is rounded to this many decimals before it is compared with
# phase boundaries or shown, so float noise (59.99999999) cannot flip a phase
# or a displayed second.
_PRECISION = 6


@dataclass(frozen=True)
class Phase:
    """One step of the call plan; ``end_s`` is None for the open-ended overrun."""

    key: str
    title: str
    hint: str
    start_s: int
    end_s: int | None

    def contains(self, elapsed_s: float) -> bool:
        """True if ``elapsed_s`` falls in [start_s, end_s)."""
        return self.start_s <= elapsed_s and (self.end_s is None or elapsed_s < self.end_s)


def _validate_length(length_min: int) -> None:
    if length_min < MIN_LENGTH_MIN:
        raise ValueError(
            f"A call must be at least {MIN_LENGTH_MIN} minutes long "
            f"(got {length_min}); choose a longer length."
        )


def _their_story_end_min(length_min: int) -> int:
    """Their story runs to about 2 + L/6 minutes (halves round up)."""
    return 2 + math.floor(length_min / 6 + 0.5)


def effective_wrap_up_min(
    length_min: int = DEFAULT_LENGTH_MIN, wrap_up_min: int = DEFAULT_WRAP_UP_MIN
) -> int:
    """The wrap-up length actually used: at least 2 minutes, leaving 1 for questions."""
    _validate_length(length_min)
    most = length_min - _their_story_end_min(length_min) - MIN_QUESTIONS_MIN
    return max(MIN_WRAP_UP_MIN, min(wrap_up_min, most))


def build_phases(
    length_min: int = DEFAULT_LENGTH_MIN, wrap_up_min: int = DEFAULT_WRAP_UP_MIN
) -> tuple[Phase, ...]:
    """The phases of a call of ``length_min`` minutes, contiguous and in order.

    Raises ValueError if the call is shorter than 10 minutes. The wrap-up
    setting is clamped (see ``effective_wrap_up_min``) rather than rejected,
    since it is a preference, not an error.
    """
    wrap = effective_wrap_up_min(length_min, wrap_up_min)
    story_end = _their_story_end_min(length_min)
    wrap_start = length_min - wrap
    m = 60
    return (
        Phase(
            "opening",
            "Thanks and the plan",
            "Thank them; say the plan: your bio, their story, questions, done on time.",
            0,
            1 * m,
        ),
        Phase(
            "my_bio",
            "Your one-minute bio",
            "Who you are and what you are exploring, in a minute; not a job request.",
            1 * m,
            2 * m,
        ),
        Phase(
            "their_story",
            "Their story",
            "Invite their path; listen and note names and resources.",
            2 * m,
            story_end * m,
        ),
        Phase(
            "questions",
            "Your questions",
            "Open-ended questions in your order; steer if they ramble.",
            story_end * m,
            wrap_start * m,
        ),
        Phase(
            "wrap_up",
            "Wrap-up: ask who else to talk to",
            "Ask: who else should I talk to? May I use your name?",
            wrap_start * m,
            length_min * m,
        ),
        Phase(
            "overrun",
            "Over time \N{EM DASH} thank them and close",
            "Say you want to respect their time; stay only if they clearly offer.",
            length_min * m,
            None,
        ),
    )


def format_clock(seconds: float) -> str:
    """Format a countdown: whole seconds rounded up, as "mm:ss" or "h:mm:ss".

    Rounding up makes a fresh 30-minute call show "30:00" and reach "00:00"
    exactly at the end. Negative values are overrun and shown as "+mm:ss"
    (full seconds over, so "+00:01" appears one second after the end).
    """
    whole = math.ceil(round(seconds, _PRECISION))
    sign = "+" if whole < 0 else ""
    whole = abs(whole)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


class CallStateError(ValueError):
    """An action that the call timer's current state does not allow."""


@dataclass(frozen=True)
class TimerSnapshot:
    """Everything the call window renders, read from the clock at one instant."""

    state: CallState
    elapsed_s: float
    remaining_s: float
    display: str
    phase_index: int
    phase_key: str
    phase_title: str
    phase_hint: str
    warning: bool
    over: bool
    progress: float


# Allowed transitions: action -> (states it may start from, resulting state).
_TRANSITIONS: dict[str, tuple[tuple[CallState, ...], CallState]] = {
    "start": (("ready",), "running"),
    "pause": (("running",), "paused"),
    "resume": (("paused",), "running"),
    "end": (("running", "paused"), "ended"),
}

_STATE_WORDS: dict[CallState, str] = {
    "ready": "has not started yet",
    "running": "is running",
    "paused": "is paused",
    "ended": "has already ended",
}


class CallTimer:
    """Keeps a call to its plan: ready -> running <-> paused -> ended.

    All times are computed from the clock on each call, so a stalled event
    loop never makes the display drift. ``started_at_s``, ``ended_at_s`` and
    ``total_paused_s`` are monotonic values for working out the actual length.
    """

    def __init__(
        self,
        length_min: int = DEFAULT_LENGTH_MIN,
        wrap_up_min: int = DEFAULT_WRAP_UP_MIN,
        clock: Clock = time.monotonic,
    ) -> None:
        self.phases: tuple[Phase, ...] = build_phases(length_min, wrap_up_min)
        self.length_min: int = length_min
        self.wrap_up_min: int = effective_wrap_up_min(length_min, wrap_up_min)
        self._clock = clock
        self._state: CallState = "ready"
        self._started_at_s: float | None = None
        self._ended_at_s: float | None = None
        self._paused_at_s: float | None = None
        self._paused_before_s: float = 0.0

    # -- state machine -------------------------------------------------------

    @property
    def state(self) -> CallState:
        """'ready', 'running', 'paused' or 'ended'."""
        return self._state

    def _transition(self, action: str) -> float:
        """Check that ``action`` is allowed, switch state, return the clock time."""
        allowed, target = _TRANSITIONS[action]
        if self._state not in allowed:
            raise CallStateError(f"Cannot {action} the call: it {_STATE_WORDS[self._state]}.")
        now = self._clock()
        self._state = target
        return now

    def start(self) -> None:
        """Start the call clock; allowed once, from 'ready'."""
        self._started_at_s = self._transition("start")

    def pause(self) -> None:
        """Stop counting time (e.g. a dropped line); only while running."""
        self._paused_at_s = self._transition("pause")

    def resume(self) -> None:
        """Continue counting after a pause."""
        now = self._transition("resume")
        self._paused_before_s += self._pause_length(now)
        self._paused_at_s = None

    def end(self) -> None:
        """End the call and freeze all times; allowed while running or paused."""
        now = self._transition("end")
        self._ended_at_s = now
        if self._paused_at_s is not None:
            self._paused_before_s += self._pause_length(now)
            self._paused_at_s = None

    def _pause_length(self, now: float) -> float:
        assert self._paused_at_s is not None
        return max(0.0, now - self._paused_at_s)

    # -- raw monotonic values ------------------------------------------------

    @property
    def started_at_s(self) -> float | None:
        """Clock value at start(), or None before the call starts."""
        return self._started_at_s

    @property
    def ended_at_s(self) -> float | None:
        """Clock value at end(), or None until the call ends."""
        return self._ended_at_s

    @property
    def total_paused_s(self) -> float:
        """Seconds spent paused so far, including a pause still under way."""
        if self._paused_at_s is not None:
            return self._paused_before_s + self._pause_length(self._clock())
        return self._paused_before_s

    @property
    def length_s(self) -> int:
        """The agreed length in seconds."""
        return self.length_min * 60

    # -- derived times -------------------------------------------------------

    def elapsed_s(self) -> float:
        """Seconds of call time so far, excluding pauses; frozen once ended."""
        if self._started_at_s is None:
            return 0.0
        if self._ended_at_s is not None:
            now = self._ended_at_s
            paused = self._paused_before_s
        elif self._paused_at_s is not None:
            now = self._paused_at_s
            paused = self._paused_before_s
        else:
            now = self._clock()
            paused = self._paused_before_s
        return max(0.0, now - self._started_at_s - paused)

    def remaining_s(self) -> float:
        """Seconds left of the agreed length; negative when over time."""
        return self.length_s - self.elapsed_s()

    def overrun_s(self) -> float:
        """Seconds past the agreed length, 0 while within it."""
        return max(0.0, self.elapsed_s() - self.length_s)

    def progress(self) -> float:
        """Fraction of the agreed length used: 0 at start, 1 at the end, more when over."""
        return self.elapsed_s() / self.length_s

    def display(self) -> str:
        """The countdown as shown: "30:00" ... "00:00", then "+mm:ss"."""
        return format_clock(self.remaining_s())

    # -- phases --------------------------------------------------------------

    def _index_at(self, elapsed_s: float) -> int:
        t = round(elapsed_s, _PRECISION)
        for index, phase in enumerate(self.phases):
            if phase.contains(t):
                return index
        return 0  # unreachable: phases cover [0, inf)

    @property
    def phase_index(self) -> int:
        """Index of the current phase in ``phases``."""
        return self._index_at(self.elapsed_s())

    def phase(self) -> Phase:
        """The current phase; 'opening' before the call starts."""
        return self.phases[self.phase_index]

    def is_wrap_up_warning(self) -> bool:
        """True during wrap-up, the time to ask the referral question."""
        return self.phase().key == "wrap_up"

    def is_over(self) -> bool:
        """True from the moment the agreed length is used up."""
        return self.phase().key == "overrun"

    def snapshot(self) -> TimerSnapshot:
        """All rendered values, computed from one clock reading."""
        elapsed = self.elapsed_s()
        remaining = self.length_s - elapsed
        index = self._index_at(elapsed)
        phase = self.phases[index]
        return TimerSnapshot(
            state=self._state,
            elapsed_s=elapsed,
            remaining_s=remaining,
            display=format_clock(remaining),
            phase_index=index,
            phase_key=phase.key,
            phase_title=phase.title,
            phase_hint=phase.hint,
            warning=phase.key == "wrap_up",
            over=phase.key == "overrun",
            progress=elapsed / self.length_s,
        )

    def crossed(self, previous: TimerSnapshot | None) -> list[str]:
        """Edges passed since ``previous`` (None: since the start), each once, in order.

        Entering a phase gives 'phase:<key>'; entering wrap-up also gives
        'wrap_up_warning' and entering overrun 'time_up'. A stall that skips
        several phases reports every one of them, so the UI can alert once.
        """
        before = 0 if previous is None else previous.phase_index
        now = self.phase_index
        events: list[str] = []
        for phase in self.phases[before + 1 : now + 1]:
            events.append(f"phase:{phase.key}")
            if phase.key == "wrap_up":
                events.append("wrap_up_warning")
            elif phase.key == "overrun":
                events.append("time_up")
        return events


def question_marks(
    referral: Sequence[bool],
    length_min: int = DEFAULT_LENGTH_MIN,
    wrap_up_min: int = DEFAULT_WRAP_UP_MIN,
) -> tuple[int, ...]:
    """The minute at which to reach each question, for the printed call plan.

    ``referral[i]`` says whether question ``i`` is a referral ("who else?")
    question: those belong to the wrap-up, so they are marked at its start
    (L − wrap-up); the others share the questions phase evenly, in order,
    each marked at the whole minute it should start by.
    """
    phases = {phase.key: phase for phase in build_phases(length_min, wrap_up_min)}
    start = phases["questions"].start_s // 60
    span = (phases["questions"].end_s or 0) // 60 - start
    wrap_start = phases["wrap_up"].start_s // 60
    count = sum(1 for is_referral in referral if not is_referral)
    marks: list[int] = []
    seen = 0
    for is_referral in referral:
        if is_referral:
            marks.append(wrap_start)
        else:
            marks.append(start + (seen * span) // count)
            seen += 1
    return tuple(marks)
