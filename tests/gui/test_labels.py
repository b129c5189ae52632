"""One word per key on every screen: the chat page, the calendar and the exported
calendar file say the same thing for a chat's mode and status."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from infointerview.domain.contacts import ContactDraft
from infointerview.services import ics_export
from infointerview.services.chats import ChatDraft
from infointerview.services.session import open_session


def test_mode_and_status_read_the_same_everywhere(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    try:
        cid = session.contacts.create(ContactDraft(first_name="Ana", organisation="Helix Bio"))
        chats = session.chats
        now = chats.to_local(chats.now()).replace(second=0, microsecond=0)
        missed = chats.schedule(ChatDraft(cid, now - timedelta(days=3), 30, "phone"))
        absent = chats.schedule(ChatDraft(cid, now - timedelta(days=2), 30, "video"))
        chats.mark_no_show(absent)
        ics = ics_export.chat_to_ics(missed, chats).decode()
        missed_day = (now - timedelta(days=3)).date()
        absent_day = (now - timedelta(days=2)).date()
    finally:
        session.close()
    assert "Mode: Phone call" in ics

    window = make_window()
    window.sidebar.setCurrentRow(window.pages.indexOf(window.calendar))
    calendar = window.calendar
    calendar.select_date(missed_day)
    (text,) = calendar.agenda_texts()
    assert "Phone call" in text and " · " not in text.split("\n")[1]  # scheduled: no status word
    calendar.select_date(absent_day)
    (text,) = calendar.agenda_texts()
    assert text.endswith("Video call · no-show")

    window.sidebar.setCurrentRow(window.pages.indexOf(window.chat_page))
    page = window.chat_page
    qtbot.waitUntil(page.isVisible)
    picker = [page.picker.itemText(i) for i in range(page.picker.count())]
    assert any(t.startswith("Recent") and t.endswith("Ana (Helix Bio) · not held") for t in picker)
    assert any(t.startswith("Recent") and t.endswith("Ana (Helix Bio) · no-show") for t in picker)
    page.open_chat(missed)
    assert "Phone call" in page.subtitle_label.text()
