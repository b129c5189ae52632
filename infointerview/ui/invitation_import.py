"""A meeting invitation (.ics) opened with File → Import or dropped on the window.

The service does the work (:class:`InvitationService`); this module asks the
one question it cannot answer itself, the start time of an all-day
invitation, in a small dialog, and says what happened.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from infointerview.services.invitations import (
    InvitationError,
    InvitationNeedsTime,
    InvitationResult,
)
from infointerview.services.session import Session
from infointerview.ui.widgets.labels import fit_form_captions, plain_label

__all__ = ["AllDayTimeDialog", "import_invitation"]


class AllDayTimeDialog(QDialog):
    """Asks when an all-day invitation's chat starts (local time)."""

    def __init__(self, summary: str, day: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allDayTimeDialog")
        self.setWindowTitle(self.tr("What time is the chat?"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr("“%1” is an all-day event on %2. Choose when the chat starts.")
                .replace("%1", summary or self.tr("The invitation"))
                .replace("%2", day),
                self,
            )
        )
        form = QFormLayout()
        self.time_edit = QTimeEdit(QTime(10, 0), self)
        self.time_edit.setObjectName("allDayTime")
        self.time_edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("&Starts at:"), self.time_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_form_captions(self)  # no caption clipped at 200 %

    def chosen_time(self) -> time:
        value = self.time_edit.time()
        return time(value.hour(), value.minute())


def import_invitation(
    session: Session, path: str, parent: QWidget | None = None
) -> InvitationResult | None:
    """Schedule, move or cancel the chat the invitation at ``path`` is about.

    Returns what happened, or None if the user cancelled or the file was
    refused (a message box has said why).
    """
    invitations = session.invitations
    title = QCoreApplication.translate("InvitationImport", "Import invitation")
    try:
        return invitations.import_file(path)
    except InvitationNeedsTime as asked:
        dialog = AllDayTimeDialog(asked.invitation.summary, asked.day.isoformat(), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return invitations.apply(asked.invitation, dialog.chosen_time())
        except InvitationError as exc:
            problem = str(exc)
    except InvitationError as exc:
        problem = str(exc)
    QMessageBox.warning(
        parent,
        title,
        QCoreApplication.translate("InvitationImport", "%1 could not be imported. %2")
        .replace("%1", Path(path).name)
        .replace("%2", problem),
    )
    return None
