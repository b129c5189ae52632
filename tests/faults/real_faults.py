"""Real faults for the CLI, backup and writer tests: a database with damaged
interior pages, a full disk (a small tmpfs) and a read-only bind mount."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from infointerview.cli import main

DB_NAME = "infointerview.sqlite3"


def load_demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample data in ``data_dir``, checkpointed into the main file; its path."""
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    db = data_dir / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


def damage(db: Path, seed: int = 14) -> None:
    """Overwrite every page of the user's tables (not the schema, not the migration
    history) with random bytes, as a failing disk would; then confirm SQLite sees it."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = sorted(
        int(page) for name, page in conn.execute("SELECT name, pageno FROM dbstat")
        if name not in ("sqlite_schema", "sqlite_master", "schema_migration")
    )
    conn.close()
    assert len(pages) > 10
    noise = random.Random(seed)
    with open(db, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(noise.randbytes(page_size))
    assert quick_check(db) != "ok"


def quick_check(db: Path) -> str:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "; ".join(str(r[0]) for r in conn.execute("PRAGMA quick_check"))
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def damaged_files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*damaged*")]


def _mount(*args: str) -> None:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small disk or a read-only folder needs root on Linux")
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (skips when it cannot be mounted)."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _umount(folder)


def fill(folder: Path) -> None:
    """Use up every free byte of the disk that holds ``folder``."""
    for name, chunk in (("filler", 65536), ("filler-tail", 1)):
        fd = os.open(folder / name, os.O_CREAT | os.O_WRONLY, 0o600)
        try:
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * chunk)
        finally:
            os.close(fd)


@contextlib.contextmanager
def read_only_view(source: Path, view: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``view`` (a read-only bind mount)."""
    view.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(source), str(view))
    try:
        result = subprocess.run(["mount", "-o", "remount,ro,bind", str(view)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot remount read-only: {result.stderr.strip()}")
        yield view
    finally:
        _umount(view)
