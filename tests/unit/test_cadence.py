"""Tests for cadence statistics: per-month counts, streaks, reply rate, lane mix."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from infointerview.domain.cadence import (
    CadenceGoal,
    chats_per_month,
    current_streak,
    funnel_counts,
    goal_progress,
    lane_mix,
    lane_mix_verdict,
    reply_rate,
    suggest_step_up,
)

MONTHLY = CadenceGoal()
WEEKLY = CadenceGoal(chats=1, period="week")
TODAY = date(2026, 11, 23)  # a Monday; 8 days left in November including today


@pytest.mark.parametrize(
    ("goal", "text"),
    [
        (CadenceGoal(), "1 chat a month"),
        (CadenceGoal(1, "week"), "1 chat a week"),
        (CadenceGoal(2, "month"), "2 chats a month"),
    ],
)
def test_goal_describe(goal: CadenceGoal, text: str) -> None:
    assert goal.describe() == text
    assert str(goal) == text


def test_goal_validation() -> None:
    with pytest.raises(ValueError):
        CadenceGoal(chats=0)
    with pytest.raises(ValueError):
        CadenceGoal(period="year")


def test_chats_per_month_includes_empty_months_across_year_end() -> None:
    held = [date(2026, 1, 5), date(2026, 1, 28), date(2025, 11, 30), date(2025, 6, 1)]
    assert chats_per_month(held, 4, date(2026, 2, 10)) == [
        ("2025-11", 1),
        ("2025-12", 0),
        ("2026-01", 2),
        ("2026-02", 0),
    ]
    assert chats_per_month(held, 0, TODAY) == []


def test_monthly_streak_counts_current_month_once_met() -> None:
    held = [date(2026, 8, 31), date(2026, 9, 1), date(2026, 10, 15), date(2026, 11, 2)]
    assert current_streak(held, MONTHLY, TODAY) == 4


def test_monthly_streak_runs_to_previous_month_until_met() -> None:
    held = [date(2026, 8, 31), date(2026, 9, 1), date(2026, 10, 15)]
    assert current_streak(held, MONTHLY, date(2026, 11, 1)) == 3


def test_monthly_streak_broken_by_empty_month() -> None:
    held = [date(2026, 7, 3), date(2026, 9, 1), date(2026, 10, 31)]
    assert current_streak(held, MONTHLY, TODAY) == 2
    assert current_streak([], MONTHLY, TODAY) == 0


def test_streak_across_year_end_and_future_dates_ignored() -> None:
    held = [date(2025, 12, 20), date(2026, 1, 2), date(2026, 1, 30)]
    assert current_streak(held, MONTHLY, date(2026, 1, 10)) == 2
    # A chat dated later this month has not happened yet.
    assert current_streak(held, MONTHLY, date(2026, 1, 1)) == 1


def test_weekly_streak_uses_monday_weeks() -> None:
    # Sunday 15 Nov and Monday 16 Nov are in different weeks.
    held = [date(2026, 11, 8), date(2026, 11, 15), date(2026, 11, 16)]
    assert current_streak(held, WEEKLY, date(2026, 11, 22)) == 3  # Sunday
    assert current_streak(held, WEEKLY, TODAY) == 3  # next Monday, not met yet
    assert current_streak(held + [TODAY], WEEKLY, TODAY) == 4


def test_streak_with_two_chats_a_month() -> None:
    goal = CadenceGoal(chats=2)
    held = [date(2026, 9, 1), date(2026, 9, 9), date(2026, 10, 3), date(2026, 11, 4)]
    assert current_streak(held, goal, TODAY) == 0  # October had only one
    assert current_streak(held + [date(2026, 10, 20)], goal, TODAY) == 2


def test_progress_met_message() -> None:
    held = [date(2026, 8, 4), date(2026, 9, 4), date(2026, 10, 4), date(2026, 11, 4)]
    status = goal_progress(held, [], MONTHLY, TODAY)
    assert status.met
    assert (status.held, status.streak) == (1, 4)
    assert status.message == "1 of 1 chat this month — goal met. Streak: 4 months."


def test_progress_nothing_yet_message() -> None:
    status = goal_progress([], [], MONTHLY, TODAY)
    assert not status.met
    assert status.days_left == 8
    assert status.message == "No chat yet this month; 8 days left. Reach out to someone today."


def test_progress_mentions_streak_at_risk_and_scheduled_chats() -> None:
    held = [date(2026, 9, 4), date(2026, 10, 4)]
    status = goal_progress(held, [], MONTHLY, TODAY)
    assert status.message.endswith("Reach out to someone today to keep your 2-month streak.")
    booked = goal_progress(held, [date(2026, 11, 27), date(2026, 12, 2)], MONTHLY, TODAY)
    assert booked.scheduled == 1
    assert "1 more scheduled will meet the goal" in booked.message


def test_progress_weekly_days_left_and_goal_text() -> None:
    status = goal_progress([], [], WEEKLY, date(2026, 11, 26))  # Thursday
    assert status.goal_text == "1 chat a week"
    assert status.days_left == 4
    assert "this week; 4 days left" in status.message


def test_step_up_toward_one_a_week() -> None:
    assert suggest_step_up(MONTHLY, 2) is None
    assert suggest_step_up(MONTHLY, 3) == CadenceGoal(2, "month")
    assert suggest_step_up(CadenceGoal(4, "month"), 5) == WEEKLY
    assert suggest_step_up(WEEKLY, 10) is None
    held = [date(2026, m, 4) for m in (8, 9, 10, 11)]
    assert goal_progress(held, [], MONTHLY, TODAY).suggested_goal == CadenceGoal(2, "month")


@pytest.mark.parametrize(
    ("contacted", "replied", "level", "phrase"),
    [
        (0, 0, "too_early", "Too early to tell"),
        (2, 1, "too_early", "Too early to tell"),
        (9, 3, "healthy", "1 in 3"),
        (4, 4, "healthy", "healthy"),
        (5, 5, "aim_higher", "aim higher"),
        (8, 1, "low", "Below the usual 1 in 3"),
        (10, 1, "low", "Below the usual 1 in 3"),
        (12, 1, "revise", "revise your message"),
        (10, 0, "revise", "revise your message"),
    ],
)
def test_reply_rate_verdicts(contacted: int, replied: int, level: str, phrase: str) -> None:
    result = reply_rate(contacted, replied)
    assert result.level == level
    assert phrase in result.verdict
    assert result.rate == (replied / contacted if contacted else None)
    assert (result.contacted, result.replied) == (contacted, replied)


def test_reply_rate_is_the_funnels_replied_of_contacted() -> None:
    stages = ["identified", "contacted", "replied", "scheduled", "held", "thanked", "contacted"]
    counts = funnel_counts(stages)
    assert counts == {
        "identified": 7, "contacted": 6, "replied": 4, "scheduled": 3, "held": 2, "thanked": 1,
    }
    rate = reply_rate(counts["contacted"], counts["replied"])
    assert (rate.contacted, rate.replied, rate.level) == (6, 4, "healthy")
    one = reply_rate(**{k: funnel_counts(["replied"])[k] for k in ("contacted", "replied")})
    assert (one.contacted, one.replied, one.rate) == (1, 1, 1.0)  # one message, one reply


def test_goal_met_means_a_streak_of_at_least_one() -> None:
    """A held chat counts toward the period and the streak alike (never "met" with no streak)."""
    for held in ([TODAY], [TODAY - timedelta(days=3)], [date(2026, 11, 28)]):
        status = goal_progress(held, [], MONTHLY, TODAY)
        assert status.met == (status.streak >= 1), held
    met = goal_progress([TODAY], [], MONTHLY, TODAY)
    assert (met.held, met.met, met.streak) == (1, True, 1)
    week = goal_progress([TODAY], [], WEEKLY, TODAY)
    assert (week.held, week.met, week.streak) == (1, True, 1)


def test_reply_rate_rejects_negative() -> None:
    with pytest.raises(ValueError):
        reply_rate(-1, 0)


def test_lane_mix_counts_and_verdicts() -> None:
    mix = lane_mix(["deep", "Deep ", "wide", "deep"])
    assert mix == {"deep": 3, "wide": 1, "random": 0}
    assert lane_mix_verdict(mix) == "No 'random' chats yet — try an unusual pairing."
    two_missing = lane_mix_verdict(lane_mix(["deep"]))
    assert two_missing.startswith("No 'wide' or 'random' chats yet")
    assert "neighbouring industry" in two_missing and "unusual pairing" in two_missing
    assert lane_mix_verdict(lane_mix(["deep", "wide", "random"])) == (
        "Good mix: 1 deep, 1 wide, 1 random."
    )
    assert "tag your chats" in lane_mix_verdict(lane_mix([]))


def test_lane_mix_keeps_unknown_lanes_visible() -> None:
    assert lane_mix(["random", "", "sideways"]) == {"deep": 0, "wide": 0, "random": 1, "other": 2}


def test_the_funnel_from_counts_per_stage_equals_the_funnel_from_people() -> None:
    from infointerview.domain.cadence import funnel_counts, funnel_counts_by_stage

    people = ["identified"] * 5 + ["contacted"] * 4 + ["replied"] * 3 + ["held"] * 2 + ["odd"]
    per_stage = {"identified": 5, "contacted": 4, "replied": 3, "held": 2, "odd": 1}
    assert funnel_counts_by_stage(per_stage) == funnel_counts(people)
    assert funnel_counts(people)["contacted"] == 4 + 3 + 2
