"""Publishing to the user's calendar server by itself, off the UI thread.

After a change to chats (the services' change events through the window's
:class:`~infointerview.ui.changes.ChangeRelay`) the session has already queued
them (services/calendar_sync.py); this starts one background job on a pool of
one thread that publishes what waits. A failure retries with back-off (1 s,
2 s, 4 s … 5 minutes); the window never waits. A small permanent label in the
status bar says where it stands.

Signals:
    status_changed(str): the status line ("Calendar: up to date").
    moves_changed(): events moved on the server may have been found (Today reloads).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from infointerview.domain.calendar_sync import retry_delay_s
from infointerview.services.background import own_connection
from infointerview.services.events import Change
from infointerview.services.session import Session
from infointerview.ui.changes import ChangeRelay
from infointerview.ui.widgets.background_job import start_job

START_DELAY_MS = 1500
"""Publishing what waited from the last session starts after the window is up."""
LOOK_EVERY_MS = 5 * 60 * 1000
"""How often the server is asked whether an event was moved there (on the phone)."""


class CalendarPublisher(QObject):
    """See the module docstring."""

    status_changed = Signal(str)
    moves_changed = Signal()

    def __init__(self, session: Session, relay: ChangeRelay, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._window = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.label = QLabel(parent)
        self.label.setObjectName("calendarStatus")
        self._running = False
        self._again = False
        self._failures = 0
        self._asked_password = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.publish_now)
        self._look = QTimer(self)
        self._look.setInterval(LOOK_EVERY_MS)
        self._look.timeout.connect(self.publish_now)
        self._look.start()
        self.status_changed.connect(self.label.setText)
        relay.changed.connect(self._changed)
        self.label.setVisible(False)
        if self._connected():
            self.label.setVisible(True)
            self._retry.start(START_DELAY_MS)

    def _connected(self) -> bool:
        return self.session.settings.get("caldav") is not None

    @Slot(object)
    def _changed(self, change: Change) -> None:
        if "caldav" in change.settings:
            self.label.setVisible(self._connected())
            self._failures = 0
        if not self._connected():
            if "caldav" in change.settings:
                self.status_changed.emit(self.tr("Calendar: not connected"))
            return
        if change.chats or change.contacts or change.everything or "caldav" in change.settings:
            self.publish_now()

    @Slot()
    def publish_now(self) -> None:
        """Start publishing (or once more after the running job); never blocks."""
        if self.session.read_only is not None or not self._connected():
            return
        service = self.session.calendar
        if service.needs_password() and not self._ask_password():
            self.status_changed.emit(self.tr("Calendar: the password is needed (Settings → Calendar)"))
            return
        if self._running:
            self._again = True
            return
        self._retry.stop()
        self._running = True
        self._again = False
        self.status_changed.emit(self.tr("Calendar: publishing…"))
        db = self.session.db

        def work(_progress: Callable[[int, int], None], _cancel: threading.Event) -> Any:
            from infointerview.services.calendar_sync import CalendarSyncError

            with own_connection(db):
                try:
                    return service.sync()
                except CalendarSyncError as problem:
                    return problem

        start_job(self.pool, work, self, finished=self._done, failed=self._failed)

    def _ask_password(self) -> bool:
        """Without a keychain: ask once per session, keep it in memory."""
        if self._asked_password:
            return False
        self._asked_password = True
        config = self.session.calendar.config()
        if config is None:
            return False
        text, ok = QInputDialog.getText(
            self._window, self.tr("Calendar password"),
            self.tr("The password for {user} at {url} (kept only until you quit):").format(
                user=config.user, url=config.url),
            QLineEdit.EchoMode.Password,
        )
        if ok and text:
            self.session.calendar.remember_password(text)
            return True
        return False

    @Slot(object)
    def _done(self, outcome: object) -> None:
        from infointerview.services.calendar_sync import CalendarSyncError

        self._running = False
        if isinstance(outcome, CalendarSyncError):
            self._failed(str(outcome))
            return
        self._failures = 0
        self._show_status()
        if getattr(outcome, "moved_on_server", 0):
            self.moves_changed.emit()
        if self._again:
            self.publish_now()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._running = False
        self._failures += 1
        self._show_status()
        self.label.setToolTip(message)
        self._retry.start(retry_delay_s(self._failures) * 1000)

    def _show_status(self) -> None:
        status = self.session.calendar.status()
        self.label.setToolTip(status.problem)
        self.status_changed.emit(status.text())  # the service's sentence, like its errors

    def shutdown(self) -> None:
        """Stop retrying and let a running job finish (the window is closing)."""
        self._retry.stop()
        self._look.stop()
        self.pool.waitForDone(20_000)
