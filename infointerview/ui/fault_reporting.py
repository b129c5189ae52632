"""Database faults met while the app runs, told in the fault banner, never lost.

A save that fails (a full disk, a lock held too long, a read-only file) is told
once in a :class:`FaultBanner` with Retry, and cleared when a save works again.
Closing with edits that could not be saved asks first. As a safety net, a
database fault that a slot lets through shows its sentence in the main
window's banner instead of a bare traceback (the traceback goes to stderr);
every other exception keeps Python's usual handling.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

import peewee
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from infointerview.services.db_faults import fault_of
from infointerview.ui.widgets.autosaver import Autosaver
from infointerview.ui.widgets.fault_banner import FaultBanner

translate = QCoreApplication.translate

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def fault_sentence(db: peewee.Database) -> Callable[[BaseException], str | None]:
    """For an :class:`Autosaver`: the sentence of a database fault on ``db`` (None for a bug)."""

    def describe(exc: BaseException) -> str | None:
        fault = fault_of(exc, db)
        return None if fault is None else str(fault)

    return describe


def show_save_faults(saver: Autosaver, banner: FaultBanner) -> None:
    """Tell failed saves once in ``banner`` (Retry saves again); clear it when one works."""
    shown: list[str] = []

    def retry() -> None:
        saver.flush()

    def failed(sentence: str) -> None:
        shown[:] = [sentence]
        banner.show_fault(sentence, retry=retry)

    def recovered() -> None:
        if shown and shiboken6.isValid(banner) and banner.message == shown[0]:
            banner.clear()
        shown.clear()

    saver.failed.connect(failed)
    saver.recovered.connect(recovered)


def confirm_unsaved(parent: QWidget, saver: Autosaver) -> bool:
    """Save what is pending; if that fails, ask before losing it.

    True when the window may go ahead (everything saved, or the user chose to
    discard the edits); False when the user cancelled (the text stays, unsaved).
    """
    buttons = QMessageBox.StandardButton
    while not saver.flush():
        answer = QMessageBox.warning(
            parent,
            translate("UnsavedChanges", "Unsaved changes"),
            translate(
                "UnsavedChanges",
                "Your last changes could not be saved ({sentence}). Close anyway and lose them?",
            ).format(sentence=saver.problem),
            buttons.Retry | buttons.Discard | buttons.Cancel,
            buttons.Cancel,
        )
        if answer == buttons.Retry:
            continue
        if answer == buttons.Discard:
            saver.discard()
            return True
        return False
    return True


class _FaultHook:
    """``sys.excepthook``: database faults to the banner, everything else to the previous hook."""

    def __init__(self) -> None:
        self.previous: ExceptHook = sys.__excepthook__
        self.banner: FaultBanner | None = None
        self.db: peewee.Database | None = None

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        banner, db = self.banner, self.db
        fault = None
        if banner is not None and db is not None and shiboken6.isValid(banner):
            fault = fault_of(exc, db)
        if fault is None or banner is None:
            self.previous(kind, exc, tb)
            return
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        banner.show_fault(str(fault))


_hook = _FaultHook()


def install_fault_hook(banner: FaultBanner, db: peewee.Database) -> None:
    """Show database faults that reach ``sys.excepthook`` in ``banner`` (the newest window's)."""
    _hook.banner, _hook.db = banner, db
    if sys.excepthook is not _hook:
        _hook.previous = sys.excepthook
        sys.excepthook = _hook
