"""The app's own line icons (resources/icons/ui/*.svg), tinted to the palette.

One small set drawn in the same style (24 px grid, 2 px round strokes,
``currentColor``), so the sidebar reads the same on every platform and in
light and dark mode.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from infointerview.resources import resource_path

NAMES = ("today", "contacts", "calendar", "chat", "questions", "stats")


@cache
def _svg(name: str) -> str:
    return resource_path("icons", "ui", f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(name: str, colour: QColor, size: int) -> QPixmap:
    data = QByteArray(_svg(name).replace("currentColor", colour.name()).encode("utf-8"))
    renderer = QSvgRenderer(data)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon(name: str, normal: QColor, selected: QColor, size: int = 20, ratio: float = 1.0) -> QIcon:
    """An icon drawn in ``normal``, and in ``selected`` on a highlighted row.

    Drawn at ``size`` and at the screen's pixel ratio (and twice the size), the
    sizes the sidebar asks for; Qt scales from the nearest for anything else.
    """
    result = QIcon()
    for pixels in sorted({size, math.ceil(size * ratio), size * 2}):
        result.addPixmap(_pixmap(name, normal, pixels), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(name, selected, pixels), QIcon.Mode.Selected)
    return result
