"""File > Import…: choose a file, map CSV columns, preview, import off the UI thread, undo.

Pages: file → (column mapping, generic CSV only) → preview (new / update /
skipped with the reason, per row, and the counts) → progress (with Cancel)
→ summary (with Undo import). Reading, planning, importing and undoing run
on the dialog's own thread pool as background jobs (ui.widgets.background_job);
each job has its own database connection (peewee keeps one per thread) and
never touches a widget: results come back as signals.

Signals:
    contacts_changed: an import or an undo changed the contacts.

Over 600 lines, for now: the five pages share the parsed file, the plan and the
running job; the tables live in ``ui.import_tables``. The next split is the
file page (encoding choice, invitations) into its own widget.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infointerview.interchange import csv_generic
from infointerview.interchange.detect import FORMATS, detect_format
from infointerview.interchange.encodings import COMMON_ENCODINGS, encoding_label
from infointerview.services import import_apply, import_files, import_undo, importing
from infointerview.services.background import own_connection
from infointerview.services.invitations import looks_like_invitation
from infointerview.services.session import Session
from infointerview.ui.import_tables import MappingTable, PreviewModel
from infointerview.ui.labels import field_label, import_format_label
from infointerview.ui.widgets.background_job import BackgroundJob, Work, start_job
from infointerview.ui.widgets.labels import plain_label

_PAUSE_S = 0.001  # a worker's pause between batches (see run_import)


class ImportDialog(QDialog):
    """The import wizard. See the module docstring for its pages and signals."""

    contacts_changed = Signal()
    invitation_chosen = Signal(str)
    """A meeting invitation (.ics) was chosen: the window schedules its chat instead."""

    FILE, MAPPING, PREVIEW, PROGRESS, SUMMARY = range(5)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = session.db
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(900, 600)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: BackgroundJob | None = None
        self.parsed: import_files.ParsedFile | None = None
        self.plan: importing.ImportPlan | None = None
        self.import_result: import_apply.ImportResult | None = None
        self.header: list[str] = []
        self.csv_text = ""
        self.encoding = ""
        """The encoding the file was read with (detected, or chosen in the preview)."""

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- pages -------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = plain_label(
            self.tr(
                "Import people from a LinkedIn Connections.csv export, another CSV file, a "
                "vCard (.vcf) address book or an InfoInterview JSON backup. You will see what "
                "changes before anything is written; people already here are matched by "
                "LinkedIn link, email, or name and organisation, and only empty fields are filled."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit(page)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        browse = QPushButton(self.tr("&Choose File…"), page)
        browse.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&File:"), row)
        self.format_combo = QComboBox(page)
        self.format_combo.setObjectName("importFormat")
        self.format_combo.addItem(self.tr("Detect from the content"), "auto")
        for key in FORMATS:
            self.format_combo.addItem(import_format_label(key), key)
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        layout.addLayout(form)
        self.file_error = plain_label("")
        self.file_error.setObjectName("importError")
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 6px;")
        self.file_error.hide()
        layout.addWidget(self.file_error)
        self.reading_bar = QProgressBar(page)
        self.reading_bar.setRange(0, 0)
        self.reading_bar.hide()
        layout.addWidget(self.reading_bar)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        self.next_button = QPushButton(self.tr("&Next"), page)
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.read_file)
        buttons.addWidget(cancel)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = plain_label(
            self.tr(
                "Which field does each column hold? The guess comes from the column names; "
                "your choice is remembered for files with the same columns."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.mapping_table = MappingTable(page)
        layout.addWidget(self.mapping_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        back = QPushButton(self.tr("&Back"), page)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(self.FILE))
        self.mapping_next = QPushButton(self.tr("&Next"), page)
        self.mapping_next.setObjectName("mappingNext")
        self.mapping_next.clicked.connect(self.apply_mapping)
        buttons.addWidget(back)
        buttons.addWidget(self.mapping_next)
        layout.addLayout(buttons)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.counts_label = plain_label("")
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        layout.addWidget(self.counts_label)
        self.columns_label = plain_label("")
        self.columns_label.setObjectName("importColumns")
        self.columns_label.setWordWrap(True)
        layout.addWidget(self.columns_label)
        self.warnings_label = plain_label("")
        self.warnings_label.setObjectName("importWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("background: #fff4ce; color: #3b2f00; padding: 6px;")
        layout.addWidget(self.warnings_label)
        filter_row = QHBoxLayout()
        filter_row.addWidget(plain_label(self.tr("Show:")))
        self.filter_combo = QComboBox(page)
        self.filter_combo.setObjectName("importFilter")
        for label, key in (
            (self.tr("All rows"), ""),
            (self.tr("New"), importing.NEW),
            (self.tr("Updates"), importing.UPDATE),
            (self.tr("Skipped"), importing.SKIP),
        ):
            self.filter_combo.addItem(label, key)
        self.filter_combo.currentIndexChanged.connect(self._filter_preview)
        filter_row.addWidget(self.filter_combo)
        filter_row.addStretch(1)
        filter_row.addWidget(plain_label(self.tr("Encoding:")))
        self.encoding_combo = QComboBox(page)
        self.encoding_combo.setObjectName("importEncoding")
        self.encoding_combo.setToolTip(
            self.tr("The text encoding the file was read with. If names show wrong letters, "
                    "choose another: the file is read again.")
        )
        self.encoding_combo.activated.connect(self._encoding_chosen)
        filter_row.addWidget(self.encoding_combo)
        layout.addLayout(filter_row)
        self.preview_error = plain_label("")
        self.preview_error.setObjectName("importPreviewError")
        self.preview_error.setWordWrap(True)
        self.preview_error.hide()
        layout.addWidget(self.preview_error)
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView(page)
        self.preview_view.setObjectName("importPreview")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().hide()
        self.preview_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setWordWrap(False)  # one line per row; the tooltip has the rest
        header = self.preview_view.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 60)
        header.resizeSection(1, 80)
        header.resizeSection(2, 200)
        header.resizeSection(3, 200)
        layout.addWidget(self.preview_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        back = QPushButton(self.tr("&Back"), page)
        back.clicked.connect(self._back_from_preview)
        self.import_button = QPushButton(self.tr("&Import"), page)
        self.import_button.setObjectName("importRun")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        buttons.addWidget(back)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.progress_label = plain_label(self.tr("Importing…"))
        layout.addWidget(self.progress_label)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setObjectName("importProgress")
        layout.addWidget(self.progress_bar)
        hint = plain_label(
            self.tr("Cancel leaves your contacts exactly as they were before the import.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("&Cancel Import"), page)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel_job)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.summary_label = plain_label("")
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo Import"), page)
        self.undo_button.setObjectName("importUndo")
        self.undo_button.clicked.connect(self.undo)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), page)
        close.setObjectName("importClose")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        # Enter on the Done page closes it; it never undoes what was just imported
        self.undo_button.setAutoDefault(False)
        self.pages.currentChanged.connect(
            lambda index: self._close_is_default(close) if index == self.SUMMARY else None
        )
        return page

    @staticmethod
    def _close_is_default(close: QPushButton) -> None:
        close.setDefault(True)
        close.setFocus()

    # -- background jobs -------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None

    def _start(
        self,
        work: Work,
        finished: Callable[[Any], None],
        failed: Callable[[str], None],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        db = self.db

        def on_own_connection(report: Callable[[int, int], None], cancel: threading.Event) -> Any:
            with own_connection(db):
                return work(report, cancel)

        def done(handler: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                self.job = None
                handler(*args)

            return call

        self.job = start_job(
            self.pool,
            on_own_connection,
            self,
            finished=done(finished),
            failed=done(failed),
            progress=progress,
            cancelled=done(cancelled or (lambda: None)),
            cancelled_by=(import_apply.ImportCancelled,),
        )

    # -- slots -----------------------------------------------------------------------------
    @Slot()
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            self.path_edit.text() or str(Path.home()),
            self.tr(
                "Contacts or invitations (*.csv *.vcf *.vcard *.json *.txt *.tsv *.ics);;"
                "All files (*)"
            ),
        )
        if path:
            self.path_edit.setText(path)
            self.read_file()

    def _show_error(self, message: str) -> None:
        self.file_error.setText(message)
        self.file_error.show()

    @Slot()
    def read_file(self) -> None:
        """Read and parse the chosen file in the background, then map or preview."""
        if self.busy:
            return
        path = self.path_edit.text().strip()
        if not path:
            self._show_error(self.tr("Choose a file to import first."))
            return
        fmt = str(self.format_combo.currentData())
        if fmt == "auto" and looks_like_invitation(path):
            self.invitation_chosen.emit(path)
            self.accept()
            return
        self.file_error.hide()
        self.next_button.setEnabled(False)
        self.reading_bar.show()
        db = self.db

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            decoded = import_files.read_decoded(path)
            text = decoded.text
            chosen = detect_format(text, path) if fmt == "auto" else fmt
            if chosen == "csv":
                rows = [
                    row
                    for _, row in csv_generic.read_rows(text, csv_generic.sniff_delimiter(text))
                    if not csv_generic.is_blank(row)
                ]
                header = [c.replace("\ufeff", "").strip() for c in rows[0]] if rows else []
                mapping = import_files.remembered_mapping(db, header) if header else None
                first = rows[1] if len(rows) > 1 else []
                return ("csv", text, header, mapping, first, decoded.encoding)
            parsed = import_files.parse_text(text, Path(path).name, chosen, db=db)
            parsed.encoding = decoded.encoding
            return ("plan", parsed, importing.plan_import(db, parsed))

        self._start(work, self._file_read, self._file_failed)

    def _file_read(self, result: Any) -> None:
        self.next_button.setEnabled(True)
        self.reading_bar.hide()
        if result[0] == "csv":
            _, self.csv_text, self.header, mapping, first_values, self.encoding = result
            if not self.header:
                self._show_error(self.tr("The file is empty: there is no header row."))
                return
            self.mapping_table.fill(
                self.header, mapping or csv_generic.guess_mapping(self.header), first_values
            )
            self.pages.setCurrentIndex(self.MAPPING)
            return
        _, self.parsed, self.plan = result
        self._show_preview()

    def _file_failed(self, message: str) -> None:
        self.next_button.setEnabled(True)
        self.mapping_next.setEnabled(True)
        self.reading_bar.hide()
        self.pages.setCurrentIndex(self.FILE)
        self._show_error(
            self.tr("{problem} Nothing was imported.").format(problem=message)
        )

    def current_mapping(self) -> list[str]:
        return self.mapping_table.mapping()

    @Slot()
    def apply_mapping(self) -> None:
        if self.busy:
            return
        mapping = self.current_mapping()
        if not any(m in ("first_name", "last_name", "full_name", "email") for m in mapping):
            QMessageBox.warning(
                self,
                self.tr("Choose a name column"),
                self.tr("Pick at least one column holding a name or an email address."),
            )
            return
        self.mapping_next.setEnabled(False)
        text, header, name, db = self.csv_text, list(self.header), Path(self.path_edit.text()).name, self.db
        encoding = self.encoding

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            parsed = import_files.parse_text(text, name, "csv", mapping, db=db)
            parsed.encoding = encoding
            import_files.remember_mapping(db, header, mapping)
            return ("plan", parsed, importing.plan_import(db, parsed))

        def finished(result: Any) -> None:
            self.mapping_next.setEnabled(True)
            self._file_read(result)

        self._start(work, finished, self._file_failed)

    def _show_preview(self) -> None:
        assert self.plan is not None and self.parsed is not None
        plan = self.plan
        self.counts_label.setText(
            self.tr(
                "{file} · {format}\n{rows} rows: {new} new, {updated} to update, "
                "{skipped} skipped."
            ).format(
                file=self.parsed.source_name,
                format=import_format_label(plan.format),
                rows=f"{len(plan.rows):,}",
                new=f"{plan.new:,}",
                updated=f"{plan.updated:,}",
                skipped=f"{plan.skipped:,}",
            )
        )
        self._show_columns(self.parsed)
        self.filter_combo.setCurrentIndex(0)
        self._fill_encodings(self.parsed.encoding)
        self.preview_model.set_rows(plan.rows)
        nothing = plan.new == 0 and plan.updated == 0 and plan.backup is None
        self.import_button.setEnabled(not nothing)
        self.import_button.setToolTip(
            self.tr("Nothing to import: everyone is already here.") if nothing else ""
        )
        self.pages.setCurrentIndex(self.PREVIEW)

    def _fill_encodings(self, used: str) -> None:
        self.encoding = used
        self.encoding_combo.clear()
        choices = dict(COMMON_ENCODINGS)
        if used not in choices:
            choices = {used: encoding_label(used), **choices}
        for codec, label in choices.items():
            self.encoding_combo.addItem(label, codec)
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(used))

    @Slot(int)
    def _encoding_chosen(self, index: int) -> None:
        """Read the file again in the chosen encoding and show the new preview."""
        codec = str(self.encoding_combo.itemData(index))
        if self.busy or self.parsed is None or codec == self.encoding:
            return
        path, name, db = self.path_edit.text().strip(), self.parsed.source_name, self.db
        fmt = self.parsed.format
        mapping = self.current_mapping() if fmt == "csv" else None
        self.encoding_combo.setEnabled(False)
        self.preview_error.hide()

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            decoded = import_files.read_decoded(path, codec)
            parsed = import_files.parse_text(decoded.text, name, fmt, mapping, db=db)
            parsed.encoding = decoded.encoding
            return decoded.text, parsed, importing.plan_import(db, parsed)

        def finished(result: Any) -> None:
            self.encoding_combo.setEnabled(True)
            text, self.parsed, self.plan = result
            if fmt == "csv":
                self.csv_text = text
            self._show_preview()

        def failed(message: str) -> None:
            self.encoding_combo.setEnabled(True)
            self._fill_encodings(self.encoding)
            self.preview_error.setText(message)
            self.preview_error.show()

        self._start(work, finished, failed)

    def _show_columns(self, parsed: import_files.ParsedFile) -> None:
        """The column mapping, and what to check: empty claimed columns, unreadable values."""
        used = [
            self.tr("“{column}” → {field}").format(column=column, field=field_label(key))
            for column, key in zip(parsed.header, parsed.mapping, strict=False)
            if key
        ]
        ignored = [
            f"“{column}”" for column, key in zip(parsed.header, parsed.mapping, strict=False)
            if not key and column
        ]
        text = ""
        if used:
            text = self.tr("Columns: {mapping}.").format(mapping="; ".join(used))
            if ignored:
                text += " " + self.tr("Not imported: {columns}.").format(columns=", ".join(ignored))
        self.columns_label.setText(text)
        self.columns_label.setVisible(bool(text))
        warnings = [
            self.tr(
                "Check the mapping: “{column}” ({field}) is empty in every row, while columns "
                "not imported have data: {others}."
            ).format(
                column=claim.column,
                field=field_label(claim.field),
                others=", ".join(f"“{c}”" for c in claim.unmapped_with_data[:5]),
            )
            for claim in parsed.empty_claims
        ]
        warnings += [
            self.tr(
                "Dates that could not be read in “{column}”: {count}, left empty "
                "(for example line {line}: “{example}”)."
            ).format(column=bad.column, count=f"{bad.count:,}", line=bad.line, example=bad.example)
            for bad in parsed.unreadable
        ]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))

    @Slot(int)
    def _filter_preview(self, index: int) -> None:
        if self.plan is None:
            return
        key = self.filter_combo.itemData(index)
        rows = self.plan.rows if not key else [r for r in self.plan.rows if r.action == key]
        self.preview_model.set_rows(rows)

    def _back_from_preview(self) -> None:
        self.pages.setCurrentIndex(
            self.MAPPING if self.parsed is not None and self.parsed.format == "csv" else self.FILE
        )

    @Slot()
    def run_import(self) -> None:
        if self.busy or self.plan is None:
            return
        plan, db = self.plan, self.db
        total = plan.new + plan.updated
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(0)
        self.progress_label.setText(
            self.tr("Importing {n} contacts…").format(n=f"{total:,}")
        )
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(self.PROGRESS)

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            def cancelled() -> bool:
                # asked between batches of 500 rows: sleeping a moment hands the GIL to
                # the window's thread, which otherwise waits for it while sqlite3 releases
                # and retakes it for every row (the progress page froze 0.1 s at a time)
                time.sleep(_PAUSE_S)
                return cancel.is_set()

            return import_apply.apply_import(db, plan, progress, cancelled)

        def thawed(handler: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                gc.unfreeze()
                handler(*args)

            return call

        # Python's full garbage collections walk every object alive, the plan's 30,000
        # rows included, holding the GIL for 0.1 s each while the import allocates; the
        # objects alive now are left out of them until the import is over
        gc.freeze()
        self._start(
            work,
            thawed(self._imported),
            thawed(self._import_failed),
            self._progress,
            thawed(self._cancelled),
        )

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    @Slot()
    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _cancelled(self) -> None:
        self.summary_label.setText(
            self.tr("The import was cancelled. Nothing was changed.")
        )
        self.undo_button.hide()
        self.pages.setCurrentIndex(self.SUMMARY)

    def _import_failed(self, message: str) -> None:
        self.summary_label.setText(
            self.tr(
                "The import failed and nothing was changed: {problem}"
            ).format(problem=message)
        )
        self.undo_button.hide()
        self.pages.setCurrentIndex(self.SUMMARY)

    def _imported(self, result: import_apply.ImportResult) -> None:
        self.import_result = result
        self.progress_bar.setValue(self.progress_bar.maximum())
        text = self.tr(
            "Done: {created} new contacts, {updated} updated, {skipped} skipped."
        ).format(
            created=f"{result.created:,}",
            updated=f"{result.updated:,}",
            skipped=f"{result.skipped:,}",
        )
        if result.related:
            text += " " + self.tr("Also restored {n} chats, messages, tasks and settings.").format(
                n=f"{result.related:,}"
            )
        if result.batch_id:
            text += "\n\n" + self.tr(
                "Changed your mind? Undo Import removes the people it added and empties "
                "the fields it filled."
            )
        self.summary_label.setText(text)
        self.undo_button.setVisible(bool(result.batch_id))
        self.undo_button.setEnabled(True)
        self.pages.setCurrentIndex(self.SUMMARY)
        self.contacts_changed.emit()

    @Slot()
    def undo(self) -> None:
        if self.busy or self.import_result is None or not self.import_result.batch_id:
            return
        batch, db = self.import_result.batch_id, self.db
        self.undo_button.setEnabled(False)

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            return import_undo.undo_import(db, batch)

        def finished(result: import_undo.UndoResult) -> None:
            text = self.tr("Import undone: removed {removed} contacts, restored {restored} fields.").format(
                removed=f"{result.removed:,}", restored=f"{result.restored:,}"
            )
            if result.kept:
                text += " " + self.tr(
                    "{kept} fields you changed since the import were left as they are."
                ).format(kept=f"{result.kept:,}")
            self.summary_label.setText(text)
            self.undo_button.hide()
            self.contacts_changed.emit()

        def failed(message: str) -> None:
            self.summary_label.setText(
                self.tr("Undo failed and nothing was changed: {problem}").format(problem=message)
            )

        self._start(work, finished, failed)

    # -- closing ---------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self.busy:
            if self.pages.currentIndex() == self.PROGRESS:
                self.cancel_job()
            return  # closes when the job reports back; Cancel is on the page
        self.pool.waitForDone()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self.cancel_job()
            event.ignore()
            return
        self.pool.waitForDone()
        super().closeEvent(event)
