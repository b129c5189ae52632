"""The search texts read on a worker thread: a keystroke typed before they arrive
shows what the names match, and once they arrive the table shows exactly what a
plain scan over them finds, whatever happened to the rows meanwhile. The pickers'
choices and labels made a slice at a time equal the ones made at once."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from infointerview.domain.contacts import search_key
from infointerview.ui import contacts_model
from infointerview.ui.contacts_model import (
    ContactsTableModel,
    people_by_name,
    people_steps,
)
from infointerview.ui.widgets import contact_picker
from infointerview.ui.widgets.sliced_work import finish, run_sliced
from tests.gui.test_contacts_model import ORGANISATIONS, FakeSource, Raw, fresh, make_rows
from tests.gui.test_contacts_window import seed, show_contacts, table_names


class GatedSource(FakeSource):
    """A source whose full read (on the worker thread) waits until ``release()``."""

    def __init__(self, rows: list[Raw]) -> None:
        super().__init__(rows)
        self.gate = threading.Event()

    def search_texts(self, ids: Sequence[int] | None = None) -> list[tuple[int, str]]:
        if ids is None and threading.get_ident() != threading.main_thread().ident:
            self.gate.wait(10)
        return super().search_texts(ids)

    def release(self) -> None:
        self.gate.set()


def by_names(rows: list[Raw], text: str) -> list[int]:
    """What a scan over the names alone finds (before the texts arrive)."""
    words = text.casefold().split()
    return sorted(r[0] for r in rows if all(w in r[1].casefold() for w in words))


@pytest.fixture
def in_background(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read on a worker thread (or a page at a time) however small the table."""
    monkeypatch.setattr(contacts_model, "READ_AT_ONCE_ROWS", 0)
    monkeypatch.setattr(contacts_model, "SEARCH_PAGE_ROWS", 20)


def pending_model(rows: list[Raw]) -> tuple[ContactsTableModel, GatedSource]:
    source = GatedSource(rows)
    model = ContactsTableModel(source)
    model.load()
    model.ensure_search_soon()
    assert model.search_pending() and not model.search_ready()
    return model, source


@pytest.mark.parametrize(
    "typed",
    ["ana", "helix", "ana helix", "silva", "quanta 1", "zzz", "s", "ana silva 2"],
)
def test_typing_before_the_texts_arrive_then_refined(qtbot, in_background, typed: str) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(300)
    model, source = pending_model(rows)
    for n in range(1, len(typed) + 1):
        model.set_filter(typed[:n])
        assert sorted(model.visible_ids()) == by_names(rows, typed[:n])
        assert set(model.visible_ids()) <= set(fresh(rows, typed[:n]))
    refined: list[bool] = []
    model.refined.connect(lambda: refined.append(True))
    source.release()
    qtbot.waitUntil(lambda: refined == [True], timeout=5000)  # the table was told once
    assert model.search_ready()
    assert sorted(model.visible_ids()) == fresh(rows, typed)
    model.set_filter(typed[:-1])  # typing on after they came: exact too
    assert sorted(model.visible_ids()) == fresh(rows, typed[:-1])


def test_rows_changed_while_the_texts_are_read(qtbot, in_background) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(200)
    model, source = pending_model(rows)
    model.set_filter("helix")
    rows[5] = (rows[5][0], "Zed Moved", 1, "", "identified", "", 0)  # now at Helix Bio
    rows.append((999, "New Person", 1, "", "identified", "", 0))
    model.refresh([rows[5][0], 999])
    gone = rows.pop(7)
    model.remove_ids([gone[0]])  # positions shift: the read is started again
    source.release()
    qtbot.waitUntil(model.search_ready, timeout=5000)
    assert sorted(model.visible_ids()) == fresh(rows, "helix")
    assert rows[5][0] in model.visible_ids() and 999 in model.visible_ids()


