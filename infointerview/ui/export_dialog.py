"""File > Export > CSV / vCard / JSON: pick where, then write off the UI thread.

Files are written atomically (temporary file, then rename), so a failed
export never leaves a half-written or clobbered file.

Signals:
    status_message(str): a sentence for the status bar when an export is done.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from infointerview.interchange.exporting import EXPORT_FORMATS, export_file
from infointerview.services.background import own_connection
from infointerview.services.session import Session
from infointerview.ui.labels import export_format_label
from infointerview.ui.widgets.background_job import start_job
from infointerview.ui.widgets.file_dialogs import save_file_name


class ExportController(QObject):
    """Runs exports for a window; one at a time."""

    status_message = Signal(str)

    def __init__(self, session: Session, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.db = session.db
        self.contacts = session.contacts
        self.parent_widget = parent_widget
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running = False

    def default_name(self, fmt: str) -> str:
        stem = "infointerview-backup" if fmt == "json" else "infointerview-contacts"
        return f"{stem}-{dt.date.today().isoformat()}{EXPORT_FORMATS[fmt][1]}"

    @Slot(str)
    def choose_and_export(self, fmt: str) -> None:
        """Ask where to save (QFileDialog), then export."""
        label, suffix = export_format_label(fmt), EXPORT_FORMATS[fmt][1]
        if fmt != "json" and not self.contacts.count():  # a JSON backup still holds settings
            QMessageBox.information(
                self.parent_widget,
                self.tr("Nothing to export"),
                self.tr(
                    "There are no contacts yet, so there is nothing to export; nothing was "
                    "written. Add or import some people first."
                ),
            )
            return
        path = save_file_name(
            self.parent_widget,
            "export",
            self.tr("Export as {format}").format(format=label),
            self.default_name(fmt),
            self.tr("{format} (*{suffix});;All files (*)").format(
                format=label, suffix=suffix
            ),
        )
        if path:
            self.export(fmt, path)

    def export(self, fmt: str, path: str) -> None:
        if self.running:
            self.status_message.emit(self.tr("An export is already running."))
            return
        db = self.db

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            with own_connection(db):
                return export_file(db, fmt, path)

        self.running = True
        self.status_message.emit(self.tr("Exporting to {path}…").format(path=path))
        start_job(
            self.pool,
            work,
            self,
            finished=lambda count: self._done(path, int(count)),
            failed=lambda message: self._failed(path, str(message)),
        )

    def _done(self, path: str, count: int) -> None:
        self.running = False
        self.status_message.emit(
            self.tr("Exported {count} contact(s) to {path}.", "", count).format(
                count=f"{count:,}", path=path
            )
        )

    def _failed(self, path: str, message: str) -> None:
        self.running = False
        QMessageBox.warning(
            self.parent_widget,
            self.tr("Export failed"),
            self.tr(
                "The export to {path} failed ({problem}). No file was changed; choose another "
                "folder or free some space and try again."
            ).format(path=path, problem=message),
        )

    def wait(self) -> None:
        """Block until a running export is written (tests, closing the window)."""
        self.pool.waitForDone()
