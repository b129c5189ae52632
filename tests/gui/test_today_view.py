"""Today: follow-ups with one-click actions, cadence, the welcome page and reminders."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft
from infointerview.services.demo import load_demo
from infointerview.services.session import open_session
from infointerview.store.models import Chat, FollowUpTask
from infointerview.ui.reminders import ReminderBanner, ReminderController


def seed_held_chat(data_dir: Path, days_ago: int = 3) -> tuple[int, int]:
    """A chat held a few days ago: its thank-you is overdue."""
    session = open_session(data_dir)
    cid = session.contacts.create(
        ContactDraft(first_name="Ana", last_name="Silva", organisation="Helix Bio", lane="wide")
    )
    chats = session.chats
    start = chats.to_local(chats.now()).replace(second=0, microsecond=0) - timedelta(days=days_ago)
    chat_id = chats.schedule(ChatDraft(cid, start, 30))
    chats.mark_held(chat_id)
    session.close()
    return cid, chat_id


def test_welcome_page_teaches_the_first_steps(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    today = window.today
    # With no contacts the app opens on Contacts (whose empty state adds the first one);
    # Today's welcome page says the same with the method around it.
    assert window.pages.currentWidget() is window.contacts
    window.sidebar.setCurrentRow(window.pages.indexOf(today))
    assert today.stack.currentWidget() is today.welcome
    with qtbot.waitSignal(today.load_sample_requested):
        qtbot.mouseClick(today.welcome_sample, Qt.MouseButton.LeftButton)


def test_done_on_a_task_removes_it_and_thanks_the_chat(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _, chat_id = seed_held_chat(data_dir)
    window = make_window()
    today = window.today
    assert window.pages.currentWidget() is today
    # The rules ran when the chat was held: the thank-you is a task, and the
    # start-up reminder check puts it on the banner.
    qtbot.waitUntil(lambda: len(today.task_cards) == 1, timeout=3000)
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    (task_id,) = today.task_cards
    card = today.task_cards[task_id]
    assert card.title.text() == "Send a thank-you note to Ana Silva"
    assert card.due.text().startswith("overdue by") and card.due.objectName() == "overdue"
    assert "1 overdue" in today.tasks_title.text()
    assert window.banner.isVisible()
    assert "Thank-you note due: Ana Silva" in window.banner.label.text()

    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert today.task_cards == {}
    assert Chat.get_by_id(chat_id).status == "thanked"
    assert FollowUpTask.get_by_id(task_id).done_at is not None
    assert today.findChild(type(today.heading), "noTasks") is not None

    # It never comes back, however often the rules run.
    window.reminders.check()
    today.reload()
    assert today.task_cards == {}

    qtbot.mouseClick(window.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


def test_snooze_and_dismiss(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_held_chat(data_dir)
    window = make_window()
    today = window.today
    qtbot.waitUntil(lambda: len(today.task_cards) == 1, timeout=3000)
    (task_id,) = today.task_cards
    snooze = today.task_cards[task_id].snooze_menu.actions()[1]
    assert snooze.text() == "Tomorrow morning"
    snooze.trigger()
    assert today.task_cards == {}
    assert FollowUpTask.get_by_id(task_id).snoozed_until is not None
    assert window.statusBar().currentMessage().startswith("Snoozed until")

    FollowUpTask.update(snoozed_until=None).execute()
    today.reload()
    qtbot.mouseClick(today.task_cards[task_id].dismiss_button, Qt.MouseButton.LeftButton)
    assert today.task_cards == {}
    assert FollowUpTask.get_by_id(task_id).dismissed_at is not None


def test_cadence_goal_is_easy_to_raise(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_held_chat(data_dir, days_ago=0)
    window = make_window()
    today = window.today
    assert today.cadence_count.text() == "1 of 1 this month"
    assert today.mix_counts["wide"].text() == "1"
    today.goal_period.setCurrentIndex(today.goal_period.findData("week"))
    today.goal_chats.setFocus()
    qtbot.keyClick(today.goal_chats, Qt.Key.Key_Up)
    assert window.session.settings.cadence_goal().describe() == "2 chats a week"
    assert today.cadence_count.text().endswith("of 2 this week")


def test_demo_data_fills_today(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    load_demo(session)
    session.close()
    window = make_window()
    today = window.today
    assert len(today.chat_cards) >= 2
    kinds = {card.title.text().split()[0] for card in today.task_cards.values()}
    assert {"Send", "Try", "Follow"} <= kinds
    assert any("Pitch written" in c.prep.text() for c in today.chat_cards.values())
    assert "you contacted replied" in today.reply_headline.text()
    assert today.mix_verdict.text()


def test_reminder_15_minutes_before_a_chat_once(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    try:
        cid = session.contacts.create(ContactDraft(first_name="Ben", organisation="Quanta"))
        chats = session.chats
        start = datetime(2031, 5, 6, 14, 0)
        chat_id = chats.schedule(ChatDraft(cid, chats.to_local(start), 30))
        banner = ReminderBanner()
        qtbot.addWidget(banner)
        clock = [start - timedelta(minutes=20)]
        controller = ReminderController(session, banner, clock=lambda: clock[0])
        assert controller.check() == []
        clock[0] = start - timedelta(minutes=14)
        (reminder,) = controller.check()
        assert reminder.chat_id == chat_id
        assert "Chat with Ben (Quanta)" in reminder.text and "in 14 min" in reminder.text
        assert controller.check() == []
        banner.show()
        with qtbot.waitSignal(banner.open_chat_requested) as opened:
            qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
        assert opened.args == [chat_id]
        assert not banner.isVisible()
        controller.stop()
        assert not controller.timer.isActive()
    finally:
        session.close()


def test_the_timer_stops_when_the_window_closes(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.reminders.timer.isActive()
    window.close()
    assert not window.reminders.timer.isActive()


def test_log_a_message_and_mark_the_reply(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from infointerview.store.models import Contact, OutreachMessage

    session = open_session(data_dir)
    cid = session.contacts.create(ContactDraft(first_name="Cai", last_name="Lee", organisation="Quanta"))
    session.close()
    window = make_window()
    steps: list[str] = []

    def log(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(dialog.contact.hasFocus)
        qtbot.keyClicks(dialog.contact, "cai")
        dialog.contact.completer().popup().hide()
        assert dialog.no_pending.isVisible()
        qtbot.keyClicks(dialog.subject, "Your move to Quanta")
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
        steps.append("logged")

    def reply(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.contact.text() == "Cai Lee — Quanta"
        assert dialog.unanswered.count() == 1
        assert "Your move to Quanta" in dialog.unanswered.item(0).text()
        qtbot.mouseClick(dialog.replied_button, Qt.MouseButton.LeftButton)
        assert dialog.no_pending.isVisible()
        dialog.reject()
        steps.append("replied")

    def when_open(fill) -> None:  # type: ignore[no-untyped-def]
        def step() -> None:
            dialog = window.chat_controller.last_dialog
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(10, step)
                return
            try:
                fill(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, step)

    when_open(log)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    message = OutreachMessage.get()
    assert (message.kind, message.channel, message.subject) == ("outreach", "email", "Your move to Quanta")
    assert Contact.get_by_id(cid).stage == "contacted"
    assert window.statusBar().currentMessage() == "Logged the message to Cai Lee — Quanta."

    when_open(reply)
    window.chat_controller.log_message(cid)
    assert steps == ["logged", "replied"]
    assert OutreachMessage.get().replied_at is not None
    assert Contact.get_by_id(cid).stage == "replied"


def test_a_past_chat_still_scheduled_asks_whether_it_happened(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    cid = session.contacts.create(ContactDraft(first_name="Dee", organisation="Quanta"))
    chats = session.chats
    start = chats.to_local(chats.now()).replace(second=0, microsecond=0) - timedelta(days=1)
    chat_id = chats.schedule(ChatDraft(cid, start, 30))
    session.close()
    window = make_window()
    card = window.today.chat_cards[chat_id]
    assert card.main_button.text() == "It happened"
    qtbot.mouseClick(card.main_button, Qt.MouseButton.LeftButton)
    assert Chat.get_by_id(chat_id).status == "held"
    assert chat_id not in window.today.chat_cards
    titles = [c.title.text() for c in window.today.task_cards.values()]
    assert titles == ["Send a thank-you note to Dee"]


def test_done_and_dismiss_can_be_undone(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _, chat_id = seed_held_chat(data_dir)
    window = make_window()
    today = window.today
    qtbot.waitUntil(lambda: len(today.task_cards) == 1, timeout=3000)
    (task_id,) = today.task_cards
    qtbot.mouseClick(today.task_cards[task_id].done_button, Qt.MouseButton.LeftButton)
    assert today.task_cards == {} and Chat.get_by_id(chat_id).status == "thanked"
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert list(today.task_cards) == [task_id]
    assert Chat.get_by_id(chat_id).status == "held"
    assert FollowUpTask.get_by_id(task_id).done_at is None
    window.undo_stack.redo()
    assert today.task_cards == {} and Chat.get_by_id(chat_id).status == "thanked"
    window.undo_stack.undo()
    qtbot.mouseClick(today.task_cards[task_id].dismiss_button, Qt.MouseButton.LeftButton)
    assert FollowUpTask.get_by_id(task_id).dismissed_at is not None
    window.undo_stack.undo()
    assert FollowUpTask.get_by_id(task_id).dismissed_at is None
    assert list(today.task_cards) == [task_id]


def test_acting_on_a_task_keeps_the_readers_place(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Today rebuilds its cards when the task changes; the list must not jump."""
    session = open_session(data_dir)
    cid = session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva"))
    for n in range(12):
        FollowUpTask.create(contact=cid, kind="referral", title=f"Reach out to person {n}",
                            due_at=datetime(2026, 1, 1) + timedelta(days=n), key=f"referral:t{n}")
    session.close()
    window = make_window()
    today = window.today
    qtbot.waitUntil(lambda: len(today.task_cards) == 12)
    bar = today.findChild(QScrollArea, "todayScroll").verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 200)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    area = today.findChild(QScrollArea, "todayScroll")
    shown = area.viewport().rect()
    card = next(
        c for c in today.task_cards.values()
        if shown.contains(c.done_button.mapTo(area.viewport(), c.done_button.rect().center()))
    )
    card.done_button.setFocus()
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert len(today.task_cards) == 11
    assert bar.value() == place
