""""Add from bank…": pick questions from the bank, grouped by family, with a search box."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infointerview.services.question_bank import BankFamily
from infointerview.ui.widgets.labels import plain_label

TemplateIdRole = Qt.ItemDataRole.UserRole + 1


class QuestionPickerDialog(QDialog):
    """Tick questions (every word of the search must match the question or its family)."""

    def __init__(self, families: Sequence[BankFamily], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add questions from the bank"))
        self.resize(640, 560)
        self.search = QLineEdit(self)
        self.search.setObjectName("bankSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search questions and families"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("bankTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.count_label = plain_label("", self)
        for family in families:
            parent_item = QTreeWidgetItem(self.tree, [family.name])
            parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for q in family.questions:
                child = QTreeWidgetItem(parent_item, [q.text])
                child.setData(0, TemplateIdRole, q.id)
                child.setToolTip(0, q.text)
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                child.setCheckState(0, Qt.CheckState.Unchecked)
        self.tree.expandAll()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.tree.itemChanged.connect(lambda *_: self._update_count())
        self.tree.itemActivated.connect(self._toggle)
        self._update_count()

    def _families(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _children(self) -> list[QTreeWidgetItem]:
        result: list[QTreeWidgetItem] = []
        for top in self._families():
            children = (top.child(j) for j in range(top.childCount()))
            result.extend(child for child in children if child is not None)
        return result

    @Slot(str)
    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for top in self._families():
            family = top.text(0).casefold()
            shown = 0
            for j in range(top.childCount()):
                child = top.child(j)
                if child is None:
                    continue
                haystack = family + " " + child.text(0).casefold()
                hide = not all(w in haystack for w in words)
                child.setHidden(hide)
                shown += not hide
            top.setHidden(shown == 0)

    def _toggle(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, TemplateIdRole) is None:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update_count(self) -> None:
        n = len(self.selected_ids())
        self.count_label.setText(self.tr("%n question(s) selected", "", n))
        self.add_button.setEnabled(n > 0)

    def selected_ids(self) -> list[int]:
        return [
            int(c.data(0, TemplateIdRole))
            for c in self._children()
            if c.checkState(0) == Qt.CheckState.Checked
        ]
