"""Tests for the follow-up rules; "now" is always passed in, nothing sleeps."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infointerview.domain.followups import (
    ChatFacts,
    FollowUpSettings,
    OutreachFacts,
    TaskSuggestion,
    add_business_days,
    business_days_between,
    due_label,
    is_overdue,
    snooze_until,
    suggest_tasks,
)

UTC = timezone.utc
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
SETTINGS = FollowUpSettings()


def local(tz: ZoneInfo, y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    """An aware local datetime, e.g. local(LONDON, 2026, 1, 9, 9)."""
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def chat(
    chat_id: int = 17,
    contact_id: int = 5,
    status: str = "held",
    start: datetime | None = None,
    ended: datetime | None = None,
    thanked: datetime | None = None,
    last_contact: datetime | None = None,
) -> ChatFacts:
    return ChatFacts(
        chat_id=chat_id,
        contact_id=contact_id,
        contact_name="Ada Lovelace",
        organisation_id=3,
        status=status,
        start_utc=start or utc(2026, 1, 12, 14),
        ended_utc=ended,
        thank_you_sent_utc=thanked,
        last_contact_utc=last_contact,
    )


def message(
    message_id: int = 42,
    contact_id: int = 5,
    kind: str = "outreach",
    sent: datetime | None = None,
    replied: datetime | None = None,
    organisation_id: int | None = 3,
    contact_name: str = "Ada Lovelace",
) -> OutreachFacts:
    return OutreachFacts(
        message_id=message_id,
        contact_id=contact_id,
        contact_name=contact_name,
        organisation_id=organisation_id,
        organisation_name="Analytical Engines Ltd" if organisation_id is not None else "",
        kind=kind,
        sent_utc=sent or FRIDAY_9AM,
        replied_utc=replied,
    )


def kinds(tasks: list[TaskSuggestion]) -> list[str]:
    return [t.kind for t in tasks]


# Friday 9 January 2026, 09:00 in London (GMT, so also 09:00 UTC).
FRIDAY_9AM = local(LONDON, 2026, 1, 9, 9)
WEDNESDAY_9AM = local(LONDON, 2026, 1, 14, 9)  # + 3 business days
TUESDAY_AFTER_NEXT_9AM = local(LONDON, 2026, 1, 20, 9)  # + 7 business days


# --------------------------------------------------------------------------
# add_business_days / business_days_between
# --------------------------------------------------------------------------


def test_friday_plus_three_business_days_is_wednesday() -> None:
    result = add_business_days(FRIDAY_9AM, 3, LONDON)
    assert result == WEDNESDAY_9AM
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (local(LONDON, 2026, 1, 9, 9), 0, local(LONDON, 2026, 1, 9, 9)),  # Fri + 0
        (local(LONDON, 2026, 1, 9, 9), 1, local(LONDON, 2026, 1, 12, 9)),  # Fri + 1 = Mon
        (local(LONDON, 2026, 1, 10, 9), 0, local(LONDON, 2026, 1, 12, 9)),  # Sat + 0 = Mon
        (local(LONDON, 2026, 1, 10, 9), 3, local(LONDON, 2026, 1, 15, 9)),  # Sat + 3 = Thu
        (local(LONDON, 2026, 1, 11, 18), 1, local(LONDON, 2026, 1, 13, 18)),  # Sun + 1 = Tue
        (local(LONDON, 2026, 1, 12, 9), 5, local(LONDON, 2026, 1, 19, 9)),  # Mon + 5 = Mon
    ],
)
def test_weekend_handling(start: datetime, days: int, expected: datetime) -> None:
    assert add_business_days(start, days, LONDON) == expected


def test_month_end() -> None:
    # Thursday 30 April + 2 -> Monday 4 May.
    start = local(LONDON, 2026, 4, 30, 16, 45)
    assert add_business_days(start, 2, LONDON) == local(LONDON, 2026, 5, 4, 16, 45)


def test_year_end_with_and_without_holiday() -> None:
    start = local(NEW_YORK, 2025, 12, 31, 10)  # Wednesday
    assert add_business_days(start, 3, NEW_YORK) == local(NEW_YORK, 2026, 1, 5, 10)
    holidays = frozenset({date(2026, 1, 1)})
    assert add_business_days(start, 3, NEW_YORK, holidays) == local(NEW_YORK, 2026, 1, 6, 10)


@pytest.mark.parametrize(
    ("tz", "start", "expected_utc"),
    [
        # London spring forward (Sun 29 Mar 2026): 09:00 GMT -> 09:00 BST.
        (LONDON, local(LONDON, 2026, 3, 27, 9), utc(2026, 4, 1, 8)),
        # London fall back (Sun 25 Oct 2026): 09:00 BST -> 09:00 GMT.
        (LONDON, local(LONDON, 2026, 10, 23, 9), utc(2026, 10, 28, 9)),
        # New York spring forward (Sun 8 Mar 2026): 09:00 EST -> 09:00 EDT.
        (NEW_YORK, local(NEW_YORK, 2026, 3, 6, 9), utc(2026, 3, 11, 13)),
        # New York fall back (Sun 1 Nov 2026): 09:00 EDT -> 09:00 EST.
        (NEW_YORK, local(NEW_YORK, 2026, 10, 30, 9), utc(2026, 11, 4, 14)),
    ],
)
def test_dst_keeps_wall_clock(tz: ZoneInfo, start: datetime, expected_utc: datetime) -> None:
    result = add_business_days(start.astimezone(UTC), 3, tz)
    assert result == expected_utc
    assert result.astimezone(tz).hour == 9
    assert result.astimezone(tz).weekday() == 2  # Wednesday


def test_weekday_is_judged_in_the_local_zone() -> None:
    # Friday 20:00 UTC is already Saturday 09:00 in Auckland: rolled to Monday, +1 = Tuesday.
    start = utc(2026, 1, 9, 20)
    assert add_business_days(start, 1, AUCKLAND) == local(AUCKLAND, 2026, 1, 13, 9)
    # The same instant in UTC is a Friday: +1 = Monday.
    assert add_business_days(start, 1, UTC) == utc(2026, 1, 12, 20)


def test_rejects_naive_and_negative() -> None:
    with pytest.raises(ValueError, match="aware"):
        add_business_days(datetime(2026, 1, 9, 9), 1, LONDON)
    with pytest.raises(ValueError, match="negative"):
        add_business_days(FRIDAY_9AM, -1, LONDON)


def test_business_days_between() -> None:
    assert business_days_between(FRIDAY_9AM, WEDNESDAY_9AM, LONDON) == 3
    assert business_days_between(FRIDAY_9AM, WEDNESDAY_9AM - timedelta(minutes=1), LONDON) == 2
    assert business_days_between(WEDNESDAY_9AM, FRIDAY_9AM, LONDON) == -3
    assert business_days_between(FRIDAY_9AM, local(LONDON, 2026, 1, 11, 23), LONDON) == 0
    assert business_days_between(FRIDAY_9AM, FRIDAY_9AM, LONDON) == 0


zones = st.sampled_from([LONDON, NEW_YORK, AUCKLAND, UTC])
starts = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1), timezones=st.just(UTC)
)


@given(start=starts, days=st.integers(min_value=0, max_value=400), tz=zones)
def test_property_weekday_monotonic_and_inverse(start: datetime, days: int, tz: ZoneInfo) -> None:
    here = add_business_days(start, days, tz)
    later = add_business_days(start, days + 1, tz)
    assert here.astimezone(tz).weekday() < 5
    assert here < later
    assert here.astimezone(tz).time() == start.astimezone(tz).time()
    assert business_days_between(start, here, tz) == days


# --------------------------------------------------------------------------
# Thank-you
# --------------------------------------------------------------------------

CHAT_END = utc(2026, 1, 12, 14, 30)


def test_thank_you_due_soon_at_47h_and_overdue_at_49h() -> None:
    held = chat(ended=CHAT_END)
    soon = suggest_tasks(CHAT_END + timedelta(hours=47), LONDON, [held], [], SETTINGS)
    late = suggest_tasks(CHAT_END + timedelta(hours=49), LONDON, [held], [], SETTINGS)
    assert soon == late
    (task,) = soon
    assert task.kind == "thank_you"
    assert task.key == "thank_you:chat:17"
    assert task.chat_id == 17
    assert task.due_utc == CHAT_END + timedelta(hours=48)
    assert not is_overdue(task.due_utc, CHAT_END + timedelta(hours=47))
    assert is_overdue(task.due_utc, CHAT_END + timedelta(hours=49))


def test_thank_you_suggested_right_after_chat_using_default_length() -> None:
    held = chat(start=utc(2026, 1, 12, 14), ended=None)
    (task,) = suggest_tasks(utc(2026, 1, 12, 14, 31), LONDON, [held], [], SETTINGS)
    assert task.due_utc == utc(2026, 1, 14, 14, 30)


@pytest.mark.parametrize(
    "facts",
    [
        chat(status="scheduled"),
        chat(status="thanked", ended=CHAT_END),
        chat(status="cancelled"),
        chat(status="no_show"),
        chat(ended=CHAT_END, thanked=CHAT_END + timedelta(hours=3)),
    ],
)
def test_no_thank_you_unless_held_and_unthanked(facts: ChatFacts) -> None:
    tasks = suggest_tasks(CHAT_END + timedelta(hours=1), LONDON, [facts], [], SETTINGS)
    assert "thank_you" not in kinds(tasks)


def test_logged_thank_you_message_counts_as_sent() -> None:
    held = chat(ended=CHAT_END)
    note = message(message_id=9, kind="thank_you", sent=CHAT_END + timedelta(hours=2))
    assert suggest_tasks(CHAT_END + timedelta(hours=3), LONDON, [held], [note], SETTINGS) == []


# --------------------------------------------------------------------------
# 3 / 7 business-day outreach checks
# --------------------------------------------------------------------------


def test_nothing_before_three_business_days() -> None:
    just_before = WEDNESDAY_9AM - timedelta(seconds=1)
    assert suggest_tasks(just_before, LONDON, [], [message()], SETTINGS) == []


def test_second_person_at_three_business_days() -> None:
    (task,) = suggest_tasks(WEDNESDAY_9AM, LONDON, [], [message()], SETTINGS, {3: 2})
    assert task.kind == "second_person"
    assert task.key == "second_person:msg:42"
    assert task.due_utc == WEDNESDAY_9AM
    assert "Analytical Engines Ltd" in task.title
    assert "2 other contacts" in task.detail
    assert "your message of 9 January 2026" in task.detail  # in words, not ISO


@pytest.mark.parametrize(
    ("others", "expected"),
    [({3: 1}, "1 other contact at"), ({3: 0}, "Nobody else"), ({}, "Nobody else"), (None, "Check")],
)
def test_second_person_detail_says_whether_someone_is_known(
    others: dict[int, int] | None, expected: str
) -> None:
    (task,) = suggest_tasks(WEDNESDAY_9AM, LONDON, [], [message()], SETTINGS, others)
    assert expected in task.detail


def test_follow_up_once_at_seven_business_days() -> None:
    tasks = suggest_tasks(TUESDAY_AFTER_NEXT_9AM, LONDON, [], [message()], SETTINGS)
    assert kinds(tasks) == ["second_person", "follow_up_once"]
    assert tasks[1].key == "follow_up_once:msg:42"
    assert tasks[1].due_utc == TUESDAY_AFTER_NEXT_9AM
    assert tasks[1].chat_id is None


def test_unknown_organisation_gets_no_second_person() -> None:
    msg = message(organisation_id=None)
    tasks = suggest_tasks(TUESDAY_AFTER_NEXT_9AM, LONDON, [], [msg], SETTINGS)
    assert kinds(tasks) == ["follow_up_once"]


def test_reply_cancels_checks() -> None:
    msg = message(replied=FRIDAY_9AM + timedelta(days=1))
    assert suggest_tasks(TUESDAY_AFTER_NEXT_9AM, LONDON, [], [msg], SETTINGS) == []


def test_chat_arranged_after_outreach_cancels_checks() -> None:
    booked = chat(status="scheduled", start=local(LONDON, 2026, 1, 26, 12))
    assert suggest_tasks(TUESDAY_AFTER_NEXT_9AM, LONDON, [booked], [message()], SETTINGS) == []


def test_earlier_chat_does_not_cancel_checks() -> None:
    old = chat(status="thanked", start=utc(2025, 12, 1, 12), ended=utc(2025, 12, 1, 12, 30))
    tasks = suggest_tasks(TUESDAY_AFTER_NEXT_9AM, LONDON, [old], [message()], SETTINGS)
    assert kinds(tasks) == ["second_person", "follow_up_once"]


def test_follow_up_fires_once_then_thread_is_closed() -> None:
    outreach = message()
    now = TUESDAY_AFTER_NEXT_9AM
    assert "follow_up_once" in kinds(suggest_tasks(now, LONDON, [], [outreach], SETTINGS))
    follow_up = message(message_id=43, kind="follow_up", sent=now + timedelta(hours=1))
    for later in (now + timedelta(hours=2), now + timedelta(days=30), now + timedelta(days=80)):
        assert suggest_tasks(later, LONDON, [], [outreach, follow_up], SETTINGS) == []


def test_messaging_a_second_person_drops_only_the_second_person_check() -> None:
    first = message()
    second = message(message_id=50, contact_id=6, contact_name="Charles", sent=WEDNESDAY_9AM)
    tasks = suggest_tasks(TUESDAY_AFTER_NEXT_9AM, LONDON, [], [first, second], SETTINGS)
    # Charles's own 3-day check (try a third person) is due too; Ada's is gone.
    assert [t.key for t in tasks] == ["second_person:msg:50", "follow_up_once:msg:42"]


def test_new_outreach_to_same_contact_starts_its_own_thread() -> None:
    old = message(message_id=42, sent=utc(2025, 11, 3, 9))
    new = message(message_id=77, sent=FRIDAY_9AM)
    tasks = suggest_tasks(WEDNESDAY_9AM, LONDON, [], [old, new], SETTINGS)
    assert [t.key for t in tasks] == ["second_person:msg:77"]


def test_keys_stable_across_repeated_runs() -> None:
    facts = [chat(ended=CHAT_END)], [message(contact_id=8, sent=utc(2025, 12, 1, 9))]
    runs = [
        suggest_tasks(utc(2026, 1, 13, 9) + timedelta(minutes=m), LONDON, *facts, SETTINGS)
        for m in range(0, 300, 60)
    ]
    assert all(run == runs[0] for run in runs)
    assert [t.key for t in runs[0]] == [
        "second_person:msg:42",
        "follow_up_once:msg:42",
        "thank_you:chat:17",
    ]


# --------------------------------------------------------------------------
# Periodic updates
# --------------------------------------------------------------------------

UPDATE = timedelta(days=90)


def update_tasks(
    now: datetime, chats: list[ChatFacts], msgs: list[OutreachFacts] | None = None
) -> list[TaskSuggestion]:
    return [
        t for t in suggest_tasks(now, LONDON, chats, msgs or [], SETTINGS) if t.kind == "update"
    ]


@pytest.mark.parametrize("status", ["held", "thanked"])
def test_first_update_ninety_days_after_chat(status: str) -> None:
    facts = chat(status=status, ended=CHAT_END)
    assert update_tasks(CHAT_END + UPDATE - timedelta(minutes=1), [facts]) == []
    (task,) = update_tasks(CHAT_END + UPDATE, [facts])
    assert task.key == "update:chat:17:1"
    assert task.due_utc == CHAT_END + UPDATE


def test_later_contact_pushes_update_and_starts_next_cycle() -> None:
    contacted = CHAT_END + timedelta(days=100)
    facts = chat(status="thanked", ended=CHAT_END, last_contact=contacted)
    assert update_tasks(contacted + UPDATE - timedelta(minutes=1), [facts]) == []
    (task,) = update_tasks(contacted + UPDATE, [facts])
    assert task.key == "update:chat:17:2"
    assert task.due_utc == contacted + UPDATE


def test_contact_before_first_update_delays_cycle_one() -> None:
    contacted = CHAT_END + timedelta(days=30)
    facts = chat(status="thanked", ended=CHAT_END, last_contact=contacted)
    assert update_tasks(CHAT_END + UPDATE, [facts]) == []
    (task,) = update_tasks(contacted + UPDATE, [facts])
    assert task.key == "update:chat:17:1"


def test_logged_update_message_counts_as_contact() -> None:
    facts = chat(status="thanked", ended=CHAT_END)
    sent = CHAT_END + UPDATE + timedelta(days=2)
    note = message(message_id=60, kind="update", sent=sent)
    (task,) = update_tasks(sent + UPDATE, [facts], [note])
    assert task.key == "update:chat:17:2"


def test_ignored_update_comes_back_next_period_with_new_key() -> None:
    facts = chat(status="thanked", ended=CHAT_END)
    keys = [
        t.key for d in (90, 150, 179) for t in update_tasks(CHAT_END + timedelta(days=d), [facts])
    ]
    assert keys == ["update:chat:17:1"] * 3
    (task,) = update_tasks(CHAT_END + timedelta(days=180), [facts])
    assert task.key == "update:chat:17:2"


def test_only_latest_chat_per_contact_gets_updates() -> None:
    first = chat(
        chat_id=1, status="thanked", start=utc(2025, 6, 1, 9), ended=utc(2025, 6, 1, 9, 30)
    )
    second = chat(
        chat_id=2, status="thanked", start=utc(2025, 9, 1, 9), ended=utc(2025, 9, 1, 9, 30)
    )
    tasks = update_tasks(utc(2026, 1, 1), [first, second])
    assert [t.key for t in tasks] == ["update:chat:2:1"]


def test_no_update_for_unheld_chats() -> None:
    facts = [chat(chat_id=1, status="scheduled"), chat(chat_id=2, status="cancelled")]
    assert update_tasks(utc(2027, 1, 1), facts) == []


# --------------------------------------------------------------------------
# Labels, snoozing, settings
# --------------------------------------------------------------------------

NOW = local(LONDON, 2026, 1, 14, 10)  # Wednesday 10:00


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (NOW - timedelta(days=2, hours=3), "overdue by 2 days"),
        (NOW - timedelta(days=1), "overdue by 1 day"),
        (NOW - timedelta(hours=5), "overdue by 5 hours"),
        (NOW - timedelta(minutes=20), "overdue by 20 minutes"),
        (NOW, "due now"),
        (NOW + timedelta(hours=13), "due today"),  # 23:00 the same evening
        (NOW + timedelta(hours=14), "due tomorrow"),  # 00:00 Thursday
        (NOW + timedelta(days=1, hours=13), "due tomorrow"),
        (NOW + timedelta(days=3), "due in 3 days"),
    ],
)
def test_due_label(due: datetime, expected: str) -> None:
    assert due_label(due.astimezone(UTC), NOW.astimezone(UTC), LONDON) == expected


def test_is_overdue_boundary() -> None:
    assert not is_overdue(NOW, NOW)
    assert is_overdue(NOW, NOW + timedelta(seconds=1))


@pytest.mark.parametrize(
    ("now", "choice", "expected"),
    [
        (NOW, "later_today", NOW + timedelta(hours=3)),
        (NOW, "tomorrow", local(LONDON, 2026, 1, 15, 9)),
        (NOW, "next_week", local(LONDON, 2026, 1, 19, 9)),
        (local(LONDON, 2026, 1, 12, 8), "next_week", local(LONDON, 2026, 1, 19, 9)),  # Monday
        (local(LONDON, 2026, 1, 16, 17), "next_business_day", local(LONDON, 2026, 1, 19, 9)),
        (NOW, "next_business_day", local(LONDON, 2026, 1, 15, 9)),
        # Saturday before the spring change: 09:00 BST on Sunday is 08:00 UTC.
        (local(LONDON, 2026, 3, 28, 20), "tomorrow", utc(2026, 3, 29, 8)),
        # Late evening in New York is already tomorrow in UTC; "tomorrow" is local.
        (local(NEW_YORK, 2026, 1, 14, 22), "tomorrow", local(NEW_YORK, 2026, 1, 15, 9)),
    ],
)
def test_snooze_choices(now: datetime, choice: str, expected: datetime) -> None:
    tz = now.tzinfo
    assert isinstance(tz, ZoneInfo)
    result = snooze_until(now.astimezone(UTC), tz, choice)
    assert result == expected
    assert result.tzinfo is UTC


def test_snooze_rejects_unknown_choice() -> None:
    with pytest.raises(ValueError, match="snooze"):
        snooze_until(NOW, LONDON, "someday")


def test_settings_validation_and_custom_delays() -> None:
    with pytest.raises(ValueError):
        FollowUpSettings(update_after_days=0)
    with pytest.raises(ValueError):
        FollowUpSettings(thank_you_hours=-1)
    quick = FollowUpSettings(second_person_business_days=1, follow_up_business_days=2)
    tasks = suggest_tasks(local(LONDON, 2026, 1, 13, 9), LONDON, [], [message()], quick)
    assert kinds(tasks) == ["second_person", "follow_up_once"]
