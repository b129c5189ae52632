"""PyInstaller run-time hook: where the frozen app's Qt finds its plugins.

It replaces PyInstaller's own ``pyi_rth_pyside6`` (the spec drops that one),
which imports ``PySide6.QtCore`` at every start to register an embedded
qt.conf: 0.1 s before the first line of the app, even for the headless
commands that never touch Qt, and the reason a frozen ``check`` took three
times as long as from source. PySide6 wheels register that qt.conf
themselves when QtCore is first imported, so only the environment is set
here; nothing is imported.
"""

import os
import sys


def _qt_paths() -> None:
    base = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    qt = (
        os.path.join(base, "PySide6")
        if sys.platform == "win32"
        else os.path.join(base, "PySide6", "Qt")
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    if sys.platform == "win32":
        # QtNetwork finds the OpenSSL DLLs collected next to the app.
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")
    elif sys.platform == "darwin" and ".app/Contents/" not in base:
        os.environ["DYLD_LIBRARY_PATH"] = (
            base + os.pathsep + os.environ.get("DYLD_LIBRARY_PATH", "")
        )


_qt_paths()
del _qt_paths
