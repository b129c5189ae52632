"""The table's sort orders equal a plain reference sort on the column's texts:
every column, both directions, ties kept in row order (reversed when descending),
empty values, case variants that fold equal, unknown organisations and stages, and the
selection kept on the same contacts however many rows it holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from infointerview.domain.contacts import STAGE_KEYS
from infointerview.services.contacts import COLUMNS, NextStep, planned_step
from infointerview.ui.contacts_model import ContactsTableModel

Raw = tuple[int, str, int | None, str, str, str, int]
ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


class Source:
    def __init__(
        self, rows: list[Raw], organisations: dict[int, str], steps: dict[int, NextStep]
    ) -> None:
        self.rows, self.names, self.steps = rows, organisations, steps

    def table_rows(self, ids: Sequence[int] | None = None) -> list[Raw]:
        return list(self.rows) if ids is None else [r for r in self.rows if r[0] in set(ids)]

    def organisations(self) -> dict[int, str]:
        return dict(self.names)

    def next_steps(self, ids: Sequence[int] | None = None) -> dict[int, NextStep]:
        return {k: v for k, v in self.steps.items() if ids is None or k in set(ids)}

    def search_texts(self, ids: Sequence[int] | None = None) -> list[tuple[int, str]]:
        return [(r[0], r[1].casefold()) for r in self.table_rows(ids)]


def reference_key(source: Source, row: Raw, column: int) -> Any:
    """The column's sort key as the table first defined it (strings, casefolded)."""
    if column == 0:
        return row[1].casefold()
    if column == 1:
        return source.names.get(row[2], "").casefold() if row[2] is not None else ""
    if column == 2:
        return row[3].casefold()
    if column == 3:
        return STAGE_KEYS.index(row[4]) if row[4] in STAGE_KEYS else 99
    if column == 4:
        return row[5] or "0"
    step = source.steps.get(row[0])
    if step is not None and step.chat_at is not None:
        return "0" + step.chat_at.astimezone(dt.timezone.utc).isoformat()
    if step is not None and step.task:
        return "1" + step.task.casefold()
    return "2" + planned_step(row[4]).casefold() if row[4] in STAGE_KEYS else "2"


def reference_ids(source: Source, column: int, order: Qt.SortOrder) -> list[int]:
    ascending = sorted(source.rows, key=lambda row: reference_key(source, row, column))
    ids = [row[0] for row in ascending]
    return ids[::-1] if order == DESCENDING else ids


def shown_ids(model: ContactsTableModel) -> list[int]:
    return [model.id_at(r) for r in range(model.rowCount())]


def check_every_column(source: Source) -> None:
    model = ContactsTableModel(source)
    model.load()
    # each column first in one direction, then the other (the kept order reused)
    for order in (ASCENDING, DESCENDING, ASCENDING):
        for column in range(len(COLUMNS)):
            model.sort(column, order)
            assert shown_ids(model) == reference_ids(source, column, order), (column, order)


WHEN = dt.datetime(2026, 11, 24, 14, 0, tzinfo=dt.timezone.utc)
TABLE: list[tuple[str, list[Raw], dict[int, str], dict[int, NextStep]]] = [
    ("empty", [], {}, {}),
    (
        "ties, case variants and empty values",
        [
            (1, "ana", 1, "", "replied", "", 0),
            (2, "Ana", 2, "Engineer", "replied", "2026-01-02", 1),
            (3, "", None, "engineer", "identified", "", 0),
            (4, "ANA", 3, "ENGINEER", "scheduled", "2026-01-02", 0),
            (5, "Straße", 4, "", "unknown-stage", "2025-12-31", 0),
            (6, "strasse", 99, "Zed", "replied", "", 0),
            (7, "Élodie", 1, "Analyst", "identified", "", 0),
        ],
        {1: "Quanta", 2: "quanta", 3: "", 4: "Ärzte ohne Grenzen"},
        {
            2: NextStep(None, "nudge", True),
            4: NextStep(WHEN, "", False),
            6: NextStep(WHEN.astimezone(dt.timezone(dt.timedelta(hours=5))), "x", False),
            7: NextStep(None, "Nudge", False),
            99: NextStep(None, "not shown", False),
        },
    ),
    (
        "many repeated titles and unique names",
        [
            (i, f"Person {i:03d}", i % 4 or None, ["Dev", "dev", "", "Lead"][i % 4],
             STAGE_KEYS[i % len(STAGE_KEYS)], "" if i % 3 else f"2026-0{i % 9 + 1}-01", 0)
            for i in range(1, 120)
        ],
        {1: "B", 2: "a", 3: "b"},
        {},
    ),
]


