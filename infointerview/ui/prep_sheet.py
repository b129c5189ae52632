"""Render prep sheets and chat summaries on paper: PDF, print preview, printer.

The prep sheet is one page you keep on the desk during the call: the person
and how to reach them, then the call plan as a time line for the agreed length
(opening, pitch, their story, each question at its minute with a few writing
lines, "who else?" at the wrap-up, the close). The roomy sheet has more lines
and a notes page. Longer content flows to more pages (``paper_flow``) and a
question never leaves its writing lines behind.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from infointerview.domain.call_plan import DEFAULT_WRAP_UP_MIN
from infointerview.files import atomic_write_file
from infointerview.services.documents import ChatSummary, PlanStep, PrepSheet, call_plan
from infointerview.ui import paper_flow as flow
from infointerview.ui.labels import how_found_label
from infointerview.ui.locale_format import date_time_text, time_text
from infointerview.ui.paper_flow import ACCENT, MUTED, Item, Paper, Run, Text, Unit

MARGIN_MM = 14.0
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


COMPACT_LINES = 2
"""Writing lines per question on the one-page sheet (fewer if the setting asks)."""
COMPACT_PITCH_MM = 6.5
ROOMY_PITCH_MM = 8.5
GUTTER_MM = 15.0
"""The time line's minute column."""


def _muted(text: str, size: float = 9.0) -> Run:
    return Run(text, size, colour=QColor(MUTED))


class _Sheet:
    """Builds the units of one document on ``paper``."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.units: list[Unit] = []

    def mm(self, value: float) -> float:
        return self.paper.mm(value)

    def text(self, runs: list[Run], x_mm: float = 0.0, width: float | None = None,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> Text:
        x = self.mm(x_mm)
        return Text(self.paper, runs, x, self.paper.width - x if width is None else width, align)

    def unit(self, *items: Item, new_page: bool = False) -> None:
        self.units.append(Unit(list(items), new_page))

    def heading(self, text: str) -> Run:
        return Run(text.upper(), 8.5, bold=True, colour=QColor(ACCENT))

    def facts(self, cells: list[tuple[str, str, bool]], space_mm: float) -> None:
        """Label and value pairs, two to a row; a ``wide`` one (or one left alone) takes a row."""
        label_w = self.mm(14.0)
        half = self.paper.width / 2
        rows: list[list[tuple[str, str]]] = []
        pending: list[tuple[str, str]] = []
        for label, value, wide in cells:
            if not value.strip():
                continue
            if wide:
                rows += [pending] if pending else []
                rows.append([(label, value)])
                pending = []
            else:
                pending.append((label, value))
                if len(pending) == 2:
                    rows.append(pending)
                    pending = []
        rows += [pending] if pending else []
        items: list[Item] = []
        for row in rows:
            pieces: list[flow.Piece] = []
            for column, (label, value) in enumerate(row):
                left = column * half
                right = half - self.mm(3) if len(row) == 2 and column == 0 else self.paper.width
                pieces.append(Text(self.paper, [_muted(label, 8.5)], left, label_w))
                pieces.append(Text(self.paper, [Run(value.strip(), 9.0)], left + label_w,
                                   right - left - label_w))
            items.append(Item(flow.Row(pieces), self.mm(0.8) if items else self.mm(space_mm),
                              "facts"))
        if items:
            self.units.append(Unit(items))


def _found_text(sheet: PrepSheet) -> str:
    how = how_found_label(sheet.how_found) if sheet.how_found else ""
    parts = [how]
    if sheet.referred_by:
        parts.append(translate("PrepSheet", "referred by {name}").format(name=sheet.referred_by))
    parts.append(sheet.connection_point.strip())
    return " · ".join(p for p in parts if p)


def _step_texts(step: PlanStep) -> tuple[str, str]:
    """The time line's title and hint for a phase (the call window's words, for paper)."""
    texts = {
        "opening": (translate("PrepSheet", "Thanks and the plan"),
                    translate("PrepSheet", "Thank them; say the plan: your bio, their story, "
                                           "questions, done on time.")),
        "my_bio": (translate("PrepSheet", "Your one-minute pitch"), ""),
        "their_story": (translate("PrepSheet", "Their story"),
                        translate("PrepSheet", "Invite their path; note names and resources.")),
        "close": (translate("PrepSheet", "Thank them and close on time"),
                  translate("PrepSheet", "Ask if you may stay in touch; stay on only if they "
                                         "clearly offer.")),
    }
    return texts.get(step.key, (step.key, ""))


def minute_mark(minute: int) -> str:
    return translate("PrepSheet", "{minute} min").format(minute=minute)


def prep_sheet_units(sheet: PrepSheet, paper: Paper, writing_lines: int = 4,
                     roomy: bool = False) -> list[Unit]:
    """The prep sheet's units: one page by default, more room (and a notes page) if ``roomy``."""
    b = _Sheet(paper)
    mm = b.mm
    lines = max(writing_lines, 0) if roomy else min(max(writing_lines, 0), COMPACT_LINES)
    pitch = mm(ROOMY_PITCH_MM if roomy else COMPACT_PITCH_MM)
    b.unit(
        Item(b.text([Run(sheet.person or translate("PrepSheet", "(no name)"), 17, bold=True)]),
             tag="name"),
        *[Item(b.text([Run(subtitle, 11)]), mm(0.6), "subtitle")
          for subtitle in [" · ".join(p for p in (sheet.job_title, sheet.organisation) if p)]
          if subtitle],
    )
    where = " · ".join(p for p in (sheet.mode, sheet.place) if p)
    b.facts([
        (translate("PrepSheet", "When"), when_text(sheet), False),
        (translate("PrepSheet", "Call"), where, False),
        (translate("PrepSheet", "Email"), sheet.email, False),
        (translate("PrepSheet", "Phone"), sheet.phone, False),
        (translate("PrepSheet", "Found"), _found_text(sheet), True),
        (translate("PrepSheet", "Travel"), sheet.travel_note, True),
    ], space_mm=2.2)
    for tag, label, value, empty in (
        ("research", translate("PrepSheet", "Research notes"), sheet.research_notes,
         translate("PrepSheet", "none yet: their path, the organisation, recent news.")),
        ("goals", translate("PrepSheet", "Goals for this chat"), sheet.goals,
         translate("PrepSheet", "none written.")),
    ):
        runs = [b.heading(label), Run("  ")]
        runs.append(Run(value.strip(), 9.0) if value.strip() else _muted(empty))
        b.unit(Item(b.text(runs), mm(2.0), tag))
    plan = sheet.plan or call_plan(sheet.questions, sheet.length_min, DEFAULT_WRAP_UP_MIN)
    length = max(step.minute for step in plan)
    plan_heading = Item(b.text([
        b.heading(translate("PrepSheet", "Call plan · {minutes} min").format(minutes=length)),
        _muted("   " + translate("PrepSheet", "Open questions, in order; keep time for the last one."),
               8.5),
    ]), mm(3.6), "plan")
    first = True
    for step in plan:
        items = [plan_heading] if first else []
        first = False
        items.extend(_step_items(b, sheet, step, lines, pitch, roomy))
        b.unit(*items)
    if roomy:
        b.unit(
            Item(b.text([Run(translate("PrepSheet", "Notes"), 15, bold=True)]), tag="notes"),
            Item(b.text([_muted(translate(
                "PrepSheet", "Names, resources and promises to follow up; then your key takeaways."))]),
                mm(1), "notes"),
            Item(flow.FillLines(paper, 0, paper.width, pitch), mm(1), "notes-lines"),
            new_page=True,
        )
    return b.units


