"""Render prep sheets and chat summaries on paper: PDF, print preview, printer.

The body is a ``QTextDocument`` built with ``QTextCursor`` (so every user
string is inserted as literal text, never parsed as HTML); pages are drawn one
by one so a header naming the person repeats on each page, with page numbers.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from infointerview.files import atomic_write_file
from infointerview.services.documents import ChatSummary, PrepSheet
from infointerview.ui.locale_format import date_time_text, time_text

MARGIN_MM = 16.0
HEADER_MM = 11.0
FOOTER_MM = 9.0
LINE_MM = 8.5
INK = QColor("#1f2937")
MUTED = QColor("#6b7280")
RULE = QColor("#9ca3af")
ACCENT = QColor("#2563eb")
FAMILY = "DejaVu Sans, Helvetica, Arial, sans-serif"
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}


translate = QCoreApplication.translate
"""Call it with a literal context and text, so pyside6-lupdate can read both."""


def when_text(item: PrepSheet | ChatSummary) -> str:
    """The chat's date and time span in the user's locale ('Tuesday, 24 November 2026, 14:00–14:30')."""
    if item.start_local is None:
        return item.when
    end = item.start_local + dt.timedelta(minutes=item.length_min)
    return f"{date_time_text(item.start_local, long=True)}–{time_text(end)}"


def paper_size(setting: str = "auto", locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """A4 or Letter: the setting if given, else the locale's habit."""
    if setting.lower() == "letter":
        return QPageSize.PageSizeId.Letter
    if setting.lower() == "a4":
        return QPageSize.PageSizeId.A4
    territory = (locale or QLocale()).territory()
    return QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4


def page_layout(size: QPageSize.PageSizeId) -> QPageLayout:
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


