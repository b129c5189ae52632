"""Interview questions: pitch timing, the referral question last, the bank format.

The closed-question check lives in :mod:`infointerview.domain.closed_questions`.
Everything here is plain text in, plain values out: no I/O, no Qt, and no input
can make these functions raise (the documented ``ValueError`` of
:func:`parse_question_bank` aside).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

__all__ = [
    "FAMILY_KEYS",
    "REFERRAL_QUESTION",
    "QuestionFamily",
    "ensure_referral_last",
    "is_referral_question",
    "parse_question_bank",
    "pitch_verdict",
    "spoken_seconds",
    "word_count",
]

REFERRAL_QUESTION = "Who else would you suggest I talk to, and may I mention your name?"
"""The question every chat ends with: it is how the referral chain grows."""

FAMILY_KEYS = (
    "background",
    "typical_day",
    "challenges",
    "preparation",
    "trends",
    "advice",
    "my_shoes",
    "referrals",
)
"""Keys of the seeded question families, in the order they are usually asked."""

PITCH_TARGET_SECONDS = 60
PITCH_TOO_LONG_SECONDS = 75
PITCH_TOO_SHORT_SECONDS = 30
DEFAULT_WORDS_PER_MINUTE = 150

# --------------------------------------------------------------------------
# Words and pitch timing
# --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
"""A word: letters/digits, with inner apostrophes or hyphens (don't, 30-minute)."""


def word_count(text: str) -> int:
    """Number of words in ``text`` (contractions and hyphenated words count once)."""
    return sum(1 for _ in _WORD.finditer(text))


def spoken_seconds(text: str, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> int:
    """Rough speaking time of ``text`` in whole seconds at ``words_per_minute``.

    Raises ``ValueError`` for a non-positive speaking rate.
    """
    if words_per_minute <= 0:
        raise ValueError("Words per minute must be a positive number.")
    return int(math.floor(word_count(text) * 60 / words_per_minute + 0.5))


def pitch_verdict(text: str) -> str:
    """One plain sentence judging a one-minute bio against the 60-second target."""
    words = word_count(text)
    if words == 0:
        return "Write a few sentences: who you are, what you are exploring, and why this person."
    seconds = spoken_seconds(text)
    head = f"{words} word{'s' if words != 1 else ''}, about {seconds} s spoken"
    if seconds > PITCH_TOO_LONG_SECONDS:
        return f"{head} — too long; aim for about {DEFAULT_WORDS_PER_MINUTE} words."
    if seconds < PITCH_TOO_SHORT_SECONDS:
        return f"{head} — short; you have room to say more."
    return f"{head} — on target for one minute."


# --------------------------------------------------------------------------
# The referral question goes last
# --------------------------------------------------------------------------

_REFERRAL_HEAD = 1000
"""Only the start of a (possibly pasted, very long) text is searched."""
_REFERRAL_LIKE = re.compile(
    r"\bwho\s+else\b"
    r"|\b(?:who|anyone|anybody|someone|somebody|people|others|other\s+people|person|contacts?)\b"
    r"[^?]{0,60}?\b(?:i|me|we)\b[^?]{0,30}?"
    r"\b(?:talk|speak|reach\s+out|contact|connect|meet|get\s+in\s+touch)\b"
    r"|\b(?:who|anyone|anybody|someone|somebody|people)\b[^?]{0,60}?"
    r"\bworth\s+(?:talking|speaking|meeting|contacting|reaching)\b"
    r"|\bintroduce\s+me\s+to\b",
    re.IGNORECASE,
)


def _normalise(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" ?.!")


def is_referral_question(text: str) -> bool:
    """True for the canonical referral question or a clear "who else should I talk to"."""
    if _normalise(text) == _normalise(REFERRAL_QUESTION):
        return True
    return _REFERRAL_LIKE.search(text[:_REFERRAL_HEAD]) is not None


def ensure_referral_last(questions: list[str]) -> list[str]:
    """Move referral questions to the end (keeping order otherwise); add one if none."""
    others = [q for q in questions if not is_referral_question(q)]
    referrals = [q for q in questions if is_referral_question(q)]
    if not referrals:
        referrals = [REFERRAL_QUESTION]
    return others + referrals


# --------------------------------------------------------------------------
# The question bank resource
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionFamily:
    """One family of questions in the bank (background, a typical day, ...)."""

    key: str
    name: str
    questions: tuple[str, ...]


_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")


def parse_question_bank(data: str) -> list[QuestionFamily]:
    """Parse and validate the question bank JSON; ``ValueError`` says what is wrong."""
    if not isinstance(data, (str, bytes, bytearray)):
        raise ValueError("The question bank must be JSON text.")
    try:
        raw = json.loads(data)
    except RecursionError:
        raise ValueError("The question bank is nested too deeply to be valid.") from None
    except ValueError as exc:  # JSONDecodeError and undecodable bytes
        raise ValueError(f"The question bank is not valid JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise ValueError("The question bank must be a JSON object with 'version' and 'families'.")
    version = raw.get("version")
    if isinstance(version, bool) or version != 1:
        shown = (
            f" {version!r}" if isinstance(version, (int, str)) and len(str(version)) < 20 else ""
        )
        raise ValueError(f"Unsupported question bank version{shown}; expected 1.")
    families = raw.get("families")
    if not isinstance(families, list) or not families:
        raise ValueError("The question bank needs a non-empty 'families' list.")

    result: list[QuestionFamily] = []
    seen: set[str] = set()
    for index, family in enumerate(families, start=1):
        where = f"Family {index}"
        if not isinstance(family, dict):
            raise ValueError(f"{where} must be an object with 'key', 'name' and 'questions'.")
        key = family.get("key")
        if not isinstance(key, str) or _KEY.fullmatch(key) is None:
            raise ValueError(f"{where} needs a 'key' of lowercase letters, digits and underscores.")
        where = f"Family {index} ('{key}')"
        if key in seen:
            raise ValueError(f"{where} repeats a key used by an earlier family.")
        seen.add(key)
        name = family.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{where} needs a non-empty 'name'.")
        questions = family.get("questions")
        if not isinstance(questions, list) or not questions:
            raise ValueError(f"{where} needs a non-empty 'questions' list.")
        cleaned: list[str] = []
        for number, question in enumerate(questions, start=1):
            if not isinstance(question, str) or not question.strip():
                raise ValueError(f"{where}: question {number} must be non-empty text.")
            cleaned.append(" ".join(question.split()))
        result.append(QuestionFamily(key=key, name=name.strip(), questions=tuple(cleaned)))
    return result
