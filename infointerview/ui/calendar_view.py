"""The Calendar area: a month or week of chats (painted, see calendar_month.py and
calendar_week.py), a toolbar to switch and page, and the selected day's agenda.

Only the visible period is read (:meth:`ChatService.calendar_chats`, and the
follow-ups due in it). Click or Enter on a chat opens it; drag it, or select it
and press Alt+arrows, to move it (the window's chat controller checks for a
clash and saves); Enter on an empty day schedules a chat there.

Signals:
    open_chat_requested(int): show this chat's page.
    schedule_requested(int, QDate): schedule a chat (contact 0 = ask) on this day.
    reschedule_requested(int): move this chat (the schedule dialog).
    cancel_requested(int): cancel this chat.
    export_chat_requested(int): write this chat to an .ics file.
    move_requested(int, object): move this chat to this local start (a ``datetime``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.services.chats import CalendarChat, ChatService
from infointerview.services.followups import FollowUpService, TaskRow
from infointerview.ui.calendar_month import MonthGrid, month_days
from infointerview.ui.calendar_surface import CalendarSurface, Entry, Palette
from infointerview.ui.calendar_week import WeekGrid
from infointerview.ui.labels import mode_label, status_label
from infointerview.ui.locale_format import day_time_text, span_text, time_text
from infointerview.ui.widgets.labels import plain_label

__all__ = ["CalendarView"]

KindRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole + 1
SHOWN = ("scheduled", "held", "thanked")  # cancelled and no-show chats only in the agenda


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _who(chat: CalendarChat) -> str:
    return f"{chat.contact_name} ({chat.organisation})" if chat.organisation else chat.contact_name


class AgendaList(QListWidget):
    """The day's chats and tasks; Enter opens the current chat."""

    activated_chat = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None and item.data(KindRole) == "chat":
                self.activated_chat.emit(int(item.data(IdRole)))
                return
        super().keyPressEvent(event)


