"""Nothing typed is invisible later: the welcome's pitch seeds a chat, the call's answers
show on the chat page, captured tasks close when their reason is gone, their promises
read as something to watch for."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWizard
from window_fixtures import show_chat_area

from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft
from infointerview.services.session import Session, open_session
from infointerview.ui.first_run import FirstRunWizard

PITCH = "I am a nurse moving into UX research and want to learn how teams run studies."


def test_the_welcome_pitch_seeds_a_new_chat_and_today_sees_it(
    qtbot, make_window, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    session = open_session(data_dir)
    wizard = FirstRunWizard(session.settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.name, "Alex")
    wizard.next()
    qtbot.keyClicks(wizard.pitch, PITCH)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    cid = session.contacts.create(ContactDraft(first_name="Sarah", last_name="Lee"))
    start = session.chats.to_local(session.chats.now()).replace(microsecond=0) + timedelta(days=1)
    chat_id = session.chats.schedule(ChatDraft(cid, start, 30))
    session.close()

    window = make_window()
    today = window.today
    window.sidebar.setCurrentRow(window.pages.indexOf(today))
    qtbot.waitUntil(lambda: chat_id in today.chat_cards, timeout=3000)
    prep_text = today.chat_cards[chat_id].prep.text()
    assert "Pitch written" in prep_text and "No pitch yet" not in prep_text

    page = show_chat_area(qtbot, window)
    page.open_chat(chat_id)
    assert page.pitch.toPlainText() == PITCH
    page.pitch.selectAll()
    qtbot.keyClicks(page.pitch, "Tailored for Sarah.")
    assert page.flush()
    assert window.session.settings.profile()["pitch"] == PITCH
    assert window.session.prep.fields(chat_id).pitch == "Tailored for Sarah."


def held_chat_with_captures(data_dir: Path, days_ago: int = 0) -> dict[str, int]:
    """Mateus's chat, held; on it he referred Sarah Lee and promised a link; Alex promised too."""
    session = open_session(data_dir)
    try:
        return _held_chat(session, days_ago)
    finally:
        session.close()


def _held_chat(session: Session, days_ago: int) -> dict[str, int]:
    chats = session.chats
    mateus = session.contacts.create(ContactDraft(first_name="Mateus", last_name="Costa"))
    start = chats.to_local(chats.now()).replace(microsecond=0) - timedelta(days=days_ago, hours=2)
    chat_id = chats.schedule(ChatDraft(mateus, start, 30))
    ended = chats.to_utc(start + timedelta(minutes=30))
    session.calls.start_call(chat_id, chats.to_utc(start))
    session.calls.end_call(chat_id, ended)
    sarah = session.calls.add_referral(chat_id, "Sarah Lee", "Helix Bio", "", ended)
    session.calls.add_promise(chat_id, "Send me the NN/g course link", ended)
    session.calls.add_promise(chat_id, "send my portfolio", ended, mine=True)
    return {"chat": chat_id, "mateus": mateus, "sarah": sarah.contact_id}


def task_titles(today) -> list[str]:  # type: ignore[no-untyped-def]
    return [card.title.text() for card in today.task_cards.values()]


