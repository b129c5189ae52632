"""The on-call window driven like a user would, on a fake clock (no sleeping for call time)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from infointerview.services.calls import CallService
from infointerview.services.prep import PrepService
from infointerview.store.models import Chat, Contact, FollowUpTask, Organisation
from infointerview.ui import call_window as call_window_module
from infointerview.ui.call_window import CallWindow

WALL = dt.datetime(2026, 3, 2, 14, 0)


class FakeClock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def make_chat(prep: PrepService) -> int:
    org = Organisation.create(name="Helix Bio")
    contact = Contact.create(first_name="Ana", last_name="Silva", organisation=org,
                             stage="scheduled")
    chat = Chat.create(contact=contact, start_at=WALL)
    prep.add_question(chat.id, "How did you move into regulatory work?")
    return int(chat.id)


@pytest.fixture
def prep(session) -> PrepService:  # type: ignore[no-untyped-def]
    return session.prep  # type: ignore[no-any-return]


@pytest.fixture
def calls(session) -> CallService:  # type: ignore[no-untyped-def]
    return session.calls  # type: ignore[no-any-return]


@pytest.fixture
def open_window(qtbot, prep, calls):  # type: ignore[no-untyped-def]
    made: list[CallWindow] = []

    def make(clock=None, sound=False, now=None):  # type: ignore[no-untyped-def]
        chat_id = make_chat(prep)
        clock = clock or FakeClock()
        wall = now or (lambda: WALL + dt.timedelta(seconds=clock() - 5000.0))
        window = CallWindow(prep, calls, chat_id, clock=clock, now=wall, sound=sound)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        made.append(window)
        return window, clock, chat_id

    yield make
    for window in made:
        window.shutdown()
        window.close()


def shows(qtbot, window: CallWindow, display: str) -> None:  # type: ignore[no-untyped-def]
    """Wait for the window's own repaint timer (200 ms) to show ``display``."""
    qtbot.waitUntil(lambda: window.countdown.text() == display, timeout=2000)


