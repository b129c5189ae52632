"""The closed-question check: yes/no questions flagged, with an open rewrite.

Yes/no questions are dead ends in an informational interview, so the prep page
flags them as they are typed and proposes an open rewrite. The rewrites are
simple rules over the question's first words; they aim to give the user a
starting point, not perfect grammar. Plain text in, plain values out: no I/O,
no Qt, and no input can make :func:`check_question` raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ClosedQuestionCheck", "check_question"]


# --------------------------------------------------------------------------
# The closed-question check
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ClosedQuestionCheck:
    """Result of :func:`check_question`; ``reason`` and ``suggestion`` are empty when open."""

    is_closed: bool
    reason: str
    suggestion: str


_OPEN = ClosedQuestionCheck(is_closed=False, reason="", suggestion="")

_HEAD_LIMIT = 1000
"""Only the start of a question decides whether it is closed; bounds the work."""
_TOPIC_LIMIT = 160
"""Longest piece of the user's text copied into a suggestion."""

_LEADING_JUNK = re.compile(
    r"(?:\s+|<[^<>]{0,200}>|&#?\w{1,8};|[^\w\s]+|_+|\d{1,3}[.)](?=\s)|q\d{0,3}[:.)](?=\s))",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"(?:so|and|also|but|plus|ok|okay|well|now|then|oh|um+|uh+|hmm+|right|lastly|finally"
    r"|first(?:ly)?|second(?:ly)?|next|just\s+curious|out\s+of\s+curiosity|by\s+the\s+way"
    r"|quick\s+question|one\s+more\s+thing|i['’]m\s+curious|i\s+am\s+curious)\b"
    r"[\s,;:.!…\-–—]*",
    re.IGNORECASE,
)

_NEGATIVE_OPENERS = {
    "don't": "do",
    "doesn't": "does",
    "didn't": "did",
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "can't": "can",
    "couldn't": "could",
    "won't": "will",
    "wouldn't": "would",
    "shouldn't": "should",
    "haven't": "have",
    "hasn't": "has",
    "hadn't": "had",
    "shan't": "shall",
    "mightn't": "might",
    "cannot": "can",
}
_CLOSED_OPENERS = frozenset(
    {
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would",
        "should", "have", "has", "had", "shall", "may", "might", "am",
    }
)  # fmt: skip
_OPENER = re.compile(r"([A-Za-z]+(?:['’]t)?)\b")

_POLITE_VERBS = (
    r"(?:tell|describe|walk|talk|share|explain|say\s+more|elaborate|expand|outline"
    r"|summari[sz]e|go\s+over|go\s+through|give\s+me|paint|help\s+me\s+understand"
    r"|speak\s+(?:to|about)|reflect|comment)"
)
_WH = r"(?:what|how|why|which|where|when|who|whom|whose|about)"
_POLITE_OPEN = re.compile(
    rf"(?:can|could|would|will|might)\s+(?:you\s+)?(?:please\s+)?(?:perhaps\s+)?"
    rf"(?:briefly\s+)?{_POLITE_VERBS}\b"
    rf"|(?:would|do)\s+you\s+mind\s+(?:telling|sharing|describing|explaining|walking|talking"
    rf"|saying|giving|going|expanding|elaborating)\b"
    rf"|(?:would|do)\s+you\s+mind\s+(?:if\s+i\s+ask(?:ed)?|me\s+asking)\s+(?:you\s+)?{_WH}\b"
    rf"|(?:may|can|could|might)\s+i\s+ask\s+(?:you\s+)?{_WH}\b",
    re.IGNORECASE,
)
_POLITE_BUT_CLOSED = re.compile(r"\s*(?:me\s+|us\s+)?(?:if|whether)\b", re.IGNORECASE)

_SUBJECTS = frozenset(
    {"you", "it", "this", "that", "there", "they", "he", "she", "we", "i", "these", "those"}
)
_OBJECT_FORM = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
_PAST = frozenset({"did", "was", "were", "had"})

