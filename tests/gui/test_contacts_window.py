"""Drive the real contacts view: type, click, use the keyboard, read the table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from infointerview.domain.contacts import ContactDraft
from infointerview.services.session import open_session


def show_contacts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Click 'Contacts' in the sidebar (the window opens on Today when there is data)."""
    sidebar = window.sidebar
    item = sidebar.findItems("Contacts", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(item).center())
    assert window.pages.currentWidget() is window.contacts


def table_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.contacts.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def add_through_editor(qtbot, window, first: str, last: str = "", org: str = "", **extra: str):  # type: ignore[no-untyped-def]
    view = window.contacts
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.contact_id is None
    qtbot.keyClicks(view.editor.first_name, first)
    if last:
        qtbot.keyClicks(view.editor.last_name, last)
    if org:
        qtbot.keyClicks(view.editor.organisation, org)
    for field, text in extra.items():
        qtbot.keyClicks(getattr(view.editor, field), text)
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)


def seed(data_dir: Path, names: list[tuple[str, str, str]]) -> None:
    session = open_session(data_dir)
    for first, last, org in names:
        session.contacts.create(ContactDraft(first_name=first, last_name=last, organisation=org))
    session.close()


def test_empty_database_shows_the_empty_state(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = window.contacts
    assert view.stack.currentWidget() is view.empty
    assert view.empty_add.isVisible() and view.empty_sample.isVisible()


def test_add_a_contact_with_the_keyboard_and_find_it_after_restart(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    add_through_editor(qtbot, window, "Ana", "Silva", "Helix Bio")
    assert table_names(window) == ["Ana Silva"]
    assert window.contacts.count_label.text() == "1 contact"
    window.close()

    again = make_window()
    assert table_names(again) == ["Ana Silva"]
    assert again.contacts.editor.organisation.text() == "Helix Bio"


def test_search_narrows_and_widens_as_you_type(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(
        data_dir,
        [("Ana", "Silva", "Helix Bio"), ("Kwame", "Mensah", "Quanta"), ("Priya", "Nair", "Helix Bio")],
    )
    window = make_window()
    show_contacts(qtbot, window)
    view = window.contacts
    qtbot.keyClicks(view.search, "helix")
    assert sorted(table_names(window)) == ["Ana Silva", "Priya Nair"]
    qtbot.keyClicks(view.search, " pri")
    assert table_names(window) == ["Priya Nair"]
    assert view.count_label.text() == "1 of 3"
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    assert sorted(table_names(window)) == ["Ana Silva", "Priya Nair"]
    view.search.clear()
    assert len(table_names(window)) == 3
    qtbot.keyClicks(view.search, "zzz")
    assert view.stack.currentWidget() is view.no_match
    assert "zzz" in view.no_match.text()


def test_clicking_headers_sorts(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, [("Cleo", "", "Beta"), ("Ana", "", "Gamma"), ("Ben", "", "Alpha")])
    window = make_window()
    show_contacts(qtbot, window)
    view = window.contacts
    header = view.table.horizontalHeader()
    assert table_names(window) == ["Ana", "Ben", "Cleo"]
    x = header.sectionPosition(1) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert table_names(window) == ["Ben", "Cleo", "Ana"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert table_names(window) == ["Ana", "Cleo", "Ben"]


def test_invalid_email_is_explained_next_to_the_field_and_not_saved(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    add_through_editor(qtbot, window, "Ana", email="ana-at-helix")
    editor = window.contacts.editor
    assert editor.errors["email"].isVisible()
    assert "email" in editor.errors["email"].text()
    assert "Not saved" in editor.status.text()
    assert table_names(window) == []
    editor.email.clear()
    qtbot.keyClicks(editor.email, "ana@helix.example")
    qtbot.keyClick(editor.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert table_names(window) == ["Ana"]
    assert not editor.errors["email"].isVisible()


def test_a_name_is_required(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = window.contacts
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor.organisation, "Helix Bio")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert "name is required" in view.editor.errors["first_name"].text()
    assert table_names(window) == []


def test_edit_saves_and_undo_redo_restore(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, [("Ana", "Silva", "Helix Bio")])
    window = make_window()
    show_contacts(qtbot, window)
    editor = window.contacts.editor
    assert editor.first_name.text() == "Ana"
    qtbot.mouseClick(editor.job_title, Qt.MouseButton.LeftButton)
    editor.job_title.clear()
    qtbot.keyClicks(editor.job_title, "Head of Data")
    qtbot.keyClick(editor.job_title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    model = window.contacts.model
    assert model.index(0, 2).data() == "Head of Data"
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.index(0, 2).data() == ""
    assert editor.job_title.text() == ""
    window.undo_stack.redo()
    assert model.index(0, 2).data() == "Head of Data"


def test_delete_key_removes_and_ctrl_z_brings_back(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, [("Ana", "", ""), ("Ben", "", "")])
    window = make_window()
    show_contacts(qtbot, window)
    view = window.contacts
    view.table.setFocus()
    view.select_contact(view.model.id_at(0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert table_names(window) == ["Ben"]
    assert "Undo" in window.statusBar().currentMessage()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(table_names(window)) == ["Ana", "Ben"]


def test_switching_rows_saves_pending_edits(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, [("Ana", "", ""), ("Ben", "", "")])
    window = make_window()
    show_contacts(qtbot, window)
    view = window.contacts
    assert view.editor.first_name.text() == "Ana"
    qtbot.keyClicks(view.editor.notes, "Met at the alumni dinner")
    view.select_contact(view.model.id_at(1))
    assert view.editor.first_name.text() == "Ben"
    ana = view.model.id_at(0)
    assert view._service.draft(ana).notes == "Met at the alumni dinner"


def test_invalid_edits_keep_you_on_the_contact(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, [("Ana", "", ""), ("Ben", "", "")])
    window = make_window()
    show_contacts(qtbot, window)
    view = window.contacts
    qtbot.keyClicks(view.editor.email, "broken@")
    view.select_contact(view.model.id_at(1))
    qtbot.waitUntil(lambda: view.table.currentIndex().row() == 0, timeout=2000)
    assert view.editor.first_name.text() == "Ana"
    assert view.editor.errors["email"].isVisible()


def test_referred_by_picker_links_contacts(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, [("Ana", "Silva", "Helix Bio")])
    window = make_window()
    show_contacts(qtbot, window)
    add_through_editor(qtbot, window, "Ben", referred_by="ana silva")
    editor = window.contacts.editor
    assert "Ana Silva" in editor.chain_label.text()
    ben = editor.contact_id
    assert ben is not None
    assert window.session.contacts.draft(ben).referred_by_id == window.contacts.model.id_at(0)


def test_unknown_referrer_is_explained(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    add_through_editor(qtbot, window, "Ben", referred_by="Nobody Known")
    assert window.contacts.editor.errors["referred_by_id"].isVisible()
    assert table_names(window) == []


def test_html_looking_name_is_shown_literally(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    add_through_editor(qtbot, window, "<b>Ann</b>", "=1+2")
    editor = window.contacts.editor
    assert editor.heading.textFormat() == Qt.TextFormat.PlainText
    assert editor.heading.text() == "<b>Ann</b> =1+2"
    assert table_names(window) == ["<b>Ann</b> =1+2"]
    for label in window.findChildren(QLabel):
        if "<b>Ann" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_window_layout_is_remembered(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    header = window.contacts.table.horizontalHeader()
    header.resizeSection(1, 233)
    window.close()
    assert (data_dir / "window.ini").exists()
    again = make_window()
    assert again.contacts.table.horizontalHeader().sectionSize(1) == 233
    assert again.settings.value("window/geometry") is not None


def test_tab_walks_the_form_in_reading_order(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    editor = window.contacts.editor
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    order = [editor.first_name, editor.last_name, editor.organisation, editor.job_title,
             editor.email, editor.phone, editor.linkedin_url]
    assert editor.first_name.hasFocus()
    for current, following in zip(order, order[1:], strict=False):
        assert current.hasFocus()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        assert following.hasFocus(), f"Tab from {current.objectName() or current} went elsewhere"
