"""The chat controller: opens the chat dialogs and runs chat actions for every view.

A QObject with no widget of its own: the views ask it to schedule, move,
cancel or mark a chat, log a message, or export chats as .ics files.

Signals:
    status_message(str): a short sentence for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from infointerview.services.chats import ChatError, ChatValidationFailed
from infointerview.services.session import Session
from infointerview.ui.labels import status_label
from infointerview.ui.locale_format import day_time_text, time_text
from infointerview.ui.widgets.file_dialogs import save_file_name

if TYPE_CHECKING:  # imported when first opened (the main window warms it after start-up)
    from infointerview.ui.schedule_dialog import ScheduleDialog

__all__ = ["ChatController"]


class ChatController(QObject):
    """Opens the chat dialogs and runs chat actions on behalf of every view."""

    status_message = Signal(str)

    def __init__(
        self,
        session: Session,
        parent_widget: QWidget,
        people: Callable[[], list[tuple[int, str, str]]] | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.session = session
        self._parent = parent_widget
        self._people = people or session.contacts.referrer_choices
        self.last_dialog: QDialog | None = None

    def _refused(self) -> bool:
        """True (and the reason said) when the data is open read-only: nothing is written."""
        if self.session.read_only is None:
            return False
        self.status_message.emit(str(self.session.read_only))
        return True

    def _choices(self) -> list[tuple[int, str, str]]:
        """Everyone the dialogs can pick: (id, name, organisation), by name."""
        return self._people()

    def schedule_dialog(
        self, contact_id: int | None = None, start_local: datetime | None = None
    ) -> ScheduleDialog:
        """A new, not yet shown schedule dialog (tests drive it directly)."""
        from infointerview.ui.schedule_dialog import ScheduleDialog

        draft = self.session.chats.new_draft(contact_id, start_local)
        dialog = ScheduleDialog(self.session.chats, self._choices(), draft, None, self._parent)
        self.last_dialog = dialog
        return dialog

    def _run(self, dialog: ScheduleDialog, done: str) -> bool:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.last_dialog = None
        if accepted and dialog.chat_id is not None:
            row = self.session.chats.get(dialog.chat_id)
            when = row.start_local(self.session.chats.tz)
            self.status_message.emit(done.format(who=row.who, when=day_time_text(when)))
        return accepted

    @Slot()
    @Slot(int)
    def schedule(self, contact_id: int = 0, start_local: datetime | None = None) -> bool:
        if self._refused():
            return False
        dialog = self.schedule_dialog(contact_id or None, start_local)
        return self._run(dialog, self.tr("Scheduled a chat with {who} on {when}."))

    @Slot(int)
    def reschedule(self, chat_id: int) -> bool:
        if self._refused():
            return False
        try:
            draft = self.session.chats.draft(chat_id)
        except ChatError as error:
            self.status_message.emit(str(error))
            return False
        from infointerview.ui.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(
            self.session.chats, self._choices(), draft, chat_id, self._parent
        )
        self.last_dialog = dialog
        return self._run(dialog, self.tr("Moved the chat with {who} to {when}."))

    @Slot(int, object)
    def move(self, chat_id: int, start_local: datetime) -> bool:
        """Move a scheduled chat to ``start_local`` (a calendar drag or Alt+arrow).

        The same save as the Reschedule dialog; a clash asks first, and a held or
        cancelled chat is not moved (the status bar says why).
        """
        if self._refused():
            return False
        chats = self.session.chats
        try:
            row = chats.get(chat_id)
            if row.status != "scheduled":
                self.status_message.emit(self.tr(
                    "The chat with {who} is {status}, so it stays where it is."
                ).format(who=row.contact_name, status=status_label(row.status)))
                return False
            draft = replace(chats.draft(chat_id), start_local=start_local)
            clashes = chats.overlaps_for(draft, chat_id)
            if clashes:
                tz = chats.tz
                names = "; ".join(
                    f"{r.who}, {time_text(r.start_local(tz))}–{time_text(r.end_local(tz))}"
                    for r in clashes
                )
                answer = QMessageBox.question(
                    self._parent, self.tr("Move the chat?"),
                    self.tr("At {when} the chat with {who} would overlap {others}. Move it anyway?")
                    .format(when=day_time_text(start_local), who=row.contact_name, others=names),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
            chats.reschedule(chat_id, draft)
        except (ChatError, ChatValidationFailed) as error:
            self.status_message.emit(str(error))
            return False
        self.status_message.emit(self.tr("Moved the chat with {who} to {when}.").format(
            who=row.who, when=day_time_text(start_local)))
        return True

    def _status(self, chat_id: int, status: str, done: str) -> None:
        if self._refused():
            return
        try:
            row = self.session.chats.get(chat_id)
            self.session.chats.set_status(chat_id, status)
        except ChatError as error:
            self.status_message.emit(str(error))
            return
        self.status_message.emit(done.format(who=row.contact_name))

    @Slot(int)
    def cancel(self, chat_id: int) -> None:
        self._status(
            chat_id, "cancelled",
            self.tr("Cancelled the chat with {who}. Reschedule it from the Calendar to bring it back."),
        )

    @Slot(int)
    def mark_held(self, chat_id: int) -> None:
        self._status(chat_id, "held", self.tr("Marked the chat with {who} as held. Thank them within 48 hours."))

    @Slot(int)
    def mark_no_show(self, chat_id: int) -> None:
        self._status(chat_id, "no_show", self.tr("Marked {who} as a no-show. Reschedule if they get in touch."))

    @Slot(int)
    def log_message(self, contact_id: int = 0) -> bool:
        from infointerview.ui.outreach_dialog import OutreachDialog

        if self._refused():
            return False
        dialog = OutreachDialog(
            self.session.outreach, self._choices(), contact_id or None, self._parent
        )
        self.last_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.last_dialog = None
        if accepted:
            self.status_message.emit(dialog.summary)
        return accepted

    def _save_path(self, title: str, name: str) -> str:
        path = save_file_name(self._parent, "ics", title, name, self.tr("iCalendar files (*.ics)"))
        if path and not path.lower().endswith(".ics"):
            path += ".ics"
        return path

    @Slot()
    def export_upcoming(self, path: str = "") -> int:
        from infointerview.services.ics_export import export_upcoming, upcoming_count

        if not upcoming_count(self.session.chats):  # said before asking where, and nothing written
            QMessageBox.information(
                self._parent,
                self.tr("Nothing to export"),
                self.tr(
                    "There are no upcoming chats, so there is nothing to put in a calendar "
                    "file. Schedule a chat first; nothing was written."
                ),
            )
            return 0
        path = path or self._save_path(self.tr("Export upcoming chats"), "infointerview-chats.ics")
        if not path:
            return -1
        try:
            count = export_upcoming(path, self.session.chats)
        except OSError as error:
            self.status_message.emit(
                self.tr("Could not write {path}: {why}. Pick another folder.").format(
                    path=path, why=error.strerror or error
                )
            )
            return -1
        self.status_message.emit(
            self.tr(
                "Exported %n upcoming chat(s) to {path}. Open it with your calendar program.",
                "",
                count,
            ).format(path=path)
        )
        return count

    @Slot(int)
    def export_chat(self, chat_id: int, path: str = "") -> bool:
        from infointerview.services.ics_export import export_chat

        path = path or self._save_path(self.tr("Add chat to calendar"), f"chat-{chat_id}.ics")
        if not path:
            return False
        try:
            export_chat(chat_id, path, self.session.chats)
        except (OSError, ChatError) as error:
            why = error.strerror if isinstance(error, OSError) else str(error)
            self.status_message.emit(
                self.tr("Could not write {path}: {why}").format(path=path, why=why)
            )
            return False
        self.status_message.emit(
            self.tr("Saved {path}. Open it to add the chat to your calendar.").format(path=path)
        )
        return True
