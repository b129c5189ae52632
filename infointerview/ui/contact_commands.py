"""Undoable contact edits for the window's ``QUndoStack``.

The commands only call the service; the table follows the change events the
service announces, whether the edit is done, undone or redone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from infointerview.domain.contacts import ContactDraft, display_name
from infointerview.services.contacts import ContactService
from infointerview.ui.translations import translate_n


class AddContactCommand(QUndoCommand):
    def __init__(self, service: ContactService, draft: ContactDraft) -> None:
        name = display_name(draft.first_name, draft.last_name)
        super().__init__(f"Add {name}")
        self._service = service
        self._draft = draft
        self.contact_id: int | None = None

    def redo(self) -> None:
        if self.contact_id is None:
            self.contact_id = self._service.create(self._draft)
        else:
            self._service.restore([self.contact_id])

    def undo(self) -> None:
        assert self.contact_id is not None
        self._service.delete([self.contact_id])


class EditContactCommand(QUndoCommand):
    def __init__(
        self,
        service: ContactService,
        contact_id: int,
        before: ContactDraft,
        after: ContactDraft,
    ) -> None:
        super().__init__(f"Edit {display_name(after.first_name, after.last_name)}")
        self._service = service
        self._id = contact_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._service.update(self._id, self._after)

    def undo(self) -> None:
        self._service.update(self._id, self._before)


class DeleteContactsCommand(QUndoCommand):
    def __init__(self, service: ContactService, ids: Sequence[int]) -> None:
        super().__init__(
            translate_n("ContactsView", "Delete %n contact(s)", len(ids))
        )
        self._service = service
        self._ids = list(ids)

    def redo(self) -> None:
        self._service.delete(self._ids)

    def undo(self) -> None:
        self._service.restore(self._ids)
