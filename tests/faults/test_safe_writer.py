"""Every file written the same safe way: links written through, special files refused,
wrong endings refused, a full disk never reported as success; private settings files."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from infointerview.cli import main
from tests.faults.real_faults import fill, load_demo, small_disk


@pytest.fixture(autouse=True)
def _one_qapplication(qapp: object) -> None:
    """The PDF commands reuse the tests' QApplication instead of leaving a
    QGuiApplication behind, on which no later test could build a widget."""


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need an administrator on Windows")
def test_export_onto_a_symlink_writes_its_target_and_keeps_the_link(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    real = tmp_path / "synced" / "contacts.csv"
    real.parent.mkdir()
    real.write_text("stale\n", encoding="utf-8")
    link = tmp_path / "contacts.csv"
    link.symlink_to(real)
    assert main(["export", "--format", "csv", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    text = real.read_text(encoding="utf-8")
    assert text.count("\n") == 41 and "stale" not in text
    assert sorted(p.name for p in real.parent.iterdir()) == ["contacts.csv"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need an administrator on Windows")
def test_prep_sheet_onto_a_symlink_writes_its_target(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "sheet.pdf"
    link.symlink_to(real)
    assert main(["prep-sheet", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_bytes().startswith(b"%PDF-")


@pytest.mark.skipif(os.name != "posix", reason="Windows has no FIFOs")
def test_export_onto_a_fifo_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)
    assert main(["export", "--format", "csv", str(fifo)]) == 1
    out, err = capsys.readouterr()
    assert err == (
        f"infointerview: {fifo} is a pipe (FIFO), not a file; nothing was written. "
        "Choose a file name in a folder.\n"
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.csv", "data"]


def test_export_onto_a_device_is_refused_and_the_device_stays(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As root, exporting onto /dev/full used to replace the device node with a file."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("making a device node needs root on Linux")
    load_demo(data_dir, capsys)
    device = tmp_path / "full.ics"  # a private copy of /dev/full (char 1, 7)
    os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 7))
    link = tmp_path / "calendar.ics"
    link.symlink_to("/dev/full")
    for target in (device, link):
        assert main(["export", "--format", "ics", str(target)]) == 1
        err = capsys.readouterr().err
        assert err == (
            f"infointerview: {target} is a device, not a file; nothing was written. "
            "Choose a file name in a folder.\n"
        )
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_export_with_the_wrong_ending_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    assert main(["export", "--format", "vcard", str(tmp_path / "people.csv")]) == 1
    assert capsys.readouterr().err == (
        "infointerview: people.csv does not end in .vcf or .vcard, the kind of file written "
        "here; nothing was written. Name it with .vcf or .vcard.\n"
    )
    assert not (tmp_path / "people.csv").exists()


def test_a_full_disk_keeps_the_previous_export(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    with small_disk(tmp_path / "disk", "256k") as disk:
        previous = disk / "all.json"
        previous.write_text('{"previous": true}', encoding="utf-8")
        fill(disk)
        assert main(["export", "--format", "json", str(previous)]) == 1
        err = capsys.readouterr().err
        assert err == (
            "infointerview: the disk is full (0 bytes free); "
            f"{previous} could not be written. Free some space, then try again.\n"
        )
        assert previous.read_text(encoding="utf-8") == '{"previous": true}'
        assert sorted(p.name for p in disk.iterdir()) == ["all.json", "filler", "filler-tail"]


def test_the_pdf_writer_refuses_a_short_file(tmp_path: Path, qapp: object) -> None:
    """QPdfWriter reports no error: a PDF without its end is never moved into place."""
    from infointerview.files import OutputRefused, atomic_write_file
    from infointerview.ui.prep_sheet import PDF_ENDINGS, _is_whole_pdf

    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"%PDF-1.4 last week %%EOF")
    with pytest.raises(OutputRefused):
        atomic_write_file(out, lambda tmp: tmp.write_bytes(b"%PDF-1.4 cut off"), PDF_ENDINGS,
                          _is_whole_pdf)
    assert out.read_bytes() == b"%PDF-1.4 last week %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions (Windows keeps the data folder in the user's profile)")
def test_window_ini_and_the_lock_file_are_private(data_dir: Path, qapp: object) -> None:
    from infointerview.app import window_settings
    from infointerview.ui.single_instance import LOCK_NAME, SingleInstance

    data_dir.mkdir(parents=True)
    old = data_dir / "window.ini"
    old.write_text("[window]\n", encoding="utf-8")
    old.chmod(0o644)  # written by an earlier version
    settings = window_settings(data_dir)
    settings.setValue("window/geometry", b"x")
    settings.sync()
    assert stat.S_IMODE(os.stat(old).st_mode) == 0o600
    old.unlink()
    settings = window_settings(data_dir)
    settings.setValue("window/geometry", b"y")
    settings.sync()
    assert stat.S_IMODE(os.stat(old).st_mode) == 0o600

    instance = SingleInstance(data_dir, server_name=f"infointerview-test-{os.getpid()}")
    try:
        assert instance.acquire()
        assert stat.S_IMODE(os.stat(data_dir / LOCK_NAME).st_mode) == 0o600
    finally:
        instance.release()
