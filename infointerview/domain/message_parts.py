"""Captured text made fit for a message: takeaways and offers as quotes, lists and clauses.

What people type during and after a chat comes in every shape: fragments ("take NN/g
cert"), several things joined with "; ", verb phrases ("Send me the course link"), full
sentences with or without a full stop, questions, all capitals, pasted HTML, a whole
page of notes. Spliced raw into a sentence ("Your point about {x} has stayed with me")
most of them read wrong. Here each piece is cleaned (:func:`normalise_item`) and then put
into a form that reads right whatever it is: a quote, a short bulleted list, or, only
when the wording is recognised, a rewritten clause ("Send me X" → "offering to send me
X"). An empty capture gives an empty string, so the template leaves its sentence out.

All functions take plain text and never raise.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "MAX_ITEM_CHARS",
    "MAX_TAKEAWAYS",
    "OFFER_VERBS",
    "Offer",
    "advice_sentence",
    "draft_values",
    "list_item",
    "normalise_item",
    "offer_of",
    "offers_paragraph",
    "promised_phrase",
    "quoted",
    "split_items",
    "takeaway_items",
    "takeaways_paragraph",
    "something_they_said",
]

MAX_ITEM_CHARS = 120
"""A captured piece longer than this is cut at a word (or to its first sentence)."""

MAX_TAKEAWAYS = 3
"""A thank-you names at most this many takeaways: specific, and still short."""

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BULLET = re.compile(r"^(?:[-*>+]+\s+|[•·▪◦‣–—]+\s*|\(?\d{1,2}[.)]\s+|\[[ xX]?\]\s+)")
_QUOTES = {'"': '"', "“": "”", "„": "“", "'": "'", "‘": "’", "«": "»", "`": "`"}
_LEADING = re.compile(r"^[\s.,;:!?…)\]}]+")
_TRAILING = re.compile(r"[\s.,;:!…。、！]+$")
_SPLIT = re.compile(r"\n|;\s*|\s+[•·]\s+|\s+\|\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
_KEEP_CAPS = re.compile(r"[\d/&+#@.]")
_COMMON_SHORT = frozenset(
    """a an the and or but nor for to of in on at by up as is it be me my we us our you
    your he she her his him its who why how all any can get got use ask try out new not
    one two see set way job too off own per via may let put run has had was are did do
    now yet so if no go""".split()
)

OFFER_VERBS: dict[str, str] = {
    "send": "sending", "share": "sharing", "forward": "forwarding", "email": "emailing",
    "e-mail": "e-mailing", "mail": "mailing", "introduce": "introducing",
    "intro": "introducing", "connect": "connecting", "put": "putting", "pass": "passing",
    "lend": "lending", "text": "texting", "message": "messaging", "invite": "inviting",
    "add": "adding", "recommend": "recommending", "review": "reviewing", "check": "checking",
    "ask": "asking", "find": "finding", "show": "showing", "look": "looking",
    "read": "reading", "give": "giving", "mention": "mentioning", "dig": "digging",
    "post": "posting", "copy": "copying", "cc": "copying",
}
"""Verbs an offer is typed with ("Send me…", "Introduce me to…"), with their -ing form."""

_THING_VERBS = frozenset({"send", "share", "forward", "email", "e-mail", "mail", "lend", "give"})
_MODAL = r"(?:will|can|could|would|may|might|offered\s+to|promised\s+to)"
_WILL = re.compile(
    rf"^(?:(?:he|she|they|[A-Z][\w'’-]*)\s+(?:{_MODAL}|to)|{_MODAL}|to)\s+",
    re.IGNORECASE,
)
_CONTRACTED_WILL = re.compile(r"^(?:he|she|they)['’]ll\s+", re.IGNORECASE)
_DETERMINER = re.compile(
    r"^(?:the|a|an|her|his|their|some|a\s+copy\s+of|copies\s+of|details\s+of)\s+\S",
    re.IGNORECASE,
)
_INNER_BREAK = re.compile(r"[.!?;:]\s|[“”\"()]")
_EMPTY_QUOTES = re.compile(r"“\s*”|‘\s*’|«\s*»|\"\s*\"|''")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])(?=\s|$)")
_THIRD_PERSON = re.compile(
    r"\b(?:she|he|her|hers|his|him|they|them|their|theirs|you|your|yours)\b", re.I
)
"""Written about them in the notes (or "you" for who knows whom), these would be wrong
in a message to them: such an offer is quoted, never rewritten."""
_ABBREVIATED_END = re.compile(r"(?:\b(?:etc|e\.g|i\.e|vs|inc|ltd|co|jr|sr|approx|al)\.)$", re.I)


# --------------------------------------------------------------------------
# One piece of captured text
# --------------------------------------------------------------------------


def _strip_wrapping_quotes(text: str) -> str:
    """Quotes around the whole text go, and so does a quote left open or closed at an edge."""
    while len(text) >= 2 and _QUOTES.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    for mark in ('"', "'", "`"):
        if text.count(mark) % 2 and (text.startswith(mark) or text.endswith(mark)):
            text = (text[1:] if text.startswith(mark) else text[:-1]).strip()
    while text and (text[0] in "”’»" or text[-1] in "“‘«"):
        text = (text[1:] if text[0] in "”’»" else text[:-1]).strip()
    for opening, closing in (("“", "”"), ("‘", "’"), ("«", "»")):
        if text.startswith(opening) and closing not in text:
            text = text[1:].strip()
        if text.endswith(closing) and opening not in text:
            text = text[:-1].strip()
    return text


def _fix_all_caps(text: str) -> str:
    """"TAKE THE NN/G CERT" → "take the NN/G cert": shouting lowered, acronyms kept."""
    cased = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    if len(cased) < 8 or any(c.islower() for c in cased):
        return text
    words = []
    for word in text.split(" "):
        letters = "".join(c for c in word if c.isalpha())
        keep = bool(_KEEP_CAPS.search(word.strip(".,;:!?"))) or (
            0 < len(letters) <= 3 and letters.casefold() not in _COMMON_SHORT
        )
        words.append(word if keep else word.lower())
    return " ".join(words)


def _cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters: its first sentence if that fits, else cut at a word."""
    if len(text) <= limit:
        return text
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if 20 <= len(first) <= limit:
        return _TRAILING.sub("", first) or first
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return (_TRAILING.sub("", cut) or cut) + "…"


