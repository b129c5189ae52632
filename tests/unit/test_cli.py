"""The CLI as a user runs it: real processes on a temporary data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from infointerview.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, **(env or {}))
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment["PYTHONPATH"] = str(ROOT) + os.pathsep + environment.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "infointerview", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=environment,
        timeout=120,
    )


def test_where_prints_the_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "where"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "d") in out and "infointerview.sqlite3" in out


def test_check_reports_ok_on_a_new_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")
    assert (data_dir / "infointerview.sqlite3").exists()


def test_demo_loads_once_then_refuses_without_force(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from infointerview.services.session import open_session

    assert main(["demo"]) == 0
    assert "Loaded the sample data" in capsys.readouterr().out
    session = open_session(data_dir)
    count = session.contacts.count()
    session.close()
    assert count >= 40
    assert main(["demo"]) == 1
    assert "--force" in capsys.readouterr().err
    session = open_session(data_dir)
    assert session.contacts.count() == count
    session.close()
    assert main(["demo", "--force"]) == 0


def test_a_broken_database_gives_a_sentence_not_a_traceback(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "infointerview.sqlite3").write_bytes(b"\x00garbage" * 1000)
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err


def test_version_and_module_entry_point(tmp_path: Path) -> None:
    result = run_cli("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("InfoInterview ")


def test_self_test_passes_in_a_child_process(tmp_path: Path) -> None:
    result = run_cli("--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    target = tmp_path / "from-env"
    result = run_cli("check", env={"INFOINTERVIEW_DATA_DIR": str(target)})
    assert result.returncode == 0, result.stderr
    assert (target / "infointerview.sqlite3").exists()


@pytest.mark.parametrize(("fmt", "what"), [("ics", "upcoming chats"), ("csv", "contacts"),
                                           ("vcard", "contacts")])
def test_an_export_with_nothing_to_write_says_so_and_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, what: str
) -> None:
    out = tmp_path / f"empty.{'vcf' if fmt == 'vcard' else fmt}"
    assert main(["export", "--format", fmt, str(out)]) == 1
    assert capsys.readouterr().err == (
        f"infointerview: There are no {what} to export; nothing was written.\n"
    )
    assert not out.exists()


def test_export_counts_read_right(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from infointerview.domain.contacts import ContactDraft
    from infointerview.services.session import open_session

    session = open_session(data_dir)
    session.contacts.create(ContactDraft(first_name="Ada", last_name="Lee"))
    session.close()
    out = tmp_path / "one.csv"
    assert main(["export", "--format", "csv", str(out)]) == 0
    assert capsys.readouterr().out == f"Wrote 1 contact to {out}.\n"
