"""The sidebar icons: one drawn set, tinted to the palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from infointerview.ui.icons import NAMES, icon


def _ink(qicon: QIcon, mode: QIcon.Mode) -> set[str]:
    image = qicon.pixmap(24, 24, mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_every_area_has_an_icon_in_the_text_colour(qapp) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES:
        made = icon(name, QColor("#112233"), QColor("#ffffff"))
        assert _ink(made, QIcon.Mode.Normal) == {"#112233"}, name
        assert _ink(made, QIcon.Mode.Selected) == {"#ffffff"}, name


def test_sidebar_items_carry_icons(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    for row in range(window.sidebar.count()):
        assert not window.sidebar.item(row).icon().isNull()
