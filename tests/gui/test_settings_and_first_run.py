"""Settings round-trip through a restart; the first-run welcome's three exits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from infointerview.services.session import open_session
from infointerview.ui.first_run import FirstRunWizard
from infointerview.ui.help_dialog import MethodGuide, ShortcutsDialog, shortcut_rows
from infointerview.ui.settings_dialog import SettingsDialog


def open_settings(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    dialog = SettingsDialog(session.settings, session.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    return session, dialog


def test_settings_are_saved_as_you_change_them_and_survive_a_restart(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session, dialog = open_settings(qtbot, data_dir)
    changed: list[str] = []
    dialog.setting_changed.connect(changed.append)
    qtbot.keyClicks(dialog.name, "Alex Morgan")
    qtbot.keyClicks(dialog.availability, "Tuesday afternoons")
    qtbot.keyClicks(dialog.pitch, "I am a biologist exploring data science. " * 4)
    assert "words" in dialog.pitch_verdict.text()
    dialog.chat_length.setValue(45)
    dialog.wrap_up.setValue(7)
    qtbot.mouseClick(dialog.sound, Qt.MouseButton.LeftButton)
    dialog.thank_you.setValue(24)
    dialog.update_days.setValue(120)
    dialog.cadence.setCurrentIndex(dialog.cadence.findData("1:week"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.lines.setValue(6)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert {"profile", "chat_length_min", "wrap_up_min", "call_sound", "cadence_goal",
            "paper_size", "writing_lines", "theme"} <= set(changed)
    dialog.close()
    session.close()

    again = open_session(data_dir)
    s = again.settings
    assert s.profile()["name"] == "Alex Morgan"
    assert s.profile()["availability"] == "Tuesday afternoons"
    assert s.profile()["pitch"].startswith("I am a biologist")
    assert (s.chat_length_min(), s.wrap_up_min(), s.call_sound()) == (45, 7, True)
    assert (s.thank_you_hours(), s.update_after_days()) == (24, 120)
    assert (s.cadence_goal().chats, s.cadence_goal().period) == (1, "week")
    assert (s.paper_size(), s.writing_lines(), s.theme()) == ("letter", 6, "dark")
    reopened = SettingsDialog(s, again.data_dir)
    qtbot.addWidget(reopened)
    assert reopened.chat_length.value() == 45 and reopened.theme.currentData() == "dark"
    again.close()


def test_values_out_of_range_cannot_be_entered(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session, dialog = open_settings(qtbot, data_dir)
    dialog.chat_length.clear()
    qtbot.keyClicks(dialog.chat_length, "999")
    dialog.chat_length.interpretText()
    assert dialog.chat_length.value() <= 120
    assert session.settings.chat_length_min() <= 120
    session.close()


def wizard(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    w = FirstRunWizard(session.settings)
    qtbot.addWidget(w)
    exits: list[str] = []
    w.finished_with.connect(exits.append)
    w.show()
    return session, w, exits


def test_first_run_walk_through_to_sample_data(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session, w, exits = wizard(qtbot, data_dir)
    qtbot.keyClicks(w.name, "Alex")
    qtbot.keyClicks(w.field_edit, "science policy")
    w.next()
    qtbot.keyClicks(w.pitch, "I study microbes and want to learn how policy gets made.")
    w.cadence.setCurrentIndex(w.cadence.findData("1:week"))
    w.next()
    qtbot.mouseClick(w.choice_sample, Qt.MouseButton.LeftButton)
    w.button(QWizard.WizardButton.FinishButton).click()
    assert exits == ["sample"]
    profile = session.settings.profile()
    assert (profile["name"], profile["field"]) == ("Alex", "science policy")
    assert session.settings.cadence_goal().period == "week"
    assert session.settings.get_bool("first_run_done")
    session.close()


def test_first_run_import_exit(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session, w, exits = wizard(qtbot, data_dir)
    w.next()
    w.next()
    w.choice_import.setChecked(True)
    w.accept()
    assert exits == ["import"]
    session.close()


def test_skip_keeps_what_was_typed_and_starts_empty(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session, w, exits = wizard(qtbot, data_dir)
    qtbot.keyClicks(w.name, "Sam")
    w.button(QWizard.WizardButton.CustomButton1).click()
    assert exits == ["empty"]
    assert not w.isVisible()
    assert session.settings.profile()["name"] == "Sam"
    session.close()


def test_help_guide_and_shortcut_list(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    guide = MethodGuide()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "never ask for a job" in text and "3 business days" in text
    window = make_window()
    rows = dict(shortcut_rows(window.findChildren(type(window.new_action))))
    assert rows["New Contact"] == "Ctrl+N"
    dialog = ShortcutsDialog(window.findChildren(type(window.new_action)), [("Next field", "Tab")])
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Find Contact" in names and names[-1] == "Next field"