_OR_NOT = re.compile(
    r"\bor\s+(?:not|no|anything|something|someone|anyone|so|else|other|otherwise|similar)\b",
    re.IGNORECASE,
)
_OR_NOT_TAIL = re.compile(r",?\s+or\s+(?:not|no)$", re.IGNORECASE)
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)
_ANY_BEFORE_OR = re.compile(r"\bany(?:thing|one|body)?\b", re.IGNORECASE)
_CHOICE_LEAD = re.compile(
    r"(?:(?:generally|usually|personally|really)\s+)?"
    r"(?:prefer|rather|like|enjoy|recommend|suggest|choose|pick|favou?r|think)?\s*"
    r"(?:it\s+is\s+|it's\s+)?(?:(?:better|best|wiser|smarter|easier|more\s+\w+)\s+(?:to\s+)?)?",
    re.IGNORECASE,
)

_NOT_VERBS = frozenset(
    "a an the in at on with for from by my your their his her our this that these those"
    " more less big small large remote".split()
)
_DETERMINER = re.compile(r"(?:any|some|a|an|the)\s+", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"\s+(?:for|about|on|in|from|with|to|regarding|at|into|as|when|that|which|who)\s+",
    re.IGNORECASE,
)
_QUANTITY = re.compile(r"(?:a\s+lot\s+of|lots\s+of|much|many|plenty\s+of)\s+", re.IGNORECASE)
_HOW_MUCH_TAIL = re.compile(r"\s+(a\s+lot|much|often|regularly|frequently)$", re.IGNORECASE)
_PERSON = re.compile(
    r"(?:anyone|someone|anybody|somebody|people|a\s+person|any\s+people|other\s+people"
    r"|others|contacts|any\s+contacts)\b\s*",
    re.IGNORECASE,
)
_EVER = re.compile(r"\s+ever\s+", re.IGNORECASE)
_FEELING_VERB = re.compile(
    r"(enjoy|like|love|dislike|hate|miss|value|appreciate)\b\s*", re.IGNORECASE
)
_OPINION_VERB = re.compile(r"(think|believe|expect|reckon)\s+(?:that\s+)?", re.IGNORECASE)
_FEEL_VERB = re.compile(r"feel\s+", re.IGNORECASE)
_HAVE_VERB = re.compile(r"have\s+(?!to\b)", re.IGNORECASE)
_GOT_VERB = re.compile(r"got\s+", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:how|why|what|when|where|which|who|whether|if)\b", re.IGNORECASE)
_KNOW_VERB = re.compile(r"know\s+(?:of\s+)?", re.IGNORECASE)
_RECOMMEND_VERB = re.compile(r"(?:recommend|suggest)\s+", re.IGNORECASE)
_MASS_NOUN = re.compile(
    r"(?:room|time|scope|space|demand|competition|flexibility|travel|overtime|pressure"
    r"|money|funding|support|freedom|autonomy|variety|mobility)\b",
    re.IGNORECASE,
)
_WAY_TO = re.compile(r"(?:a|any)\s+(?:good\s+|better\s+|best\s+)?way\s+to\s+", re.IGNORECASE)
_SOMETHING = re.compile(
    r"(anything|something|anyone|someone|anybody|somebody)(?:\s+else)?\b\s*", re.IGNORECASE
)
_SAY_VERB = re.compile(r"say\s+(?:that\s+)?", re.IGNORECASE)
_ACHIEVABLE = re.compile(
    r"(?:possible|feasible|realistic|doable|viable)\s+(?:for\s+\w+\s+)?to\s+", re.IGNORECASE
)


