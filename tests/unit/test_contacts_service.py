from __future__ import annotations

import pytest

from infointerview.domain.contacts import ContactDraft
from infointerview.services.contacts import (
    NextStep,
    TableRow,
    ValidationFailed,
    planned_step,
    stage_label,
)
from infointerview.services.session import Session
from infointerview.store.models import Chat, Contact, FollowUpTask, Organisation, utcnow


def test_create_then_read_back_every_field(session: Session) -> None:
    service = session.contacts
    draft = ContactDraft(
        first_name="Ana",
        last_name="Silva",
        organisation="Helix Bio",
        job_title="Data Scientist",
        email="ana@helixbio.example",
        phone="+44 20 7946 0000",
        linkedin_url="linkedin.com/in/ana-silva",
        location="London",
        how_found="Alumni database",
        connection_point="Same PhD programme",
        hiring_authority=True,
        lane="deep",
        stage="contacted",
        tags="biotech, data",
        notes="Moved from wet lab to ML.",
    )
    cid = service.create(draft)
    back = service.draft(cid)
    assert back.linkedin_url == "https://linkedin.com/in/ana-silva"
    assert back.organisation == "Helix Bio"
    assert (back.first_name, back.job_title, back.lane, back.stage) == (
        "Ana",
        "Data Scientist",
        "deep",
        "contacted",
    )
    assert back.hiring_authority is True


def test_invalid_draft_writes_nothing(session: Session) -> None:
    with pytest.raises(ValidationFailed) as failure:
        session.contacts.create(ContactDraft(first_name="", email="nope"))
    assert set(failure.value.errors) == {"first_name", "email"}
    assert Contact.select().count() == 0
    assert Organisation.select().count() == 0


def test_organisation_is_created_once_case_insensitively(session: Session) -> None:
    service = session.contacts
    service.create(ContactDraft(first_name="A", organisation="Helix Bio"))
    service.create(ContactDraft(first_name="B", organisation="helix  bio"))
    assert Organisation.select().count() == 1
    assert service.organisation_names() == ["Helix Bio"]


def test_referral_chain_both_directions(session: Session) -> None:
    service = session.contacts
    a = service.create(ContactDraft(first_name="Ana"))
    b = service.create(ContactDraft(first_name="Ben", referred_by_id=a))
    c = service.create(ContactDraft(first_name="Cleo", referred_by_id=b))
    assert service.referral_summary(c) == (["Ben", "Ana"], [])
    assert service.referral_summary(a) == ([], ["Ben"])


def test_self_referral_and_loops_are_refused(session: Session) -> None:
    service = session.contacts
    a = service.create(ContactDraft(first_name="Ana"))
    b = service.create(ContactDraft(first_name="Ben", referred_by_id=a))
    with pytest.raises(ValidationFailed, match="cannot refer themselves"):
        service.update(a, ContactDraft(first_name="Ana", referred_by_id=a))
    with pytest.raises(ValidationFailed, match="referral loop"):
        service.update(a, ContactDraft(first_name="Ana", referred_by_id=b))
    assert service.draft(a).referred_by_id is None


def test_delete_is_undoable(session: Session) -> None:
    service = session.contacts
    a = service.create(ContactDraft(first_name="Ana", notes="precious"))
    service.delete([a])
    assert service.count() == 0 and not service.any()
    assert service.table_rows() == []
    service.restore([a])
    assert service.count() == 1 and service.any()
    assert service.draft(a).notes == "precious"


def test_a_deleted_contact_cannot_be_picked_as_referrer(session: Session) -> None:
    service = session.contacts
    a = service.create(ContactDraft(first_name="Ana"))
    service.delete([a])
    with pytest.raises(ValidationFailed, match="no longer exists"):
        service.create(ContactDraft(first_name="Ben", referred_by_id=a))
    assert [c[1] for c in service.referrer_choices()] == []


def test_table_rows_show_stage_next_step_and_search(session: Session) -> None:
    service = session.contacts
    cid = service.create(
        ContactDraft(first_name="Ana", organisation="Helix", stage="replied", tags="BioTech")
    )
    (raw,) = service.table_rows()
    row = TableRow._make(raw)
    assert (row.id, row.name, row.stage) == (cid, "Ana", "replied")
    assert service.organisations()[row.organisation_id] == "Helix"
    assert (stage_label(row.stage), planned_step(row.stage)) == ("Replied", "Schedule a chat")
    assert service.next_steps() == {}  # nothing scheduled or due: the stage decides
    ((found, text),) = service.search_texts()
    assert found == cid and "biotech" in text and "helix" in text


def test_upcoming_chat_and_due_task_drive_next_step(session: Session) -> None:
    import datetime as dt

    service = session.contacts
    cid = service.create(ContactDraft(first_name="Ana"))
    other = service.create(ContactDraft(first_name="Ben"))
    FollowUpTask.create(
        contact=cid, kind="thank_you", title="Send a thank-you", due_at=utcnow() - dt.timedelta(hours=1)
    )
    FollowUpTask.create(  # due, but snoozed: not flagged
        contact=other, kind="follow_up", title="Nudge Ben", due_at=utcnow() - dt.timedelta(hours=1),
        snoozed_until=utcnow() + dt.timedelta(days=1),
    )
    steps = service.next_steps()
    assert steps[cid] == NextStep(None, "Send a thank-you", True)
    assert steps[other] == NextStep(None, "Nudge Ben", False)
    start = utcnow().replace(microsecond=0) + dt.timedelta(days=2)
    Chat.create(contact=cid, start_at=start)
    step = service.next_steps([cid])[cid]
    assert step.chat_at == start.replace(tzinfo=dt.timezone.utc)  # aware, same instant
    assert step.task == "Send a thank-you" and step.due
    assert list(service.next_steps([other])) == [other]  # only the ids asked for


def test_long_notes_and_awkward_text_round_trip(session: Session) -> None:
    service = session.contacts
    note = ("Línea ünïcode 🙂, \"quotes\", <b>tags</b>, =SUM(A1)\n" * 4000)[:200_000]
    cid = service.create(ContactDraft(first_name="<script>x</script>", notes=note))
    assert service.draft(cid).notes == note.rstrip()
    assert service.draft(cid).first_name == "<script>x</script>"


def test_find_matches_every_word(session: Session) -> None:
    service = session.contacts
    service.create(ContactDraft(first_name="Ana", last_name="Silva", organisation="Helix"))
    service.create(ContactDraft(first_name="Ana", last_name="Okafor", organisation="Quanta"))
    assert [r.name for r in service.find("ana helix")] == ["Ana Silva"]
    assert len(service.find("ana")) == 2