def test_a_whole_call_on_a_fake_clock(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window, clock, chat_id = open_window()
    assert window.countdown.text() == "30:00"
    assert window.phase_label.text() == "Ready when you are"
    assert not window.pause_button.isEnabled() and not window.end_button.isEnabled()

    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert Chat.get_by_id(chat_id).actual_start_at == WALL
    clock.advance(30)
    shows(qtbot, window, "29:30")
    assert window.phase_label.text() == "Thanks and the plan"
    assert window.level == "calm"
    clock.advance(60)
    shows(qtbot, window, "28:30")
    assert window.phase_label.text() == "Your one-minute bio"
    clock.advance(60)
    shows(qtbot, window, "27:30")
    assert window.phase_label.text() == "Their story"
    clock.advance(8 * 60)
    shows(qtbot, window, "19:30")
    assert window.phase_label.text() == "Your questions"

    # L-5: the wrap-up warning, in words and colour, with the referral question selected
    clock.advance(14 * 60 + 30)
    shows(qtbot, window, "05:00")
    assert window.phase_label.text() == "Wrap-up: ask who else to talk to"
    assert "who else should I talk to" in window.hint_label.text()
    assert window.level == "warning"
    assert window.question_list.currentRow() == window.question_list.count() - 1
    assert "Who else" in window.question_list.currentItem().text()

    # pause (Space) freezes the clock; resume (F5) continues from where it was
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.pause_button.text() == "Resume"
    clock.advance(120)
    window.refresh()
    assert window.countdown.text() == "05:00"
    assert window.phase_label.text().startswith("Paused")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.pause_button.text() == "Pause"
    clock.advance(5 * 60)
    shows(qtbot, window, "00:00")

    clock.advance(60)
    shows(qtbot, window, "+01:00")
    assert window.phase_label.text() == "Time is up \N{EM DASH} thank them and close"
    assert window.level == "over"

    # end (Ctrl+E): chat held with actual times, then the wrap-up step
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    chat = Chat.get_by_id(chat_id)
    assert chat.status == "held"
    assert chat.actual_start_at == WALL
    assert chat.actual_end_at == WALL + dt.timedelta(seconds=33 * 60)  # includes the pause
    assert Contact.get_by_id(chat.contact_id).stage == "held"
    assert window.pages.currentWidget() is window.wrap_up
    assert window.wrap_up.length_label.text() == "The call lasted 31 min 00 s."

    qtbot.keyClicks(window.wrap_up.takeaways, "Regulatory roles want lab experience")
    qtbot.mouseClick(window.wrap_up.rating_group.button(4), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.finished, timeout=1000):
        qtbot.mouseClick(window.wrap_up.save_button, Qt.MouseButton.LeftButton)
    chat = Chat.get_by_id(chat_id)
    assert chat.takeaways == "Regulatory roles want lab experience"
    assert chat.rating == 4
    assert not window.isVisible()
    assert not window.repaint_timer.isActive()


def test_display_is_right_after_the_event_loop_stalls(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window, clock, _ = open_window()
    window.start()
    # seven seconds pass while no event is processed (a busy laptop, a modal dialog)
    clock.advance(7)
    QApplication.processEvents()
    shows(qtbot, window, "29:53")
    # a stall across two phase edges reports both, and the display is right at once
    clock.advance(25 * 60)
    shows(qtbot, window, "04:53")
    assert window.level == "warning"


def test_event_loop_blocked_for_two_seconds(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window, clock, _ = open_window(now=lambda: WALL)
    window.start()
    clock.advance(2.2)  # 2.2 s pass while no event is processed: no repaint can run
    assert window.countdown.text() == "30:00"
    shows(qtbot, window, "29:58")  # the window's own next repaint is right at once


def test_repaint_timer_runs_only_while_visible(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window, _, _ = open_window()
    assert window.repaint_timer.isActive()
    window.hide()
    assert not window.repaint_timer.isActive()
    window.show()
    assert window.repaint_timer.isActive()
    window.close()  # closing hides; a running call would keep its time
    assert not window.repaint_timer.isActive()


def test_sound_beeps_once_per_edge_even_after_a_stall(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window, clock, _ = open_window(sound=True)
    window.start()
    clock.advance(25 * 60 + 1)
    window.refresh()
    window.refresh()
    assert len(beeps) == 1
    clock.advance(6 * 60)
    window.refresh()
    assert len(beeps) == 2


def test_sound_is_off_by_default(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window, clock, _ = open_window()
    window.start()
    clock.advance(31 * 60)
    window.refresh()
    assert beeps == [] and window.level == "over"


def test_stay_on_top_is_on_by_default(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window, _, _ = open_window()
    assert window.on_top.isChecked() and window.on_top.isEnabled()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.on_top.click()
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.isVisible()


def test_stay_on_top_explains_itself_on_wayland(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(call_window_module, "is_wayland", lambda: True)
    window, _, _ = open_window()
    assert not window.on_top.isEnabled() and not window.on_top.isChecked()
    assert "Wayland" in window.on_top.toolTip()


def test_notes_answers_and_ticks_are_saved(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window, _, chat_id = open_window()
    qtbot.mouseClick(window.notes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.notes, "Spoke about GxP audits")
    qtbot.waitUntil(lambda: Chat.get_by_id(chat_id).notes == "Spoke about GxP audits",
                    timeout=3000)
    assert window.save_state.text() == "All notes saved"
    window.question_list.setCurrentRow(0)
    qtbot.keyClicks(window.answer_notes, "Via a QA role")
    first = window.question_list.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    window.hide()  # hiding saves at once
    from infointerview.store.models import PrepQuestion

    question = PrepQuestion.get_by_id(first.data(call_window_module.QuestionIdRole))
    assert question.answer_notes == "Via a QA role" and question.asked


def test_capture_referral_promise_and_hiring_authority(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window, clock, chat_id = open_window()
    window.start()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.referral_name.hasFocus()
    qtbot.keyClicks(window.referral_name, "Lucas Moreau")
    qtbot.keyClicks(window.referral_org, "St Brigid")
    qtbot.keyClicks(window.referral_note, "Leads the data platform")
    qtbot.keyClick(window.referral_note, Qt.Key.Key_Return)
    referral = Contact.get(Contact.first_name == "Lucas")
    assert referral.referred_by_id == Chat.get_by_id(chat_id).contact_id
    assert referral.organisation.name == "St Brigid" and referral.how_found == "Referral"
    task = FollowUpTask.get(FollowUpTask.key == f"referral:contact:{referral.id}")
    assert task.title == "Reach out to Lucas Moreau \N{EM DASH} mention Ana Silva referred you"
    assert window.referral_name.text() == ""

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.promise, "the CDISC training link")
    qtbot.keyClick(window.promise, Qt.Key.Key_Return)
    # what they promised is theirs: something to watch for, not the user's to-do
    assert FollowUpTask.get(FollowUpTask.key == f"resource:chat:{chat_id}:1").title == (
        "Watch for the CDISC training link from Ana Silva")
    assert "1 referral, 1 promise" in window.captured_label.text()

    qtbot.keyClick(window.promise, Qt.Key.Key_Return)  # empty: a sentence, nothing created
    assert "Type what they promised" in window.captured_label.text()

    # what the user promised stays the user's own to-do
    window.capture.promise_who.setCurrentIndex(1)
    assert "I promised" in window.promise.placeholderText()
    qtbot.keyClicks(window.promise, "send my portfolio")
    qtbot.keyClick(window.promise, Qt.Key.Key_Return)
    assert FollowUpTask.get(FollowUpTask.key == f"promise:chat:{chat_id}:1").title == (
        "Your promise to Ana Silva: send my portfolio")

    window.hiring.click()
    assert Contact.get_by_id(Chat.get_by_id(chat_id).contact_id).hiring_authority

    # the wrap-up lists both; unticking the referral takes it back
    clock.advance(60)
    window.end()
    captured = window.wrap_up.captured
    assert [captured.item(i).text() for i in range(captured.count())] == [
        task.title, "Watch for the CDISC training link from Ana Silva",
        "Your promise to Ana Silva: send my portfolio"]
    captured.item(0).setCheckState(Qt.CheckState.Unchecked)
    window.save_wrap_up()
    assert Contact.get_by_id(referral.id).deleted_at is not None
    assert FollowUpTask.get_by_id(task.id).dismissed_at is not None


def test_rich_text_names_stay_plain(qtbot, prep, calls) -> None:  # type: ignore[no-untyped-def]
    contact = Contact.create(first_name="<b>Bold</b>", last_name="<i>x</i>")
    chat = Chat.create(contact=contact, start_at=WALL)
    window = CallWindow(prep, calls, chat.id, clock=FakeClock())
    qtbot.addWidget(window)
    assert window.who_label.textFormat() == Qt.TextFormat.PlainText
    assert window.who_label.text() == "<b>Bold</b> <i>x</i>"
    window.shutdown()


def test_end_key_works_while_typing_notes(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Text boxes take Ctrl+E on Linux; Ctrl+Shift+E ends the call from the notes box."""
    window, clock, chat_id = open_window()
    window.start()
    clock.advance(90)
    qtbot.mouseClick(window.notes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.notes, "Fellowship route")
    assert window.notes.hasFocus()
    qtbot.keyClick(window.notes, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert Chat.get_by_id(chat_id).status == "held"
    assert window.pages.currentWidget() is window.wrap_up
    assert "Fellowship route" in Chat.get_by_id(chat_id).notes


def test_ctrl_n_continues_the_notes_where_they_end(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window, clock, _ = open_window()
    window.notes.setPlainText("First point.")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.hasFocus()
    qtbot.keyClicks(window.notes, " Second point.")
    assert window.notes.toPlainText() == "First point. Second point."
