"""The live checks shown while a message is written.

The outreach checks encode the method's advice for a first message: open with
the referrer or shared connection, keep it short, ask a question, never ask
for a job, and talk more about them than about yourself. The thank-you checks
look for timeliness, one specific thing from the notes, and every promise the
person made; every message after a chat is also read for notes pasted in raw
("Your point about Clinical background is an asset; take NN/g cert has stayed with
me", "I would be grateful for Send me the link") and for stray marks (doubled
spaces, " .", empty quotes, "(s)"). A note pasted in raw does not count as
mentioning it. They take plain text and never raise on any text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from infointerview.domain.message_parts import takeaway_items
from infointerview.domain.messages import first_sentence
from infointerview.domain.questions import word_count

__all__ = [
    "OUTREACH_IDEAL_WORDS",
    "OUTREACH_MAX_WORDS",
    "THANK_YOU_MAX_HOURS",
    "Verdict",
    "check_follow_up",
    "check_outreach",
    "check_thank_you",
    "check_update",
]

OUTREACH_IDEAL_WORDS = 75
OUTREACH_MAX_WORDS = 100
THANK_YOU_MAX_HOURS = 48.0


# --------------------------------------------------------------------------
# Outreach checks
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """One check on a message: a stable key, pass/fail and a sentence for the user."""

    key: str
    ok: bool
    message: str


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir"})
_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves
    alumni alumnus fellow member members same shared through mutual friend friends
    really thank thanks thanked appreciate appreciated appreciation grateful gratitude
    conversation conversations today yesterday tomorrow talking speaking speak spoke
    meeting chatting helpful insight insights advice useful great wonderful again
    taking taken something things thing about which there their these those where would
    could should being after before other every thought thoughts think while since
    still always truly sincerely regards wishes kindly generous generosity enjoyed
    enjoy valuable learned learning learnt forward looking hearing touch further
    please everything anything nothing someone anyone people first later
    """.split()
)
_YOU = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_ME = re.compile(r"\b(?:i(?!\.e\.)|me|my|mine|myself)\b", re.IGNORECASE)
_QUESTION_MARK = re.compile(r"\?(?=[\"'”’»)\]]*(?:\s|$))")

_JOB_NOUN = (
    r"(?:jobs?|positions?|openings?|vacanc(?:y|ies)|roles?(?!\s+models?)|internships?"
    r"|employment)"
)
_FILLER_WORDS = r"(?:(?!on\b|about\b|of\b|in\b|into\b|with\b|like\b|for\b|to\b)\w+\s+){0,2}?"
_DET = r"(?:(?:a|an|any|the|your|one\s+of\s+your|some)\s+)?"
_CV = r"(?:c\.?v|r[eé]sum[eé]s?|curriculum\s+vitae)(?![\w])"
_JOB_REQUEST = re.compile(
    "|".join(
        (
            rf"\b(?:ask(?:ing)?|looking|hoping|searching|apply(?:ing)?|applied|request(?:ing)?"
            rf"|a\s+request|consider(?:ed)?(?:\s+me)?)\s+(?:you\s+|anyone\s+)?for\s+{_DET}"
            rf"{_FILLER_WORDS}{_JOB_NOUN}\b",
            rf"\b(?:any|open|available|upcoming|unadvertised|unposted|vacant)\s+"
            rf"(?:(?!on\b|about\b|of\b|advice\b)\w+\s+)?{_JOB_NOUN}\b",
            r"\b(?:hire|hiring|employ)\s+me\b",
            r"\b(?:are|is)\s+(?:you|your\s+\w+|the\s+\w+)\s+(?:currently\s+)?hiring\b",
            r"\bif\s+(?:you(?:['’]re|\s+are)|your\s+\w+\s+is)\s+(?:currently\s+)?hiring\b",
            rf"\breferral\s+for\s+{_DET}{_FILLER_WORDS}{_JOB_NOUN}\b",
            rf"\brefer\s+me\s+(?:for|to)\s+{_DET}{_FILLER_WORDS}{_JOB_NOUN}\b",
            r"\bput\s+in\s+a\s+(?:good\s+)?word\s+for\s+me\b",
            rf"\b(?:give|offer|get|find|land)\s+me\s+(?:a|an)\s+(?:\w+\s+)?{_JOB_NOUN}\b",
            rf"\bhelp\s+me\s+(?:get|find|land|secure)\s+(?:a|an)\s+(?:\w+\s+)?{_JOB_NOUN}\b",
            rf"\binterested\s+in\s+(?:a|an|any|the)\s+(?:\w+\s+)?{_JOB_NOUN}\s+(?:at|with|on|in)\b",
            rf"\b(?:attached|attaching|attach|enclosed|enclosing|included|including)\s+"
            rf"(?:is\s+|are\s+)?(?:a\s+copy\s+of\s+)?(?:my|the|a)\s+(?:\w+\s+)?{_CV}",
            rf"\b(?:my\s+)?{_CV}\s+(?:is\s+|are\s+)?(?:attached|enclosed)\b",
            rf"\bfind\s+(?:attached|enclosed)\s+(?:my|a|the)\s+{_CV}",
        )
    ),
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bno|\brather\s+than|\binstead\s+of|\bwithout)\s+"
    r"(?:[\w'’]+\s+){0,2}$",
    re.IGNORECASE,
)


