"""The calendar of chats: month cells with names and times, week blocks by time, the
toolbar, click to open, drag and Alt+arrows to move (with the clash check), held
chats staying put, and the view following changes made elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft
from infointerview.store.models import Chat


@pytest.fixture
def english_uk() -> Iterator[None]:
    """Pinned locale: weeks start on Monday, "30 Nov – 6 Dec 2026"."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _calendar(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    window.sidebar.setCurrentRow(window.pages.indexOf(window.calendar))
    qtbot.waitUntil(window.calendar.isVisible)
    return window, window.calendar


def _person(window, first: str, last: str = "Silva", org: str = "Helix Bio") -> int:  # type: ignore[no-untyped-def]
    return int(window.session.contacts.create(
        ContactDraft(first_name=first, last_name=last, organisation=org)))


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)


def _start(window, chat_id: int) -> datetime:  # type: ignore[no-untyped-def]
    return window.session.chats.to_local(Chat.get_by_id(chat_id).start_at)


def _center(rect) -> QPoint:  # type: ignore[no-untyped-def]
    return rect.center().toPoint()


def test_month_cells_list_chats_and_follow_ups(qtbot, make_window, english_uk) -> None:  # type: ignore[no-untyped-def]
    window, view = _calendar(qtbot, make_window)
    chats = window.session.chats
    ana = _person(window, "Ana")
    today = chats.to_local(chats.now()).date()
    tomorrow = today + timedelta(days=1)
    chat = chats.schedule(ChatDraft(ana, _at(tomorrow, 10), 30))
    held = chats.schedule(ChatDraft(ana, _at(today, 0, 5), 30))
    chats.mark_held(held)
    window.session.followups.refresh()
    grid = view.calendar
    assert grid.cell_texts(tomorrow) == ["10:00 Ana Silva"]  # refreshed by the change events
    assert grid.days[0].isoweekday() == QLocale().firstDayOfWeek().value == 1
    assert grid.today == today and len(grid.days) == 42
    (task,) = window.session.followups.open_tasks()
    due = window.session.followups.local_date(task.due_utc)
    view.select_date(due)
    assert f"↻ {task.title}" in grid.cell_texts(due)
    assert "Send a thank-you note to Ana Silva" in task.title

    busy = tomorrow + timedelta(days=1)
    for hour in range(8, 17):
        chats.schedule(ChatDraft(ana, _at(busy, hour), 30))
    view.select_date(busy)
    texts = grid.cell_texts(busy)
    assert texts[0] == "08:00 Ana Silva" and texts[-1].startswith("+")
    shown = len(grid.entries[busy])  # nine chats, and a follow-up if one falls due that day
    assert texts[-1] == f"+{shown - (len(texts) - 1)} more"  # what does not fit is counted
    assert len(view.agenda_texts()) == shown  # the day pane lists them all
    assert view.agenda_texts()[0].startswith("08:00–08:30   Ana Silva (Helix Bio)\nVideo call")

    # Days of other months are dimmed; today is ringed in the accent colour.
    image = grid.grab().toImage()
    first = next(d for d in grid.days if d.month == grid.month and d != today and d.day > 7)
    other = next(d for d in grid.days if d.month != grid.month)
    in_month, outside = grid.cell_rect(first), grid.cell_rect(other)
    point = lambda r: QPoint(int(r.right() - 4), int(r.bottom() - 4))  # noqa: E731
    dpr = image.devicePixelRatio()
    assert image.pixelColor(point(in_month) * dpr) != image.pixelColor(point(outside) * dpr)
    assert chat in [e.id for e in grid.visible_chats()]


def test_week_blocks_navigation_and_held_times(qtbot, make_window, english_uk) -> None:  # type: ignore[no-untyped-def]
    window, view = _calendar(qtbot, make_window)
    chats = window.session.chats
    ana, ben = _person(window, "Ana"), _person(window, "Ben", "Okafor", "Quanta")
    monday = date(2026, 11, 30)
    short = chats.schedule(ChatDraft(ana, _at(monday + timedelta(days=2), 10), 30))
    long = chats.schedule(ChatDraft(ben, _at(monday + timedelta(days=2), 14), 90))
    held = chats.schedule(ChatDraft(ben, _at(monday + timedelta(days=3), 16), 30))
    chats.set_status(held, "held", when=chats.to_utc(_at(monday + timedelta(days=3), 9)),
                     started=chats.to_utc(_at(monday + timedelta(days=3), 8, 15)))

    view.select_date(monday + timedelta(days=1))
    assert view.period_title.text() == "December 2026"
    qtbot.mouseClick(view.week_button, Qt.MouseButton.LeftButton)
    assert view.period_title.text() == "30 Nov – 6 Dec 2026"
    week = view.week
    hour = week.hour_height()
    a, b = week.entry_rect(short), week.entry_rect(long)
    assert a is not None and b is not None
    assert abs(a.top() - week.y_of(10 * 60)) < 1 and abs(a.height() + 1 - hour / 2) < 1
    assert abs(b.top() - week.y_of(14 * 60)) < 1 and abs(b.height() + 1 - 1.5 * hour) < 1
    assert a.left() == b.left()  # same day, same column
    assert week.block_texts(long) == ["Ben Okafor (Quanta)", "14:00–15:30"]
    h = week.entry_rect(held)
    assert h is not None and abs(h.top() - week.y_of(8 * 60 + 15)) < 1  # where it happened
    assert h.left() > a.left()

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.period_title.text() == "7 – 13 Dec 2026" and week.entry_rect(short) is None
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_PageUp)
    qtbot.keyClick(week, Qt.Key.Key_PageUp)
    assert view.period_title.text() == "23 – 29 Nov 2026"
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    today = window.session.chats.to_local(window.session.chats.now()).date()
    assert today in week.days and week.today == today
    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.calendar and today in view.calendar.days
    view.select_date(date(2026, 12, 31))
    qtbot.keyClick(view.calendar, Qt.Key.Key_PageDown)
    assert view.period_title.text() == "January 2027"


