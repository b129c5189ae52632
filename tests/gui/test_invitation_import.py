"""A meeting invitation through the real window: File → Import, or dropped on it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from infointerview.ui.import_dialog import ImportDialog
from infointerview.ui.invitation_import import AllDayTimeDialog

CORPUS = Path(__file__).resolve().parents[1] / "data" / "real" / "ics"


def _drop(window, path: Path) -> bool:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        window.rect().center(), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    return True


def test_file_import_accepts_an_invitation(qtbot, make_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    path = CORPUS / "exchange-teams-request-fle.ics"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not [d for d in window.findChildren(ImportDialog) if d.isVisible()])
    assert "Scheduled a chat with Marge (a new contact)" in window.statusBar().currentMessage()
    (chat,) = window.session.chats.between(datetime(2020, 1, 1), datetime(2021, 1, 1))
    assert chat.start_utc == datetime(2020, 12, 2, 17, 0) and chat.mode == "video"
    assert chat.place.startswith("https://teams.microsoft.com/l/meetup-join/")
    assert window.pages.currentWidget() is window.chat_page  # the new chat is on screen
    qtbot.waitUntil(lambda: window.contacts.count_label.text() == "1 contact")


def test_dropped_invitations_schedule_then_cancel(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert not _drop(window, CORPUS / "SOURCES.md")  # not a calendar file: refused
    assert _drop(window, CORPUS / "thunderbird-single-event.ics")
    (chat,) = window.session.chats.between(datetime(2022, 1, 1), datetime(2023, 1, 1))
    assert (chat.contact_name, chat.mode, chat.place) == ("Sender", "in_person", "Somewhere")
    assert _drop(window, CORPUS / "thunderbird-cancel-single-event.ics")
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.session.chats.get(chat.id).status == "cancelled"


def test_an_all_day_invitation_asks_for_the_time(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    asked: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, AllDayTimeDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, answer)
            return
        dialog = dialogs[0]
        asked.append(dialog.windowTitle())
        dialog.time_edit.setTime(QTime(14, 30))
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert _drop(window, CORPUS / "blackberry-allday-request.ics")
    assert asked == ["What time is the chat?"]
    (chat,) = window.session.chats.between(datetime(2012, 1, 1), datetime(2013, 1, 1))
    assert window.session.chats.to_local(chat.start_utc) == datetime(2012, 8, 14, 14, 30)


def test_an_invitation_naming_nobody_is_explained(qtbot, make_window, no_modal_boxes) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert _drop(window, CORPUS / "khal-windows-tzid.ics")
    ((kind, text),) = no_modal_boxes
    assert kind == "warning" and "khal-windows-tzid.ics could not be imported" in text
    assert "nobody" in text
