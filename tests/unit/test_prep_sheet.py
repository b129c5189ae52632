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
    assert re.search(r"Page 1 of \d", text)


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
        def __call__(self, dpi: float, breaks: frozenset[int] = frozenset()):  # type: ignore[no-untyped-def]
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