def _step_items(b: _Sheet, sheet: PrepSheet, step: PlanStep, lines: int, pitch: float,
                roomy: bool) -> list[Item]:
    mm = b.mm
    gutter = mm(GUTTER_MM)
    width = b.paper.width - gutter
    mark = Text(b.paper, [Run(minute_mark(step.minute), 9, bold=True, colour=QColor(ACCENT))], 0,
                gutter - mm(2))
    if step.key == "question":
        number = step.question + 1
        text = sheet.questions[step.question]
        tag = f"question {number}"
        row = flow.Row([mark, Text(b.paper, [Run(f"{number}.  {text}", 10, bold=True)], gutter, width)])
        items = [Item(row, mm(3.2 if roomy else 2.0), tag)]
        if lines:
            items.append(Item(flow.Lines(b.paper, lines, gutter, width, pitch), 0, tag + " lines"))
        return items
    title, hint = _step_texts(step)
    runs = [Run(title, 10, bold=True)]
    if hint:
        runs.append(_muted("   " + hint))
    items = [Item(flow.Row([mark, Text(b.paper, runs, gutter, width)]), mm(2.0), step.key)]
    if step.key == "my_bio":
        if sheet.pitch.strip():
            items.append(Item(Text(b.paper, [Run(sheet.pitch.strip(), 9.5)], gutter, width), mm(0.8),
                              "pitch"))
        else:
            items.append(Item(Text(b.paper, [Run(translate(
                "PrepSheet", "Write your pitch: who you are, what you are exploring, why this person."),
                9, colour=QColor(MUTED), italic=True)], gutter, width), mm(0.8), "pitch"))
            items.append(Item(flow.Lines(b.paper, 3, gutter, width, pitch), 0, "pitch lines"))
    elif step.key == "their_story" and roomy:
        items.append(Item(flow.Lines(b.paper, 3, gutter, width, pitch), 0, "story lines"))
    return items


