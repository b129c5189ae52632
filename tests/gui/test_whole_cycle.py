"""The whole cycle a new user lives, through the real main window (issue 15).

welcome (a pitch) -> a contact by hand -> a 20-row LinkedIn import -> schedule ->
prepare (the pitch is there, bank questions, a yes/no question rewritten) -> the
prep sheet as a one-page PDF -> the call (past 25:00 on a fake clock, ended early)
-> wrap-up with a referral and their promise -> the thank-you, logged -> what each
view shows -> a restart.

The call is held an hour ago although it was planned for tomorrow: every view must
use the actual time. Draft and count wording is left to its own tests; this one
checks names, numbers and that what was typed shows up where it should.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import icalendar
import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWizard

from infointerview.services.ics_export import chat_to_ics
from infointerview.store.models import Chat, utcnow
from infointerview.ui import call_window as call_window_module
from infointerview.ui.first_run import FirstRunWizard
from infointerview.ui.import_dialog import ImportDialog
from infointerview.ui.message_composer import MessageComposer
from infointerview.ui.question_picker import QuestionPickerDialog

REAL_LINKEDIN = Path(__file__).parents[1] / "data/real/linkedin/jasontoups-Connections-2024-trimmed.csv"
PITCH = "I am a nurse moving into UX research and want to learn how teams run studies."
NAME, EMAIL = "Sarah Lee", "sarah.lee@stbrigid.example"
ANSWER = "Through a usability study of the ward's charting tool"
REFERRAL, REFERRAL_ORG = "Priya Shah", "Northwind Labs"
THEIR_PROMISE = "Send me the NN/g course link"


class FakeClock:
    """The call window's monotonic clock, moved by the test instead of by waiting."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def call_clock(monkeypatch: pytest.MonkeyPatch) -> tuple[FakeClock, dt.datetime]:
    """Every call window the main window opens runs on a fake clock; its wall time
    starts an hour ago (so the call is over by now) and moves with the clock."""
    clock = FakeClock()
    began = utcnow().replace(microsecond=0) - dt.timedelta(hours=1)
    real = call_window_module.CallWindow

    class ClockedCallWindow(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kw: object) -> None:
            wall = lambda: began + dt.timedelta(seconds=clock() - 1000.0)  # noqa: E731
            super().__init__(*args, clock=clock, now=wall, **kw)

    monkeypatch.setattr(call_window_module, "CallWindow", ClockedCallWindow)
    return clock, began


