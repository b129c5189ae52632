"""Message templates: placeholders, filling, sentences, and the mailto link.

The live checks shown while a message is written are in
:mod:`infointerview.domain.message_checks`. All functions take plain text and
never raise on any text, so the editor can run them on every keystroke.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

__all__ = [
    "DEFAULT_TEMPLATES",
    "PLACEHOLDERS",
    "TEMPLATE_KINDS",
    "MessageTemplate",
    "fill_body",
    "fill_template",
    "mailto_url",
    "first_sentence",
    "missing_placeholders",
    "placeholders_in",
    "split_sentences",
]

PLACEHOLDERS = (
    "first_name",
    "last_name",
    "organisation",
    "job_title",
    "referrer",
    "my_name",
    "my_field",
    "availability",
    "something_they_said",
    "promised",
    "takeaways",
    "advice",
    "offers",
)
"""Placeholders the app knows how to fill from a contact, a chat and the user's profile.

``takeaways``, ``advice`` and ``offers`` are whole sentences (or a short list) built from
what was captured so that any wording reads right (see ``domain.message_parts``);
``something_they_said`` (the first takeaway, quoted) and ``promised`` (what they offered,
as a noun phrase or quoted) stay for templates the user wrote around them."""

TEMPLATE_KINDS = ("outreach", "follow_up", "thank_you", "update")


# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------

_PLACEHOLDER = re.compile(
    r"\{\{\s*([A-Za-z_][A-Za-z0-9_]{0,63})\s*\}\}|\{\s*([A-Za-z_][A-Za-z0-9_]{0,63})\s*\}"
)
"""``{name}`` (or ``{{ name }}``, as other tools write it). Stray braces never match."""


def _present(values: Mapping[str, str], name: str) -> str | None:
    """The stripped value for ``name``, or None when it is missing or blank."""
    value = values.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def placeholders_in(template: str) -> list[str]:
    """Placeholder names used in ``template``, each once, in order of first use."""
    names: dict[str, None] = {}
    for match in _PLACEHOLDER.finditer(template):
        names.setdefault(match.group(1) or match.group(2), None)
    return list(names)


OPTIONAL_PLACEHOLDERS = frozenset({"promised", "takeaways", "advice", "offers"})
"""In a message body, a blank one of these (nothing was promised or written down) takes
its sentence with it instead of showing ``[promised]`` to fill by hand. Subjects keep
the marker."""

BLOCK_PLACEHOLDERS = frozenset({"takeaways", "advice", "offers"})
"""Optional placeholders that are whole sentences themselves: when blank, only the
placeholder goes (with its spaces), never the sentence around it."""


def _drop_blank_blocks(line: str, blank: set[str]) -> str:
    """``line`` without its blank block placeholders and the spaces next to them."""
    names = blank & BLOCK_PLACEHOLDERS
    if not names or not names.intersection(placeholders_in(line)):
        return line

    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        return " " if name in names else match.group(0)

    pattern = re.compile(r"[ \t]*(?:" + _PLACEHOLDER.pattern + r")[ \t]*")
    return pattern.sub(replace, line).strip(" \t")


def _drop_blank_optional(body: str, values: Mapping[str, str]) -> str:
    """``body`` without the sentences whose optional placeholder is blank.

    Sentences are found line by line with the same rules as the checks (closing
    quotes and brackets stay with their sentence, "Dr." does not end one); a line
    left empty goes too, with one blank line around it if it was a paragraph.
    """
    blank = {name for name in OPTIONAL_PLACEHOLDERS if _present(values, name) is None}
    if not blank:
        return body
    lines = body.split("\n")
    kept: list[str] = []
    skip_blank = False
    for line in lines:
        if skip_blank and not line.strip():
            skip_blank = False
            continue
        skip_blank = False
        if not blank.intersection(placeholders_in(line)):
            kept.append(line)
            continue
        line = _drop_blank_blocks(line, blank)
        starts = [start for start, _ in _sentence_spans(line)]
        for i in reversed(range(len(starts))):
            end = starts[i + 1] if i + 1 < len(starts) else len(line)
            if blank.intersection(placeholders_in(line[starts[i] : end])):
                line = line[: starts[i]] + line[end:]
        line = line.rstrip()
        if line.strip():
            kept.append(line)
        elif kept and not kept[-1].strip():
            skip_blank = True  # a paragraph of its own: drop one of the blank lines around it
    return "\n".join(kept)


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` placeholders; missing or blank ones show as ``[name]``.

    Values are inserted in one pass, so braces inside a value are never expanded,
    and stray braces in the template are left as typed.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        value = _present(values, name)
        return value if value is not None else f"[{name}]"

    return _PLACEHOLDER.sub(replace, template)


def fill_body(template: str, values: Mapping[str, str]) -> str:
    """``fill_template`` for a message body: see ``OPTIONAL_PLACEHOLDERS``."""
    return fill_template(_drop_blank_optional(template, values), values)


def missing_placeholders(
    template: str, values: Mapping[str, str], *, body: bool = False
) -> list[str]:
    """Placeholders in ``template`` that ``values`` leaves missing or blank, in order
    (for a ``body``, not the optional ones whose sentence is left out)."""
    if body:
        template = _drop_blank_optional(template, values)
    return [name for name in placeholders_in(template) if _present(values, name) is None]


@dataclass(frozen=True)
class MessageTemplate:
    """A named message with ``{placeholder}`` fields; ``kind`` is one of TEMPLATE_KINDS."""

    key: str
    kind: str
    name: str
    subject: str
    body: str

    def __post_init__(self) -> None:
        if self.kind not in TEMPLATE_KINDS:
            raise ValueError(
                f"Unknown message kind {self.kind!r}; use one of {', '.join(TEMPLATE_KINDS)}."
            )


DEFAULT_TEMPLATES: tuple[MessageTemplate, ...] = (
    MessageTemplate(
        key="outreach_cold",
        kind="outreach",
        name="First message (no referrer)",
        subject="A question about your work at {organisation}",
        body=(
            "Dear {first_name},\n\n"
            "I am {my_name}, and I am exploring a career in {my_field}. "
            "Your path to {job_title} at {organisation} stood out to me. "
            "Would you have 30 minutes to tell me about your work and what you wish you "
            "had known early on? "
            "I am not asking for a job, only for your advice. "
            "I could talk {availability}, or whenever suits you.\n\n"
            "Thank you for considering it,\n"
            "{my_name}"
        ),
    ),
    MessageTemplate(
        key="outreach_referred",
        kind="outreach",
        name="First message (referred)",
        subject="{referrer} suggested I get in touch",
        body=(
            "Dear {first_name},\n\n"
            "{referrer} suggested I contact you because you know {my_field} well. "
            "I am {my_name}, and I am exploring that field. "
            "Would you have 30 minutes to tell me how you became {job_title} at "
            "{organisation}, and what you would say to someone starting out? "
            "I am not looking for a job, just your perspective. "
            "I am free {availability}, but your schedule comes first.\n\n"
            "With thanks,\n"
            "{my_name}"
        ),
    ),
    MessageTemplate(
        key="follow_up",
        kind="follow_up",
        name="Follow-up (no reply after 7 business days)",
        subject="Following up: 30 minutes on your work at {organisation}?",
        body=(
            "Dear {first_name},\n\n"
            "I know your schedule is full, so I am following up once on my earlier note. "
            "Would a 30-minute conversation about your work at {organisation} be possible "
            "in the coming weeks? "
            "I am free {availability} and happy to work around you. "
            "If now is not a good time, no reply is needed.\n\n"
            "Best wishes,\n"
            "{my_name}"
        ),
    ),
    MessageTemplate(
        key="thank_you",
        kind="thank_you",
        name="Thank-you (within 48 hours)",
        subject="Thank you for your time",
        body=(
            "Dear {first_name},\n\n"
            "Thank you for taking the time to talk with me. {takeaways}\n\n"
            "{offers} I will let you know how things develop.\n\n"
            "With thanks,\n"
            "{my_name}"
        ),
    ),
    MessageTemplate(
        key="update",
        kind="update",
        name="Update (about three months later)",
        subject="An update since we spoke",
        body=(
            "Dear {first_name},\n\n"
            "It has been about three months since we spoke, and I wanted to thank you again "
            "and share some news. "
            "{advice} "
            "I am still exploring {my_field}, and our conversation made a real difference. "
            "How are things going at {organisation}? "
            "I would enjoy hearing what you are working on.\n\n"
            "Warm regards,\n"
            "{my_name}"
        ),
    ),
)
"""Starting templates in our own wording; the user edits copies, never these."""

# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+|\n[ \t]*\n\s*")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|mr|mrs|ms|dr|prof|vs|st|jr|sr|inc|ltd|co|no|approx|dept|cf|viz)"
    r"|(?<![\w.])[A-Za-z])\.$",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|to\s+whom)\b",
    re.IGNORECASE,
)
_WORD_CHAR = re.compile(r"\w")


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence; abbreviations like "Dr." do not end one."""
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        before = text[max(start, boundary.start() - 8) : boundary.start()]
        if "\n" not in boundary.group(0) and _ABBREVIATION.search(before):
            continue
        yield start, boundary.start()
        start = boundary.end()
    if start < len(text):
        yield start, len(text)


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (good enough for checks, not for linguistics)."""
    return [
        " ".join(text[a:b].split())
        for a, b in _sentence_spans(text)
        if _WORD_CHAR.search(text, a, b) is not None
    ]


def _drop_greeting(body: str, first_name: str) -> str:
    """Remove a salutation line ("Dear Sam," / "Hi Sam!" / "Sam,") from the top."""
    stripped = body.lstrip()
    line, _, remainder = stripped.partition("\n")
    line = line.strip()
    if not line or len(line) > 80:
        return stripped
    name = first_name.strip().casefold()
    bare = line.rstrip(" ,:;!—-").casefold()
    is_greeting = _GREETING.match(line) is not None and line[-1] not in ".?"
    if is_greeting or (name and bare == name):
        return remainder
    return stripped


def first_sentence(body: str, first_name: str = "") -> str:
    """The first sentence of a message after its salutation line."""
    text = _drop_greeting(body, first_name)
    for a, b in _sentence_spans(text):
        if _WORD_CHAR.search(text, a, b) is not None:
            return " ".join(text[a:b].split())
    return ""


# --------------------------------------------------------------------------
# Sending through the user's own mail program
# --------------------------------------------------------------------------

MAILTO_LIMIT = 2000
"""Longer mailto: links are cut or refused by some mail programs and browsers."""


def mailto_url(to: str, subject: str, body: str) -> str:
    """A percent-encoded ``mailto:`` link with CRLF line breaks (RFC 6068)."""
    from urllib.parse import quote

    crlf = "\r\n".join(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    address = quote(to.strip(), safe="@.+-_")
    query = f"subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"
    return f"mailto:{address}?{query}"
