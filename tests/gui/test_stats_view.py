"""Stats: chats per month, the funnel and the referral tree, on the demo data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from infointerview.domain.contacts import ContactDraft
from infointerview.services.demo import load_demo
from infointerview.services.session import open_session


def test_stats_on_demo_data(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = open_session(data_dir)
    load_demo(session)
    session.close()
    window = make_window()
    items = window.sidebar.findItems("Stats", Qt.MatchFlag.MatchExactly)
    assert window.sidebar.row(items[0]) == window.sidebar.count() - 1
    window.sidebar.setCurrentItem(items[0])
    stats = window.stats
    assert stats.isVisible()
    assert len(stats.chart.months) == 12 and sum(c for _, c in stats.chart.months) > 0
    counts = {s.key: s.count for s in stats.funnel.steps}
    assert counts["identified"] == 40
    assert counts["identified"] >= counts["contacted"] >= counts["replied"] >= counts["held"]
    assert counts["referrals"] > 0
    assert stats.tree.topLevelItemCount() > 0
    assert not stats.start_button.isVisible()  # the funnel has started: no empty-state button
    assert stats.chart.grab().width() > 0 and stats.funnel.grab().height() > 0

    # Find someone deep in a chain: the tree shows the whole chain with them selected.
    qtbot.keyClicks(stats.finder, "Amara")
    stats.finder.completer().popup().hide()
    qtbot.keyClick(stats.finder, Qt.Key.Key_Return)
    current = stats.tree.currentItem()
    assert current is not None and current.text(0) == "Amara Okafor"
    assert current.parent() is not None
    assert "was referred by" in stats.chain.text()

    # Up the chain with the keyboard, then open the contact.
    qtbot.keyClick(stats.tree, Qt.Key.Key_Left)
    qtbot.keyClick(stats.tree, Qt.Key.Key_Left)
    parent = stats.tree.currentItem()
    assert parent is not None and parent.indexOfChild(current) >= 0
    with qtbot.waitSignal(stats.show_contact_requested):
        qtbot.mouseClick(stats.open_contact, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.contacts


def test_empty_stats_offer_the_first_step(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.sidebar.setCurrentRow(window.sidebar.count() - 1)
    stats = window.stats
    assert stats.start_button.isVisible() and stats.start_button.text() == "Add a Contact"
    qtbot.mouseClick(stats.start_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.contacts
    assert window.contacts.editor.first_name.hasFocus()

    window.session.contacts.create(ContactDraft(first_name="Ana"))
    window.contacts.reload()
    window.sidebar.setCurrentRow(window.sidebar.count() - 1)
    assert stats.start_button.text() == "Log a Message…"
    opened: list[str] = []

    def close_dialog() -> None:
        dialog = window.chat_controller.last_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, close_dialog)
            return
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    qtbot.mouseClick(stats.start_button, Qt.MouseButton.LeftButton)
    assert opened == ["OutreachDialog"]
