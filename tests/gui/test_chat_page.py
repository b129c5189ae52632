"""The Chat area in the real main window: prep editing, inline warnings, reorder, search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_fixtures import seed_chat, show_chat_area

from infointerview.domain.questions import REFERRAL_QUESTION
from infointerview.store.models import Chat
from infointerview.ui.prep_questions import QuestionIdRole


def texts(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.questions.item(i).text() for i in range(page.questions.count())]


def test_no_chats_shows_where_they_come_from(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    page = show_chat_area(qtbot, make_window())
    assert page.stack.currentWidget() is page.empty_page
    assert "scheduled from a contact" in page.empty_label.text()
    assert not page.start_button.isEnabled()


def test_header_and_picker(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    later = seed_chat(data_dir, first="Bea", days=3)
    soon = seed_chat(data_dir, mode="coffee", first="Ana", days=1, place="Kiln Coffee")
    window = make_window()
    page = show_chat_area(qtbot, window)
    assert page.chat_id == soon  # the next upcoming chat opens first
    assert "Ana Silva" in page.title_label.text()
    assert page.subtitle_label.text().startswith("Lab manager · Helix Bio · Coffee: Kiln Coffee")
    assert page.check_route.isVisible()  # in person: route and parking
    assert texts(page) == [REFERRAL_QUESTION]
    page.picker.setCurrentIndex(page.picker.findData(later))
    page.picker.activated.emit(page.picker.currentIndex())
    assert page.chat_id == later and "Bea Silva" in page.title_label.text()
    assert not page.check_route.isVisible()  # a video call needs no parking


def test_typing_a_closed_question_warns_inline(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    seed_chat(data_dir)
    page = show_chat_area(qtbot, make_window())
    qtbot.mouseClick(page.new_question, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.new_question, "Do you enjoy your job?")
    assert page.new_warning.isVisible()
    assert page.new_warning.text().startswith("Yes/no question: Starts with 'Do'")
    assert "Try: What do you enjoy about your job?" in page.new_warning.text()
    qtbot.keyClick(page.new_question, Qt.Key.Key_Return)
    assert texts(page) == ["Do you enjoy your job?", REFERRAL_QUESTION]
    assert page.new_question.text() == "" and not page.new_warning.isVisible()
    # the added question is selected and its warning shows under the list, not in a pop-up
    assert page.questions.currentRow() == 0
    assert page.question_warning.isVisible() and "Starts with 'Do'" in page.question_warning.text()
    assert page.closed_summary.text() == "1 question invites a yes/no answer"
    assert page.questions.item(0).toolTip().startswith("Yes/no question")
    qtbot.mouseClick(page.use_suggestion, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.closed_summary.text() == "All questions are open")
    assert texts(page)[0] == "What do you enjoy about your job?"


def test_keyboard_reorder_edit_and_delete(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    seed_chat(data_dir)
    page = show_chat_area(qtbot, make_window())
    for text in ("How did you start?", "What is hard?"):
        qtbot.keyClicks(page.new_question, text)
        qtbot.keyClick(page.new_question, Qt.Key.Key_Return)
    assert texts(page) == ["How did you start?", "What is hard?", REFERRAL_QUESTION]
    page.questions.setFocus()
    page.questions.setCurrentRow(1)
    qtbot.keyClick(page.questions, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(page) == ["What is hard?", "How did you start?", REFERRAL_QUESTION]
    assert page.questions.currentRow() == 0
    # the referral question stays last
    page.questions.setCurrentRow(1)
    qtbot.keyClick(page.questions, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(page)[-1] == REFERRAL_QUESTION
    # F2 edits in place
    page.questions.setCurrentRow(0)
    qtbot.keyClick(page.questions, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "What is hardest?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: texts(page)[0] == "What is hardest?")
    # Delete removes; the referral question cannot be deleted
    page.questions.setFocus()
    page.questions.setCurrentRow(0)
    qtbot.keyClick(page.questions, Qt.Key.Key_Delete)
    assert texts(page) == ["How did you start?", REFERRAL_QUESTION]
    page.questions.setCurrentRow(1)
    qtbot.keyClick(page.questions, Qt.Key.Key_Delete)
    assert texts(page) == ["How did you start?", REFERRAL_QUESTION]
    assert "referral question" in page.window().statusBar().currentMessage()
    # removing a question can be undone, with its place and answer notes
    window = page.window()
    page._prep.set_answer(page.questions.item(0).data(QuestionIdRole), "Through a fellowship")
    page.questions.setCurrentRow(0)
    qtbot.keyClick(page.questions, Qt.Key.Key_Delete)
    assert texts(page) == [REFERRAL_QUESTION]
    window.undo_stack.undo()
    assert texts(page) == ["How did you start?", REFERRAL_QUESTION]
    restored = page._prep.questions(page.chat_id)[0]
    assert restored.answer_notes == "Through a fellowship"
    window.undo_stack.redo()
    assert texts(page) == [REFERRAL_QUESTION]


def test_pitch_word_count_and_autosave(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    chat_id = seed_chat(data_dir)
    other = seed_chat(data_dir, first="Bea", days=2)
    page = show_chat_area(qtbot, make_window())
    assert page.pitch_verdict.text().startswith("Write a few sentences")
    qtbot.mouseClick(page.pitch.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.pitch, "I am exploring data roles in biotech")
    assert page.pitch_verdict.text() == "7 words, about 3 s spoken \N{EM DASH} short; you have room to say more."
    qtbot.waitUntil(
        lambda: Chat.get_by_id(chat_id).pitch == "I am exploring data roles in biotech",
        timeout=3000,
    )
    # switching chats saves at once
    qtbot.keyClicks(page.goals, "Learn the path")
    page.open_chat(other)
    assert Chat.get_by_id(chat_id).goals == "Learn the path"
    page.check_cv.click()
    assert '"cv": true' in Chat.get_by_id(other).checklist


def test_start_call_opens_the_call_window(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    chat_id = seed_chat(data_dir)
    window = make_window()
    page = show_chat_area(qtbot, window)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    call = window.call_windows[chat_id]
    qtbot.waitExposed(call)
    assert call.countdown.text() == "30:00"
    window.start_call(chat_id)  # a second request brings back the same window
    assert window.call_windows[chat_id] is call


def test_open_chat_slot_and_search(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    seed_chat(data_dir)
    target = seed_chat(data_dir, first="Bea", days=5, notes="She moved from QA into zebrafish research")
    window = make_window()
    window.open_chat(target)
    page = window.chat_page
    assert window.pages.currentWidget() is page and page.chat_id == target
    window.open_chat(seed_chat(data_dir, first="Cy", days=9))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "zebra")
    qtbot.waitUntil(lambda: page.search_results.isVisible() and page.search_results.count() == 1)
    assert page.search_results.item(0).text().startswith("Bea Silva")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.chat_id == target
    assert page.notes.hasFocus() and page.notes.textCursor().selectedText() == "zebra"
    page.search.clear()
    page.search.setText('xyzzy AND( " *')
    qtbot.waitUntil(lambda: page.search_results.item(0).text().startswith("Nothing found"))
    assert page.search_results.count() == 1


def test_notes_typed_in_the_call_window_show_on_the_prep_page(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    chat_id = seed_chat(data_dir)
    window = make_window()
    window.open_chat(chat_id)
    window.start_call(chat_id)
    call = window.call_windows[chat_id]
    qtbot.waitExposed(call)
    call.notes.setFocus()
    qtbot.keyClicks(call.notes, "Met the QA lead")
    call.hide()  # saves at once
    assert window.chat_page.notes.toPlainText() == "Met the QA lead"
    assert Chat.get_by_id(chat_id).notes == "Met the QA lead"


def test_start_call_shortcut_only_while_the_chat_area_shows(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    chat_id = seed_chat(data_dir)
    window = make_window()
    window.sidebar.setCurrentRow(window.pages.indexOf(window.contacts))
    window.sidebar.setFocus()
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.sidebar, Qt.Key.Key_S, shortcut)
    assert window.call_windows == {}
    show_chat_area(qtbot, window)
    window.sidebar.setFocus()  # focus still in the sidebar, as after a click on "Chat"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_S, shortcut)
    assert list(window.call_windows) == [chat_id]


def test_redoing_a_question_removal_after_switching_chats(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    first = seed_chat(data_dir)
    second = seed_chat(data_dir, first="Bea", days=2)
    page = show_chat_area(qtbot, make_window())
    page.open_chat(first)
    page._prep.add_question(first, "How did you start?")
    page.open_chat(first)
    page.questions.setFocus()
    page.questions.setCurrentRow(0)
    qtbot.keyClick(page.questions, Qt.Key.Key_Delete)
    window = page.window()
    window.undo_stack.undo()
    page.open_chat(second)
    window.undo_stack.redo()  # removes it from the first chat, not a lookup in the second
    assert [q.text for q in page._prep.questions(first)] == [REFERRAL_QUESTION]
    assert page.chat_id == second


def test_a_chat_held_early_is_recent_at_its_actual_time_with_no_call_to_start(  # type: ignore[no-untyped-def]
    qtbot, make_window, data_dir
) -> None:
    """Planned for tomorrow, held an hour ago: never "Upcoming", no Start call."""
    import datetime as dt

    from infointerview.store.models import utcnow
    from infointerview.ui.locale_format import day_year_time_text

    began = utcnow().replace(second=0, microsecond=0) - dt.timedelta(hours=1)
    held = seed_chat(data_dir, first="Sarah", days=1, status="held",
                     actual_start_at=began, actual_end_at=began + dt.timedelta(minutes=22))
    later = seed_chat(data_dir, first="Bea", days=3)
    page = show_chat_area(qtbot, make_window())
    label = page.picker.itemText(page.picker.findData(held))
    when = day_year_time_text(began.replace(tzinfo=dt.timezone.utc).astimezone())
    assert label.startswith(f"Recent · {when} — Sarah Silva")
    assert page.picker.itemText(page.picker.findData(later)).startswith("Upcoming · ")
    assert page.chat_id == later and page.start_button.isVisible()
    page.picker.setCurrentIndex(page.picker.findData(held))
    page.picker.activated.emit(page.picker.currentIndex())
    assert page.chat_id == held
    assert "22 minutes" in page.subtitle_label.text()
    assert not page.start_button.isVisible()
