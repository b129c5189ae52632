"""Schedule, reschedule and cancel a chat through the real dialogs; see it on the
calendar and in Today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer

from infointerview.domain.contacts import ContactDraft
from infointerview.services.session import open_session
from infointerview.store.models import Chat
from infointerview.ui.locale_format import day_time_text
from infointerview.ui.schedule_dialog import ScheduleDialog


def seed(data_dir: Path) -> dict[str, int]:
    session = open_session(data_dir)
    ids = {
        "ana": session.contacts.create(
            ContactDraft(first_name="Ana", last_name="Silva", organisation="Helix Bio")
        ),
        "ben": session.contacts.create(
            ContactDraft(first_name="Ben", last_name="Okafor", organisation="Quanta")
        ),
    }
    session.close()
    return ids


def while_dialog_open(qtbot, window, fill: Callable[[ScheduleDialog], None]) -> list[bool]:  # type: ignore[no-untyped-def]
    """Run ``fill`` on the chat dialog once the next exec() has shown it."""
    done: list[bool] = []

    def step() -> None:
        dialog = window.chat_controller.last_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, step)
            return
        try:
            fill(dialog)
            done.append(True)
        finally:
            if dialog.isVisible():  # never leave a test hanging in exec()
                errors = [label.text() for label in dialog.errors.values() if label.text()]
                done.append(False)
                done.extend(errors)  # type: ignore[arg-type]
                dialog.reject()

    QTimer.singleShot(0, step)
    return done


def local_now(window) -> datetime:  # type: ignore[no-untyped-def]
    chats = window.session.chats
    return chats.to_local(chats.now())


def go_to(qtbot, window, area: str) -> None:  # type: ignore[no-untyped-def]
    items = window.sidebar.findItems(area, Qt.MatchFlag.MatchExactly)
    rect = window.sidebar.visualItemRect(items[0])
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.sidebar.currentItem().text() == area


def test_schedule_in_a_few_keystrokes_then_see_it_everywhere(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir)
    window = make_window()
    assert window.pages.currentWidget() is window.today
    assert "noChats" in {w.objectName() for w in window.today.findChildren(type(window.today.heading))}

    def fill(dialog: ScheduleDialog) -> None:
        qtbot.waitUntil(dialog.contact.hasFocus)  # the contact field has focus on open
        qtbot.keyClicks(dialog.contact, "ana")
        dialog.contact.completer().popup().hide()
        qtbot.keyClicks(dialog.place, "https://meet.example/ana")
        qtbot.keyClick(dialog.place, Qt.Key.Key_Return)

    done = while_dialog_open(qtbot, window, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert done == [True]
    chat = Chat.get()
    tomorrow = local_now(window).date() + timedelta(days=1)
    assert window.session.chats.to_local(chat.start_at) == datetime.combine(tomorrow, datetime.min.time()).replace(hour=10)
    assert (chat.length_min, chat.mode, chat.place) == (30, "video", "https://meet.example/ana")
    assert "Scheduled a chat with Ana Silva (Helix Bio)" in window.statusBar().currentMessage()

    # Today shows it with its prep status.
    card = window.today.chat_cards[chat.id]
    assert card.who.text() == "Ana Silva (Helix Bio)"
    assert card.when.text().startswith("Tomorrow 10:00")
    assert "No pitch yet" in card.prep.text() and "no questions yet" in card.prep.text()

    # The calendar marks the day and lists it in the agenda.
    go_to(qtbot, window, "Calendar")
    calendar = window.calendar
    assert calendar.calendar.chats == {tomorrow: 1}
    calendar.select_date(tomorrow)
    assert calendar.agenda_texts()[0].startswith("10:00–10:30   Ana Silva (Helix Bio)")

    # Keyboard: Enter on the day with one chat opens it.
    calendar.calendar.setFocus()
    with qtbot.waitSignal(calendar.open_chat_requested) as opened:
        qtbot.keyClick(calendar.calendar.focusWidget() or calendar.calendar, Qt.Key.Key_Return)
    assert opened.args == [chat.id]


def test_reschedule_moves_it_and_cancel_removes_it_from_today(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ids = seed(data_dir)
    window = make_window()
    chats = window.session.chats
    start = local_now(window).replace(hour=15, minute=0, second=0, microsecond=0) + timedelta(days=1)
    chat_id = chats.schedule(chats.new_draft(ids["ben"], start))
    go_to(qtbot, window, "Calendar")
    calendar = window.calendar
    calendar.select_date(start.date())
    assert calendar.current_chat_id() == chat_id

    new_day = start.date() + timedelta(days=2)

    def move(dialog: ScheduleDialog) -> None:
        assert dialog.windowTitle() == "Reschedule chat"
        assert dialog.contact.text() == "Ben Okafor — Quanta"
        dialog.when.setFocus()
        dialog.when.setDateTime(QDateTime(QDate(new_day.year, new_day.month, new_day.day), QTime(16, 30)))
        dialog.length.selectAll()
        qtbot.keyClicks(dialog.length, "45")
        qtbot.keyClick(dialog.length, Qt.Key.Key_Return)

    done = while_dialog_open(qtbot, window, move)
    qtbot.mouseClick(calendar.reschedule_button, Qt.MouseButton.LeftButton)
    assert done == [True]
    assert calendar.calendar.chats == {new_day: 1}
    assert calendar.agenda_texts() == [] or calendar.selected_date() != new_day
    calendar.select_date(new_day)
    assert calendar.agenda_texts()[0].startswith("16:30–17:15   Ben Okafor (Quanta)")

    go_to(qtbot, window, "Today")
    card = window.today.chat_cards[chat_id]
    assert "16:30–17:15" in card.when.text()
    card.cancel_action.trigger()
    assert chat_id not in window.today.chat_cards
    assert Chat.get_by_id(chat_id).status == "cancelled"
    assert "Cancelled the chat with Ben Okafor" in window.statusBar().currentMessage()

    go_to(qtbot, window, "Calendar")
    assert calendar.calendar.chats == {}
    calendar.select_date(new_day)
    assert "cancelled" in calendar.agenda_texts()[0]
    assert not calendar.cancel_button.isEnabled() and calendar.reschedule_button.isEnabled()


def test_overlap_is_warned_inline_and_unknown_names_are_explained(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ids = seed(data_dir)
    window = make_window()
    chats = window.session.chats
    start = local_now(window).replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=1)
    chats.schedule(chats.new_draft(ids["ana"], start))

    dialog = window.chat_controller.schedule_dialog(ids["ben"], start + timedelta(minutes=15))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.overlap.isVisible()
    assert "Overlaps with Ana Silva (Helix Bio)" in dialog.overlap.text()
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(45 * 60))
    assert not dialog.overlap.isVisible()

    dialog.contact.clear()
    qtbot.keyClicks(dialog.contact, "Zed")
    dialog.contact.completer().popup().hide()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["contact_id"].isVisible()
    assert "Nobody matches “Zed”" in dialog.errors["contact_id"].text()
    assert Chat.select().count() == 1

    # Travel note only for in-person and coffee chats.
    assert not dialog.travel.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("coffee"))
    assert dialog.travel.isEnabled()
    dialog.reject()


def test_contacts_view_schedules_for_the_selected_contact(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ids = seed(data_dir)
    window = make_window()
    go_to(qtbot, window, "Contacts")
    window.contacts.select_contact(ids["ben"])

    def accept(dialog: ScheduleDialog) -> None:
        assert dialog.contact.text() == "Ben Okafor — Quanta"
        qtbot.keyClick(dialog.when, Qt.Key.Key_Return)

    done = while_dialog_open(qtbot, window, accept)
    qtbot.mouseClick(window.contacts.schedule_button, Qt.MouseButton.LeftButton)
    assert done == [True]
    assert Chat.get().contact_id == ids["ben"]
    assert window.session.contacts.table_rows([ids["ben"]])[0][4] == "scheduled"
    model = window.contacts.model
    shown = model.index(model.row_of_id(ids["ben"]), 5).data()
    start = Chat.get().start_at.replace(tzinfo=timezone.utc).astimezone()
    assert shown == f"Chat {day_time_text(start)}"  # in the locale's words


def test_export_calendar_action_writes_ics(qtbot, make_window, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = seed(data_dir)
    window = make_window()
    chats = window.session.chats
    start = local_now(window).replace(minute=0, second=0, microsecond=0) + timedelta(days=2)
    chat_id = chats.schedule(chats.new_draft(ids["ana"], start))
    out = tmp_path / "mine.ics"
    assert window.chat_controller.export_upcoming(str(out)) == 1
    assert f"UID:{Chat.get_by_id(chat_id).uid}" in out.read_text()
    assert window.chat_controller.export_chat(chat_id, str(tmp_path / "one.ics"))
