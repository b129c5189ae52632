"""Reminders: 15 minutes before a chat, and when a thank-you note falls due.

Every reminder shows in the in-window banner (tray messages do not show on
every desktop) and, where the platform supports it, as a tray notification.
A QTimer drives the check, which also runs the follow-up rules so new tasks
appear without a restart. The check is cheap (a few small queries); the timer
stops when the window closes.

Signals:
    ReminderBanner.open_chat_requested(int): the banner's "Open" button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSystemTrayIcon, QWidget

from infointerview.services.session import Session
from infointerview.ui.locale_format import time_text
from infointerview.ui.theme import ACCENT
from infointerview.ui.widgets.labels import plain_label

__all__ = ["Reminder", "ReminderBanner", "ReminderController"]

LEAD_TIME = timedelta(minutes=15)
INTERVAL_MS = 30_000
RULES_EVERY = timedelta(minutes=5)
"""The follow-up rules run at most this often from the timer (writes run them at once)."""


@dataclass(frozen=True)
class Reminder:
    key: str
    text: str
    chat_id: int | None


class ReminderBanner(QFrame):
    """A dismissible bar at the top of the window; queues several reminders."""

    open_chat_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Reminder"))
        self.setStyleSheet(
            f"QFrame#reminderBanner {{ background: {ACCENT}; }}"
            "QFrame#reminderBanner QLabel { color: white; font-weight: bold; }"
            "QFrame#reminderBanner QPushButton { color: white; background: transparent;"
            " border: 1px solid white; border-radius: 4px; padding: 3px 10px; }"
        )
        self.queue: list[Reminder] = []
        self.label = plain_label("", self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setToolTip(self.tr("Hide this reminder"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss reminder"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    def add(self, reminder: Reminder) -> None:
        self.queue.append(reminder)
        self._show_current()

    def current(self) -> Reminder | None:
        return self.queue[-1] if self.queue else None

    def _show_current(self) -> None:
        reminder = self.current()
        if reminder is None:
            self.hide()
            return
        more = len(self.queue) - 1
        text = reminder.text
        if more:
            text += "  " + self.tr("(+{n} more)").format(n=more)
        self.label.setText(text)
        self.open_button.setVisible(reminder.chat_id is not None)
        self.show()

    @Slot()
    def dismiss(self) -> None:
        if self.queue:
            self.queue.pop()
        self._show_current()

    @Slot()
    def _open(self) -> None:
        reminder = self.current()
        if reminder is not None and reminder.chat_id is not None:
            self.open_chat_requested.emit(reminder.chat_id)
        self.dismiss()


class ReminderController(QObject):
    """Checks for reminders on a timer; see the module docstring."""


    def __init__(
        self,
        session: Session,
        banner: ReminderBanner,
        parent: QObject | None = None,
        icon: QIcon | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.banner = banner
        self._icon = icon
        self._clock = clock or session.chats.now
        self._seen: set[str] = set()
        self._rules_ran: datetime | None = None
        self._tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._tray is not None:
            self._tray.hide()

    @Slot()
    def check(self) -> list[Reminder]:
        """Run the rules and raise every reminder not shown yet; returns the new ones."""
        now = self._clock()
        if now.tzinfo is not None:
            now = now.replace(tzinfo=None)
        if self._rules_ran is None or not (
            self._rules_ran <= now < self._rules_ran + RULES_EVERY
        ):
            # None: another writer (a long import) holds the database; try next time.
            # New tasks are announced by the service; the views follow.
            if self.session.followups.refresh_unless_busy(now) is not None:
                self._rules_ran = now
        chats = self.session.chats
        fresh: list[Reminder] = []
        for row in chats.between(now - timedelta(minutes=1), now + LEAD_TIME, ("scheduled",)):
            key = f"chat:{row.id}:{row.start_utc.isoformat()}"
            if key in self._seen:
                continue
            minutes = max(0, int((row.start_utc - now).total_seconds() // 60))
            start = row.start_local(chats.tz)
            fresh.append(Reminder(
                key,
                self.tr("Chat with {who} at {time} (in {n} min).").format(
                    who=row.who, time=time_text(start), n=minutes
                ),
                row.id,
            ))
        for task in self.session.followups.due_thank_yous(now):
            key = f"task:{task.id}"
            if key in self._seen:
                continue
            fresh.append(Reminder(
                key,
                self.tr("Thank-you note due: {who} ({due}).").format(
                    who=task.contact_name, due=task.due_text
                ),
                None,
            ))
        for reminder in fresh:
            self._seen.add(reminder.key)
            self.banner.add(reminder)
            self._notify(reminder)
        return fresh

    def _notify(self, reminder: Reminder) -> None:
        if not (
            QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()
        ):
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._icon or QIcon(), self)
            self._tray.setToolTip("InfoInterview")
        self._tray.show()
        self._tray.showMessage(
            "InfoInterview", reminder.text, QSystemTrayIcon.MessageIcon.Information, 15_000
        )
