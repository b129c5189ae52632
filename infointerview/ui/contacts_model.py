"""The contact table's item model: plain Python rows, Python-side filter and sort.

A ``QSortFilterProxyModel`` over a Python model calls ``data()`` through
Python for every row on each keystroke (seconds at 100,000 rows). Here the
rows are the plain tuples SQLite returns, with a parallel list of case-folded
search texts; filtering is a list comprehension and sorting uses per-column
keys, then the view is reset once. Words (stage labels, next steps, dates)
are made in ``data()``, only for the rows on screen.

Loading is split for start-up: ``load()`` reads what the table shows, and the
search texts (half the reading time) come later: ``ensure_search_soon()`` reads
them on a worker thread (its own database connection) right after the window is
up. A keystroke typed before they arrive filters the names the rows already hold
(a part of each search text, so it shows part of the final answer), and the
filter is applied again, in full, when the texts arrive. ``ensure_search()`` reads them at once (the filter's fallback).

Over 600 lines, for now: the row store, the filter, the sort orders made in idle
slices and the background search read all work on the same parallel row arrays and
must change them together (a refresh restarts the orders and re-reads texts). The
next split is the orders and the background reads into helpers that own their state
(noted with issue 17).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timezone
from itertools import compress, islice, repeat
from operator import contains, itemgetter
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from infointerview.domain.contacts import STAGE_KEYS, split_query
from infointerview.services.contacts import COLUMNS, NextStep, planned_step
from infointerview.ui.labels import column_title, stage_label
from infointerview.ui.locale_format import day_time_text
from infointerview.ui.widgets.background_job import BackgroundJob, start_job
from infointerview.ui.widgets.sliced_work import SlicedWork, run_sliced

ContactIdRole = Qt.ItemDataRole.UserRole + 1
_STAGE_ORDER = {key: i for i, key in enumerate(STAGE_KEYS)}
_NAME, _ORGANISATION, _TITLE, _STAGE, _LAST_CONTACT, _NEXT_STEP = range(len(COLUMNS))
# positions in a TableRow tuple
_ID, _ORGANISATION_ID, _STAGE_KEY, _LAST, _HIRING = 0, 2, 4, 5, 6

_WARM_SLICE = 10_000  # rows per slice of idle order-making (a few ms each)
_WARM_DELAY_MS = 250  # after the rows change, before the first slice

AnyIndex = QModelIndex | QPersistentModelIndex

SEARCH_READ_DELAY_MS = 30
"""A keystroke before the search texts were asked for starts their read this much later,
so reading them does not slow painting that keystroke's rows."""

SEARCH_PAGE_ROWS = 500
"""Search texts read per turn of the event loop (about 2 ms)."""

WORD_MASKS_KEPT = 32
"""Word masks kept for the table's search (100 kB each at 100,000 contacts)."""

READ_AT_ONCE_ROWS = 2000
"""Up to this many contacts the search texts are read at once (a few milliseconds),
not a page at a time."""
RawRow = tuple[Any, ...]


class TableSource(Protocol):
    """Where the rows come from (``ContactService``)."""

    def table_rows(self, ids: Sequence[int] | None = None) -> list[RawRow]: ...

    def organisations(self) -> dict[int, str]: ...

    def next_steps(self, ids: Sequence[int] | None = None) -> dict[int, NextStep]: ...

    def search_texts(self, ids: Sequence[int] | None = None) -> list[tuple[int, str]]: ...


@dataclass(frozen=True)
class TableRead:
    """Everything the table shows, read in one go (on a worker's own connection)."""

    rows: list[RawRow]
    organisations: dict[int, str]
    next_steps: dict[int, NextStep]
    search_texts: list[tuple[int, str]]
    name_order: tuple[list[int], list[int]] | None = None
    """(``range(len(rows))`` as a list, those same int objects sorted by name): the
    table's usual order, sorted on the worker rather than when the rows are shown."""


def read_table(source: TableSource) -> TableRead:
    """Read every contact for the table; plain data, so a worker thread may call it."""
    rows = source.table_rows()
    indices = list(range(len(rows)))
    keys = [row[_NAME + 1].casefold() for row in rows]  # the name column's keys (_key_maker)
    return TableRead(
        rows, source.organisations(), source.next_steps(), source.search_texts(),
        (indices, sorted(indices, key=keys.__getitem__)),
    )


