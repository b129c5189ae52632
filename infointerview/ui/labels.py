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

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from infointerview.domain.chats import (
    CHANNEL_LABELS,
    CHAT_STATUS_LABELS,
    MESSAGE_KIND_LABELS,
    MODE_LABELS,
)
from infointerview.domain.contacts import HOW_FOUND, LANE_LABELS, STAGE_LABELS
from infointerview.interchange.csv_generic import FIELD_LABELS
from infointerview.interchange.detect import FORMATS as IMPORT_FORMATS
from infointerview.interchange.exporting import EXPORT_FORMATS
from infointerview.services.contacts import COLUMNS
from infointerview.services.prep import CHECKLIST_ITEMS

__all__ = [
    "CONTEXTS",
    "channel_label",
    "checklist_label",
    "column_title",
    "export_format_label",
    "field_label",
    "how_found_labels",
    "import_format_label",
    "kind_label",
    "lane_label",
    "mode_label",
    "stage_label",
    "status_label",
]

_CHECKLIST_LABELS = dict(CHECKLIST_ITEMS)

CONTEXTS: dict[str, Mapping[str, str]] = {
    "ChatMode": MODE_LABELS,
    "Channel": CHANNEL_LABELS,
    "ChatStatus": CHAT_STATUS_LABELS,
    "MessageKind": MESSAGE_KIND_LABELS,
    "Stage": STAGE_LABELS,
    "Lane": LANE_LABELS,
    "Checklist": _CHECKLIST_LABELS,
    "HowFound": {text: text for text in HOW_FOUND},
    "ContactColumn": dict(COLUMNS),
    "ContactField": FIELD_LABELS,
    "ImportFormat": IMPORT_FORMATS,
    "ExportFormat": {key: name for key, (name, _) in EXPORT_FORMATS.items()},
}
"""Translation context -> the English words marked in it, by key."""


def _label(context: str, key: str) -> str:
    source = CONTEXTS[context].get(key)
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