class CalendarView(QWidget):
    """Month or week of chats plus the selected day's agenda."""

    open_chat_requested = Signal(int)
    schedule_requested = Signal(int, QDate)
    reschedule_requested = Signal(int)
    cancel_requested = Signal(int)
    export_chat_requested = Signal(int)
    move_requested = Signal(int, object)

    def __init__(
        self, chats: ChatService, followups: FollowUpService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self._chats = chats
        self._followups = followups
        self._day_chats: dict[date, list[CalendarChat]] = {}
        self._day_tasks: dict[date, list[TaskRow]] = {}
        self.mode = "month"
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(60_000)
        self._now_timer.timeout.connect(self._tick)

        self.calendar = MonthGrid(self)
        self.calendar.setAccessibleDescription(
            self.tr("Arrows move between days, Tab between chats, Page Up/Down between months; "
                    "Enter opens; Alt+arrows move the selected chat")
        )
        self.week = WeekGrid(self)
        self.week.setAccessibleDescription(
            self.tr("Arrows move between days, Tab between chats, Page Up/Down between weeks; "
                    "Enter opens; Alt+Left/Right move the selected chat a day, Alt+Up/Down 15 minutes")
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.calendar)
        self.stack.addWidget(self.week)
        self._build_toolbar()
        self._build_agenda()
        self._build_layout()
        self._wire()
        self.calendar.selected_day = self._today()
        self._show_title()

    # -- building ----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.month_button = QToolButton(self)
        self.month_button.setText(self.tr("Month"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        self.modes = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.modes.addButton(button)
        self.month_button.setChecked(True)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("‹")
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.next_button = QToolButton(self)
        self.next_button.setText("›")
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        for button in (self.previous_button, self.today_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.period_title = QLabel(self)
        self.period_title.setObjectName("periodTitle")
        font = self.period_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period_title.setFont(font)
        self.legend = QLabel(self)
        self.legend.setObjectName("calendarLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

    def _show_legend(self) -> None:
        """The legend, in the colours the calendar paints with (light or dark)."""
        colours = Palette(self.calendar)
        self.legend.setText(
            f'<span style="color:{colours.accent.name()}">▌</span>' + self.tr("chat")
            + f'&nbsp;&nbsp;&nbsp;<span style="color:{colours.task.name()}">↻</span> '
            + self.tr("follow-up due")
            + "&nbsp;&nbsp;&nbsp;" + self.tr("Drag a chat, or select it and press Alt+arrows, to move it")
        )

    def _build_agenda(self) -> None:
        """The selected day's title, agenda and buttons."""
        self.day_title = plain_label("", self)
        self.day_title.setObjectName("dayTitle")
        font = self.day_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.day_title.setFont(font)
        self.agenda = AgendaList(self)
        self.agenda.setObjectName("agenda")
        self.agenda.setAccessibleName(self.tr("Agenda for the selected day"))
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(4)
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_day = plain_label("", self)
        self.empty_day.setObjectName("emptyDay")
        self.empty_day.setWordWrap(True)
        self.schedule_button = QPushButton(self.tr("Schedule on this day…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel chat"), self)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        bar.addSpacing(12)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.period_title, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.legend)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.day_title)
        right_layout.addWidget(self.agenda, 1)
        right_layout.addWidget(self.empty_day)
        right_layout.addStretch(0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reschedule_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.schedule_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([800, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _wire(self) -> None:
        for surface in (self.calendar, self.week):
            surface.day_selected.connect(self._day_selected)
            surface.open_chat.connect(self.open_chat_requested)
            surface.day_activated.connect(self._day_activated)
            surface.move_chat.connect(self._move)
            surface.period_step.connect(self.step)
            surface.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            surface.customContextMenuRequested.connect(self._surface_menu)
        self.modes.buttonClicked.connect(
            lambda button: self.set_mode("week" if button is self.week_button else "month")
        )
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.select_date(self._today()))
        self.agenda.itemDoubleClicked.connect(self._item_activated)
        self.agenda.activated_chat.connect(self.open_chat_requested)
        self.agenda.currentItemChanged.connect(self._agenda_moved)
        self.agenda.customContextMenuRequested.connect(self._agenda_menu)
        self.schedule_button.clicked.connect(self._schedule_here)
        self.open_button.clicked.connect(lambda: self._with_current(self.open_chat_requested))
        self.reschedule_button.clicked.connect(
            lambda: self._with_current(self.reschedule_requested)
        )
        self.cancel_button.clicked.connect(lambda: self._with_current(self.cancel_requested))

    # -- period ------------------------------------------------------------------------
    @property
    def surface(self) -> CalendarSurface:
        return self.week if self.mode == "week" else self.calendar

    def _today(self) -> date:
        return self._chats.to_local(self._chats.now()).date()

    def visible_days(self) -> list[date]:
        day = self.selected_date()
        first = QLocale().firstDayOfWeek().value
        if self.mode == "week":
            start = day - timedelta(days=(day.weekday() - (first - 1)) % 7)
            return [start + timedelta(days=i) for i in range(7)]
        return month_days(day.year, day.month, first)

    def set_mode(self, mode: str) -> None:
        """Show the month ("month") or the week ("week") around the selected day."""
        day, chat = self.selected_date(), self.surface.selected_chat
        self.mode = mode
        self.stack.setCurrentWidget(self.surface)
        (self.week_button if mode == "week" else self.month_button).setChecked(True)
        self.surface.selected_day, self.surface.selected_chat = day, chat
        self.reload()

    @Slot(int)
    def step(self, direction: int) -> None:
        """The previous (-1) or next (+1) month or week."""
        day = self.selected_date()
        if self.mode == "week":
            self.select_date(day + timedelta(days=7 * direction))
            return
        moved = _qdate(day).addMonths(direction)
        self.select_date(date(moved.year(), moved.month(), moved.day()))

    def _show_title(self) -> None:
        locale = QLocale()
        day = self.selected_date()
        if self.mode == "month":
            title = f"{locale.standaloneMonthName(day.month)} {day.year}"
        else:
            days = self.visible_days()
            first, last = days[0], days[-1]
            if first.year != last.year:
                head = locale.toString(_qdate(first), "d MMM yyyy")
            elif first.month != last.month:
                head = locale.toString(_qdate(first), "d MMM")
            else:
                head = str(first.day)
            title = f"{head} – {locale.toString(_qdate(last), 'd MMM yyyy')}"
        self.period_title.setText(title)
        self.period_title.setAccessibleName(title)

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the visible period's chats and follow-ups again and repaint."""
        days = self.visible_days()
        start_utc = self._chats.to_utc(datetime.combine(days[0], time()))
        end_utc = self._chats.to_utc(datetime.combine(days[-1] + timedelta(days=1), time()))
        self._day_chats, self._day_tasks = {}, {}
        entries: dict[date, list[Entry]] = {}
        for chat in self._chats.calendar_chats(start_utc, end_utc):
            start, end = self._chats.to_local(chat.start_utc), self._chats.to_local(chat.end_utc)
            self._day_chats.setdefault(start.date(), []).append(chat)
            if chat.status in SHOWN:
                entries.setdefault(start.date(), []).append(self._chat_entry(chat, start, end))
        for task in self._followups.tasks_between(start_utc, end_utc):
            due = task.due_utc.replace(tzinfo=None)
            day = self._followups.local_date(due)
            self._day_tasks.setdefault(day, []).append(task)
            local = self._chats.to_local(due)
            entries.setdefault(day, []).append(Entry(
                "task", task.id, local, local, "↻ " + task.title,
                self.tr("Follow-up due {when}: {title}").format(
                    when=day_time_text(local), title=task.title),
            ))
        now = self._chats.to_local(self._chats.now())
        self.surface.set_entries(days, entries, now.date(), now)
        if isinstance(self.surface, MonthGrid):
            self.calendar.show_month(self.selected_date().year, self.selected_date().month)
        self._show_title()
        self._show_legend()
        self._show_day()

    def _chat_entry(self, chat: CalendarChat, start: datetime, end: datetime) -> Entry:
        parts = [f"{day_time_text(start)}–{time_text(end)}", _who(chat), mode_label(chat.mode)]
        if chat.place:
            parts.append(chat.place)
        if chat.status != "scheduled":
            parts.append(status_label(chat.status))
        return Entry(
            "chat", chat.id, start, end, f"{time_text(start)} {chat.contact_name}",
            " · ".join(parts), chat.status, chat.movable, _who(chat),
        )

    def select_date(self, day: date) -> None:
        """Show the period around ``day`` with that day selected."""
        self.surface.select(day, None, emit=False)
        self.reload()

    def selected_date(self) -> date:
        return self.surface.selected_day

    @Slot(object)
    def _day_selected(self, day: date) -> None:
        if day not in self.surface.days:
            self.reload()
        else:
            self._show_day()

    @Slot(int, object)
    def _move(self, chat_id: int, start: datetime) -> None:
        """Ask for the move; when it happened, follow the chat to its new day."""
        self.move_requested.emit(chat_id, start)
        begins = self._chats.to_utc(start)
        moved = self._chats.calendar_chats(begins, begins + timedelta(minutes=1))
        if any(chat.id == chat_id for chat in moved):
            self.surface.select(start.date(), chat_id, emit=False)
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._now_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._now_timer.stop()

    @Slot()
    def _tick(self) -> None:
        now = self._chats.to_local(self._chats.now())
        self.surface.now = now
        self.surface.update()

    # -- the agenda --------------------------------------------------------------------
    def _show_day(self) -> None:
        day = self.selected_date()
        self.day_title.setText(self.locale().toString(_qdate(day), self.tr("dddd d MMMM yyyy")))
        current = self.surface.selected_chat
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for chat in self._day_chats.get(day, []):
            start, end = self._chats.to_local(chat.start_utc), self._chats.to_local(chat.end_utc)
            text = (
                f"{span_text(start, end)}   {_who(chat)}\n{mode_label(chat.mode)}"
                + (f" · {chat.place}" if chat.place else "")
            )
            if chat.status != "scheduled":
                text += f" · {status_label(chat.status)}"
            item = QListWidgetItem(text, self.agenda)
            item.setData(KindRole, "chat")
            item.setData(IdRole, chat.id)
            item.setToolTip(self.tr("Double-click or press Enter to open"))
            if chat.status in ("cancelled", "no_show"):
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            if current == chat.id:
                self.agenda.setCurrentItem(item)
        for task in self._day_tasks.get(day, []):
            item = QListWidgetItem(
                self.tr("Follow-up: {title}\n{due}").format(title=task.title, due=task.due_text),
                self.agenda,
            )
            item.setData(KindRole, "task")
            item.setData(IdRole, task.id)
            item.setForeground(Palette(self.agenda).task)
        has_items = self.agenda.count() > 0
        self.agenda.setVisible(has_items)
        self.empty_day.setVisible(not has_items)
        self.empty_day.setText(
            self.tr("Nothing on this day. Press “Schedule on this day…” to book a chat.")
        )
        if has_items and self.agenda.currentItem() is None:
            self.agenda.setCurrentRow(0)
        self.agenda.blockSignals(False)
        self._agenda_moved()

    def agenda_texts(self) -> list[str]:
        return [self.agenda.item(i).text() for i in range(self.agenda.count())]

    def current_chat_id(self) -> int | None:
        item = self.agenda.currentItem()
        if item is None or item.data(KindRole) != "chat":
            return None
        return int(item.data(IdRole))

    def _current_chat(self) -> CalendarChat | None:
        chat_id = self.current_chat_id()
        return next((c for c in self._day_chats.get(self.selected_date(), []) if c.id == chat_id), None)

    @Slot()
    def _agenda_moved(self) -> None:
        chat_id = self.current_chat_id()
        if chat_id is not None and self.surface.chat_entry(chat_id) is not None:
            self.surface.select(self.selected_date(), chat_id, emit=False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._current_chat()
        self.open_button.setEnabled(row is not None)
        self.reschedule_button.setEnabled(
            row is not None and row.status in ("scheduled", "cancelled", "no_show")
        )
        self.cancel_button.setEnabled(row is not None and row.status == "scheduled")

    def _with_current(self, signal: SignalInstance) -> None:
        chat_id = self.current_chat_id()
        if chat_id is not None:
            signal.emit(chat_id)

    @Slot()
    def _schedule_here(self) -> None:
        self.schedule_requested.emit(0, _qdate(self.selected_date()))

    @Slot(object)
    def _day_activated(self, day: date) -> None:
        if self.agenda.count():
            self.agenda.setFocus()
        else:
            self.schedule_requested.emit(0, _qdate(day))

    @Slot(QListWidgetItem)
    def _item_activated(self, item: QListWidgetItem) -> None:
        if item.data(KindRole) == "chat":
            self.open_chat_requested.emit(int(item.data(IdRole)))

    # -- menus -------------------------------------------------------------------------
    def _chat_menu(self, chat: CalendarChat) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_chat_requested.emit(chat.id))
        if chat.status in ("scheduled", "cancelled", "no_show"):
            menu.addAction(self.tr("Move…"), lambda: self.reschedule_requested.emit(chat.id))
        if chat.status == "scheduled":
            menu.addAction(self.tr("Cancel chat"), lambda: self.cancel_requested.emit(chat.id))
        menu.addAction(
            self.tr("Add to calendar (.ics)…"), lambda: self.export_chat_requested.emit(chat.id)
        )
        return menu

    @Slot(QPoint)
    def _agenda_menu(self, pos: QPoint) -> None:
        chat = self._current_chat()
        if chat is not None:
            self._chat_menu(chat).exec(self.agenda.viewport().mapToGlobal(pos))

    @Slot(QPoint)
    def _surface_menu(self, pos: QPoint) -> None:
        """Right-click on a chat, or the Menu key with one selected: Open, Move…, Cancel, .ics."""
        surface = self.surface
        entry = surface.entry_at(QPointF(pos))
        if entry is None or entry.kind != "chat":
            entry = surface.selected_entry()
            rect = surface.entry_rect(entry.id) if entry is not None else None
            if rect is not None:
                pos = rect.bottomLeft().toPoint()
        if entry is None or entry.kind != "chat":
            return
        surface.select(entry.day, entry.id)
        chat = next((c for c in self._day_chats.get(entry.day, []) if c.id == entry.id), None)
        if chat is not None:
            self._chat_menu(chat).exec(surface.mapToGlobal(pos))
