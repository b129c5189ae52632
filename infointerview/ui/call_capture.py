"""The call window's Capture box: referrals, promises and the hiring flag, noted during the call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.services.calls import CallService
from infointerview.services.prep import PrepError
from infointerview.ui.widgets.labels import plain_label


class CapturePanel(QGroupBox):
    """Referrals, promises and the hiring flag, captured during the call.

    Signals:
        status_message(str): a short sentence for the main window's status bar.
    """

    status_message = Signal(str)

    def __init__(
        self,
        calls: CallService,
        chat_id: int,
        name: str,
        hiring_authority: bool,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Capture"))
        self._calls = calls
        self._chat_id = chat_id
        self._now = now
        self.referral_name = QLineEdit(self)
        self.referral_name.setObjectName("referralName")
        self.referral_name.setPlaceholderText(self.tr("Referral: name (Ctrl+R)"))
        self.referral_org = QLineEdit(self)
        self.referral_org.setObjectName("referralOrg")
        self.referral_org.setPlaceholderText(self.tr("organisation"))
        self.referral_note = QLineEdit(self)
        self.referral_note.setObjectName("referralNote")
        self.referral_note.setPlaceholderText(self.tr("note"))
        self.referral_add = QPushButton(self.tr("Add"), self)
        self.referral_add.setToolTip(self.tr("Create the contact and a task to reach out (Enter)"))
        self.promise_who = QComboBox(self)
        self.promise_who.setObjectName("promiseWho")
        self.promise_who.setAccessibleName(self.tr("Who promised"))
        self.promise_who.addItem(self.tr("They promised"), False)
        self.promise_who.addItem(self.tr("I promised"), True)
        self.promise_who.setToolTip(
            self.tr("Theirs: something to watch for, with a gentle nudge after a week. "
                    "Yours: a to-do for you.")
        )
        self.promise = QLineEdit(self)
        self.promise.setObjectName("promise")
        self.promise_add = QPushButton(self.tr("Add"), self)
        self._promise_direction_changed()
        self.hiring = QCheckBox(self.tr("{name} can hire for the role I want").format(
            name=name.split(" ")[0] or self.tr("They")), self)
        self.hiring.setObjectName("hiringAuthority")
        self.hiring.setChecked(hiring_authority)
        self.hiring.setToolTip(self.tr("Marks this contact as having hiring authority"))
        self.captured_label = plain_label("", self)
        self.captured_label.setObjectName("capturedLabel")
        self.captured_label.setWordWrap(True)
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.referral_name, 3)
        ref_row.addWidget(self.referral_org, 3)
        ref_row.addWidget(self.referral_note, 3)
        ref_row.addWidget(self.referral_add)
        promise_row = QHBoxLayout()
        promise_row.addWidget(self.promise_who)
        promise_row.addWidget(self.promise, 1)
        promise_row.addWidget(self.promise_add)
        cap_layout = QVBoxLayout(self)
        cap_layout.setContentsMargins(8, 6, 8, 6)
        cap_layout.addLayout(ref_row)
        cap_layout.addLayout(promise_row)
        cap_layout.addWidget(self.hiring)
        cap_layout.addWidget(self.captured_label)  # what was captured, or why Add refused
        self._wire()

    def _wire(self) -> None:
        self.referral_add.clicked.connect(self.add_referral)
        for field in (self.referral_name, self.referral_org, self.referral_note):
            field.returnPressed.connect(self.add_referral)
        self.promise_add.clicked.connect(self.add_promise)
        self.promise.returnPressed.connect(self.add_promise)
        self.promise_who.currentIndexChanged.connect(self._promise_direction_changed)
        self.hiring.toggled.connect(self._hiring_toggled)

    @Slot()
    def add_referral(self) -> None:
        try:
            item = self._calls.add_referral(
                self._chat_id,
                self.referral_name.text(),
                self.referral_org.text(),
                self.referral_note.text(),
                self._now(),
            )
        except PrepError as exc:
            self.captured_label.setText(str(exc))
            self.referral_name.setFocus()
            return
        for field in (self.referral_name, self.referral_org, self.referral_note):
            field.clear()
        self.referral_name.setFocus()
        self.update_captured()
        self.status_message.emit(item.title)

    def promise_is_mine(self) -> bool:
        return bool(self.promise_who.currentData())

    @Slot()
    def _promise_direction_changed(self) -> None:
        if self.promise_is_mine():
            self.promise.setPlaceholderText(self.tr("I promised… e.g. send my portfolio (Ctrl+P)"))
            self.promise_add.setToolTip(self.tr("Add it to your to-dos (Enter)"))
        else:
            self.promise.setPlaceholderText(
                self.tr("They promised… e.g. the course link (Ctrl+P)")
            )
            self.promise_add.setToolTip(
                self.tr("Watch for it; your thank-you note mentions it (Enter)")
            )

    @Slot()
    def add_promise(self) -> None:
        try:
            item = self._calls.add_promise(
                self._chat_id, self.promise.text(), self._now(), mine=self.promise_is_mine()
            )
        except PrepError as exc:
            self.captured_label.setText(str(exc))
            self.promise.setFocus()
            return
        self.promise.clear()
        self.update_captured()
        self.status_message.emit(item.title)

    def _hiring_toggled(self, value: bool) -> None:
        try:
            self._calls.set_hiring_authority(self._chat_id, value)
        except PrepError as exc:
            self.status_message.emit(str(exc))

    def update_captured(self) -> None:
        """Say how many referrals and promises were captured, and the last one."""
        items = [i for i in self._calls.captured(self._chat_id) if not i.discarded]
        referrals = sum(1 for i in items if i.kind == "referral")
        promises = len(items) - referrals
        if not items:
            self.captured_label.setText(
                self.tr("Nothing captured yet. Names and promised resources go here.")
            )
            return
        self.captured_label.setText(
            self.tr("Captured: {referrals}, {promises}. Last: {last}").format(
                referrals=self.tr("%n referral(s)", "", referrals),
                promises=self.tr("%n promise(s)", "", promises),
                last=items[-1].title,
            )
        )


__all__ = ["CapturePanel"]