def check_question(text: str) -> ClosedQuestionCheck:
    """Flag a question that invites a yes/no (or pick-one) answer and propose an open one."""
    head = _strip_lead(text.lstrip()[:_HEAD_LIMIT])
    match = _OPENER.match(head)
    if match is None:
        return _OPEN
    word = match.group(1).replace("’", "'").lower()
    aux = _NEGATIVE_OPENERS.get(word, word)
    if aux not in _CLOSED_OPENERS:
        return _OPEN
    question = re.split(r"[?\n]", head, maxsplit=1)[0].rstrip(" \t.!…\"'”’)»;:,")
    opener = match.group(1)[0].upper() + match.group(1)[1:]

    polite = _POLITE_OPEN.match(question)
    if polite is not None:
        clause = _POLITE_BUT_CLOSED.match(question, polite.end())
        if clause is None:
            return _OPEN
        topic = _clip(question[clause.end() :].strip())
        return ClosedQuestionCheck(
            is_closed=True,
            reason=f"Asks '{_clip(question[: clause.end()].strip())}', "
            "which still invites a yes/no answer.",
            suggestion=f"What can you tell me about whether {topic}?" if topic else _fallback(),
        )

    subject, rest = _split_subject(question[match.end() :].strip())
    rest = _OR_NOT_TAIL.sub("", rest)
    if subject is not None and subject.lower() == "there":
        opener = f"{opener} there"
    verb_follows = aux not in {"is", "are", "was", "were", "am"} and (
        (subject or "").lower() in {"you", "i", "we"}
    )
    choice = _two_choices(question, rest, verb_follows=verb_follows)
    if choice is not None:
        return ClosedQuestionCheck(
            is_closed=True,
            reason=f"Starts with '{opener}' and offers only fixed choices, "
            "so the answer can only be one of them.",
            suggestion=choice,
        )
    return ClosedQuestionCheck(
        is_closed=True,
        reason=f"Starts with '{opener}', which invites a yes/no answer.",
        suggestion=_rewrite(aux, subject, _clip(rest)),
    )


def _strip_lead(head: str) -> str:
    """Drop quotes, list markers, tags and filler words ("So,", "And") before the question."""
    pos = 0
    for _ in range(200):
        junk = _LEADING_JUNK.match(head, pos)
        if junk is not None and junk.end() > pos:
            pos = junk.end()
            continue
        filler = _FILLER.match(head, pos)
        if filler is not None and pos < filler.end() < len(head):
            pos = filler.end()
            continue
        break
    return head[pos:]


def _split_subject(after: str) -> tuple[str | None, str]:
    """Split "you enjoy your job" into ("you", "enjoy your job"); no pronoun → (None, after)."""
    match = re.match(r"([A-Za-z]+)\b\s*", after)
    if match is not None and match.group(1).lower() in _SUBJECTS:
        return match.group(1), after[match.end() :]
    return None, after


def _two_choices(question: str, rest: str, *, verb_follows: bool) -> str | None:
    """An open rewrite of "Do you prefer X or Y?", or None if it is not that shape.

    ``verb_follows`` says the choices may be verb phrases ("Would you rather manage
    people or projects?"), which read better as "decide whether to …".
    """
    if _OR_NOT.search(question) or _OPINION_VERB.match(rest):
        return None
    parts = _OR.split(rest)
    if len(parts) < 2:
        return None
    first = " or ".join(parts[:-1]).strip(" ,")
    second = parts[-1].strip(" ,")
    if not first or not second or _ANY_BEFORE_OR.search(first):
        return None
    lead_words: list[str] = []
    lead = _CHOICE_LEAD.match(first)
    if lead is not None and lead.end() < len(first):
        lead_words = lead.group(0).lower().split()
        first = first[lead.end() :]
    first_word = first.split()[0].lower() if first.split() else ""
    if lead_words:
        # "better to X or Y", "rather X or Y" compare actions; "prefer X or Y" compares things.
        verb_choice = "to" in lead_words or "rather" in lead_words
    else:
        verb_choice = (
            verb_follows and not first_word.endswith("ing") and first_word not in _NOT_VERBS
        )
    if verb_choice:
        return f"How would you decide whether to {_clip(first)} or {_clip(second)}?"
    return f"What are the trade-offs between {_clip(first)} and {_clip(second)}?"


def _clip(fragment: str) -> str:
    """Shorten a piece of the user's text for use inside a suggestion."""
    fragment = " ".join(fragment.split())
    if len(fragment) <= _TOPIC_LIMIT:
        return fragment
    cut = fragment[:_TOPIC_LIMIT].rsplit(" ", 1)[0]
    return (cut or fragment[:_TOPIC_LIMIT]) + "…"