def test_click_opens_and_keyboard_reaches_each_chat(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window, view = _calendar(qtbot, make_window)
    chats = window.session.chats
    ana, ben = _person(window, "Ana"), _person(window, "Ben", "Okafor", "Quanta")
    tomorrow = chats.to_local(chats.now()).date() + timedelta(days=1)
    first = chats.schedule(ChatDraft(ana, _at(tomorrow, 9), 30))
    second = chats.schedule(ChatDraft(ben, _at(tomorrow, 11), 30))
    grid = view.calendar

    grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(grid.hasFocus)
    grid.select(tomorrow, second)
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert grid.hasFocus() and grid.selected_chat == first
    assert "Ana Silva (Helix Bio)" in grid.accessibleName()
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.hasFocus() and grid.selected_chat == second
    assert "Ben Okafor (Quanta)" in grid.accessibleName()
    assert view.current_chat_id() == second  # the day pane follows
    rect = grid.entry_rect(second)
    assert rect is not None and "11:00–11:30 · Ben Okafor (Quanta) · Video call" in grid.tooltip_text(_center(rect))
    with qtbot.waitSignal(view.open_chat_requested) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [second]

    window.sidebar.setCurrentRow(window.pages.indexOf(view))
    qtbot.waitUntil(view.isVisible)
    rect = grid.entry_rect(first)
    assert rect is not None
    with qtbot.waitSignal(view.open_chat_requested) as opened:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=_center(rect))
    assert opened.args == [first]
    assert window.pages.currentWidget() is window.chat_page


def _drag(qtbot, widget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, start + QPoint(0, 8))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_drag_and_keys_move_a_chat_and_a_clash_asks(qtbot, make_window, no_modal_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, view = _calendar(qtbot, make_window)
    chats = window.session.chats
    ana, ben = _person(window, "Ana"), _person(window, "Ben", "Okafor", "Quanta")
    tomorrow = chats.to_local(chats.now()).date() + timedelta(days=1)
    chat = chats.schedule(ChatDraft(ana, _at(tomorrow, 10), 30))
    grid = view.calendar
    target = tomorrow + timedelta(days=2)
    rect, cell = grid.entry_rect(chat), grid.cell_rect(target)
    assert rect is not None and cell is not None
    _drag(qtbot, grid, _center(rect), _center(cell))
    assert _start(window, chat) == _at(target, 10)  # another day, the same time
    assert grid.cell_texts(target) == ["10:00 Ana Silva"] and grid.cell_texts(tomorrow) == []
    assert "Moved the chat with Ana Silva (Helix Bio)" in window.statusBar().currentMessage()

    # Keyboard: the selected chat moves a day with Alt+Left.
    grid.setFocus()
    grid.select(target, chat)
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _start(window, chat) == _at(target - timedelta(days=1), 10)
    assert grid.selected_chat == chat and grid.selected_day == target - timedelta(days=1)

    # Week: drag down by an hour and a bit snaps to the quarter hour; Alt+Down adds 15 minutes.
    qtbot.mouseClick(view.week_button, Qt.MouseButton.LeftButton)
    week = view.week
    day = target - timedelta(days=1)
    rect = week.entry_rect(chat)
    assert rect is not None
    start = _center(rect)
    _drag(qtbot, week, start, start + QPoint(0, int(week.hour_height() * 1.3)))
    assert _start(window, chat) == _at(day, 11, 15)
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _start(window, chat) == _at(day, 11, 30)

    # A clash asks first: No leaves it, Yes moves it.
    other = chats.schedule(ChatDraft(ben, _at(day, 11, 45), 30))
    qtbot.keyClick(week, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert no_modal_boxes[-1][0] == "question" and "Ben Okafor (Quanta)" in no_modal_boxes[-1][1]
    assert _start(window, chat) == _at(day, 11, 30)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.keyClick(week, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _start(window, chat) == _at(day, 11, 45) and _start(window, other) == _at(day, 11, 45)


def test_held_chat_stays_and_view_follows_changes(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window, view = _calendar(qtbot, make_window)
    chats = window.session.chats
    ana = _person(window, "Ana")
    today = chats.to_local(chats.now()).date()
    held = chats.schedule(ChatDraft(ana, _at(today, 0, 5), 30))
    chats.mark_held(held)
    grid = view.calendar
    view.select_date(today)
    before = Chat.get_by_id(held).start_at
    grid.setFocus()
    grid.select(today, held)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    rect, cell = grid.entry_rect(held), grid.cell_rect(today + timedelta(days=7))
    if rect is not None and cell is not None:
        _drag(qtbot, grid, _center(rect), _center(cell))
    assert Chat.get_by_id(held).start_at == before
    assert "stays where it is" in window.statusBar().currentMessage()

    # A chat changed elsewhere (the service, as the Chat area or an import would).
    tomorrow = today + timedelta(days=1)
    chat = chats.schedule(ChatDraft(ana, _at(tomorrow, 9), 30))
    assert grid.cell_texts(tomorrow) == ["09:00 Ana Silva"]
    chats.reschedule(chat, ChatDraft(ana, _at(tomorrow, 15, 30), 45))
    assert grid.cell_texts(tomorrow) == ["15:30 Ana Silva"]
    chats.cancel(chat)
    assert grid.cell_texts(tomorrow) == []
