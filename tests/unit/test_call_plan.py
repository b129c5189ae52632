"""Tests for the call plan and call timer, driven by a fake clock (no sleeping)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infointerview.domain.call_plan import (
    CallStateError,
    CallTimer,
    Phase,
    build_phases,
    effective_wrap_up_min,
    format_clock,
)


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        assert seconds >= 0, "monotonic clocks never go back"
        self.now += seconds


def started_timer(length_min: int = 30, wrap_up_min: int = 5) -> tuple[CallTimer, FakeClock]:
    clock = FakeClock()
    timer = CallTimer(length_min, wrap_up_min, clock=clock)
    timer.start()
    return timer, clock


def at(timer: CallTimer, clock: FakeClock, elapsed_s: float) -> None:
    """Move a running, never-paused timer to exactly ``elapsed_s``."""
    assert timer.started_at_s is not None
    clock.now = timer.started_at_s + elapsed_s


def spans(phases: tuple[Phase, ...]) -> list[tuple[str, int, int | None]]:
    return [(p.key, p.start_s, p.end_s) for p in phases]


# -- the plan ----------------------------------------------------------------


def test_default_plan_phases_in_order_with_minute_boundaries() -> None:
    assert spans(build_phases()) == [
        ("opening", 0, 60),
        ("my_bio", 60, 120),
        ("their_story", 120, 420),
        ("questions", 420, 1500),
        ("wrap_up", 1500, 1800),
        ("overrun", 1800, None),
    ]


def test_every_phase_has_a_title_and_hint_and_wrap_up_asks_for_referrals() -> None:
    phases = {p.key: p for p in build_phases()}
    assert all(p.title and p.hint for p in phases.values())
    assert "who else" in phases["wrap_up"].hint.lower()
    assert "respect their time" in phases["overrun"].hint


@pytest.mark.parametrize(
    ("length", "story_end", "wrap_start"),
    [(15, 5, 10), (45, 10, 40), (60, 12, 55), (90, 17, 85), (120, 22, 115)],
)
def test_other_lengths_scale_their_story_and_keep_wrap_up(
    length: int, story_end: int, wrap_start: int
) -> None:
    phases = build_phases(length)
    assert [p.key for p in phases] == [
        "opening",
        "my_bio",
        "their_story",
        "questions",
        "wrap_up",
        "overrun",
    ]
    assert phases[2].end_s == story_end * 60
    assert phases[4].start_s == wrap_start * 60
    assert phases[4].end_s == phases[5].start_s == length * 60
    # Contiguous: each phase starts where the previous one ended.
    assert all(a.end_s == b.start_s for a, b in zip(phases, phases[1:], strict=False))


def test_phases_never_empty_for_any_supported_length() -> None:
    for length in range(10, 121):
        for wrap in (0, 2, 5, 30, 200):
            phases = build_phases(length, wrap)
            assert all(p.end_s is None or p.end_s > p.start_s for p in phases)
            assert phases[3].end_s - phases[3].start_s >= 60  # type: ignore[operator]
            assert phases[4].end_s - phases[4].start_s >= 120  # type: ignore[operator]


def test_wrap_up_is_clamped_to_at_least_two_minutes_and_leaves_questions_a_minute() -> None:
    assert effective_wrap_up_min(30, 0) == 2
    assert effective_wrap_up_min(30, 1) == 2
    assert effective_wrap_up_min(30, 10) == 10
    # 15 min: their story ends at 5, so wrap-up may take at most 15 - 5 - 1 = 9.
    assert effective_wrap_up_min(15, 14) == 9
    phases = build_phases(15, 14)
    assert (phases[3].start_s, phases[3].end_s) == (300, 360)
    assert CallTimer(15, 14, clock=FakeClock()).wrap_up_min == 9


@pytest.mark.parametrize("length", [5, 9, 0, -30])
def test_lengths_under_ten_minutes_are_rejected(length: int) -> None:
    with pytest.raises(ValueError, match="at least 10 minutes"):
        build_phases(length)
    with pytest.raises(ValueError):
        CallTimer(length, clock=FakeClock())


def test_ten_minutes_is_accepted() -> None:
    assert build_phases(10)[-1].start_s == 600


# -- format_clock ------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (1800, "30:00"),
        (1799.4, "30:00"),
        (1799.0, "29:59"),
        (0.2, "00:01"),
        (0, "00:00"),
        (-0.5, "00:00"),
        (-1, "+00:01"),
        (-60, "+01:00"),
        (3600, "1:00:00"),
        (3900, "1:05:00"),
        (-3661, "+1:01:01"),
        (1e-9, "00:00"),  # float noise does not show as an extra second
    ],
)
def test_format_clock(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


# -- the timer on a fake clock -----------------------------------------------


def test_ready_timer_shows_full_length_and_opening() -> None:
    timer = CallTimer(clock=FakeClock())
    assert timer.state == "ready"
    assert timer.display() == "30:00"
    assert timer.elapsed_s() == 0
    assert timer.phase().key == "opening"
    assert timer.started_at_s is None


def test_whole_call_phase_boundaries_are_exact() -> None:
    timer, clock = started_timer()
    assert timer.display() == "30:00"
    expected = [
        (0, "opening"),
        (59.9, "opening"),
        (60, "my_bio"),
        (119.9, "my_bio"),
        (120, "their_story"),
        (419.9, "their_story"),
        (420, "questions"),
        (1499.9, "questions"),
        (1500, "wrap_up"),
        (1799.9, "wrap_up"),
        (1800, "overrun"),
        (5000, "overrun"),
    ]
    for elapsed, key in expected:
        at(timer, clock, elapsed)
        assert timer.phase().key == key, elapsed
        assert timer.phase_index == [p.key for p in timer.phases].index(key)


def test_wrap_up_warning_starts_exactly_five_minutes_before_the_end() -> None:
    timer, clock = started_timer()
    at(timer, clock, 1499.999)
    assert not timer.is_wrap_up_warning()
    at(timer, clock, 1500)
    assert timer.is_wrap_up_warning()
    assert timer.display() == "05:00"
    at(timer, clock, 1800)
    assert not timer.is_wrap_up_warning()  # now it is over, a different state
    assert timer.is_over()


def test_display_reaches_zero_at_the_end_then_counts_overrun() -> None:
    timer, clock = started_timer()
    at(timer, clock, 1)
    assert timer.display() == "29:59"
    at(timer, clock, 1799.5)
    assert timer.display() == "00:01"
    assert not timer.is_over()
    at(timer, clock, 1800)
    assert timer.display() == "00:00"
    assert timer.is_over()
    assert timer.overrun_s() == 0
    assert timer.progress() == 1.0
    at(timer, clock, 1860)
    assert timer.display() == "+01:00"
    assert timer.remaining_s() == -60
    assert timer.overrun_s() == 60
    assert timer.progress() == pytest.approx(1860 / 1800)


def test_an_hour_long_call_shows_hours() -> None:
    timer, clock = started_timer(60)
    assert timer.display() == "1:00:00"
    at(timer, clock, 1)
    assert timer.display() == "59:59"
    at(timer, clock, 3600 + 3900)
    assert timer.display() == "+1:05:00"


def test_stall_jump_of_seven_seconds_keeps_display_exact() -> None:
    timer, clock = started_timer()
    clock.advance(0.3)
    assert timer.display() == "30:00"
    clock.advance(7)  # the event loop was blocked; no ticks in between
    assert timer.elapsed_s() == pytest.approx(7.3)
    assert timer.display() == "29:53"
    for _ in range(10):  # float noise from many small steps: 7.3 + 10 * 0.07
        clock.advance(0.07)
    assert timer.elapsed_s() != 8.0  # not exactly 8 in binary floating point ...
    assert timer.display() == "29:52"  # ... but the display still flips exactly at 8 s


def test_pause_and_resume_exclude_paused_time() -> None:
    timer, clock = started_timer()
    clock.advance(100)
    timer.pause()
    assert timer.state == "paused"
    clock.advance(500)
    assert timer.elapsed_s() == 100
    assert timer.total_paused_s == 500
    assert timer.display() == "28:20"
    timer.resume()
    clock.advance(20)
    assert timer.elapsed_s() == 120
    assert timer.phase().key == "their_story"
    assert timer.total_paused_s == 500


def test_end_freezes_time_and_keeps_raw_values() -> None:
    timer, clock = started_timer()
    clock.advance(600)
    timer.pause()
    clock.advance(60)
    timer.resume()
    clock.advance(1300)
    timer.end()
    clock.advance(10_000)
    assert timer.state == "ended"
    assert timer.elapsed_s() == 1900
    assert timer.display() == "+01:40"
    assert timer.started_at_s == 1000.0
    assert timer.ended_at_s == 1000.0 + 600 + 60 + 1300
    assert timer.total_paused_s == 60
    assert timer.ended_at_s - timer.started_at_s - timer.total_paused_s == 1900


def test_ending_while_paused_counts_the_pause_as_paused() -> None:
    timer, clock = started_timer()
    clock.advance(300)
    timer.pause()
    clock.advance(45)
    timer.end()
    clock.advance(99)
    assert timer.elapsed_s() == 300
    assert timer.total_paused_s == 45


@pytest.mark.parametrize(
    ("setup", "action", "message"),
    [
        ([], "pause", "Cannot pause the call: it has not started yet."),
        ([], "resume", "Cannot resume the call: it has not started yet."),
        ([], "end", "Cannot end the call: it has not started yet."),
        (["start"], "start", "Cannot start the call: it is running."),
        (["start"], "resume", "Cannot resume the call: it is running."),
        (["start", "pause"], "pause", "Cannot pause the call: it is paused."),
        (["start", "pause"], "start", "Cannot start the call: it is paused."),
        (["start", "end"], "end", "Cannot end the call: it has already ended."),
        (["start", "end"], "start", "Cannot start the call: it has already ended."),
        (["start", "end"], "pause", "Cannot pause the call: it has already ended."),
        (["start", "end"], "resume", "Cannot resume the call: it has already ended."),
    ],
)
def test_invalid_transitions_raise_with_clear_message(
    setup: list[str], action: str, message: str
) -> None:
    timer = CallTimer(clock=FakeClock())
    for step in setup:
        getattr(timer, step)()
    state_before = timer.state
    with pytest.raises(CallStateError) as caught:
        getattr(timer, action)()
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)
    assert timer.state == state_before


def test_snapshot_matches_the_timer_at_one_instant() -> None:
    timer, clock = started_timer()
    at(timer, clock, 1500)
    snap = timer.snapshot()
    assert snap.state == "running"
    assert snap.elapsed_s == 1500
    assert snap.remaining_s == 300
    assert snap.display == "05:00"
    assert (snap.phase_key, snap.phase_title) == ("wrap_up", timer.phase().title)
    assert snap.phase_hint == "Ask: who else should I talk to? May I use your name?"
    assert snap.warning and not snap.over
    assert snap.progress == pytest.approx(1500 / 1800)
    with pytest.raises(AttributeError):
        snap.display = "x"  # type: ignore[misc]


# -- crossed edges -----------------------------------------------------------


def test_crossed_reports_each_boundary_once_while_ticking() -> None:
    timer, clock = started_timer()
    previous = timer.snapshot()
    events: list[str] = []
    for _ in range(2000):  # one tick per second, past the end
        clock.advance(1)
        events += timer.crossed(previous)
        previous = timer.snapshot()
    assert events == [
        "phase:my_bio",
        "phase:their_story",
        "phase:questions",
        "phase:wrap_up",
        "wrap_up_warning",
        "phase:overrun",
        "time_up",
    ]


def test_crossed_after_a_stall_reports_skipped_phases_in_order() -> None:
    timer, clock = started_timer()
    at(timer, clock, 30)
    previous = timer.snapshot()
    at(timer, clock, 1500)  # stalled from the opening straight into wrap-up
    assert timer.crossed(previous) == [
        "phase:my_bio",
        "phase:their_story",
        "phase:questions",
        "phase:wrap_up",
        "wrap_up_warning",
    ]
    previous = timer.snapshot()
    assert timer.crossed(previous) == []
    at(timer, clock, 1800)
    assert timer.crossed(previous) == ["phase:overrun", "time_up"]


def test_crossed_with_no_previous_counts_from_the_start() -> None:
    timer, clock = started_timer()
    assert timer.crossed(None) == []
    at(timer, clock, 150)
    assert timer.crossed(None) == ["phase:my_bio", "phase:their_story"]


def test_crossed_reports_nothing_while_paused() -> None:
    timer, clock = started_timer()
    at(timer, clock, 59)
    timer.pause()
    previous = timer.snapshot()
    clock.advance(600)
    assert timer.crossed(previous) == []
    timer.resume()
    clock.advance(1)
    assert timer.crossed(previous) == ["phase:my_bio"]


# -- property: elapsed is the sum of running intervals -----------------------

_operations = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(min_value=0, max_value=900, allow_nan=False)),
        st.tuples(st.just("toggle"), st.just(0.0)),
    ),
    max_size=40,
)


@given(ops=_operations, length=st.integers(min_value=10, max_value=120), end_at_last=st.booleans())
def test_elapsed_is_the_sum_of_running_intervals(
    ops: list[tuple[str, float]], length: int, end_at_last: bool
) -> None:
    clock = FakeClock()
    timer = CallTimer(length, clock=clock)
    timer.start()
    running_total = 0.0
    paused_total = 0.0
    for op, amount in ops:
        if op == "advance":
            clock.advance(amount)
            if timer.state == "running":
                running_total += amount
            else:
                paused_total += amount
        elif timer.state == "running":
            timer.pause()
        else:
            timer.resume()
        assert timer.elapsed_s() == pytest.approx(running_total, abs=1e-6)
        assert timer.remaining_s() + timer.elapsed_s() == pytest.approx(length * 60)
        assert timer.total_paused_s == pytest.approx(paused_total, abs=1e-6)
        assert timer.phase().contains(round(timer.elapsed_s(), 6))
    if end_at_last:
        timer.end()
        clock.advance(123)
        assert timer.elapsed_s() == pytest.approx(running_total, abs=1e-6)
        assert timer.remaining_s() + timer.elapsed_s() == pytest.approx(length * 60)


# -- the printed call plan: a minute mark for each question ---------------------------


def test_question_marks_share_the_questions_phase_and_put_who_else_at_the_wrap_up() -> None:
    from infointerview.domain.call_plan import question_marks

    marks = question_marks([False] * 5 + [True], 30, 5)
    phases = {p.key: p for p in build_phases(30, 5)}
    assert marks == (7, 10, 14, 17, 21, 25)
    assert marks[-1] == 30 - 5 == phases["wrap_up"].start_s // 60
    assert all(phases["questions"].start_s // 60 <= m < phases["wrap_up"].start_s // 60
               for m in marks[:-1])


@pytest.mark.parametrize(("length", "wrap", "count"), [(10, 5, 1), (20, 3, 8), (45, 8, 4), (60, 5, 15)])
def test_question_marks_follow_the_plan_for_other_lengths(length: int, wrap: int, count: int) -> None:
    from infointerview.domain.call_plan import question_marks

    phases = {p.key: p for p in build_phases(length, wrap)}
    marks = question_marks([False] * count + [True], length, wrap)
    assert list(marks[:-1]) == sorted(marks[:-1])
    assert marks[0] == phases["questions"].start_s // 60
    assert marks[-1] == phases["wrap_up"].start_s // 60
    assert all(m < phases["wrap_up"].start_s // 60 for m in marks[:-1])