def _noun_and_tail(phrase: str) -> tuple[str, str]:
    """Split "any advice for someone starting out" into ("advice", " for someone starting out")."""
    determiner = _DETERMINER.match(phrase)
    if determiner is not None:
        phrase = phrase[determiner.end() :]
    split = _PREPOSITION.search(phrase)
    if split is None:
        return phrase.strip(), ""
    return phrase[: split.start()].strip(), " " + phrase[split.start() :].strip()


def _rewrite(aux: str, subject: str | None, rest: str) -> str:
    """A concrete open question built from a closed one; rule-based, best effort."""
    subj = (subject or "").lower()
    if subject is not None and not rest:
        return _fallback()
    if aux in {"do", "does", "did"} and subject is not None:
        return _rewrite_do(aux, subj, rest)
    if aux in {"is", "are", "was", "were", "am"}:
        return _rewrite_be(aux, subject, rest)
    if aux in {"have", "has", "had"}:
        return _rewrite_have(aux, subject, rest)
    return _rewrite_modal(aux, subj, rest)


def _rewrite_do(aux: str, subj: str, rest: str) -> str:
    """Rewrite do/does/did: "Do you enjoy X" → "What do you enjoy about X"."""
    subj_text = "I" if subj == "i" else subj
    if (m := _FEELING_VERB.match(rest)) is not None:
        what = rest[m.end() :].strip() or "it"
        return f"What {aux} {subj_text} {m.group(1).lower()} about {what}?"
    if subj == "you" and (m := _OPINION_VERB.match(rest)) is not None:
        return f"What are your thoughts on whether {rest[m.end() :].strip()}?"
    if (m := _FEEL_VERB.match(rest)) is not None:
        verb = "made" if aux == "did" else "makes"
        return f"What {verb} {_OBJECT_FORM.get(subj, subj)} feel {rest[m.end() :].strip()}?"
    if (m := _HAVE_VERB.match(rest)) is not None and rest[m.end() :].strip():
        noun, tail = _noun_and_tail(rest[m.end() :])
        return f"What {noun} {aux} {subj_text} have{tail}?"
    if (m := _KNOW_VERB.match(rest)) is not None and rest[m.end() :].strip():
        known = rest[m.end() :].strip()
        if _CLAUSE_START.match(known):
            return f"What can you tell me about {known}?"
        if (p := _PERSON.match(known)) is not None:
            more = known[p.end() :].strip()
            return f"Who {aux} {subj_text} know" + (f" that {more}?" if more else "?")
        noun, tail = _noun_and_tail(known)
        return f"What {noun}{tail} {aux} {subj_text} know?"
    if (m := _RECOMMEND_VERB.match(rest)) is not None:
        return _recommend(rest[m.end() :], f"{aux} {subj_text}")
    if aux == "did":
        return f"How did {subj_text} come to {rest}?"
    return _how(aux, subj_text, rest)


def _rewrite_be(aux: str, subject: str | None, rest: str) -> str:
    """Rewrite is/are/was/were/am: "Is it hard to X" → "What makes it hard to X"."""
    subj = (subject or "").lower()
    if subj == "there":
        return _there(aux, rest)
    if aux == "am" or subj == "i":
        return f"How would you judge whether I am {rest}?" if rest else _fallback()
    if subj in {"it", "this", "that"} and (m := _ACHIEVABLE.match(rest)) is not None:
        return f"What would it take to {rest[m.end() :].strip()}?"
    if subject is not None and re.match(r"\w+ing\b", rest):
        return _how(aux, subj, rest)
    if not rest:
        return _fallback()
    verb = "made" if aux in _PAST else "makes"
    who = f"{_OBJECT_FORM.get(subj, subj)} " if subject is not None else ""
    return f"What {verb} {who}{rest}?"


def _rewrite_have(aux: str, subject: str | None, rest: str) -> str:
    """Rewrite have/has/had: "Have you ever X" → "Tell me about a time you X"."""
    if subject is not None:
        subj = subject.lower()
        subj_text = "I" if subj == "i" else subj
        if (m := _GOT_VERB.match(rest)) is not None and rest[m.end() :].strip():
            noun, tail = _noun_and_tail(rest[m.end() :])
            return f"What {noun} {aux} {subj_text} got{tail}?"
        if (m := _EVER.match(" " + rest)) is not None:
            rest = (" " + rest)[m.end() :]
        return f"Tell me about a time {subj_text} {_simple_past(rest)}."
    ever = _EVER.search(rest)
    if ever is not None and ever.start() > 0:
        return f"Tell me about a time {rest[: ever.start()]} {_simple_past(rest[ever.end() :])}."
    return _how(aux, "", rest)


