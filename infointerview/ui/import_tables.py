"""The import wizard's two tables: the CSV column mapping and the preview of the
planned rows (new, update, skipped)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from infointerview.interchange import csv_generic
from infointerview.services import importing
from infointerview.ui.labels import field_label

translate = QCoreApplication.translate
"""The mapping's texts keep the ``ImportDialog`` context they were extracted under."""

_ROOT = QModelIndex()


class PreviewModel(QAbstractTableModel):
    """The planned rows as a table (plain text; Qt item views never render rich text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[importing.PlannedRow] = []
        self.headers = (
            self.tr("Line"), self.tr("Action"), self.tr("Name"), self.tr("Organisation"),
            self.tr("Details"),
        )
        self.actions = {
            importing.NEW: self.tr("New"),
            importing.UPDATE: self.tr("Update"),
            importing.SKIP: self.tr("Skipped"),
        }

    def set_rows(self, rows: list[importing.PlannedRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return str(row.line) if row.line else ""
        if column == 1:
            return self.actions[row.action]
        if column == 2:
            return row.name
        if column == 3:
            return row.organisation
        return row.detail


class MappingTable(QTableWidget):
    """One row per CSV column: its name, its first value and a field to import it as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("mappingTable")
        self.setHorizontalHeaderLabels([
            translate("ImportDialog", "Column"), translate("ImportDialog", "First value"),
            translate("ImportDialog", "Import as"),
        ])
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()

    def fill(self, header: list[str], mapping: list[str], first_values: list[str]) -> None:
        self.setRowCount(len(header))
        for index, column in enumerate(header):
            name = QTableWidgetItem(column)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(index, 0, name)
            sample = QTableWidgetItem(first_values[index] if index < len(first_values) else "")
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(index, 1, sample)
            combo = QComboBox(self)
            combo.addItem(translate("ImportDialog", "(do not import)"), csv_generic.IGNORE)
            for key in csv_generic.FIELD_LABELS:
                combo.addItem(field_label(key), key)
            chosen = mapping[index] if index < len(mapping) else csv_generic.IGNORE
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.setCellWidget(index, 2, combo)
        self.resizeColumnToContents(0)

    def mapping(self) -> list[str]:
        """The chosen field of each column, in column order."""
        mapping = []
        for index in range(self.rowCount()):
            combo = self.cellWidget(index, 2)
            mapping.append(str(combo.currentData()) if isinstance(combo, QComboBox) else "")
        return mapping
