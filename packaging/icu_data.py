"""A smaller ICU data library for the Linux bundle (used by infointerview.spec).

PySide6's Linux wheels ship ICU with its full data library,
``libicudata.so.<major>``: 31 MB, a quarter of the frozen app. Qt keeps its
own locale data (CLDR tables compiled into QtCore) and calls ICU only for case
mapping (data built into libicuuc), codecs (ucnv_*), collation (ucol_*) and
time-zone names (ucal_*) -- the ICU functions libQt6Core imports. So the trees
nothing reads -- break iteration (Qt has its own), currency, language, region
and unit names, spelled-out numbers (rbnf), transliteration -- and the
time-zone display names (the app shows none) are left out of the package
(18 MB). Collation (coll/), the converters, normalisation and the root locale
data stay.

The data is an ICU "common data" package (format "CmnD": a header, a table of
contents sorted by name, then the items, each 16-byte aligned) exported as
the symbol ``icudt<major>_dat``; it is rebuilt here and linked into a shared
library with the same soname by the system's C compiler. Without one the
bundle keeps the full library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

UNUSED_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit", "zone")
ALIGN = 16
_LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")


class IcuDataError(Exception):
    """The data is not an ICU common data package this module understands."""


def _pad(size: int) -> int:
    return -size % ALIGN


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, item) pairs of an ICU common data package."""
    if len(data) < 16:
        raise IcuDataError("too short for an ICU data header")
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise IcuDataError("not a little-endian ICU common data package")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + data_offset for _name_offset, data_offset in entries]
    if starts != sorted(starts) or (starts and starts[-1] > len(data)):
        raise IcuDataError("the table of contents is not in data order")
    items = []
    for i, (name_offset, _data_offset) in enumerate(entries):
        name_start = header_size + name_offset
        name = data[name_start : data.index(b"\0", name_start)].decode("ascii")
        end = starts[i + 1] if i + 1 < count else len(data)
        items.append((name, data[starts[i] : end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package holding ``items`` (kept in name order)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    toc_size = 4 + 8 * len(items)
    names = b""
    name_offsets = []
    for name, _item in items:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    body_start = toc_size + len(names)
    body_start += _pad(len(header) + body_start)
    toc = struct.pack("<I", len(items))
    body = b""
    for (_name, item), name_offset in zip(items, name_offsets, strict=True):
        toc += struct.pack("<II", name_offset, body_start + len(body))
        body += item + b"\xaa" * _pad(len(item))
    gap = body_start - toc_size - len(names)
    return header + toc + names + b"\xaa" * gap + body


def without_trees(data: bytes, trees: tuple[str, ...] = UNUSED_TREES) -> bytes:
    """``data`` without the items under the given trees (``icudt73l/zone/...``)."""
    header, items = read_package(data)
    return write_package(header, [(name, item) for name, item in items if tree(name) not in trees])


def tree(name: str) -> str:
    """The tree of an item (``icudt73l/coll/de.res``: ``coll``); "" for the root's."""
    parts = name.split("/")
    return parts[1] if len(parts) > 2 else ""


def is_data_library(path: str) -> bool:
    """Whether a bundled file (``PySide6/Qt/lib/libicudata.so.73``) is ICU's data library."""
    return _LIBRARY.match(Path(path).name) is not None


def _tool(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def build_library(source: Path, work: Path) -> Path | None:
    """A trimmed copy of the ICU data library ``source`` in ``work``; None if no tools."""
    match = _LIBRARY.match(source.name)
    if not match:
        raise IcuDataError(f"{source.name} is not an ICU data library")
    objcopy = _tool("objcopy")
    cc = _tool("cc", "gcc", "clang")
    if objcopy is None or cc is None:
        return None
    work.mkdir(parents=True, exist_ok=True)
    rodata = work / "icudata.rodata"
    subprocess.run(
        [objcopy, "-O", "binary", "--only-section=.rodata", str(source), str(rodata)], check=True
    )
    package = work / f"icudt{match.group(1)}l.dat"
    package.write_bytes(without_trees(rodata.read_bytes()))
    symbol = f"icudt{match.group(1)}_dat"
    assembly = work / "icudata.S"
    assembly.write_text(
        "\n".join(
            [
                "\t.section .rodata",
                f"\t.globl {symbol}",
                f"\t.type {symbol}, @object",
                f"\t.size {symbol}, {package.stat().st_size}",
                f"\t.balign {ALIGN}",
                f"{symbol}:",
                f'\t.incbin "{package}"',
                '\t.section .note.GNU-stack,"",@progbits',
                "",
            ]
        ),
        encoding="ascii",
    )
    out = work / source.name
    subprocess.run(
        [cc, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", str(out), str(assembly)],
        check=True,
    )
    return out
