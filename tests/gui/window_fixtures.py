"""The window fixtures the GUI and fault tests share: message boxes that never block
(each call recorded), the real main window on the test's data folder, a chat seeded
into that folder and the Chat area shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from infointerview.services.session import Session, open_session
from infointerview.store.models import Chat, Contact, Organisation, utcnow


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block a test; each call is recorded for assertions."""
    from PySide6.QtWidgets import QMessageBox

    calls: list[tuple[str, str]] = []
    answers = {
        "warning": QMessageBox.StandardButton.Discard,
        "question": QMessageBox.StandardButton.No,
        "critical": QMessageBox.StandardButton.Ok,
        "information": QMessageBox.StandardButton.Ok,
    }
    for name, answer in answers.items():

        def fake(*args: object, _name: str = name, _answer: object = answer, **kw: object) -> object:
            calls.append((_name, str(args[2]) if len(args) > 2 else ""))
            return _answer

        monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
    return calls


@pytest.fixture
def make_window(qtbot, data_dir: Path) -> Iterator[Callable[[], object]]:  # type: ignore[no-untyped-def]
    """Open the real main window on the test's data folder (again after a 'restart')."""
    from infointerview.app import app_icon, window_settings
    from infointerview.ui.main_window import MainWindow

    opened: list[tuple[MainWindow, Session]] = []

    def make() -> MainWindow:
        session = open_session(data_dir)
        window = MainWindow(session, window_settings(session.data_dir), app_icon())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(window.contacts.loaded)  # Today shows first; the table follows the paint
        opened.append((window, session))
        return window

    yield make
    for window, session in opened:
        window.close()
        session.close()


def seed_chat(data_dir, mode: str = "video", first: str = "Ana", days: int = 1, **fields) -> int:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    try:
        org, _ = Organisation.get_or_create(name="Helix Bio")
        contact = Contact.create(first_name=first, last_name="Silva", organisation=org,
                                 job_title="Lab manager")
        chat = Chat.create(contact=contact, start_at=utcnow() + dt.timedelta(days=days),
                           mode=mode, **fields)
        return int(chat.id)
    finally:
        session.close()


def show_chat_area(qtbot, window):  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentRow(window.pages.indexOf(window.chat_page))
    qtbot.waitUntil(window.chat_page.isVisible)
    return window.chat_page
