"""The Calendar area: a month with painted markers and the selected day's agenda.

Blue dots mark days with chats (a number when there are several), an amber
bar days with follow-ups due. The week starts on the locale's first day;
today is ringed. Enter or a double-click on a day with one chat opens it;
Enter or a double-click in the agenda opens the chat under the cursor.

Signals:
    open_chat_requested(int): show this chat's page.
    schedule_requested(int, QDate): schedule a chat (contact 0 = ask) on this day.
    reschedule_requested(int): move this chat.
    cancel_requested(int): cancel this chat.
    export_chat_requested(int): write this chat to an .ics file.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QPoint, QRect, QRectF, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from infointerview.services.chats import ChatRow, ChatService
from infointerview.services.followups import FollowUpService, TaskRow
from infointerview.ui.labels import mode_label, status_label
from infointerview.ui.locale_format import span_text
from infointerview.ui.theme import ACCENT, WARNING
from infointerview.ui.widgets.labels import plain_label

__all__ = ["CalendarView", "MarkedCalendar"]

KindRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole + 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class MarkedCalendar(QCalendarWidget):
    """QCalendarWidget that paints chat and follow-up markers into the day cells."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markedCalendar")
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(self.locale().firstDayOfWeek())
        self.chats: dict[date, int] = {}
        self.tasks: dict[date, int] = {}
        self.today = date.today()

    def set_markers(self, chats: dict[date, int], tasks: dict[date, int], today: date) -> None:
        self.chats, self.tasks, self.today = chats, tasks, today
        bold = self.dateTextFormat(QDate())
        bold.setFontWeight(QFont.Weight.Bold)
        self.setDateTextFormat(QDate(), bold)  # clears all formats
        today_format = self.dateTextFormat(_qdate(today))
        today_format.setFontWeight(QFont.Weight.Bold)
        today_format.setForeground(QBrush(QColor(ACCENT)))
        self.setDateTextFormat(_qdate(today), today_format)
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        super().paintCell(painter, rect, day)
        when = _pydate(day)
        chats = self.chats.get(when, 0)
        tasks = self.tasks.get(when, 0)
        if not chats and not tasks and when != self.today:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if when == self.today:
            painter.setPen(QPen(QColor(ACCENT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 5, 5)
        radius = max(3.0, min(rect.width(), rect.height()) / 11)
        y = rect.bottom() - radius * 2 - 2
        if chats:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACCENT))
            cx = rect.center().x() - (radius * 1.6 if tasks else 0)
            if chats == 1:
                painter.drawEllipse(QRectF(cx - radius, y, radius * 2, radius * 2))
            else:
                size = radius * 3.2
                box = QRectF(cx - size / 2, y - radius * 0.8, size, size)
                painter.drawEllipse(box)
                painter.setPen(QColor("white"))
                font = painter.font()
                font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
                font.setBold(True)
                painter.setFont(font)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(chats))
        if tasks:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(WARNING))
            cx = rect.center().x() + (radius * 1.6 if chats else 0)
            painter.drawRoundedRect(
                QRectF(cx - radius, y, radius * 2, radius * 2), radius * 0.4, radius * 0.4
            )
        painter.restore()


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
    """Month view plus the selected day's agenda."""

    open_chat_requested = Signal(int)
    schedule_requested = Signal(int, QDate)
    reschedule_requested = Signal(int)
    cancel_requested = Signal(int)
    export_chat_requested = Signal(int)

    def __init__(
        self, chats: ChatService, followups: FollowUpService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self._chats = chats
        self._followups = followups
        self._day_chats: dict[date, list[ChatRow]] = {}
        self._day_tasks: dict[date, list[TaskRow]] = {}

        legend = self._build_calendar()
        self._build_agenda()
        self._build_layout(legend)
        self._wire()

    def _build_calendar(self) -> QLabel:
        """The month calendar; returns its legend."""
        self.calendar = MarkedCalendar(self)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setToolTip(
            self.tr("Arrow keys move between days, Page Up/Down between months; Enter opens the day")
        )
        legend = QLabel(self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText(
            f'<span style="color:{ACCENT}">●</span> ' + self.tr("chats")
            + f'&nbsp;&nbsp;&nbsp;<span style="color:{WARNING}">■</span> '
            + self.tr("follow-ups due")
            + f'&nbsp;&nbsp;&nbsp;<span style="color:{ACCENT}">▢</span> ' + self.tr("today")
        )
        legend.setObjectName("calendarLegend")
        return legend

    def _build_agenda(self) -> None:
        """The selected day's title, agenda and buttons."""
        self.day_title = plain_label("", self)
        self.day_title.setObjectName("dayTitle")
        font = self.day_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
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

    def _build_layout(self, legend: QLabel) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar, 1)
        left_layout.addWidget(legend)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.day_title)
        right_layout.addWidget(self.agenda, 1)
        right_layout.addWidget(self.empty_day)
        buttons = QHBoxLayout()
        buttons.addWidget(self.schedule_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reschedule_button)
        buttons.addWidget(self.cancel_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _wire(self) -> None:
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.activated.connect(self._day_activated)
        self.agenda.itemDoubleClicked.connect(self._item_activated)
        self.agenda.activated_chat.connect(self.open_chat_requested)
        self.agenda.currentItemChanged.connect(self._update_buttons)
        self.agenda.customContextMenuRequested.connect(self._context_menu)
        self.schedule_button.clicked.connect(self._schedule_here)
        self.open_button.clicked.connect(lambda: self._with_current(self.open_chat_requested))
        self.reschedule_button.clicked.connect(
            lambda: self._with_current(self.reschedule_requested)
        )
        self.cancel_button.clicked.connect(lambda: self._with_current(self.cancel_requested))
        self.setTabOrder(self.calendar, self.agenda)

    # -- loading -----------------------------------------------------------------
    def _month_range(self) -> tuple[date, date]:
        """The visible grid: from a week before the 1st to a week after the month's end."""
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = first - timedelta(days=7)
        end = (first + timedelta(days=32)).replace(day=1) + timedelta(days=14)
        return start, end

    def reload(self) -> None:
        """Read the visible month's chats and tasks again and repaint."""
        start, end = self._month_range()
        start_utc = self._chats.to_utc(datetime.combine(start, time()))
        end_utc = self._chats.to_utc(datetime.combine(end, time()))
        tz = self._chats.tz
        self._day_chats = {}
        for row in self._chats.between(
            start_utc, end_utc, ("scheduled", "held", "thanked", "cancelled", "no_show")
        ):
            self._day_chats.setdefault(row.start_local(tz).date(), []).append(row)
        self._day_tasks = {}
        for task in self._followups.tasks_between(start_utc, end_utc):
            self._day_tasks.setdefault(self._followups.local_date(task.due_utc), []).append(task)
        chat_counts = {
            day: sum(1 for r in rows if r.status in ("scheduled", "held", "thanked"))
            for day, rows in self._day_chats.items()
        }
        task_counts = {day: len(rows) for day, rows in self._day_tasks.items()}
        today = self._chats.to_local(self._chats.now()).date()
        self.calendar.set_markers(
            {d: n for d, n in chat_counts.items() if n}, task_counts, today
        )
        self._show_day()

    @Slot(int, int)
    def _page_changed(self, year: int, month: int) -> None:
        self.reload()

    def select_date(self, day: date) -> None:
        self.calendar.setSelectedDate(_qdate(day))
        self.reload()

    def selected_date(self) -> date:
        return _pydate(self.calendar.selectedDate())

    # -- the agenda --------------------------------------------------------------
    @Slot()
    def _show_day(self) -> None:
        day = self.selected_date()
        self.day_title.setText(self.locale().toString(_qdate(day), self.tr("dddd d MMMM yyyy")))
        current = self.current_chat_id()
        self.agenda.clear()
        tz = self._chats.tz
        for row in self._day_chats.get(day, []):
            text = (
                f"{span_text(row.start_local(tz), row.end_local(tz))}   {row.who}\n"
                f"{mode_label(row.mode)}"
                + (f" · {row.place}" if row.place else "")
            )
            if row.status != "scheduled":
                text += f" · {status_label(row.status)}"
            item = QListWidgetItem(text, self.agenda)
            item.setData(KindRole, "chat")
            item.setData(IdRole, row.id)
            item.setToolTip(self.tr("Double-click or press Enter to open"))
            if row.status in ("cancelled", "no_show"):
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            if current == row.id:
                self.agenda.setCurrentItem(item)
        for task in self._day_tasks.get(day, []):
            item = QListWidgetItem(
                self.tr("Follow-up: {title}\n{due}").format(title=task.title, due=task.due_text),
                self.agenda,
            )
            item.setData(KindRole, "task")
            item.setData(IdRole, task.id)
            item.setForeground(QColor(WARNING))
        has_items = self.agenda.count() > 0
        self.agenda.setVisible(has_items)
        self.empty_day.setVisible(not has_items)
        self.empty_day.setText(
            self.tr("Nothing on this day. Press “Schedule on this day…” to book a chat.")
        )
        if has_items and self.agenda.currentItem() is None:
            self.agenda.setCurrentRow(0)
        self._update_buttons()

    def agenda_texts(self) -> list[str]:
        return [self.agenda.item(i).text() for i in range(self.agenda.count())]

    def current_chat_id(self) -> int | None:
        item = self.agenda.currentItem()
        if item is None or item.data(KindRole) != "chat":
            return None
        return int(item.data(IdRole))

    def _current_chat(self) -> ChatRow | None:
        chat_id = self.current_chat_id()
        for row in self._day_chats.get(self.selected_date(), []):
            if row.id == chat_id:
                return row
        return None

    @Slot()
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
        self.schedule_requested.emit(0, self.calendar.selectedDate())

    @Slot(QDate)
    def _day_activated(self, day: QDate) -> None:
        rows = self._day_chats.get(_pydate(day), [])
        if len(rows) == 1:
            self.open_chat_requested.emit(rows[0].id)
        elif self.agenda.count():
            self.agenda.setFocus()
        else:
            self.schedule_requested.emit(0, day)

    @Slot(QListWidgetItem)
    def _item_activated(self, item: QListWidgetItem) -> None:
        if item.data(KindRole) == "chat":
            self.open_chat_requested.emit(int(item.data(IdRole)))

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        row = self._current_chat()
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_chat_requested.emit(row.id))
        if row.status in ("scheduled", "cancelled", "no_show"):
            menu.addAction(self.tr("Reschedule…"), lambda: self.reschedule_requested.emit(row.id))
        if row.status == "scheduled":
            menu.addAction(self.tr("Cancel chat"), lambda: self.cancel_requested.emit(row.id))
        menu.addAction(
            self.tr("Add to calendar (.ics)…"), lambda: self.export_chat_requested.emit(row.id)
        )
        menu.exec(self.agenda.viewport().mapToGlobal(pos))
