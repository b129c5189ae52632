"""Pieces of a printed page (text, ruled lines, rows) and the flow that pages them.

Every piece is drawn whole on one page: a paragraph that does not fit is cut
between two of its lines into two paragraphs, and a unit (a question with its
writing lines) that does not fit moves to the next page as a whole. Nothing is
drawn clipped, so a PDF's text layer holds exactly what is visible on its page.

Every user string is inserted with ``QTextCursor.insertText``: literal text,
never parsed as HTML. Lengths are in device pixels (``Paper.mm`` converts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

INK = QColor("#1f2937")
MUTED = QColor("#6b7280")
RULE = QColor("#a3a9b3")
ACCENT = QColor("#1d4ed8")
FAMILIES = ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"]
HEADER_MM = 10.0
FOOTER_MM = 8.0


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style."""

    text: str
    size: float = 9.5
    bold: bool = False
    colour: QColor = field(default_factory=lambda: QColor(INK))
    italic: bool = False


class Paper:
    """The device being drawn on and the width of its text area."""

    def __init__(self, device: QPagedPaintDevice, width: float) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.width = width

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi


class Piece(Protocol):
    height: float

    def draw(self, painter: QPainter, y: float) -> None: ...

    def split(self, room: float) -> tuple[Piece, Piece] | None:
        """A head that fits in ``room`` and the rest, or None if nothing fits."""
        ...


