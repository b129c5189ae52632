"""Before the window opens on Linux: can Qt load a platform plugin at all?

When Qt cannot load its platform plugin it aborts the process (qFatal) with
"Could not load the Qt platform plugin "xcb"… Reinstalling the application may
fix this problem", and on a fresh Debian desktop its hint names only
``libxcb-cursor0`` even when ``libxcb-icccm4`` and ``libxcb-keysyms1`` are what
is missing. So :func:`display_problem` looks first, without Qt: it loads the
plugin Qt is about to load (``dlopen``, the same loader and search path Qt
uses, so it cannot disagree with Qt), and only when that fails works out which
libraries are missing (``ldd`` on the plugin) and returns one message with the
install command. When all is well it adds about 2 ms to the start (the
libraries it loads are the ones Qt loads next anyway), and nothing off Linux or
when ``QT_QPA_PLATFORM`` names another platform (``offscreen`` in the tests).

The library lists below are the plugin's own ``ldd`` (PySide6 6.11, Debian 12):
the xcb plugin and ``libQt6XcbQpa``, QtGui under them, the GL integration the
xcb plugin loads, and the Wayland plugin. README, the .deb's ``Depends``
(packaging/build.py) and both workflows use the same names; a test checks the
lists against the installed plugin.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

# library name (the soname up to ".so") -> (Debian/Ubuntu package, Fedora package)
SYSTEM_LIBRARIES: dict[str, tuple[str, str]] = {
    "libEGL": ("libegl1", "libglvnd-egl"),
    "libGL": ("libgl1", "libglvnd-glx"),
    "libfontconfig": ("libfontconfig1", "fontconfig"),
    "libfreetype": ("libfreetype6", "freetype"),
    "libdbus-1": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0": ("libglib2.0-0", "glib2"),
    "libX11": ("libx11-6", "libX11"),
    "libX11-xcb": ("libx11-xcb1", "libX11-xcb"),
    "libxcb": ("libxcb1", "libxcb"),
    "libxcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-glx": ("libxcb-glx0", "libxcb"),
    "libxcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr": ("libxcb-randr0", "libxcb"),
    "libxcb-render": ("libxcb-render0", "libxcb"),
    "libxcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape": ("libxcb-shape0", "libxcb"),
    "libxcb-shm": ("libxcb-shm0", "libxcb"),
    "libxcb-sync": ("libxcb-sync1", "libxcb"),
    "libxcb-util": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libwayland-client": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl": ("libwayland-egl1", "libwayland-egl"),
}
"""Every system library Qt's xcb and Wayland plugins load, beyond libc and zlib."""

APT_PACKAGES: tuple[str, ...] = tuple(sorted({deb for deb, _fedora in SYSTEM_LIBRARIES.values()}))
DNF_PACKAGES: tuple[str, ...] = tuple(
    sorted({fedora for _deb, fedora in SYSTEM_LIBRARIES.values()}, key=str.lower)
)
APT_COMMAND = "sudo apt install " + " ".join(APT_PACKAGES)
DNF_COMMAND = "sudo dnf install " + " ".join(DNF_PACKAGES)

PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why Qt would abort instead of opening the window, as one message, or None.

    Only Linux, and only when Qt would pick xcb or Wayland itself
    (``QT_QPA_PLATFORM`` unset, or naming only those).
    """
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    requested = [
        name.split(":", 1)[0].strip()
        for name in env.get("QT_QPA_PLATFORM", "").split(";")
        if name.strip()
    ]
    candidates = requested or ["wayland", "xcb"]  # Qt's own order on Linux
    if any(name not in PLUGIN_FILES for name in candidates):
        return None  # offscreen, eglfs, vnc…: not ours to judge
    displays = {"xcb": env.get("DISPLAY", ""), "wayland": env.get("WAYLAND_DISPLAY", "")}
    usable = [name for name in candidates if displays[name]]
    if not usable:
        return no_display_message()
    missing: list[str] = []
    errors: list[str] = []
    for name in usable:
        plugin = find_plugin(PLUGIN_FILES[name], env)
        if plugin is None:
            if name == "xcb":
                return None  # a layout we do not know: let Qt look for itself
            continue  # this Qt has no Wayland plugin: Qt cannot use it either
        error = load_error(plugin)
        if error is None:
            return None
        missing += missing_libraries(plugin, error)
        errors.append(error)
    if not errors:
        return None  # no plugin file for any usable platform: Qt will say so itself
    return missing_libraries_message(missing, "; ".join(errors))


def find_plugin(file_name: str, env: Mapping[str, str]) -> Path | None:
    """The platform plugin file Qt would load, searched where Qt searches."""
    folders: list[Path] = []
    folders += [Path(p) for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    folders += [Path(p) / "platforms" for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    import importlib.util

    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            folders.append(Path(location) / "Qt" / "plugins" / "platforms")
    for folder in folders:
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    return None


def load_error(plugin: Path) -> str | None:
    """The dynamic loader's error for ``plugin``, or None when it loads."""
    from _ctypes import dlopen  # ctypes' loader without building ctypes' types (5 ms)

    try:
        dlopen(str(plugin), os.RTLD_NOW | os.RTLD_LOCAL)
    except OSError as exc:
        return str(exc) or "cannot be loaded"
    return None


def missing_libraries(plugin: Path, error: str) -> list[str]:
    """The sonames ``plugin`` needs that the system lacks (from ``ldd``, else the error)."""
    import re  # only when a plugin failed to load: nothing here slows a normal start
    import subprocess

    names: list[str] = []
    try:
        out = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=20, check=False
        ).stdout
        names = re.findall(r"^\s*(\S+\.so[.\d]*) => not found", out, re.MULTILINE)
    except (OSError, subprocess.SubprocessError):
        pass  # no ldd (not glibc): the loader's own error names the first one
    if not names:
        names = re.findall(r"(\S+\.so[.\d]*): cannot open shared object file", error)
    return list(dict.fromkeys(names))


def package_for(soname: str) -> tuple[str, str] | None:
    """(Debian package, Fedora package) that ships ``soname``, if it is one we know."""
    return SYSTEM_LIBRARIES.get(soname.split(".so", 1)[0])


def missing_libraries_message(sonames: list[str], error: str = "") -> str:
    """The one message for a platform plugin whose system libraries are missing."""
    shown = []
    for soname in dict.fromkeys(sonames):
        package = package_for(soname)
        shown.append(f"{soname} (package {package[0]})" if package else soname)
    if shown:
        what = "it needs these system libraries, which are missing: " + ", ".join(shown)
    else:
        what = "a system library it needs cannot be loaded" + (f" ({error})" if error else "")
    return (
        f"InfoInterview cannot open its window: {what}.\n"
        "Install everything the window needs with one command, then start InfoInterview again:\n"
        f"  Debian, Ubuntu: {APT_COMMAND}\n"
        f"  Fedora:         {DNF_COMMAND}"
    )


def no_display_message() -> str:
    return (
        "InfoInterview cannot open its window: there is no desktop session here "
        "(neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or "
        "connect with `ssh -X`; the commands (`infointerview --help`) work without a window."
    )
