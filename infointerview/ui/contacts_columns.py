"""The contact table's columns: widths that fit, full text of a cut cell, a column chooser.

At the default window (1280×800) the table shows every column without a
sideways scroll: the fixed columns get modest widths, Next step stretches into
what is left, and a cell too narrow for its text is elided ("St Brigid's Cl…")
with the whole text in its tooltip. Right-clicking the header lists the
columns to show or hide (Name always stays); the choice is part of the header
state the window saves.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

COLUMN_WIDTHS = (145, 125, 125, 78, 88)
"""Name, Organisation, Job title, Stage, Last contact; Next step takes the rest."""


class FullTextTooltips(QStyledItemDelegate):
    """A cell cut short by its column shows its whole text as the tooltip."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is None or view is None or not index.isValid():
            return super().helpEvent(event, view, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)  # the model's own (★, ⚑)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text and self.is_elided(option, index):
            QToolTip.showText(event.globalPos(), text, view, option.rect)
            return True
        QToolTip.hideText()
        return False

    def is_elided(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
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
    delegate = FullTextTooltips(table)
    table.setItemDelegate(delegate)
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
    return delegate


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
