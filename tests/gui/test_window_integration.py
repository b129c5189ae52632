"""The window ties the areas together: printing, messages, settings, help, first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from infointerview.services.demo import load_demo
from infointerview.services.session import open_session
from infointerview.store.models import Chat
from infointerview.ui.first_run import FirstRunWizard
from infointerview.ui.message_composer import MessageComposer
from infointerview.ui.settings_dialog import SettingsDialog
from infointerview.ui.theme import is_dark


def with_demo(data_dir: Path) -> None:
    session = open_session(data_dir)
    load_demo(session)
    session.close()


def test_save_prep_sheet_as_pdf_from_the_chat_page(qtbot, make_window, data_dir: Path,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_demo(data_dir)
    window = make_window()
    chat = Chat.select().where(Chat.status == "scheduled").order_by(Chat.start_at).first()
    window.open_chat(chat.id)
    target = tmp_path / "my sheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF documents (*.pdf)")))
    page = window.chat_page
    pdf_action = next(a for a in page.print_button.menu().actions() if "PDF" in a.text())
    pdf_action.trigger()
    saved = tmp_path / "my sheet.pdf"
    assert saved.exists() and saved.read_bytes().startswith(b"%PDF")
    assert "Saved" in window.statusBar().currentMessage()


def test_print_shortcut_without_chats_explains(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.print_chat(0, "pdf")
    assert "no chats yet" in window.statusBar().currentMessage()


def test_an_unknown_print_request_is_refused_not_ignored(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    with pytest.raises(ValueError):
        window.print_chat(0, "summary_pfd")


def test_write_thank_you_from_the_chat_page_opens_the_composer(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with_demo(data_dir)
    window = make_window()
    held = Chat.select().where(Chat.status == "held").first()
    window.open_chat(held.id)
    menu = window.chat_page.message_button.menu()
    next(a for a in menu.actions() if "Thank-you" in a.text()).trigger()
    composer = window.findChild(MessageComposer)
    assert composer is not None and composer.isVisible()
    assert composer.current_kind() == "thank_you"
    assert composer.context.contact_id == held.contact_id
    assert set(composer.verdicts()) == {"timely", "specific", "promised", "reads_well"}
    assert composer.verdicts()["reads_well"]  # the sample notes read right in the draft
    composer.close()


def test_settings_from_the_menu_apply_live(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    app = QApplication.instance()
    assert is_dark(app)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert not is_dark(app)
    dialog.theme.setCurrentIndex(dialog.theme.findData("system"))
    dialog.close()


def test_first_run_offers_the_sample_data(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.maybe_welcome()
    wizard = window.findChild(FirstRunWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.keyClicks(wizard.name, "Alex")
    wizard.next()
    wizard.next()
    wizard.choice_sample.setChecked(True)
    wizard.accept()
    assert window.session.contacts.count() >= 40
    assert window.session.settings.profile()["name"] == "Alex"
    window.maybe_welcome()  # never again
    assert [w for w in window.findChildren(FirstRunWizard) if w.isVisible()] == []


def test_help_menu_lists_shortcuts(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui.help_dialog import MethodGuide, ShortcutsDialog

    window = make_window()
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    keys = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert keys["Print Prep Sheet"] == "Ctrl+P"
    assert keys["Schedule Chat"] == "Ctrl+Shift+N"
    window.method_action.trigger()
    assert window.findChild(MethodGuide).isVisible()


def test_custom_widgets_have_accessible_names(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with_demo(data_dir)
    window = make_window()
    today = window.today
    card = next(iter(today.chat_cards.values()))
    assert card.accessibleName() and card.who.text() in card.accessibleName()
    task = next(iter(today.task_cards.values()))
    assert task.title.text() in task.accessibleName()
    window.sidebar.setCurrentRow(window.pages.indexOf(window.stats))
    window.stats.reload()
    charts = [w for w in window.stats.findChildren(QWidget) if type(w).__name__ in ("MonthlyChart", "FunnelChart")]
    assert charts and all(w.accessibleName() and w.accessibleDescription() for w in charts)


def test_empty_screens_say_what_to_do_and_offer_the_guide(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui.help_dialog import MethodGuide
    from infointerview.ui.schedule_dialog import ScheduleDialog

    window = make_window()
    page = window.chat_page
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    assert page.stack.currentWidget() is page.empty_page
    assert "No chats yet" in page.empty_label.text()
    qtbot.mouseClick(page.empty_guide, Qt.MouseButton.LeftButton)
    assert window.findChild(MethodGuide).isVisible()
    seen: list[bool] = []

    def close_when_shown() -> None:  # the dialog runs modally (exec)
        dialog = window.findChild(ScheduleDialog)
        if dialog is not None and dialog.isVisible():
            seen.append(True)
            dialog.reject()
        else:
            QTimer.singleShot(10, close_when_shown)

    QTimer.singleShot(10, close_when_shown)
    qtbot.mouseClick(page.empty_schedule, Qt.MouseButton.LeftButton)
    assert seen == [True]
    for view in (window.today, window.contacts):
        assert view.guide_requested is not None
    assert window.today.welcome_guide.text() == "How it works"
    assert window.contacts.empty_guide.text() == "How it works"


def test_chat_changes_refresh_only_the_rows_they_decide(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from infointerview.domain.contacts import ContactDraft
    from infointerview.services.chats import ChatDraft

    window = make_window()
    session = window.session
    ana = session.contacts.create(ContactDraft(first_name="Ana", organisation="Helix Bio"))
    ben = session.contacts.create(ContactDraft(first_name="Ben"))
    window.contacts.reload()
    when = dt.datetime.now() + dt.timedelta(days=2)
    chat_id = session.chats.schedule(ChatDraft(ana, when.replace(microsecond=0), 30))
    session.calls.add_referral(chat_id, "Cleo Park", "Quanta", "")
    model = window.contacts.model
    stage = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert stage["Ana"] == "Scheduled" and stage["Ben"] == "Identified"
    assert "Cleo Park" in stage  # the referral captured in the chat appears without a reload
    assert len(session.contacts.table_rows(list(range(1, 2000)))) == 3  # ids in chunks
    assert ben in window.contacts.model.visible_ids()


def test_people_changed_in_the_call_window_show_in_the_table_and_pickers_at_once(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from infointerview.domain.contacts import ContactDraft
    from infointerview.services.chats import ChatDraft
    from infointerview.store.models import Contact

    session = open_session(data_dir)
    ana = session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva"))
    when = (dt.datetime.now() + dt.timedelta(days=1)).replace(microsecond=0)
    chat_id = session.chats.schedule(ChatDraft(ana, when, 30))
    session.close()
    window = make_window()
    model = window.contacts.model
    window.start_call(chat_id)
    call = window.call_windows[chat_id]
    call.start()
    qtbot.keyClicks(call.referral_name, "Zoe Park")
    qtbot.keyClick(call.referral_name, Qt.Key.Key_Return)
    zoe = Contact.get(Contact.first_name == "Zoe").id
    assert zoe in model.visible_ids()  # the table, at once
    assert zoe in [p[0] for p in window.chat_controller._choices()]  # and Schedule Chat's picker
    call.hiring.click()
    assert model.index(model.row_of_id(ana), 0).data() == "Ana Silva ★"
    call.end()
    call.wrap_up.captured.item(0).setCheckState(Qt.CheckState.Unchecked)  # not a referral after all
    call.save_wrap_up()
    assert zoe not in model.visible_ids()
    assert zoe not in [p[0] for p in window.chat_controller._choices()]


def test_a_finished_task_leaves_the_next_step_column(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from infointerview.domain.contacts import ContactDraft
    from infointerview.store.models import FollowUpTask, utcnow

    session = open_session(data_dir)
    ben = session.contacts.create(ContactDraft(first_name="Ben", stage="identified"))
    task = FollowUpTask.create(contact=ben, kind="referral", title="Reach out to Ben",
                               due_at=utcnow() - dt.timedelta(hours=2), key="referral:contact:x")
    session.close()
    window = make_window()
    model = window.contacts.model
    assert model.index(model.row_of_id(ben), 5).data() == "⚑ Reach out to Ben"
    window.session.followups.done(task.id)  # the table follows the service's change event
    assert model.index(model.row_of_id(ben), 5).data() == "Research and reach out"
