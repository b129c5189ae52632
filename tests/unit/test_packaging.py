"""Cheap invariants of the packaging files, checked without running PyInstaller."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

from infointerview import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    return load("make_icons")


def test_spec_is_python_and_collects_what_the_frozen_app_needs() -> None:
    source = (PACKAGING / "infointerview.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert 'collect_submodules("infointerview")' in source
    assert '"infointerview/store/migrations"' in source  # scripts shipped as files
    assert "upx=False" in source
    block = source.split("QT_EXCLUDES = [", 1)[1].split("\n]", 1)[0]
    excluded = set(re.findall(r"\bQt\w+", block))
    assert {"QtQml", "QtQuick", "QtPdf", "QtMultimedia"} <= excluded
    assert not {"QtSvg", "QtTest", "QtPrintSupport", "QtNetwork"} & excluded


def test_the_app_imports_no_qt_module_the_bundle_leaves_out() -> None:
    source = (PACKAGING / "infointerview.spec").read_text(encoding="utf-8")
    block = source.split("QT_EXCLUDES = [", 1)[1].split("\n]", 1)[0]
    excluded = set(re.findall(r"\bQt\w+", block))
    used: set[str] = set()
    for path in (ROOT / "infointerview").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import ([\w, ]+)", text):
            used |= {n.strip() for n in names.split(",")}
    assert not used & excluded, "used by the app but excluded in packaging/infointerview.spec"


def test_desktop_file_names_the_app_and_its_window_class() -> None:
    path = ROOT / "resources" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == "infointerview"
    assert entry["Icon"] == APP_ID
    # Qt on X11 sets WM_CLASS to (executable name, applicationName): checked
    # with xprop on the frozen app: "infointerview", "InfoInterview".
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Categories"].endswith(";")


def test_every_icon_size_exists_with_its_dimensions(make_icons: ModuleType) -> None:
    for size in make_icons.PNG_SIZES:
        png = make_icons.png_path(size).read_bytes()
        assert make_icons.png_size(png) == (size, size)


def test_ico_and_icns_containers_are_well_formed(make_icons: ModuleType) -> None:
    ico = make_icons.ICO_PATH.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    widths = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert widths == sorted(make_icons.ICO_SIZES)

    icns = make_icons.ICNS_PATH.read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    offset, kinds = 8, []
    while offset < len(icns):
        kinds.append(icns[offset : offset + 4])
        offset += struct.unpack(">I", icns[offset + 4 : offset + 8])[0]
    assert offset == len(icns)
    assert kinds == [kind for kind, _ in make_icons.ICNS_TYPES]


def test_ico_images_read_back_as_the_pngs(make_icons: ModuleType, qapp: object) -> None:
    from PySide6.QtGui import QImage, QImageReader

    reader = QImageReader(str(make_icons.ICO_PATH))
    assert reader.imageCount() == len(make_icons.ICO_SIZES)
    argb = QImage.Format.Format_ARGB32
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read().convertToFormat(argb)
        png = QImage(str(make_icons.png_path(image.width()))).convertToFormat(argb)
        assert image == png, f"{image.width()} px entry differs from its PNG"


def test_rendering_is_deterministic_and_matches_the_committed_size(
    make_icons: ModuleType, qapp: object
) -> None:
    first = make_icons.render_png(make_icons.SVG_MASTER, 16)
    assert first == make_icons.render_png(make_icons.SVG_MASTER, 16)
    assert make_icons.png_size(first) == make_icons.png_size(make_icons.png_path(16).read_bytes())


def test_icon_outputs_were_rendered_from_the_committed_svg(make_icons: ModuleType) -> None:
    # Edited the SVG? Run `python packaging/make_icons.py` and commit the outputs.
    assert all(path.is_file() for path in make_icons.outputs())
    assert make_icons.stale() == []


def test_windows_installer_is_per_user() -> None:
    iss = (PACKAGING / "windows" / "infointerview.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "{autoprograms}" in iss  # Start-menu entry
    assert "SetupIconFile=..\\..\\resources\\icons\\app.ico" in iss


def test_build_script_reads_the_project_version() -> None:
    build = load("build")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{build.project_version()}"' in pyproject