def _job_requests(body: str) -> list[str]:
    """Phrases in ``body`` that ask for a job or push a CV, ignoring negated ones."""
    found: list[str] = []
    for match in _JOB_REQUEST.finditer(body):
        before = body[max(0, match.start() - 40) : match.start()]
        if _NEGATED.search(before):
            continue
        phrase = " ".join(match.group(0).split())
        if phrase.casefold() not in (p.casefold() for p in found):
            found.append(phrase)
        if len(found) == 3:
            break
    return found


_ANY_WORD = re.compile(r"[^\W_]+")


def _word_string(text: str) -> str:
    """Text as " word word … ": case-folded words, single spaces, punctuation dropped."""
    return " " + " ".join(m.group(0).casefold() for m in _ANY_WORD.finditer(text)) + " "


def _mentions(text: str, phrase: str) -> bool:
    """Whole-word search for ``phrase`` in ``text``, ignoring case, spacing and punctuation.

    A plain substring test on normalised text keeps long inputs linear in time.
    """
    needle = _word_string(phrase)
    return bool(needle.strip()) and needle in _word_string(text)


def _name_parts(name: str) -> list[str]:
    """Words of a person's name without honorifics ("Dr. Ana Ruiz" → ["Ana", "Ruiz"])."""
    parts = [p for p in name.split() if p.rstrip(".").casefold() not in _HONORIFICS]
    return parts or name.split()


def _check_length(body: str) -> Verdict:
    words = word_count(body)
    if words == 0:
        return Verdict("length", False, "No text yet — a few short sentences are enough.")
    label = f"{words} word{'s' if words != 1 else ''}"
    if words <= OUTREACH_IDEAL_WORDS:
        return Verdict("length", True, f"{label} — short enough.")
    if words <= OUTREACH_MAX_WORDS:
        return Verdict(
            "length", True, f"{label} — fine; under {OUTREACH_IDEAL_WORDS} would be ideal."
        )
    return Verdict("length", False, f"{label} — cut to under {OUTREACH_MAX_WORDS}.")


def _check_connection_first(
    body: str, referrer: str | None, connection: str | None, first_name: str
) -> Verdict:
    referrer = (referrer or "").strip()
    connection = (connection or "").strip()
    if not referrer and not connection:
        return Verdict("connection_first", True, "No referrer or shared connection recorded.")
    opening = first_sentence(body[:20_000], first_name)
    if referrer:
        parts = _name_parts(referrer)
        candidates = [referrer]
        same_as_recipient = parts[0].casefold() == first_name.strip().casefold()
        if len(parts[0]) >= 2 and not same_as_recipient:
            candidates.append(parts[0])
        if any(_mentions(opening, candidate) for candidate in candidates):
            return Verdict("connection_first", True, f"Your first sentence mentions {referrer}.")
        return Verdict(
            "connection_first",
            False,
            f"Mention {referrer} in your first sentence — a referral is your strongest opener.",
        )
    words = _distinctive(connection, min_letters=4)
    opening_words = _distinctive(opening, min_letters=4)
    if _mentions(opening, connection) or words & opening_words:
        return Verdict(
            "connection_first",
            True,
            f"Your first sentence mentions your connection ({connection}).",
        )
    return Verdict(
        "connection_first",
        False,
        f"Mention your connection ({connection}) in the first sentence; "
        "it gives them a reason to reply.",
    )


