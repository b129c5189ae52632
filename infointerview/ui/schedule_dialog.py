"""Schedule or reschedule a chat, and the chat commands the views share.

ScheduleDialog is keyboard-first: the contact field has focus and completes
names as you type, Enter schedules. Overlaps with other chats are shown inline
as a warning; the user may still go ahead.

ChatCommands (a QObject, no widget of its own) opens the dialogs and runs the
one-shot actions (cancel, held, no-show, .ics export) for every view.

Signals (ChatCommands):
    chats_changed(): a chat was scheduled, moved or changed status.
    messages_changed(): a message was logged or marked replied.
    status_message(str): a short sentence for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QObject,
    QStringListModel,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from infointerview.services.chats import (
    TRAVEL_MODES,
    ChatDraft,
    ChatError,
    ChatRow,
    ChatService,
    ChatValidationFailed,
)
from infointerview.services.session import Session
from infointerview.ui.contact_editor import plain_label
from infointerview.ui.labels import mode_label
from infointerview.ui.locale_format import day_time_text, time_text
from infointerview.ui.theme import ERROR, WARNING

__all__ = ["ChatCommands", "ScheduleDialog", "contact_label", "mode_label"]


def contact_label(name: str, organisation: str) -> str:
    """How a contact appears in pickers: "Name — Organisation"."""
    return f"{name} — {organisation}" if organisation else name


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
    )


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ContactPicker(QLineEdit):
    """A line edit completing contact names (anywhere in the name or organisation)."""

    def __init__(self, choices: list[tuple[int, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: dict[str, int] = {}
        self._names: list[tuple[str, int]] = []
        self._labels: dict[int, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a name or organisation"))
        self.setClearButtonEnabled(True)
        self.set_choices(choices)

    def set_choices(self, choices: list[tuple[int, str, str]]) -> None:
        """(id, name, organisation) for every contact that can be picked."""
        self._ids = {}
        self._names = []
        for cid, name, org in choices:
            self._ids[contact_label(name, org)] = cid
            self._names.append((f"{name} {org}".casefold(), cid))
        self._labels = {cid: text for text, cid in self._ids.items()}
        self._model.setStringList(list(self._ids))

    def label_for(self, contact_id: int) -> str:
        """"Name — Organisation" for a contact in the list."""
        return self._labels.get(contact_id, "")

    def set_contact(self, contact_id: int | None) -> None:
        self.setText(self._labels.get(contact_id, "") if contact_id is not None else "")

    def contact_id(self) -> int | None:
        """The contact the text names: an exact pick, else the only one matching every word."""
        text = self.text().strip()
        if not text:
            return None
        if text in self._ids:
            return self._ids[text]
        words = text.casefold().replace("—", " ").split()
        matches = {cid for hay, cid in self._names if all(w in hay for w in words)}
        return matches.pop() if len(matches) == 1 else None


class ScheduleDialog(QDialog):
    """Create a chat (``chat_id`` None) or move an existing one."""

    def __init__(
        self,
        chats: ChatService,
        choices: list[tuple[int, str, str]],
        draft: ChatDraft,
        chat_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self._chats = chats
        self.chat_id = chat_id
        self.setWindowTitle(self.tr("Schedule a chat") if chat_id is None else self.tr("Reschedule chat"))

        self.contact = ContactPicker(choices, self)
        self.contact.setObjectName("scheduleContact")
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.set_contact(draft.contact_id)
        self.when = QDateTimeEdit(to_qdatetime(draft.start_local), self)
        self.when.setObjectName("scheduleWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setAccessibleName(self.tr("Date and time (your local time)"))
        self.when.setToolTip(self.tr("Your local time. Alt+Down opens the calendar."))
        self.when.calendarWidget().setFirstDayOfWeek(self.locale().firstDayOfWeek())
        self.length = QSpinBox(self)
        self.length.setObjectName("scheduleLength")
        self.length.setRange(5, 480)
        self.length.setSingleStep(5)
        self.length.setSuffix(self.tr(" min"))
        self.length.setValue(draft.length_min)
        self.length.setAccessibleName(self.tr("Length in minutes"))
        self.mode = QComboBox(self)
        self.mode.setObjectName("scheduleMode")
        for key in ("video", "phone", "in_person", "coffee"):
            self.mode.addItem(mode_label(key), key)
        self.mode.setCurrentIndex(max(0, self.mode.findData(draft.mode)))
        self.place = QLineEdit(draft.place, self)
        self.place.setObjectName("schedulePlace")
        self.travel = QPlainTextEdit(draft.travel_note, self)
        self.travel.setObjectName("scheduleTravel")
        self.travel.setTabChangesFocus(True)
        self.travel.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.travel.setPlaceholderText(
            self.tr("Route, parking, when to leave; arrive a little early")
        )

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, label, field in (
            ("contact_id", self.tr("&With"), self.contact),
            ("start", self.tr("&When"), self.when),
            ("length_min", self.tr("&Length"), self.length),
            ("mode", self.tr("&Mode"), self.mode),
            ("place", self.tr("&Place or link"), self.place),
            ("travel_note", self.tr("&Travel note"), self.travel),
        ):
            form.addRow(label, field)
            error = plain_label("", self)
            error.setObjectName("fieldError")
            error.setStyleSheet(f"color: {ERROR};")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[key] = error

        self.overlap = plain_label("", self)
        self.overlap.setObjectName("overlapWarning")
        self.overlap.setWordWrap(True)
        self.overlap.setStyleSheet(f"color: {WARNING};")
        self.overlap.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Schedule") if chat_id is None else self.tr("&Save"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.overlap)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.when.dateTimeChanged.connect(self._check_overlap)
        self.length.valueChanged.connect(self._check_overlap)
        self._mode_changed()
        self._check_overlap()
        self.contact.setFocus()
        if draft.contact_id is not None:
            self.when.setFocus()

    def draft(self) -> ChatDraft:
        return ChatDraft(
            contact_id=self.contact.contact_id(),
            start_local=from_qdatetime(self.when.dateTime()),
            length_min=self.length.value(),
            mode=str(self.mode.currentData()),
            place=self.place.text(),
            travel_note=self.travel.toPlainText(),
        )

    @Slot()
    def _mode_changed(self) -> None:
        mode = str(self.mode.currentData())
        travel = mode in TRAVEL_MODES
        self.travel.setEnabled(travel)
        placeholders = {
            "video": self.tr("Meeting link"),
            "phone": self.tr("Phone number, and who calls whom"),
            "in_person": self.tr("Address, floor, who to ask for at reception"),
            "coffee": self.tr("Café and address"),
        }
        self.place.setPlaceholderText(placeholders.get(mode, ""))

    def overlapping(self) -> list[ChatRow]:
        draft = self.draft()
        return self._chats.overlaps_for(draft, self.chat_id)

    @Slot()
    def _check_overlap(self) -> None:
        rows = self.overlapping()
        if not rows:
            self.overlap.hide()
            self.overlap.setText("")
            return
        tz = self._chats.tz
        parts = [
            f"{r.who}, {day_time_text(r.start_local(tz))}–{time_text(r.end_local(tz))}" for r in rows
        ]
        self.overlap.setText(
            self.tr("Overlaps with {chats}. You can still schedule it.").format(
                chats="; ".join(parts)
            )
        )
        self.overlap.show()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        order = ("contact_id", "start", "length_min", "mode", "place", "travel_note")
        fields = {
            "contact_id": self.contact, "start": self.when, "length_min": self.length,
            "mode": self.mode, "place": self.place, "travel_note": self.travel,
        }
        for key in order:
            if key in errors:
                fields[key].setFocus()
                break

    def accept(self) -> None:
        draft = self.draft()
        errors: dict[str, str] = {}
        if draft.contact_id is None and self.contact.text().strip():
            errors["contact_id"] = self.tr(
                "Nobody matches “{text}”; pick someone from the list, or add them in Contacts first."
            ).format(text=self.contact.text().strip())
        try:
            if errors:
                raise ChatValidationFailed(errors)
            if self.chat_id is None:
                self.chat_id = self._chats.schedule(draft)
            else:
                self._chats.reschedule(self.chat_id, draft)
        except ChatValidationFailed as failure:
            self.show_errors(failure.errors)
            return
        except ChatError as error:
            self.show_errors({"start": str(error)})
            return
        super().accept()


class ChatCommands(QObject):
    """Opens the chat dialogs and runs chat actions on behalf of every view."""

    chats_changed = Signal()
    messages_changed = Signal()
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

    def _choices(self) -> list[tuple[int, str, str]]:
        """Everyone the dialogs can pick: (id, name, organisation), by name."""
        return self._people()

    def schedule_dialog(
        self, contact_id: int | None = None, start_local: datetime | None = None
    ) -> ScheduleDialog:
        """A new, not yet shown schedule dialog (tests drive it directly)."""
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
            self.chats_changed.emit()
        return accepted

    @Slot()
    @Slot(int)
    def schedule(self, contact_id: int = 0, start_local: datetime | None = None) -> bool:
        dialog = self.schedule_dialog(contact_id or None, start_local)
        return self._run(dialog, self.tr("Scheduled a chat with {who} on {when}."))

    @Slot(int)
    def reschedule(self, chat_id: int) -> bool:
        try:
            draft = self.session.chats.draft(chat_id)
        except ChatError as error:
            self.status_message.emit(str(error))
            return False
        dialog = ScheduleDialog(
            self.session.chats, self._choices(), draft, chat_id, self._parent
        )
        self.last_dialog = dialog
        return self._run(dialog, self.tr("Moved the chat with {who} to {when}."))

    def _status(self, chat_id: int, status: str, done: str) -> None:
        try:
            row = self.session.chats.get(chat_id)
            self.session.chats.set_status(chat_id, status)
        except ChatError as error:
            self.status_message.emit(str(error))
            return
        self.status_message.emit(done.format(who=row.contact_name))
        self.chats_changed.emit()

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

        dialog = OutreachDialog(
            self.session.outreach, self._choices(), contact_id or None, self._parent
        )
        self.last_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.changed.connect(self.messages_changed)
        dialog.changed.connect(self.chats_changed)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.last_dialog = None
        if accepted:
            self.status_message.emit(dialog.summary)
        return accepted

    def _save_path(self, title: str, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self._parent, title, name, self.tr("iCalendar files (*.ics)")
        )
        if path and not path.lower().endswith(".ics"):
            path += ".ics"
        return path

    @Slot()
    def export_upcoming(self, path: str = "") -> int:
        from infointerview.services.ics_export import export_upcoming

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
            self.tr("Exported {n} upcoming chats to {path}. Open it with your calendar program.")
            .format(n=count, path=path)
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