class _AlreadyRead:
    """A ``TableSource`` serving a ``TableRead`` (every contact; no by-id reads)."""

    def __init__(self, read: TableRead) -> None:
        self._read = read

    def table_rows(self, ids: Sequence[int] | None = None) -> list[RawRow]:
        assert ids is None
        return self._read.rows

    def organisations(self) -> dict[int, str]:
        return self._read.organisations

    def next_steps(self, ids: Sequence[int] | None = None) -> dict[int, NextStep]:
        assert ids is None
        return self._read.next_steps

    def search_texts(self, ids: Sequence[int] | None = None) -> list[tuple[int, str]]:
        assert ids is None
        return self._read.search_texts


def aligned_texts(ids: Sequence[int], texts: list[tuple[int, str]]) -> list[str]:
    """The search texts in the order of ``ids`` ("" for an id without one)."""
    if len(texts) == len(ids) and all(
        cid == text[0] for cid, text in zip(ids, texts, strict=True)
    ):
        return [text for _, text in texts]  # read in the same order as the rows (the usual)
    by_id = dict(texts)
    return [by_id.get(cid, "") for cid in ids]


def people_by_name(rows: Sequence[RawRow], organisations: dict[int, str]) -> list[tuple[int, str, str]]:
    """(id, name, organisation) of these rows, by name (case-folded)."""
    people = [(row[_ID], row[1], organisations.get(row[_ORGANISATION_ID], "")) for row in rows]
    people.sort(key=lambda p: p[1].casefold())
    return people


def people_steps(
    rows: Sequence[RawRow], organisations: dict[int, str], chunk: int = 4000
) -> Generator[None, None, list[tuple[int, str, str]]]:
    """``people_by_name()``, yielding between pieces of a few milliseconds: blocks
    sorted one by one, then merged (equal names keep the rows' order, as a stable
    sort would)."""
    runs = []
    for start in range(0, len(rows), chunk):
        run = [
            (row[1].casefold(), start + i, (row[_ID], row[1],
                                             organisations.get(row[_ORGANISATION_ID], "")))
            for i, row in enumerate(rows[start:start + chunk])
        ]
        run.sort()  # the position decides between equal names: the person is never compared
        runs.append(run)
        yield
    people: list[tuple[int, str, str]] = []
    merged = heapq.merge(*runs)
    while piece := [person for _, _, person in islice(merged, chunk)]:
        people.extend(piece)
        yield
    return people


def _read_in_pages(
    pages: Iterator[tuple[list[int], list[str]]], ids: list[int], generation: int
) -> Generator[None, None, tuple[int, list[str]] | str]:
    """Sliced work: the search texts a page per step, lined up with ``ids``; or, if
    reading fails, the sentence (the model then reads them at once, or tries again)."""
    read_ids: list[int] = []
    texts: list[str] = []
    try:
        for page_ids, page_texts in pages:
            read_ids.extend(page_ids)
            texts.extend(page_texts)
            yield
    except Exception as exc:
        return str(exc)
    if read_ids == ids:  # read in the same order as the rows (the usual)
        return generation, texts
    yield
    by_id = dict(zip(read_ids, texts, strict=True))
    return generation, [by_id.get(cid, "") for cid in ids]


def _read_aligned(source: TableSource, ids: list[int]) -> list[str]:
    """On a worker thread: every search text, lined up with ``ids``."""
    worker_read = getattr(source, "search_texts_in_worker", None)
    if worker_read is None:
        return aligned_texts(ids, source.search_texts())
    read_ids, texts = worker_read()
    if read_ids == ids:  # read in the same order as the rows (the usual)
        return list(texts)
    by_id = dict(zip(read_ids, texts, strict=True))
    return [by_id.get(cid, "") for cid in ids]


