"""One figure, one definition: Today and Stats show the same numbers for the same data.

Each test drives the real main window: Today is read first, then the Stats
area is opened and read. The reply rate is the funnel's "replied of
contacted" on both screens (the same sentence), and this month's held chats
are the same on Today's cadence card and Stats' chart.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft
from infointerview.services.demo import load_demo
from infointerview.services.session import open_session


def _open_stats(window):  # type: ignore[no-untyped-def]
    items = window.sidebar.findItems("Stats", Qt.MatchFlag.MatchExactly)
    window.sidebar.setCurrentItem(items[0])
    assert window.stats.isVisible()
    return window.stats


def _replied_of(text: str) -> tuple[int, int]:
    found = re.match(r"(\d+) of (\d+) ", text)
    assert found is not None, text
    return int(found.group(1)), int(found.group(2))


def _held_this_month(today) -> int:  # type: ignore[no-untyped-def]
    found = re.match(r"(\d+) of \d+ this month", today.cadence_count.text())
    assert found is not None, today.cadence_count.text()
    return int(found.group(1))


def _assert_today_and_stats_agree(window) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    today = window.today
    headline = today.reply_headline.text()
    held = _held_this_month(today)
    stats = _open_stats(window)
    note = stats.funnel_note.text()
    assert note.startswith(headline + ";"), (headline, note)  # the same sentence
    counts = {s.key: s.count for s in stats.funnel.steps}
    assert _replied_of(headline) == (counts["replied"], counts["contacted"])
    assert stats.chart.months[-1][1] == held  # this month's bar is Today's count
    return _replied_of(headline)


def test_today_and_stats_agree_on_the_sample_data(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    load_demo(session)
    session.close()
    window = make_window()
    replied, contacted = _assert_today_and_stats_agree(window)
    assert contacted >= 20 and 0 < replied < contacted
    verdict = window.today.reply_verdict.text()
    assert verdict and "messages" not in verdict  # people, not messages


def test_one_message_one_reply_is_one_of_one_on_both(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    cid = session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva"))
    sent = session.chats.now() - timedelta(days=2)
    message = session.outreach.log_message(cid, "outreach", "email", sent)
    session.outreach.mark_replied(message, sent + timedelta(days=1))
    session.close()
    window = make_window()
    assert "you contacted replied" in window.today.reply_headline.text()
    assert _assert_today_and_stats_agree(window) == (1, 1)


def test_nobody_contacted_yet_says_so_on_today(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva"))
    session.close()
    window = make_window()
    assert window.today.reply_headline.text() == "Nobody contacted yet"
    assert "Log your first message" in _open_stats(window).funnel_note.text()


def test_goal_met_this_month_starts_the_streak(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Planned for later this month but held already: met, and the streak says so."""
    session = open_session(data_dir)
    chats = session.chats
    cid = session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva"))
    now = chats.now().replace(second=0, microsecond=0)
    local_now = chats.to_local(now)
    later = local_now + timedelta(days=1)
    if later.month != local_now.month:  # the last day of a month: plan it for this afternoon
        later = local_now.replace(hour=23, minute=0)
    chat_id = chats.schedule(ChatDraft(cid, datetime.combine(later.date(), later.time()), 30))
    chats.record_start(chat_id, now - timedelta(minutes=30))
    chats.set_status(chat_id, "held", when=now - timedelta(minutes=8))
    session.close()
    window = make_window()
    today = window.today
    assert today.cadence_count.text() == "1 of 1 this month"
    assert today.streak.text().startswith("Current streak: 1 ")
    assert "No streak yet" not in today.streak.text()
    _assert_today_and_stats_agree(window)


def test_the_reply_rate_is_counted_once_the_window_is_painted(qtbot, make_window, session) -> None:  # type: ignore[no-untyped-def]
    """Start-up does not wait for counting every contact by stage: Today's reply-rate
    card is filled right after the first paint, with the same sentence as Stats."""
    from infointerview.services.demo import load_demo

    load_demo(session)
    window = make_window()
    today = window.today
    qtbot.waitUntil(lambda: "you contacted replied" in today.reply_headline.text(), timeout=5000)
    assert today.reply_headline.text().startswith("19 of 23")
    assert not today._reply_rate_held
