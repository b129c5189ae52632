"""Contact rules: stages, lanes, validation and search keys. Pure Python."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from urllib.parse import urlsplit

from infointerview.domain.i18n import QT_TRANSLATE_NOOP

# The funnel, in order (METHOD.md steps 1-9).
STAGES: tuple[tuple[str, str], ...] = (
    ("identified", QT_TRANSLATE_NOOP("Stage", "Identified")),
    ("contacted", QT_TRANSLATE_NOOP("Stage", "Contacted")),
    ("replied", QT_TRANSLATE_NOOP("Stage", "Replied")),
    ("scheduled", QT_TRANSLATE_NOOP("Stage", "Scheduled")),
    ("held", QT_TRANSLATE_NOOP("Stage", "Chat held")),
    ("thanked", QT_TRANSLATE_NOOP("Stage", "Thanked")),
)
STAGE_KEYS = tuple(key for key, _ in STAGES)
STAGE_LABELS = dict(STAGES)
"""English display words (translation context "Stage")."""

# The mix of interviews (METHOD.md step 10).
LANES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("Lane", "Not set")),
    ("deep", QT_TRANSLATE_NOOP("Lane", "Deep: my target field")),
    ("wide", QT_TRANSLATE_NOOP("Lane", "Wide: a neighbouring field")),
    ("random", QT_TRANSLATE_NOOP("Lane", "Random: an unusual pairing")),
)
LANE_KEYS = tuple(key for key, _ in LANES)
LANE_LABELS = dict(LANES)
"""English display words (translation context "Lane")."""

HOW_FOUND: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("HowFound", "Referral"),
    QT_TRANSLATE_NOOP("HowFound", "LinkedIn"),
    QT_TRANSLATE_NOOP("HowFound", "Alumni database"),
    QT_TRANSLATE_NOOP("HowFound", "Professional association"),
    QT_TRANSLATE_NOOP("HowFound", "Friend or family"),
    QT_TRANSLATE_NOOP("HowFound", "Teacher"),
    QT_TRANSLATE_NOOP("HowFound", "Colleague"),
    QT_TRANSLATE_NOOP("HowFound", "Event"),
    QT_TRANSLATE_NOOP("HowFound", "Other"),
)

NAME_MAX = 200
FIELD_MAX = 500
NOTES_MAX = 1_000_000

_EMAIL_RE = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")


@dataclass
class ContactDraft:
    """What the editor or an importer hands to the service to create or update."""

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
    referred_by_id: int | None = None
    hiring_authority: bool = False
    lane: str = ""
    stage: str = "identified"
    tags: str = ""
    notes: str = ""

    def cleaned(self) -> ContactDraft:
        """A copy with surrounding whitespace trimmed and tags normalised."""
        draft = replace(self)
        for name, value in self.__dict__.items():
            if isinstance(value, str) and name != "notes":
                setattr(draft, name, value.strip())
        draft.tags = normalise_tags(draft.tags)
        draft.notes = self.notes.rstrip()
        return draft


TEXT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ContactDraft) if f.type == "str")
"""The contact's text fields, in the editor's order (names as in the Contact model)."""


@dataclass
class ValidationResult:
    """Field name → a sentence saying what is wrong and what to do."""

    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def normalise_tags(text: str) -> str:
    """Comma-separated tags, trimmed, de-duplicated case-insensitively, order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in text.split(","):
        tag = " ".join(raw.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return ", ".join(out)


def check_email(email: str) -> str | None:
    """None when fine (or empty), else the reason."""
    email = email.strip()
    if not email:
        return None
    if len(email) > 254:
        return "This email address is too long (254 characters at most)."
    if not _EMAIL_RE.match(email):
        return "This does not look like an email address (name@example.org)."
    return None


def check_url(url: str) -> str | None:
    """None when fine (or empty), else the reason. Only http(s) links are accepted."""
    url = url.strip()
    if not url:
        return None
    if len(url) > 2000:
        return "This link is too long (2,000 characters at most)."
    if any(ch.isspace() for ch in url):
        return "A link cannot contain spaces."
    parts = urlsplit(url if "://" in url else "https://" + url)
    if parts.scheme not in ("http", "https"):
        return "Use a web link starting with https://."
    host = parts.hostname or ""
    if "." not in host or host.startswith(".") or host.endswith("."):
        return "This link has no valid web address (e.g. https://www.linkedin.com/in/name)."
    return None


def normalise_url(url: str) -> str:
    """Add https:// when the user typed a bare address."""
    url = url.strip()
    if url and "://" not in url:
        return "https://" + url
    return url


def validate(draft: ContactDraft) -> ValidationResult:
    """Check a draft; every error names the field and says what to do."""
    result = ValidationResult()
    d = draft.cleaned()
    if not d.first_name and not d.last_name:
        result.errors["first_name"] = "A name is required: type a first or last name."
    for name in ("first_name", "last_name"):
        if len(getattr(d, name)) > NAME_MAX:
            result.errors[name] = f"Names are limited to {NAME_MAX} characters."
    for name in (
        "organisation",
        "job_title",
        "phone",
        "location",
        "how_found",
        "connection_point",
        "tags",
    ):
        if len(getattr(d, name)) > FIELD_MAX:
            result.errors[name] = f"This field is limited to {FIELD_MAX} characters."
    if len(d.notes) > NOTES_MAX:
        result.errors["notes"] = (
            f"Notes are limited to {NOTES_MAX:,} characters; this has {len(d.notes):,}."
        )
    email_error = check_email(d.email)
    if email_error:
        result.errors["email"] = email_error
    url_error = check_url(d.linkedin_url)
    if url_error:
        result.errors["linkedin_url"] = url_error
    if d.stage not in STAGE_KEYS:
        result.errors["stage"] = "Pick a stage from the list."
    if d.lane not in LANE_KEYS:
        result.errors["lane"] = "Pick deep, wide or random (or leave it unset)."
    return result


def display_name(first_name: str, last_name: str) -> str:
    return " ".join(part for part in (first_name.strip(), last_name.strip()) if part)


def search_key(*parts: str | None) -> str:
    """The case-folded text one row is searched by (joined with a separator)."""
    return "\x1f".join(p for p in parts if p).casefold()


def matches_all_words(haystack: str, needle_words: list[str]) -> bool:
    return all(word in haystack for word in needle_words)


def split_query(query: str) -> list[str]:
    """Search words, case-folded; every word must match somewhere in the row."""
    return [w for w in query.casefold().split() if w]


_NEXT_STEP_FOR_STAGE = {
    "identified": "Research and reach out",
    "contacted": "Wait for a reply",
    "replied": "Schedule a chat",
    "scheduled": "Prepare for the chat",
    "held": "Send a thank-you note",
    "thanked": "Keep in touch",
}


def next_step_for_stage(stage: str) -> str:
    """The default next move when no chat or task says otherwise."""
    return _NEXT_STEP_FOR_STAGE.get(stage, "")