class ContactsTableModel(QAbstractTableModel):
    """Contacts for a ``QTableView``; ``ContactIdRole`` gives the contact id."""

    refined = Signal()
    """The search texts came and the filter shown was applied again to them."""

    def __init__(self, source: TableSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[RawRow] = []
        self._next: dict[int, NextStep] = {}
        self._organisations: dict[int, str] = {}
        self._search: list[str] | None = None  # parallel to _rows; None until read
        self._search_job: BackgroundJob | SlicedWork | None = None  # reading them
        self._generation = 0  # bumped when rows are read again or removed
        self._dirty: set[int] = set()  # ids refreshed while the job reads
        self._partial: list[str] | None = None  # case-folded names, until then
        self._visible: list[int] = []
        self._words: list[str] = []
        self._sort_column = _NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] | None = None  # all row indices in sort order
        self._orders: dict[int, list[int]] = {}  # column -> ascending order, until rows change
        self._filter_cache: dict[str, list[int]] = {}  # query -> visible, for this order
        self._word_masks: dict[str, bytearray] = {}  # word -> which texts hold it
        self._masks_of: list[str] | None = None  # the texts those masks were made over
        self._hiring_only = False  # show only the people marked ★ (can hire)
        self._position_cache: dict[int, int] | None = None  # contact id -> index in _rows
        self._people: list[tuple[int, str, str]] | None = None  # by name, for pickers
        self._people_generation = 0  # bumped when they are dropped
        self._people_work: SlicedWork | None = None  # making them a slice at a time
        self._headers = [column_title(key) for key, _ in COLUMNS]
        self._version = 0  # bumped when rows change in place (refresh, remove)
        self._warming: Iterator[bool] | None = None
        self._warming_for: tuple[list[RawRow], int] = (self._rows, self._version)
        self._org_ranks: dict[int | None, int] = {}
        self._index_list: list[int] = []
        self._org_ranks_for: dict[int, str] | None = None  # the names ranked
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.timeout.connect(self._warm_step)
        self.modelReset.connect(self._plan_orders)  # a load (or a filter: then nothing to do)

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
            text = self._text(row, column)
            if column == _NEXT_STEP and self._due(row):
                return "⚑ " + text
            if column == _NAME and row[_HIRING]:
                return text + " ★"
            return text
        if role == ContactIdRole:
            return row[_ID]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == _NEXT_STEP and self._due(row):
                return self.tr("A follow-up is due: ") + self._text(row, column)
            if column == _NAME and row[_HIRING]:
                return self.tr("{name}\n★ can hire: a prospective supervisor").format(
                    name=self._text(row, column)
                )
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == _NAME
        ):
            return self.tr(
                "★ after a name: this person can hire (a prospective supervisor). "
                "Show only them with the ★ Can hire button."
            )
        return None

    def set_hiring_only(self, on: bool) -> None:
        """Show only the contacts marked as able to hire (★), still filtered by the search."""
        if on == self._hiring_only:
            return
        self.beginResetModel()
        self._hiring_only = on
        self._forget_matches()
        if self._order is not None:
            self._visible = self._matching(self._order)
        else:
            self._apply()
        self.endResetModel()

    def hiring_only(self) -> bool:
        return self._hiring_only

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(COLUMNS):
            return
        if column == self._sort_column and order == self._sort_order and self._order is not None:
            return
        self.layoutAboutToBeChanged.emit()
        # the selection and the current row stay on the same contacts
        persistent = self.persistentIndexList()
        held = [self._visible[i.row()] if i.isValid() else -1 for i in persistent]
        self._sort_column = column
        self._sort_order = order
        self._order = None
        self._forget_matches()
        self._apply()
        if persistent:
            shown_at = self._shown_at(held)
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(shown_at[p], i.column()) if p in shown_at else QModelIndex()
                    for i, p in zip(persistent, held, strict=True)
                ],
            )
        self.layoutChanged.emit()

    # -- our interface ---------------------------------------------------------
    def load(
        self, *, search_follows: bool = False, name_order: tuple[list[int], list[int]] | None = None
    ) -> None:
        """Read every contact (start-up, after an import); search texts come later
        (``search_follows``: at once, so no names are folded for a first keystroke).
        ``name_order``: the rows' order by name, already sorted (``TableRead``)."""
        self.beginResetModel()
        self._rows = self._source.table_rows()
        self._organisations = self._source.organisations()
        self._next = self._source.next_steps()
        self._position_cache = None  # built when first needed (not before the first paint)
        self._people = None
        self._people_generation += 1
        self._search = None
        self._partial = None
        self._generation += 1
        self._order = None
        self._orders.clear()
        if name_order is not None and len(name_order[0]) == len(self._rows):
            self._index_list, self._orders[_NAME] = name_order
        self._forget_matches()
        if self._words:
            self.ensure_search()
        elif len(self._rows) > READ_AT_ONCE_ROWS and not search_follows:
            self._partial_texts()  # the names a first keystroke filters (C-level, a few ms)
        self._apply()
        self.endResetModel()

    def load_read(self, read: TableRead) -> None:
        """Show what ``read_table`` read (on a worker): ``load`` and ``ensure_search``
        without waiting for the database (30 ms instead of 0.4 s at 30,000 contacts)."""
        source = self._source
        self._source = _AlreadyRead(read)
        try:
            self.load(search_follows=True, name_order=read.name_order)
            self.ensure_search()
        finally:
            self._source = source

    def search_ready(self) -> bool:
        return self._search is not None

    def search_pending(self) -> bool:
        """The search texts are being read on a worker thread."""
        return self._search is None and self._search_job is not None

    def ensure_search(self) -> None:
        """Read the search texts now if they are not loaded yet (cheap when they are)."""
        if self._search is not None:
            return
        if isinstance(self._search_job, SlicedWork):  # being read a page at a time
            self._search_job.cancel()
            self._search_job = None
        ids = [row[_ID] for row in self._rows]
        self._search = aligned_texts(ids, self._source.search_texts())
        self._partial = None

    def ensure_search_soon(self) -> None:
        """Read the search texts soon (at once for a small table); the filter is made
        exact when they arrive. Nothing to do when they are read or being read.

        A source that serves them in pages (``ContactService.search_text_pages``) is
        read on this thread a page per slice of the event loop, so a keystroke waits
        for one page at most; a worker thread instead would take the interpreter from
        every cell the table paints meanwhile (keystrokes of 100-150 ms at 100,000
        contacts, tests/bench: filter_100k_max_ms). Other sources are read on a worker.
        """
        if self._search is not None or self._search_job is not None:
            return
        if len(self._rows) <= READ_AT_ONCE_ROWS:
            self.ensure_search()
            return
        self._dirty = set()
        ids = list(map(itemgetter(_ID), self._rows))
        source, generation = self._source, self._generation
        pages = getattr(source, "search_text_pages", None)
        if pages is not None:
            self._search_job = run_sliced(  # one page a turn: a keystroke waits 2 ms at most
                _read_in_pages(pages(SEARCH_PAGE_ROWS), ids, generation), None,
                self._search_read_in_pages, slice_s=0,
            )
            return
        # no parent: the job may outlive this model (a window closed at once); its
        # outcome then reaches nobody (the slots are this object's methods)
        self._search_job = start_job(
            QThreadPool.globalInstance(),
            lambda _progress, _cancel: (generation, _read_aligned(source, ids)),
            None,
            finished=self._search_arrived,
            failed=self._search_failed,
        )

    def _search_read_in_pages(self, result: tuple[int, list[str]] | str) -> None:
        if isinstance(result, str):  # the read failed (a lock, a fault): as a worker's
            self._search_failed(result)
        else:
            self._search_arrived(result)

    def _search_failed(self, _message: str) -> None:
        self._search_job = None
        if self._words:  # read at once then (the next keystroke would start a job again)
            self.beginResetModel()
            self.ensure_search()
            self._forget_matches()
            self._apply()
            self.endResetModel()
            self.refined.emit()

    def _search_arrived(self, result: tuple[int, list[str]]) -> None:
        generation, search = result
        self._search_job = None
        if self._search is not None:
            return  # read at once meanwhile
        if generation != self._generation:  # the rows were read again meanwhile
            self.ensure_search_soon()
            return
        search.extend([""] * (len(self._rows) - len(search)))  # rows added meanwhile
        if self._dirty:  # rows changed meanwhile: their texts as they are now
            position = self._position
            for cid, text in self._source.search_texts(sorted(self._dirty)):
                at = position.get(cid)
                if at is not None:
                    search[at] = text
            self._dirty = set()
        self._search = search
        self._partial = None
        self._forget_matches()
        if self._words:  # refine what the names found
            self.beginResetModel()
            self._apply()
            self._remember(" ".join(self._words))
            self.endResetModel()
            self.refined.emit()

    def refresh(self, ids: Sequence[int]) -> list[int]:
        """Show these contacts as they are stored now: changed rows update in place,
        new ones are added at the end of the view, deleted ones leave it.

        Returns the ids that left.
        """
        if not ids:
            return []
        ids = list(ids)
        rows = self._source.table_rows(ids)
        live = {row[_ID] for row in rows}
        gone = [cid for cid in ids if cid not in live and cid in self._position]
        if gone:
            self.remove_ids(gone)
        known = self._organisations
        if any(row[_ORGANISATION_ID] is not None and row[_ORGANISATION_ID] not in known
               for row in rows):
            organisations = self._source.organisations()  # an edit added one
        else:
            organisations = known  # 10,000 names not read again for a moved chat
        # the pickers' list stays while nobody is added and no name or organisation changed
        # (also while they are being made a slice at a time: that work stays good)
        keep_people = organisations == self._organisations
        self._organisations = organisations
        steps = self._source.next_steps(ids)
        for cid in ids:
            self._next.pop(cid, None)
        self._next.update(steps)
        texts = dict(self._source.search_texts(ids)) if self._search is not None else {}
        if self._search_job is not None:
            self._dirty.update(ids)
        shown_at: dict[int, int] | None = None  # row index -> visible row, built once
        for row in rows:
            cid = row[_ID]
            position = self._position.get(cid)
            if position is None:
                keep_people = False
                self._rows.append(row)
                if self._search is not None:
                    self._search.append(texts.get(cid, ""))
                if self._partial is not None:
                    self._partial.append(self._partial_text(row))
                position = len(self._rows) - 1
                self._position[cid] = position
                at = len(self._visible)
                self.beginInsertRows(QModelIndex(), at, at)
                self._visible.append(position)
                self.endInsertRows()
            else:
                before = self._rows[position]
                if before[1] != row[1] or before[_ORGANISATION_ID] != row[_ORGANISATION_ID]:
                    keep_people = False
                self._rows[position] = row
                if self._search is not None:
                    self._search[position] = texts.get(cid, "")
                if self._partial is not None:
                    self._partial[position] = self._partial_text(row)
                if len(rows) <= 8:  # a few rows: look along the view (no 100,000-entry dict)
                    try:
                        at = self._visible.index(position)
                    except ValueError:
                        at = -1
                else:
                    if shown_at is None:
                        shown_at = {p: i for i, p in enumerate(self._visible)}
                    at = shown_at.get(position, -1)
                if at >= 0:
                    self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
        self._order = None  # sort keys are stale; rebuilt on the next sort or filter
        self._orders.clear()
        self._version += 1
        self._org_ranks_for = None
        self._plan_orders(changed=True)
        if not keep_people or gone:
            self._people = None
            self._people_generation += 1
        self._forget_matches()
        return gone

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Drop rows (after a delete) without reloading the rest."""
        gone = {self._position[i] for i in ids if i in self._position}
        if not gone:
            return
        self.beginResetModel()
        keep = [i for i in range(len(self._rows)) if i not in gone]
        old_to_new = {old: new for new, old in enumerate(keep)}
        self._visible = [old_to_new[i] for i in self._visible if i in old_to_new]
        if self._search is not None:
            self._search = [self._search[i] for i in keep]
        self._partial = None
        self._generation += 1  # a text being read lines up with the rows before
        self._rows = [self._rows[i] for i in keep]
        self._position_cache = None
        self._people = None
        self._people_generation += 1
        self._order = None
        self._orders.clear()
        self._version += 1
        self._forget_matches()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only rows containing every word of ``text`` (case-insensitive).

        Typing on narrows what is shown (only the new or longer word is checked),
        and the last few results are kept, so Backspace is instant too.
        """
        words = split_query(text)
        if words == self._words:
            return
        if words and len(self._rows) <= READ_AT_ONCE_ROWS:
            self.ensure_search()
        previous_words, previous = self._words, self._visible
        self.beginResetModel()
        self._words = words
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
        self._remember(key)  # (what the names found is forgotten when the texts come)
        self.endResetModel()
        if words and self._search is None and self._search_job is None:
            # read soon (a page at a time), once this keystroke's rows are painted
            QTimer.singleShot(SEARCH_READ_DELAY_MS, self, self.ensure_search_soon)

    def row_of_id(self, contact_id: int) -> int:
        """The visible row showing ``contact_id``, or -1."""
        if self._position_cache is None:  # look along the view (start-up selects row 0)
            rows = self._rows
            return next(
                (r for r, p in enumerate(self._visible) if rows[p][_ID] == contact_id), -1
            )
        position = self._position.get(contact_id)
        if position is None:
            return -1
        try:
            return self._visible.index(position)
        except ValueError:
            return -1

    def id_at(self, row: int) -> int:
        return int(self._rows[self._visible[row]][_ID])

    def total_count(self) -> int:
        return len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def people(self) -> list[tuple[int, str, str]]:
        """(id, name, organisation) of every loaded contact, by name: the pickers' choices.

        Kept until the rows change, so a picker opens without reading every contact
        (0.1 s at 100,000). Callers must not modify the list.
        """
        if self._people is None:
            self._people = people_by_name(self._rows, self._organisations)
        return self._people

    def people_soon(self, then: Callable[[list[tuple[int, str, str]]], None]) -> None:
        """``people()`` made a slice at a time on the event loop; ``then(people)`` runs
        when they are made, unless the rows changed meanwhile (the next ``people()``
        makes them at once then)."""
        if self._people is not None:
            then(self._people)
            return
        if self._people_work is not None and not self._people_work.finished:
            self._people_work.cancel()
        generation = self._people_generation

        def done(people: list[tuple[int, str, str]]) -> None:
            self._people_work = None
            if generation != self._people_generation:
                return  # the rows changed while they were made
            if self._people is None:
                self._people = people
            then(self._people)

        steps = people_steps(list(self._rows), dict(self._organisations))
        self._people_work = run_sliced(steps, self, done)

    def planned_ids(self) -> list[int]:
        """Contacts shown with an upcoming chat or an open task."""
        return list(self._next)

    def visible_ids(self) -> list[int]:
        return [self._rows[i][_ID] for i in self._visible]

    # -- internals ---------------------------------------------------------------
    @property
    def _position(self) -> dict[int, int]:
        """Contact id -> index in the rows."""
        if self._position_cache is None:
            self._position_cache = {row[_ID]: i for i, row in enumerate(self._rows)}
        return self._position_cache

    def _text(self, row: RawRow, column: int) -> str:
        if column == _STAGE:
            return stage_label(row[_STAGE_KEY])
        if column == _ORGANISATION:
            return self._organisations.get(row[_ORGANISATION_ID], "")
        if column == _NEXT_STEP:
            step = self._next.get(row[_ID])
            if step is not None and step.chat_at is not None:
                return self.tr("Chat {when}").format(when=day_time_text(step.chat_at))
            if step is not None and step.task:
                return step.task
            return planned_step(row[_STAGE_KEY])
        return str(row[column + 1])  # name, title and last contact: as read

    def _due(self, row: RawRow) -> bool:
        step = self._next.get(row[_ID])
        return step is not None and step.due

    def _shown_at(self, held: Sequence[int]) -> dict[int, int]:
        """Row index -> visible row for the ``held`` row indices that are shown.

        A selection holds a few indices: look each up along the view (a scan in C)
        rather than indexing the whole view (20 ms at 100,000 rows).
        """
        wanted = {p for p in held if p >= 0}
        visible = self._visible
        if len(wanted) <= 16:
            shown_at = {}
            for p in wanted:
                try:
                    shown_at[p] = visible.index(p)
                except ValueError:
                    pass
            return shown_at
        return {p: row for row, p in enumerate(visible) if p in wanted}

    def _sort_keys(self, column: int) -> list[Any]:
        """One key per row, in row order; sorting the row indices by them (stable)
        gives the column's ascending order."""
        keys_of, finish = self._key_maker(column)
        return finish(keys_of(self._rows))

    def _key_maker(
        self, column: int
    ) -> tuple[Callable[[Sequence[RawRow]], list[Any]], Callable[[list[Any]], list[Any]]]:
        """(the keys of a run of rows, what turns all rows' keys into the sort keys).

        Split so the keys can be made a slice of rows at a time (``_warm_orders``).
        Text columns with repeated values (titles, next steps) give each row the rank
        of its text among the distinct texts: equal texts get equal ranks, so the order
        is the same as sorting the texts, and comparing small integers is faster.
        """
        if column == _STAGE:
            order = _STAGE_ORDER
            return (lambda rows: [order.get(row[_STAGE_KEY], 99) for row in rows]), _same
        if column == _LAST_CONTACT:
            return (lambda rows: [row[_LAST] or "0" for row in rows]), _same
        if column == _ORGANISATION:
            by_id = self._organisation_ranks()
            missing = by_id[None]
            return (lambda rows: [by_id.get(row[_ORGANISATION_ID], missing) for row in rows]), _same
        if column == _NEXT_STEP:
            # chats first (soonest first), then open tasks, then the stage's step:
            # one string per row, so sorting compares strings only
            planned = {key: "2" + planned_step(key).casefold() for key in STAGE_KEYS}

            def with_steps(planned_keys: list[Any]) -> list[Any]:
                for cid, step in self._next.items():
                    at = self._position.get(cid)
                    if at is None:
                        continue
                    if step.chat_at is not None:
                        planned_keys[at] = "0" + step.chat_at.astimezone(timezone.utc).isoformat()
                    elif step.task:
                        planned_keys[at] = "1" + step.task.casefold()
                return _ranked(planned_keys)

            return (lambda rows: [planned.get(row[_STAGE_KEY], "2") for row in rows]), with_steps
        field = column + 1
        return (lambda rows: [row[field].casefold() for row in rows]), _ranked

    def _indices(self) -> list[int]:
        """``list(range(len(rows)))``, kept: every column's order holds these same int
        objects (100,000 new ones per order would be 2.8 MB each)."""
        if len(self._index_list) != len(self._rows):
            self._index_list = list(range(len(self._rows)))
        return self._index_list

    def _organisation_ranks(self) -> dict[int | None, int]:
        """Organisation id -> rank of its case-folded name (None: no organisation, as "").

        Ranks the organisations (10,000 names), not the rows; kept while the names are.
        """
        names = self._organisations
        if self._org_ranks_for is not names:
            for _ in self._make_organisation_ranks():
                pass
        return self._org_ranks

    def _make_organisation_ranks(self) -> Iterator[bool]:
        """``_organisation_ranks`` a slice of organisations at a time."""
        names = self._organisations
        items = list(names.items())
        folded: list[tuple[int, str]] = []
        for start in range(0, len(items), _WARM_SLICE):
            folded.extend((key, name.casefold()) for key, name in items[start:start + _WARM_SLICE])
            yield True
        rank = {name: i for i, name in enumerate(sorted({"", *(name for _, name in folded)}))}
        yield True
        by_id: dict[int | None, int] = {None: rank[""]}
        for start in range(0, len(folded), _WARM_SLICE):
            by_id.update((key, rank[name]) for key, name in folded[start:start + _WARM_SLICE])
            yield True
        self._org_ranks, self._org_ranks_for = by_id, names

    def _plan_orders(self, changed: bool = False) -> None:
        """Make the orders of the columns not sorted yet in idle moments, so a first
        click on any column finds its order made (0.1 s at 100,000 rows otherwise).

        ``changed``: the rows just changed in place; wait until a burst of changes is over.
        """
        if changed:
            self._warming = None
            self._warm_timer.start(_WARM_DELAY_MS)
        elif len(self._orders) < len(COLUMNS) and self._warming is None:
            if not self._warm_timer.isActive():
                self._warm_timer.start(_WARM_DELAY_MS)

    def _warm_step(self) -> None:
        rows, version = self._warming_for
        if self._warming is None or rows is not self._rows or version != self._version:
            self._warming = self._warm_orders()  # the rows changed: start again
            self._warming_for = (self._rows, self._version)
        if next(self._warming, None) is None:
            self._warming = None  # every column has its order
            return
        self._warm_timer.start(0)

    def _warm_orders(self) -> Iterator[bool]:
        """Each column's ascending order, made a few milliseconds at a time: the keys a
        slice of rows at a time, each slice's rows sorted, then one stable sort that
        merges those sorted runs (equal keys stay in row order, as in one sort)."""
        rows = self._rows
        for column in (_ORGANISATION, _TITLE, _STAGE, _LAST_CONTACT, _NEXT_STEP, _NAME):
            if column in self._orders:
                continue
            if column == _ORGANISATION and self._org_ranks_for is not self._organisations:
                yield from self._make_organisation_ranks()
            keys_of, finish = self._key_maker(column)
            yield True
            parts: list[Any] = []
            for start in range(0, len(rows), _WARM_SLICE):
                parts.extend(keys_of(rows[start:start + _WARM_SLICE]))
                yield True
            keys = finish(parts)
            yield True
            get = keys.__getitem__
            indices = self._indices()
            runs: list[int] = []
            for start in range(0, len(rows), _WARM_SLICE):
                runs.extend(sorted(indices[start:start + _WARM_SLICE], key=get))
                yield True
            self._orders.setdefault(column, sorted(runs, key=get))
            yield True

    def _remember(self, key: str) -> None:
        cache = self._filter_cache
        cache.pop(key, None)
        cache[key] = self._visible
        while len(cache) > 24:
            del cache[next(iter(cache))]

    def _matching(self, candidates: Sequence[int], words: list[str] | None = None) -> list[int]:
        words = self._words if words is None else words
        if self._hiring_only:
            rows = self._rows
            candidates = [i for i in candidates if rows[i][_HIRING]]
        if not words:
            return list(candidates)
        search = self._search
        if search is None:  # being read: the names (part of the answer)
            search = self._partial_texts()
        # word by word, the longest (the most selective) first: each pass is one
        # plain comprehension over what the last one kept
        first, *others = sorted(words, key=len, reverse=True)
        if len(candidates) * 2 > len(search):
            return self._matching_most(candidates, search, first, others)
        found = [i for i in candidates if first in search[i]]
        for word in others:
            found = [i for i in found if word in search[i]]
        return found

    def _forget_matches(self) -> None:
        """Rows, texts or order changed: no kept result or word mask holds any more."""
        self._filter_cache.clear()
        self._word_masks = {}
        self._masks_of = None

    def _word_mask(self, search: list[str], word: str) -> bytearray:
        """Per text (in storage order), 1 where it holds ``word``: kept for the words
        typed lately, so a backspace or a next word needs no second scan."""
        if self._masks_of is not search:
            self._masks_of, self._word_masks = search, {}
        mask = self._word_masks.get(word)
        if mask is None or len(mask) != len(search):
            mask = bytearray(map(contains, search, repeat(word)))
            while len(self._word_masks) >= WORD_MASKS_KEPT:
                del self._word_masks[next(iter(self._word_masks))]
            self._word_masks[word] = mask
        return mask

    def _matching_most(
        self, candidates: Sequence[int], search: list[str], first: str, others: list[str]
    ) -> list[int]:
        """Matching over most of the rows (a first letter, a backspace, new texts).

        The texts are scanned in the order they are stored, in C (``map`` over
        ``str.__contains__``), and the candidates' order is kept with a mask:
        visiting 100,000 texts in name order instead jumps through memory and
        took 40-70 ms instead of 10-15 (tests/bench: filter_100k_max_ms). The
        masks of the words typed lately are kept, so backspacing scans nothing.
        """
        mask = self._word_mask(search, first)
        if others:
            hits = list(compress(range(len(search)), mask))
            for word in others:
                kept = self._word_masks.get(word)
                if kept is not None and len(kept) == len(search):
                    hits = [i for i in hits if kept[i]]
                else:
                    hits = [i for i in hits if word in search[i]]
            mask = bytearray(len(search))
            for i in hits:
                mask[i] = 1
        return list(compress(candidates, map(mask.__getitem__, candidates)))

    @staticmethod
    def _partial_text(row: RawRow) -> str:
        return str(row[1]).casefold()

    def _partial_texts(self) -> list[str]:
        """Per row, its name case-folded (the start of its search text), made with one
        C-level join: a few milliseconds for 100,000 rows."""
        if self._partial is None:
            rows = self._rows
            parts = "\x1e".join(map(str, map(itemgetter(1), rows))).casefold().split("\x1e")
            if len(parts) != len(rows):  # a separator inside a name (or no rows)
                parts = [self._partial_text(row) for row in rows]
            self._partial = parts
        return self._partial

    def _apply(self) -> None:
        if self._order is None:
            ascending = self._orders.get(self._sort_column)
            if ascending is None:  # sorting again by a column sorted before is instant
                keys = self._sort_keys(self._sort_column)
                ascending = sorted(self._indices(), key=keys.__getitem__)
                self._orders[self._sort_column] = ascending
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            self._order = ascending[::-1] if descending else ascending
        self._visible = self._matching(self._order)


def _ranked(keys: list[str]) -> list[Any]:
    """``keys`` as ranks among their distinct values when many repeat, else as they are.

    Sorting by the ranks gives exactly the order of sorting by the keys (ties included).
    """
    distinct = set(keys)
    if len(distinct) * 2 > len(keys):
        return keys  # mostly unique (names): ranking would cost a sort of its own
    rank = {key: i for i, key in enumerate(sorted(distinct))}
    return list(map(rank.__getitem__, keys))


def _same(keys: list[Any]) -> list[Any]:
    return keys
