"""Backups…: the backups in the data folder, Back up now, and Restore.

Restoring replaces the whole database, so it asks first; the window has to
reopen its session afterwards, so the dialog only emits a signal.

Signals:
    restore_requested(str): the user confirmed restoring this backup file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infointerview.services import backup
from infointerview.ui.locale_format import date_time_text
from infointerview.ui.widgets.background_job import start_job
from infointerview.ui.widgets.labels import plain_label


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


class BackupsDialog(QDialog):
    """Lists backups (newest first) with date and size; see the module docstring."""

    restore_requested = Signal(str)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.backups: list[backup.BackupInfo] = []

        intro = plain_label(
            self.tr(
                "InfoInterview backs up your data when it starts (at most once a day) and "
                "keeps the newest {keep}. They are in:\n{folder}"
            ).format(keep=backup.KEEP, folder=self.data_dir / backup.BACKUP_FOLDER)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = plain_label("")
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back Up Now"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("backupRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        folder_button = QPushButton(self.tr("Open &Folder"), self)
        folder_button.clicked.connect(self.open_folder)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(folder_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.backups = backup.list_backups(self.data_dir)
        self.table.setRowCount(len(self.backups))
        kinds = {
            "backup": self.tr("Backup"),
            "before-restore": self.tr("Kept before a restore"),
        }
        for row, info in enumerate(self.backups):
            for column, text in enumerate(
                (
                    date_time_text(info.taken_at),
                    kinds.get(info.kind, info.kind),
                    human_size(info.size),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.backups:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No backups yet: click Back Up Now."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backup.BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    @Slot()
    def backup_now(self) -> None:
        folder = self.data_dir
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            return backup.backup_now(folder)

        start_job(self.pool, work, self, finished=self._backed_up, failed=self._backup_failed)

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.reload()
        self.status.setText(self.tr("Backed up to {name}.").format(name=Path(path).name))

    def _backup_failed(self, message: str) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(message)

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace all your current data with the backup from {when}? Everything "
                "you changed since then is replaced. (Your current data is kept aside in the "
                "backups folder first, but restoring cannot be undone from inside the app.)"
            ).format(when=date_time_text(info.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_requested.emit(str(info.path))
        self.accept()

    @Slot()
    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup.backups_dir(self.data_dir))))

    def done(self, result: int) -> None:
        self.pool.waitForDone()
        super().done(result)
