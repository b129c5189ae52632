"""Guard against a Qt binding that corrupts reference counts.

PySide6 6.12.0 on Python 3.11 decremented ``None``'s reference count on every
call of a C++ method returning void; a few thousand calls later the process
aborts with "deallocating None". pyproject.toml excludes that release; this
test fails loudly if a future one repeats it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF


def test_void_methods_keep_none_alive() -> None:
    point = QPointF()
    owner = QObject()
    before = sys.getrefcount(None)
    for i in range(2000):
        point.setX(float(i))
        owner.setObjectName("probe")
    after = sys.getrefcount(None)
    assert after - before > -100, f"None lost {before - after} references in 4,000 void calls"
