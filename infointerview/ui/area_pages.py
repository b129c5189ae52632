"""The sidebar of areas and the stack of their pages, some built on first visit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

translate = QCoreApplication.translate
"""Texts keep the ``MainWindow`` context they were extracted under."""


class AreaPages(QObject):
    """Keeps the sidebar's rows and the stack's pages in step.

    An area added with a builder shows a placeholder until it is first shown or
    asked for; ``built`` maps those areas' names to their widgets once built.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.sidebar = QListWidget(parent)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(translate("MainWindow", "Areas"))
        self.sidebar.setFixedWidth(160)
        self.sidebar.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget(parent)
        self.built: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {}

    def add(self, title: str, widget: QWidget, icon_name: str) -> None:
        self.pages.addWidget(widget)
        item = QListWidgetItem(title, self.sidebar)
        item.setData(Qt.ItemDataRole.UserRole, icon_name)
        item.setToolTip(
            translate("MainWindow", "{area} (Ctrl+{n})").format(area=title, n=self.sidebar.count())
        )

    def add_later(self, title: str, icon_name: str, builder: Callable[[], QWidget]) -> None:
        """An area built the first time it is shown or asked for."""
        self._builders[icon_name] = builder
        placeholder = QWidget(self.sidebar.parentWidget())
        self.add(title, placeholder, icon_name)

    def area(self, name: str) -> QWidget:
        """The area's widget, built (and put in place of its placeholder) on first use."""
        widget = self.built.get(name)
        if widget is None:
            widget = self._builders[name]()
            self.place(name, widget)
        return widget

    def place(self, name: str, widget: QWidget) -> None:
        """Put an area built elsewhere (a piece at a time) in place of its placeholder."""
        row = self.row(name)
        placeholder = self.pages.widget(row)
        self.built[name] = widget
        self.pages.insertWidget(row, widget)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()

    def row(self, name: str) -> int:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == name:
                return row
        raise KeyError(name)

    @Slot(int)
    def show_row(self, row: int) -> None:
        if row < 0:
            return
        name = str(self.sidebar.item(row).data(Qt.ItemDataRole.UserRole))
        if name in self._builders:
            self.area(name)
        self.pages.setCurrentIndex(row)

    def tint_icons(self, palette: QPalette) -> None:
        """Draw the sidebar icons in the palette's text colour (again after a theme change)."""
        from infointerview.ui.icons import icon

        text = palette.color(palette.ColorRole.WindowText)
        selected = palette.color(palette.ColorRole.HighlightedText)
        size = self.sidebar.iconSize().width()
        ratio = max((screen.devicePixelRatio() for screen in QGuiApplication.screens()), default=1.0)
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            name = str(item.data(Qt.ItemDataRole.UserRole))
            item.setIcon(icon(name, text, selected, size, ratio))