def test_a_reload_while_reading_reads_again(qtbot, in_background) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(100)
    model, source = pending_model(rows)
    source.rows = rows = make_rows(150)
    model.load()  # the texts on their way belong to the rows before
    source.release()
    qtbot.waitUntil(model.search_ready, timeout=5000)
    model.set_filter("quanta")
    assert sorted(model.visible_ids()) == fresh(rows, "quanta")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(st.text(alphabet="aAbBéÉßs ", min_size=1, max_size=8), min_size=1, max_size=40),
    typed=st.text(alphabet="abéßs ", max_size=6),
    arrive_at=st.integers(min_value=0, max_value=7),
)
def test_any_typing_ends_as_a_plain_scan(qtbot, in_background, names, typed, arrive_at) -> None:  # type: ignore[no-untyped-def]
    rows: list[Raw] = [(i + 1, name, (i % 4) or None, "", "identified", "", 0)
                       for i, name in enumerate(names)]
    model, source = pending_model(rows)
    for n in range(len(typed) + 1):
        if n == arrive_at:
            source.release()
            qtbot.waitUntil(model.search_ready, timeout=5000)
        model.set_filter(typed[:n])
        shown = sorted(model.visible_ids())
        if model.search_ready():
            assert shown == fresh(rows, typed[:n])
        else:
            assert shown == by_names(rows, typed[:n])
    source.release()
    qtbot.waitUntil(model.search_ready, timeout=5000)
    assert sorted(model.visible_ids()) == fresh(rows, typed)


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.text(alphabet="aAbBéÉßs ", max_size=6), max_size=60),
    chunk=st.integers(min_value=1, max_value=9),
)
def test_people_made_in_slices_equal_people_made_at_once(names, chunk) -> None:  # type: ignore[no-untyped-def]
    rows: list[Raw] = [(i + 1, name, (i % 4) or None, "", "identified", "", 0)
                       for i, name in enumerate(names)]
    people = finish(people_steps(rows, ORGANISATIONS, chunk))
    assert people == people_by_name(rows, ORGANISATIONS)
    parts = finish(contact_picker.picker_parts_steps(people, chunk))
    eager = contact_picker._Lookups(people)
    assert parts.labels == eager._labels
    assert parts.ids == eager.ids and list(parts.ids) == list(eager.ids)
    assert parts.by_id == eager.by_id
    assert parts.strings == eager.model.stringList()


def test_sliced_work_runs_on_the_event_loop(qtbot) -> None:  # type: ignore[no-untyped-def]
    ran: list[int] = []

    def steps():  # type: ignore[no-untyped-def]
        for i in range(5):
            ran.append(i)
            yield
        return "done"

    got: list[str] = []
    run_sliced(steps(), None, got.append)
    assert ran == []  # nothing before the event loop turns
    qtbot.waitUntil(lambda: got == ["done"], timeout=5000)
    assert ran == [0, 1, 2, 3, 4]


def test_pickers_prepared_after_start_up_offer_everyone(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, [("Ana", "Silva", "Helix Bio"), ("Kwame", "Mensah", ""), ("ana", "Bello", "")])
    window = make_window()
    model = window.contacts.model
    qtbot.waitUntil(lambda: model._people is not None and contact_picker._shared is not None
                    and contact_picker._shared.choices is model._people, timeout=5000)
    picker = contact_picker.ContactPicker(model.people())
    qtbot.addWidget(picker)
    strings = picker.completer().model().stringList()
    assert strings == ["ana Bello", "Ana Silva — Helix Bio", "Kwame Mensah"]  # by name
    assert picker.label_for(model.people()[2][0]) == "Kwame Mensah"


def test_typing_in_the_window_before_the_texts_arrive(qtbot, make_window, data_dir: Path, in_background) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, [("Ana", "Silva", "Helix Bio"), ("Kwame", "Mensah", "Quanta"),
                    ("Priya", "Nair", "Helix Bio")])
    window = make_window()
    show_contacts(qtbot, window)
    view = window.contacts
    view.model.load()  # read again: the texts come later, on a worker thread
    view.model.ensure_search_soon()
    qtbot.keyClicks(view.search, "helix")  # an organisation: not in the names
    qtbot.waitUntil(lambda: sorted(table_names(window)) == ["Ana Silva", "Priya Nair"],
                    timeout=5000)
    qtbot.waitUntil(lambda: view.count_label.text() == "2 of 3", timeout=5000)
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    assert sorted(table_names(window)) == ["Ana Silva", "Priya Nair"]