def _demarkup(text: str) -> str:
    """Pasted HTML as the text it shows: tags dropped, entities decoded."""
    if "<" in text and _TAG.search(text):
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def normalise_item(text: str, limit: int = MAX_ITEM_CHARS) -> str:
    """One captured piece, clean: no markup, bullet, wrapping quotes, doubled spaces or
    trailing full stop (a question keeps its "?"); shouting lowered; long text cut.

    The case of the first letter is left as typed: :func:`list_item` capitalises,
    :func:`quoted` keeps it.
    """
    text = " ".join(_demarkup(str(text)).split())
    text = _EMPTY_QUOTES.sub(" ", text)
    text = " ".join(_SPACE_BEFORE_STOP.sub(r"\1", text).split())
    before = None
    while text != before:  # bullets, quotes and stops can be nested in any order
        before = text
        text = _LEADING.sub("", _BULLET.sub("", text).strip())
        text = _strip_wrapping_quotes(text)
        abbreviated = _ABBREVIATED_END.search(text.rstrip(" ,;:!"))
        text = _TRAILING.sub("", text)
        if abbreviated:
            text += "."
        if text.endswith("?"):
            text = text.rstrip("?!. ") + "?"
            text = "" if text == "?" else text
    text = _fix_all_caps(text)
    text = _cut(text, max(limit, 20))
    if not any(c.isalnum() for c in text):
        return ""
    return text


def split_items(text: str) -> list[str]:
    """A captured line or block as separate pieces: lines, "; " joined lists, bullets."""
    pieces = _SPLIT.split(_demarkup(str(text)))
    return [piece for piece in (normalise_item(p) for p in pieces) if piece]


def list_item(item: str) -> str:
    """``item`` as a line of a list: first letter capitalised ("iPhone" stays)."""
    if item and item[0].islower() and not (len(item) > 1 and item[1].isupper()):
        return item[0].upper() + item[1:]
    return item


def quoted(item: str) -> str:
    """``item`` in curly quotes, as typed (quotes inside it become single ones)."""
    return "“" + item.replace("“", "‘").replace("”", "’") + "”"


