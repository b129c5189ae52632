"""Contact use cases: validate, save, soft-delete with undo, and table rows.

Table rows are plain tuples (see ``Row``) built once per load so the Qt
model never does per-row Python work while filtering or sorting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any, NamedTuple

from peewee import SqliteDatabase

from infointerview.domain import contacts as rules
from infointerview.store import contacts as queries
from infointerview.store.models import Contact, utcnow


class ValidationFailed(ValueError):
    """The draft has errors; ``errors`` maps field name to a sentence."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()))
        self.errors = errors


class Row(NamedTuple):
    """One contact as the table shows it, plus what search needs."""

    id: int
    name: str
    organisation: str
    job_title: str
    stage: str
    last_contact: str
    next_step: str
    search: str
    stage_key: str
    due: bool
    hiring_authority: bool


COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("organisation", "Organisation"),
    ("job_title", "Job title"),
    ("stage", "Stage"),
    ("last_contact", "Last contact"),
    ("next_step", "Next step"),
)


def _local_datetime(value: Any) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    result: dt.datetime = value.replace(tzinfo=dt.timezone.utc).astimezone()
    return result


_STAGE_LABELS = rules.STAGE_LABELS
_NEXT_FOR_STAGE = {key: rules.next_step_for_stage(key) for key in rules.STAGE_KEYS}


def make_row(raw: Sequence[Any], now_text: str) -> Row:
    """A table row from one ``TABLE_SQL`` result; cheap, it runs 100,000 times at start-up."""
    (cid, name, org, title, stage, last_contact, hiring, search, next_chat, next_task,
     due_at) = raw
    if next_chat:
        next_step = f"Chat {_local_datetime(next_chat):%a %d %b %H:%M}"
    elif next_task:
        next_step = str(next_task)
    else:
        next_step = _NEXT_FOR_STAGE.get(stage, "")
    return Row(
        cid, name, org, title, _STAGE_LABELS.get(stage, stage), last_contact, next_step,
        search.casefold(), stage, bool(due_at) and str(due_at) <= now_text, bool(hiring),
    )


class ContactService:
    """Everything the UI and the CLI do with contacts."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------
    def table_rows(self, ids: Sequence[int] | None = None) -> list[Row]:
        now = utcnow()
        now_text = now.isoformat(sep=" ")
        if ids is not None and len(ids) > 900:  # SQLite's limit on bound variables
            return [
                row
                for start in range(0, len(ids), 900)
                for row in self.table_rows(ids[start : start + 900])
            ]
        return [make_row(raw, now_text) for raw in queries.fetch_table_rows(self.db, ids, now)]

    def involved_ids(self) -> list[int]:
        """Contacts whose stage, last contact or next step chats, messages or tasks decide."""
        cursor = self.db.execute_sql(
            "SELECT contact_id FROM chat UNION SELECT contact_id FROM outreach_message "
            "UNION SELECT contact_id FROM follow_up_task WHERE done_at IS NULL "
            "AND dismissed_at IS NULL"
        )
        return [int(cid) for (cid,) in cursor.fetchall()]

    def count(self) -> int:
        return int(Contact.select().where(Contact.deleted_at.is_null()).count())

    def draft(self, contact_id: int) -> rules.ContactDraft:
        contact = Contact.get_by_id(contact_id)
        return rules.ContactDraft(
            first_name=contact.first_name,
            last_name=contact.last_name,
            organisation=contact.organisation.name if contact.organisation is not None else "",
            job_title=contact.job_title,
            email=contact.email,
            phone=contact.phone,
            linkedin_url=contact.linkedin_url,
            location=contact.location,
            how_found=contact.how_found,
            connection_point=contact.connection_point,
            referred_by_id=contact.referred_by_id,
            hiring_authority=bool(contact.hiring_authority),
            lane=contact.lane,
            stage=contact.stage,
            tags=contact.tags,
            notes=contact.notes,
        )

    def exists(self, contact_id: int) -> bool:
        return bool(
            Contact.select()
            .where((Contact.id == contact_id) & Contact.deleted_at.is_null())
            .exists()
        )

    def organisation_names(self) -> list[str]:
        return queries.organisation_names()

    def referrer_choices(self) -> list[tuple[int, str, str]]:
        return queries.referrer_choices()

    def referral_summary(self, contact_id: int) -> tuple[list[str], list[str]]:
        """(chain of referrers, nearest first; people this contact referred)."""
        up = [
            rules.display_name(c.first_name, c.last_name)
            for c in queries.referrer_chain(contact_id)
        ]
        down = [
            rules.display_name(c.first_name, c.last_name)
            for c in queries.referrals_of(contact_id)
        ]
        return up, down

    # -- writing -------------------------------------------------------------
    def check(self, draft: rules.ContactDraft, contact_id: int | None) -> rules.ContactDraft:
        """The cleaned draft, or ``ValidationFailed`` saying what to fix."""
        return self._checked(draft, contact_id)

    def _checked(self, draft: rules.ContactDraft, contact_id: int | None) -> rules.ContactDraft:
        result = rules.validate(draft)
        clean = draft.cleaned()
        if clean.referred_by_id is not None:
            if contact_id is not None and clean.referred_by_id == contact_id:
                result.errors["referred_by_id"] = "A contact cannot refer themselves."
            elif not self.exists(clean.referred_by_id):
                result.errors["referred_by_id"] = "The referrer no longer exists; pick another."
            elif contact_id is not None and contact_id in {
                c.id for c in queries.referrer_chain(clean.referred_by_id)
            }:
                result.errors["referred_by_id"] = (
                    "That would make a referral loop; pick someone earlier in the chain."
                )
        if not result.ok:
            raise ValidationFailed(result.errors)
        clean.linkedin_url = rules.normalise_url(clean.linkedin_url)
        return clean

    def _values(self, draft: rules.ContactDraft) -> dict[str, Any]:
        values = {f.name: getattr(draft, f.name) for f in fields(draft)}
        values.pop("organisation")
        values["organisation"] = queries.organisation_for(draft.organisation)
        values["referred_by"] = values.pop("referred_by_id")
        return values

    def create(self, draft: rules.ContactDraft) -> int:
        clean = self._checked(draft, None)
        with self.db.atomic():
            contact = Contact.create(**self._values(clean))
        return int(contact.id)

    def update(self, contact_id: int, draft: rules.ContactDraft) -> None:
        clean = self._checked(draft, contact_id)
        with self.db.atomic():
            values = self._values(clean)
            values["updated_at"] = utcnow()
            Contact.update(**values).where(Contact.id == contact_id).execute()

    def delete(self, ids: Iterable[int]) -> int:
        """Move contacts to the bin (undoable); returns how many."""
        with self.db.atomic():
            return queries.set_deleted(ids, True)

    def restore(self, ids: Iterable[int]) -> int:
        with self.db.atomic():
            return queries.set_deleted(ids, False)

    def find(self, text: str, limit: int = 20) -> list[Row]:
        """Rows whose search text contains every word of ``text`` (CLI and tests)."""
        words = rules.split_query(text)
        return [r for r in self.table_rows() if rules.matches_all_words(r.search, words)][:limit]
