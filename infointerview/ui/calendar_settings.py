"""Settings → Calendar: connect your own calendar server (CalDAV), privacy, disconnect.

Connect checks the address, user name and password at once (off the UI
thread) and lists the calendars to pick, or offers to create "Informational
interviews". The password goes to the OS keychain (or, without one, is kept
until the app quits); it is never saved with the settings.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThreadPool, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.calendar_sync import PRIVACY_FULL, PRIVACY_MINIMAL
from infointerview.services.session import Session
from infointerview.ui.widgets.background_job import start_job
from infointerview.ui.widgets.labels import plain_label

CREATE = "\x00create"


class CalendarSettings(QWidget):
    """The Calendar tab of the settings dialog."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarSettings")
        self.session = session
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._found: list[Any] = []
        self._checked: tuple[str, str, str] | None = None

        intro = plain_label(self.tr(
            "Publish your chats to your own calendar server (Nextcloud, Fastmail, iCloud, "
            "mailbox.org, Radicale…), so they show on your phone. Use an app password "
            "where your server offers one. Google Calendar is not supported: use "
            "File → Export → Calendar (.ics) for Google."), self)
        self.url = QLineEdit(self)
        self.url.setObjectName("calendarUrl")
        self.url.setPlaceholderText("https://cloud.example/remote.php/dav")
        self.user = QLineEdit(self)
        self.user.setObjectName("calendarUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("calendarPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.privacy = QComboBox(self)
        self.privacy.setObjectName("calendarPrivacy")
        self.privacy.addItem(self.tr("Full: name, organisation, place, first questions"),
                             PRIVACY_FULL)
        self.privacy.addItem(self.tr("Just \"Chat with …\" and the time"), PRIVACY_MINIMAL)
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setObjectName("calendarConnect")
        self.calendar = QComboBox(self)
        self.calendar.setObjectName("calendarPick")
        self.use_button = QPushButton(self.tr("Use this calendar"), self)
        self.use_button.setObjectName("calendarUse")
        self.remove_events = QCheckBox(self.tr("Also remove the published events"), self)
        self.disconnect_button = QPushButton(self.tr("Disconnect"), self)
        self.disconnect_button.setObjectName("calendarDisconnect")
        self.status = plain_label("", self)
        self.status.setObjectName("calendarSettingsStatus")

        form = QFormLayout()
        form.addRow(self.tr("Server or calendar URL:"), self.url)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password or app password:"), self.password)
        form.addRow(self.tr("What the events say:"), self.privacy)
        form.addRow("", self.connect_button)
        pick = QHBoxLayout()
        pick.addWidget(self.calendar, 1)
        pick.addWidget(self.use_button)
        form.addRow(self.tr("Calendar:"), pick)
        off = QHBoxLayout()
        off.addWidget(self.disconnect_button)
        off.addWidget(self.remove_events)
        off.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(off)
        layout.addWidget(QLabel(self.tr("Status:"), self))
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.connect_button.clicked.connect(self.check)
        self.use_button.clicked.connect(self.use)
        self.disconnect_button.clicked.connect(self.disconnect_calendar)
        self.privacy.currentIndexChanged.connect(self._privacy_changed)
        self.load()

    def load(self) -> None:
        config = self.session.calendar.config()
        self.calendar.clear()
        self.calendar.setEnabled(False)
        self.use_button.setEnabled(False)
        if config is not None:
            self.url.setText(config.url)
            self.user.setText(config.user)
            self.privacy.blockSignals(True)
            self.privacy.setCurrentIndex(max(0, self.privacy.findData(config.privacy)))
            self.privacy.blockSignals(False)
            self.calendar.addItem(config.calendar_name, config.calendar_url)
        self.disconnect_button.setEnabled(config is not None)
        self.remove_events.setEnabled(config is not None)
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        status = self.session.calendar.status()
        if not status.connected:
            return self.tr("Not connected.")
        text = self.tr("Connected to “{name}”. {status}").format(
            name=status.calendar_name, status=status.text())
        return text + (f"\n{status.problem}" if status.problem else "")

    def _privacy_changed(self) -> None:
        if self.session.calendar.config() is not None:
            self.session.calendar.set_privacy(str(self.privacy.currentData()))

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.connect_button.setEnabled(False)
        self.use_button.setEnabled(False)

        def job(_progress: Callable[[int, int], None], _cancel: threading.Event) -> Any:
            from infointerview.services.background import own_connection
            from infointerview.services.calendar_sync import CalendarSyncError

            with own_connection(self.session.db):
                try:
                    return work()
                except CalendarSyncError as problem:
                    return problem

        def finished(outcome: Any) -> None:
            from infointerview.services.calendar_sync import CalendarSyncError

            self.connect_button.setEnabled(True)
            if isinstance(outcome, CalendarSyncError):
                self.status.setText(str(outcome))
                return
            done(outcome)

        def failed(message: str) -> None:
            self.connect_button.setEnabled(True)
            self.status.setText(message)

        start_job(self.pool, job, self, finished=finished, failed=failed)

    @Slot()
    def check(self) -> None:
        """Connect: check at once and list the calendars (or take the URL's calendar)."""
        if self.session.read_only is not None:
            self.status.setText(str(self.session.read_only))
            return
        url, user, password = self.url.text().strip(), self.user.text().strip(), self.password.text()
        if not (url and user and password):
            self.status.setText(self.tr("Type the server's URL, your user name and password."))
            return
        self.status.setText(self.tr("Checking…"))
        service = self.session.calendar
        self._checked = (url, user, password)
        self._run(lambda: service.calendars(url, user, password), self._listed)

    def _listed(self, outcome: Any) -> None:
        found, is_calendar = outcome
        self._found = found
        self.calendar.clear()
        from infointerview.services.calendar_sync import DEFAULT_CALENDAR

        for info in found:
            self.calendar.addItem(info.name, info.url)
        if not is_calendar and not any(i.name == DEFAULT_CALENDAR for i in found):
            self.calendar.addItem(self.tr("Create “{name}”").format(name=DEFAULT_CALENDAR), CREATE)
        self.calendar.setEnabled(True)
        self.use_button.setEnabled(True)
        self.status.setText(self.tr("Connected. Pick the calendar for your chats."))

    @Slot()
    def use(self) -> None:
        if self._checked is None:
            return
        url, user, password = self._checked
        choice = self.calendar.currentData()
        privacy = str(self.privacy.currentData())
        service = self.session.calendar
        if choice == CREATE:
            work: Callable[[], Any] = lambda: service.choose_calendar(  # noqa: E731
                url, user, password, create=True, privacy=privacy)
        else:
            work = lambda: service.choose_calendar(  # noqa: E731
                url, user, password, calendar_url=str(choice), privacy=privacy)
        self.status.setText(self.tr("Connecting…"))
        self._run(work, lambda config: self._connected(config, password))

    def _connected(self, config: Any, password: str) -> None:
        self.session.calendar.save_connection(config, password)  # here, on the UI thread
        self.password.clear()
        self._checked = None
        self.load()

    @Slot()
    def disconnect_calendar(self) -> None:
        remove = self.remove_events.isChecked()
        service = self.session.calendar
        self.status.setText(self.tr("Disconnecting…"))
        work = service.remove_published if remove else (lambda: 0)
        self._run(work, self._disconnected)

    def _disconnected(self, _removed: int) -> None:
        self.session.calendar.forget()  # here, on the UI thread
        self.load()

    def shutdown(self) -> None:
        self.pool.waitForDone(20_000)
