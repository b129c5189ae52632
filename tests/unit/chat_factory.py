"""A contact with one chat tomorrow, written straight to the store, for service tests."""

from __future__ import annotations

import datetime as dt

from infointerview.store.models import Chat, Contact, Organisation

NOW = dt.datetime(2026, 3, 2, 14, 0)


def make_chat(first: str = "Ana", last: str = "Silva", mode: str = "video") -> Chat:
    org, _ = Organisation.get_or_create(name="Helix Bio")
    contact = Contact.create(first_name=first, last_name=last, organisation=org,
                             job_title="Lab manager", stage="scheduled")
    return Chat.create(contact=contact, start_at=NOW + dt.timedelta(days=1), mode=mode,
                       place="Kiln Coffee")
