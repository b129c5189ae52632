"""The Questions area and the "Add from bank…" picker, driven through real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication

from infointerview.domain.questions import REFERRAL_QUESTION
from infointerview.services.session import open_session
from infointerview.store.models import Chat, Contact, QuestionTemplate, utcnow
from infointerview.ui.question_picker import QuestionPickerDialog


def seed_chat(data_dir) -> int:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    try:
        contact = Contact.create(first_name="Ana", last_name="Silva")
        return int(Chat.create(contact=contact, start_at=utcnow() + dt.timedelta(days=1)).id)
    finally:
        session.close()


def test_bank_area_add_move_retire_rename(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = window.question_bank
    window.sidebar.setCurrentRow(window.pages.indexOf(view))
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() >= 8)
    first = view.tree.topLevelItem(0)
    assert first.text(0) == "Background and path"
    # add to the selected family
    view.tree.setCurrentItem(first)
    qtbot.keyClicks(view.question_field, "What would you tell your younger self?")
    qtbot.keyClick(view.question_field, Qt.Key.Key_Return)
    first = view.tree.topLevelItem(0)
    last = first.child(first.childCount() - 1)
    assert last.text(0) == "What would you tell your younger self?"
    assert view.tree.currentItem().text(0) == last.text(0)
    # Alt+Up moves it, Delete retires it (greyed, labelled), Delete again restores it
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    first = view.tree.topLevelItem(0)
    assert first.child(first.childCount() - 2).text(0) == "What would you tell your younger self?"
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert view.tree.currentItem().text(0).endswith("(retired)")
    assert view.retire_button.text() == "Restore"
    assert QuestionTemplate.get(QuestionTemplate.text.startswith("What would you tell")).retired
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert not QuestionTemplate.get(QuestionTemplate.text.startswith("What would you tell")).retired
    # a family moves with Alt+Down and is renamed in place
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.tree.topLevelItem(1).text(0) == "Background and path"
    item = view.tree.topLevelItem(1)
    view.tree.setCurrentItem(item)
    qtbot.keyClick(view.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Your path")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tree.topLevelItem(1).text(0) == "Your path")
    assert QuestionTemplate.select().where(QuestionTemplate.family == "Your path").count() >= 6


def test_add_from_bank_dialog_filters_and_adds(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    seed_chat(data_dir)
    window = make_window()
    window.open_chat(window.chat_page.picker.itemData(0) or Chat.select().first().id)
    page = window.chat_page

    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QuestionPickerDialog)
        try:
            seen.append(f"enabled={dialog.add_button.isEnabled()}")
            qtbot.keyClicks(dialog.search, "typical week")
            visible = [c for c in dialog._children() if not c.isHidden()]
            seen.extend(c.text(0) for c in visible)
            visible[0].setCheckState(0, Qt.CheckState.Checked)
            seen.append(dialog.count_label.text())
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # never leave a modal dialog blocking the test
                dialog.reject()

    QTimer.singleShot(0, drive)
    page.bank_button.click()
    assert seen == ["enabled=False",
                    "What does a busy week look like compared with a quiet one?",
                    "1 question selected"]
    assert [page.questions.item(i).text() for i in range(page.questions.count())] == [
        "What does a busy week look like compared with a quiet one?", REFERRAL_QUESTION]


def test_drag_reorder_keeps_the_referral_question_last(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    chat_id = seed_chat(data_dir)
    window = make_window()
    window.open_chat(chat_id)
    page = window.chat_page
    for text in ("First?", "Second?"):
        qtbot.keyClicks(page.new_question, text)
        qtbot.keyClick(page.new_question, Qt.Key.Key_Return)
    model = page.questions.model()
    # what a drop does: move the referral question (row 2) to the top
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(
        lambda: [page.questions.item(i).text() for i in range(3)]
        == ["First?", "Second?", REFERRAL_QUESTION]
    )
    assert model.moveRow(QModelIndex(), 1, QModelIndex(), 0)
    qtbot.waitUntil(
        lambda: [page.questions.item(i).text() for i in range(3)]
        == ["Second?", "First?", REFERRAL_QUESTION]
    )
