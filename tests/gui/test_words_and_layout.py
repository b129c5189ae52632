"""Issue 15 point 8, words and layout, through the real window and dialogs: counts read
right, captions are whole and their mnemonics work, the contact table fits 1280 px,
dialogs stay above a call, file dialogs remember their folder, empty exports say so."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QToolTip
from window_fixtures import seed_chat

from infointerview.domain.contacts import ContactDraft


def _demo(window) -> None:  # type: ignore[no-untyped-def]
    from infointerview.services.demo import load_demo

    load_demo(window.session, force=True)


# -- counts -------------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "words"), [(0, "0 contacts"), (1, "1 contact"), (2, "2 contacts")])
def test_the_contact_count_reads_right(qtbot, make_window, n: int, words: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    for i in range(n):
        window.session.contacts.create(ContactDraft(first_name=f"Ada{i}", last_name="Lee"))
    if n:
        qtbot.waitUntil(lambda: window.contacts.count_label.text() == words)
    else:
        assert window.contacts.count_label.text() == ""  # the empty state says it instead


@pytest.mark.parametrize("n", [0, 1, 2])
def test_the_question_picker_counts_read_right(qtbot, session, monkeypatch, n: int) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui.question_picker import QuestionPickerDialog

    picker = QuestionPickerDialog(session.bank.bank(include_retired=False))
    qtbot.addWidget(picker)
    monkeypatch.setattr(picker, "selected_ids", lambda: list(range(n)))
    picker._update_count()
    assert picker.count_label.text() == {0: "0 questions selected", 1: "1 question selected",
                                         2: "2 questions selected"}[n]


@pytest.mark.parametrize(("n", "words"), [(0, "0 referrals"), (1, "1 referral"), (2, "2 referrals")])
def test_the_stats_funnel_sentence_reads_right(qtbot, n: int, words: str) -> None:  # type: ignore[no-untyped-def]
    """"1 chats held led to 1 referrals": every count in the sentence takes its own form."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str, count: int) -> str:
        return QCoreApplication.translate("StatsView", text, "", count)

    from infointerview.domain.cadence import ReplyRate
    from infointerview.ui.figures import reply_headline

    assert tr("%n referral(s)", n) == words
    assert tr("%n (person|people) you met", 1) == "1 person you met"
    assert tr("%n (person|people) you met", 2) == "2 people you met"

    def headline(contacted: int, replied: int) -> str:
        rate = ReplyRate(contacted=contacted, replied=replied, level="healthy", verdict="",
                         rate=replied / contacted if contacted else None)
        return reply_headline(rate)

    assert headline(1, 1) == "1 of 1 person you contacted replied"
    assert headline(23, 19) == "19 of 23 people you contacted replied"


# -- captions -----------------------------------------------------------------------------


