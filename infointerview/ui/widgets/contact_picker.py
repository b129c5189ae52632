"""A line edit that picks a contact by name or organisation, with completion.

Pickers given the same choices list (the contact table's ``people()``, kept
until the rows change) share one completer model and its lookups, so a dialog
opens without making 100,000 labels again; ``prepare`` makes them ahead of time.
"""

from __future__ import annotations

from collections.abc import Generator
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

Choices = list[tuple[int, str, str]]


def contact_label(name: str, organisation: str) -> str:
    """How a contact appears in pickers: "Name — Organisation"."""
    return f"{name} — {organisation}" if organisation else name


class PickerParts(NamedTuple):
    """What the pickers of one choices list need besides the completer model: the
    labels, the completer's strings (one per label) and the lookups from label to id
    and id to label. Made a slice at a time by :func:`picker_parts_steps`."""

    choices: Choices
    labels: list[str]
    ids: dict[str, int]
    strings: list[str]
    by_id: dict[int, str]


def picker_parts_steps(choices: Choices, chunk: int = 4000) -> Generator[None, None, PickerParts]:
    """:class:`PickerParts` of ``choices``, yielding between pieces (``run_sliced``)."""
    labels: list[str] = []
    ids: dict[str, int] = {}
    for start in range(0, len(choices), chunk):
        part = choices[start:start + chunk]
        texts = [f"{name} — {org}" if org else name for _, name, org in part]
        labels.extend(texts)
        # one label per name: a later contact with the same label wins, as a dict would
        ids.update(zip(texts, map(itemgetter(0), part), strict=True))
        yield
    strings = labels if len(ids) == len(labels) else list(ids)
    by_id: dict[int, str] = {}
    items = iter(list(ids.items()))
    while piece := list(islice(items, chunk)):
        by_id.update(zip(map(itemgetter(1), piece), map(itemgetter(0), piece), strict=True))
        yield
    return PickerParts(choices, labels, ids, strings, by_id)


class _Lookups:
    """The labels of one choices list, its completer model and (made when first asked)
    the lookups from label to id, id to label and the folded words."""

    def __init__(self, choices: Choices, parts: PickerParts | None = None) -> None:
        self.choices = choices  # held, so its identity stays this list's
        self.model = QStringListModel()  # no parent: the pickers using it keep it alive
        self._ids: dict[str, int] | None = None
        self._by_id: dict[int, str] | None = None
        self._names: list[tuple[str, int]] | None = None
        if parts is not None and parts.choices is choices:
            self._labels = parts.labels
            self._ids, self._by_id = parts.ids, parts.by_id
            self.model.setStringList(parts.strings)
            return
        self._labels = [f"{name} — {org}" if org else name for _, name, org in choices]
        # one label per name: a later contact with the same label wins, as a dict would
        seen: dict[str, int] = {}
        for at, text in enumerate(self._labels):
            seen[text] = at
        if len(seen) == len(self._labels):
            self.model.setStringList(self._labels)
        else:
            self.model.setStringList(list(seen))

    @property
    def ids(self) -> dict[str, int]:
        if self._ids is None:
            self._ids = {text: c[0] for text, c in zip(self._labels, self.choices, strict=True)}
        return self._ids

    @property
    def by_id(self) -> dict[int, str]:
        if self._by_id is None:
            self._by_id = {cid: text for text, cid in self.ids.items()}
        return self._by_id

    @property
    def names(self) -> list[tuple[str, int]]:
        if self._names is None:
            self._names = [(f"{name} {org}".casefold(), cid) for cid, name, org in self.choices]
        return self._names


_shared: _Lookups | None = None


def _lookups(choices: Choices) -> _Lookups:
    """The lookups of this choices list: shared while the same list is passed."""
    global _shared
    if _shared is not None and _shared.choices is choices:
        return _shared
    lookups = _Lookups(choices)
    if choices:
        _shared = lookups
    return lookups


def prepare(choices: Choices, parts: PickerParts | None = None) -> None:
    """Make the labels and completer model of these choices now (an idle moment), so
    the next picker given them opens at once (a dialog opening names its contact).
    ``parts`` made ahead (a slice at a time) leave only the completer model to fill."""
    global _shared
    if parts is not None and choices and (_shared is None or _shared.choices is not choices):
        _shared = _Lookups(choices, parts)
    _lookups(choices).by_id  # noqa: B018


class ContactPicker(QLineEdit):
    """A line edit completing contact names (anywhere in the name or organisation)."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookups = _lookups([])
        completer = QCompleter(self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a name or organisation"))
        self.setClearButtonEnabled(True)
        self.set_choices(choices)

    def set_choices(self, choices: Choices) -> None:
        """(id, name, organisation) for every contact that can be picked."""
        self._lookups = _lookups(choices)
        completer = self.completer()
        if completer.model() is not self._lookups.model:
            completer.setModel(self._lookups.model)

    def label_for(self, contact_id: int) -> str:
        """"Name — Organisation" for a contact in the list."""
        return self._lookups.by_id.get(contact_id, "")

    def set_contact(self, contact_id: int | None) -> None:
        self.setText(self.label_for(contact_id) if contact_id is not None else "")

    def contact_id(self) -> int | None:
        """The contact the text names: an exact pick, else the only one matching every word."""
        text = self.text().strip()
        if not text:
            return None
        ids = self._lookups.ids
        if text in ids:
            return ids[text]
        words = text.casefold().replace("—", " ").split()
        matches = {cid for hay, cid in self._lookups.names if all(w in hay for w in words)}
        return matches.pop() if len(matches) == 1 else None
