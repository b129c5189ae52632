"""Prep sheets and chat summaries: real PDFs from a real database, read back as text."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from infointerview.cli import main
from infointerview.domain.contacts import ContactDraft
from infointerview.domain.questions import REFERRAL_QUESTION
from infointerview.services import documents
from infointerview.services.session import Session
from infointerview.store.models import Chat, PrepQuestion, utcnow
from infointerview.ui.paper_flow import Run

# Rendering needs a Qt application; let pytest-qt create the QApplication first.
pytestmark = pytest.mark.usefixtures("qapp")


def pdf_text(path: Path) -> str:
    """The PDF's text with whitespace collapsed (pdftotext when installed, else pypdf)."""
    if shutil.which("pdftotext"):
        raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
    else:
        import pypdf

        raw = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())  # ﬁ ligatures → fi


def make_chat(session: Session, first: str, last: str, org: str, title: str,
              questions: list[str], days: float = 2, **chat: object) -> int:
    contact = session.contacts.create(
        ContactDraft(first_name=first, last_name=last, organisation=org, job_title=title)
    )
    row = Chat.create(contact=contact, start_at=utcnow() + dt.timedelta(days=days), **chat)
    for position, text in enumerate(questions):
        PrepQuestion.create(chat=row, text=text, position=position)
    return int(row.id)


QUESTIONS = [
    "How did you move from the lab into data science?",
    "What does a typical week look like for your team?",
    "Which skills from a PhD turned out to matter most?",
]