def _join(parts: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _end(item: str) -> str:
    """The full stop after a closing quote, unless the quoted text already ends a sentence."""
    return "" if item.endswith(("?", "!", ".", "…")) else "."


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


# --------------------------------------------------------------------------
# Takeaways
# --------------------------------------------------------------------------


def takeaway_items(takeaways: Iterable[str], limit: int = MAX_TAKEAWAYS) -> list[str]:
    """The first ``limit`` distinct takeaways, each split and cleaned."""
    items: list[str] = []
    for takeaway in takeaways:
        items.extend(split_items(takeaway))
    return _unique(items)[:limit]


def takeaways_paragraph(takeaways: Iterable[str]) -> str:
    """For a thank-you: one takeaway quoted in a sentence, several as a short list."""
    items = takeaway_items(takeaways)
    if not items:
        return ""
    if len(items) == 1:
        (item,) = items
        if item.endswith("?"):
            return f"Your answer to {quoted(item)} has stayed with me."
        return f"One thing from our conversation has stayed with me: {quoted(item)}{_end(item)}"
    lines = "\n".join(f"- {list_item(item)}" for item in items)
    return "A few things I am taking away from our conversation:\n" + lines


def advice_sentence(takeaways: Iterable[str]) -> str:
    """For an update months later: one sentence quoting up to two takeaways."""
    items = takeaway_items(takeaways, limit=2)
    if not items:
        return ""
    end = _end(items[-1])
    return (
        "Your advice has stayed with me and shaped what I did next, in particular "
        f"{_join([quoted(item) for item in items])}{end}"
    )


def something_they_said(takeaways: Iterable[str]) -> str:
    """The first takeaway, quoted (for templates that still use ``{something_they_said}``)."""
    items = takeaway_items(takeaways, limit=1)
    return quoted(items[0]) if items else ""


# --------------------------------------------------------------------------
# What they offered
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    """One thing they offered, read from what was typed.

    ``clause`` is set when the wording is recognised and can be rewritten safely:
    "to send me the link" (from "Send me the link") or "me the reading list" (from
    "the reading list"), to follow "offering". ``thing`` is a noun phrase for
    "grateful for …" when there is one. ``text`` is the cleaned text as typed.
    """

    text: str
    clause: str | None
    thing: str | None
    gerund: str | None


def offer_of(text: str) -> Offer:
    """Read one typed offer; see :class:`Offer`."""
    item = normalise_item(text)
    plain = item and not item.endswith(("?", "…")) and not _INNER_BREAK.search(item)
    if not plain or len(item) > 100:
        return Offer(item, None, None, None)
    body = _CONTRACTED_WILL.sub("", item)
    body = _WILL.sub("", body) if body == item else body
    verb, _, rest = body.partition(" ")
    key = verb.casefold()
    if key in OFFER_VERBS and rest.strip() and not _THIRD_PERSON.search(rest):
        words = rest.split()
        if not (verb.islower() or (verb[:1].isupper() and verb[1:].islower())):
            return Offer(item, None, None, None)  # "SEND" or "CC": not typed as a verb
        thing = None
        if key in _THING_VERBS:
            while words and words[0].casefold() in {"me", "over", "us"}:
                words = words[1:]
            candidate = " ".join(words)
            thing = candidate if _DETERMINER.match(candidate) else None
        verb_text = "introduce" if key == "intro" else key
        return Offer(
            item,
            f"to {verb_text} {rest}",
            thing,
            f"{OFFER_VERBS[key]} {rest}",
        )
    if _DETERMINER.match(item) and not _THIRD_PERSON.match(item):
        first = item.split(" ", 1)[0]
        typed_capital = first[:1].isupper() and (len(first) == 1 or first[1:].islower())
        thing = item[0].lower() + item[1:] if typed_capital else item  # "The list" → "the list"
        return Offer(item, f"me {thing}", thing, None)
    return Offer(item, None, None, None)


def _offers(promised: Iterable[str]) -> list[Offer]:
    offers: list[Offer] = []
    seen: set[str] = set()
    for text in promised:
        for piece in _SPLIT.split(_demarkup(str(text))):
            offer = offer_of(piece)
            if offer.text and offer.text.casefold() not in seen:
                seen.add(offer.text.casefold())
                offers.append(offer)
    return offers


_NO_RUSH = "There is no rush at all."


def offers_paragraph(promised: Iterable[str]) -> str:
    """For a thank-you: a gentle reminder of what they offered, in their favour.

    "Send me the NN/g course link" → "Thank you also for offering to send me the NN/g
    course link." Wording that cannot be rewritten safely is quoted; several offers that
    cannot all be rewritten become a short list.
    """
    offers = _offers(promised)
    if not offers:
        return ""
    clauses = [o.clause for o in offers if o.clause is not None]
    if len(clauses) == len(offers) and len(clauses) <= 3:
        if all(c.startswith("me ") for c in clauses):  # "me the list and the slides"
            clauses = ["me " + _join([c[3:] for c in clauses])]
        elif len(clauses) > 1:  # one shape for all: "to send me X and to share the Y"
            clauses = [c if c.startswith("to ") else f"to share {c[3:]}" for c in clauses]
        return f"Thank you also for offering {_join(clauses)}. {_NO_RUSH}"
    if len(offers) == 1:
        end = _end(offers[0].text)
        return f"Thank you also for your kind offer: {quoted(offers[0].text)}{end} {_NO_RUSH}"
    lines = "\n".join(f"- {list_item(o.gerund or o.thing or o.text)}" for o in offers)
    return f"Thank you also for your kind offers:\n{lines}\n{_NO_RUSH}"


def promised_phrase(promised: Iterable[str]) -> str:
    """What they offered as a noun phrase or quotes, for templates that still say
    "I would be grateful for {promised}": "the reading list", "“Call Dana on Monday”"."""
    offers = _offers(promised)
    return _join([o.thing if o.thing else quoted(o.text) for o in offers])


def draft_values(takeaways: Sequence[str], promised: Sequence[str]) -> dict[str, str]:
    """The placeholder values built from a chat's takeaways and what they offered."""
    return {
        "something_they_said": something_they_said(takeaways),
        "promised": promised_phrase(promised),
        "takeaways": takeaways_paragraph(takeaways),
        "advice": advice_sentence(takeaways),
        "offers": offers_paragraph(promised),
    }
