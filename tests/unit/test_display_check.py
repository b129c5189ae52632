"""Before the window opens on Linux: the platform plugin's libraries, and the one message.

The failing cases are real: as root, the app runs in its own mount namespace where
``libxcb-icccm.so.4`` and ``libxcb-keysyms.so.1`` are absent (the issue's fresh Debian
desktop); anywhere, it loads a copy of Qt's xcb plugin whose ELF names two libraries
that do not exist (``libxcb-icccm.so.9``, ``libxcb-keysyms.so.9``), so the loader
fails as it does on such a machine. Nothing in the check is replaced for the tests.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from infointerview import display_check
from infointerview.display_check import (
    APT_COMMAND,
    APT_PACKAGES,
    DNF_COMMAND,
    display_problem,
    find_plugin,
    load_error,
    missing_libraries,
    missing_libraries_message,
    no_display_message,
)

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Qt's xcb and Wayland plugins exist on Linux only"
)
needs_ldd = pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd lists the missing libraries")


def qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


def broken_plugin_dir(tmp_path: Path) -> Path:
    """A copy of the xcb plugin that needs two libraries no system has, next to the real Qt."""
    qt = tmp_path / "Qt"
    platforms = qt / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (qt / "lib").symlink_to(qt_dir() / "lib")  # its RUNPATH is $ORIGIN/../../lib
    data = (qt_dir() / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    for real, absent in [
        (b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.9\0"),
        (b"libxcb-keysyms.so.1\0", b"libxcb-keysyms.so.9\0"),
    ]:
        assert data.count(real) == 1, real  # the plugin's NEEDED entry, nothing else
        data = data.replace(real, absent)
    (platforms / "libqxcb.so").write_bytes(data)
    return platforms


def gui_environment(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM_PLUGIN_PATH"}}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(values)
    return env


def test_the_message_names_each_missing_library_its_package_and_the_one_command() -> None:
    message = missing_libraries_message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert message.startswith("InfoInterview cannot open its window: it needs these system "
                              "libraries, which are missing: libxcb-icccm.so.4 (package "
                              "libxcb-icccm4), libxcb-keysyms.so.1 (package libxcb-keysyms1).")
    assert f"Debian, Ubuntu: {APT_COMMAND}" in message
    assert f"Fedora:         {DNF_COMMAND}" in message
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"):
        assert f" {package}" in APT_COMMAND
    for package in ("xcb-util-wm", "xcb-util-keysyms", "xcb-util-cursor", "libxkbcommon-x11"):
        assert f" {package}" in DNF_COMMAND
    # a library we have no package name for is still named; no names: the loader's error
    assert "libfoo.so.3." in missing_libraries_message(["libfoo.so.3"])
    assert "cannot be loaded (undefined symbol: x)." in missing_libraries_message([], "undefined symbol: x")


@linux_only
def test_no_display_has_its_own_sentence_and_other_platforms_are_left_to_qt() -> None:
    assert display_problem({}) == no_display_message()
    assert "neither DISPLAY nor WAYLAND_DISPLAY is set" in no_display_message()
    # asked for xcb, but only a Wayland display: still no display for what was asked
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}) == no_display_message()
    for platform in ("offscreen", "minimal", "vnc", "eglfs", "xcb;offscreen"):
        assert display_problem({"QT_QPA_PLATFORM": platform}) is None, platform


def test_off_linux_nothing_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    for system in ("win32", "darwin"):
        monkeypatch.setattr(display_check.sys, "platform", system)
        assert display_problem({}) is None


@linux_only
@needs_ldd
def test_the_installed_plugin_is_judged_as_the_loader_judges_it() -> None:
    plugin = find_plugin("libqxcb.so", {})
    assert plugin is not None and plugin.parent.name == "platforms"
    error = load_error(plugin)
    problem = display_problem({"DISPLAY": ":99", "QT_QPA_PLATFORM": "xcb"})
    if error is None:  # this machine has the libraries (CI installs them)
        assert problem is None
    else:
        assert problem == missing_libraries_message(missing_libraries(plugin, error), error)


@linux_only
@needs_ldd
def test_a_plugin_whose_libraries_are_missing_gets_the_install_command(tmp_path: Path) -> None:
    platforms = broken_plugin_dir(tmp_path)
    problem = display_problem({"DISPLAY": ":99", "QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms)})
    assert problem is not None
    assert "libxcb-icccm.so.9 (package libxcb-icccm4)" in problem
    assert "libxcb-keysyms.so.9 (package libxcb-keysyms1)" in problem
    assert APT_COMMAND in problem and DNF_COMMAND in problem


@linux_only
@needs_ldd
@pytest.mark.slow
def test_the_app_prints_the_command_instead_of_qts_abort(tmp_path: Path) -> None:
    platforms = broken_plugin_dir(tmp_path)
    env = gui_environment(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=str(platforms))
    done = subprocess.run([sys.executable, "-m", "infointerview", "--data-dir", str(tmp_path / "d")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "InfoInterview cannot open its window" in done.stderr
    assert "libxcb-icccm.so.9 (package libxcb-icccm4)" in done.stderr
    assert APT_COMMAND in done.stderr
    assert "Qt platform plugin" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "d").exists()  # stopped before anything was created


HIDE_TWO_LIBRARIES = r"""
set -e
libs=$(dirname "$(readlink -f "$(ldconfig -p | sed -n 's/.*libxcb-icccm.so.4 .*=> //p' | head -1)")")
mount --bind "$libs" "$1/real"
mount -t tmpfs tmpfs "$1/view"
for f in "$1"/real/* "$1"/real/.[!.]*; do
  [ -e "$f" ] || continue
  case "${f##*/}" in libxcb-icccm.so*|libxcb-keysyms.so*) continue;; esac
  ln -s "$f" "$1/view/${f##*/}"