def summary_units(summary: ChatSummary, paper: Paper) -> list[Unit]:
    """A held chat's summary for the user's archive."""
    b = _Sheet(paper)
    mm = b.mm
    top = [Item(b.text([Run(translate("PrepSheet", "Chat with ") + summary.person, 17, bold=True)]))]
    subtitle = " · ".join(p for p in (summary.job_title, summary.organisation) if p)
    if subtitle:
        top.append(Item(b.text([Run(subtitle, 11)]), mm(0.6)))
    top.append(Item(b.text([_muted(" · ".join((when_text(summary), summary.length)), 9.5)]), mm(1)))
    if summary.rating:
        stars = "★" * summary.rating + "☆" * (5 - summary.rating)
        top.append(Item(b.text([Run(translate("PrepSheet", "Rating: ") + stars, 10)]), mm(1)))
    b.unit(*top)

    def section(title: str, text: str, empty: str) -> None:
        body = Run(text.strip(), 10) if text.strip() else Run(empty, 9.5, colour=QColor(MUTED),
                                                             italic=True)
        b.unit(Item(b.text([b.heading(title)]), mm(4.5)), Item(b.text([body]), mm(1.2)))

    section(translate("PrepSheet", "Key takeaways"), summary.takeaways,
            translate("PrepSheet", "None written yet."))
    b.unit(Item(b.text([b.heading(translate("PrepSheet", "Questions and answers"))]), mm(4.5)))
    for number, q in enumerate(summary.questions, 1):
        runs = [Run(f"{number}.  {q.text}", 10.5, bold=True)]
        if not q.asked:
            runs.append(_muted(translate("PrepSheet", "  (not asked)"), 9.5))
        items = [Item(b.text(runs), mm(2))]
        if q.answer.strip():
            items.append(Item(b.text([Run(q.answer.strip(), 10)], x_mm=5), mm(0.8)))
        b.unit(*items)
    section(translate("PrepSheet", "Notes"), summary.notes, translate("PrepSheet", "No notes."))
    section(translate("PrepSheet", "Referrals gained"), "\n".join(summary.referrals),
            translate("PrepSheet", "None."))
    section(translate("PrepSheet", "They promised"), "\n".join(summary.promised),
            translate("PrepSheet", "None."))
    section(translate("PrepSheet", "You promised"), "\n".join(summary.my_promises),
            translate("PrepSheet", "None."))
    return b.units


def page_number_text(page: int, total: int) -> str:
    return translate("PrepSheet", "Page {n} of {total}").format(n=page, total=total)


def render_pages(device: QPagedPaintDevice, factory: DocFactory, header_left: str,
                 header_right: str) -> int:
    """Lay out and paint the document on ``device`` (a PDF writer or a printer); its page count."""
    pages = flow.lay_out(device, factory)
    flow.draw_pages(device, pages, header_left, header_right, page_number_text)
    return len(pages)


def pdf_writer(path: str | os.PathLike[str], size: QPageSize.PageSizeId, title: str = "") -> QPdfWriter:
    """The PDF device every sheet is written on: 300 dpi, ``size`` paper, our margins."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(page_layout(size))
    writer.setCreator("InfoInterview")
    writer.setTitle(title)
    return writer


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
        writer = pdf_writer(tmp, size, title)
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
    """Builds the document's units on a given paper (PDF and printers differ in resolution).

    ``roomy`` may change between calls: the print preview re-renders when it is toggled.
    """

    def __init__(self, sheet: PrepSheet | None = None, summary: ChatSummary | None = None,
                 writing_lines: int = 4, roomy: bool = False) -> None:
        self.sheet = sheet
        self.summary = summary
        self.writing_lines = writing_lines
        self.roomy = roomy

    def __call__(self, paper: Paper) -> list[Unit]:
        if self.sheet is not None:
            return prep_sheet_units(self.sheet, paper, self.writing_lines, self.roomy)
        assert self.summary is not None
        return summary_units(self.summary, paper)


def sheet_header(sheet: PrepSheet) -> tuple[str, str]:
    left = " · ".join(p for p in (sheet.person, sheet.organisation) if p)
    return left, when_text(sheet)


def write_prep_sheet_pdf(path: str | os.PathLike[str], sheet: PrepSheet,
                         size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
                         writing_lines: int = 4, roomy: bool = False) -> int:
    left, right = sheet_header(sheet)
    factory = DocFactory(sheet=sheet, writing_lines=writing_lines, roomy=roomy)
    return write_pdf(path, factory, left, right, size,
                     title=translate("PrepSheet", "Prep sheet: ") + sheet.person)


def write_summary_pdf(path: str | os.PathLike[str], summary: ChatSummary,
                      size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> int:
    left = " · ".join(p for p in (summary.person, summary.organisation) if p)
    return write_pdf(path, DocFactory(summary=summary), left, when_text(summary), size,
                     title=translate("PrepSheet", "Chat summary: ") + summary.person)
