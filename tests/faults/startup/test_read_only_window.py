"""The window on a database file that cannot be written: read-only mode (issue 14, item 5)."""

from __future__ import annotations

from pathlib import Path

from fault_helpers import Dialogs, damaged_files, digest, make_data

READ_ONLY = (
    "InfoInterview cannot write to infointerview.sqlite3: the file or the folder {folder} "
    "is read-only for you, so your data can only be looked at. To make changes, fix "
    "its permissions (you need to be able to write there), then try again."
)


def test_a_read_only_database_file_opens_the_window_read_only(
    qtbot, data_dir: Path, dialogs: Dialogs, mounts, start_up  # type: ignore[no-untyped-def]
) -> None:
    db = make_data(data_dir)
    before = digest(db)
    # chmod does not stop root: a read-only bind mount of the file itself does (the folder
    # stays writable, so SQLite can keep its -shm beside it)
    mounts("bind-ro", db)
    window = start_up(data_dir)
    assert window is not None
    assert dialogs.asked == [] and dialogs.boxes == []
    sentence = READ_ONLY.format(folder=data_dir)
    assert window.session.read_only is not None and str(window.session.read_only) == sentence

    # the banner says why, and the write actions are off
    assert window.fault_banner.isVisible() and window.fault_banner.message == sentence
    for action in (window.new_action, window.import_action, window.schedule_action,
                   window.log_message_action, window.contacts.delete_action):
        assert not action.isEnabled(), action.text()
    assert not window.contacts.add_button.isEnabled()
    assert not window.contacts.editor.isEnabled()
    assert window.contacts.model.total_count() == 3  # everything is there to read

    # Start call (Today's button emits this) answers with the same sentence, raises nothing
    window.today.start_call_requested.emit(1)  # the chat with Ana, the only one
    assert window.statusBar().currentMessage() == sentence
    assert window.call_windows == {}

    # so do the chat menu and the task buttons, through the same guard
    window.schedule_action.trigger()  # disabled: nothing happens
    window.chat_controller.schedule(0)
    assert window.statusBar().currentMessage() == sentence
    assert window.chat_controller.last_dialog is None

    # the cadence goal on Today writes a setting: off too, with the reason on hover
    for control in (window.today.goal_chats, window.today.goal_period, window.today.step_up):
        assert not control.isEnabled() and control.toolTip() == sentence

    window.close()
    window.session.close()
    assert damaged_files(data_dir) == []
    assert digest(db) == before
