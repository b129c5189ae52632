"""The prep sheet from the window: Print Preview offers Roomy, and Save as PDF follows it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QFileDialog, QTabWidget

from infointerview.services.demo import load_demo
from infointerview.services.documents import chat_for_sheet
from infointerview.services.session import open_session


def pdf_page_count(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def demo_window(make_window, data_dir: Path):  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    load_demo(session)
    session.close()
    return make_window()


def test_preview_shows_one_page_and_roomy_shows_the_notes_page(  # type: ignore[no-untyped-def]
        qtbot, demo_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from infointerview.ui import print_actions

    window = demo_window
    chat = chat_for_sheet()
    dialog = print_actions.preview_dialog(window, window.session.settings, chat)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: view.pageCount() == 1)
    roomy = dialog.findChild(QCheckBox, "roomyPrepSheet")
    assert roomy.isVisible() and not roomy.isChecked(), "in sight, not hidden in the toolbar's overflow"
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    roomy.click()
    qtbot.waitUntil(lambda: view.pageCount() > 1)
    assert window.session.settings.prep_sheet_roomy(), "the choice is remembered"
    dialog.close()

    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF documents (*.pdf)")))
    window.print_chat(chat, "pdf")
    assert pdf_page_count(target) > 1, "Save as PDF follows the Roomy choice"
    roomy_free = print_actions.preview_dialog(window, window.session.settings, chat)
    qtbot.addWidget(roomy_free)
    box = roomy_free.findChild(QCheckBox, "roomyPrepSheet")
    assert box.isChecked()
    box.setChecked(False)
    window.print_chat(chat, "pdf")
    assert pdf_page_count(target) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="Qt adds option tabs to its own print dialog only (Windows and macOS "
                           "show theirs; there the Roomy choice comes from the preview or Settings)")
def test_print_dialog_has_a_prep_sheet_tab_with_roomy(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui import print_actions
    from infointerview.ui.prep_sheet import DocFactory

    window = demo_window
    factory = DocFactory()
    printer = QPrinter()
    dialog = print_actions.print_dialog(window, window.session.settings, factory, printer, False)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None and "Prep sheet" in [tabs.tabText(i) for i in range(tabs.count())]
    dialog.findChild(QCheckBox, "roomyPrepSheet").setChecked(True)
    assert factory.roomy and window.session.settings.prep_sheet_roomy()


def test_settings_printing_tab_holds_the_roomy_choice(qtbot, demo_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui import print_actions
    from infointerview.ui.settings_dialog import SettingsDialog

    window = demo_window
    dialog = SettingsDialog(window.session.settings, data_dir, window)
    qtbot.addWidget(dialog)
    assert not dialog.roomy.isChecked()
    dialog.roomy.setChecked(True)
    preview = print_actions.preview_dialog(window, window.session.settings, chat_for_sheet())
    qtbot.addWidget(preview)
    assert preview.findChild(QCheckBox, "roomyPrepSheet").isChecked()
