"""The start-up integrity check, with the questions it may have to ask.

Kept apart from the Backups dialog so start-up imports only this. The check
(``PRAGMA quick_check``, 20 ms at 30,000 contacts) runs as a background job
while start-up imports the window: SQLite does that work without Python's lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget

from infointerview.services import backup
from infointerview.ui.locale_format import date_time_text
from infointerview.ui.widgets.background_job import start_job

translate = QCoreApplication.translate
"""Call it with a literal context and text, so pyside6-lupdate can read both."""


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

    def finish(self, parent: QWidget | None = None) -> str:
        self._pool.waitForDone()
        if self._error is not None:
            raise self._error
        assert self._status is not None
        return _tell(self.data_dir, self._status, parent)


def check_at_startup(data_dir: Path, parent: QWidget | None = None) -> str:
    """Start-up integrity check, before the database is opened.

    A damaged database has been moved aside by :func:`backup.check_database`
    (never written to); the user is told and offered the newest good backup.
    Returns a sentence for the status bar ("" when there is nothing to say).
    """
    return PendingCheck(data_dir).finish(parent)


def _tell(data_dir: Path, status: backup.StartupCheck, parent: QWidget | None) -> str:
    note = ""
    if not status.ok:
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
