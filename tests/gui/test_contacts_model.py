"""The table model: the incremental filter and its cache give the same rows as a
fresh filter, changed rows drop cached results, and search waits for nothing."""

from __future__ import annotations

import random
from collections.abc import Sequence

from infointerview.domain.contacts import search_key
from infointerview.services.contacts import NextStep
from infointerview.ui.contacts_model import ContactsTableModel

NAMES = ["Ana Silva", "Anabel Okafor", "Kwame Mensah", "Priya Nair", "Sofia Silvestri", "Ana Sánchez"]

Raw = tuple[int, str, int | None, str, str, str, int]
ORGANISATIONS = {1: "Helix Bio", 2: "Quanta", 3: "Silva & Co"}


class FakeSource:
    """In-memory rows shaped like ``ContactService``'s; counts search reads."""

    def __init__(self, rows: list[Raw]) -> None:
        self.rows = rows
        self.steps: dict[int, NextStep] = {}
        self.search_reads = 0

    def _pick(self, ids: Sequence[int] | None) -> list[Raw]:
        return self.rows if ids is None else [r for r in self.rows if r[0] in set(ids)]

    def table_rows(self, ids: Sequence[int] | None = None) -> list[Raw]:
        return list(self._pick(ids))

    def organisations(self) -> dict[int, str]:
        return dict(ORGANISATIONS)

    def next_steps(self, ids: Sequence[int] | None = None) -> dict[int, NextStep]:
        wanted = None if ids is None else set(ids)
        return {k: v for k, v in self.steps.items() if wanted is None or k in wanted}

    def search_texts(self, ids: Sequence[int] | None = None) -> list[tuple[int, str]]:
        self.search_reads += 1
        return [(r[0], key(r)) for r in self._pick(ids)]


def key(row: Raw) -> str:
    return search_key(row[1], ORGANISATIONS.get(row[2]) if row[2] is not None else "")


def make_rows(count: int) -> list[Raw]:
    rng = random.Random(7)
    rows: list[Raw] = []
    for i in range(count):
        name = f"{rng.choice(NAMES)} {i}"
        org = rng.choice([1, 2, 3, None])
        rows.append((i + 1, name, org, "", "identified", "", 0))
    return rows


def fresh(rows: list[Raw], text: str) -> list[int]:
    words = text.casefold().split()
    return sorted(r[0] for r in rows if all(w in key(r) for w in words))


def test_typing_and_backspacing_match_a_fresh_filter(qapp) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(500)
    model = ContactsTableModel(FakeSource(rows))
    model.load()
    typed = "ana silva hel"
    sequence = [typed[:n] for n in range(1, len(typed) + 1)]
    sequence += list(reversed(sequence))[1:] + ["", "silva", "silva ana", "ana", "quanta", ""]
    for text in sequence:
        model.set_filter(text)
        assert sorted(model.visible_ids()) == fresh(rows, text), text


def test_changes_to_rows_drop_cached_results(qapp) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(make_rows(50))
    model = ContactsTableModel(source)
    model.load()
    model.set_filter("kwame")
    before = set(model.visible_ids())
    model.set_filter("")
    source.rows.append((999, "Kwame Newperson", None, "", "identified", "", 0))
    model.refresh([999])
    model.set_filter("kwame")
    assert set(model.visible_ids()) == before | {999}
    model.remove_ids([999])
    model.set_filter("")
    model.set_filter("kwame")
    assert set(model.visible_ids()) == before


def test_search_texts_are_read_once_and_only_when_needed(qapp) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(make_rows(20))
    model = ContactsTableModel(source)
    model.load()
    assert model.rowCount() == 20 and not model.search_ready() and source.search_reads == 0
    model.set_filter("ana")  # typed before the deferred read ran: read now, then filter
    assert source.search_reads == 1 and model.visible_ids()
    model.set_filter("anab")
    model.ensure_search()
    assert source.search_reads == 1
    model.load()  # a reload while a filter is set keeps filtering correctly
    assert sorted(model.visible_ids()) == fresh(source.rows, "anab")


def test_next_step_words_sort_chats_first_then_tasks_then_the_stage(qapp) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    rows: list[Raw] = [
        (1, "Ana", 2, "", "replied", "", 0),
        (2, "Ben", None, "", "identified", "", 1),
        (3, "Cleo", 1, "", "scheduled", "", 0),
    ]
    source = FakeSource(rows)
    when = dt.datetime(2026, 11, 24, 14, 0, tzinfo=dt.timezone.utc).astimezone()
    source.steps = {2: NextStep(None, "Nudge Ben", True), 3: NextStep(when, "", False)}
    model = ContactsTableModel(source)
    model.load()
    model.sort(5)
    texts = [model.index(r, 5).data() for r in range(3)]
    assert texts[0].startswith("Chat ") and texts[1:] == ["⚑ Nudge Ben", "Schedule a chat"]
    assert model.index(1, 0).data() == "Ben ★"
    assert model.index(2, 3).data() == "Replied"
    assert [model.index(r, 1).data() for r in range(3)] == ["Helix Bio", "", "Quanta"]
    model.sort(1)  # by organisation name, not by its id
    assert [model.index(r, 1).data() for r in range(3)] == ["", "Helix Bio", "Quanta"]


