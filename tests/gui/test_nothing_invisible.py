"""Nothing typed is invisible later: the welcome's pitch seeds a chat, the call's answers
show on the chat page, captured tasks close when their reason is gone, their promises
read as something to watch for."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QWizard
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
