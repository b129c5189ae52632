"""Nothing typed is invisible later: the welcome's pitch seeds a chat, the call's answers
show on the chat page, captured tasks close when their reason is gone, their promises
read as something to watch for."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from infointerview.domain.contacts import ContactDraft
from infointerview.services.chats import ChatDraft
from infointerview.services.session import open_session
from infointerview.ui.first_run import FirstRunWizard
from window_fixtures import show_chat_area

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
