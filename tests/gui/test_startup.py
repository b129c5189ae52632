"""Start-up: the window appears first; the hidden table and the rest follow its first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from infointerview.domain.contacts import ContactDraft
from infointerview.services.session import open_session

ROOT = Path(__file__).resolve().parents[2]


def seed(data_dir: Path) -> None:
    session = open_session(data_dir)
    for first, org in (("Ana", "Helix Bio"), ("Ben", "Quanta"), ("Cleo", "Helix Bio")):
        session.contacts.create(ContactDraft(first_name=first, organisation=org, tags="alumni"))
    session.close()


def test_the_table_is_read_after_the_first_paint_with_its_search_texts(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from infointerview.app import app_icon, window_settings
    from infointerview.ui.main_window import MainWindow

    seed(data_dir)
    session = open_session(data_dir)
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(window)
    model = window.contacts.model
    assert window.pages.currentWidget() is window.today  # Today shows first
    assert model.total_count() == 0  # the hidden table is not read before the window is up
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    qtbot.waitUntil(window.contacts.loaded, timeout=5000)
    assert model.total_count() == 3 and model.search_ready()  # read on a worker, texts too
    window.sidebar.setCurrentRow(window.pages.indexOf(window.contacts))
    QTest.keyClicks(window.contacts.search, "helix")
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == ["Ana", "Cleo"]
    window.close()
    session.close()


def test_contacts_shown_before_the_first_paint_are_read_at_once(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from infointerview.app import app_icon, window_settings
    from infointerview.ui.main_window import MainWindow

    seed(data_dir)
    session = open_session(data_dir)
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(window)
    window.sidebar.setCurrentRow(window.pages.indexOf(window.contacts))
    window.show()
    model = window.contacts.model
    assert model.total_count() == 3 and model.index(0, 1).data() == "Helix Bio"
    window.close()
    session.close()


def test_a_picker_opened_before_the_read_offers_everyone_and_a_change_meanwhile_shows(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from infointerview.app import app_icon, window_settings
    from infointerview.ui.main_window import MainWindow

    seed(data_dir)
    session = open_session(data_dir)
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(window)
    dan = session.contacts.create(ContactDraft(first_name="Dan", organisation="Quanta"))
    assert window.contacts.model.total_count() == 0  # not read yet, and the change not shown
    names = [name for _, name, _ in window.chat_controller._choices()]
    assert names == ["Ana", "Ben", "Cleo", "Dan"]  # the picker read them at once
    assert window.contacts.loaded() and dan in window.contacts.model.visible_ids()
    window.close()
    session.close()


def test_other_areas_are_built_on_first_visit(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir)
    window = make_window()
    # Calendar, Chat, Questions and Stats wait for a visit (Contacts is built after the paint)
    assert set(window._built) <= {"contacts"}
    placeholder = window.pages.widget(window.pages.count() - 1)
    window.sidebar.setCurrentRow(window.sidebar.count() - 1)  # Stats, by the sidebar
    stats = window.pages.currentWidget()
    assert stats is window.stats and stats is not placeholder and stats.isVisible()
    assert isinstance(stats, QWidget) and window.pages.count() == window.sidebar.count()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Calendar
    assert window.pages.currentWidget() is window.calendar
    assert set(window._built) - {"contacts"} == {"stats", "calendar"}


def test_contacts_is_built_right_after_the_first_paint(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """With contacts, Today shows first and start-up does not build the Contacts area;
    it is built (and its rows read) right after the first paint, its Delete action
    then last in the Edit menu, its saved splitter and columns restored."""
    from infointerview.app import app_icon, window_settings
    from infointerview.ui.main_window import MainWindow

    seed(data_dir)
    session = open_session(data_dir)
    settings = window_settings(session.data_dir)
    window = MainWindow(session, settings, app_icon())
    qtbot.addWidget(window)
    assert "contacts" not in window._built
    assert window.pages.currentWidget() is window.today
    window.show()
    qtbot.waitUntil(lambda: "contacts" in window._built, timeout=5000)
    view = window._built["contacts"]
    assert window.menus.edit_menu.actions()[-1] is view.delete_action
    assert view.isAncestorOf(view.editor)  # the editor made a turn earlier is in place
    qtbot.waitUntil(view.loaded, timeout=5000)
    assert view.model.total_count() == 3
    view.table.horizontalHeader().setSectionHidden(2, True)
    window.close()  # saves the Contacts state; a window closed before it was built would not
    session.close()
    session = open_session(data_dir)
    again = MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(again)
    assert again.contacts.table.horizontalHeader().isSectionHidden(2)  # built on asking
    again.close()
    session.close()


def test_closing_before_contacts_is_built_keeps_its_saved_state(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from infointerview.app import app_icon, window_settings
    from infointerview.ui.main_window import MainWindow

    seed(data_dir)
    session = open_session(data_dir)
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(window)
    window.contacts.table.horizontalHeader().setSectionHidden(3, True)
    window.close()
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(window)
    assert "contacts" not in window._built
    window.close()  # never built: its saved columns are not overwritten
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(window)
    assert window.contacts.table.horizontalHeader().isSectionHidden(3)
    window.close()
    session.close()


def test_the_app_starts_and_quits_after_its_first_paint(tmp_path: Path, data_dir: Path) -> None:
    seed(data_dir)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment["PYTHONPATH"] = str(ROOT) + os.pathsep + environment.get("PYTHONPATH", "")
    code = "import sys; from infointerview.app import run_gui; sys.exit(run_gui(sys.argv[1], quit_when_shown=True))"
    done = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True,
                          env=environment, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (data_dir / "window.ini").exists()  # closed normally: the layout was saved


def test_a_window_never_painted_still_reads_search_texts_and_checks_reminders(qtbot, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from infointerview.app import app_icon, window_settings
    from infointerview.ui import main_window
    from infointerview.ui.reminders import ReminderController

    seed(data_dir)
    monkeypatch.setattr(main_window, "DEFERRED_START_MS", 50)
    checks: list[int] = []
    original = ReminderController.check
    monkeypatch.setattr(ReminderController, "check", lambda self: checks.append(1) or original(self))
    starts: list[int] = []
    deferred = main_window.MainWindow._deferred_start
    monkeypatch.setattr(main_window.MainWindow, "_deferred_start",
                        lambda self: starts.append(1) or deferred(self))
    session = open_session(data_dir)
    window = main_window.MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(window)  # never shown: as if started minimised
    qtbot.waitUntil(window.contacts.model.search_ready, timeout=3000)
    qtbot.waitUntil(lambda: checks == [1], timeout=3000)
    window.show()  # the first paint later does not run it twice
    qtbot.waitUntil(lambda: starts == [1, 1], timeout=3000)  # the paint's call came
    # a second check would be due 200 ms after that call; a timer due later fires after it
    fired: list[int] = []
    QTimer.singleShot(300, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1], timeout=3000)
    assert checks == [1]
    window.close()
    session.close()


def test_contacts_asked_for_during_its_turns_is_built_once(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from infointerview.app import app_icon, window_settings
    from infointerview.ui.contacts_view import ContactsView
    from infointerview.ui.main_window import MainWindow

    seed(data_dir)
    session = open_session(data_dir)
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    view = window.contacts  # asked for before the turns got to it
    qtbot.waitUntil(lambda: window._deferred_done, timeout=5000)
    assert window.contacts is view
    assert window.findChildren(ContactsView) == [view]
    assert window.menus.edit_menu.actions().count(view.delete_action) == 1
    window.close()
    session.close()