def _dialogs(qtbot, window) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Every dialog that can be opened without a blocking exec(), built as the window does."""
    from infointerview.services.messages import MessageService
    from infointerview.ui.backups_dialog import BackupsDialog
    from infointerview.ui.calendar_settings import CalendarSettings
    from infointerview.ui.import_dialog import ImportDialog
    from infointerview.ui.invitation_import import AllDayTimeDialog
    from infointerview.ui.message_composer import MessageComposer
    from infointerview.ui.outreach_dialog import OutreachDialog
    from infointerview.ui.schedule_dialog import ScheduleDialog
    from infointerview.ui.settings_dialog import SettingsDialog

    session = window.session
    contact_id = session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva"))
    choices = window.chat_controller._choices()
    from infointerview.services.chats import ChatDraft

    made: list[QDialog] = [
        ImportDialog(session, window),
        SettingsDialog(session.settings, session.data_dir, window,
                       calendar_page=CalendarSettings(session)),
        BackupsDialog(session.data_dir, window),
        AllDayTimeDialog("Coffee", "2026-03-02", window),
        MessageComposer(MessageService(session.db, session.settings), session.outreach,
                        contact_id, "thank_you", window),
        OutreachDialog(session.outreach, choices, contact_id, window),
        ScheduleDialog(session.chats, choices, ChatDraft(contact_id, datetime(2026, 3, 2, 10, 0)), None,
                       window),
    ]
    for dialog in made:
        dialog.show()
        qtbot.waitExposed(dialog)
    return made


def _shown_text(label: QLabel) -> str:
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_no_caption_shows_a_literal_ampersand_or_is_clipped(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """"&File:" showed as typed (a caption with no buddy), and "Template" lost its "e"."""
    window = make_window()
    literal, clipped = [], []
    for dialog in _dialogs(qtbot, window):
        for label in dialog.findChildren(QLabel):
            if not label.isVisibleTo(dialog) or label.textFormat() == Qt.TextFormat.RichText:
                continue
            text = label.text()
            where = f"{dialog.objectName() or type(dialog).__name__}: {text!r}"
            if "&" in text.replace("&&", "") and label.buddy() is None:
                literal.append(where)  # Qt draws the & itself: only a buddy makes it a mnemonic
            if label.wordWrap() or "\n" in text or not text.strip():
                continue
            room = label.width() - label.contentsMargins().left() - label.contentsMargins().right()
            if label.buddy() is not None and room <= label.fontMetrics().horizontalAdvance(
                _shown_text(label)
            ):
                clipped.append(f"{where} {room}px")
        dialog.close()
    assert literal == []
    assert clipped == []


def test_the_import_file_caption_moves_focus_to_the_path(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui.import_dialog import ImportDialog

    window = make_window()
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    caption = next(label for label in dialog.findChildren(QLabel) if label.text() == "&File:")
    assert caption.buddy() is dialog.path_edit


# -- the contact table --------------------------------------------------------------------


def test_the_contact_table_fits_1280_wide_and_explains_the_star(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _demo(window)
    window.resize(1280, 800)
    window.sidebar.setCurrentRow(window.pages.indexOf(window.contacts))
    view = window.contacts
    qtbot.waitUntil(lambda: view.model.rowCount() == 40)
    qtbot.waitUntil(lambda: view.table.isVisible() and window.width() == 1280)
    table = view.table
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalHeader().length() <= table.viewport().width()
    # the search hint is whole
    search = view.search
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) < search.width() - 16
    assert "notes" in search.toolTip()
    # the star: on the header, on the cell, and a filter
    model = view.model
    assert "★" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    starred = [r for r in range(model.rowCount()) if model.index(r, 0).data().endswith("★")]
    assert starred
    assert "can hire" in model.index(starred[0], 0).data(Qt.ItemDataRole.ToolTipRole)
    view.hiring_filter.click()
    assert model.rowCount() == len(starred)
    assert view.count_label.text() == f"{len(starred)} of 40"
    view.search.setText("Helix")
    assert all("★" in model.index(r, 0).data() for r in range(model.rowCount()))
    view.search.clear()
    view.hiring_filter.click()
    assert model.rowCount() == 40
    # a cell cut short shows its whole text on hover; a short one shows none
    delegate = view.cell_tooltips
    long_rows = [r for r in range(40) if len(model.index(r, 1).data()) > 24]
    assert long_rows
    cut = model.index(long_rows[0], 1)
    table.scrollTo(cut)
    assert delegate.tooltip_for(table, cut) == cut.data()
    at = table.visualRect(cut).center()  # and hovering shows it
    viewport = table.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    assert QToolTip.isVisible() and QToolTip.text() == cut.data()
    QToolTip.hideText()
    short = next(r for r in range(40) if model.index(r, 3).data() == "Thanked")
    assert delegate.tooltip_for(table, model.index(short, 3)) == ""


def test_the_column_chooser_hides_a_column_and_a_restart_keeps_it(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui.contacts_columns import column_menu

    window = make_window()
    table = window.contacts.table
    menu = column_menu(table)
    actions = menu.actions()
    assert [a.text() for a in actions][:3] == ["Name", "Organisation", "Job title"]
    assert not actions[0].isEnabled()  # Name always shows
    actions[2].setChecked(False)
    assert table.horizontalHeader().isSectionHidden(2)
    window.close()
    again = make_window()
    assert again.contacts.table.horizontalHeader().isSectionHidden(2)
    assert not column_menu(again.contacts.table).actions()[2].isChecked()


# -- dialogs during a call ----------------------------------------------------------------


def test_a_dialog_opened_during_a_call_stays_above_the_call_window(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui.settings_dialog import SettingsDialog

    chat_id = seed_chat(data_dir)
    window = make_window()
    window.calls.open(chat_id)
    call = window.calls.windows[chat_id]
    qtbot.waitExposed(call)
    assert call.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.show_settings()
    (dialog,) = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert dialog.windowHandle().flags() & Qt.WindowType.WindowStaysOnTopHint
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # without a call on top, dialogs open as usual
    window.calls.close_all()
    qtbot.waitUntil(lambda: not call.isVisible())
    window.show_settings()
    (second,) = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert not second.windowHandle().flags() & Qt.WindowType.WindowStaysOnTopHint
    second.reject()


def test_a_message_box_during_a_call_stays_above_it(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    chat_id = seed_chat(data_dir)
    window = make_window()
    window.calls.open(chat_id)
    qtbot.waitExposed(window.calls.windows[chat_id])
    box = QMessageBox(QMessageBox.Icon.Information, "Title", "Text", parent=window)
    box.open()
    qtbot.waitExposed(box)
    assert box.windowHandle().flags() & Qt.WindowType.WindowStaysOnTopHint
    box.done(0)


# -- file dialogs -------------------------------------------------------------------------


def test_file_dialogs_start_in_the_folder_last_used_for_that_kind(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.session.contacts.create(ContactDraft(first_name="Ada", last_name="Lee"))
    chosen = tmp_path / "exports"
    chosen.mkdir()
    started: list[str] = []

    def save(parent, title, start, filters):  # type: ignore[no-untyped-def]
        started.append(start)
        return str(chosen / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    window.export_as("csv")
    window.exporter.wait()
    assert Path(started[0]).parent == Path.home()  # first time: home
    window.export_as("vcard")
    window.exporter.wait()
    assert Path(started[1]).parent == chosen  # then where the last export went
    # another kind keeps its own folder
    seed_chat(window.session.data_dir)
    window.chat_controller.export_upcoming()
    assert Path(started[2]).parent == Path.home()
    # and a restart remembers
    window.close()
    again = make_window()
    again.export_as("csv")
    again.exporter.wait()
    assert Path(started[3]).parent == chosen


# -- exports ------------------------------------------------------------------------------


def test_the_calendar_export_is_under_file_export_and_an_empty_one_writes_nothing(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_modal_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Export")
    entry = next(a for a in export_menu.actions() if isinstance(a, QAction) and ".ics" in a.text())
    asked: list[str] = []
    out = tmp_path / "chats.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or (str(out), "")))
    entry.trigger()  # nothing upcoming: said before asking where, and nothing written
    assert no_modal_boxes and no_modal_boxes[-1][0] == "information"
    assert "no upcoming chats" in no_modal_boxes[-1][1]
    assert asked == [] and not out.exists()
    window.export_as("csv")  # no contacts either
    assert "no contacts" in no_modal_boxes[-1][1] and asked == []
    seed_chat(window.session.data_dir)
    entry.trigger()
    assert out.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1
    assert window.statusBar().currentMessage().startswith("Exported 1 upcoming chat to ")

