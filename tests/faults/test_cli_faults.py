"""The CLI meets everyday faults as a user would: a damaged file, a read-only
folder, a full disk, a lock, hostile arguments. Never a traceback: one sentence
on stderr, exit 1, and the database exactly as it was."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from infointerview.cli import main
from tests.faults.real_faults import (
    DB_NAME,
    damage,
    damaged_files,
    fill,
    load_demo,
    read_only_view,
    small_disk,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _one_qapplication(qapp: object) -> None:
    """The PDF commands reuse the tests' QApplication instead of leaving a
    QGuiApplication behind, on which no later test could build a widget."""

DAMAGED = (
    "infointerview: Your InfoInterview database infointerview.sqlite3 is damaged "
    "(database disk image is malformed). Nothing was changed. Run 'infointerview check' "
    "to see what SQLite reports, and 'infointerview restore FILE' to put back a backup "
    "from the backups folder.\n"
)
CHECK_DAMAGED = (
    "infointerview: infointerview.sqlite3 is damaged: SQLite's integrity check reports "
    "the problems above. Nothing was changed; 'infointerview restore FILE' puts back a "
    "backup from the backups folder.\n"
)


def read_only(folder: Path) -> str:
    return (
        "infointerview: InfoInterview cannot write to infointerview.sqlite3: the file or the "
        f"folder {folder} is read-only for you, so your data can only be looked at. To make "
        "changes, fix its permissions (you need to be able to write there), then try again.\n"
    )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# -- damaged interior pages ----------------------------------------------------------


def test_check_runs_integrity_check_read_only_on_a_damaged_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = load_demo(data_dir, capsys)
    damage(db)
    before = db.read_bytes()
    code, out, err = run(capsys, "check")
    assert code == 1
    assert out == f"{db}: database disk image is malformed\n"
    assert err == CHECK_DAMAGED
    assert db.read_bytes() == before
    assert damaged_files(data_dir) == []


def test_check_finds_what_only_integrity_check_sees(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An index that disagrees with its table passes quick_check; check must still say so."""
    db = load_demo(data_dir, capsys)
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = 'contact' AND sql IS NOT NULL"
    ).fetchone()
    assert row is not None
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = ?", (row[1],))
    conn.commit()
    conn.close()
    conn = sqlite3.connect(db)  # the table without its index: a delete leaves it stale
    conn.execute("DELETE FROM contact WHERE id = (SELECT MIN(id) FROM contact)")
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", row)
    conn.commit()
    conn.close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    conn.close()

    code, out, err = run(capsys, "check")
    assert code == 1
    assert f"wrong # of entries in index {row[1]}" in out
    assert err == CHECK_DAMAGED


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "csv", "OUT/contacts.csv"],
        ["export", "--format", "json", "OUT/all.json"],
        ["summary", "--chat", "1", "OUT/summary.md"],
        ["prep-sheet", "OUT/sheet.pdf"],
        ["import", "OUT/new.csv"],
    ],
    ids=["export-csv", "export-json", "summary", "prep-sheet", "import"],
)
def test_a_damaged_database_gives_one_sentence(
    command: list[str], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = load_demo(data_dir, capsys)
    damage(db)
    before = db.read_bytes()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "new.csv").write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    argv = [part.replace("OUT", str(out_dir)) for part in command]
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert err == DAMAGED
    assert db.read_bytes() == before
    assert sorted(p.name for p in out_dir.iterdir()) == ["new.csv"]
    assert damaged_files(data_dir) == []