def test_sorting_keeps_the_selection_on_the_same_contacts(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtWidgets import QTableView

    model = ContactsTableModel(FakeSource(make_rows(30)))
    model.load()
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    chosen = model.id_at(3)
    table.selectionModel().setCurrentIndex(
        model.index(3, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    current = table.selectionModel().currentIndex()
    assert current.row() != 3 and model.id_at(current.row()) == chosen
    assert [model.id_at(i.row()) for i in table.selectionModel().selectedRows()] == [chosen]


def test_row_of_id_before_and_after_the_id_index_is_built(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ContactsTableModel(FakeSource(make_rows(40)))
    model.load()
    last = model.id_at(39)
    assert model.row_of_id(model.id_at(0)) == 0 and model.row_of_id(last) == 39
    assert model.row_of_id(12345) == -1
    model.set_filter("kwame")  # builds the id index (the search texts are aligned by id)
    shown = model.visible_ids()
    assert [model.row_of_id(cid) for cid in shown] == list(range(len(shown)))
    assert model.row_of_id(12345) == -1


def test_people_for_pickers_are_kept_until_the_rows_change(qapp) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(make_rows(5))
    model = ContactsTableModel(source)
    model.load()
    first = model.people()
    assert model.people() is first  # a picker opening again reads nothing
    assert [p[1] for p in first] == sorted((r[1] for r in source.rows), key=str.casefold)
    source.rows.append((77, "Zoe New", 2, "", "identified", "", 0))
    model.refresh([77])
    assert (77, "Zoe New", "Quanta") in model.people()
    model.remove_ids([77])
    assert all(p[0] != 77 for p in model.people())
    source.rows.pop()
    source.rows[0] = (source.rows[0][0], "Aaron Renamed", None, "", "identified", "", 0)
    model.load()
    assert model.people()[0][1] == "Aaron Renamed"


def test_people_survive_a_refresh_that_changes_no_name_or_organisation(qapp) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(make_rows(5))
    model = ContactsTableModel(source)
    model.load()
    first = model.people()
    row = source.rows[2]
    source.rows[2] = (row[0], row[1], row[2], "Director", "held", "2026-01-02", 1)
    model.refresh([row[0]])  # a chat moved: stage and last contact change, the name does not
    assert model.people() is first
    source.rows[2] = (row[0], "Zed Renamed", row[2], "", "held", "", 0)
    model.refresh([row[0]])
    assert model.people() is not first
    assert model.people()[-1] == (row[0], "Zed Renamed", ORGANISATIONS.get(row[2], "") if row[2] else "")
    kept = model.people()
    moved = 1 if source.rows[2][2] != 1 else 2
    source.rows[2] = (row[0], "Zed Renamed", moved, "", "held", "", 0)
    model.refresh([row[0]])  # a new organisation: the label changes
    assert model.people() is not kept
    assert (row[0], "Zed Renamed", ORGANISATIONS[moved]) in model.people()


def test_sorting_back_to_a_column_reuses_its_order_until_the_rows_change(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    source = FakeSource(make_rows(30))
    model = ContactsTableModel(source)
    model.load()

    def names() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    model.sort(0, Qt.SortOrder.AscendingOrder)
    by_name = names()
    assert by_name == sorted(by_name, key=str.casefold)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names() == by_name[::-1]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert names() == by_name
    first_id = model.id_at(0)
    source.rows = [(r[0], "Zz last" if r[0] == first_id else r[1], *r[2:]) for r in source.rows]
    model.refresh([first_id])
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # re-sorted: the renamed row moved to the end
    assert names()[-1] == "Zz last" and model.id_at(model.rowCount() - 1) == first_id


def test_refresh_drops_contacts_that_are_no_longer_stored(qapp) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(make_rows(6))
    model = ContactsTableModel(source)
    model.load()
    model.ensure_search()
    gone = source.rows.pop(2)[0]
    kept = source.rows[0][0]
    assert model.refresh([gone, kept]) == [gone]
    assert gone not in model.visible_ids() and model.total_count() == 5
    model.set_filter(source.rows[3][1].split()[0])  # search texts still line up with the rows
    assert source.rows[3][0] in model.visible_ids()


def test_rows_read_on_a_worker_show_in_the_same_order_as_rows_read_here(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from infointerview.ui.contacts_model import read_table

    rows = make_rows(300) + [(301, "ana silva 5", 1, "", "identified", "", 0),
                             (302, "ANA SILVA 5", 2, "", "identified", "", 0)]
    random.Random(3).shuffle(rows)
    here, swapped = ContactsTableModel(FakeSource(rows)), ContactsTableModel(FakeSource(rows))
    here.load()
    swapped.load_read(read_table(FakeSource(rows)))  # sorted by name on the worker
    assert swapped.visible_ids() == here.visible_ids()
    for model in (here, swapped):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert swapped.visible_ids() == here.visible_ids()
    for model in (here, swapped):
        model.sort(1, Qt.SortOrder.AscendingOrder)
    assert swapped.visible_ids() == here.visible_ids()


def test_word_masks_are_forgotten_when_a_row_changes(qapp) -> None:  # type: ignore[no-untyped-def]
    """The masks kept for backspacing are over the texts as they were: a row changed
    in place must not be served from them."""
    rows = make_rows(300)
    model = ContactsTableModel(FakeSource(rows))
    model.load()
    model.ensure_search()
    model.set_filter("quanta")
    model.set_filter("")
    at = next(i for i, r in enumerate(rows) if r[2] != 2)  # somebody not at Quanta
    rows[at] = (rows[at][0], rows[at][1], 2, "", "identified", "", 0)  # moves to Quanta
    model.refresh([rows[at][0]])
    model.set_filter("quanta")  # the same word again, over all rows
    assert rows[at][0] in model.visible_ids()
    assert sorted(model.visible_ids()) == fresh(rows, "quanta")