def _check_question(body: str) -> Verdict:
    if _QUESTION_MARK.search(body):
        return Verdict("question", True, "Your request is phrased as a question.")
    return Verdict(
        "question",
        False,
        "Phrase your request as a question, e.g. "
        "“Would you have 30 minutes to talk about your work?”",
    )


def _check_no_job_request(body: str) -> Verdict:
    phrases = _job_requests(body)
    if not phrases:
        return Verdict("no_job_request", True, "No request for a job — good.")
    quoted = ", ".join(f"“{p}”" for p in phrases)
    return Verdict(
        "no_job_request",
        False,
        f"Reads as a job request: {quoted}. Ask for their story and advice instead; "
        "a CV can wait until they ask.",
    )


def _check_about_them(body: str) -> Verdict:
    you = sum(1 for _ in _YOU.finditer(body))
    me = sum(1 for _ in _ME.finditer(body))
    counts = f"you/your: {you}, I/me/my: {me}"
    if you >= me:
        return Verdict("about_them", True, f"{counts} — it is about them.")
    return Verdict(
        "about_them", False, f"{counts} — more about you than them; turn a sentence toward them."
    )


def check_outreach(
    body: str, *, referrer: str | None, connection: str | None, first_name: str = ""
) -> list[Verdict]:
    """Check a first message; verdict keys: length, connection_first, question,
    no_job_request, about_them (always in that order)."""
    return [
        _check_length(body),
        _check_connection_first(body, referrer, connection, first_name),
        _check_question(body),
        _check_no_job_request(body),
        _check_about_them(body),
    ]


# --------------------------------------------------------------------------
# Thank-you checks
# --------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _tokens(text: str) -> Iterator[str]:
    """Alphabetic words of ``text`` (digits and punctuation dropped), as written."""
    return (match.group(0) for match in _TOKEN.finditer(text))


def _stem(word: str) -> str:
    """Fold a word for matching: lower case, no possessive, no plural -s."""
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def _distinctive(text: str, *, min_letters: int = 5) -> set[str]:
    """Folded words of at least ``min_letters`` letters that are not stopwords."""
    return {
        _stem(token)
        for token in _tokens(text)
        if len(token) >= min_letters and token.casefold() not in _STOPWORDS
    }


def _first_shared(body: str, vocabulary: set[str], *, min_letters: int) -> str | None:
    """The first word of ``body`` (as written) whose folded form is in ``vocabulary``."""
    for token in _tokens(body):
        if len(token) < min_letters or token.casefold() in _STOPWORDS:
            continue
        if _stem(token) in vocabulary:
            return token
    return None


def _hours_label(hours: float) -> str:
    if hours < 1:
        return "less than an hour"
    whole = int(round(hours))
    return f"{whole} hour{'s' if whole != 1 else ''}"


def _check_timely(hours_since_chat: float | None) -> Verdict:
    if hours_since_chat is None or math.isnan(hours_since_chat):
        return Verdict("timely", True, "Not sent yet — send within 48 hours of the chat.")
    hours = max(0.0, hours_since_chat)
    label = _hours_label(hours) if math.isfinite(hours) else "a long time"
    label = label[0].upper() + label[1:]
    if hours <= THANK_YOU_MAX_HOURS:
        return Verdict("timely", True, f"{label} after the chat — within 48 hours.")
    return Verdict(
        "timely", False, f"{label} after the chat — later than 48 hours; send it today anyway."
    )


