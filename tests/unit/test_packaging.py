"""Cheap invariants of the packaging files, checked without running PyInstaller."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
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


def test_build_fails_with_a_sentence_when_the_app_folder_is_over_the_limit() -> None:
    build = load("build")
    build.check_size(120_000_000, limit_mb=120)  # at the limit: fine
    with pytest.raises(build.BuildError, match=r"120\.1 MB, over the 120 MB limit"):
        build.check_size(120_100_000, limit_mb=120)
    assert build.MAX_APP_MB <= 120


def test_frozen_startup_ratio_is_the_ratio_of_the_medians() -> None:
    build = load("build")
    assert build.median([3.0, 1.0, 2.0]) == 2.0
    assert build.median([4.0, 1.0, 2.0, 3.0]) == 2.5
    # One slow outlier per side changes nothing: medians, not means.
    frozen = [0.10, 0.11, 0.12, 0.50, 0.11]
    source = [0.10, 0.10, 0.09, 0.10, 0.40]
    assert build.startup_ratio(frozen, source) == pytest.approx(1.1)
    build.check_startup_ratio(1.2, limit=1.2)
    with pytest.raises(build.BuildError, match=r"frozen_startup_ratio 1\.25 is over 1\.2"):
        build.check_startup_ratio(1.25, limit=1.2)
    assert build.MAX_FROZEN_STARTUP_RATIO <= 1.2


def _icu_item(payload: bytes) -> bytes:
    # Items are opaque to the packager; real ones start with their own header.
    return payload + b"\xaa" * (-len(payload) % 16)


def _icu_header() -> bytes:
    header = bytearray(32)
    struct.pack_into("<HBB", header, 0, 32, 0xDA, 0x27)
    header[4:16] = struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    return bytes(header)


def test_icu_package_reads_back_and_loses_only_the_unused_trees() -> None:
    icu = load("icu_data")
    items = [
        ("icudt73l/coll/de.res", _icu_item(b"collation de")),
        ("icudt73l/de.res", _icu_item(b"root locale de")),
        ("icudt73l/ibm-437_P100-1995.cnv", _icu_item(b"codec" * 7)),
        ("icudt73l/zone/de.res", _icu_item(b"zone names")),
        ("icudt73l/curr/de.res", _icu_item(b"currencies")),
    ]
    package = icu.write_package(_icu_header(), items)
    header, read = icu.read_package(package)
    assert header == _icu_header()
    assert read == sorted(items)
    _, offsets = zip(
        *(struct.unpack_from("<II", package, 36 + 8 * i) for i in range(5)), strict=True
    )
    assert all((32 + offset) % 16 == 0 for offset in offsets)

    _, kept = icu.read_package(icu.without_trees(package))
    assert [name for name, _ in kept] == [
        "icudt73l/coll/de.res",
        "icudt73l/de.res",
        "icudt73l/ibm-437_P100-1995.cnv",
    ]
    assert dict(kept)["icudt73l/coll/de.res"] == _icu_item(b"collation de")
    assert icu.tree("icudt73l/coll/de.res") == "coll" and icu.tree("icudt73l/de.res") == ""
    assert {"coll", ""}.isdisjoint(icu.UNUSED_TREES)
    with pytest.raises(icu.IcuDataError):
        icu.read_package(b"\0" * 64)
    assert icu.is_data_library("PySide6/Qt/lib/libicudata.so.73")
    assert not icu.is_data_library("PySide6/Qt/lib/libicuuc.so.73")


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("objdump") is None,
    reason="PySide6 bundles ICU on Linux only; objdump lists what Qt imports",
)
def test_qt_calls_icu_only_for_what_the_trimmed_data_keeps() -> None:
    # packaging/icu_data.py drops break iteration, names of currencies, languages,
    # regions, units and time zones, rbnf and transliteration: Qt must use none of
    # them (time-zone names aside, which the app never shows).
    import subprocess

    import PySide6

    libs = Path(PySide6.__file__).parent / "Qt" / "lib"
    if not list(libs.glob("libicudata.so.*")):
        pytest.skip("this PySide6 uses the system's ICU")
    families: set[str] = set()
    for lib in libs.glob("libQt6*.so.6"):
        symbols = subprocess.run(
            ["objdump", "-T", str(lib)], capture_output=True, text=True, check=True
        ).stdout
        families |= set(re.findall(r"\*UND\*.*\s(u[a-z]*)_\w+_\d+$", symbols, re.MULTILINE))
    assert families, "no ICU functions found: has the objdump output changed?"
    assert families <= {"u", "ucal", "ucnv", "ucol"}, families


def test_the_app_shows_no_time_zone_names() -> None:
    # The bundle's ICU data has no time-zone display names (packaging/icu_data.py):
    # using QTimeZone's names? Take "zone" out of icu_data.UNUSED_TREES.
    for path in (ROOT / "infointerview").rglob("*.py"):
        assert "QTimeZone" not in path.read_text(encoding="utf-8"), path


def test_deferred_run_time_hooks_run_after_their_module_is_imported(tmp_path: Path) -> None:
    import subprocess

    template = (PACKAGING / "rthook_deferred.py").read_text(encoding="utf-8")
    placeholder = "_DEFERRED: dict = {}  # filled in by infointerview.spec"
    assert placeholder in template  # infointerview.spec fills it in
    deferred = {
        "colorsys": ("hook_a", "import colorsys\ncolorsys.PATCHED = 'a'\n"),
        "sys": ("hook_b", "import sys\nsys.PATCHED_EARLY = 'b'\n"),  # already imported
    }
    hook = template.replace(placeholder, f"_DEFERRED = {deferred!r}")
    probe = (
        "import sys\n"
        "assert sys.PATCHED_EARLY == 'b'\n"
        "assert 'colorsys' not in sys.modules\n"
        "import colorsys\n"
        "assert colorsys.PATCHED == 'a' and colorsys.rgb_to_hsv(1, 0, 0)[2] == 1\n"
        "import importlib\n"
        "importlib.reload(colorsys)\n"  # the hook ran once; the module reloads normally
        "print('ok')\n"
    )
    script = tmp_path / "probe.py"
    script.write_text(hook + "\n" + probe, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-I", str(script)], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_spec_replaces_the_run_time_hooks_that_slow_the_start() -> None:
    source = (PACKAGING / "infointerview.spec").read_text(encoding="utf-8")
    assert 'name != "pyi_rth_pyside6"' in source
    assert '"rthook_qt_paths.py"' in source
    for hook in ("pyi_rth_inspect", "pyi_rth_multiprocessing", "pyi_rth_pkgutil"):
        assert f'"{hook}"' in source
    qt_paths = (PACKAGING / "rthook_qt_paths.py").read_text(encoding="utf-8")
    assert "import PySide6" not in qt_paths and "QT_PLUGIN_PATH" in qt_paths
