"""The import preview says which column went where, and what could not be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from infointerview.ui.import_dialog import ImportDialog


def open_import(qtbot, window, monkeypatch: pytest.MonkeyPatch, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    return dialog


def test_csv_preview_shows_the_mapping_an_empty_claim_and_unreadable_dates(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "people.csv"
    source.write_text(
        "Name;Title;Job Title Text;Email;Connected\r\n"
        "Ann Lee;;CTO;a@x.org;01/02/2020\r\n"
        "Bo Ray;;CEO;b@x.org;13/02/2020\r\n"
        "Cy Sun;;CFO;c@x.org;soon\r\n",
        encoding="utf-8",
    )
    window = make_window()
    dialog = open_import(qtbot, window, monkeypatch, source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=10000)
    qtbot.mouseClick(dialog.mapping_next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    columns = dialog.columns_label.text()
    assert "“Name” → Full name" in columns and "“Connected” → Connected on" in columns
    assert "Not imported: “Job Title Text”." in columns
    warnings = dialog.warnings_label.text()
    assert dialog.warnings_label.isVisible()
    assert "“Title” (Job title) is empty in every row" in warnings
    assert "“Job Title Text”" in warnings
    assert "Dates that could not be read in “Connected”: 1, left empty" in warnings
    assert "line 4: “soon”" in warnings
    model = dialog.preview_view.model()
    assert model.index(0, 4).data() == "a@x.org · connected 2020-02-01"  # day first: 13/02


def test_linkedin_preview_without_problems_shows_no_warning(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "Connections.csv"
    source.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        'Ann,Lee,,Acme,CTO,"1/8/18, 6:14 PM"\n'
        "Bo,Ray,,Acme,CEO,23-Apr-23\n",
        encoding="utf-8",
    )
    window = make_window()
    dialog = open_import(qtbot, window, monkeypatch, source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    assert "“Connected On” → Connected on" in dialog.columns_label.text()
    assert not dialog.warnings_label.isVisible()
    model = dialog.preview_view.model()
    assert model.index(0, 4).data() == "CTO · connected 2018-01-08"
    assert model.index(1, 4).data() == "CEO · connected 2023-04-23"
