"""Cadence statistics: chats per period, streaks, the funnel, reply rate and lane mix.

METHOD.md step 10: at least one chat a month, working toward one a week, and
a mix of deep, wide and random chats; step 3: about one chat for every three
messages is a healthy reply rate. Everything takes plain dates and counts;
"today" is always an argument. Messages are English source strings; the UI
translates them.

One figure, one definition (the README's "How the figures are counted" says
the same; Today and Stats both show these results and nothing else):

* **Funnel** (:func:`funnel_counts`): people (not deleted) by the furthest
  stage they reached; someone at "held" also counts as contacted and replied.
* **Reply rate** (:func:`reply_rate`): of the people the funnel counts as
  contacted, how many it counts as replied (they answered, or a chat was
  arranged). People, not messages: a follow-up does not count twice.
* **Chats held** (:func:`goal_progress`, :func:`chats_per_month`): held or
  thanked chats, on the local day they really took place, up to today.
* **Streak** (:func:`current_streak`): periods in a row that met the goal,
  counting the current one as soon as its goal is met.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from infointerview.domain.contacts import STAGE_KEYS

__all__ = [
    "LANES",
    "PERIODS",
    "CadenceGoal",
    "CadenceStatus",
    "ReplyRate",
    "chats_per_month",
    "current_streak",
    "funnel_counts",
    "goal_progress",
    "lane_mix",
    "lane_mix_verdict",
    "period_end",
    "period_start",
    "reply_rate",
    "suggest_step_up",
]

PERIODS = ("month", "week")
LANES = ("deep", "wide", "random")

_LANE_HINTS = {
    "deep": "talk to more people in your target field",
    "wide": "try a neighbouring industry or function",
    "random": "try an unusual pairing",
}

STEP_UP_AFTER = 3
"""Periods in a row with the goal met before a higher goal is suggested."""


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


@dataclass(frozen=True)
class CadenceGoal:
    """How many chats per week or calendar month the user aims for."""

    chats: int = 1
    period: str = "month"

    def __post_init__(self) -> None:
        if self.chats < 1:
            raise ValueError("a cadence goal needs at least 1 chat")
        if self.period not in PERIODS:
            raise ValueError(f"period must be one of {PERIODS}, not {self.period!r}")

    def describe(self) -> str:
        """Human text such as "1 chat a month" or "2 chats a week"."""
        return f"{_plural(self.chats, 'chat')} a {self.period}"

    def __str__(self) -> str:
        return self.describe()


# --------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _add_months(first: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``first``'s month."""
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_start(day: date, period: str) -> date:
    """First day of the week (Monday) or calendar month containing ``day``."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return _month_start(day)
    raise ValueError(f"period must be one of {PERIODS}, not {period!r}")


def _shift_period(start: date, period: str, count: int) -> date:
    """The start of the period ``count`` periods after the one at ``start``."""
    if period == "week":
        return start + timedelta(weeks=count)
    return _add_months(start, count)


def period_end(day: date, period: str) -> date:
    """Last day of the week (Sunday) or month containing ``day``."""
    start = period_start(day, period)
    return _shift_period(start, period, 1) - timedelta(days=1)


# --------------------------------------------------------------------------
# Counts and streaks
# --------------------------------------------------------------------------


def chats_per_month(held_dates: Sequence[date], months: int, today: date) -> list[tuple[str, int]]:
    """Held chats per calendar month for the last ``months`` months, oldest first.

    Labels are "YYYY-MM"; months without chats appear with 0 and the current
    month is the last entry. Dates outside the window (or after today) are ignored.
    """
    if months < 0:
        raise ValueError("months must not be negative")
    counts = Counter(_month_start(d) for d in held_dates if d <= today)
    current = _month_start(today)
    result = []
    for back in range(months - 1, -1, -1):
        first = _add_months(current, -back)
        result.append((f"{first.year:04d}-{first.month:02d}", counts.get(first, 0)))
    return result


def current_streak(held_dates: Sequence[date], goal: CadenceGoal, today: date) -> int:
    """Consecutive periods, ending now, in which the goal was met.

    The current period counts only once met; until then the streak runs up
    to the previous period, so it does not drop to zero on the 1st.
    """
    counts = Counter(period_start(d, goal.period) for d in held_dates if d <= today)
    start = period_start(today, goal.period)
    if counts.get(start, 0) < goal.chats:
        start = _shift_period(start, goal.period, -1)
    streak = 0
    while counts.get(start, 0) >= goal.chats:
        streak += 1
        start = _shift_period(start, goal.period, -1)
    return streak


def suggest_step_up(goal: CadenceGoal, streak: int) -> CadenceGoal | None:
    """A slightly higher goal after a steady run, on the way to one a week.

    Monthly goals grow by one chat; four a month becomes one a week. A weekly
    goal of one or more is the destination, so nothing is suggested then.
    """
    if streak < STEP_UP_AFTER or goal.period == "week":
        return None
    if goal.chats >= 4:
        return CadenceGoal(chats=1, period="week")
    return CadenceGoal(chats=goal.chats + 1, period="month")


@dataclass(frozen=True)
class CadenceStatus:
    """Where the user stands against their goal in the current period."""

    goal_text: str
    period: str
    target: int
    held: int
    scheduled: int
    met: bool
    streak: int
    days_left: int
    message: str
    suggested_goal: CadenceGoal | None


def _status_message(
    goal: CadenceGoal, held: int, scheduled: int, streak: int, days_left: int
) -> str:
    this = f"this {goal.period}"
    of_target = f"{held} of {_plural(goal.chats, 'chat')}"
    if held >= goal.chats:
        return f"{of_target} {this} — goal met. Streak: {_plural(streak, goal.period)}."
    if held + scheduled >= goal.chats:
        return f"{of_target} held {this}; {scheduled} more scheduled will meet the goal."
    left = _plural(days_left, "day")
    keep = f" to keep your {streak}-{goal.period} streak" if streak > 0 else ""
    if held == 0 and scheduled == 0:
        return f"No chat yet {this}; {left} left. Reach out to someone today{keep}."
    booked = f", {scheduled} scheduled" if scheduled else ""
    return f"{of_target} held {this}{booked}; {left} left. Reach out to someone today{keep}."


def goal_progress(
    held_dates: Sequence[date],
    scheduled_dates: Sequence[date],
    goal: CadenceGoal,
    today: date,
) -> CadenceStatus:
    """Progress toward ``goal`` in the period containing ``today``.

    ``held_dates`` are dates of held (or thanked) chats; ``scheduled_dates``
    of chats still marked scheduled. ``days_left`` includes today. Held chats
    count up to today, as in :func:`current_streak`, so "goal met" and a
    streak of at least one always go together.
    """
    start = period_start(today, goal.period)
    end = period_end(today, goal.period)
    held = sum(1 for d in held_dates if start <= d <= today)
    scheduled = sum(1 for d in scheduled_dates if start <= d <= end)
    streak = current_streak(held_dates, goal, today)
    days_left = (end - today).days + 1
    return CadenceStatus(
        goal_text=goal.describe(),
        period=goal.period,
        target=goal.chats,
        held=held,
        scheduled=scheduled,
        met=held >= goal.chats,
        streak=streak,
        days_left=days_left,
        message=_status_message(goal, held, scheduled, streak, days_left),
        suggested_goal=suggest_step_up(goal, streak),
    )


# --------------------------------------------------------------------------
# Reply rate
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyRate:
    """Of the people contacted, how many replied, with a plain-language verdict.

    ``level`` is 'too_early', 'aim_higher', 'healthy', 'low' or 'revise';
    ``rate`` is None when nobody was contacted. The counts are the funnel's
    "contacted" and "replied" (:func:`funnel_counts`).
    """

    contacted: int
    replied: int
    rate: float | None
    level: str
    verdict: str


HEALTHY_RATE = 0.2
"""From about 1 in 5 upward counts as healthy; 1 in 3 is the usual mark."""
REVISE_RATE = 0.1
REVISE_MIN_MESSAGES = 10
AIM_HIGHER_MIN_MESSAGES = 5
TOO_EARLY_MESSAGES = 3


def funnel_counts(stages: Iterable[str]) -> dict[str, int]:
    """People who reached each stage, from each person's furthest stage.

    Every key of STAGE_KEYS is present; someone "held" is counted under
    identified, contacted, replied, scheduled and held. Unknown stages count
    as identified.
    """
    return funnel_counts_by_stage(Counter(stages))


def funnel_counts_by_stage(people_at: Mapping[str, int]) -> dict[str, int]:
    """:func:`funnel_counts` from how many people are at each furthest stage
    (what one ``GROUP BY stage`` gives: no row per person needed)."""
    rank = {key: i for i, key in enumerate(STAGE_KEYS)}
    reached = [0] * len(STAGE_KEYS)
    for stage, people in people_at.items():
        for i in range(rank.get(stage, 0) + 1):
            reached[i] += people
    return dict(zip(STAGE_KEYS, reached, strict=True))


def reply_rate(contacted: int, replied: int) -> ReplyRate:
    """Share of the people contacted who replied, and what it suggests.

    About 1 in 3 is healthy; everyone replying (with at least 5 contacted)
    means aim higher; below 1 in 10 (with at least 10 contacted) suggests
    revising the message; under 3 people it is too early to tell.
    """
    if contacted < 0 or replied < 0:
        raise ValueError("counts must not be negative")
    replied = min(replied, contacted)
    rate = replied / contacted if contacted else None
    if rate is None or contacted < TOO_EARLY_MESSAGES:
        level = "too_early"
        verdict = "Too early to tell: contact at least 3 people first."
    elif rate >= 1.0 and contacted >= AIM_HIGHER_MIN_MESSAGES:
        level = "aim_higher"
        verdict = (
            "Everyone replied, so you could aim higher "
            "(more senior people, less familiar organisations)."
        )
    elif rate >= HEALTHY_RATE:
        level = "healthy"
        share = f"{round(rate * 100)}%" if rate > 0.5 else f"about 1 in {max(2, round(1 / rate))}"
        verdict = f"A healthy reply rate ({share}); about 1 in 3 is good."
    elif rate < REVISE_RATE and contacted >= REVISE_MIN_MESSAGES:
        level = "revise"
        verdict = (
            "Fewer than 1 in 10 replied, so revise your message: shorter, "
            "your connection first, the request as a question."
        )
    else:
        level = "low"
        verdict = (
            "Below the usual 1 in 3; keep going, and keep "
            "messages short with your connection first."
        )
    return ReplyRate(contacted, replied, rate, level, verdict)


# --------------------------------------------------------------------------
# Lane mix
# --------------------------------------------------------------------------


def lane_mix(lanes: Sequence[str]) -> dict[str, int]:
    """Chats per lane; deep, wide and random are always present.

    Lanes are matched case-insensitively; anything else (including blank)
    is counted under 'other' when present, so no chat goes unseen.
    """
    mix = dict.fromkeys(LANES, 0)
    for lane in lanes:
        key = lane.strip().lower()
        if key in mix:
            mix[key] += 1
        else:
            mix["other"] = mix.get("other", 0) + 1
    return mix


def lane_mix_verdict(mix: Mapping[str, int]) -> str:
    """One sentence naming the missing lane(s), or praising a full mix."""
    counts = {lane: mix.get(lane, 0) for lane in LANES}
    if not any(counts.values()):
        return "No deep, wide or random chats yet; tag your chats to see your mix."
    missing = [lane for lane in LANES if counts[lane] == 0]
    if not missing:
        parts = ", ".join(f"{counts[lane]} {lane}" for lane in LANES)
        return f"Good mix: {parts}."
    names = " or ".join(f"'{lane}'" for lane in missing)
    hints = ", and ".join(_LANE_HINTS[lane] for lane in missing)
    return f"No {names} chats yet — {hints}."
