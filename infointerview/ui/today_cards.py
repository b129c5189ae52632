"""Today's cards: an upcoming chat, a follow-up with Done / Snooze / Dismiss, and the
undo command those task buttons push."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.services.chats import ChatRow, PrepStatus
from infointerview.services.followups import FollowUpService, TaskRow, TaskState
from infointerview.services.session import Session
from infointerview.ui.labels import mode_label
from infointerview.ui.locale_format import time_text
from infointerview.ui.print_what import PrintWhat
from infointerview.ui.theme import WARNING
from infointerview.ui.widgets.labels import plain_label

OK_COLOUR = "#15803d"


class CardHost(Protocol):
    """What the cards need from the Today view: the session, its signals, the task slots."""

    session: Session

    @property
    def open_chat_requested(self) -> SignalInstance: ...
    @property
    def start_call_requested(self) -> SignalInstance: ...
    @property
    def reschedule_requested(self) -> SignalInstance: ...
    @property
    def cancel_requested(self) -> SignalInstance: ...
    @property
    def no_show_requested(self) -> SignalInstance: ...
    @property
    def held_requested(self) -> SignalInstance: ...
    @property
    def export_chat_requested(self) -> SignalInstance: ...
    @property
    def print_requested(self) -> SignalInstance: ...
    def done_task(self, task_id: int) -> None: ...
    def snooze_task(self, task_id: int, choice: str) -> None: ...
    def dismiss_task(self, task_id: int) -> None: ...


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    """``label`` in bold, ``scale`` times its size; Today's titles and figures."""
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def muted(text: str, parent: QWidget) -> QLabel:
    """A wrapped secondary line in the palette's dark colour."""
    label = plain_label(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class ChatCard(QFrame):
    """One upcoming chat: when, who, where, how prepared, and its buttons."""

    def __init__(
        self, parent: QWidget, view: CardHost, row: ChatRow, prep: PrepStatus | None,
        today: bool, when: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayCard")
        self.chat_id = row.id
        tz = view.session.chats.tz
        self.when = bold(plain_label(when, self))
        self.who = bold(plain_label(row.who, self), 1.1)
        self.who.setWordWrap(True)
        where = mode_label(row.mode) + (f" · {row.place}" if row.place else "")
        if row.job_title:
            where = f"{row.job_title} · {where}"
        self.where = muted(where, self)
        self.prep = plain_label(self._prep_text(prep), self)
        self.prep.setObjectName("prepStatus")
        self.setAccessibleName(f"{when.replace(chr(10), ' ')} {row.who}")
        self.setAccessibleDescription(f"{where}. {self.prep.text()}")
        self.prep.setWordWrap(True)
        ready = prep is not None and prep.pitch_written and prep.questions >= 3
        ready = ready and prep is not None and prep.closed_questions == 0
        self.prep.setStyleSheet(f"color: {OK_COLOUR if ready else WARNING};")

        self._build_main_button(view, row, today)
        self._build_more_menu(view, row)
        self.setToolTip(
            self.tr("{start}–{end} your time").format(
                start=time_text(row.start_local(tz)), end=time_text(row.end_local(tz))
            )
        )

        self._build_layout()

    def _build_main_button(self, view: CardHost, row: ChatRow, today: bool) -> None:
        """It happened (past), Start call (today) or Prepare (later)."""
        if row.end_utc < view.session.chats.now():
            self.main_button = QPushButton(self.tr("It happened"), self)
            self.main_button.setObjectName("primary")
            self.main_button.setToolTip(
                self.tr("Mark the chat as held; the thank-you reminder starts from here")
            )
            self.main_button.clicked.connect(lambda: view.held_requested.emit(row.id))
        elif today:
            self.main_button = QPushButton(self.tr("Start call"), self)
            self.main_button.setObjectName("primary")
            self.main_button.setToolTip(self.tr("Open the on-call window with its timer"))
            self.main_button.clicked.connect(lambda: view.start_call_requested.emit(row.id))
        else:
            self.main_button = QPushButton(self.tr("Prepare"), self)
            self.main_button.setToolTip(self.tr("Open the chat's prep page"))
            self.main_button.clicked.connect(lambda: view.open_chat_requested.emit(row.id))

    def _build_more_menu(self, view: CardHost, row: ChatRow) -> None:
        self.more = QToolButton(self)
        self.more.setText(self.tr("More"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        self.open_action = menu.addAction(
            self.tr("Open prep page"), lambda: view.open_chat_requested.emit(row.id)
        )
        self.reschedule_action = menu.addAction(
            self.tr("Reschedule…"), lambda: view.reschedule_requested.emit(row.id)
        )
        self.cancel_action = menu.addAction(
            self.tr("Cancel chat"), lambda: view.cancel_requested.emit(row.id)
        )
        if row.start_utc <= view.session.chats.now():
            self.no_show_action = menu.addAction(
                self.tr("They did not show up"), lambda: view.no_show_requested.emit(row.id)
            )
        menu.addSeparator()
        self.print_action = menu.addAction(
            self.tr("Print prep sheet…"), lambda: view.print_requested.emit(row.id, PrintWhat.PREVIEW)
        )
        menu.addAction(
            self.tr("Save prep sheet as PDF…"), lambda: view.print_requested.emit(row.id, PrintWhat.PDF)
        )
        menu.addAction(
            self.tr("Add to calendar (.ics)…"), lambda: view.export_chat_requested.emit(row.id)
        )
        self.more.setMenu(menu)

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.when, 0, 0)
        grid.addWidget(self.who, 0, 1)
        grid.addWidget(self.where, 1, 1)
        grid.addWidget(self.prep, 2, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.main_button)
        buttons.addWidget(self.more)
        buttons.addStretch(1)
        grid.addLayout(buttons, 0, 2, 3, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 150)

    def _prep_text(self, prep: PrepStatus | None) -> str:
        if prep is None:
            return ""
        parts = [self.tr("✓ Pitch written") if prep.pitch_written else self.tr("✗ No pitch yet")]
        if prep.questions == 0:
            parts.append(self.tr("no questions yet"))
        elif prep.questions == 1:
            parts.append(self.tr("1 question"))
        else:
            parts.append(self.tr("{n} questions").format(n=prep.questions))
        if prep.closed_questions == 1:
            parts.append(self.tr("1 yes/no question to reword"))
        elif prep.closed_questions:
            parts.append(
                self.tr("{n} yes/no questions to reword").format(n=prep.closed_questions)
            )
        return " · ".join(parts)


class TaskCard(QFrame):
    """One follow-up with Done, Snooze ▾ and Dismiss."""

    def __init__(self, parent: QWidget, view: CardHost, task: TaskRow) -> None:
        super().__init__(parent)
        self.setObjectName("todayCard")
        self.task_id = task.id
        self.title = bold(plain_label(task.title, self))
        self.title.setWordWrap(True)
        self.due = plain_label(task.due_text, self)
        self.due.setObjectName("overdue" if task.overdue else "dueSoon")
        self.detail = muted(task.detail, self)
        self.setAccessibleName(f"{task.title}, {task.due_text}")
        self.setAccessibleDescription(task.detail)

        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setToolTip(self.tr("Mark this follow-up as done"))
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Hide it until later"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for choice, label in (
            ("later_today", self.tr("Later today (3 hours)")),
            ("tomorrow", self.tr("Tomorrow morning")),
            ("next_business_day", self.tr("Next business day")),
            ("next_week", self.tr("Next week")),
        ):
            action = menu.addAction(label)
            action.setData(choice)
        menu.triggered.connect(lambda action: view.snooze_task(task.id, str(action.data())))
        self.snooze_button.setMenu(menu)
        self.snooze_menu = menu
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setToolTip(self.tr("Not needed; it will not come back"))
        self.done_button.clicked.connect(lambda: view.done_task(task.id))
        self.dismiss_button.clicked.connect(lambda: view.dismiss_task(task.id))

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.due, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.detail, 1, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)


class TaskCommand(QUndoCommand):
    """Done / Snooze / Dismiss on a follow-up, undoable (the chat's status too)."""

    def __init__(self, followups: FollowUpService, task_id: int, before: TaskState,
                 action: Callable[[], object], name: str) -> None:
        super().__init__(name)
        self._followups = followups
        self._task_id = task_id
        self._before = before
        self._action = action
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action already ran when the button was pressed
            self._first = False
            return
        self._action()  # the service announces the change; Today follows it

    def undo(self) -> None:
        self._followups.restore_task(self._task_id, self._before)
