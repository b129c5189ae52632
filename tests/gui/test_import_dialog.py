"""File > Import…, Export and Backups through the real window and widgets."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox

from infointerview.ui.backups_dialog import BackupsDialog
from infointerview.ui.import_dialog import ImportDialog


def linkedin_file(path: Path, count: int) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On"])
    for i in range(count):
        writer.writerow([f"Ann{i}", "Lee", f"https://www.linkedin.com/in/ann-{i}",
                         "" if i % 3 else f"a{i}@x.org", "Acme, Inc." if i % 2 else "",
                         "Engineer", "15 Mar 2024"])
    preamble = 'Notes:\r\n"Some emails are missing."\r\n\r\n'
    path.write_text("\ufeff" + preamble + out.getvalue() + ",,,,,,\r\n\r\n", encoding="utf-8",
                    newline="")
    return path


def open_import(qtbot, window, monkeypatch: pytest.MonkeyPatch, path: Path | None) -> ImportDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path or ""), ""))
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    return dialog


def test_import_linkedin_preview_progress_and_table(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    source = linkedin_file(tmp_path / "Connections.csv", 1200)
    dialog = open_import(qtbot, window, monkeypatch, source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    assert "1,200 rows" in dialog.counts_label.text()
    assert "1,200 new, 0 to update, 0 skipped" in dialog.counts_label.text()
    model = dialog.preview_view.model()
    assert model.rowCount() == 1200
    assert model.index(0, 0).data() == "5"  # the line in the file, after the preamble
    assert model.index(0, 1).data() == "New"
    assert model.index(0, 2).data() == "Ann0 Lee"

    seen: list[int] = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.SUMMARY, timeout=20000)
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 1200
    assert 500 in seen  # it moved in batches, not in one jump
    assert "1,200 new contacts" in dialog.summary_label.text()
    # the table reads the imported contacts on a worker, then shows them at once
    qtbot.waitUntil(lambda: window.contacts.count_label.text() == "1,200 contacts")

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert asked == ["Remove the 1,200 contacts this import added?"]
    qtbot.waitUntil(lambda: "Import undone" in dialog.summary_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 0)
    qtbot.mouseClick(dialog.findChild(type(dialog.undo_button), "importClose"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is None or not dialog.isVisible())


def test_reimport_shows_everyone_skipped_and_import_disabled(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    source = linkedin_file(tmp_path / "Connections.csv", 30)
    from infointerview.services.import_apply import apply_import
    from infointerview.services.import_files import load_file
    from infointerview.services.importing import plan_import

    apply_import(window.session.db, plan_import(window.session.db, load_file(source)))
    dialog = open_import(qtbot, window, monkeypatch, source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    assert "0 new, 0 to update, 30 skipped" in dialog.counts_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.filter_combo.setCurrentIndex(3)  # Skipped
    assert dialog.preview_view.model().index(0, 4).data() == "Already in your contacts; nothing new"
    dialog.reject()


def test_generic_csv_goes_through_the_mapping_step(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    source = tmp_path / "people.csv"
    source.write_text("Who,Mail,Firm,Misc\nAnn Lee,ann@x.org,Acme,=1+1\n", encoding="utf-8")
    dialog = open_import(qtbot, window, monkeypatch, None)
    qtbot.keyClicks(dialog.path_edit, str(source))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=10000)
    combos = [dialog.mapping_table.cellWidget(r, 2) for r in range(4)]
    assert all(isinstance(c, QComboBox) for c in combos)
    assert [c.currentData() for c in combos] == ["", "email", "", ""]  # guessed from the header
    combos[0].setCurrentIndex(combos[0].findData("full_name"))
    combos[2].setCurrentIndex(combos[2].findData("organisation"))
    qtbot.mouseClick(dialog.mapping_next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    assert "1 new" in dialog.counts_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.SUMMARY, timeout=10000)
    qtbot.waitUntil(lambda: not window.contacts.reading())  # read on a worker, then shown
    assert window.contacts.model.index(0, 0).data() == "Ann Lee"
    assert window.contacts.model.index(0, 1).data() == "Acme"
    dialog.accept()

    # the mapping is remembered for the next file with the same columns
    again = open_import(qtbot, window, monkeypatch, None)
    qtbot.keyClicks(again.path_edit, str(source))
    qtbot.mouseClick(again.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == again.MAPPING, timeout=10000)
    assert again.mapping_table.cellWidget(0, 2).currentData() == "full_name"
    again.reject()


def test_a_bad_file_says_what_is_wrong(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    dialog = open_import(qtbot, window, monkeypatch, source)
    qtbot.waitUntil(dialog.file_error.isVisible, timeout=10000)
    assert "not a text file" in dialog.file_error.text()
    assert "Nothing was imported" in dialog.file_error.text()
    assert dialog.pages.currentIndex() == dialog.FILE
    dialog.reject()


def test_export_csv_from_the_menu(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    from infointerview.domain.contacts import ContactDraft

    window.session.contacts.create(ContactDraft(first_name="=SUM(1)", last_name="Lee"))
    out = tmp_path / "contacts.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.export_as("csv")
    window.exporter.wait()
    qtbot.waitUntil(lambda: "Exported 1 contact to" in window.statusBar().currentMessage())
    assert "'=SUM(1)" in out.read_text(encoding="utf-8")


def test_backups_dialog_backs_up_and_asks_before_restoring(qtbot, make_window, monkeypatch: pytest.MonkeyPatch, no_modal_boxes) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_backups()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert dialog.restore_button.isEnabled()
    requested: list[str] = []
    window.restore_requested.connect(requested.append)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # answered No
    assert requested == [] and no_modal_boxes[-1][0] == "question"
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert requested == [str(dialog.backups[0].path)]


def test_damaged_database_at_startup_is_moved_aside_and_the_user_told(data_dir: Path, monkeypatch: pytest.MonkeyPatch, no_modal_boxes) -> None:  # type: ignore[no-untyped-def]
    import os

    from infointerview.domain.contacts import ContactDraft
    from infointerview.services import backup
    from infointerview.services.session import open_session
    from infointerview.ui.startup_check import check_at_startup

    data_dir.mkdir()
    live = data_dir / "infointerview.sqlite3"
    garbage = os.urandom(32 * 1024)
    live.write_bytes(garbage)
    check_at_startup(data_dir)
    kind, text = no_modal_boxes[-1]
    assert kind == "warning" and "damaged" in text and "no good backup" in text
    (moved,) = data_dir.glob("infointerview-damaged-*.sqlite3")
    assert moved.read_bytes() == garbage  # nothing was written to it
    assert list(data_dir.glob("backups/*.sqlite3")) == []  # no backup of a missing database

    session = open_session(data_dir)  # starts empty
    session.contacts.create(ContactDraft(first_name="Ann"))
    session.close()
    good = backup.backup_now(data_dir)
    live.write_bytes(garbage)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    note = check_at_startup(data_dir)
    assert "Restored the backup" in note
    assert len(list(data_dir.glob("infointerview-damaged-*.sqlite3"))) == 2
    assert backup.verify(live) is None
    session = open_session(data_dir)
    try:
        assert session.contacts.count() == 1
    finally:
        session.close()
    assert good.exists()


def test_cancel_during_the_import_changes_nothing(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from infointerview.services import import_apply

    real = import_apply.apply_import

    def held_apply(db, plan, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        def slow(done: int, total: int) -> None:  # hold after the first batch until Cancel
            progress(done, total)
            if done:
                waited = threading.Event()
                for _ in range(500):
                    if cancelled():
                        break
                    waited.wait(0.01)

        return real(db, plan, slow, cancelled)

    monkeypatch.setattr(import_apply, "apply_import", held_apply)
    window = make_window()
    dialog = open_import(qtbot, window, monkeypatch, linkedin_file(tmp_path / "c.csv", 1500))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_bar.value() == 500, timeout=10000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.SUMMARY, timeout=10000)
    assert dialog.summary_label.text() == "The import was cancelled. Nothing was changed."
    assert not dialog.undo_button.isVisible()
    assert window.session.contacts.count() == 0
    assert window.session.db.execute_sql("SELECT COUNT(*) FROM import_batch").fetchone()[0] == 0
    dialog.accept()


def test_failed_export_tells_the_user(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_modal_boxes) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    from infointerview.domain.contacts import ContactDraft

    window.session.contacts.create(ContactDraft(first_name="Ada", last_name="Lee"))  # not empty
    out = tmp_path / "missing-folder" / "contacts.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.export_as("vcard")
    window.exporter.wait()
    qtbot.waitUntil(lambda: bool(no_modal_boxes) and no_modal_boxes[-1][0] == "warning")
    assert "No file was changed" in no_modal_boxes[-1][1]
    assert not out.exists()


def test_enter_on_the_done_page_closes_it_and_undo_asks_first(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: Enter on the Done page undid the import without asking."""
    window = make_window()
    source = linkedin_file(tmp_path / "Connections.csv", 19)
    dialog = open_import(qtbot, window, monkeypatch, source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.SUMMARY, timeout=20000)
    qtbot.waitUntil(lambda: window.contacts.count_label.text() == "19 contacts")
    # the page says what happened, line by line, with the buttons under it
    assert dialog.summary_label.text().splitlines() == [
        "Added: 19 new contacts", "Updated: 0 contacts", "Skipped: 0 rows"
    ]
    assert dialog.summary.heading.text() == "Import finished"
    # Undo asks, naming what it removes; answering Cancel keeps everyone
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert asked == ["Remove the 19 contacts this import added?"]
    assert dialog.undo_button.isVisible() and "Import undone" not in dialog.summary_label.text()
    # Enter closes the dialog; nothing is undone and nothing is asked
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is not dialog.undo_button
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == ["Remove the 19 contacts this import added?"]
    assert window.session.contacts.count() == 19
    assert window.contacts.count_label.text() == "19 contacts"


