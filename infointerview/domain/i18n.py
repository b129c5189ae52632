"""Marking display words for translation without Qt, and English plural forms. Pure Python.

``pyside6-lupdate`` reads the source text, not the imports: it extracts every
``QT_TRANSLATE_NOOP("Context", "text")`` call, whatever the function is. This
one returns the English text unchanged, so services can write it to files; the
UI translates it with ``QCoreApplication.translate`` and the same context
(``infointerview.ui.labels``).

Keep both arguments string literals: the extractor cannot read variables.

Counts are written the way Qt writes them: ``"%n referral(s)"``. The UI passes
that to ``tr(text, "", n)`` and Qt picks the form from the English plural
translation (``resources/translations/infointerview_en.ts``); Qt-free code
(services, the command line) calls :func:`plural` with the same text. One rule
makes the English forms for both, :func:`english_forms`:

- ``(s)``, ``(es)``: a suffix only the plural has: ``referral(s)``;
- ``(one|many)``: two words: ``(person|people)``, ``(was|were)``.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["QT_TRANSLATE_NOOP", "english_forms", "plural"]

_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)|\(([a-z]+)\)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text


def english_forms(text: str) -> tuple[str, str]:
    """The singular and plural English forms of a ``%n`` text.

    ``english_forms("%n referral(s)") == ("%n referral", "%n referrals")``.
    """

    def form(index: int) -> str:
        def pick(match: re.Match[str]) -> str:
            if match.group(3) is not None:  # (s): the plural's suffix
                return "" if index == 0 else match.group(3)
            return match.group(1 + index)

        return _CHOICE.sub(pick, text)

    return form(0), form(1)


def plural(n: int, text: str) -> str:
    """``text`` in the form for ``n``, ``%n`` replaced with it (thousands grouped).

    ``plural(1, "%n referral(s)") == "1 referral"``; ``plural(2, ...) == "2 referrals"``.
    """
    one, many = english_forms(text)
    return (one if n == 1 else many).replace("%Ln", f"{n:,}").replace("%n", str(n))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def date_words(day: date) -> str:
    """A date inside an English sentence: "25 July 2026".

    Written out rather than ISO (a sentence reads "Last contact 25 July 2026",
    not "2026-07-25"), and not with strftime's %B, which Qt's setlocale would
    turn into the system's language in the middle of an English sentence.
    """
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
