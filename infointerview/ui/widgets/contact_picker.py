"""A line edit that picks a contact by name or organisation, with completion."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


def contact_label(name: str, organisation: str) -> str:
    """How a contact appears in pickers: "Name — Organisation"."""
    return f"{name} — {organisation}" if organisation else name


class ContactPicker(QLineEdit):
    """A line edit completing contact names (anywhere in the name or organisation)."""

    def __init__(self, choices: list[tuple[int, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: dict[str, int] = {}
        self._names: list[tuple[str, int]] = []
        self._labels: dict[int, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a name or organisation"))
        self.setClearButtonEnabled(True)
        self.set_choices(choices)

    def set_choices(self, choices: list[tuple[int, str, str]]) -> None:
        """(id, name, organisation) for every contact that can be picked."""
        self._ids = {}
        self._names = []
        for cid, name, org in choices:
            self._ids[contact_label(name, org)] = cid
            self._names.append((f"{name} {org}".casefold(), cid))
        self._labels = {cid: text for text, cid in self._ids.items()}
        self._model.setStringList(list(self._ids))

    def label_for(self, contact_id: int) -> str:
        """"Name — Organisation" for a contact in the list."""
        return self._labels.get(contact_id, "")

    def set_contact(self, contact_id: int | None) -> None:
        self.setText(self._labels.get(contact_id, "") if contact_id is not None else "")

    def contact_id(self) -> int | None:
        """The contact the text names: an exact pick, else the only one matching every word."""
        text = self.text().strip()
        if not text:
            return None
        if text in self._ids:
            return self._ids[text]
        words = text.casefold().replace("—", " ").split()
        matches = {cid for hay, cid in self._names if all(w in hay for w in words)}
        return matches.pop() if len(matches) == 1 else None
