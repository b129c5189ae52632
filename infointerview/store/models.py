"""peewee models for the whole domain.

The schema itself is created and changed only by the numbered scripts in
``store/migrations``; these classes describe it for queries. A test checks
that every field here exists in the migrated database.
"""

from __future__ import annotations

import datetime as dt
import uuid

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


def new_uid() -> str:
    """A chat's UID: a random UUID, never reused (the .ics export's event UID)."""
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """Naive UTC 'now', the form every timestamp is stored in."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Organisation(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    website = CharField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=utcnow)


class ImportBatch(BaseModel):
    """One import, so it can be undone as a whole (migration 0003)."""

    id = AutoField()
    source_name = CharField(default="")
    format = CharField(default="")
    created_at = DateTimeField(default=utcnow)
    created_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    skipped_count = IntegerField(default=0)
    undone_at = DateTimeField(null=True)


class Contact(BaseModel):
    id = AutoField()
    first_name = CharField(default="")
    last_name = CharField(default="")
    organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL", backref="contacts")
    job_title = CharField(default="")
    email = CharField(default="")
    phone = CharField(default="")
    linkedin_url = CharField(default="")
    location = CharField(default="")
    how_found = CharField(default="")
    connection_point = CharField(default="")
    referred_by = ForeignKeyField("self", null=True, on_delete="SET NULL", backref="referrals")
    organisation_id: int | None
    referred_by_id: int | None
    hiring_authority = BooleanField(default=False)
    lane = CharField(default="")
    stage = CharField(default="identified")
    tags = CharField(default="")
    notes = TextField(default="")
    connected_on = DateField(null=True)
    last_contact_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)
    import_batch = ForeignKeyField(
        ImportBatch, null=True, on_delete="SET NULL", backref="contacts"
    )
    import_batch_id: int | None


class Chat(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="chats")
    contact_id: int
    start_at = DateTimeField()  # UTC
    length_min = IntegerField(default=30)
    mode = CharField(default="video")
    place = CharField(default="")
    travel_note = TextField(default="")
    status = CharField(default="scheduled")
    pitch = TextField(default="")
    research_notes = TextField(default="")
    goals = TextField(default="")
    notes = TextField(default="")
    takeaways = TextField(default="")
    rating = IntegerField(null=True)
    checklist = TextField(default="{}")
    actual_start_at = DateTimeField(null=True)
    actual_end_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    uid = CharField(null=True, unique=True, default=new_uid)
    invite_sequence = IntegerField(null=True)  # an imported invitation's SEQUENCE
    invite_stamp = DateTimeField(null=True)  # and its latest DTSTAMP/LAST-MODIFIED (UTC)


class PrepQuestion(BaseModel):
    id = AutoField()
    chat = ForeignKeyField(Chat, on_delete="CASCADE", backref="questions")
    chat_id: int
    text = TextField()
    position = IntegerField(default=0)
    category = CharField(default="")
    asked = BooleanField(default=False)
    answer_notes = TextField(default="")
    created_at = DateTimeField(default=utcnow)


class QuestionTemplate(BaseModel):
    id = AutoField()
    family = CharField()
    text = TextField()
    position = IntegerField(default=0)
    retired = BooleanField(default=False)
    builtin = BooleanField(default=False)


class OutreachMessage(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="messages")
    kind = CharField(default="outreach")  # outreach | follow_up | thank_you | update
    channel = CharField(default="email")
    sent_at = DateTimeField()
    replied_at = DateTimeField(null=True)
    subject = CharField(default="")
    body = TextField(default="")
    created_at = DateTimeField(default=utcnow)


class FollowUpTask(BaseModel):
    id = AutoField()
    key = CharField(null=True, unique=True)
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="tasks")
    chat = ForeignKeyField(Chat, null=True, on_delete="CASCADE", backref="tasks")
    contact_id: int
    chat_id: int | None
    kind = CharField()
    title = CharField()
    detail = TextField(default="")
    due_at = DateTimeField()
    done_at = DateTimeField(null=True)
    snoozed_until = DateTimeField(null=True)
    dismissed_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)


class MessageTemplate(BaseModel):
    id = AutoField()
    key = CharField(unique=True)
    kind = CharField()
    name = CharField()
    subject = CharField(default="")
    body = TextField(default="")
    builtin = BooleanField(default=False)


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField(default="null")


class ImportChange(BaseModel):
    """A field an import changed (old/new as JSON) or a row it created (field '')."""

    id = AutoField()
    batch = ForeignKeyField(ImportBatch, on_delete="CASCADE", backref="changes")
    table_name = CharField()
    row_key = CharField()
    field = CharField(default="")
    old_value = TextField(null=True)
    new_value = TextField(null=True)


class CalendarEvent(BaseModel):
    """A chat's event on the user's CalDAV calendar: what was published, and what waits.

    No foreign key: a deleted chat's row stays until its event is removed.
    ``start_at``/``length_min``/``etag``/``sequence`` are what was last published
    (null: never); ``pending`` says it is queued; ``server_*`` hold a time
    changed on the server that waits for the user's answer.
    """

    id = AutoField()
    chat_id = IntegerField(unique=True)
    uid = CharField()
    href = CharField(default="")
    etag = CharField(null=True)
    sequence = IntegerField(default=0)
    start_at = DateTimeField(null=True)  # UTC
    length_min = IntegerField(null=True)
    digest = CharField(null=True)  # of what was published: unchanged chats are not sent again
    pending = BooleanField(default=True)
    server_etag = CharField(null=True)
    server_start_at = DateTimeField(null=True)  # UTC
    server_length_min = IntegerField(null=True)

    class Meta:
        table_name = "calendar_event"


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Organisation,
    Contact,
    Chat,
    PrepQuestion,
    QuestionTemplate,
    OutreachMessage,
    FollowUpTask,
    MessageTemplate,
    Setting,
    ImportBatch,
    ImportChange,
    CalendarEvent,
)