def test_debug_adds_the_traceback_for_a_bug_report(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = load_demo(data_dir, capsys)
    damage(db)
    assert main(["--debug", "export", "--format", "csv", str(tmp_path / "c.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(DAMAGED)
    assert "Traceback (most recent call last)" in err
    assert "database disk image is malformed" in err.splitlines()[-1]


# -- read-only folder ------------------------------------------------------------------


def test_read_commands_work_and_write_commands_refuse_on_a_read_only_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = load_demo(data_dir, capsys)
    before = db.read_bytes()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    incoming = out_dir / "new.csv"
    incoming.write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    with read_only_view(data_dir, tmp_path / "ro") as view:
        for argv in (
            ["check"],
            ["where"],
            ["export", "--format", "csv", str(out_dir / "c.csv")],
            ["summary", "--chat", "1", str(out_dir / "s.md")],
            ["prep-sheet", str(out_dir / "p.pdf")],
        ):
            code, out, err = run(capsys, "--data-dir", str(view), *argv)
            assert (code, err) == (0, ""), argv
        assert (out_dir / "c.csv").read_text(encoding="utf-8").count("\n") == 41
        assert (out_dir / "p.pdf").read_bytes().startswith(b"%PDF-")
        for argv in (["import", str(incoming)], ["demo", "--force"]):
            code, out, err = run(capsys, "--data-dir", str(view), *argv)
            assert (code, err) == (1, read_only(view)), argv
    assert db.read_bytes() == before
    assert damaged_files(data_dir) == []


# -- full disk -------------------------------------------------------------------------


def test_import_on_a_full_disk_says_so_and_keeps_every_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.csv"
    lines = ["First Name,Last Name,Email Address,Company,Position"]
    lines += [f"Name{i},{'L' * 60},p{i}@example.com,{'C' * 60},{'P' * 60}" for i in range(20000)]
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with small_disk(tmp_path / "disk", "2m") as disk:
        folder = disk / "data"
        load_demo(folder, capsys)
        code, out, err = run(capsys, "--data-dir", str(folder), "import", str(big))
        assert code == 1
        assert err.startswith(f"infointerview: The disk that holds {folder} is full (")
        assert err.endswith(
            " free). Free some space, then try again. Nothing you saved before was lost.\n"
        )
        conn = sqlite3.connect(folder / DB_NAME)
        assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 40
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        assert damaged_files(folder) == []


def test_prep_sheet_on_a_full_disk_fails_and_keeps_the_old_sheet(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    with small_disk(tmp_path / "disk", "256k") as disk:
        sheet = disk / "sheet.pdf"
        sheet.write_bytes(b"%PDF-1.4 the sheet printed last week %%EOF\n")
        fill(disk)
        code, out, err = run(capsys, "prep-sheet", str(sheet))
        assert code == 1
        assert out == ""
        assert err == (
            "infointerview: sheet.pdf could not be written completely (0 bytes reached the "
            "disk; is the disk full (0 KB free)?). Nothing was replaced.\n"
        )
        assert sheet.read_bytes() == b"%PDF-1.4 the sheet printed last week %%EOF\n"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "filler-tail", "sheet.pdf"]


# -- a lock held by another program ----------------------------------------------------


def test_import_while_another_program_holds_the_lock(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = load_demo(data_dir, capsys)
    incoming = tmp_path / "new.csv"
    incoming.write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = run(capsys, "import", str(incoming))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    assert err == (
        f"infointerview: Another program is using your InfoInterview data ({DB_NAME} in "
        f"{data_dir}) and has locked it: a second copy of InfoInterview, a database browser "
        "or a sync tool. Close that program, then try again. Nothing was changed.\n"
    )
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 40
    conn.close()


# -- hostile arguments -----------------------------------------------------------------


@pytest.mark.parametrize("chat", ["99999999999999999999999", "-1", "0", "9223372036854775808"])
def test_chat_ids_outside_sqlite_range_get_a_sentence(
    chat: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    for command in ("prep-sheet", "summary"):
        code, out, err = run(capsys, command, "--chat", chat, str(tmp_path / "x.pdf"))
        assert code == 1
        assert err == (
            f"infointerview: There is no chat number {chat}: chat numbers are whole numbers "
            "from 1 to 9223372036854775807. Run 'infointerview' to see your chats.\n"
        )
    assert list(tmp_path.glob("x*")) == []


def test_an_unknown_chat_id_gets_a_sentence(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    code, out, err = run(capsys, "prep-sheet", "--chat", "9223372036854775807",
                         str(tmp_path / "x.pdf"))
    assert (code, err) == (1, "infointerview: There is no chat number 9223372036854775807. "
                              "Run 'infointerview' to see your chats.\n")


def test_a_usage_error_still_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["prep-sheet", "--chat", "seven", "x.pdf"])
    assert exited.value.code == 2


def test_summary_to_a_wrong_ending_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    code, out, err = run(capsys, "summary", "--chat", "1", str(tmp_path / "x.txt"))
    assert (code, out) == (1, "")
    assert err == (
        "infointerview: x.txt does not end in .pdf or .md, the kind of file written here; "
        "nothing was written. Name it with .pdf or .md.\n"
    )
    assert not (tmp_path / "x.txt").exists()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "infointerview", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=60)


@pytest.mark.skipif(os.name != "posix", reason="/dev/zero exists on Linux and macOS only")
def test_import_from_dev_zero_is_refused_at_once(data_dir: Path) -> None:
    result = _cli("import", "/dev/zero")
    assert result.returncode == 1
    assert result.stderr == (
        "infointerview: /dev/zero: This is a device, pipe or socket, not a file. Choose a CSV, "
        "vCard or InfoInterview JSON file. Nothing was imported.\n"
    )


@pytest.mark.skipif(os.name != "posix", reason="Windows has no FIFOs")
def test_import_from_a_fifo_is_refused_without_waiting_for_a_writer(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)
    # Should the import open the pipe, this writer lets it finish instead of hanging.
    release = threading.Timer(20, lambda: open(fifo, "wb").close())
    release.start()
    try:
        code, out, err = run(capsys, "import", str(fifo))
    finally:
        release.cancel()
    assert code == 1
    assert err.endswith("This is a device, pipe or socket, not a file. Choose a CSV, vCard or "
                        "InfoInterview JSON file. Nothing was imported.\n")


def test_the_import_size_limit_holds_while_reading(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A file whose size stat cannot tell (here: /proc) is cut off at the limit."""
    from infointerview.interchange import errors
    from infointerview.services import import_files

    monkeypatch.setattr(errors, "MAX_IMPORT_BYTES", 64)
    monkeypatch.setattr(import_files, "MAX_IMPORT_BYTES", 64)
    reads: list[int] = []
    real_open = open

    class Counting:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def __enter__(self) -> Counting:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

        def fileno(self) -> int:
            return int(self.handle.fileno())  # type: ignore[attr-defined]

        def read(self, size: int = -1) -> bytes:
            reads.append(size)
            return bytes(self.handle.read(size))  # type: ignore[attr-defined]

    monkeypatch.setattr("builtins.open",
                        lambda *a, **k: Counting(real_open(*a, **k)))  # type: ignore[misc]
    with pytest.raises(errors.ImportFormatError, match="imports files up to"):
        import_files.read_text("/proc/self/maps")
    assert reads == [65]