@pytest.mark.parametrize(("rows", "organisations", "steps"), [t[1:] for t in TABLE],
                         ids=[t[0] for t in TABLE])
def test_every_column_sorts_like_the_reference(  # type: ignore[no-untyped-def]
    qapp, rows: list[Raw], organisations: dict[int, str], steps: dict[int, NextStep]
) -> None:
    check_every_column(Source(rows, organisations, steps))


texts = st.sampled_from(["", "a", "A", "b", "ß", "SS", "ss", "é", "É", "z z", "Zz"])
rows_strategy = st.lists(
    st.tuples(
        texts,
        st.sampled_from([None, 1, 2, 3, 4]),
        texts,
        st.sampled_from([*STAGE_KEYS, "other"]),
        st.sampled_from(["", "2026-01-01", "2025-12-31", "2026-01-01 10:00"]),
        st.sampled_from([0, 1]),
    ),
    max_size=40,
)
steps_strategy = st.dictionaries(
    st.integers(1, 45),
    st.builds(
        NextStep,
        st.none() | st.sampled_from([WHEN, WHEN + dt.timedelta(hours=1), WHEN.astimezone()]),
        texts,
        st.booleans(),
    ),
    max_size=10,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows_strategy, st.dictionaries(st.integers(1, 3), texts, max_size=3), steps_strategy)
def test_sorting_equals_the_reference_for_any_rows(  # type: ignore[no-untyped-def]
    qapp, values: list[tuple[Any, ...]], organisations: dict[int, str], steps: dict[int, NextStep]
) -> None:
    rows: list[Raw] = [(i + 1, *v) for i, v in enumerate(values)]  # type: ignore[misc]
    check_every_column(Source(rows, organisations, steps))


def test_a_large_selection_stays_on_the_same_contacts_when_sorted(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    rows: list[Raw] = [(i, f"n{i % 7}", i % 3 or None, f"t{i % 5}", "replied", "", 0)
                       for i in range(1, 61)]
    model = ContactsTableModel(Source(rows, {1: "x", 2: "y"}, {}))
    model.load()
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, ASCENDING)
    selection = QItemSelection()
    for r in range(0, 60, 2):  # 30 separate ranges: more than a few held indices
        selection.select(model.index(r, 0), model.index(r, len(COLUMNS) - 1))
    chosen = {model.id_at(r) for r in range(0, 60, 2)}
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.sortByColumn(2, DESCENDING)
    selected = {model.id_at(i.row()) for i in table.selectionModel().selectedRows()}
    assert selected == chosen


def test_orders_made_in_idle_slices_equal_the_reference_and_follow_changes(  # type: ignore[no-untyped-def]
    qapp, qtbot, monkeypatch
) -> None:
    import infointerview.ui.contacts_model as contacts_model

    monkeypatch.setattr(contacts_model, "_WARM_SLICE", 7)  # many slices and merged runs
    table = TABLE[2]
    source = Source(list(table[1]), dict(table[2]), dict(table[3]))
    model = ContactsTableModel(source)
    model.load()
    qtbot.waitUntil(lambda: len(model._orders) == len(COLUMNS))
    # a change in the middle of making them: the orders are made again for the new rows
    model._orders.pop(0)
    for _ in range(3):
        model._warm_step()
    assert model._warming is not None and 0 not in model._orders
    source.rows[5] = (source.rows[5][0], "Aaa first", *source.rows[5][2:])
    source.rows.append((500, "new", 2, "dev", "replied", "", 0))
    model.refresh([source.rows[5][0], 500])
    assert model._orders == {}
    qtbot.waitUntil(lambda: len(model._orders) == len(COLUMNS))
    for order in (ASCENDING, DESCENDING):
        for column in range(len(COLUMNS)):
            model.sort(column, order)
            assert shown_ids(model) == reference_ids(source, column, order), (column, order)
