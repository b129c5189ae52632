"""Write outreach, follow-up, thank-you and update messages from templates.

The checks run on every keystroke and are shown beside the text (a mark and a
sentence each, never colour alone). Sending opens the user's own mail program
through a ``mailto:`` link, or copies the message when the link would be too
long or no mail program answers; then a bar asks to log it as sent.

Signals:
    message_logged(int): a message to this contact was logged as sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain import messages as rules
from infointerview.domain.chats import CHANNELS
from infointerview.domain.contacts import display_name
from infointerview.domain.questions import word_count
from infointerview.services.messages import MessageContext, MessageService
from infointerview.services.outreach import OutreachService
from infointerview.services.session import Session
from infointerview.ui.labels import channel_label, kind_label
from infointerview.ui.widgets.labels import fit_form_captions, plain_label

UrlOpener = Callable[[QUrl], bool]


class MessageComposer(QDialog):
    """Compose a message to one contact, check it, send it, log it."""

    message_logged = Signal(int)

    def __init__(
        self,
        messages: MessageService,
        outreach: OutreachService,
        contact_id: int,
        kind: str = "outreach",
        parent: QWidget | None = None,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageComposer")
        self._messages = messages
        self._outreach = outreach
        self._open_url = open_url
        self.context: MessageContext = messages.context(contact_id)
        name = display_name(self.context.values["first_name"], self.context.values["last_name"])
        self.setWindowTitle(self.tr("Message to {name}").format(name=name))
        self.resize(900, 620)

        self._build_fields(name)
        self._build_checks()
        self._build_actions()
        self._build_layout()
        self._wire()

        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._fill_templates()
        fit_form_captions(self)  # no caption clipped at 200 %

    def _build_fields(self, name: str) -> None:
        """Recipient, kind, template, channel, subject and text."""
        to_text = f"{name} <{self.context.email}>" if self.context.email else name
        self.to_label = plain_label(self.tr("To: ") + to_text, self)
        self.kind = QComboBox(self)
        for key in rules.TEMPLATE_KINDS:
            self.kind.addItem(kind_label(key), key)
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Template"))
        self.save_template_button = QPushButton(self.tr("Save as Template…"), self)
        self.channel = QComboBox(self)
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        if not self.context.email:
            self.channel.setCurrentIndex(self.channel.findData("linkedin"))
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Message text"))

    def _build_checks(self) -> None:
        """Counts, missing fields and the message checks beside the text."""
        self.counts = plain_label("", self)
        self.counts.setObjectName("messageCounts")
        self.missing = plain_label("", self)
        self.missing.setObjectName("fieldError")
        self.missing.setWordWrap(True)
        self.checks_box = QFrame(self)
        self.checks_box.setObjectName("checksBox")
        self.checks_layout = QVBoxLayout(self.checks_box)
        self.checks_layout.setContentsMargins(8, 8, 8, 8)
        checks_title = plain_label(self.tr("Checks"), self.checks_box)
        font = checks_title.font()
        font.setBold(True)
        checks_title.setFont(font)
        self.checks_layout.addWidget(checks_title)
        self.check_labels: dict[str, QLabel] = {}
        self.no_checks = plain_label(
            self.tr("Keep it short, thank them for their time, and remind them of anything "
                    "they offered."), self.checks_box)
        self.no_checks.setWordWrap(True)
        self.checks_layout.addWidget(self.no_checks)
        self.checks_layout.addStretch(1)
        self.checks_box.setMinimumWidth(280)

    def _build_actions(self) -> None:
        """The send, copy and close buttons, and the Log as Sent bar."""
        self.send_button = QPushButton(self.tr("Open in Mail Program"), self)
        self.send_button.setDefault(True)
        self.copy_button = QPushButton(self.tr("Copy to Clipboard"), self)
        self.close_button = QPushButton(self.tr("Close"), self)

        self.log_bar = QFrame(self)
        self.log_bar.setObjectName("logBar")
        self.log_text = plain_label("", self.log_bar)
        self.log_text.setWordWrap(True)
        self.log_button = QPushButton(self.tr("Log as Sent"), self.log_bar)
        self.not_sent_button = QPushButton(self.tr("Not Sent"), self.log_bar)
        bar = QHBoxLayout(self.log_bar)
        bar.addWidget(self.log_text, 1)
        bar.addWidget(self.log_button)
        bar.addWidget(self.not_sent_button)
        self.log_bar.hide()

    def _build_layout(self) -> None:
        form = QFormLayout()
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.save_template_button)
        for label, field in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&Template"), template_row),
            (self.tr("C&hannel"), self.channel),
            (self.tr("&Subject"), self.subject),
        ):
            if isinstance(field, QHBoxLayout):
                caption = QLabel(label, self)
                caption.setBuddy(self.template)
                form.addRow(caption, field)
            else:
                caption = QLabel(label, self)
                caption.setBuddy(field)
                form.addRow(caption, field)
        left = QVBoxLayout()
        left.addWidget(self.to_label)
        left.addLayout(form)
        left.addWidget(self.body, 1)
        left.addWidget(self.counts)
        left.addWidget(self.missing)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addWidget(self.checks_box, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.log_bar)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self.kind.currentIndexChanged.connect(self._fill_templates)
        self.template.currentIndexChanged.connect(self._apply_template)
        self.body.textChanged.connect(self._run_checks)
        self.subject.textChanged.connect(self._run_checks)
        self.send_button.clicked.connect(self.open_in_mail)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.close_button.clicked.connect(self.reject)
        self.log_button.clicked.connect(self.log_as_sent)
        self.not_sent_button.clicked.connect(self.log_bar.hide)
        self.save_template_button.clicked.connect(self.save_as_template)

    # -- templates -------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    @Slot()
    def _fill_templates(self) -> None:
        kind = self.current_kind()
        rows = self._messages.templates(kind)
        if kind == "outreach":  # a referred contact gets the referred template first
            rows.sort(key=lambda t: ("referred" in t.key) != bool(self.context.referrer))
        self.template.blockSignals(True)
        self.template.clear()
        for row in rows:
            label = row.name if row.builtin else row.name + self.tr(" (mine)")
            self.template.addItem(label, row)
        self.template.blockSignals(False)
        self._apply_template()

    @Slot()
    def _apply_template(self) -> None:
        row = self.template.currentData()
        if row is None:
            return
        values = self.context.values
        self.subject.setText(rules.fill_template(row.subject, values))
        self.body.setPlainText(rules.fill_body(row.body, values))
        missing = sorted(
            set(rules.missing_placeholders(row.subject, values))
            | set(rules.missing_placeholders(row.body, values, body=True))
        )
        if missing:
            self.missing.setText(
                self.tr("Fill in by hand: ") + ", ".join(f"[{name}]" for name in missing)
            )
            self.missing.show()
        else:
            self.missing.hide()
        self._run_checks()

    @Slot()
    def save_as_template(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as template"),
                                        self.tr("Template name:"))
        if not ok or not name.strip():
            return
        self.save_template(name)

    def save_template(self, name: str) -> int:
        template_id = self._messages.save_template(
            name, self.current_kind(), self.subject.text(), self.body.toPlainText()
        )
        self._fill_templates()
        for i in range(self.template.count()):
            if self.template.itemData(i).id == template_id:
                self.template.setCurrentIndex(i)
        return template_id

    # -- checks -------------------------------------------------------------------------
    @Slot()
    def _run_checks(self) -> None:
        text = self.body.toPlainText()
        words = word_count(text)
        self.counts.setText(self.tr("%n word(s)", "", words))
        verdicts = self._messages.check(self.current_kind(), text, self.context)
        seen = set()
        for position, verdict in enumerate(verdicts, start=1):  # after the "Checks" title
            seen.add(verdict.key)
            label = self.check_labels.get(verdict.key)
            if label is None:
                label = plain_label("", self.checks_box)
                label.setWordWrap(True)
                label.setObjectName("checkLabel")
                self.check_labels[verdict.key] = label
            if self.checks_layout.indexOf(label) != position:  # in the order of the checks
                self.checks_layout.removeWidget(label)
                self.checks_layout.insertWidget(position, label)
            mark = "✓" if verdict.ok else "⚠"
            label.setText(f"{mark}  {verdict.message}")
            label.setProperty("ok", verdict.ok)
            label.setStyleSheet("" if verdict.ok else "color: #b45309;")
            label.setAccessibleName(
                (self.tr("Passed: ") if verdict.ok else self.tr("Needs attention: "))
                + verdict.message
            )
            label.show()
        for key, label in self.check_labels.items():
            if key not in seen:
                label.hide()
        self.no_checks.setVisible(not verdicts)

    def verdicts(self) -> dict[str, bool]:
        """The visible checks (key → passed), as the user sees them."""
        return {
            key: bool(label.property("ok"))
            for key, label in self.check_labels.items()
            if not label.isHidden()
        }

    # -- sending --------------------------------------------------------------------------
    def mailto(self) -> str:
        return rules.mailto_url(self.context.email, self.subject.text(), self.body.toPlainText())

    @Slot()
    def open_in_mail(self) -> None:
        url = self.mailto()
        if not self.context.email:
            self._copy(self.tr("This contact has no email address, so the message was copied. "
                               "Paste it where you will send it, then log it here."))
            return
        if len(url) > rules.MAILTO_LIMIT:
            self._copy(self.tr("This message is too long for a mail link, so it was copied. "
                               "Paste it into a new email to {email}, then log it here.")
                       .format(email=self.context.email))
            return
        if not self._open_url(QUrl(url, QUrl.ParsingMode.StrictMode)):
            self._copy(self.tr("No mail program answered, so the message was copied. Paste it "
                               "into a new email to {email}, then log it here.")
                       .format(email=self.context.email))
            return
        self._ask_to_log(self.tr("Opened in your mail program. Once you have sent it, log it "
                                 "so reply tracking and follow-ups work."))

    @Slot()
    def copy_to_clipboard(self) -> None:
        self._copy(self.tr("Copied. Once you have sent it, log it so follow-ups work."))

    def _copy(self, explanation: str) -> None:
        text = self.body.toPlainText()
        if self.subject.text().strip():
            text = self.tr("Subject: ") + self.subject.text() + "\n\n" + text
        QGuiApplication.clipboard().setText(text)
        self._ask_to_log(explanation)

    def _ask_to_log(self, text: str) -> None:
        self.log_text.setText(text)
        self.log_bar.show()
        self.log_button.setFocus()

    @Slot()
    def log_as_sent(self) -> int:
        message_id = self._outreach.log_message(
            self.context.contact_id,
            kind=self.current_kind(),
            channel=str(self.channel.currentData()),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
        )
        self.log_bar.hide()
        self.message_logged.emit(self.context.contact_id)
        self.accept()
        return message_id


def open_composer(session: Session, contact_id: int, kind: str, parent: QWidget) -> MessageComposer:
    """Open a composer to ``contact_id`` over ``parent``; it is deleted when closed."""
    composer = MessageComposer(
        MessageService(session.db, session.settings), session.outreach, contact_id, kind, parent,
    )
    composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    composer.open()
    return composer