def test_the_summary_names_why_rows_were_skipped(qtbot) -> None:  # type: ignore[no-untyped-def]
    from infointerview.services.import_apply import ImportResult
    from infointerview.ui.import_summary import ImportSummaryPage

    page = ImportSummaryPage()
    qtbot.addWidget(page)
    for n, added, rows in ((0, "0 new contacts", "0 rows"), (1, "1 new contact", "1 row"),
                           (2, "2 new contacts", "2 rows")):
        page.show_result(ImportResult(batch_id=1, created=n, updated=n, skipped=n), None)
        assert page.summary_label.text().splitlines() == [
            f"Added: {added}", f"Updated: {n} contact{'' if n == 1 else 's'}", f"Skipped: {rows}"
        ]
    page.show_undone(1, 2, 1)
    assert page.summary_label.text() == (
        "Import undone: removed 1 contact, restored 2 fields. "
        "1 field you changed since the import was left as it is."
    )


def test_the_done_page_says_why_rows_were_skipped(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    source = linkedin_file(tmp_path / "Connections.csv", 3)
    text = source.read_text(encoding="utf-8-sig")
    # a fourth row repeats the first person: skipped, with the reason on the Done page
    first = next(line for line in text.splitlines() if line.startswith("Ann0,"))
    source.write_text(text.replace(first, first + "\r\n" + first, 1), encoding="utf-8")
    dialog = open_import(qtbot, window, monkeypatch, source)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.SUMMARY, timeout=20000)
    assert dialog.summary_label.text().splitlines() == [
        "Added: 3 new contacts", "Updated: 0 contacts", "Skipped: 1 row"
    ]
    reasons = dialog.summary.reasons
    assert reasons.isVisibleTo(dialog)
    assert [reasons.item(i).text() for i in range(reasons.count())] == [
        "1 row: the same person as an earlier row of the file"
    ]
    assert dialog.height() < 600  # as tall as the summary, not the preview
    dialog.accept()
