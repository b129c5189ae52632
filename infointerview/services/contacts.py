"""Contact use cases: validate, save, soft-delete with undo, and table rows.

Table rows are plain tuples straight from SQLite (see ``TableRow``): no
per-row Python work at start-up. Upcoming chats and open tasks (``NextStep``)
and the search text come from separate queries, so the table can be shown
before its search text is read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from operator import itemgetter
from typing import Any, NamedTuple

from peewee import SqliteDatabase

from infointerview.domain import contacts as rules
from infointerview.domain.i18n import QT_TRANSLATE_NOOP
from infointerview.services.background import own_connection
from infointerview.services.events import Change, ChangeBus
from infointerview.store import contacts as queries
from infointerview.store.models import Contact, utcnow


class ValidationFailed(ValueError):
    """The draft has errors; ``errors`` maps field name to a sentence."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()))
        self.errors = errors


class TableRow(NamedTuple):
    """The field order of the plain tuples ``ContactService.table_rows`` returns.

    The table keeps plain tuples (a named tuple per row costs 10 ms per 30,000
    at start-up); wrap one with ``TableRow._make`` to read it by name.
    """

    id: int
    name: str
    organisation_id: int | None
    """``ContactService.organisations`` gives the names."""
    job_title: str
    stage: str
    """The stage key; ``stage_label`` gives the words."""
    last_contact: str
    """Local date, 'YYYY-MM-DD', or ''."""
    hiring_authority: int


class NextStep(NamedTuple):
    """What is planned with a contact who has an upcoming chat or an open task."""

    chat_at: dt.datetime | None
    """The next scheduled chat (local, timezone-aware), if any."""
    task: str
    """The title of the first open task by due time, or ''."""
    due: bool
    """An open, unsnoozed task is due now."""


COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("ContactColumn", "Name")),
    ("organisation", QT_TRANSLATE_NOOP("ContactColumn", "Organisation")),
    ("job_title", QT_TRANSLATE_NOOP("ContactColumn", "Job title")),
    ("stage", QT_TRANSLATE_NOOP("ContactColumn", "Stage")),
    ("last_contact", QT_TRANSLATE_NOOP("ContactColumn", "Last contact")),
    ("next_step", QT_TRANSLATE_NOOP("ContactColumn", "Next step")),
)


def _local_datetime(value: Any) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    result: dt.datetime = value.replace(tzinfo=dt.timezone.utc).astimezone()
    return result


_NEXT_FOR_STAGE = {key: rules.next_step_for_stage(key) for key in rules.STAGE_KEYS}


def stage_label(stage: str) -> str:
    return rules.STAGE_LABELS.get(stage, stage)


def planned_step(stage: str) -> str:
    """The next step the method suggests at ``stage`` when nothing is scheduled or due."""
    return _NEXT_FOR_STAGE.get(stage, "")


def _folded(rows: Sequence[tuple[Any, ...]]) -> list[str]:
    """The texts of (id, text) rows case-folded, with one C-level join for the block."""
    folded = "\x1e".join(map(itemgetter(1), rows)).casefold().split("\x1e")
    if len(folded) != len(rows):  # a separator inside a text: one by one
        folded = [str(text).casefold() for _, text in rows]
    return folded


