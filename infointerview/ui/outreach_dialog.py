"""Log a message sent to a contact, or record that they replied.

Signals:
    changed(): a message was logged or marked replied (the stage may have moved).
"""

from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.chats import CHANNELS, MESSAGE_KINDS
from infointerview.services.chats import ChatError
from infointerview.services.outreach import OutreachService
from infointerview.ui.labels import channel_label, kind_label
from infointerview.ui.locale_format import date_text
from infointerview.ui.theme import ERROR
from infointerview.ui.widgets.contact_picker import ContactPicker
from infointerview.ui.widgets.labels import fit_form_captions, plain_label
from infointerview.ui.widgets.qdatetime import from_qdatetime, to_qdatetime

__all__ = ["OutreachDialog"]


class OutreachDialog(QDialog):
    """Record one message (date, channel, kind, subject) and replies to earlier ones."""

    changed = Signal()

    def __init__(
        self,
        outreach: OutreachService,
        choices: list[tuple[int, str, str]],
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outreachDialog")
        self.setWindowTitle(self.tr("Log a message"))
        self._outreach = outreach
        self.summary = ""
        form = self._build_form(choices, contact_id)
        self._build_replies_box()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Log message"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.replies_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

        self.contact.textChanged.connect(self._fill_unanswered)
        self.replied_button.clicked.connect(self.mark_replied)
        self._fill_unanswered()
        self.contact.setFocus()
        if contact_id is not None:
            self.kind.setFocus()
        fit_form_captions(self)  # no caption clipped at 200 %

    def _build_form(self, choices: list[tuple[int, str, str]], contact_id: int | None) -> QFormLayout:
        """To, kind, channel, when sent and subject (sent defaults to now)."""
        chats = self._outreach.chats

        self.contact = ContactPicker(choices, self)
        self.contact.setObjectName("outreachContact")
        self.contact.set_contact(contact_id)
        self.kind = QComboBox(self)
        self.kind.setObjectName("outreachKind")
        for key in MESSAGE_KINDS:
            self.kind.addItem(kind_label(key), key)
        self.channel = QComboBox(self)
        self.channel.setObjectName("outreachChannel")
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        self.sent = QDateTimeEdit(to_qdatetime(chats.to_local(chats.now())), self)
        self.sent.setObjectName("outreachSent")
        self.sent.setCalendarPopup(True)
        self.sent.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("outreachSubject")
        self.subject.setPlaceholderText(self.tr("Optional"))
        self.error = plain_label("", self)
        self.error.setStyleSheet(f"color: {ERROR};")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&To"), self.contact)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Sent"), self.sent)
        form.addRow(self.tr("S&ubject"), self.subject)
        form.addRow("", self.error)
        return form

    def _build_replies_box(self) -> None:
        """The messages to this contact still waiting for a reply."""
        self.replies_box = QGroupBox(self.tr("Waiting for a reply"), self)
        self.unanswered = QListWidget(self.replies_box)
        self.unanswered.setObjectName("unansweredList")
        self.unanswered.setMaximumHeight(110)
        self.replied_button = QPushButton(self.tr("They &replied"), self.replies_box)
        self.replied_button.setToolTip(
            self.tr("Record that the selected message got an answer (today)")
        )
        self.no_pending = plain_label(self.tr("No message is waiting for a reply."), self.replies_box)
        box_layout = QVBoxLayout(self.replies_box)
        box_layout.addWidget(self.no_pending)
        box_layout.addWidget(self.unanswered)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.replied_button)
        box_layout.addLayout(row)

    @Slot()
    def _fill_unanswered(self) -> None:
        self.unanswered.clear()
        contact_id = self.contact.contact_id()
        rows = self._outreach.unanswered_for(contact_id) if contact_id is not None else []
        chats = self._outreach.chats
        for message in rows:
            when = chats.to_local(message.sent_utc)
            text = f"{date_text(when)} · {self.kind.itemText(max(0, self.kind.findData(message.kind)))}"
            if message.subject:
                text += f" · {message.subject}"
            item = QListWidgetItem(text, self.unanswered)
            item.setData(Qt.ItemDataRole.UserRole, message.id)
        if rows:
            self.unanswered.setCurrentRow(0)
        self.unanswered.setVisible(bool(rows))
        self.replied_button.setVisible(bool(rows))
        self.no_pending.setVisible(not rows)

    @Slot()
    def mark_replied(self) -> None:
        item = self.unanswered.currentItem()
        if item is None:
            return
        try:
            self._outreach.mark_replied(int(item.data(Qt.ItemDataRole.UserRole)))
        except ChatError as error:
            self._show_error(str(error))
            return
        self.summary = self.tr("Recorded the reply.")
        self.changed.emit()
        self._fill_unanswered()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        contact_id = self.contact.contact_id()
        if contact_id is None:
            self._show_error(self.tr("Pick who the message went to from the list."))
            self.contact.setFocus()
            return
        chats = self._outreach.chats
        sent_local = from_qdatetime(self.sent.dateTime())
        sent_utc = chats.to_utc(sent_local).replace(tzinfo=timezone.utc)
        try:
            self._outreach.log_message(
                contact_id,
                str(self.kind.currentData()),
                str(self.channel.currentData()),
                sent_utc,
                self.subject.text(),
            )
        except ChatError as error:
            self._show_error(str(error))
            return
        self.summary = self.tr("Logged the message to {who}.").format(
            who=self.contact.label_for(contact_id)
        )
        self.changed.emit()
        super().accept()
