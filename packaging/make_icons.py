"""Render the app icon from its SVG master into PNG sizes, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py          # write resources/icons/{png/*.png,app.ico,app.icns}
    python packaging/make_icons.py --check  # exit 1 if an output is missing or the SVG changed

Qt renders the SVG (QSvgRenderer into a QImage, offscreen), so no other
graphics library is needed. The .ico and .icns containers are written here from
the PNG bytes: both formats are a small header plus a table of PNG images.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = ROOT / "resources" / "icons"
SVG_MASTER = ICONS_DIR / "app.svg"
PNG_DIR = ICONS_DIR / "png"
ICO_PATH = ICONS_DIR / "app.ico"
ICNS_PATH = ICONS_DIR / "app.icns"
# SHA-256 of the SVG the outputs were rendered from (file times do not survive
# a git checkout, so staleness is decided by content).
STAMP_PATH = PNG_DIR / "SOURCE-SHA256"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data, by pixel size. 1024 (512@2x) is rendered
# in memory only; the @2x types repeat the pixel sizes Finder asks for.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_path(size: int) -> Path:
    return PNG_DIR / f"app-{size}.png"


def outputs() -> list[Path]:
    return [png_path(s) for s in PNG_SIZES] + [ICO_PATH, ICNS_PATH, STAMP_PATH]


def svg_digest(svg: Path = SVG_MASTER) -> str:
    return hashlib.sha256(svg.read_bytes()).hexdigest()


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered at ``size`` x ``size`` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _keep_app.append(QGuiApplication(sys.argv[:1]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


_keep_app: list[object] = []


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def dib_bytes(png: bytes) -> bytes:
    """An ICO image entry as an uncompressed 32-bit DIB (BGRA rows bottom-up, AND mask)."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, 2 * height, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is 0xAARRGGBB per pixel: B, G, R, A bytes in little-endian memory.
    pixels = bytes(image.constBits())  # type: ignore[call-overload]
    stride = image.bytesPerLine()
    if sys.byteorder != "little":
        raise RuntimeError("writing .ico needs a little-endian machine")
    rows = b"".join(pixels[y * stride : y * stride + 4 * width] for y in reversed(range(height)))
    mask = bytes(((width + 31) // 32) * 4 * height)  # all visible: alpha does the masking
    return header + rows + mask


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows .ico: 256 px as PNG, smaller sizes as plain DIBs (what every reader knows)."""
    sizes = sorted(pngs)
    images = [pngs[s] if s >= 256 else dib_bytes(pngs[s]) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    directory = b""
    for size, data in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(images)


def icns_bytes(chunks: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns: the 'icns' header and one typed chunk of PNG data per entry."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(svg: Path = SVG_MASTER) -> list[Path]:
    """Render every output from ``svg``; returns the files written."""
    rendered: dict[int, bytes] = {}
    for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES}):
        rendered[size] = render_png(svg, size)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for size in PNG_SIZES:
        _write(png_path(size), rendered[size], written)
    _write(ICO_PATH, ico_bytes({s: rendered[s] for s in ICO_SIZES}), written)
    _write(ICNS_PATH, icns_bytes((kind, rendered[s]) for kind, s in ICNS_TYPES), written)
    _write(STAMP_PATH, f"{svg_digest(svg)}  {svg.name}\n".encode(), written)
    return written


def _write(path: Path, data: bytes, written: list[Path]) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    written.append(path)


def stale(svg: Path = SVG_MASTER) -> list[Path]:
    """Outputs that are missing, or all of them if the SVG changed since they were made."""
    missing = [p for p in outputs() if not p.exists()]
    if missing:
        return missing
    recorded = (STAMP_PATH.read_text(encoding="utf-8").split() or [""])[0]
    return outputs() if recorded != svg_digest(svg) else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report missing or out-of-date icons"
    )
    args = parser.parse_args(argv)
    if args.check:
        missing = stale()
        for path in missing:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if missing else 0
    written = build()
    for path in written:
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    if not written:
        print("icons are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
