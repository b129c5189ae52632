"""The Today area, the app's home: who you talk to, what to follow up, your cadence.

Left: today's and the next days' chats with their prep status, then overdue
and due follow-ups with one-click Done / Snooze / Dismiss. Right: cadence
against the goal (editable in place) with the streak, the reply rate and the
deep / wide / random mix. With no contacts yet, a welcome page says what to do
first.

Signals:
    open_chat_requested(int), start_call_requested(int): a chat's page / call window.
    schedule_requested(int): schedule a chat (0 = pick the contact in the dialog).
    reschedule_requested(int), cancel_requested(int), no_show_requested(int),
    held_requested(int), export_chat_requested(int): actions on one chat.
    log_message_requested(int): log a message (0 = pick the contact).
    new_contact_requested(), load_sample_requested(): the welcome page's buttons.
    status_message(str): a short sentence for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.cadence import LANES, CadenceGoal
from infointerview.services.chats import ChatError, ChatRow
from infointerview.services.session import Session
from infointerview.ui.figures import reply_headline
from infointerview.ui.locale_format import day_text, day_time_text, span_text
from infointerview.ui.phone_changes import PhoneChanges
from infointerview.ui.theme import ACCENT, ERROR, WARNING
from infointerview.ui.today_cards import OK_COLOUR, ChatCard, TaskCard, TaskCommand, bold, muted
from infointerview.ui.widgets.labels import plain_label

__all__ = ["TodayView"]

DAYS_AHEAD = 6

STYLE = f"""
QFrame#todayCard, QFrame#sideCard {{
    border: 1px solid palette(mid);
    border-radius: 6px;
    background: palette(base);
}}
QLabel#sectionTitle {{
    padding: 10px 0 2px 0;
}}
QLabel#muted {{
    color: palette(dark);
}}
QLabel#overdue {{
    color: {ERROR};
    font-weight: bold;
}}
QLabel#dueSoon {{
    color: {WARNING};
}}
QPushButton#primary {{
    background: {ACCENT};
    color: white;
    border: none;
    border-radius: 4px;
    padding: 6px 14px;
}}
QProgressBar {{
    border: 1px solid palette(mid);
    border-radius: 4px;
    background: palette(window);
    max-height: 10px;
}}
QProgressBar::chunk {{
    background: {ACCENT};
    border-radius: 3px;
}}
"""


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class TodayView(QWidget):
    """Home page; see the module docstring."""

    open_chat_requested = Signal(int)
    start_call_requested = Signal(int)
    schedule_requested = Signal(int)
    reschedule_requested = Signal(int)
    cancel_requested = Signal(int)
    no_show_requested = Signal(int)
    held_requested = Signal(int)
    export_chat_requested = Signal(int)
    print_requested = Signal(int, str)
    """(chat id, a PrintWhat value): the chat's prep sheet, previewed or saved as PDF."""
    log_message_requested = Signal(int)
    new_contact_requested = Signal()
    load_sample_requested = Signal()
    guide_requested = Signal()
    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self.setStyleSheet(STYLE)
        self.session = session
        self.undo_stack: QUndoStack | None = None
        """The window's undo stack; Done, Snooze and Dismiss go on it when set."""
        self._reply_rate_held = False
        self._reply_rate_pending = False
        self.chat_cards: dict[int, ChatCard] = {}
        self.task_cards: dict[int, TaskCard] = {}

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_welcome())
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- building ---------------------------------------------------------------
    def _build_welcome(self) -> QWidget:
        self.welcome = QWidget(self)
        self.welcome.setObjectName("todayWelcome")
        title = bold(plain_label(self.tr("Welcome to InfoInterview"), self.welcome), 1.6)
        title.setObjectName("emptyTitle")
        steps = plain_label(
            self.tr(
                "An informational interview is a 30-minute chat with someone whose work "
                "interests you: you ask for their story and advice, never for a job.\n\n"
                "1.  Add three to five people you could ask: alumni, former colleagues, "
                "people from events, friends of friends.\n"
                "2.  Send each a short message (under 100 words) and log it here.\n"
                "3.  Schedule the chat, prepare a one-minute pitch and open questions.\n"
                "4.  Thank them within 48 hours and ask who else you should talk to.\n\n"
                "This page then shows each morning who you talk to, which follow-ups are "
                "due and whether you keep your cadence (at least one chat a month)."
            ),
            self.welcome,
        )
        steps.setWordWrap(True)
        # A fixed width lets the layout know the wrapped height (centring alone would clip it).
        steps.setFixedWidth(620)
        steps.setMinimumHeight(steps.heightForWidth(620))
        self.welcome_add = QPushButton(self.tr("Add your first contact"), self.welcome)
        self.welcome_add.setObjectName("primary")
        self.welcome_sample = QPushButton(self.tr("Explore with sample data"), self.welcome)
        self.welcome_add.clicked.connect(self.new_contact_requested)
        self.welcome_sample.clicked.connect(self.load_sample_requested)
        self.welcome_guide = QPushButton(self.tr("How it works"), self.welcome)
        self.welcome_guide.clicked.connect(self.guide_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.welcome_add)
        buttons.addWidget(self.welcome_sample)
        buttons.addWidget(self.welcome_guide)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.welcome)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(steps, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return self.welcome

    def _section(self, text: str, parent: QWidget) -> QLabel:
        label = bold(plain_label(text, parent), 1.15)
        label.setObjectName("sectionTitle")
        return label

    def _build_content(self) -> QWidget:
        scroll = QScrollArea(self)
        self.scroll_area = scroll
        scroll.setObjectName("todayScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        body.setObjectName("todayBody")

        self.heading = bold(plain_label("", body), 1.5)
        self.heading.setObjectName("todayHeading")
        self.schedule_button = QPushButton(self.tr("Schedule chat…"), body)
        self.schedule_button.setToolTip(self.tr("Schedule a chat (Ctrl+Shift+N)"))
        self.log_button = QPushButton(self.tr("Log message…"), body)
        self.log_button.setToolTip(self.tr("Record a message you sent, or a reply (Ctrl+Shift+M)"))
        self.schedule_button.clicked.connect(lambda: self.schedule_requested.emit(0))
        self.log_button.clicked.connect(lambda: self.log_message_requested.emit(0))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.schedule_button)
        top.addWidget(self.log_button)

        self.chats_title = self._section(self.tr("Chats"), body)
        self.chats_box = QVBoxLayout()
        self.chats_box.setSpacing(8)
        self.tasks_title = self._section(self.tr("Follow-ups"), body)
        self.tasks_box = QVBoxLayout()
        self.tasks_box.setSpacing(8)

        self.phone_changes = PhoneChanges(self.session, body)
        self.phone_changes.status_message.connect(self.status_message)

        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.phone_changes)
        left.addWidget(self.chats_title)
        left.addLayout(self.chats_box)
        left.addWidget(self.tasks_title)
        left.addLayout(self.tasks_box)
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self._build_cadence(body))
        right.addWidget(self._build_reply(body))
        right.addWidget(self._build_mix(body))
        right.addStretch(1)
        side = QWidget(body)
        side.setLayout(right)
        side.setFixedWidth(340)

        columns = QHBoxLayout(body)
        columns.setContentsMargins(16, 12, 16, 16)
        columns.setSpacing(18)
        columns.addLayout(left, 1)
        columns.addWidget(side, 0)
        scroll.setWidget(body)
        return scroll

    def _card(self, parent: QWidget, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(parent)
        card.setObjectName("sideCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(bold(plain_label(title, card), 1.1))
        return card, layout

    def _build_cadence(self, parent: QWidget) -> QFrame:
        card, layout = self._card(parent, self.tr("Cadence"))
        self.cadence_count = bold(plain_label("", card), 1.4)
        self.cadence_count.setObjectName("cadenceCount")
        self.cadence_bar = QProgressBar(card)
        self.cadence_bar.setTextVisible(False)
        self.cadence_message = plain_label("", card)
        self.cadence_message.setObjectName("cadenceMessage")
        self.cadence_message.setWordWrap(True)
        self.streak = plain_label("", card)
        self.streak.setObjectName("streak")
        self.streak.setWordWrap(True)
        self.goal_chats = QSpinBox(card)
        self.goal_chats.setRange(1, 20)
        self.goal_chats.setAccessibleName(self.tr("Chats per period"))
        self.goal_period = QComboBox(card)
        self.goal_period.addItem(self.tr("a month"), "month")
        self.goal_period.addItem(self.tr("a week"), "week")
        self.step_up = QPushButton("", card)
        self.step_up.setObjectName("stepUp")
        goal_row = QHBoxLayout()
        goal_row.addWidget(plain_label(self.tr("Goal:"), card))
        goal_row.addWidget(self.goal_chats)
        goal_row.addWidget(plain_label(self.tr("chats"), card))
        goal_row.addWidget(self.goal_period)
        goal_row.addStretch(1)
        layout.addWidget(self.cadence_count)
        layout.addWidget(self.cadence_bar)
        layout.addWidget(self.cadence_message)
        layout.addWidget(self.streak)
        layout.addLayout(goal_row)
        layout.addWidget(self.step_up)
        self.goal_chats.valueChanged.connect(self._goal_edited)
        self.goal_period.currentIndexChanged.connect(self._goal_edited)
        self.step_up.clicked.connect(self._take_step_up)
        self._suggested: CadenceGoal | None = None
        return card

    def _build_reply(self, parent: QWidget) -> QFrame:
        card, layout = self._card(parent, self.tr("Reply rate"))
        self.reply_headline = bold(plain_label("", card), 1.4)
        self.reply_headline.setObjectName("replyHeadline")
        self.reply_headline.setWordWrap(True)  # the same sentence as Stats: it may need two lines
        self.reply_verdict = plain_label("", card)
        self.reply_verdict.setObjectName("replyVerdict")
        self.reply_verdict.setWordWrap(True)
        layout.addWidget(self.reply_headline)
        layout.addWidget(self.reply_verdict)
        return card

    def _build_mix(self, parent: QWidget) -> QFrame:
        card, layout = self._card(parent, self.tr("Mix of chats held"))
        self.mix_bars: dict[str, QProgressBar] = {}
        self.mix_counts: dict[str, QLabel] = {}
        names = {"deep": self.tr("Deep"), "wide": self.tr("Wide"), "random": self.tr("Random")}
        grid = QGridLayout()
        for row, lane in enumerate(LANES):
            grid.addWidget(plain_label(names[lane], card), row, 0)
            bar = QProgressBar(card)
            bar.setTextVisible(False)
            bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(bar, row, 1)
            count = plain_label("0", card)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(count, row, 2)
            self.mix_bars[lane] = bar
            self.mix_counts[lane] = count
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.mix_verdict = plain_label("", card)
        self.mix_verdict.setObjectName("mixVerdict")
        self.mix_verdict.setWordWrap(True)
        layout.addWidget(self.mix_verdict)
        return card

    # -- loading -----------------------------------------------------------------
    def reload(self) -> None:
        """Read chats, tasks and statistics again (cheap: a handful of queries)."""
        if not self.session.contacts.any():
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentIndex(1)
        chats = self.session.chats
        now = chats.now()
        today = chats.to_local(now).date()
        day = self.locale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM")
        self.heading.setText(self.tr("Today, {date}").format(date=day))
        # Keep the reader's place: the cards are rebuilt, and a focused button that
        # goes away would hand focus to a card further down and scroll to it.
        bar = self.scroll_area.verticalScrollBar()
        place = bar.value()
        focus = QApplication.focusWidget()
        if focus is not None and self.scroll_area.isAncestorOf(focus):
            self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)
        self.phone_changes.reload()
        self._fill_chats(now)
        self._fill_tasks(now)
        self._fill_stats(now)
        body = self.scroll_area.widget()
        body_layout = body.layout() if body is not None else None
        if body_layout is not None:
            body_layout.activate()
        bar.setValue(min(place, bar.maximum()))

    def _when_text(self, row: ChatRow, today_date: date) -> tuple[str, bool]:
        tz = self.session.chats.tz
        start = row.start_local(tz)
        end = row.end_local(tz)
        span = span_text(start, end)
        if start.date() == today_date:
            return self.tr("Today {span}").format(span=span), True
        if start.date() == today_date + timedelta(days=1):
            return self.tr("Tomorrow {span}").format(span=span), False
        return f"{day_text(start)}\n{span}", False

    def _fill_chats(self, now: datetime) -> None:
        _clear(self.chats_box)
        self.chat_cards = {}
        chats = self.session.chats
        # Upcoming chats, plus past ones still marked scheduled: did they happen?
        past = chats.between(now - timedelta(days=14), now, ("scheduled",))
        rows = past + [r for r in chats.upcoming(DAYS_AHEAD, now) if r.id not in {p.id for p in past}]
        prep = chats.prep_status(r.id for r in rows)
        today = chats.to_local(now).date()
        for row in rows:
            when, is_today = self._when_text(row, today)
            card = ChatCard(self, self, row, prep.get(row.id), is_today, when)
            self.chats_box.addWidget(card)
            self.chat_cards[row.id] = card
        self.chats_title.setText(
            self.tr("Chats in the next %n day(s)", "", DAYS_AHEAD + 1)
            if rows else self.tr("Chats")
        )
        if not rows:
            empty = muted(
                self.tr(
                    "No chat in the next week. Reach out to someone or schedule a chat "
                    "with a person who replied (Ctrl+Shift+N)."
                ),
                self,
            )
            empty.setObjectName("noChats")
            self.chats_box.addWidget(empty)

    def _fill_tasks(self, now: datetime) -> None:
        _clear(self.tasks_box)
        self.task_cards = {}
        tasks = self.session.followups.open_tasks(now, days_ahead=2)
        overdue = sum(1 for t in tasks if t.overdue)
        for task in tasks:
            card = TaskCard(self, self, task)
            self.tasks_box.addWidget(card)
            self.task_cards[task.id] = card
        if tasks:
            title = self.tr("Follow-ups ({n} overdue)").format(n=overdue) if overdue else self.tr(
                "Follow-ups"
            )
        else:
            title = self.tr("Follow-ups")
            empty = muted(
                self.tr("Nothing to follow up right now. Thank-you notes, replies to chase "
                        "and keep-in-touch updates appear here when they are due."),
                self,
            )
            empty.setObjectName("noTasks")
            self.tasks_box.addWidget(empty)
        self.tasks_title.setText(title)

    def hold_reply_rate(self) -> None:
        """Count the reply rate only at :meth:`release_reply_rate` (the window's first
        paint): it counts every contact by stage, 13 ms at 30,000, which start-up
        need not wait for; the card is filled a moment after the window shows."""
        self._reply_rate_held = True

    def release_reply_rate(self) -> None:
        self._reply_rate_held = False
        if self._reply_rate_pending:
            self._reply_rate_pending = False
            self._fill_reply_rate()

    def _fill_reply_rate(self) -> None:
        rate = self.session.followups.reply_rate()  # the funnel's counts, as on Stats
        self.reply_headline.setText(reply_headline(rate))
        self.reply_verdict.setText(rate.verdict)
        colours = {"healthy": OK_COLOUR, "aim_higher": ACCENT, "low": WARNING, "revise": ERROR}
        self.reply_headline.setStyleSheet(
            f"color: {colours[rate.level]};" if rate.level in colours else ""
        )

    def _fill_stats(self, now: datetime) -> None:
        followups = self.session.followups
        status = followups.cadence(now)
        goal = self.session.settings.cadence_goal()
        period = self.tr("this month") if status.period == "month" else self.tr("this week")
        self.cadence_count.setText(
            self.tr("{held} of {target} {period}").format(
                held=status.held, target=status.target, period=period
            )
        )
        self.cadence_bar.setMaximum(max(1, status.target))
        self.cadence_bar.setValue(min(status.held, status.target))
        self.cadence_message.setText(status.message)
        self.cadence_message.setVisible(not status.met)  # the streak line says it then
        colour = OK_COLOUR if status.met else (WARNING if status.days_left <= 7 else "")
        self.cadence_count.setStyleSheet(f"color: {colour};" if colour else "")
        streak = (
            self.tr("Current streak: %n month(s) in a row", "", status.streak)
            if status.period == "month"
            else self.tr("Current streak: %n week(s) in a row", "", status.streak)
        )
        self.streak.setText(
            streak if status.streak
            else self.tr("No streak yet: meet the goal this period to start one.")
        )
        for widget in (self.goal_chats, self.goal_period):
            widget.blockSignals(True)
        self.goal_chats.setValue(goal.chats)
        self.goal_period.setCurrentIndex(max(0, self.goal_period.findData(goal.period)))
        for widget in (self.goal_chats, self.goal_period):
            widget.blockSignals(False)
        self._suggested = status.suggested_goal
        if status.suggested_goal is not None:
            self.step_up.setText(
                self.tr("Raise the goal to {goal}").format(
                    goal=status.suggested_goal.describe()
                )
            )
        self.step_up.setVisible(status.suggested_goal is not None)

        if self._reply_rate_held:
            self._reply_rate_pending = True
        else:
            self._fill_reply_rate()

        mix, verdict = followups.lane_mix()
        top = max([1, *mix.values()])
        for lane in LANES:
            self.mix_bars[lane].setMaximum(top)
            self.mix_bars[lane].setValue(mix.get(lane, 0))
            self.mix_counts[lane].setText(str(mix.get(lane, 0)))
        self.mix_verdict.setText(verdict)

    # -- task actions --------------------------------------------------------------
    def _after_task(self, message: str) -> None:
        """The service announced the change (Today refreshes from it); say what happened."""
        self.status_message.emit(message)

    @Slot(int)
    def done_task(self, task_id: int) -> None:
        if self._undoable(task_id, lambda: self.session.followups.done(task_id), "Done"):
            self._after_task(self.tr("Done. Nice work. (Undo with Ctrl+Z.)"))

    @Slot(int, str)
    def snooze_task(self, task_id: int, choice: str) -> None:
        result: list[datetime] = []
        if not self._undoable(
            task_id, lambda: result.append(self.session.followups.snooze(task_id, choice)),
            "Snooze",
        ):
            return
        local = self.session.chats.to_local(result[-1])
        self._after_task(
            self.tr("Snoozed until {when}.").format(when=day_time_text(local))
        )

    @Slot(int)
    def dismiss_task(self, task_id: int) -> None:
        if self._undoable(task_id, lambda: self.session.followups.dismiss(task_id), "Dismiss"):
            self._after_task(self.tr("Dismissed. It will not come back. (Undo with Ctrl+Z.)"))

    def _undoable(self, task_id: int, action: Callable[[], object], name: str) -> bool:
        """Run a task action; put it on the window's undo stack. False if it failed."""
        if self.session.read_only is not None:  # nothing can be written: say why
            self.status_message.emit(str(self.session.read_only))
            return False
        try:
            before = self.session.followups.task_state(task_id)
            action()
        except (ChatError, ValueError) as error:
            self.status_message.emit(str(error))
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(TaskCommand(self.session.followups, task_id, before, action, name))
        return True

    # -- goal -------------------------------------------------------------------------
    @Slot()
    def _goal_edited(self) -> None:
        goal = CadenceGoal(self.goal_chats.value(), str(self.goal_period.currentData()))
        self.session.settings.set_cadence_goal(goal)
        self._fill_stats(self.session.chats.now())
        self.status_message.emit(self.tr("Goal set to {goal}.").format(goal=goal.describe()))

    @Slot()
    def _take_step_up(self) -> None:
        if self._suggested is not None:
            self.session.settings.set_cadence_goal(self._suggested)
            self._fill_stats(self.session.chats.now())
            self.status_message.emit(
                self.tr("Goal raised to {goal}.").format(goal=self._suggested.describe())
            )