def test_today_closes_reach_out_once_a_chat_is_scheduled_and_reads_promises_right(
    qtbot, make_window, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    ids = held_chat_with_captures(data_dir, days_ago=8)
    window = make_window()
    today = window.today
    window.sidebar.setCurrentRow(window.pages.indexOf(today))
    reach = "Reach out to Sarah Lee \N{EM DASH} mention Mateus Costa referred you"
    qtbot.waitUntil(lambda: reach in task_titles(today), timeout=3000)
    titles = task_titles(today)
    assert "Watch for the NN/g course link from Mateus Costa" in titles
    assert "Your promise to Mateus Costa: send my portfolio" in titles
    assert not any("Remind them" in t for t in titles)
    (watch,) = [c for c in today.task_cards.values() if c.title.text().startswith("Watch for")]
    assert "send Mateus a short, friendly reminder" in watch.detail.text()
    assert "gentle nudge about the NN/g course link" in watch.detail.text()

    start = window.session.chats.to_local(window.session.chats.now()) + timedelta(days=2)
    window.session.chats.schedule(ChatDraft(ids["sarah"], start.replace(microsecond=0), 30))
    qtbot.waitUntil(lambda: reach not in task_titles(today), timeout=3000)
    assert "Your promise to Mateus Costa: send my portfolio" in task_titles(today)


def test_the_call_s_answers_ticks_and_promises_show_on_the_chat_page_after_the_call(
    qtbot, make_window, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    session = open_session(data_dir)
    ana = session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva"))
    start = session.chats.to_local(session.chats.now()).replace(microsecond=0) + timedelta(hours=1)
    chat_id = session.chats.schedule(ChatDraft(ana, start, 30))
    first = session.prep.add_question(chat_id, "How did you move into regulatory work?")
    second = session.prep.add_question(chat_id, "What does a normal week look like?")
    session.close()
    window = make_window()
    page = show_chat_area(qtbot, window)
    page.open_chat(chat_id)
    assert not page.call_record.isVisible()  # nothing happened yet: the prep page only

    window.start_call(chat_id)
    call = window.call_windows[chat_id]
    call.start()
    call.question_list.setCurrentRow(0)
    qtbot.keyClicks(call.answer_notes, "Via a QA role at Helix")
    call.question_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(call.promise, "Send me the NN/g course link")
    qtbot.keyClick(call.promise, Qt.Key.Key_Return)
    call.capture.promise_who.setCurrentIndex(1)
    qtbot.keyClicks(call.promise, "send my portfolio")
    qtbot.keyClick(call.promise, Qt.Key.Key_Return)
    qtbot.keyClicks(call.referral_name, "Sarah Lee")
    qtbot.keyClicks(call.referral_org, "Helix Bio")
    qtbot.keyClick(call.referral_org, Qt.Key.Key_Return)
    call.end()
    qtbot.keyClicks(call.wrap_up.notes, "GxP audits are most of the job.")
    qtbot.keyClicks(call.wrap_up.takeaways, "Take the NN/g course")
    call.save_wrap_up()
    call.close()

    window.activateWindow()
    page = show_chat_area(qtbot, window)
    page.open_chat(chat_id)
    record = page.call_record
    qtbot.waitUntil(record.isVisible, timeout=3000)
    assert record.question_ids() == [first, second, *record.question_ids()[2:]]
    assert record.question_label(first).text().endswith("How did you move into regulatory work?")
    assert record.asked_box(first).isChecked() and not record.asked_box(second).isChecked()
    assert record.answer_editor(first).toPlainText() == "Via a QA role at Helix"
    assert record.answer_editor(second).toPlainText() == ""
    assert record.summary.text().startswith("Questions asked: 1 of ")
    assert "Sarah Lee" in record.referrals.text() and "Helix Bio" in record.referrals.text()
    assert record.they_promised.text() == "• Send me the NN/g course link"
    assert record.you_promised.text() == "• send my portfolio"
    assert record.notes_text.text() == "GxP audits are most of the job."
    assert record.takeaways_text.text() == "Take the NN/g course"
    edit = record.findChild(QToolButton, "recordEdit_takeaways")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert page.takeaways.hasFocus()
    qtbot.keyClicks(page.takeaways, " this winter")
    assert page.flush()
    assert record.takeaways_text.text() == "Take the NN/g course this winter"

    # the answers can be edited here, and the tick; the summary reads the same data
    editor = record.answer_editor(second)
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor, "Two site visits, then reports")
    qtbot.mouseClick(record.asked_box(second), Qt.MouseButton.LeftButton)
    assert page.flush()
    from infointerview.services.documents import chat_summary, summary_markdown

    summary = chat_summary(chat_id)
    assert [(q.asked, q.answer) for q in summary.questions[:2]] == [
        (True, "Via a QA role at Helix"), (True, "Two site visits, then reports")]
    markdown = summary_markdown(summary)
    assert "Two site visits, then reports" in markdown and "send my portfolio" in markdown
    assert record.summary.text().startswith("Questions asked: 2 of ")