class _Builder:
    """Appends styled text to a document; every string goes in as plain text."""

    def __init__(self, dpi: float) -> None:
        self.dpi = dpi
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        font = QFont()
        font.setFamilies([f.strip() for f in FAMILY.split(",")])
        font.setPointSizeF(10.5)
        self.doc.setDefaultFont(font)
        self.cursor = QTextCursor(self.doc)
        self._first = True

    def mm(self, value: float) -> float:
        """Millimetres in the document's length unit (Qt scales 96-dpi pixels to the device)."""
        return value / 25.4 * 96.0

    def _char(self, size: float, bold: bool = False, colour: QColor = INK, italic: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setForeground(QBrush(colour))
        return fmt

    def paragraph(
        self,
        text: str,
        size: float = 10.5,
        bold: bool = False,
        colour: QColor = INK,
        before_mm: float = 0.0,
        after_mm: float = 1.2,
        italic: bool = False,
        page_break: bool = False,
    ) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(self.mm(before_mm))
        block.setBottomMargin(self.mm(after_mm))
        if page_break:
            block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if self._first:
            self.cursor.setBlockFormat(block)
            self._first = False
        else:
            self.cursor.insertBlock(block)
        lines = text.splitlines() or [""]
        fmt = self._char(size, bold, colour, italic)
        for i, line in enumerate(lines):
            if i:
                self.cursor.insertText("\u2028", fmt)
            self.cursor.insertText(line, fmt)

    def heading(self, text: str) -> None:
        self.paragraph(text.upper(), size=9, bold=True, colour=ACCENT, before_mm=5, after_mm=1.5)

    def body(self, text: str, empty: str) -> None:
        if text.strip():
            self.paragraph(text.strip(), size=10.5)
        else:
            self.paragraph(empty, size=10, colour=MUTED, italic=True)

    def writing_lines(self, count: int) -> None:
        """Ruled lines to write on by hand."""
        if count <= 0:
            return
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        table_format.setCellPadding(0)
        table_format.setCellSpacing(0)
        table_format.setMargin(0)
        table_format.setTopMargin(self.mm(0.5))
        table_format.setBottomMargin(self.mm(1.5))
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self.cursor.insertTable(count, 1, table_format)
        cell_format = QTextTableCellFormat()
        cell_format.setBottomBorder(max(1.0, self.mm(0.2)))
        cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        cell_format.setBottomBorderBrush(QBrush(RULE))
        cell_format.setTopBorder(0)
        cell_format.setLeftBorder(0)
        cell_format.setRightBorder(0)
        line_block = QTextBlockFormat()
        line_block.setLineHeight(self.mm(LINE_MM), 2)  # QTextBlockFormat.FixedHeight
        for row in range(count):
            cell = table.cellAt(row, 0)
            cell.setFormat(cell_format)
            cell_cursor = cell.firstCursorPosition()
            cell_cursor.setBlockFormat(line_block)
            cell_cursor.insertText(" ", self._char(10))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._first = False


Groups = list[tuple[int, int, int]]
"""(question index, first block, last block): a question and its writing lines."""


def prep_sheet_document(
    sheet: PrepSheet, dpi: float, writing_lines: int = 4, breaks: frozenset[int] = frozenset()
) -> tuple[QTextDocument, Groups]:
    """The prep sheet's body (the running header is drawn per page).

    ``breaks`` lists question indexes that start a new page, so that a question
    is never separated from its writing lines.
    """
    b = _Builder(dpi)
    groups: Groups = []
    b.paragraph(sheet.person or translate("PrepSheet", "(no name)"), size=20, bold=True, after_mm=0.5)
    subtitle = " · ".join(p for p in (sheet.job_title, sheet.organisation) if p)
    if subtitle:
        b.paragraph(subtitle, size=12, colour=INK, after_mm=1)
    meta = " · ".join(p for p in (when_text(sheet), sheet.mode, sheet.place) if p)
    b.paragraph(meta, size=10, colour=MUTED, after_mm=0.5)
    if sheet.travel_note.strip():
        b.paragraph(translate("PrepSheet", "Travel: ") + sheet.travel_note.strip(), size=10, colour=MUTED)
    b.heading(translate("PrepSheet", "My one-minute pitch"))
    if sheet.pitch.strip():
        b.body(sheet.pitch, "")
    else:
        b.paragraph(translate("PrepSheet", "Write your pitch: who you are, what you are exploring, why this person."),
                    size=10, colour=MUTED, italic=True)
        b.writing_lines(3)
    b.heading(translate("PrepSheet", "Research notes"))
    b.body(sheet.research_notes, translate("PrepSheet", "No research notes yet: their path, the organisation, recent news."))
    b.heading(translate("PrepSheet", "Goals for this chat"))
    b.body(sheet.goals, translate("PrepSheet", "No goals written."))
    b.heading(translate("PrepSheet", "Questions, in order"))
    b.paragraph(translate("PrepSheet", "Open questions only. Leave time for the last one."), size=9, colour=MUTED)
    for index, question in enumerate(sheet.questions):
        b.paragraph(f"{index + 1}.  {question}", size=11, bold=True, before_mm=2.5, after_mm=0.5,
                    page_break=index in breaks)
        first = b.cursor.block().blockNumber()
        b.writing_lines(writing_lines)
        groups.append((index, first, b.doc.blockCount() - 2))
    b.paragraph(translate("PrepSheet", "Notes"), size=16, bold=True, page_break=True, after_mm=2)
    b.paragraph(translate("PrepSheet", "Names, resources and promises to follow up; then your key takeaways."),
                size=9, colour=MUTED)
    b.writing_lines(24)
    return b.doc, groups


def summary_document(summary: ChatSummary, dpi: float) -> tuple[QTextDocument, Groups]:
    b = _Builder(dpi)
    b.paragraph(translate("PrepSheet", "Chat with ") + summary.person, size=18, bold=True, after_mm=0.5)
    subtitle = " · ".join(p for p in (summary.job_title, summary.organisation) if p)
    if subtitle:
        b.paragraph(subtitle, size=12)
    b.paragraph(" · ".join((when_text(summary), summary.length)), size=10, colour=MUTED)
    if summary.rating:
        b.paragraph(translate("PrepSheet", "Rating: ") + "★" * summary.rating + "☆" * (5 - summary.rating), size=10)
    b.heading(translate("PrepSheet", "Key takeaways"))
    b.body(summary.takeaways, translate("PrepSheet", "None written yet."))
    b.heading(translate("PrepSheet", "Questions and answers"))
    for number, q in enumerate(summary.questions, 1):
        suffix = "" if q.asked else translate("PrepSheet", "  (not asked)")
        b.paragraph(f"{number}.  {q.text}{suffix}", size=10.5, bold=True, before_mm=1.5, after_mm=0.3)
        if q.answer.strip():
            b.paragraph(q.answer.strip(), size=10)
    b.heading(translate("PrepSheet", "Notes"))
    b.body(summary.notes, translate("PrepSheet", "No notes."))
    b.heading(translate("PrepSheet", "Referrals gained"))
    b.body("\n".join(summary.referrals), translate("PrepSheet", "None."))
    b.heading(translate("PrepSheet", "They promised"))
    b.body("\n".join(summary.promised), translate("PrepSheet", "None."))
    b.heading(translate("PrepSheet", "You promised"))
    b.body("\n".join(summary.my_promises), translate("PrepSheet", "None."))
    return b.doc, []


def render_pages(
    device: QPagedPaintDevice, factory: DocFactory, header_left: str, header_right: str
) -> int:
    """Paint ``doc`` page by page on ``device`` with a running header and page numbers."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("PrepSheet", "Could not start writing the document."))
    try:
        layout = device.pageLayout()
        dpi = float(device.logicalDpiY())
        paint_rect = layout.paintRectPixels(int(dpi))
        width = float(paint_rect.width())
        height = float(paint_rect.height())
        header_h = HEADER_MM / 25.4 * dpi
        footer_h = FOOTER_MM / 25.4 * dpi
        body_h = height - header_h - footer_h
        doc = _paginate(factory, device, QSizeF(width, body_h))
        pages = doc.pageCount()
        small = QFont()
        small.setFamilies([f.strip() for f in FAMILY.split(",")])
        small.setPointSizeF(8.5)
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(small)
            painter.setPen(QPen(MUTED))
            top = QRectF(0, 0, width, header_h * 0.7)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             header_left)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             header_right)
            painter.setPen(QPen(RULE, max(1.0, dpi / 300)))
            painter.drawLine(QPointF(0, header_h * 0.78), QPointF(width, header_h * 0.78))
            painter.setPen(QPen(MUTED))
            footer = QRectF(0, height - footer_h * 0.8, width, footer_h * 0.8)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignCenter),
                             translate("PrepSheet", "Page {n} of {total}").format(n=page + 1, total=pages))
            painter.save()
            painter.translate(0, header_h - page * body_h)
            doc.drawContents(painter, QRectF(0, page * body_h, width, body_h))
            painter.restore()
        return pages
    finally:
        painter.end()


def _laid_out(factory: DocFactory, device: QPagedPaintDevice, page: QSizeF,
              breaks: frozenset[int]) -> tuple[QTextDocument, Groups]:
    doc, groups = factory(float(device.logicalDpiY()), breaks)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(page)
    return doc, groups


def _paginate(factory: DocFactory, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    """Lay out, then rebuild with page breaks before questions that would be split."""
    breaks: frozenset[int] = frozenset()
    doc, groups = _laid_out(factory, device, page, breaks)
    for _ in range(len(groups)):
        split = _first_split_group(doc, groups, page.height())
        if split is None or split in breaks:
            break
        breaks = breaks | {split}
        doc, groups = _laid_out(factory, device, page, breaks)
    return doc


def _first_split_group(doc: QTextDocument, groups: Groups, page_height: float) -> int | None:
    layout = doc.documentLayout()
    for index, first, last in groups:
        top = layout.blockBoundingRect(doc.findBlockByNumber(first)).top()
        bottom = layout.blockBoundingRect(doc.findBlockByNumber(last)).bottom()
        if bottom - top < page_height * 0.9 and int(top // page_height) != int(bottom // page_height):
            return index
    return None


def write_pdf(
    path: str | os.PathLike[str],
    doc_factory: DocFactory,
    header_left: str,
    header_right: str,
    size: QPageSize.PageSizeId,
    title: str = "",
) -> int:
    """Write a PDF through the one safe writer (``files.atomic_write_file``): a temporary
    file beside the target, checked to be a whole PDF, then moved into place; an
    existing sheet survives a failed or full-disk write. Returns the page count."""
    pages = 0

    def write(tmp: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setPageLayout(page_layout(size))
        writer.setCreator("InfoInterview")
        writer.setTitle(title)
        pages = render_pages(writer, doc_factory, header_left, header_right)
        del writer  # flush and close the file

    atomic_write_file(path, write, PDF_ENDINGS, _is_whole_pdf)
    return pages


PDF_ENDINGS = (".pdf",)


def _is_whole_pdf(path: Path) -> bool:
    """QPdfWriter reports no errors: a whole PDF starts with %PDF- and ends with %%EOF."""
    with open(path, "rb") as handle:
        if handle.read(5) != b"%PDF-":
            return False
        handle.seek(max(0, path.stat().st_size - 1024))
        return b"%%EOF" in handle.read()


class DocFactory:
    """Builds the document for a given resolution (PDF and printers differ)."""

    def __init__(self, sheet: PrepSheet | None = None, summary: ChatSummary | None = None,
                 writing_lines: int = 4) -> None:
        self.sheet = sheet
        self.summary = summary
        self.writing_lines = writing_lines

    def __call__(
        self, dpi: float, breaks: frozenset[int] = frozenset()
    ) -> tuple[QTextDocument, Groups]:
        if self.sheet is not None:
            return prep_sheet_document(self.sheet, dpi, self.writing_lines, breaks)
        assert self.summary is not None
        return summary_document(self.summary, dpi)


def sheet_header(sheet: PrepSheet) -> tuple[str, str]:
    left = " · ".join(p for p in (sheet.person, sheet.organisation) if p)
    return left, when_text(sheet)


def write_prep_sheet_pdf(path: str | os.PathLike[str], sheet: PrepSheet,
                         size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
                         writing_lines: int = 4) -> int:
    left, right = sheet_header(sheet)
    return write_pdf(path, DocFactory(sheet=sheet, writing_lines=writing_lines), left, right, size,
                     title=translate("PrepSheet", "Prep sheet: ") + sheet.person)


def write_summary_pdf(path: str | os.PathLike[str], summary: ChatSummary,
                      size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> int:
    left = " · ".join(p for p in (summary.person, summary.organisation) if p)
    return write_pdf(path, DocFactory(summary=summary), left, when_text(summary), size,
                     title=translate("PrepSheet", "Chat summary: ") + summary.person)