def test_a_keystroke_before_the_read_was_asked_for_starts_it(qtbot, in_background) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(200)
    model = ContactsTableModel(FakeSource(rows))
    model.load()
    model.set_filter("helix ana")  # typed before the window's deferred start asked
    assert not model.search_ready()
    assert sorted(model.visible_ids()) == by_names(rows, "helix ana")
    qtbot.waitUntil(model.search_ready, timeout=5000)
    assert sorted(model.visible_ids()) == fresh(rows, "helix ana")


class PagedSource(FakeSource):
    """Serves the texts a page at a time, as ``ContactService.search_text_pages`` does;
    ``during`` runs before the third page (a change arriving mid-read)."""

    def __init__(self, rows: list[Raw], during: object = None) -> None:
        super().__init__(rows)
        self.during = during
        self.pages_read = 0

    def search_text_pages(self, page: int = 20):  # type: ignore[no-untyped-def]
        after = 0
        while True:
            part = sorted((r for r in self.rows if r[0] > after), key=lambda r: r[0])[:page]
            if not part:
                return
            if self.pages_read == 2 and callable(self.during):
                self.during()
            self.pages_read += 1
            yield [r[0] for r in part], [search_key(r[1], ORGANISATIONS.get(r[2]) if r[2] else "")
                                         for r in part]
            after = part[-1][0]


def test_the_texts_are_read_a_page_per_slice_on_the_window_thread(qtbot, in_background) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(300)
    source = PagedSource(rows)
    model = ContactsTableModel(source)
    model.load()
    model.ensure_search_soon()
    assert model.search_pending() and source.pages_read == 0  # nothing read yet: it is sliced
    model.set_filter("helix")
    assert sorted(model.visible_ids()) == by_names(rows, "helix")  # the names meanwhile
    qtbot.waitUntil(model.search_ready, timeout=5000)
    assert source.pages_read == 15 and source.search_reads == 0  # pages only, no full read
    assert sorted(model.visible_ids()) == fresh(rows, "helix")


def test_a_change_during_the_paged_read_is_in_the_texts(qtbot, in_background) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(200)
    model: ContactsTableModel

    def move_to_helix() -> None:  # a contact already read moves to Helix Bio
        rows[3] = (rows[3][0], "Zed Moved", 1, "", "identified", "", 0)
        model.refresh([rows[3][0]])

    source = PagedSource(rows, move_to_helix)
    model = ContactsTableModel(source)
    model.load()
    model.set_filter("helix")
    model.ensure_search_soon()
    qtbot.waitUntil(model.search_ready, timeout=5000)
    assert rows[3][0] in model.visible_ids()
    assert sorted(model.visible_ids()) == fresh(rows, "helix")


def test_the_rows_shown_keep_the_table_order_when_most_rows_match(qapp) -> None:  # type: ignore[no-untyped-def]
    rows = make_rows(400)
    model = ContactsTableModel(FakeSource(rows))
    model.load()
    model.ensure_search()
    everyone = model.visible_ids()
    for text in ("a", "s", "an il", "a 1"):
        model.set_filter(text)
        shown = model.visible_ids()
        assert shown == [cid for cid in everyone if cid in set(fresh(rows, text))], text


def test_one_step_a_turn_when_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """``slice_s=0`` runs exactly one step per turn of the event loop (the paged
    search read: a keystroke waits for one page at most)."""
    from PySide6.QtCore import QCoreApplication

    taken: list[int] = []

    def steps():  # type: ignore[no-untyped-def]
        for n in range(5):
            taken.append(n)
            yield
        return "done"

    got: list[str] = []
    run_sliced(steps(), None, got.append, slice_s=0)
    assert taken == []
    QCoreApplication.processEvents()
    assert taken == [0]
    qtbot.waitUntil(lambda: got == ["done"], timeout=2000)
    assert taken == [0, 1, 2, 3, 4]
