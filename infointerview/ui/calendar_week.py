"""The week calendar: seven day columns under hour rows (scrollable; 07:00 on top
at first), chats as blocks as long as they last, follow-ups due under the day
names, today's column marked and a line at the current time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from infointerview.ui.calendar_surface import CalendarSurface, Entry, Palette, entry_font, faded
from infointerview.ui.locale_format import time_text

__all__ = ["WeekGrid", "lanes"]

SNAP_MIN = 15
FIRST_HOUR = 7


def lanes(entries: list[Entry]) -> dict[int, tuple[int, int]]:
    """Side-by-side places for overlapping chats: id → (lane, lanes in its cluster)."""
    placed: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[Entry, int]] = []
    cluster_end: datetime | None = None

    def close() -> None:
        count = max((lane for _e, lane in cluster), default=-1) + 1
        for entry, lane in cluster:
            placed[entry.id] = (lane, count)

    for entry in sorted(entries, key=lambda e: (e.start, e.id)):
        if cluster_end is not None and entry.start >= cluster_end:
            close()
            cluster, cluster_end = [], None
        busy = {lane for e, lane in cluster if e.end > entry.start}
        lane = next(i for i in range(len(cluster) + 1) if i not in busy)
        cluster.append((entry, lane))
        cluster_end = max(cluster_end or entry.end, entry.end)
    close()
    return placed


class WeekGrid(CalendarSurface):
    """The painted week: a header of days, an hour gutter and the day columns."""

    view_name = "Week calendar"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.hours_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.hours_bar.setAccessibleName(self.tr("Hours"))
        self.hours_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hours_bar.valueChanged.connect(self._scrolled)
        self._hits: list[tuple[Entry, QRectF]] = []
        self._user_scrolled = False  # until then each resize puts 07:00 on top
        self.hours_bar.sliderMoved.connect(self._user_scroll)
        self.setMinimumSize(480, 320)

    # -- geometry ----------------------------------------------------------------------
    def hour_height(self) -> float:
        """Tall enough for two lines in an hour; 07:00–21:00 fit at 1280×800."""
        return float(round(self.fontMetrics().height() * 3))

    def header_height(self) -> float:
        return float(self.fontMetrics().height() * 2 + 10)

    def gutter(self) -> float:
        return float(self.fontMetrics().horizontalAdvance("00:00") + 12)

    def _column_width(self) -> float:
        return (self.width() - self.gutter() - self.hours_bar.width()) / 7

    def column_rect(self, day: date) -> QRectF | None:
        if day not in self.days:
            return None
        width = self._column_width()
        left = self.gutter() + self.days.index(day) * width
        return QRectF(left, self.header_height(), width, self.height() - self.header_height())

    def y_of(self, minutes: float) -> float:
        return self.header_height() + minutes / 60 * self.hour_height() - self.hours_bar.value()

    def minutes_at(self, y: float) -> float:
        return (y - self.header_height() + self.hours_bar.value()) / self.hour_height() * 60

    def day_at(self, pos: QPointF) -> date | None:
        if pos.x() < self.gutter() or not self.days:
            return None
        col = int((pos.x() - self.gutter()) // self._column_width())
        return self.days[col] if 0 <= col < len(self.days) else None

    def scroll_to_hour(self, hour: float) -> None:
        self.hours_bar.setValue(int(hour * self.hour_height()))

    def _update_scroll(self) -> None:
        body = self.height() - self.header_height()
        self.hours_bar.setGeometry(
            int(self.width() - self.hours_bar.sizeHint().width()), int(self.header_height()),
            self.hours_bar.sizeHint().width(), int(body),
        )
        self.hours_bar.setRange(0, max(0, int(24 * self.hour_height() - body)))
        self.hours_bar.setPageStep(int(body))
        self.hours_bar.setSingleStep(int(self.hour_height() / 4))
        if not self._user_scrolled:
            self.scroll_to_hour(FIRST_HOUR - 0.3)  # 07:00's label shows whole

    def _user_scroll(self) -> None:
        self._user_scrolled = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_scroll()  # the font is final once shown
        self.relayout()

    # -- layout ------------------------------------------------------------------------
    def relayout(self) -> None:
        """Blocks from start to end in their day's column, overlapping ones side by side."""
        self._hits = []
        line = QFontMetricsF(entry_font(self)).height()
        for day in self.days:
            column = self.column_rect(day)
            assert column is not None
            items = self.entries.get(day, [])
            chats = [e for e in items if e.kind == "chat"]
            placed = lanes(chats)
            midnight = datetime.combine(day, time())
            for entry in chats:
                lane, count = placed[entry.id]
                top = self.y_of((entry.start - midnight).total_seconds() / 60)
                end = min(entry.end, midnight + timedelta(days=1))
                bottom = self.y_of((end - midnight).total_seconds() / 60)
                width = (column.width() - 4) / count
                rect = QRectF(column.left() + 2 + lane * width, top, width - 2, bottom - top - 1)
                if rect.height() < line + 2:
                    rect.setHeight(line + 2)
                self._hits.append((entry, rect))
            tasks = [e for e in items if e.kind == "task"]
            if tasks:
                rect = QRectF(column.left() + 2, line + 5, column.width() - 4, line + 2)
                if len(tasks) == 1:
                    self._hits.append((tasks[0], rect))
                else:
                    label = self.tr("↻ %n due", "", len(tasks))
                    summary = Entry(
                        "task", tasks[0].id, tasks[0].start, tasks[0].end, label,
                        "\n".join(t.full for t in tasks),
                    )
                    self._hits.append((summary, rect))

    def hits(self) -> list[tuple[Entry, QRectF]]:
        return self._hits

    def entry_at(self, pos: QPointF) -> Entry | None:
        """Follow-ups in the header, chats below it (a block scrolled under the header hides)."""
        in_header = pos.y() < self.header_height()
        for entry, rect in reversed(self._hits):
            if (entry.kind == "task") == in_header and rect.contains(pos):
                return entry
        return None

    def block_texts(self, chat_id: int) -> list[str]:
        """What the chat's block shows, top to bottom."""
        entry, rect = self.chat_entry(chat_id), self.entry_rect(chat_id)
        return self._lines(entry, rect.height()) if entry is not None and rect is not None else []

    def _lines(self, entry: Entry, height: float | None = None) -> list[str]:
        """Name then time, or "10:00 Name" on one line when the block is short."""
        span = f"{time_text(entry.start)}–{time_text(entry.end)}"
        if height is not None and height < 2 * QFontMetricsF(entry_font(self)).height() + 2:
            return [entry.who]
        return [entry.who, span]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll()
        self.relayout()

    def _scrolled(self, _value: int) -> None:
        self.relayout()
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._user_scrolled = True
        self.hours_bar.setValue(self.hours_bar.value() - event.angleDelta().y() // 2)

    def ensure_visible(self, entry: Entry) -> None:
        midnight = datetime.combine(entry.day, time())
        start = (entry.start - midnight).total_seconds() / 60
        end = min((entry.end - midnight).total_seconds() / 60, 24 * 60)
        body = self.height() - self.header_height()
        top = start / 60 * self.hour_height()
        bottom = end / 60 * self.hour_height()
        if top < self.hours_bar.value():
            self._user_scrolled = True
            self.hours_bar.setValue(int(top - self.hour_height() / 2))
        elif bottom > self.hours_bar.value() + body:
            self._user_scrolled = True
            self.hours_bar.setValue(int(bottom - body + self.hour_height() / 2))

    def drop_start(self, entry: Entry, grab: QPointF, pos: QPointF) -> datetime | None:
        day = self.day_at(pos)
        rect = self.entry_rect(entry.id)
        if day is None or rect is None or pos.y() < self.header_height():
            return None
        top = pos.y() - (grab.y() - rect.top())
        length = (entry.end - entry.start).total_seconds() / 60
        minutes = round(self.minutes_at(top) / SNAP_MIN) * SNAP_MIN
        minutes = int(max(0, min(minutes, 24 * 60 - max(length, SNAP_MIN))))
        return datetime.combine(day, time()) + timedelta(minutes=minutes)

    def nudge(self, entry: Entry, key: int) -> datetime:
        step = {
            Qt.Key.Key_Left: timedelta(days=-1), Qt.Key.Key_Right: timedelta(days=1),
            Qt.Key.Key_Up: timedelta(minutes=-SNAP_MIN), Qt.Key.Key_Down: timedelta(minutes=SNAP_MIN),
        }
        return entry.start + step.get(Qt.Key(key), timedelta())

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = Palette(self)
        painter.fillRect(self.rect(), colours.base)
        header = self.header_height()
        hour = self.hour_height()
        gutter = self.gutter()
        right = self.width() - self.hours_bar.width()
        painter.save()
        painter.setClipRect(QRectF(0, header, self.width(), self.height() - header))
        for day in self.days:
            column = self.column_rect(day)
            assert column is not None
            if day == self.today:
                painter.fillRect(column, faded(colours.accent, 24))
            elif day == self.selected_day:
                painter.fillRect(column, faded(colours.selected, 14))
        metrics = self.fontMetrics()
        for h in range(25):
            y = self.y_of(h * 60)
            if y < header - hour or y > self.height() + hour:
                continue
            painter.setPen(colours.line)
            painter.drawLine(QPointF(gutter, y), QPointF(right, y))
            if 0 < h < 24:
                painter.setPen(colours.dim)
                label = time_text(datetime.combine(self.today, time(h)))
                painter.drawText(
                    QRectF(0, y - metrics.height() / 2, gutter - 6, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label,
                )
        painter.setPen(colours.line)
        for i in range(8):
            x = gutter + i * self._column_width()
            painter.drawLine(QPointF(x, header), QPointF(x, self.height()))
        painter.setFont(entry_font(self))
        for entry, rect in self._hits:
            if entry.kind == "chat":
                self.paint_entry(painter, colours, entry, rect, self._lines(entry, rect.height()))
        self._paint_now(painter, colours)
        self._paint_ghost(painter, colours)
        painter.restore()
        self._paint_header(painter, colours)
        painter.end()

    def _paint_now(self, painter: QPainter, colours: Palette) -> None:
        column = self.column_rect(self.now.date())
        if column is None:
            return
        minutes = self.now.hour * 60 + self.now.minute
        y = self.y_of(minutes)
        painter.setPen(QPen(colours.now, 2))
        painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y))
        painter.setBrush(colours.now)
        painter.drawEllipse(QPointF(column.left() + 1, y), 4, 4)

    def _paint_ghost(self, painter: QPainter, colours: Palette) -> None:
        ghost = self.drag_ghost()
        if ghost is None:
            return
        entry, start = ghost
        column = self.column_rect(start.date())
        if column is None:
            return
        minutes = start.hour * 60 + start.minute
        length = (entry.end - entry.start).total_seconds() / 60
        rect = QRectF(
            column.left() + 2, self.y_of(minutes), column.width() - 4, length / 60 * self.hour_height()
        )
        painter.setPen(QPen(colours.accent, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
        painter.drawText(
            rect.adjusted(6, 2, -2, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            time_text(start),
        )

    def _paint_header(self, painter: QPainter, colours: Palette) -> None:
        locale = QLocale()
        line = self.fontMetrics().height()
        header = self.header_height()
        painter.fillRect(QRectF(0, 0, self.width(), header), colours.base)
        bold = QFont(self.font())
        bold.setBold(True)
        for day in self.days:
            column = self.column_rect(day)
            assert column is not None
            rect = QRectF(column.left(), 2, column.width(), line + 2)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            text = f"{name} {day.day}"
            if day == self.today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.today_fill)
                painter.drawRoundedRect(rect.adjusted(4, 0, -4, 0), 4, 4)
                painter.setPen(QColor("white"))
                painter.setFont(bold)
            else:
                painter.setPen(colours.text)
                painter.setFont(self.font())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(entry_font(self))
        for entry, rect in self._hits:
            if entry.kind == "task":
                self.paint_entry(painter, colours, entry, rect, [entry.label])
        painter.setPen(colours.line)
        painter.drawLine(QPointF(0, header - 0.5), QPointF(self.width(), header - 0.5))
