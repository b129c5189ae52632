"""Marking display words for translation without Qt. Pure Python.

``pyside6-lupdate`` reads the source text, not the imports: it extracts every
``QT_TRANSLATE_NOOP("Context", "text")`` call, whatever the function is. This
one returns the English text unchanged, so services can write it to files; the
UI translates it with ``QCoreApplication.translate`` and the same context
(``infointerview.ui.labels``).

Keep both arguments string literals: the extractor cannot read variables.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text