def test_cli_prints_the_next_chat_with_questions_in_order(session: Session, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    make_chat(session, "Later", "Person", "Far Away Ltd", "Analyst", ["Why later?"], days=9)
    make_chat(session, "Ana", "Silva", "Helix Bio", "Head of Data", QUESTIONS, days=1,
              pitch="I am a biologist exploring data science.", research_notes="Moved from Oxford.")
    out = tmp_path / "sheet.pdf"
    assert main(["prep-sheet", str(out)]) == 0
    assert "Ana Silva" in capsys.readouterr().out
    text = pdf_text(out)
    for expected in ("Ana Silva", "Helix Bio", "Head of Data", "I am a biologist exploring",
                     "Moved from Oxford."):
        assert expected in text
    positions = [text.index(q) for q in [*QUESTIONS, REFERRAL_QUESTION]]
    assert positions == sorted(positions), "questions must print in order, referral last"
    assert "Later Person" not in text
    assert "Page" not in text, "a one-page sheet carries no page number"


def test_html_and_formula_names_print_literally(session: Session, tmp_path: Path) -> None:
    chat = make_chat(session, "<b>Ann</b>", "=HYPERLINK(\"x\")", "<i>Acme</i> & Co", "@Lead",
                     ["What is <script>alert(1)</script> like?"])
    out = tmp_path / "odd.pdf"
    assert main(["prep-sheet", "--chat", str(chat), str(out)]) == 0
    text = pdf_text(out)
    assert '<b>Ann</b> =HYPERLINK("x")' in text
    assert "<i>Acme</i> & Co" in text and "@Lead" in text
    assert "What is <script>alert(1)</script> like?" in text


def test_long_questions_and_notes_flow_onto_more_pages(session: Session, tmp_path: Path) -> None:
    long_question = "How " + "very " * 120 + "long can a question be?"
    chat = make_chat(session, "Bo", "", "", "", [long_question] * 12,
                     research_notes="Research line.\n" * 300)
    out = tmp_path / "long.pdf"
    assert main(["prep-sheet", "--chat", str(chat), "--paper", "letter", str(out)]) == 0
    text = pdf_text(out)
    pages = int(re.findall(r"Page 1 of (\d+)", text)[0])
    assert pages >= 4
    assert text.count("long can a question be?") == 12


def test_no_chats_gives_a_clear_message(session: Session, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prep-sheet", str(tmp_path / "x.pdf")]) == 1
    assert "no chats yet" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_most_recent_chat_when_none_is_upcoming(session: Session) -> None:
    old = make_chat(session, "Old", "", "", "", [], days=-30)
    recent = make_chat(session, "Recent", "", "", "", [], days=-2)
    assert documents.chat_for_sheet() == recent != old


def test_unknown_chat_and_missing_folder_are_explained(session: Session, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prep-sheet", "--chat", "999", str(tmp_path / "a.pdf")]) == 1
    assert "no chat number 999" in capsys.readouterr().err
    assert main(["prep-sheet", str(tmp_path / "missing" / "a.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_summary_as_markdown_escapes_user_text(session: Session, tmp_path: Path) -> None:
    chat = make_chat(session, "Ana", "", "Helix", "", QUESTIONS, days=-1,
                     status="held", takeaways="# not a heading <b>x</b>", notes="[link](http://x)")
    PrepQuestion.update(asked=True, answer_notes="Three months of *evening* courses.").where(
        PrepQuestion.chat == chat, PrepQuestion.position == 0
    ).execute()
    out = tmp_path / "summary.md"
    assert main(["summary", "--chat", str(chat), str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Chat with Ana")
    assert "\\# not a heading \\<b\\>x\\</b\\>" in md
    assert "\\[link\\](http://x)" in md
    assert "Three months of \\*evening\\* courses." in md
    assert "_(not asked)_" in md


def test_summary_pdf_has_answers_and_takeaways(session: Session, tmp_path: Path) -> None:
    chat = make_chat(session, "Ana", "Silva", "Helix", "", QUESTIONS, days=-1, status="held",
                     takeaways="Data standards matter more than models.")
    PrepQuestion.update(asked=True, answer_notes="Evening courses, then a project.").where(
        PrepQuestion.chat == chat, PrepQuestion.position == 0
    ).execute()
    out = tmp_path / "summary.pdf"
    assert main(["summary", "--chat", str(chat), str(out)]) == 0
    text = pdf_text(out)
    assert "Data standards matter more than models." in text
    assert "Evening courses, then a project." in text


def test_a_failed_write_leaves_the_previous_pdf(session: Session, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    chat = make_chat(session, "Ana", "", "", "", QUESTIONS)
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"%PDF previous")
    from infointerview.ui import prep_sheet as render

    class Broken(render.DocFactory):
        def __call__(self, paper):  # type: ignore[no-untyped-def]
            raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        render.write_pdf(out, Broken(), "a", "b", render.paper_size("a4"))
    assert out.read_bytes() == b"%PDF previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "sheet.pdf"]
    assert documents.prep_sheet(chat).person == "Ana"


def test_paper_size_follows_setting_then_locale() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from infointerview.ui.prep_sheet import paper_size

    assert paper_size("letter") == QPageSize.PageSizeId.Letter
    assert paper_size("a4", QLocale("en_US")) == QPageSize.PageSizeId.A4
    assert paper_size("auto", QLocale("en_US")) == QPageSize.PageSizeId.Letter
    assert paper_size("auto", QLocale("de_DE")) == QPageSize.PageSizeId.A4


def test_prep_sheet_of_the_demo_data(session: Session, tmp_path: Path) -> None:
    """`infointerview prep-sheet OUT.pdf` on the sample data: the next chat, every question."""
    from infointerview.services.demo import load_demo

    load_demo(session)
    chat_id = documents.chat_for_sheet()
    chat = Chat.get_by_id(chat_id)
    contact = chat.contact
    questions = [
        q.text
        for q in PrepQuestion.select().where(PrepQuestion.chat == chat_id).order_by(PrepQuestion.position)
    ]
    assert len(questions) >= 4 and questions[-1] == REFERRAL_QUESTION
    out = tmp_path / "demo.pdf"
    assert main(["prep-sheet", str(out)]) == 0
    text = pdf_text(out)
    assert f"{contact.first_name} {contact.last_name}" in text
    assert contact.organisation.name in text and contact.job_title in text
    positions = [text.index(" ".join(q.split())) for q in questions]
    assert positions == sorted(positions)


# -- the one-page sheet you keep on the desk (issue 15, point 9) ------------------------


def pdf_pages(path: Path) -> list[str]:
    """Each page's extracted text (pypdf), whitespace collapsed, ligatures unfolded."""
    import pypdf

    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in pypdf.PdfReader(str(path)).pages]


def ink(text: str) -> list[str]:
    """The characters that leave ink, sorted: a page's text whatever its order and spacing."""
    return sorted(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def demo_sheet(session: Session, tmp_path: Path, *flags: str) -> tuple[Chat, list[str]]:
    from infointerview.services.demo import load_demo

    load_demo(session)
    chat = Chat.get_by_id(documents.chat_for_sheet())
    out = tmp_path / "demo.pdf"
    assert main(["prep-sheet", *flags, str(out)]) == 0
    return chat, pdf_pages(out)


def test_sample_data_prints_one_page_with_how_to_reach_them(
        session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chat, pages = demo_sheet(session, tmp_path)
    assert "1 page," in capsys.readouterr().out
    assert len(pages) == 1
    contact = chat.contact
    text = pages[0]
    assert contact.email and contact.email in text
    referrer = contact.referred_by
    assert f"referred by {referrer.first_name} {referrer.last_name}" in text
    assert contact.connection_point in text
    assert "Notes" not in text.split() and "Page" not in text, "no notes page, no stray words"
    # the call plan: a minute mark for each question, "who else?" at L-5, then the close
    questions = [q.text for q in PrepQuestion.select().where(PrepQuestion.chat == chat.id)
                 .order_by(PrepQuestion.position)]
    assert f"{chat.length_min - 5} min {len(questions)}. {REFERRAL_QUESTION}" in text
    assert f"{chat.length_min} min Thank them and close on time" in text
    assert "0 min Thanks and the plan" in text and "1 min Your one-minute pitch" in text
    assert len(re.findall(r"\d+ min \d+\. ", text)) == len(questions)


def test_roomy_has_more_room_and_a_notes_page(session: Session, tmp_path: Path) -> None:
    chat, pages = demo_sheet(session, tmp_path, "--roomy")
    assert len(pages) > 1
    assert "Notes Names, resources and promises to follow up" in pages[-1]
    assert all("Notes Names" not in page for page in pages[:-1])
    assert chat.contact.email in pages[0]


def test_email_phone_and_referrer_print_literally(session: Session, tmp_path: Path) -> None:
    referrer = session.contacts.create(ContactDraft(first_name="<b>x</b>", last_name="Bianchi"))
    contact = session.contacts.create(ContactDraft(
        first_name="Ana", last_name="Silva", organisation="Helix", job_title="Head of Data",
        email="ana.silva@helix.example", phone="+44 20 7946 0123", how_found="Referral",
        connection_point="Met at <i>BioData</i> 2026", referred_by_id=referrer,
    ))
    row = Chat.create(contact=contact, start_at=utcnow() + dt.timedelta(days=1), length_min=45)
    for position, text in enumerate(QUESTIONS):
        PrepQuestion.create(chat=row, text=text, position=position)
    out = tmp_path / "ana.pdf"
    assert main(["prep-sheet", "--chat", str(row.id), str(out)]) == 0
    [text] = pdf_pages(out)
    assert "ana.silva@helix.example" in text and "+44 20 7946 0123" in text
    assert "Referral · referred by <b>x</b> Bianchi · Met at <i>BioData</i> 2026" in text
    assert f"40 min 4. {REFERRAL_QUESTION}" in text  # who else? at L-5 of a 45-minute call
    assert "45 min Thank them and close on time" in text


@pytest.mark.parametrize("roomy", [False, True], ids=["one-page", "roomy"])
def test_the_pdf_text_is_exactly_what_each_page_shows(session: Session, tmp_path: Path,
                                                      roomy: bool) -> None:
    """Every piece lies inside its page's body and the text layer holds nothing else."""
    from infointerview.services.demo import load_demo
    from infointerview.ui import paper_flow
    from infointerview.ui import prep_sheet as render

    load_demo(session)
    long_chat = make_chat(session, "Bo", "Long", "Org", "Title",
                          ["How " + "very " * 30 + f"long is question {n}?" for n in range(15)])
    for chat_id in (documents.chat_for_sheet(), long_chat):
        sheet = documents.prep_sheet(chat_id)
        factory = render.DocFactory(sheet=sheet, roomy=roomy)
        size = render.paper_size("a4")
        out = tmp_path / f"{chat_id}.pdf"
        pages = render.write_pdf(out, factory, *render.sheet_header(sheet), size)
        writer = render.pdf_writer(tmp_path / "layout.pdf", size)
        layout = paper_flow.lay_out(writer, factory)
        _w, height, header, footer = paper_flow.page_metrics(writer)
        del writer
        printed = pdf_pages(out)
        assert len(layout) == len(printed) == pages
        left, right = render.sheet_header(sheet)
        for number, (placed, text) in enumerate(zip(layout, printed, strict=True)):
            body = height - (header if number else 0) - (footer if pages > 1 else 0)
            assert all(p.y >= 0 and p.y + p.piece.height <= body + 0.5 for p in placed)
            shown = "".join(run.text for p in placed for run in _runs(p.piece))
            if number:
                shown += left + right
            if pages > 1:
                shown += render.page_number_text(number + 1, pages)
            assert ink(text) == ink(shown), f"page {number + 1} of chat {chat_id}"


def _runs(piece: object) -> list[Run]:
    from infointerview.ui.paper_flow import Row, Text

    if isinstance(piece, Text):
        return list(piece.runs)
    if isinstance(piece, Row):
        return [run for cell in piece.cells for run in _runs(cell)]
    return []


def test_fifteen_long_questions_flow_on_and_none_is_split(session: Session, tmp_path: Path) -> None:
    from infointerview.ui import paper_flow
    from infointerview.ui import prep_sheet as render

    questions = [f"Question {n}: " + "how did the move from the bench into this role go, " * 4
                 + "and what would you do again?" for n in range(1, 16)]
    chat = make_chat(session, "Bo", "Long", "Org", "Title", questions,
                     pitch="I am a biologist exploring data science. " * 8)
    out = tmp_path / "long.pdf"
    assert main(["prep-sheet", "--chat", str(chat), str(out)]) == 0
    pages = pdf_pages(out)
    assert len(pages) >= 2 and "Page 1 of" in pages[0]
    sheet = documents.prep_sheet(chat)
    for number, question in enumerate(sheet.questions, 1):
        words = f"{number}. {' '.join(question.split())}"
        holding = [i for i, page in enumerate(pages) if words in page]
        assert len(holding) == 1, f"question {number} is on one page, whole"
    writer = render.pdf_writer(tmp_path / "layout.pdf", render.paper_size("a4"))
    layout = paper_flow.lay_out(writer, render.DocFactory(sheet=sheet))
    del writer
    page_of: dict[str, set[int]] = {}
    for index, page in enumerate(layout):
        for placed in page:
            page_of.setdefault(placed.tag, set()).add(index)
    for number in range(1, len(sheet.questions) + 1):
        assert page_of[f"question {number}"] == page_of[f"question {number} lines"], number
        assert len(page_of[f"question {number}"]) == 1
    assert max(max(p) for p in page_of.values()) == len(pages) - 1


def test_a_sheet_built_without_a_plan_still_prints_every_question(tmp_path: Path) -> None:
    import dataclasses

    from infointerview.ui import paper_flow
    from infointerview.ui import prep_sheet as render

    sheet = documents.PrepSheet(
        chat_id=1, when="", person="Ana", organisation="", job_title="", mode="", place="",
        travel_note="", my_name="", pitch="", research_notes="", goals="",
        questions=(*QUESTIONS, REFERRAL_QUESTION), length_min=30,
    )
    writer = render.pdf_writer(tmp_path / "layout.pdf", render.paper_size("a4"))
    tags = [p.tag for page in paper_flow.lay_out(writer, render.DocFactory(sheet=sheet)) for p in page]
    with_plan = dataclasses.replace(sheet, plan=documents.call_plan(sheet.questions, 30, 5))
    tags_planned = [p.tag for page in paper_flow.lay_out(writer, render.DocFactory(sheet=with_plan))
                    for p in page]
    del writer
    assert [t for t in tags if t.startswith("question")] == [
        f"question {n}{part}" for n in range(1, 5) for part in ("", " lines")]
    assert tags == tags_planned
