"""The contact table's columns: widths that fit, full text of a cut cell, a column chooser.

At the default window (1280×800) the table shows every column without a
sideways scroll: the fixed columns get modest widths, Next step stretches into
what is left, and a cell too narrow for its text is elided ("St Brigid's Cl…")
with the whole text in its tooltip. Right-clicking the header lists the
columns to show or hide (Name always stays); the choice is part of the header
state the window saves.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

COLUMN_WIDTHS = (145, 125, 125, 78, 88)
"""Name, Organisation, Job title, Stage, Last contact; Next step takes the rest."""


class FullTextTooltips(QObject):
    """A cell cut short by its column shows its whole text as the tooltip.

    An event filter on the table's viewport, not a Python item delegate: a
    delegate subclassed in Python is called through Python for every cell
    painted, which doubled the cost of each keystroke's repaint at 100,000
    contacts (tests/bench: filter_100k_max_ms); the filter runs once a hover.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.table.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # nothing there, or the model's own tooltip (★, ⚑)
        text = self.tooltip_for(self.table, index)
        if text:
            QToolTip.showText(event.globalPos(), text, self.table.viewport(),
                              self.table.visualRect(index))
        else:
            QToolTip.hideText()
        return True

    @staticmethod
    def is_elided(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        """True when the cell's text is wider than the room its column gives it."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return option.fontMetrics.horizontalAdvance(text) + 2 * margin > option.rect.width()

    def tooltip_for(self, view: QTableView, index: QModelIndex) -> str:
        """What hovering ``index`` shows ('' for nothing); for tests and screen readers."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.widget = view
        option.rect = view.visualRect(index)
        option.fontMetrics = view.fontMetrics()
        if self.is_elided(option, index):
            return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return ""


def set_up_columns(table: QTableView) -> FullTextTooltips:
    """Widths, the stretching last column, elision with tooltips, and the chooser."""
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    tooltips = FullTextTooltips(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(48)
    for column, width in enumerate(COLUMN_WIDTHS):
        header.resizeSection(column, width)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda at: column_menu(table).popup(header.mapToGlobal(at))
    )
    return tooltips


def column_menu(table: QTableView, parent: QWidget | None = None) -> QMenu:
    """The header's menu: one checkable entry per column; Name cannot be hidden."""
    header = table.horizontalHeader()
    model: QAbstractItemModel = table.model()
    menu = QMenu(parent or table)
    menu.setObjectName("columnChooser")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        action = QAction(title, menu)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column != 0)
        action.toggled.connect(
            lambda shown, c=column: header.setSectionHidden(c, not shown)
        )
        menu.addAction(action)
    return menu
