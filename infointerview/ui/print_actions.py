"""Print Preview, Print and Save as PDF for prep sheets and chat summaries.

Rendering one sheet takes tens of milliseconds (see the benchmark), so it runs
on the UI thread; the PDF is written atomically.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from infointerview.services import documents
from infointerview.services import settings as settings_keys
from infointerview.services.settings import SettingsService
from infointerview.ui import prep_sheet as render
from infointerview.ui.print_what import PrintWhat
from infointerview.ui.widgets.file_dialogs import documents_folder, save_file_name

translate = QCoreApplication.translate
"""Call it with a literal context and text, so pyside6-lupdate can read both."""


def _paper(settings: SettingsService) -> render.QPageSize.PageSizeId:
    return render.paper_size(settings.paper_size())


def _factory(settings: SettingsService, chat_id: int, summary: bool) -> tuple[render.DocFactory, str, str, str]:
    if summary:
        data = documents.chat_summary(chat_id)
        left = " · ".join(p for p in (data.person, data.organisation) if p)
        return render.DocFactory(summary=data), left, render.when_text(data), data.person
    sheet = documents.prep_sheet(chat_id)
    left, right = render.sheet_header(sheet)
    factory = render.DocFactory(sheet=sheet, writing_lines=settings.writing_lines(),
                                roomy=settings.prep_sheet_roomy())
    return factory, left, right, sheet.person


def roomy_box(parent: QWidget, settings: SettingsService, factory: render.DocFactory) -> QCheckBox:
    """The "Roomy" choice: more writing lines and a notes page; remembered for next time."""
    box = QCheckBox(translate("Printing", "&Roomy: more writing lines and a notes page"), parent)
    box.setObjectName("roomyPrepSheet")
    box.setToolTip(translate("Printing", "Off: one page to keep on the desk during the call. "
                                         "Saving as PDF uses the same choice."))
    box.setChecked(factory.roomy)

    def toggled(on: bool) -> None:
        factory.roomy = on
        settings.set(settings_keys.PREP_SHEET_ROOMY, on)

    box.toggled.connect(toggled)
    return box


def _printer(settings: SettingsService) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(render.page_layout(_paper(settings)))
    return printer


def preview_dialog(parent: QWidget, settings: SettingsService, chat_id: int,
                   summary: bool = False) -> QPrintPreviewDialog:
    """Qt's print preview of the chat's prep sheet (with the Roomy choice under its
    toolbar, shown again as soon as it is toggled) or summary."""
    factory, left, right, _ = _factory(settings, chat_id, summary)
    printer = _printer(settings)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ref = printer  # type: ignore[attr-defined]  # the dialog does not own it
    dialog.setWindowTitle(translate("Printing", "Print Preview"))
    dialog.paintRequested.connect(lambda device: render.render_pages(device, factory, left, right))
    view = dialog.findChild(QPrintPreviewWidget)
    frame = dialog.findChild(QMainWindow)  # Qt's preview: its toolbar over the pages
    if not summary and view is not None and frame is not None:
        bar = QToolBar(translate("Printing", "Prep sheet"), frame)
        bar.setObjectName("prepSheetOptions")
        bar.setMovable(False)
        box = roomy_box(bar, settings, factory)
        box.toggled.connect(lambda _on: view.updatePreview())
        bar.addWidget(box)
        frame.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # its own row: Qt's is full
        frame.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    dialog.resize(min(900, screen.width()), min(1000, screen.height() - 60))
    return dialog


def preview(parent: QWidget, settings: SettingsService, chat_id: int, summary: bool = False) -> None:
    """Open Qt's print preview; its Print button prints what it shows."""
    preview_dialog(parent, settings, chat_id, summary).exec()


def print_dialog(parent: QWidget, settings: SettingsService, factory: render.DocFactory,
                 printer: QPrinter, summary: bool) -> QPrintDialog:
    """The print dialog; for a prep sheet with a "Prep sheet" tab holding the Roomy choice
    (Qt shows extra tabs in its own dialog, used on Linux; elsewhere the saved choice applies)."""
    dialog = QPrintDialog(printer, parent)
    if not summary:
        tab = QWidget(dialog)
        tab.setWindowTitle(translate("Printing", "Prep sheet"))
        layout = QVBoxLayout(tab)
        layout.addWidget(roomy_box(tab, settings, factory))
        layout.addStretch(1)
        dialog.setOptionTabs([tab])
    return dialog


def print_now(parent: QWidget, settings: SettingsService, chat_id: int, summary: bool = False) -> bool:
    factory, left, right, _ = _factory(settings, chat_id, summary)
    printer = _printer(settings)
    dialog = print_dialog(parent, settings, factory, printer, summary)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render.render_pages(printer, factory, left, right)
    return True


def suggested_pdf_name(person: str, summary: bool) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in person).strip() or "chat"
    return f"{'Chat summary' if summary else 'Prep sheet'} - {safe}.pdf"


def save_pdf(
    parent: QWidget,
    settings: SettingsService,
    chat_id: int,
    summary: bool = False,
    path: str | None = None,
) -> Path | None:
    """Ask where (unless ``path`` is given) and write the PDF; None if cancelled or failed."""
    factory, left, right, person = _factory(settings, chat_id, summary)
    if path is None:
        path = save_file_name(
            parent, "pdf", translate("Printing", "Save as PDF"),
            suggested_pdf_name(person, summary),
            translate("Printing", "PDF documents (*.pdf)"), documents_folder(),
        )
        if not path:
            return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    heading = (
        translate("Printing", "Chat summary: ") if summary
        else translate("Printing", "Prep sheet: ")
    )
    try:
        render.write_pdf(target, factory, left, right, _paper(settings), title=heading + person)
    except OSError as exc:
        QMessageBox.critical(
            parent, translate("Printing", "Could not save the PDF"),
            translate(
                "Printing",
                "The PDF could not be written to {path}: {reason}. Choose another folder.",
            )
            .format(path=target, reason=exc.strerror or exc),
        )
        return None
    return target


def save_summary_markdown(parent: QWidget, chat_id: int, path: str | None = None) -> Path | None:
    from infointerview.files import atomic_write_text

    data = documents.chat_summary(chat_id)
    if path is None:
        name = suggested_pdf_name(data.person, True).removesuffix(".pdf") + ".md"
        path = save_file_name(
            parent, "markdown", translate("Printing", "Save summary as Markdown"),
            name, translate("Printing", "Markdown (*.md)"), documents_folder(),
        )
        if not path:
            return None
    try:
        return atomic_write_text(path, documents.summary_markdown(data))
    except OSError as exc:
        QMessageBox.critical(parent, translate("Printing", "Could not save the summary"),
                             translate("Printing", "{path}: {reason}. Choose another folder.")
                             .format(path=path, reason=exc.strerror or exc))
        return None


def carry_out(parent: QWidget, settings: SettingsService, chat_id: int, request: PrintWhat) -> Path | None:
    """Preview, print or save chat ``chat_id`` as ``request`` asks; the saved file, if any."""
    if request is PrintWhat.PREVIEW:
        preview(parent, settings, chat_id)
    elif request is PrintWhat.PRINT:
        print_now(parent, settings, chat_id)
    elif request in (PrintWhat.PDF, PrintWhat.SUMMARY_PDF):
        return save_pdf(parent, settings, chat_id, summary=request is PrintWhat.SUMMARY_PDF)
    elif request is PrintWhat.SUMMARY_MD:
        return save_summary_markdown(parent, chat_id)
    return None
