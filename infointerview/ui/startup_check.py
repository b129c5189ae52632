"""The start-up integrity check, with the questions it may have to ask.

Kept apart from the Backups dialog so start-up imports only this. The check
(``PRAGMA quick_check``, 20 ms at 30,000 contacts) runs as a background job
while start-up imports the window: SQLite does that work without Python's lock.

Damage is only damage. When the file cannot be checked or opened for another
reason (another program holds a lock, the disk is full, the file or its
``-wal``/``-shm`` cannot be read) nothing is moved: the user reads what is
wrong and chooses Retry, Open read-only or Quit (:meth:`PendingCheck.open_data`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget

from infointerview.services import backup
from infointerview.ui.locale_format import date_time_text
from infointerview.ui.widgets.background_job import start_job

if TYPE_CHECKING:
    from infointerview.services.session import Session

translate = QCoreApplication.translate
"""Call it with a literal context and text, so pyside6-lupdate can read both."""

RETRY, READ_ONLY, QUIT = "retry", "read_only", "quit"
"""What the user chose when the data could not be opened."""


class PendingCheck:
    """The integrity check, started as a background job; ``finish`` waits and asks what it must.

    Start it only once this process owns the data folder (single instance): a
    damaged database is moved aside.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._status: backup.StartupCheck | None = None
        self._error: BaseException | None = None
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        start_job(self._pool, self._run)

    def _run(self, progress: Callable[[int, int], None], cancel: threading.Event) -> None:
        try:
            self._status = backup.check_database(self.data_dir)
        except BaseException as exc:  # handed to the main thread by finish()
            self._error = exc

    def _wait(self) -> backup.StartupCheck:
        self._pool.waitForDone()
        if self._error is not None:
            raise self._error
        assert self._status is not None
        return self._status

    def finish(self, parent: QWidget | None = None) -> str:
        """Wait for the check and handle damage (moved aside, a backup offered).

        A fault that is not damage is left in :attr:`status` (nothing moved);
        :meth:`open_data` asks about it.
        """
        return _tell(self.data_dir, self._wait(), parent)

    @property
    def status(self) -> backup.StartupCheck | None:
        return self._status

    def open_data(self, parent: QWidget | None = None) -> tuple[Session | None, str]:
        """Wait for the check, ask what it must, and open the session.

        Returns the session (read-only when the data cannot be written, or when
        the user chose so) and a note for the status bar; no session when the
        user chose Quit. Damage raises nothing here: it is moved aside and a
        backup offered, as before. Other store errors (a newer database) raise.
        """
        from infointerview.services.session import DatabaseFault, open_session

        status = self._wait()
        while True:
            read_only: DatabaseFault | None = None
            note = ""
            if status.fault is not None:
                choice = ask_about_fault(str(status.fault), parent)
                if choice == QUIT:
                    return None, ""
                if choice == RETRY:
                    status = backup.check_database(self.data_dir)
                    continue
                read_only = status.fault
            else:
                note = _tell(self.data_dir, status, parent)
            try:
                return open_session(self.data_dir, read_only=read_only or False), note
            except DatabaseFault as fault:
                if fault.is_damage:
                    raise
                status = backup.StartupCheck(ok=False, message=str(fault), fault=fault)


def ask_about_fault(sentence: str, parent: QWidget | None = None) -> str:
    """Say what is wrong (nothing was moved) and ask: Retry, Open read-only or Quit."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("StartupCheck", "InfoInterview cannot open your data"),
        sentence,
        buttons.Retry | buttons.Open | buttons.Close,
        parent,
    )
    box.setInformativeText(
        translate(
            "StartupCheck",
            "Your data was not moved or changed. Retry once that is fixed, open it "
            "read-only to look at it, or quit.",
        )
    )
    box.button(buttons.Retry).setText(translate("StartupCheck", "Retry"))
    box.button(buttons.Open).setText(translate("StartupCheck", "Open read-only"))
    box.button(buttons.Close).setText(translate("StartupCheck", "Quit"))
    box.setDefaultButton(buttons.Retry)
    box.setEscapeButton(buttons.Close)
    answer = box.exec()
    if answer == buttons.Retry.value:
        return RETRY
    if answer == buttons.Open.value:
        return READ_ONLY
    return QUIT


def check_at_startup(data_dir: Path, parent: QWidget | None = None) -> str:
    """Start-up integrity check, before the database is opened.

    A damaged database has been moved aside by :func:`backup.check_database`
    (never written to); the user is told and offered the newest good backup.
    Returns a sentence for the status bar ("" when there is nothing to say).
    """
    return PendingCheck(data_dir).finish(parent)


def _tell(data_dir: Path, status: backup.StartupCheck, parent: QWidget | None) -> str:
    note = ""
    if not status.ok and status.fault is None:
        good = status.newest_good_backup
        if good is not None:
            answer = QMessageBox.question(
                parent,
                translate("BackupsDialog", "Your data needs attention"),
                status.message
                + "\n\n"
                + translate(
                    "BackupsDialog",
                    "Restore the newest good backup, taken {when}? If you choose No, "
                    "InfoInterview starts with an empty database and the damaged file stays "
                    "where it is.",
                ).format(when=date_time_text(good.taken_at)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    backup.restore(data_dir, good.path)
                    note = translate("BackupsDialog", "Restored the backup from {when}.").format(
                        when=date_time_text(good.taken_at)
                    )
                except backup.BackupError as exc:
                    QMessageBox.critical(
                        parent, translate("BackupsDialog", "Restore failed"), str(exc)
                    )
        else:
            QMessageBox.warning(
                parent,
                translate("BackupsDialog", "Your data needs attention"),
                status.message
                + "\n\n"
                + translate(
                    "BackupsDialog",
                    "There is no good backup to restore, so InfoInterview starts with an "
                    "empty database. The damaged file stays where it is; a data-recovery "
                    "tool (for example sqlite3's .recover command) may rescue parts of it.",
                ),
            )
    return note