def while_modal(qtbot, step: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Run ``step`` on the next modal dialog once exec() has shown it; never leave it open."""

    tries = [500]  # 5 s for the dialog to come up, then give up

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(10, run)
            return
        try:
            step(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def twenty_linkedin_rows(tmp_path: Path) -> Path:
    """The real LinkedIn export, cut to its preamble, header and first 20 people."""
    lines = REAL_LINKEDIN.read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
    path = tmp_path / "Connections.csv"
    path.write_text("\n".join(lines[: header + 21]) + "\n", encoding="utf-8")
    return path


# -- the steps, in the order a new user takes them ------------------------------------------
def welcome_with_a_pitch(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.maybe_welcome()
    wizard = window.findChild(FirstRunWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.keyClicks(wizard.name, "Alex")
    wizard.next()
    qtbot.keyClicks(wizard.pitch, PITCH)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()  # "start empty": the editor opens


def add_contact_by_hand(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor = window.contacts.editor
    assert editor.contact_id is None and window.contacts.isVisible()
    qtbot.keyClicks(editor.first_name, "Sarah")
    qtbot.keyClicks(editor.last_name, "Lee")
    qtbot.keyClicks(editor.organisation, "St Brigid's Clinic")
    qtbot.keyClicks(editor.email, EMAIL)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.session.contacts.count() == 1


def import_linkedin(qtbot, window, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    assert dialog.preview_view.model().rowCount() == 20
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.SUMMARY, timeout=10000)
    focused = QApplication.focusWidget() or dialog
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Enter dismisses the Done page...
    qtbot.waitUntil(lambda: not dialog.isVisible())  # ...and undoes nothing (counted after)


def schedule_with(qtbot, window, name: str) -> int:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+N, type the name, Enter: tomorrow 10:00 for 30 minutes. Returns the chat."""
    clashes: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.contact.setFocus()
        dialog.contact.selectAll()  # the contact picked in the table may be filled in
        qtbot.keyClicks(dialog.contact, name)
        dialog.contact.completer().popup().hide()
        clashes.append(dialog.overlap.text() if dialog.overlap.isVisibleTo(dialog) else "")
        qtbot.keyClick(dialog.place, Qt.Key.Key_Return)

    while_modal(qtbot, fill)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert clashes == [""]  # no clash warning (a held chat is over, wherever it was planned)
    (chat,) = [c for c in Chat.select() if f"{c.contact.first_name} {c.contact.last_name}" == name]
    assert chat.status == "scheduled"
    return int(chat.id)


def prepare(qtbot, window, chat_id: int) -> None:  # type: ignore[no-untyped-def]
    window.open_chat(chat_id)
    page = window.chat_page
    assert page.pitch.toPlainText() == PITCH  # the welcome's pitch seeds the chat

    def pick_two(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QuestionPickerDialog)
        for family in range(2):  # the first question of the first two families
            dialog.tree.topLevelItem(family).child(0).setCheckState(  # type: ignore[union-attr]
                0, Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    while_modal(qtbot, pick_two)
    page.bank_button.click()
    assert page.questions.count() == 3  # two from the bank, and "who else?" last
    qtbot.keyClicks(page.new_question, "Do you enjoy your job?")
    qtbot.keyClick(page.new_question, Qt.Key.Key_Return)
    assert page.use_suggestion.isVisible()  # the yes/no question gets an open rewrite
    qtbot.mouseClick(page.use_suggestion, Qt.MouseButton.LeftButton)
    texts = [page.questions.item(i).text() for i in range(page.questions.count())]
    assert len(texts) == 4 and "Do you enjoy your job?" not in texts
    assert page.flush()
    assert window.session.prep.fields(chat_id).pitch == PITCH


def print_prep_sheet(qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page = window.chat_page
    next(a for a in page.print_button.menu().actions() if "PDF" in a.text()).trigger()
    pages = pypdf.PdfReader(str(target)).pages
    assert len(pages) == 1
    text = " ".join(pages[0].extract_text().split())  # words come out tab-separated
    assert EMAIL in text and NAME in text


def hold_the_call_early(qtbot, window, chat_id: int, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window.chat_page.start_button.click()
    call = window.call_windows[chat_id]
    qtbot.mouseClick(call.start_button, Qt.MouseButton.LeftButton)
    clock.t += 25 * 60 + 30  # past 25:00 of 30: the wrap-up warning, "who else?" selected
    qtbot.waitUntil(lambda: call.countdown.text() == "04:30", timeout=3000)
    assert call.level == "warning" and call.phase_label.text().startswith("Wrap-up")
    call.question_list.setCurrentRow(0)
    qtbot.keyClicks(call.answer_notes, ANSWER)
    call.question_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(call.referral_name, REFERRAL)
    qtbot.keyClicks(call.referral_org, REFERRAL_ORG)
    qtbot.keyClick(call.referral_org, Qt.Key.Key_Return)
    qtbot.keyClicks(call.promise, THEIR_PROMISE)  # "they" is the default: their promise
    qtbot.keyClick(call.promise, Qt.Key.Key_Return)
    clock.t += 30
    qtbot.keyClick(call, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # end early
    assert Chat.get_by_id(chat_id).status == "held"
    qtbot.keyClicks(call.wrap_up.takeaways, "Start with a portfolio of two studies")
    call.save_wrap_up()
    call.close()
    qtbot.waitUntil(lambda: chat_id not in window.call_windows)


def send_and_log_thank_you(qtbot, window, contact_id: int, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window.write_message(contact_id, "thank_you")
    composer = window.findChild(MessageComposer)
    assert composer.current_kind() == "thank_you" and "Sarah" in composer.body.toPlainText()
    qtbot.mouseClick(composer.copy_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(composer.message_logged):
        qtbot.mouseClick(composer.log_button, Qt.MouseButton.LeftButton)


# -- what the views show afterwards -----------------------------------------------------------
def task_titles(qtbot, window) -> list[str]:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentRow(window.pages.indexOf(window.today))
    qtbot.waitUntil(window.today.isVisible)
    return [card.title.text() for card in window.today.task_cards.values()]


def assert_held_at_its_actual_time(qtbot, window, chat_id: int, began: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    chats = window.session.chats
    chat = Chat.get_by_id(chat_id)
    assert chat.actual_start_at == began
    assert chat.actual_end_at == began + dt.timedelta(minutes=26)  # early: not 30, not tomorrow
    window.open_chat(chat_id)
    page = window.chat_page
    assert not page.start_button.isVisible()  # held: no call left to start
    label = page.picker.itemText(page.picker.currentIndex())
    assert NAME in label and not label.startswith("Upcoming")
    record = page.call_record
    qtbot.waitUntil(record.isVisible, timeout=3000)
    assert ANSWER in [record.answer_editor(q).toPlainText() for q in record.question_ids()]
    assert REFERRAL in record.referrals.text() and THEIR_PROMISE in record.they_promised.text()

    held_at = chats.to_local(began)
    planned = chats.to_local(chat.start_at)
    window.sidebar.setCurrentRow(window.pages.indexOf(window.calendar))
    window.calendar.select_date(held_at.date())
    assert f"{held_at:%H:%M} {NAME}" in window.calendar.calendar.cell_texts(held_at.date())
    window.calendar.select_date(planned.date())
    assert not any(NAME in t for t in window.calendar.calendar.cell_texts(planned.date()))

    event = icalendar.Calendar.from_ical(chat_to_ics(chat_id)).walk("VEVENT")[0]
    start = event.decoded("DTSTART")
    length = event.decoded("DTEND") - start if "DTEND" in event else event.decoded("DURATION")
    assert (start.replace(tzinfo=None), length) == (held_at, dt.timedelta(minutes=26))


def assert_today_and_stats(qtbot, window, contact_id: int) -> None:  # type: ignore[no-untyped-def]
    titles = task_titles(qtbot, window)
    assert not any(t.startswith("Reach out to") for t in titles), titles  # both are scheduled
    open_tasks = window.session.followups.open_tasks()
    assert not [t for t in open_tasks if t.kind == "thank_you" and t.contact_id == contact_id]
    headline = window.today.reply_headline.text()
    window.sidebar.setCurrentRow(window.pages.indexOf(window.stats))
    assert window.stats.funnel_note.text().startswith(headline)  # the one sentence on both
    assert headline.startswith("2 of 2 ")  # Sarah and Priya: each has a chat, so each replied


def assert_a_week_later_today_watches_for_their_promise(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Their promise gets a gentle nudge a week after the chat, as something to watch for."""
    week_later = utcnow() + dt.timedelta(days=8)
    window.session.chats.clock = lambda: week_later  # the app's injectable clock
    window.today.reload()
    titles = task_titles(qtbot, window)
    assert any(t.startswith("Watch for") and t.endswith(f"from {NAME}") for t in titles), titles
    assert not any(THEIR_PROMISE.lower() in t.lower() and "Watch for" not in t for t in titles)


# -- the story ---------------------------------------------------------------------------------
def test_a_new_user_s_whole_cycle_reads_right_everywhere_and_survives_a_restart(  # type: ignore[no-untyped-def]
    qtbot, make_window, call_clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock, began = call_clock
    window = make_window()
    welcome_with_a_pitch(qtbot, window)
    add_contact_by_hand(qtbot, window)
    import_linkedin(qtbot, window, twenty_linkedin_rows(tmp_path), monkeypatch)
    assert window.session.contacts.count() == 21  # Sarah and all 20 imported
    chat_id = schedule_with(qtbot, window, NAME)
    sarah = int(Chat.get_by_id(chat_id).contact_id)
    prepare(qtbot, window, chat_id)
    print_prep_sheet(qtbot, window, tmp_path, monkeypatch)
    hold_the_call_early(qtbot, window, chat_id, clock)
    thanks_due = [t for t in window.session.followups.open_tasks() if t.contact_id == sarah]
    assert any(t.kind == "thank_you" for t in thanks_due)  # due once the call is over
    send_and_log_thank_you(qtbot, window, sarah, monkeypatch)

    assert_held_at_its_actual_time(qtbot, window, chat_id, began)
    assert any(t.startswith(f"Reach out to {REFERRAL}") for t in task_titles(qtbot, window))
    schedule_with(qtbot, window, REFERRAL)  # the reason for "Reach out" is gone: so is the task
    assert_today_and_stats(qtbot, window, sarah)
    assert_a_week_later_today_watches_for_their_promise(qtbot, window)
    window.close()

    again = make_window()  # a restart on the same data folder
    assert again.session.contacts.count() == 22  # Sarah, 20 imported, and the referral
    assert again.session.settings.profile()["pitch"] == PITCH
    assert_held_at_its_actual_time(qtbot, again, chat_id, began)
    assert_today_and_stats(qtbot, again, sarah)
    assert_a_week_later_today_watches_for_their_promise(qtbot, again)


def test_enter_on_the_import_done_page_closes_it_and_undoes_nothing(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15.2: focus landed on Undo Import, so Enter removed the 20 people just imported."""
    window = make_window()
    import_linkedin(qtbot, window, twenty_linkedin_rows(tmp_path), monkeypatch)
    assert window.session.contacts.count() == 20
