"""The month calendar: a 6×7 grid whose day cells list the chats by time and name
and the follow-ups due, "+2 more" when they do not fit; today ringed, other
months' days dimmed, the week starting on the locale's first day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from infointerview.ui.calendar_surface import CalendarSurface, Entry, Palette, entry_font, faded

__all__ = ["MonthGrid", "month_days"]


def month_days(year: int, month: int, first_weekday: int) -> list[date]:
    """The 42 days a month grid shows; ``first_weekday`` is Qt's (Monday 1 … Sunday 7)."""
    first = date(year, month, 1)
    start = first - timedelta(days=(first.weekday() - (first_weekday - 1)) % 7)
    return [start + timedelta(days=i) for i in range(42)]


class MonthGrid(CalendarSurface):
    """The painted month: day names on top, six weeks of cells below."""

    view_name = "Month calendar"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.year, self.month = self.today.year, self.today.month
        self._hits: list[tuple[Entry, QRectF]] = []
        self._more: dict[date, int] = {}
        self._texts: dict[date, list[str]] = {}
        self.setMinimumSize(420, 320)

    # -- compatibility with the date picker it replaced ---------------------------------
    def firstDayOfWeek(self) -> Qt.DayOfWeek:
        return QLocale().firstDayOfWeek()

    @property
    def chats(self) -> dict[date, int]:
        """Chats shown per visible day (days without any left out)."""
        counts: dict[date, int] = {}
        for day in self.days:
            n = sum(1 for e in self.entries.get(day, []) if e.kind == "chat")
            if n:
                counts[day] = n
        return counts

    # -- layout ------------------------------------------------------------------------
    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month

    def _header_height(self) -> float:
        return float(self.fontMetrics().height() + 8)

    def cell_rect(self, day: date) -> QRectF | None:
        if day not in self.days:
            return None
        index = self.days.index(day)
        top = self._header_height()
        width = self.width() / 7
        height = (self.height() - top) / 6
        return QRectF((index % 7) * width, top + (index // 7) * height, width, height)

    def day_at(self, pos: QPointF) -> date | None:
        top = self._header_height()
        if pos.y() < top or not self.days:
            return None
        col = int(pos.x() // (self.width() / 7))
        row = int((pos.y() - top) // ((self.height() - top) / 6))
        index = row * 7 + col
        return self.days[index] if 0 <= col < 7 and 0 <= index < len(self.days) else None

    def _line_height(self) -> float:
        return float(QFontMetricsF(entry_font(self)).height() + 3)

    def relayout(self) -> None:
        """Place each day's entries as lines under its number; "+N more" when full."""
        self._hits, self._more, self._texts = [], {}, {}
        line = self._line_height()
        for day in self.days:
            cell = self.cell_rect(day)
            assert cell is not None
            items = self.entries.get(day, [])
            top = cell.top() + self.fontMetrics().height() + 3
            room = max(0, int((cell.bottom() - 2 - top) // line))
            shown = items if len(items) <= room else items[: max(0, room - 1)]
            for i, entry in enumerate(shown):
                rect = QRectF(cell.left() + 3, top + i * line, cell.width() - 6, line - 1)
                self._hits.append((entry, rect))
            self._texts[day] = [e.label for e in shown]
            if len(shown) < len(items):
                self._more[day] = len(items) - len(shown)
                self._texts[day].append(self.tr("+%n more", "", len(items) - len(shown)))

    def hits(self) -> list[tuple[Entry, QRectF]]:
        return self._hits

    def cell_texts(self, day: date) -> list[str]:
        """What the day's cell shows, top to bottom (after the day number)."""
        return list(self._texts.get(day, []))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def drop_start(self, entry: Entry, grab: QPointF, pos: QPointF) -> datetime | None:
        day = self.day_at(pos)
        if day is None:
            return None
        return datetime.combine(day, entry.start.time())

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = Palette(self)
        painter.fillRect(self.rect(), colours.base)
        self._paint_header(painter, colours)
        line = self._line_height()
        bold = QFont(self.font())
        bold.setBold(True)
        for day in self.days:
            cell = self.cell_rect(day)
            assert cell is not None
            if not cell.intersects(QRectF(event.rect())):
                continue
            if day.month != self.month:
                painter.fillRect(cell, colours.other_month)
            if day == self.selected_day:
                painter.fillRect(cell, faded(colours.selected, 40))
            painter.setPen(colours.line)
            painter.drawRect(cell)
            number = QRectF(cell.left() + 4, cell.top() + 1, cell.width() - 8, self.fontMetrics().height())
            if day == self.today:
                painter.setFont(bold)
                painter.setPen(colours.accent)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                ring = cell.adjusted(1.5, 1.5, -1.5, -1.5)
                painter.drawRoundedRect(ring, 3, 3)
            else:
                painter.setFont(self.font())
                painter.setPen(colours.text if day.month == self.month else colours.dim)
            label = str(day.day)
            if day.day == 1:
                label = QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")
            painter.drawText(number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
            painter.setFont(self.font())
            if day in self._more:
                more = self._texts[day][-1]
                rect = QRectF(cell.left() + 6, cell.bottom() - line - 1, cell.width() - 8, line)
                painter.setPen(colours.dim)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more)
        painter.setFont(entry_font(self))
        for entry, rect in self._hits:
            if rect.intersects(QRectF(event.rect())):
                self.paint_entry(painter, colours, entry, rect, [entry.label])
        ghost = self.drag_ghost()
        if ghost is not None:
            cell = self.cell_rect(ghost[1].date())
            if cell is not None:
                painter.setPen(colours.accent)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(2, 2, -2, -2))
        painter.end()

    def _paint_header(self, painter: QPainter, colours: Palette) -> None:
        locale = QLocale()
        height = self._header_height()
        width = self.width() / 7
        painter.setPen(colours.dim)
        for col, day in enumerate(self.days[:7]):
            rect = QRectF(col * width, 0, width, height)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
