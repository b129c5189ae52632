"""Backups you can trust: a damaged database is never backed up, a bad copy is never
kept, and rotation never gives up a good backup for a damaged one."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from infointerview.cli import main
from infointerview.services import backup
from tests.faults.real_faults import damage, damaged_files, load_demo, quick_check

DAY = dt.datetime(2026, 3, 1, 9, 0)


def backup_names(data_dir: Path) -> list[str]:
    folder = data_dir / backup.BACKUP_FOLDER
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_backup_refuses_a_damaged_database_ten_times_over(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = load_demo(data_dir, capsys)
    good = backup.backup_now(data_dir, DAY)
    good_bytes = good.read_bytes()
    damage(db)
    before = db.read_bytes()
    for _ in range(11):
        assert main(["backup"]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert err == (
            "infointerview: Your InfoInterview database infointerview.sqlite3 is damaged "
            "(database disk image is malformed). It was not backed up, so your existing "
            "backups stay as they are. Run 'infointerview check' for details, or restore a "
            "backup.\n"
        )
    assert backup_names(data_dir) == [good.name]
    assert good.read_bytes() == good_bytes
    assert db.read_bytes() == before
    assert damaged_files(data_dir) == []


def test_rotation_keeps_ten_good_backups_whatever_damaged_ones_are_newer(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    good = [backup.backup_now(data_dir, DAY + dt.timedelta(days=i)) for i in range(10)]
    folder = data_dir / backup.BACKUP_FOLDER
    damaged = []
    for i in range(3):  # three newer copies that a failing disk ruined
        copy = folder / f"infointerview-{(DAY + dt.timedelta(days=20 + i)):%Y%m%d-%H%M%S}.sqlite3"
        shutil.copyfile(good[-1], copy)
        damage(copy, seed=i)
        damaged.append(copy)

    assert backup.prune(data_dir) == []
    assert all(p.exists() for p in good + damaged)

    newest = backup.backup_now(data_dir, DAY + dt.timedelta(days=30))
    assert not good[0].exists()  # the oldest good one made room for the new good one
    assert all(p.exists() for p in good[1:] + damaged + [newest])
    assert backup.newest_good_backup(data_dir).path == newest  # type: ignore[union-attr]


def test_a_new_backup_that_fails_its_check_is_deleted(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_demo(data_dir, capsys)
    earlier = backup.backup_now(data_dir, DAY)
    copy = backup._copy_with_backup_api

    def copy_on_a_failing_disk(source: Path, target: Path) -> None:
        copy(source, target)
        damage(target)  # the disk garbled what was just written

    monkeypatch.setattr(backup, "_copy_with_backup_api", copy_on_a_failing_disk)
    with pytest.raises(backup.BackupError) as refused:
        backup.backup_now(data_dir, DAY + dt.timedelta(days=1))
    assert str(refused.value).startswith("The new backup failed its check (")
    assert str(refused.value).endswith(
        f") and was deleted; your earlier backups were kept. Check the disk that holds "
        f"{data_dir / backup.BACKUP_FOLDER}."
    )
    assert backup_names(data_dir) == [earlier.name]
    assert quick_check(earlier) == "ok"


def test_the_daily_backup_never_runs_on_a_damaged_database(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = load_demo(data_dir, capsys)
    damage(db)
    before = db.read_bytes()
    assert backup.backup_if_due(data_dir, DAY) is None
    assert backup_names(data_dir) == []
    assert db.read_bytes() == before


def test_the_daily_backup_still_runs_on_a_healthy_database(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(data_dir, capsys)
    taken = backup.backup_if_due(data_dir, DAY)
    assert taken is not None and quick_check(taken) == "ok"
    assert backup.backup_if_due(data_dir, DAY + dt.timedelta(hours=1)) is None