def _check_specific(
    body: str,
    notes: str,
    takeaways: Iterable[str],
    captured: Sequence[str] = (),
    names: Sequence[str] = (),
) -> Verdict:
    text, spliced = _without_splices(body, captured)
    for item in takeaway_items(takeaways, limit=20):
        if sum(c.isalnum() for c in item) >= 4 and _mentions(text, item):
            shown = item if len(item) <= 60 else item[:57].rstrip() + "…"
            return Verdict("specific", True, f"Mentions something from your notes: “{shown}”.")
    vocabulary = _distinctive(notes)
    for takeaway in takeaways:
        vocabulary |= _distinctive(takeaway)
    for name in names:  # "Dear Amara" is not something they said
        vocabulary -= {_stem(token) for token in _tokens(name)}
    if not vocabulary and not spliced:
        return Verdict(
            "specific",
            False,
            "No notes to compare with — name one specific thing they said.",
        )
    shared = _first_shared(text, vocabulary, min_letters=5)
    if shared is not None:
        return Verdict("specific", True, f"Mentions something from your notes: “{shared}”.")
    if spliced:
        return Verdict(
            "specific",
            False,
            "Your notes are pasted in as typed — quote them or list them so the sentence "
            "reads right.",
        )
    return Verdict(
        "specific",
        False,
        "Name one specific thing they said — nothing from your notes appears yet.",
    )


# --------------------------------------------------------------------------
# Reads right: no notes pasted in raw, no stray marks
# --------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t]+")
_LOWER_WORD_BEFORE = re.compile(
    r"(?<![\w'’])(?:about|for|of|on|with|regarding|re|the|a|an|your|my|our|to|from|by|in"
    r"|at|as|like|and|or) $"
)
"""A word that wants a noun phrase after it: a capitalised note right after one is a
splice ("Your point about Clinical background is…"); after other words ("I learned
that Dana Lee runs the panel") a capital is usually a name, and fine."""
_RAW_OFFER = re.compile(
    r"\b(?:for|about|of|on|with|regarding)\s+(?:send|share|forward|e-?mail|introduce|intro"
    r"|connect|lend|pass)\s+(?:me|us|over)\b",
    re.IGNORECASE,
)
_DOUBLE_SPACE = re.compile(r"\S[ \t]{2,}(?=\S)")
_SPACE_BEFORE_STOP = re.compile(r"[^\s][ \t]+[.,;:!?](?=\s|$)")
_EMPTY_QUOTES = re.compile(r"“\s*”|‘\s*’|«\s*»|(?<![\w\"])\"\s*\"(?![\w\"])")
_PLURAL_S = re.compile(r"\w\(s\)", re.IGNORECASE)
_TRAILING_MARKS = re.compile(r"[\s.!;:,]+$")


def _raw_items(captured: Iterable[str]) -> list[str]:
    """Captured lines as they could have been pasted: whole lines and their "; " parts."""
    items: list[str] = []
    for text in captured:
        for line in str(text).splitlines():
            line = _SPACES.sub(" ", line).strip(" -•*")
            line = _TRAILING_MARKS.sub("", line)
            pieces = [line, *(p.strip() for p in line.split(";"))] if ";" in line else [line]
            items.extend(p for p in pieces if p)
    return items[:200]


def _splices(text: str, captured: Iterable[str]) -> list[tuple[int, int, str]]:
    """Spans of ``text`` where a captured line is spliced into a sentence as typed.

    A line with "; " in it pasted whole, or a line starting with a capital (or an
    offer verb: "Send me…") right after a lower-case word, mid-sentence.
    """
    spans: list[tuple[int, int, str]] = []
    for item in _raw_items(captured):
        if len(item.split()) < 3 and ";" not in item:
            continue
        start = text.find(item)
        while start != -1 and len(spans) < 50:
            end = start + len(item)
            before = text[max(0, start - 40) : start]
            joined_list = ";" in item
            mid_sentence = item[0].isupper() and _LOWER_WORD_BEFORE.search(before) is not None
            if joined_list or mid_sentence:
                spans.append((start, end, item))
            start = text.find(item, end)
    for match in _RAW_OFFER.finditer(text):
        rest = re.split(r"[.!?\n]", text[match.end() : match.end() + 80], maxsplit=1)[0]
        spans.append((match.start(), match.end(), (match.group(0) + rest).strip()))
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and span[0] < kept[-1][1]:  # inside (or across) one already found
            last = kept[-1]
            kept[-1] = (last[0], max(last[1], span[1]), last[2])
            continue
        kept.append(span)
    return kept


