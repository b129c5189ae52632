"""The calendar: painted markers for chats and follow-ups, keyboard navigation, the agenda."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer

from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft
from infointerview.services.session import open_session


def test_markers_keyboard_and_agenda(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    cid = session.contacts.create(ContactDraft(first_name="Ana", organisation="Helix Bio"))
    chats = session.chats
    now = chats.to_local(chats.now()).replace(second=0, microsecond=0)
    held = chats.schedule(ChatDraft(cid, now - timedelta(days=2), 30))
    chats.mark_held(held)
    next_month = (now.replace(day=1) + timedelta(days=40)).replace(day=10, hour=9, minute=0)
    later = chats.schedule(ChatDraft(cid, next_month, 30, "coffee", "Cafe Nero", "Bus 12"))
    session.followups.refresh()
    (task,) = session.followups.open_tasks()
    session.close()

    window = make_window()
    window.sidebar.setCurrentRow(window.pages.indexOf(window.calendar))
    view = window.calendar
    grid = view.calendar
    assert grid.firstDayOfWeek() == QLocale().firstDayOfWeek()
    today = now.date()
    assert grid.today == today
    assert grid.dateTextFormat(grid.selectedDate()).fontWeight() >= 600  # today stands out
    due_day = view._followups.local_date(task.due_utc)
    if (due_day.year, due_day.month) == (today.year, today.month):
        assert grid.tasks.get(due_day) == 1

    grid.setFocus()
    start = grid.selectedDate()
    qtbot.keyClick(grid.focusWidget() or grid, Qt.Key.Key_Right)
    assert grid.selectedDate() == start.addDays(1)
    qtbot.keyClick(grid.focusWidget() or grid, Qt.Key.Key_PageDown)
    assert grid.monthShown() == next_month.month
    assert grid.chats.get(next_month.date()) == 1
    view.select_date(next_month.date())
    (text,) = view.agenda_texts()
    assert text.startswith("09:00–09:30   Ana (Helix Bio)") and "Coffee · Cafe Nero" in text
    view.agenda.setFocus()
    with qtbot.waitSignal(view.open_chat_requested) as opened:
        qtbot.keyClick(view.agenda, Qt.Key.Key_Return)
    assert opened.args == [later]
    assert window.pages.currentWidget() is window.chat_page  # the chat opened
    window.sidebar.setCurrentRow(window.pages.indexOf(view))
    assert view.open_button.isEnabled() and view.cancel_button.isEnabled()

    empty_day = next_month.date() + timedelta(days=1)
    view.select_date(empty_day)
    assert view.agenda_texts() == [] and view.empty_day.isVisible()
    seen: list[str] = []

    def check_dialog() -> None:
        dialog = window.chat_controller.last_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, check_dialog)
            return
        seen.append(dialog.when.dateTime().toString("yyyy-MM-dd HH:mm"))
        dialog.reject()

    QTimer.singleShot(0, check_dialog)
    qtbot.mouseClick(view.schedule_button, Qt.MouseButton.LeftButton)
    assert seen == [f"{empty_day:%Y-%m-%d} 10:00"]  # the dialog opens on that day
