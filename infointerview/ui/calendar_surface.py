"""What the painted month and week calendars share: their entries, selection,
keyboard, tooltips, accessible text, click-to-open and drag-to-move.

A subclass lays its entries out (:meth:`CalendarSurface.hits`), says which day
a point is on and where a dragged chat would land, and paints its grid.

Signals:
    day_selected(object): the selected day (a ``date``) changed.
    open_chat(int): click or Enter on a chat.
    day_activated(object): Enter or a double-click on a day with no chat selected.
    move_chat(int, object): a drag or Alt+arrow asks to move this chat to this local start.
    period_step(int): Page Up / Page Down asked for the previous (-1) or next (+1) period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from infointerview.ui.theme import ACCENT, WARNING

__all__ = ["CalendarSurface", "Entry", "Palette", "entry_font", "faded"]


@dataclass(frozen=True)
class Entry:
    """One thing the calendar shows: a chat (``kind`` "chat") or a follow-up due ("task").

    Times are naive local; ``label`` is the short cell text, ``full`` the tooltip
    and accessible text.
    """

    kind: str
    id: int
    start: datetime
    end: datetime
    label: str
    full: str
    status: str = ""
    movable: bool = False
    who: str = ""

    @property
    def day(self) -> date:
        return self.start.date()


def faded(colour: QColor, alpha: int) -> QColor:
    """A copy of ``colour`` with this alpha (QColor is mutable: never fade a shared one)."""
    copy = QColor(colour)
    copy.setAlpha(alpha)
    return copy


class Palette:
    """The calendar's colours, read from the widget's palette (light or dark)."""

    def __init__(self, widget: QWidget) -> None:
        pal = widget.palette()
        self.base = pal.color(QPalette.ColorRole.Base)
        self.text = pal.color(QPalette.ColorRole.Text)
        self.dark = self.base.lightness() < 128
        self.dim = pal.color(QPalette.ColorRole.PlaceholderText)
        self.line = pal.color(QPalette.ColorRole.Mid)
        self.line.setAlpha(110)
        # other months' days: a shade darker than the month's, in either palette
        self.other_month = QColor(0, 0, 0, 90) if self.dark else faded(self.text, 14)
        self.accent = QColor("#60a5fa" if self.dark else ACCENT)
        self.today_fill = QColor(ACCENT)  # under white text, in both palettes
        self.chat_fill = QColor(ACCENT)
        self.chat_fill.setAlpha(95 if self.dark else 38)
        self.held_fill = QColor(self.text)
        self.held_fill.setAlpha(38 if self.dark else 22)
        self.task = QColor("#fbbf24" if self.dark else WARNING)
        active = QPalette.ColorGroup.Active
        self.selected = pal.color(active, QPalette.ColorRole.Highlight)
        self.selected_text = pal.color(active, QPalette.ColorRole.HighlightedText)
        self.now = QColor("#f87171" if self.dark else "#dc2626")


def entry_font(widget: QWidget) -> QFont:
    """The entries' font: a little smaller than the widget's, so names fit."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.92)
    return font