def _without_splices(body: str, captured: Sequence[str]) -> tuple[str, bool]:
    """``body`` (spaces folded) with the spliced spans blanked, and whether there were any."""
    text = _SPACES.sub(" ", body[:100_000])
    spans = _splices(text, captured) if captured else []
    for start, end, _ in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text, bool(spans)


def _check_reads_well(body: str, captured: Sequence[str]) -> Verdict:
    text = body[:100_000]
    problems: list[str] = []
    pasted = [
        item if len(item) <= 50 else item[:47].rstrip() + "…"
        for _, _, item in _splices(_SPACES.sub(" ", text), captured)[:2]
    ]
    if pasted:
        quoted = " and ".join(f"“{item}”" for item in pasted)
        problems.append(f"pasted in as typed: {quoted} — quote, list or rephrase")
    if _DOUBLE_SPACE.search(text):
        problems.append("two spaces in a row")
    if _SPACE_BEFORE_STOP.search(text):
        problems.append("a space before a full stop or comma")
    if _EMPTY_QUOTES.search(text):
        problems.append("empty quotation marks")
    if _PLURAL_S.search(text):
        problems.append("a “(s)” to settle")
    if not problems:
        return Verdict(
            "reads_well", True, "Reads right: no notes pasted mid-sentence, no stray marks."
        )
    first = problems[0][0].upper() + problems[0][1:]
    return Verdict("reads_well", False, "; ".join([first, *problems[1:]]) + ".")


def _check_promised(body: str, promised: Sequence[str]) -> Verdict:
    items = [" ".join(item.split()) for item in promised if item and item.strip()]
    if not items:
        return Verdict("promised", True, "Nothing was promised, so nothing to remind them of.")
    body_words = {_stem(token) for token in _tokens(body)}
    body_string = _word_string(body)
    missing: list[str] = []
    for item in items:
        words = _distinctive(item, min_letters=3)
        if words:
            found = bool(words & body_words)
        else:
            needle = _word_string(item)
            found = bool(needle.strip()) and needle in body_string
        if not found:
            missing.append(item)
    if not missing:
        return Verdict("promised", True, "Reminds them of everything they offered.")
    listed = ", ".join(f"“{item[:80]}”" for item in missing[:5])
    more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
    return Verdict("promised", False, f"Not mentioned yet: {listed}{more}.")


def check_thank_you(
    body: str,
    *,
    hours_since_chat: float | None,
    notes: str,
    promised: Sequence[str],
    takeaways: Sequence[str] = (),
    names: Sequence[str] = (),
) -> list[Verdict]:
    """Check a thank-you note; verdict keys: timely, specific, promised, reads_well (in
    that order).

    ``hours_since_chat`` is the time from the chat to sending (or to now, for a
    draft); None means not sent yet. ``takeaways`` also count as notes; ``names``
    (theirs, yours) never count as something they said.
    """
    captured = [*takeaways, *promised]
    return [
        _check_timely(hours_since_chat),
        _check_specific(body, notes, takeaways, captured, names),
        _check_promised(body, promised),
        _check_reads_well(body, captured),
    ]


def check_update(
    body: str,
    *,
    notes: str,
    takeaways: Sequence[str] = (),
    promised: Sequence[str] = (),
    names: Sequence[str] = (),
) -> list[Verdict]:
    """Check an update months after a chat; verdict keys: specific, reads_well."""
    captured = [*takeaways, *promised]
    return [
        _check_specific(body, notes, takeaways, captured, names),
        _check_reads_well(body, captured),
    ]


def check_follow_up(body: str) -> list[Verdict]:
    """Check a follow-up to an unanswered message; verdict key: reads_well."""
    return [_check_reads_well(body, ())]
