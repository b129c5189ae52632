"""Publishing chats to the user's own calendar server (CalDAV): the rules.

Which chats have an event on the server, what the event says under each
privacy setting, when a change made on the server is a conflict, and how long
to wait before trying again after a failure. Pure: no Qt, no peewee, no network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

__all__ = [
    "PRIVACY_FULL",
    "PRIVACY_MINIMAL",
    "PRIVACY_SETTINGS",
    "EventText",
    "event_text",
    "is_allowed_url",
    "retry_delay_s",
    "server_moved",
    "should_publish",
]

PRIVACY_FULL = "full"
PRIVACY_MINIMAL = "minimal"
PRIVACY_SETTINGS = (PRIVACY_FULL, PRIVACY_MINIMAL)

PUBLISHED_STATUSES = frozenset({"scheduled", "held", "thanked"})
HELD_STATUSES = frozenset({"held", "thanked"})

FIRST_RETRY_S = 1
MAX_RETRY_S = 5 * 60
FIRST_QUESTIONS = 3


def should_publish(
    status: str | None, ended: bool, already_published: bool
) -> bool:
    """Whether the chat has an event on the server.

    ``status`` None means the chat was deleted. Upcoming scheduled chats are
    published; held ones stay as past events; a scheduled chat whose time has
    passed keeps the event it had but is not published anew; cancelled,
    no-show and deleted chats are removed.
    """
    if status is None or status not in PUBLISHED_STATUSES:
        return False
    if status in HELD_STATUSES:
        return True
    return not ended or already_published


def retry_delay_s(failures: int) -> int:
    """Seconds to wait after ``failures`` failures in a row: 1, 2, 4 … capped at 5 minutes."""
    if failures <= 0:
        return 0
    return min(FIRST_RETRY_S * 2 ** min(failures - 1, 30), MAX_RETRY_S)


def server_moved(
    stored_etag: str | None,
    server_etag: str | None,
    published: tuple[datetime, int] | None,
    on_server: tuple[datetime, int] | None,
) -> bool:
    """A change made on the server that must not be overwritten: the event's ETag
    moved since we published it and its time (start or length) differs from ours."""
    if stored_etag is None or server_etag is None or stored_etag == server_etag:
        return False
    if published is None or on_server is None:
        return False
    return published != on_server


def is_allowed_url(url: str) -> bool:
    """HTTPS, or plain HTTP to this machine only (localhost, 127.0.0.1, ::1)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and parts.hostname in ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class EventText:
    """What the event says: its title, and the place and description (empty when private)."""

    summary: str
    location: str
    description: str


def event_text(
    privacy: str,
    contact_name: str,
    organisation: str,
    job_title: str,
    place: str,
    questions: Sequence[str] = (),
) -> EventText:
    """The event's words under the privacy setting.

    Full: "Chat with Name (Organisation)", the place or link, and a description
    with who, the organisation and the first questions. Minimal: just
    "Chat with Name" (the time comes with the event), nothing else.
    """
    if privacy == PRIVACY_MINIMAL:
        return EventText(f"Chat with {contact_name}", "", "")
    summary = f"Chat with {contact_name} ({organisation})" if organisation else (
        f"Chat with {contact_name}"
    )
    who = contact_name
    if job_title and organisation:
        who += f", {job_title} at {organisation}"
    elif organisation:
        who += f" ({organisation})"
    elif job_title:
        who += f", {job_title}"
    lines = [f"Informational chat with {who}."]
    if place:
        lines.append(f"Place: {place}")
    first = [q.strip() for q in questions if q.strip()][:FIRST_QUESTIONS]
    if first:
        lines.append("First questions:")
        lines.extend(f"- {q}" for q in first)
    return EventText(summary, place, "\n".join(lines))
