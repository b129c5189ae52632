"""Schedule or reschedule a chat.

ScheduleDialog is keyboard-first: the contact field has focus and completes
names as you type, Enter schedules. Overlaps with other chats are shown inline
as a warning; the user may still go ahead.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
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
from infointerview.ui.labels import mode_label
from infointerview.ui.locale_format import day_time_text, time_text
from infointerview.ui.theme import ERROR, WARNING
from infointerview.ui.widgets.contact_picker import ContactPicker
from infointerview.ui.widgets.labels import fit_form_captions, plain_label
from infointerview.ui.widgets.qdatetime import from_qdatetime, to_qdatetime

__all__ = ["ScheduleDialog", "mode_label"]




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

        self._build_fields(choices, draft)
        form = self._build_form()

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
        fit_form_captions(self)  # no caption clipped at 200 %

    def _build_fields(self, choices: list[tuple[int, str, str]], draft: ChatDraft) -> None:
        """The contact, when, length, mode, place and travel note, filled from ``draft``."""
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

    def _build_form(self) -> QFormLayout:
        """The fields with their labels, each followed by its (hidden) error line."""
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
        return form

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
