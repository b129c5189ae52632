"""Promises made on a call, in both directions, as tasks that read right.

What *they* promised ("Send me the NN/g course link") is not the user's to do:
it becomes something to watch for, with a gentle nudge a week after the chat
(METHOD.md step 9 has the thank-you remind them of it; it names no later
date, so a week gives the promise time to arrive before a polite reminder).
What the *user* promised stays the user's own to-do, due soon.

The captured text is kept as typed; these functions only phrase the task
around it. A fragment is rephrased into the sentence only when that is safe
("Send me the NN/g course link" → "the NN/g course link"); anything else is
quoted as typed. Pure: no Qt, no database, no clock.
"""

from __future__ import annotations

import re
from datetime import timedelta

__all__ = [
    "MY_PROMISE_DUE",
    "NUDGE_AFTER",
    "my_promise_detail",
    "my_promise_title",
    "promised_thing",
    "watch_for_detail",
    "watch_for_title",
]

NUDGE_AFTER = timedelta(days=7)
"""When to nudge about something they promised: a week after the chat."""

MY_PROMISE_DUE = timedelta(days=2)
"""When something the user promised is due: with the thank-you, within two days."""

_DETERMINERS = r"(?:the|a|an|some|her|his|their|that|this|those|these|a copy of|a link to)"
_SEND = (
    r"(?:(?:she|he|they|will|would|to|promised to|offered to|is going to|are going to)\s+)*"
    r"(?:send|share|forward|e-?mail|mail|pass\s+on|pass\s+along|dig\s+out|look\s+out)"
    r"(?:\s+(?:me|us|over|along|on|through))?"
)
_INTRO = (
    r"(?:(?:she|he|they|will|would|to|promised to|offered to)\s+)*"
    r"(?:intro(?:duce)?\s+me\s+to|an?\s+intro(?:duction)?\s+to|intro(?:duction)?\s+to|"
    r"connect\s+me\s+with|put\s+me\s+in\s+touch\s+with)"
)
_UNSAFE = re.compile(
    r"[,;()\"“”]|\b(?:if|when|once|after|before|by|unless|or|maybe|me|you|your|my|i)\b",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".!;:, ")


def promised_thing(text: str) -> str | None:
    """The thing promised as a noun phrase ("the NN/g course link"), or None if unsafe.

    None means the text is kept as typed (in quotes) rather than spliced into a
    sentence it may not fit.
    """
    clean = _clean(text)
    if not clean:
        return None
    intro = re.fullmatch(_INTRO + r"\s+(?P<who>.+)", clean, re.IGNORECASE)
    if intro is not None:
        who = intro.group("who")
        if _UNSAFE.search(who):
            return None
        return f"an introduction to {who}"
    sent = re.fullmatch(_SEND + r"\s+(?P<rest>.+)", clean, re.IGNORECASE)
    rest = sent.group("rest") if sent is not None else clean
    head = re.match(_DETERMINERS + r"\s+\S", rest, re.IGNORECASE)
    if head is None or _UNSAFE.search(rest):
        return None
    return rest[0].lower() + rest[1:]


def _who(name: str) -> str:
    return " ".join(name.split()) or "them"


def _quoted(text: str) -> str:
    return f"\N{LEFT DOUBLE QUOTATION MARK}{_clean(text)}\N{RIGHT DOUBLE QUOTATION MARK}"


def watch_for_title(text: str, name: str) -> str:
    """"Watch for the NN/g course link from Sarah Lee" (or the text quoted)."""
    thing = promised_thing(text)
    return f"Watch for {thing or _quoted(text)} from {_who(name)}"


def watch_for_detail(text: str, name: str, nudge_date: str, due: bool) -> str:
    """What to do about their promise: wait, then (once due) a polite reminder to send."""
    thing = promised_thing(text)
    first = _who(name).split(" ")[0]
    if not due:
        return (
            f"{_who(name)} offered this on the call. Nothing to do yet; if it has not "
            f"arrived by {nudge_date}, a gentle reminder is fine."
        )
    about = thing or f"the {_quoted(text)} you mentioned"
    return (
        f"If it has not arrived, send {first} a short, friendly reminder, for example: "
        f"\N{LEFT DOUBLE QUOTATION MARK}Just a gentle nudge about {about}"
        f"{' you kindly offered' if thing else ''}; no rush at all, and thank you again."
        f"\N{RIGHT DOUBLE QUOTATION MARK} Mark it done once it arrives."
    )


def my_promise_title(text: str, name: str) -> str:
    """The user's own to-do: "Your promise to Sarah Lee: send my portfolio"."""
    return f"Your promise to {_who(name)}: {_clean(text)}"


def my_promise_detail(name: str) -> str:
    return (
        f"You offered this to {_who(name)} on the call. Keeping it promptly "
        "(with the thank-you, if you can) leaves a good impression."
    )
