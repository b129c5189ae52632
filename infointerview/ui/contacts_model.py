"""The contact table's item model: plain Python rows, Python-side filter and sort.

A ``QSortFilterProxyModel`` over a Python model calls ``data()`` through
Python for every row on each keystroke (seconds at 100,000 rows). Here the
rows are tuples with a precomputed, case-folded search string; filtering is a
list comprehension and sorting uses cached per-column keys, then the view is
reset once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from infointerview.domain.contacts import STAGE_KEYS, split_query
from infointerview.services.contacts import COLUMNS, Row

ContactIdRole = Qt.ItemDataRole.UserRole + 1
# Row field holding each visible column's text.
_FIELD_OF_COLUMN = [Row._fields.index(name) for name, _ in COLUMNS]
_STAGE_ORDER = {key: i for i, key in enumerate(STAGE_KEYS)}
_NEXT_STEP_COLUMN = [name for name, _ in COLUMNS].index("next_step")
_NAME_COLUMN = 0

AnyIndex = QModelIndex | QPersistentModelIndex


def _sort_key(row: Row, column: int) -> Any:
    name = COLUMNS[column][0]
    if name == "stage":
        return _STAGE_ORDER.get(row.stage_key, 99)
    if name == "last_contact":
        return row.last_contact or "0"
    return getattr(row, name).casefold()


class ContactsTableModel(QAbstractTableModel):
    """Contacts for a ``QTableView``; ``ContactIdRole`` gives the contact id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._visible: list[int] = []
        self._words: list[str] = []
        self._query = ""
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] | None = None  # all row indices in sort order
        self._filter_cache: dict[str, list[int]] = {}  # query -> visible, for this order
        self._position: dict[int, int] = {}  # contact id -> index in _rows
        self._headers = [self.tr(title) for _, title in COLUMNS]

    # -- Qt interface ----------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = str(row[_FIELD_OF_COLUMN[column]])
            if column == _NEXT_STEP_COLUMN and row.due:
                return "⚑ " + text
            if column == _NAME_COLUMN and row.hiring_authority:
                return text + " ★"
            return text
        if role == ContactIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == _NEXT_STEP_COLUMN and row.due:
                return self.tr("A follow-up is due: ") + row.next_step
            if column == _NAME_COLUMN and row.hiring_authority:
                return self.tr("★ can hire: a prospective supervisor")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row[_FIELD_OF_COLUMN[column]]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(COLUMNS):
            return
        if column == self._sort_column and order == self._sort_order and self._order is not None:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._sort_order = order
        self._order = None
        self._filter_cache.clear()
        self._apply()
        self.layoutChanged.emit()

    # -- our interface ---------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row (after a load or an import)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._position = {row.id: i for i, row in enumerate(self._rows)}
        self._order = None
        self._filter_cache.clear()
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only rows containing every word of ``text`` (case-insensitive).

        Typing on narrows what is shown (only the new or longer word is checked),
        and the last few results are kept, so Backspace is instant too.
        """
        words = split_query(text)
        if words == self._words:
            return
        previous_words, previous = self._words, self._visible
        self.beginResetModel()
        self._words = words
        self._query = text.casefold()
        key = " ".join(words)
        cached = self._filter_cache.get(key) if self._order is not None else None
        if cached is not None:
            self._visible = cached
        elif self._order is not None and previous_words and all(
            any(old in new for new in words) for old in previous_words
        ):
            # every row shown already has the old words; check only what is new
            fresh = [w for w in words if w not in previous_words]
            self._visible = self._matching(previous, fresh)
        else:
            self._apply()
        self._remember(key)
        self.endResetModel()

    def _remember(self, key: str) -> None:
        cache = self._filter_cache
        cache.pop(key, None)
        cache[key] = self._visible
        while len(cache) > 24:
            del cache[next(iter(cache))]

    def upsert_rows(self, rows: Sequence[Row]) -> None:
        """Refresh changed rows in place and add new ones at the end of the view."""
        shown_at: dict[int, int] | None = None  # row index -> visible row, built once
        for row in rows:
            position = self._position.get(row.id)
            if position is None:
                self._rows.append(row)
                position = len(self._rows) - 1
                self._position[row.id] = position
                at = len(self._visible)
                self.beginInsertRows(QModelIndex(), at, at)
                self._visible.append(position)
                self.endInsertRows()
            else:
                self._rows[position] = row
                if shown_at is None:
                    shown_at = {p: i for i, p in enumerate(self._visible)}
                at = shown_at.get(position, -1)
                if at < 0:
                    continue
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
        self._order = None  # sort keys are stale; rebuilt on the next sort or filter
        self._filter_cache.clear()

    def remove_ids(self, ids: Sequence[int]) -> None:
        """Drop rows (after a delete) without reloading the rest."""
        gone = {self._position[i] for i in ids if i in self._position}
        if not gone:
            return
        self.beginResetModel()
        keep = [row for i, row in enumerate(self._rows) if i not in gone]
        old_to_new: dict[int, int] = {}
        new_index = 0
        for i in range(len(self._rows)):
            if i not in gone:
                old_to_new[i] = new_index
                new_index += 1
        self._visible = [old_to_new[i] for i in self._visible if i in old_to_new]
        self._rows = keep
        self._position = {row.id: i for i, row in enumerate(self._rows)}
        self._order = None
        self._filter_cache.clear()
        self.endResetModel()

    def row_of_id(self, contact_id: int) -> int:
        """The visible row showing ``contact_id``, or -1."""
        position = self._position.get(contact_id)
        if position is None:
            return -1
        try:
            return self._visible.index(position)
        except ValueError:
            return -1

    def id_at(self, row: int) -> int:
        return self._rows[self._visible[row]].id

    def total_count(self) -> int:
        return len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def people(self) -> list[tuple[int, str, str]]:
        """(id, name, organisation) of every loaded contact, by name: the referrer choices."""
        people = [(row.id, row.name, row.organisation) for row in self._rows]
        people.sort(key=lambda p: p[1].casefold())
        return people

    def visible_ids(self) -> list[int]:
        return [self._rows[i].id for i in self._visible]

    # -- internals ---------------------------------------------------------------
    def _matching(self, candidates: Sequence[int], words: list[str] | None = None) -> list[int]:
        rows = self._rows
        words = self._words if words is None else words
        if not words:
            return list(candidates)
        if len(words) == 1:
            word = words[0]
            return [i for i in candidates if word in rows[i].search]
        return [i for i in candidates if all(w in rows[i].search for w in words)]

    def _apply(self) -> None:
        if self._order is None:
            column = self._sort_column
            keys = [_sort_key(row, column) for row in self._rows]
            order = sorted(range(len(keys)), key=keys.__getitem__)
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                order.reverse()
            self._order = order
        self._visible = self._matching(self._order)
