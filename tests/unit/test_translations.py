"""The translation template exists, is valid Qt Linguist XML and covers the UI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "infointerview.ts"


def test_template_lists_the_windows_strings() -> None:
    root = ET.parse(TEMPLATE).getroot()
    assert root.tag == "TS"
    contexts = {c.findtext("name"): {m.findtext("source") for m in c.iter("message")}
                for c in root.iter("context")}
    assert "&New Contact" in contexts["MainWindow"]
    assert "Start call" in contexts["ChatPage"]
    assert "Open in Mail Program" in contexts["MessageComposer"]
    assert {"ContactsView", "TodayView", "CalendarView", "SettingsDialog", "FirstRunWizard"} <= set(contexts)
    assert sum(len(v) for v in contexts.values()) > 500
