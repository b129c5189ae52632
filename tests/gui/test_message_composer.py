"""The message composer: real template, live checks while typing, mailto, the log."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from infointerview.domain.contacts import ContactDraft
from infointerview.services.messages import MessageService
from infointerview.services.session import Session
from infointerview.store.models import OutreachMessage
from infointerview.ui.message_composer import MessageComposer


def composer(qtbot, session: Session, contact_id: int, kind: str = "outreach", opened=None):  # type: ignore[no-untyped-def]
    session.settings.set("profile", {"name": "Alex Morgan", "field": "data science in biotech",
                                     "availability": "Tuesday afternoons"})
    opener = (lambda url: opened.append(url.toString()) or True) if opened is not None else (lambda url: False)
    dialog = MessageComposer(MessageService(session.db, session.settings), session.outreach,
                             contact_id, kind, open_url=opener)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_template_is_filled_and_checks_flip_as_you_type(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    ana = session.contacts.create(ContactDraft(first_name="Ana", last_name="Silva",
                                               organisation="Helix Bio", job_title="Head of Data",
                                               email="ana@helix.example"))
    ben = session.contacts.create(ContactDraft(first_name="Ben", email="ben@quanta.example",
                                               referred_by_id=ana, organisation="Quanta"))
    dialog = composer(qtbot, session, ben)
    body = dialog.body.toPlainText()
    assert "Ana Silva" in body.split(".")[0] or "Ana" in body.split("\n\n")[1].split(".")[0]
    assert "Alex Morgan" in body and "{" not in body
    assert all(dialog.verdicts().values()), dialog.verdicts()

    qtbot.mouseClick(dialog.body, Qt.MouseButton.LeftButton)
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.body, " Could you also look at my CV? I have attached my resume.")
    assert dialog.verdicts()["no_job_request"] is False
    assert "⚠" in dialog.check_labels["no_job_request"].text()

    dialog.body.clear()
    qtbot.keyClicks(dialog.body, "Hello. " + "I like my work and my plans. " * 20)
    verdicts = dialog.verdicts()
    assert verdicts["length"] is False and verdicts["question"] is False
    assert verdicts["connection_first"] is False and verdicts["about_them"] is False


def test_open_in_mail_builds_mailto_then_logs(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    cid = session.contacts.create(ContactDraft(first_name="Ana", email="ana@helix.example",
                                               organisation="Helix Bio"))
    opened: list[str] = []
    dialog = composer(qtbot, session, cid, opened=opened)
    dialog.subject.setText("Thirty minutes & a question?")
    dialog.body.setPlainText("Line one\nLine two: 100% é")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    parts = urlsplit(opened[0])
    assert parts.scheme == "mailto" and unquote(parts.path) == "ana@helix.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thirty minutes & a question?"]
    assert query["body"] == ["Line one\r\nLine two: 100% é"]
    assert "%0D%0A" in opened[0]
    assert dialog.log_bar.isVisible()
    with qtbot.waitSignal(dialog.message_logged):
        qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    (message,) = OutreachMessage.select()
    assert (message.contact_id, message.kind, message.channel) == (cid, "outreach", "email")
    assert message.subject == "Thirty minutes & a question?"
    assert session.contacts.draft(cid).stage == "contacted"


def test_long_message_or_no_mail_program_falls_back_to_clipboard(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    cid = session.contacts.create(ContactDraft(first_name="Ana", email="ana@helix.example"))
    opened: list[str] = []
    dialog = composer(qtbot, session, cid, opened=opened)
    dialog.body.setPlainText("word " * 600)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert "too long" in dialog.log_text.text()
    assert QGuiApplication.clipboard().text().endswith("word " * 599 + "word ")

    refusing = composer(qtbot, session, cid)  # the opener answers False
    qtbot.mouseClick(refusing.send_button, Qt.MouseButton.LeftButton)
    assert "No mail program answered" in refusing.log_text.text()
    qtbot.mouseClick(refusing.not_sent_button, Qt.MouseButton.LeftButton)
    assert not refusing.log_bar.isVisible()
    assert OutreachMessage.select().count() == 0


def test_thank_you_checks_and_own_templates(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    cid = session.contacts.create(ContactDraft(first_name="Ana", email="ana@helix.example"))
    dialog = composer(qtbot, session, cid, kind="thank_you")
    assert set(dialog.verdicts()) == {"timely", "specific", "promised", "reads_well"}
    body = dialog.body.toPlainText()  # nothing was promised or noted: those sentences go
    assert "[" not in body.replace("[my_name]", "") and "offer" not in body
    assert "[offers]" not in dialog.missing.text() and "[takeaways]" not in dialog.missing.text()
    dialog.body.setPlainText("Thanks for the chat about {whatever}.")
    template_id = dialog.save_template("My short thanks")
    assert dialog.template.currentData().id == template_id
    assert dialog.template.currentText() == "My short thanks (mine)"
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    dialog.kind.setCurrentIndex(kinds.index("update"))
    assert set(dialog.verdicts()) == {"specific", "reads_well"}
    assert not dialog.no_checks.isVisible()
    dialog.kind.setCurrentIndex(kinds.index("follow_up"))  # "reads_well" is its only check
    dialog.kind.setCurrentIndex(kinds.index("thank_you"))
    shown = [dialog.checks_layout.itemAt(i).widget() for i in range(dialog.checks_layout.count())]
    order = [key for w in shown if w is not None and not w.isHidden()
             for key, label in dialog.check_labels.items() if label is w]
    assert order == ["timely", "specific", "promised", "reads_well"]  # as the checks run


def test_mailto_url_is_plain_and_percent_encoded() -> None:
    from infointerview.domain.messages import mailto_url

    url = mailto_url("a.b+c@x.org", "Hi & bye", "a\nb")
    assert url == "mailto:a.b+c@x.org?subject=Hi%20%26%20bye&body=a%0D%0Ab"
    assert QUrl(url).isValid()


def test_outreach_to_a_demo_contact(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    """A referred contact from the sample data: template, live verdicts, mailto, the log."""
    from infointerview.services.demo import load_demo
    from infointerview.store.models import Contact

    load_demo(session)
    contact = Contact.select().where(
        Contact.referred_by.is_null(False) & (Contact.email != "") & (Contact.stage == "identified")
    ).first()
    opened: list[str] = []
    dialog = composer(qtbot, session, contact.id, opened=opened)
    referrer = dialog.context.referrer
    assert referrer and referrer.split()[0] in dialog.body.toPlainText().split("\n\n")[1]
    assert dialog.verdicts()["connection_first"] is True
    before = OutreachMessage.select().where(OutreachMessage.contact == contact.id).count()
    qtbot.mouseClick(dialog.body, Qt.MouseButton.LeftButton)
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.Start)
    qtbot.keyClicks(dialog.body, "Are you hiring? Please consider me for a position. ")
    assert dialog.verdicts()["no_job_request"] is False
    dialog.body.setPlainText(dialog.body.toPlainText().replace(
        "Are you hiring? Please consider me for a position. ", ""))
    assert dialog.verdicts()["no_job_request"] is True
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].startswith(f"mailto:{contact.email}?subject=")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    after = OutreachMessage.select().where(OutreachMessage.contact == contact.id).count()
    assert after == before + 1
