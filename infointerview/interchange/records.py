"""What every contact-list importer produces: one plain record per source row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from infointerview.domain.contacts import TEXT_FIELDS

__all__ = ["TEXT_FIELDS", "ImportedContact"]  # TEXT_FIELDS: the text fields an importer fills


@dataclass(slots=True)
class ImportedContact:
    """One contact as read from a file, before matching and merging.

    ``line`` is the 1-based line the row starts on (for messages); ``raw``
    carries the full original row of our own JSON format so it can be
    restored exactly. A record with ``unreadable`` set stands for a part of the
    file that could not be read; the plan lists it as skipped with that reason.
    """

    line: int = 0
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    location: str = ""
    how_found: str = ""
    connection_point: str = ""
    lane: str = ""
    stage: str = ""
    tags: str = ""
    notes: str = ""
    connected_on: dt.date | None = None
    hiring_authority: bool | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False)
    unreadable: str | None = None
    """Why this record (a vCard that could not be read) is skipped; None for a good one."""

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name.strip(), self.last_name.strip()) if p)
