"""After a bulk write (an import, its undo, a restore) the Contacts table reads every
contact on a worker and then shows them at once; edits made while it reads are shown
too, and a failed read falls back to reading on the window's thread."""

from __future__ import annotations

import dataclasses
import threading

import pytest

import infointerview.ui.contacts_view as contacts_view
from infointerview.domain.contacts import ContactDraft
from infointerview.services.contacts import ContactService
from infointerview.services.events import ChangeBus


def names(view) -> set[str]:  # type: ignore[no-untyped-def]
    model = view.model
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def test_a_bulk_change_shows_every_contact_and_the_edits_made_while_reading(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    view, contacts = window.contacts, window.session.contacts
    first = contacts.create(ContactDraft(first_name="Ada", last_name="One"))
    qtbot.waitUntil(lambda: view.model.total_count() == 1)
    # written on the side, as an import does on its own connection: nobody is told
    quiet = ContactService(window.session.db, ChangeBus())
    for name in ("Bea", "Cy", "Dee"):
        quiet.create(ContactDraft(first_name=name, last_name="Bulk"))
    read_done, release = threading.Event(), threading.Event()
    real_read = contacts_view.read_table

    def held_read(source):  # type: ignore[no-untyped-def]
        read = real_read(source)
        read_done.set()
        release.wait(10)
        return read  # read before the edit below

    monkeypatch.setattr(contacts_view, "read_table", held_read)
    contacts.changed_in_bulk()
    assert view.reading() and view.model.total_count() == 1  # the window did not wait
    qtbot.waitUntil(read_done.is_set)
    contacts.update(first, dataclasses.replace(contacts.draft(first), first_name="Ada-Renamed"))
    assert names(view) == {"Ada-Renamed One"}
    release.set()
    qtbot.waitUntil(lambda: not view.reading())
    assert names(view) == {"Ada-Renamed One", "Bea Bulk", "Cy Bulk", "Dee Bulk"}
    assert view.count_label.text() == "4 contacts"
    view.search.setText("bulk")  # the search texts came with the read
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)


def test_a_failed_background_read_reads_on_the_window_thread(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    view = window.contacts
    ContactService(window.session.db, ChangeBus()).create(ContactDraft(first_name="Eve"))

    def broken(source):  # type: ignore[no-untyped-def]
        raise OSError("disk busy")

    monkeypatch.setattr(contacts_view, "read_table", broken)
    window.session.contacts.changed_in_bulk()
    qtbot.waitUntil(lambda: not view.reading())
    assert names(view) == {"Eve"}
