"""Loading the sample people, chats and tasks from the File menu or the welcome."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from infointerview.services.session import Session
from infointerview.ui.translations import translate_n

translate = QCoreApplication.translate
"""Texts keep the ``MainWindow`` context they were extracted under."""


def load_sample_data(parent: QWidget, session: Session) -> str | None:
    """Ask first if there are contacts, then load; the status line to show, None if declined."""
    from infointerview.services.demo import DemoRefused, load_demo

    force = False
    if session.contacts.any():
        answer = QMessageBox.question(
            parent,
            translate("MainWindow", "Load sample data"),
            translate(
                "MainWindow",
                "You already have contacts. Add the sample people, chats and tasks "
                "next to them? (You can delete them later.)",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        force = True
    try:
        summary = load_demo(session, force=force)
    except DemoRefused as refused:
        return str(refused)
    return translate("MainWindow", "Loaded {contacts} and {chats}.").format(
        contacts=translate_n("MainWindow", "%n sample contact(s)", summary.contacts),
        chats=translate_n("MainWindow", "%n chat(s)", summary.chats),
    )