class Text:
    """One paragraph of runs at ``x``, wrapped to ``width``; lines break with "\\n"."""

    def __init__(self, paper: Paper, runs: Sequence[Run], x: float, width: float,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.paper = paper
        self.runs = [Run(r.text.replace("\r\n", "\n").replace("\n", "\u2028"), r.size, r.bold,
                         r.colour, r.italic) for r in runs]
        self.x = x
        self.width = width
        self.align = align
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.documentLayout().setPaintDevice(paper.device)
        font = QFont()
        font.setFamilies(FAMILIES)
        self.doc.setDefaultFont(font)
        cursor = QTextCursor(self.doc)
        block = QTextBlockFormat()
        block.setAlignment(align)
        cursor.setBlockFormat(block)
        for run in self.runs:
            fmt = QTextCharFormat()
            fmt.setFontFamilies(FAMILIES)
            fmt.setFontPointSize(run.size)
            fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
            fmt.setFontItalic(run.italic)
            fmt.setForeground(QBrush(run.colour))
            cursor.insertText(run.text, fmt)
        self.doc.setTextWidth(width)
        self.height = float(self.doc.documentLayout().documentSize().height())
        layout = self.doc.firstBlock().layout()
        self.ascent = float(layout.lineAt(0).ascent()) if layout.lineCount() else 0.0
        """From the top to the first line's baseline: a ``Row`` lines its cells up on it."""

    def draw(self, painter: QPainter, y: float) -> None:
        painter.save()
        painter.translate(self.x, y)
        self.doc.drawContents(painter)
        painter.restore()

    def split(self, room: float) -> tuple[Piece, Piece] | None:
        layout = self.doc.firstBlock().layout()
        fits = -1
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            if line.y() + line.height() > room:
                break
            fits = index
        if fits < 0 or fits >= layout.lineCount() - 1:
            return None
        cut = layout.lineAt(fits + 1).textStart()
        head: list[Run] = []
        tail: list[Run] = []
        start = 0
        for run in self.runs:
            end = start + len(run.text)
            if end <= cut:
                head.append(run)
            elif start >= cut:
                tail.append(run)
            else:
                head.append(Run(run.text[: cut - start], run.size, run.bold, run.colour, run.italic))
                tail.append(Run(run.text[cut - start :], run.size, run.bold, run.colour, run.italic))
            start = end
        if tail:
            first = tail[0]
            tail[0] = Run(first.text.lstrip("\u2028"), first.size, first.bold, first.colour,
                          first.italic)
        return (Text(self.paper, head, self.x, self.width, self.align),
                Text(self.paper, tail, self.x, self.width, self.align))


class Lines:
    """Ruled lines to write on by hand, ``pitch`` apart."""

    def __init__(self, paper: Paper, count: int, x: float, width: float, pitch: float) -> None:
        self.paper = paper
        self.count = max(0, count)
        self.x = x
        self.width = width
        self.pitch = pitch
        self.height = self.count * pitch

    def draw(self, painter: QPainter, y: float) -> None:
        painter.save()
        pen = QPen(RULE)
        pen.setWidthF(max(1.0, self.paper.mm(0.2)))
        painter.setPen(pen)
        for row in range(1, self.count + 1):
            line_y = y + row * self.pitch
            painter.drawLine(QPointF(self.x, line_y), QPointF(self.x + self.width, line_y))
        painter.restore()

    def split(self, room: float) -> tuple[Piece, Piece] | None:
        fits = int(room // self.pitch)
        if fits < 1 or fits >= self.count:
            return None
        return (Lines(self.paper, fits, self.x, self.width, self.pitch),
                Lines(self.paper, self.count - fits, self.x, self.width, self.pitch))


class FillLines(Lines):
    """Ruled lines to the foot of the page they land on (a notes page)."""

    def __init__(self, paper: Paper, x: float, width: float, pitch: float) -> None:
        super().__init__(paper, 1, x, width, pitch)

    def filling(self, room: float) -> Lines:
        return Lines(self.paper, max(1, int(room // self.pitch)), self.x, self.width, self.pitch)


class Row:
    """Pieces side by side (each carries its own x), their first lines on one baseline;
    as tall as the tallest, never split."""

    def __init__(self, cells: Sequence[Piece]) -> None:
        self.cells = list(cells)
        ascents = [getattr(cell, "ascent", 0.0) for cell in self.cells]
        top = max(ascents, default=0.0)
        self.offsets = [top - ascent for ascent in ascents]
        self.height = max((off + cell.height for off, cell in zip(self.offsets, self.cells, strict=True)),
                          default=0.0)

    def draw(self, painter: QPainter, y: float) -> None:
        for offset, cell in zip(self.offsets, self.cells, strict=True):
            cell.draw(painter, y + offset)

    def split(self, room: float) -> tuple[Piece, Piece] | None:
        return None


@dataclass
class Item:
    """A piece in the flow, ``space`` below the one before it (dropped at a page's top);
    ``tag`` names it for tests and debugging."""

    piece: Piece
    space: float = 0.0
    tag: str = ""


@dataclass
class Unit:
    """Items kept on one page when they fit on one; ``new_page`` starts a page first."""

    items: list[Item]
    new_page: bool = False


@dataclass
class Placed:
    piece: Piece
    y: float
    tag: str


Pages = list[list[Placed]]


class _Pager:
    def __init__(self, first_height: float, other_height: float) -> None:
        self.pages: Pages = [[]]
        self.y = 0.0
        self.limit = first_height
        self.other_height = other_height

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0
        self.limit = self.other_height

    def place(self, piece: Piece, space: float, tag: str) -> None:
        self.pages[-1].append(Placed(piece, self.y + space, tag))
        self.y += space + piece.height

    def room(self, space: float) -> float:
        return self.limit - self.y - space


def _unit_height(unit: Unit) -> float:
    return sum(item.space + item.piece.height for item in unit.items) - (
        unit.items[0].space if unit.items else 0.0
    )


def paginate(units: Sequence[Unit], first_height: float, other_height: float) -> Pages:
    """Place ``units`` on pages ``first_height`` (then ``other_height``) tall."""
    pager = _Pager(first_height, other_height)
    slack = 0.01
    for unit in units:
        if not unit.items:
            continue
        if unit.new_page and pager.pages[-1]:
            pager.new_page()
        whole = _unit_height(unit)
        lead = unit.items[0].space if pager.y > 0 else 0.0
        if pager.y > 0 and whole > pager.room(lead) + slack and whole <= other_height:
            pager.new_page()
        for item in unit.items:
            piece: Piece = item.piece
            while True:
                space = item.space if pager.y > 0 else 0.0
                if isinstance(piece, FillLines):
                    piece = piece.filling(pager.room(space))
                if piece.height <= pager.room(space) + slack:
                    pager.place(piece, space, item.tag)
                    break
                parts = piece.split(pager.room(space))
                if parts is not None:
                    pager.place(parts[0], space, item.tag)
                    pager.new_page()
                    piece = parts[1]
                elif pager.y > 0:
                    pager.new_page()
                else:  # taller than a page and cannot be cut: it overflows its page
                    pager.place(piece, 0.0, item.tag)
                    break
    return pages_without_empty(pager.pages)


def pages_without_empty(pages: Pages) -> Pages:
    kept = [page for page in pages if page]
    return kept or [[]]


Build = Callable[[Paper], list[Unit]]


def page_metrics(device: QPagedPaintDevice) -> tuple[float, float, float, float]:
    """(width, height, header, footer) of the printable area in device pixels."""
    dpi = float(device.logicalDpiY())
    rect = device.pageLayout().paintRectPixels(int(dpi))
    return (float(rect.width()), float(rect.height()), HEADER_MM / 25.4 * dpi,
            FOOTER_MM / 25.4 * dpi)


def lay_out(device: QPagedPaintDevice, build: Build) -> Pages:
    """The pages ``build`` fills on ``device``: the first without the running header,
    and a page number at the foot of each only when there is more than one."""
    width, height, header, footer = page_metrics(device)
    units = build(Paper(device, width))
    single = paginate(units, height, height - header - footer)
    if len(single) == 1:  # one page needs no page number: the footer's room is used
        return single
    return paginate(units, height - footer, height - header - footer)


def draw_pages(device: QPagedPaintDevice, pages: Pages, header_left: str, header_right: str,
               page_text: Callable[[int, int], str]) -> None:
    """Paint ``pages`` on ``device``; from page 2 on a running header (the left part
    shortened with "…" to leave room for the right), and page numbers in the footer
    when there is more than one page."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Could not start writing the document.")
    try:
        width, height, header, footer = page_metrics(device)
        small = QFont()
        small.setFamilies(FAMILIES)
        small.setPointSizeF(8)
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            top = 0.0
            painter.setFont(small)
            if number:
                painter.setPen(QPen(MUTED))
                box = QRectF(0, 0, width, header * 0.6)
                metrics = QFontMetricsF(painter.font(), device)
                room = width - metrics.horizontalAdvance(header_right) - header
                left = metrics.elidedText(header_left, Qt.TextElideMode.ElideRight, max(0.0, room))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 left)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 header_right)
                rule = QPen(RULE)
                rule.setWidthF(max(1.0, device.logicalDpiY() / 300))
                painter.setPen(rule)
                painter.drawLine(QPointF(0, header * 0.72), QPointF(width, header * 0.72))
                top = header
            if len(pages) > 1:
                painter.setPen(QPen(MUTED))
                painter.drawText(QRectF(0, height - footer * 0.7, width, footer * 0.7),
                                 int(Qt.AlignmentFlag.AlignCenter), page_text(number + 1, len(pages)))
            for placed in page:
                placed.piece.draw(painter, top + placed.y)
    finally:
        painter.end()
