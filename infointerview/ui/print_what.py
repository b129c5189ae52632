"""What a print request asks for: the chat's prep sheet or its summary, and how.

Kept apart from ``print_actions`` (which loads Qt's print support) so the
views that offer printing can name a request without loading it. Qt signals
carry the value as ``str``; ``PrintWhat(value)`` raises on an unknown one.
"""

from __future__ import annotations

from enum import Enum


class PrintWhat(str, Enum):
    PREVIEW = "preview"
    """Print Preview of the prep sheet (its Print button prints it)."""
    PRINT = "print"
    """The print dialog, then the prep sheet."""
    PDF = "pdf"
    """The prep sheet saved as PDF."""
    SUMMARY_PDF = "summary_pdf"
    """The chat summary saved as PDF."""
    SUMMARY_MD = "summary_md"
    """The chat summary saved as Markdown."""