def _rewrite_modal(aux: str, subj: str, rest: str) -> str:
    """Rewrites for can/could/will/would/should/shall/may/might."""
    subj_text = "I" if subj == "i" else subj
    obj = _OBJECT_FORM.get(subj, subj)
    if subj == "you" and (m := _RECOMMEND_VERB.match(rest)) is not None:
        return _recommend(rest[m.end() :], "would you")
    if subj == "you" and aux == "would" and (m := _SAY_VERB.match(rest)) is not None:
        return f"To what extent would you say {rest[m.end() :].strip()}?"
    if subj in {"i", "we"} and aux in {"should", "shall"}:
        return f"What should {subj_text} weigh before deciding whether to {rest}?"
    if subj in {"i", "we"} and aux in {"may", "might"}:
        return f"How would you like {obj} to {rest}?"
    if subj in {"you", "they", "he", "she"}:
        if aux == "would":
            return f"What would make {obj} {rest}?"
        return f"What would it take for {obj} to {rest}?"
    return _how(aux, subj_text, rest)


def _how(aux: str, subj_text: str, rest: str) -> str:
    """ "How <aux> <subject> <rest>?", turning a trailing "a lot"/"often" into how much/often."""
    if not rest:
        return _fallback()
    lead = "How"
    tail = _HOW_MUCH_TAIL.search(rest)
    if tail is not None and tail.start() > 0:
        often = tail.group(1).lower() in {"often", "regularly", "frequently"}
        lead = "How often" if often else "How much"
        rest = rest[: tail.start()]
    words = " ".join(part for part in (aux, subj_text, rest) if part)
    return f"{lead} {words}?"


def _there(aux: str, rest: str) -> str:
    """ "Are there any openings for growth?" → "What openings are there for growth?"."""
    if (q := _QUANTITY.match(rest)) is not None:
        noun, tail = _noun_and_tail(rest[q.end() :])
        much = "How many" if aux in {"are", "were"} else "How much"
        return f"{much} {noun} {aux} there{tail}?" if noun else _fallback()
    if _MASS_NOUN.match(rest) is not None:
        noun, tail = _noun_and_tail(rest)
        return f"How much {noun} {aux} there{tail}?"
    if (w := _WAY_TO.match(rest)) is not None:
        return f"What is the best way to {rest[w.end() :].strip()}?"
    if (p := _SOMETHING.match(rest)) is not None:
        more = rest[p.end() :].strip()
        who = "Who" if p.group(1).lower().endswith(("one", "body")) else "What"
        return f"{who} {aux} there" + (f" {more}?" if more else "?")
    noun, tail = _noun_and_tail(rest)
    if not noun:
        return _fallback()
    return f"What {noun} {aux} there{tail}?"


def _recommend(rest: str, aux_subject: str) -> str:
    """ "(Can you) recommend any books on X" → "What books on X would you recommend?"."""
    rest = rest.strip()
    if (p := _PERSON.match(rest)) is not None:
        more = rest[p.end() :].strip()
        return f"Who {aux_subject} recommend" + (f" {more}?" if more else "?")
    determiner = _DETERMINER.match(rest)
    noun = rest[determiner.end() :] if determiner is not None else rest
    if not noun.strip():
        return f"What {aux_subject} recommend?"
    return f"What {noun.strip()} {aux_subject} recommend?"


def _simple_past(phrase: str) -> str:
    """Turn a leading "been" into "were" so "a time you been …" reads "a time you were …"."""
    return re.sub(r"^been\b", "were", phrase.strip(), flags=re.IGNORECASE)


def _fallback(topic: str = "") -> str:
    """Generic open rewrite when no rule fits."""
    if topic:
        return f"What is your experience with {topic}?"
    return "How would you describe your experience with this?"
