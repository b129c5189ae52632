"""The import preview shows the encoding a file was read with and reads it again in another."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from infointerview.ui.import_dialog import ImportDialog

CORPUS = Path(__file__).resolve().parents[1] / "data" / "real" / "vcard"


def _choose(qtbot, combo, codec: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``codec`` the way a keyboard user does: from the item next to it, one arrow key."""
    target = combo.findData(codec)
    assert target >= 0
    combo.setCurrentIndex(target - 1 if target > 0 else target + 1)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down if target > 0 else Qt.Key.Key_Up)


def test_preview_shows_the_encoding_and_reads_again_in_another(qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    source = Path(shutil.copy(CORPUS / "folkerkinzel-ansi-v3.vcf", tmp_path / "contacts.vcf"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10000)
    combo = dialog.encoding_combo
    assert combo.currentText() == "Windows-1252 (Western)"
    model = dialog.preview_view.model()
    assert model.index(1, 3).data() == "KMS Außenstelle"

    _choose(qtbot, combo, "mac-roman")  # a wrong guess: ß (0xDF) reads as the ﬂ ligature
    qtbot.waitUntil(lambda: model.index(1, 3).data() == "KMS Au\ufb02enstelle", timeout=10000)
    assert combo.currentText() == "Mac Roman"
    assert dialog.parsed is not None and dialog.parsed.encoding == "mac-roman"

    _choose(qtbot, combo, "utf-8")  # not UTF-8: said so, and the last good reading stays
    qtbot.waitUntil(dialog.preview_error.isVisible, timeout=10000)
    assert "cannot be read as UTF-8" in dialog.preview_error.text()
    assert combo.currentText() == "Mac Roman"
    assert dialog.pages.currentIndex() == dialog.PREVIEW

    _choose(qtbot, combo, "cp1252")
    qtbot.waitUntil(lambda: model.index(1, 3).data() == "KMS Außenstelle", timeout=10000)
    assert not dialog.preview_error.isVisible()
    dialog.reject()