done
mount --bind "$1/view" "$libs"
shift
exec "$@"
"""


@linux_only
@pytest.mark.slow
@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None
    or shutil.which("ldconfig") is None or not shutil.which("ldd"),
    reason="hiding two system libraries in a private mount namespace needs root and unshare",
)
def test_on_a_machine_without_libxcb_icccm4_and_keysyms1_the_app_prints_the_command(
    tmp_path: Path,
) -> None:
    """The issue's fresh Debian desktop: the two libraries are really absent (hidden from
    this one process in its own mount namespace) and the real plugin fails to load."""
    (tmp_path / "real").mkdir()
    (tmp_path / "view").mkdir()
    env = gui_environment(DISPLAY=":99")
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", HIDE_TWO_LIBRARIES, "sh",
         str(tmp_path), sys.executable, "-m", "infointerview", "--data-dir", str(tmp_path / "d")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    if "mount" in done.stderr and done.returncode != 1:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(
        "InfoInterview cannot open its window: it needs these system libraries, which are "
        "missing: libxcb-icccm.so.4 (package libxcb-icccm4), libxcb-keysyms.so.1 (package "
        "libxcb-keysyms1).\n"
    ), done.stderr
    assert APT_COMMAND in done.stderr and "Qt platform plugin" not in done.stderr


@linux_only
@pytest.mark.slow
def test_the_app_says_there_is_no_desktop_instead_of_qts_abort(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "infointerview", "--data-dir", str(tmp_path / "d")],
                          capture_output=True, text=True, env=gui_environment(), cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == no_display_message()


@linux_only
@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump lists what each library needs")
def test_the_lists_cover_every_system_library_the_plugins_need() -> None:
    qt = qt_dir()
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                qt / "lib" / "libQt6Gui.so.6", qt / "lib" / "libQt6DBus.so.6",
                *(qt / "plugins" / "xcbglintegrations").glob("*.so"),
                qt / "plugins" / "platforms" / "libqwayland.so"]
    needed: set[str] = set()
    for binary in (b for b in binaries if b.exists()):
        out = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True,
                             check=True).stdout
        needed |= set(re.findall(r"^\s*NEEDED\s+(\S+)", out, re.MULTILINE))
    assert "libxcb-icccm.so.4" in needed  # the objdump output was read
    base = {"libc", "libm", "libstdc++", "libgcc_s", "libz", "libzstd", "ld-linux-x86-64",
            "ld-linux-aarch64", "libpthread", "libdl"}  # essential: on every system
    system = {n for n in needed if not n.startswith(("libQt6", "libicu"))}
    unknown = {n for n in system
               if n.split(".so", 1)[0] not in base and display_check.package_for(n) is None}
    assert not unknown, f"add these to display_check.SYSTEM_LIBRARIES: {sorted(unknown)}"


def test_readme_deb_and_workflows_list_the_same_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert APT_COMMAND in readme and DNF_COMMAND in readme
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    depends = set(re.findall(r'"([^"]+)"', build.split("DEB_DEPENDS = [", 1)[1].split("]", 1)[0]))
    assert set(APT_PACKAGES) <= depends, set(APT_PACKAGES) - depends
    for script in (".github/workflows/release.yml", ".github/workflows/tests.yml", ".ci/run"):
        text = (ROOT / script).read_text(encoding="utf-8")
        listed = set(re.findall(r"[\w.+-]+", text.split("apt-get install -y", 1)[1].split("\n\n")[0]))
        assert set(APT_PACKAGES) <= listed, (script, set(APT_PACKAGES) - listed)
