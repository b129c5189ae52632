"""Today's "Changed on your phone": chats whose event was moved on the calendar server.

Each offers "Take the new time" (the chat is rescheduled through the chat
service) or "Put it back" (the app's time is published again); nothing is
overwritten until the user answers.

Signals:
    status_message(str): what was done, for the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from infointerview.services.session import Session
from infointerview.ui.locale_format import day_time_text
from infointerview.ui.widgets.labels import plain_label


class PhoneChanges(QWidget):
    """See the module docstring; empty (hidden) when nothing waits."""

    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneChanges")
        self.session = session
        self.rows: dict[int, QFrame] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Changed on your phone"), self)
        self.title.setObjectName("sectionTitle")
        self._layout.addWidget(self.title)
        self.setVisible(False)

    def reload(self) -> None:
        for frame in self.rows.values():
            self._layout.removeWidget(frame)
            frame.deleteLater()
        self.rows = {}
        if self.session.settings.get("caldav") is None:
            self.setVisible(False)
            return
        for move in self.session.calendar.server_moves():
            frame = QFrame(self)
            frame.setObjectName("phoneChange")
            box = QVBoxLayout(frame)
            ours = day_time_text(self.session.chats.to_local(move.ours_utc))
            theirs = day_time_text(self.session.chats.to_local(move.theirs_utc))
            box.addWidget(plain_label(
                self.tr("Your chat with {who} was moved on your calendar: {ours} → {theirs}.")
                .format(who=move.who, ours=ours, theirs=theirs), frame))
            buttons = QHBoxLayout()
            take = QPushButton(self.tr("Take the new time"), frame)
            take.setObjectName("takeNewTime")
            back = QPushButton(self.tr("Put it back"), frame)
            back.setObjectName("putItBack")
            take.clicked.connect(lambda _=False, c=move.chat_id: self._take(c))
            back.clicked.connect(lambda _=False, c=move.chat_id: self._put_back(c))
            buttons.addWidget(take)
            buttons.addWidget(back)
            buttons.addStretch(1)
            box.addLayout(buttons)
            self._layout.addWidget(frame)
            self.rows[move.chat_id] = frame
        self.setVisible(bool(self.rows))

    def _take(self, chat_id: int) -> None:
        from infointerview.services.chats import ChatError

        try:
            self.session.calendar.take_server_time(chat_id)
        except (ChatError, LookupError) as problem:
            self.status_message.emit(str(problem))
        else:
            self.status_message.emit(self.tr("The chat now has the time from your calendar."))
        self.reload()

    def _put_back(self, chat_id: int) -> None:
        try:
            self.session.calendar.put_back(chat_id)
        except LookupError as problem:
            self.status_message.emit(str(problem))
        else:
            self.status_message.emit(self.tr("Your time is published again."))
        self.reload()
