"""The words shown for stored keys, translated: chat modes, channels, statuses,
message kinds, stages, lanes, the how-found suggestions, the prep checklist,
contact table columns and fields, and import/export formats.

The English words live once, beside each enumeration (``domain.chats``,
``domain.contacts``, ``services.prep``, ``services.contacts``, ``interchange``),
marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` lists them under the context named here. An unknown key
is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from PySide6.QtCore import QCoreApplication

from infointerview.domain.chats import (
    CHANNEL_LABELS,
    CHAT_STATUS_LABELS,
    MESSAGE_KIND_LABELS,
    MODE_LABELS,
)
from infointerview.domain.contacts import HOW_FOUND, LANE_LABELS, STAGE_LABELS

__all__ = [
    "context_words",
    "contexts",
    "channel_label",
    "checklist_label",
    "column_title",
    "export_format_label",
    "field_label",
    "how_found_label",
    "how_found_labels",
    "import_format_label",
    "kind_label",
    "lane_label",
    "mode_label",
    "stage_label",
    "status_label",
]

def _checklist() -> Mapping[str, str]:
    from infointerview.services.prep import CHECKLIST_ITEMS

    return dict(CHECKLIST_ITEMS)


def _columns() -> Mapping[str, str]:
    from infointerview.services.contacts import COLUMNS

    return dict(COLUMNS)


def _fields() -> Mapping[str, str]:
    from infointerview.interchange.csv_generic import FIELD_LABELS

    return FIELD_LABELS


def _import_formats() -> Mapping[str, str]:
    from infointerview.interchange.detect import FORMATS

    return FORMATS


def _export_formats() -> Mapping[str, str]:
    from infointerview.interchange.exporting import EXPORT_FORMATS

    return {key: name for key, (name, _) in EXPORT_FORMATS.items()}


_SOURCES: dict[str, Callable[[], Mapping[str, str]]] = {
    "ChatMode": lambda: MODE_LABELS,
    "Channel": lambda: CHANNEL_LABELS,
    "ChatStatus": lambda: CHAT_STATUS_LABELS,
    "MessageKind": lambda: MESSAGE_KIND_LABELS,
    "Stage": lambda: STAGE_LABELS,
    "Lane": lambda: LANE_LABELS,
    "Checklist": _checklist,
    "HowFound": lambda: {text: text for text in HOW_FOUND},
    "ContactColumn": _columns,
    "ContactField": _fields,
    "ImportFormat": _import_formats,
    "ExportFormat": _export_formats,
}
"""Translation context -> where its English words live. Read on first use: the
format and field lists pull in the parsers, which start-up does not need."""


@cache
def context_words(context: str) -> Mapping[str, str]:
    """The English words marked in ``context``, by key."""
    return _SOURCES[context]()


def contexts() -> dict[str, Mapping[str, str]]:
    """Every translation context with its words (reads all of them)."""
    return {name: context_words(name) for name in _SOURCES}


def _label(context: str, key: str) -> str:
    source = context_words(context).get(key)
    return key if source is None else QCoreApplication.translate(context, source)


def mode_label(key: str) -> str:
    """How a chat happens: "Phone call", "Video call", …"""
    return _label("ChatMode", key)


def channel_label(key: str) -> str:
    """How a message went: "Email", "LinkedIn message", …"""
    return _label("Channel", key)


def status_label(key: str) -> str:
    """A chat's status, lower case: "held", "no-show", …"""
    return _label("ChatStatus", key)


def kind_label(key: str) -> str:
    """A message's kind: "First message", "Thank-you note", …"""
    return _label("MessageKind", key)


def stage_label(key: str) -> str:
    """A contact's stage: "Replied", "Chat held", …"""
    return _label("Stage", key)


def lane_label(key: str) -> str:
    """A contact's lane ("" is "Not set")."""
    return _label("Lane", key)


def checklist_label(key: str) -> str:
    """One prep checklist item."""
    return _label("Checklist", key)


def how_found_labels() -> list[str]:
    """The suggested answers to "How found", translated, in order."""
    return [QCoreApplication.translate("HowFound", text) for text in HOW_FOUND]


def how_found_label(text: str) -> str:
    """A "How found" answer, translated when it is one of the suggested ones."""
    return _label("HowFound", text)


def column_title(key: str) -> str:
    """A contacts table column's header."""
    return _label("ContactColumn", key)


def field_label(key: str) -> str:
    """A contact field a CSV column can map to."""
    return _label("ContactField", key)


def import_format_label(key: str) -> str:
    """A file format the importer reads."""
    return _label("ImportFormat", key)


def export_format_label(key: str) -> str:
    """A file format the exporter writes."""
    return _label("ExportFormat", key)