class ContactService:
    """Everything the UI and the CLI do with contacts."""

    def __init__(self, db: SqliteDatabase, bus: ChangeBus) -> None:
        self.db = db
        self.bus = bus

    # -- reading -------------------------------------------------------------
    def table_rows(self, ids: Sequence[int] | None = None) -> list[tuple[Any, ...]]:
        """``TableRow``-shaped plain tuples for every live contact, or for ``ids``."""
        return queries.fetch_table_rows(self.db, ids)

    def organisations(self) -> dict[int, str]:
        """Organisation names by id, for the table's organisation column."""
        return queries.organisation_names_by_id(self.db)

    def next_steps(self, ids: Sequence[int] | None = None) -> dict[int, NextStep]:
        """Upcoming chats and open tasks, by contact (only contacts that have one)."""
        now = utcnow()
        now_text = now.isoformat(sep=" ")
        chats = {cid: start for cid, start in queries.fetch_next_chats(self.db, ids, now)}
        tasks: dict[int, tuple[str, bool]] = {}
        for cid, title, due_at, snoozed_until in queries.fetch_open_tasks(self.db, ids):
            first_title, due = tasks.get(cid, (str(title), False))
            awake = snoozed_until is None or str(snoozed_until) <= now_text
            tasks[cid] = (first_title, due or (awake and str(due_at) <= now_text))
        return {
            cid: NextStep(
                _local_datetime(chats[cid]) if cid in chats else None,
                *tasks.get(cid, ("", False)),
            )
            for cid in chats.keys() | tasks.keys()
        }

    def search_texts(self, ids: Sequence[int] | None = None) -> list[tuple[int, str]]:
        """(id, case-folded text the table's search runs over) per live contact."""
        return [
            (cid, text.casefold()) for cid, text in queries.fetch_search_texts(self.db, ids)
        ]

    def search_texts_in_worker(self) -> tuple[list[int], list[str]]:
        """The ids and search texts of every live contact (as ``search_texts()``), from a
        worker thread: on that thread's own connection, and case-folded in blocks of
        C-level joins so the worker holds the interpreter only briefly at a time (the
        window's thread stays responsive while it reads)."""
        with own_connection(self.db):
            rows = queries.fetch_search_texts(self.db)
        ids = list(map(itemgetter(0), rows))
        texts: list[str] = []
        block = 2000
        for start in range(0, len(rows), block):
            texts.extend(_folded(rows[start:start + block]))
        return ids, texts

    def search_text_pages(self, page: int = 1000) -> Iterator[tuple[list[int], list[str]]]:
        """Every live contact's id and search text (as ``search_texts()``), ``page``
        contacts at a time in id order: a few milliseconds a page, so the window can
        read them between keystrokes on its own thread (no worker to share the
        interpreter with while it paints)."""
        for rows in queries.fetch_search_text_pages(self.db, page):
            yield list(map(itemgetter(0), rows)), _folded(rows)

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

    def any(self) -> bool:
        """Whether there is a live contact (cheaper than ``count``: stops at the first)."""
        return bool(Contact.select().where(Contact.deleted_at.is_null()).exists())

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
        with self.bus.batch(), self.db.atomic():
            contact = Contact.create(**self._values(clean))
            self._announce([int(contact.id)], clean.referred_by_id)
        return int(contact.id)

    def update(self, contact_id: int, draft: rules.ContactDraft) -> None:
        clean = self._checked(draft, contact_id)
        before = Contact.get_or_none(Contact.id == contact_id)
        with self.bus.batch(), self.db.atomic():
            values = self._values(clean)
            values["updated_at"] = utcnow()
            Contact.update(**values).where(Contact.id == contact_id).execute()
            old_referrer = before.referred_by_id if before is not None else None
            self._announce([contact_id], clean.referred_by_id, old_referrer)

    def changed_in_bulk(self) -> None:
        """An import, its undo or a restore wrote on its own connection: say everything changed."""
        self.bus.announce(Change(everything=True))

    def set_hiring_authority(self, contact_id: int, value: bool) -> None:
        """Mark whether this person can hire (the ★ in the table)."""
        with self.bus.batch(), self.db.atomic():
            Contact.update(hiring_authority=bool(value), updated_at=utcnow()).where(
                Contact.id == contact_id
            ).execute()
            self._announce([contact_id])

    def delete(self, ids: Iterable[int]) -> int:
        """Move contacts to the bin (undoable); returns how many."""
        return self._set_deleted(list(ids), True)

    def restore(self, ids: Iterable[int]) -> int:
        return self._set_deleted(list(ids), False)

    def _set_deleted(self, ids: list[int], deleted: bool) -> int:
        with self.bus.batch(), self.db.atomic():
            count = queries.set_deleted(ids, deleted)
            # their referrers' "referred" lists and any chat or task of theirs change too
            referrers = [
                c.referred_by_id for c in Contact.select(Contact.referred_by)
                .where(Contact.id.in_(ids) & Contact.referred_by.is_null(False))
                if c.referred_by_id is not None
            ]
            self.bus.announce(Change.of(contacts=[*ids, *referrers]))
        return count

    def _announce(self, ids: Sequence[int], *referrers: int | None) -> None:
        """These contacts changed (and the referrers whose 'referred' list did)."""
        self.bus.announce(
            Change.of(contacts=[*ids, *(r for r in referrers if r is not None)])
        )

    def find(self, text: str, limit: int = 20) -> list[TableRow]:
        """Rows whose search text contains every word of ``text`` (CLI and tests)."""
        words = rules.split_query(text)
        found = {cid for cid, key in self.search_texts() if rules.matches_all_words(key, words)}
        return [TableRow._make(r) for r in self.table_rows() if r[0] in found][:limit]