class CalendarSurface(QWidget):
    """A focusable painted calendar: entries by day, a selected day and chat, drag and keys."""

    day_selected = Signal(object)
    open_chat = Signal(int)
    day_activated = Signal(object)
    move_chat = Signal(int, object)
    period_step = Signal(int)

    view_name = "Calendar"
    up_down_days = 7  # plain Up/Down move the selected day by this much

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.entries: dict[date, list[Entry]] = {}
        self.days: list[date] = []
        self.today = date.today()
        self.now = datetime.now()
        self.selected_day = date.today()
        self.selected_chat: int | None = None
        self._press: tuple[Entry, QPointF] | None = None
        self._drag_target: datetime | None = None
        self._dragging = False

    # -- data ------------------------------------------------------------------------
    def set_entries(
        self, days: list[date], entries: dict[date, list[Entry]], today: date, now: datetime
    ) -> None:
        """The visible days (in order), what is on each, and today / now (local)."""
        self.days, self.entries, self.today, self.now = days, entries, today, now
        if self.selected_chat is not None and self.chat_entry(self.selected_chat) is None:
            self.selected_chat = None
        self.relayout()
        self._announce()
        self.update()

    def relayout(self) -> None:
        """Lay the entries out again (data or size changed)."""

    def visible_chats(self) -> list[Entry]:
        """The visible chats in time order (Tab walks them)."""
        return [e for day in self.days for e in self.entries.get(day, []) if e.kind == "chat"]

    def chat_entry(self, chat_id: int) -> Entry | None:
        return next((e for e in self.visible_chats() if e.id == chat_id), None)

    def hits(self) -> list[tuple[Entry, QRectF]]:
        """Each drawn entry and where it is drawn (widget coordinates)."""
        return []

    def entry_rect(self, chat_id: int) -> QRectF | None:
        return next((r for e, r in self.hits() if e.kind == "chat" and e.id == chat_id), None)

    def entry_at(self, pos: QPointF) -> Entry | None:
        for entry, rect in reversed(self.hits()):
            if rect.contains(pos):
                return entry
        return None

    def day_at(self, pos: QPointF) -> date | None:
        return None

    def drop_start(self, entry: Entry, grab: QPointF, pos: QPointF) -> datetime | None:
        """Where ``entry`` would start if dropped at ``pos`` (grabbed at ``grab``)."""
        return None

    def nudge(self, entry: Entry, key: int) -> datetime:
        """The new start for Alt+arrow ``key`` on ``entry``."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        return entry.start + timedelta(days=step.get(Qt.Key(key), 0))

    def ensure_visible(self, entry: Entry) -> None:
        """Scroll so the entry shows (the week view scrolls; the month shows all)."""

    # -- selection ---------------------------------------------------------------------
    def select(self, day: date, chat_id: int | None = None, *, emit: bool = True) -> None:
        self.selected_day, self.selected_chat = day, chat_id
        entry = self.chat_entry(chat_id) if chat_id is not None else None
        if entry is not None:
            self.ensure_visible(entry)
        self._announce()
        self.update()
        if emit:
            self.day_selected.emit(day)

    def select_day(self, day: date) -> None:
        """Select the day and its first chat, if any (keyboard navigation)."""
        first = next((e for e in self.entries.get(day, []) if e.kind == "chat"), None)
        self.select(day, first.id if first else None)

    def selected_entry(self) -> Entry | None:
        return self.chat_entry(self.selected_chat) if self.selected_chat is not None else None

    def _announce(self) -> None:
        """The accessible name says what is selected (painted entries have no objects)."""
        entry = self.selected_entry()
        if entry is not None:
            name = f"{self.view_name}: {entry.full}"
        else:
            name = f"{self.view_name}: {self.selected_day.isoformat()}"
        if name != self.accessibleName():
            self.setAccessibleName(name)

    # -- keyboard ----------------------------------------------------------------------
    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab / Shift+Tab walk the chats, then leave the calendar."""
        chats = self.visible_chats()
        ids = [e.id for e in chats]
        if self.selected_chat in ids:
            index = ids.index(self.selected_chat) + (1 if next else -1)
        else:
            index = 0 if next else len(ids) - 1
        if 0 <= index < len(ids):
            entry = chats[index]
            self.select(entry.day, entry.id)
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        entry = self.selected_entry()
        if key in arrows and alt:
            if entry is not None:
                self.move_chat.emit(entry.id, self.nudge(entry, key))
            return
        if key in arrows:
            step = {
                Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1,
                Qt.Key.Key_Up: -self.up_down_days, Qt.Key.Key_Down: self.up_down_days,
            }[Qt.Key(key)]
            self.select_day(self.selected_day + timedelta(days=step))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            day_chats = [e for e in self.entries.get(self.selected_day, []) if e.kind == "chat"]
            if entry is not None:
                self.open_chat.emit(entry.id)
            elif len(day_chats) == 1:
                self.open_chat.emit(day_chats[0].id)
            else:
                self.day_activated.emit(self.selected_day)
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.period_step.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        if key == Qt.Key.Key_Escape and self._dragging:
            self._end_drag()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() == Qt.FocusReason.TabFocusReason and self.selected_chat is None:
            chats = self.visible_chats()
            if chats:
                self.select(chats[0].day, chats[0].id)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason and self.selected_chat is None:
            chats = self.visible_chats()
            if chats:
                self.select(chats[-1].day, chats[-1].id)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        entry = self.entry_at(pos)
        if entry is not None and entry.kind == "chat":
            self._press = (entry, pos)
            self.select(entry.day, entry.id)
            return
        day = self.day_at(pos)
        if day is not None:
            self.select(day, None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        entry, grab = self._press
        pos = event.position()
        if not self._dragging:
            distance = (pos - grab).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            self._dragging = True
        self._drag_target = self.drop_start(entry, grab, pos)
        allowed = entry.movable and self._drag_target is not None
        self.setCursor(
            Qt.CursorShape.ClosedHandCursor if allowed else Qt.CursorShape.ForbiddenCursor
        )
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        entry, _grab = self._press
        target, dragged = self._drag_target, self._dragging
        self._end_drag()
        if not dragged:
            self.open_chat.emit(entry.id)
        elif target is not None and target != entry.start:
            self.move_chat.emit(entry.id, target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self.entry_at(pos) is None and (day := self.day_at(pos)) is not None:
            self.day_activated.emit(day)

    def _end_drag(self) -> None:
        self._press, self._drag_target, self._dragging = None, None, False
        self.unsetCursor()
        self.update()

    def drag_ghost(self) -> tuple[Entry, datetime] | None:
        """The chat being dragged and where it would land (for painting)."""
        if (
            self._dragging and self._press is not None and self._drag_target is not None
            and self._press[0].movable
        ):
            return self._press[0], self._drag_target
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self.entry_at(QPointF(event.pos()))
            if entry is None:
                QToolTip.hideText()
                event.ignore()
                return True
            hint = ""
            if entry.kind == "chat":
                hint = "\n" + (
                    self.tr("Click to open; drag or Alt+arrows to move")
                    if entry.movable
                    else self.tr("Click to open")
                )
            QToolTip.showText(event.globalPos(), entry.full + hint, self)
            return True
        return super().event(event)

    def tooltip_text(self, pos: QPoint) -> str:
        entry = self.entry_at(QPointF(pos))
        return entry.full if entry is not None else ""

    # -- painting helpers -------------------------------------------------------------
    def paint_entry(
        self, painter: QPainter, colours: Palette, entry: Entry, rect: QRectF, lines: list[str]
    ) -> None:
        """A chat as a tinted block (the selected one highlighted), a task as amber text."""
        selected = entry.kind == "chat" and entry.id == self.selected_chat
        painter.save()
        painter.setClipRect(rect)
        if entry.kind == "chat":
            fill = colours.chat_fill if entry.status == "scheduled" else colours.held_fill
            if selected:
                fill = colours.selected
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.setBrush(colours.selected_text if selected else colours.accent)
            if entry.status == "scheduled" and not selected:
                painter.drawRect(QRectF(rect.left(), rect.top(), 3, rect.height()))
            if selected and self.hasFocus():
                painter.setPen(colours.text)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.setPen(colours.selected_text if selected else colours.text)
        else:
            painter.setPen(colours.task)
        metrics = painter.fontMetrics()
        x = rect.left() + 6
        y = rect.top() + 1
        width = int(rect.width() - 8)
        for line in lines:
            if y + metrics.height() > rect.bottom() + 2 and y > rect.top() + 1:
                break
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(x, y + metrics.ascent()), text)
            y += metrics.height()
        painter.restore()
