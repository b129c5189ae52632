"""What differs by system, tested on the system it runs on (.github/workflows/tests.yml
runs this file on Linux, Windows and macOS): the data folder, replacing a file another
program holds open, the fonts a printed prep sheet carries, the menu roles macOS moves
into the application menu, and the single-instance lock between two processes."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from infointerview import files
from infointerview.cli import main
from infointerview.files import OutputRefused, atomic_write_text

ROOT = Path(__file__).resolve().parents[2]

DATA_FOLDER_UNDER_HOME = {
    "linux": (".local", "share", "InfoInterview"),
    "darwin": ("Library", "Application Support", "InfoInterview"),
    "win32": ("AppData", "Roaming", "InfoInterview", "InfoInterview"),
}
"""README, "Where your data lives": the folder on each system."""


def _system() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


# --- the data folder ---------------------------------------------------------------


def test_the_default_data_folder_is_the_one_the_readme_names_for_this_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from infointerview.data_dir import resolve_data_dir

    monkeypatch.delenv("INFOINTERVIEW_DATA_DIR")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    folder = resolve_data_dir()
    tail = DATA_FOLDER_UNDER_HOME[_system()]
    assert folder.parts[-len(tail):] == tail, folder
    assert folder.is_relative_to(Path.home()), (folder, Path.home())
    if sys.platform == "win32":
        assert folder == Path(os.environ["APPDATA"]) / "InfoInterview" / "InfoInterview"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = "%APPDATA%\\InfoInterview\\InfoInterview" if sys.platform == "win32" else "~/" + "/".join(tail)
    assert f"`{shown}`" in readme
    # writable: a file can be made in the nearest folder that exists (the user's real
    # data folder itself is never created or touched by the tests)
    existing = next(p for p in (folder, *folder.parents) if p.is_dir())
    fd, probe = tempfile.mkstemp(prefix=".infointerview-probe-", dir=existing)
    os.close(fd)
    os.unlink(probe)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows finds AppData through the shell, not HOME")
def test_the_default_data_folder_is_created_private_and_holds_the_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    from infointerview.data_dir import ensure_private_dir, resolve_data_dir
    from infointerview.domain.contacts import ContactDraft
    from infointerview.services.session import open_session

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("INFOINTERVIEW_DATA_DIR")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    folder = ensure_private_dir(resolve_data_dir())
    assert folder == home.joinpath(*DATA_FOLDER_UNDER_HOME[_system()])
    assert folder.stat().st_mode & 0o777 == 0o700
    session = open_session(folder)
    try:
        session.contacts.create(ContactDraft(first_name="Ada", last_name="Lovelace"))
    finally:
        session.close()
    assert (folder / "infointerview.sqlite3").stat().st_size > 0


# --- replacing a file that another program holds open ------------------------------


@pytest.fixture
def one_qapplication(qapp: object) -> None:
    """The CLI's PDF and export commands reuse the tests' QApplication."""


def test_an_export_over_a_file_another_program_holds_open(
    one_qapplication: None, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo"]) == 0
    target = tmp_path / "contacts.csv"
    target.write_text("old\n", encoding="utf-8")
    capsys.readouterr()
    with open(target, "rb") as held:  # Excel or a viewer has the file open
        code = main(["export", "--format", "csv", str(target)])
        out, err = capsys.readouterr()
        if sys.platform == "win32":  # Windows cannot replace an open file: our sentence
            assert code == 1
            assert err == (
                f"infointerview: {target.name} is open in another program, so it cannot be "
                "replaced; nothing was written. Close it there (or choose another name), "
                "then try again.\n"
            )
            assert target.read_text(encoding="utf-8") == "old\n"
        else:  # the new file takes its place; the program keeps reading what it opened
            assert code == 0, err
            written = target.read_text(encoding="utf-8")
            assert written != "old\n" and written.count("\n") > 10
            assert held.read() == b"old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file
    assert main(["export", "--format", "csv", str(target)]) == 0  # closed: it works everywhere
    assert target.read_text(encoding="utf-8").count("\n") > 10


def _replace_denied(times: int) -> Callable[[object, object], None]:
    """``os.replace`` as Windows answers while a program holds the target open."""
    real = os.replace
    calls = {"n": 0}

    def replace(src: object, dst: object) -> None:
        calls["n"] += 1
        if calls["n"] <= times:
            raise PermissionError(13, "Access is denied")
        real(src, dst)  # type: ignore[arg-type]

    return replace


def test_windows_replace_is_retried_then_refused_with_a_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    # The Windows branch, on every system: a scanner that lets go is waited for…
    waits: list[float] = []
    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setattr(files.time, "sleep", waits.append)
    target = tmp_path / "sheet.md"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(files.os, "replace", _replace_denied(times=3))
    atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and len(waits) == 3
    # …a program that keeps it open gets the sentence, and nothing changes
    monkeypatch.setattr(files.os, "replace", _replace_denied(times=files.REPLACE_TRIES))
    with pytest.raises(OutputRefused, match=r"^sheet.md is open in another program, so it cannot be replaced"):
        atomic_write_text(target, "newer")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.md"]


def test_elsewhere_a_denied_replace_is_not_called_an_open_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    monkeypatch.setattr(files, "WINDOWS", False)
    monkeypatch.setattr(files.os, "replace", _replace_denied(times=1))
    with pytest.raises(PermissionError) as raised:
        atomic_write_text(tmp_path / "x.md", "new")
    assert not isinstance(raised.value, OutputRefused)
    assert list(tmp_path.iterdir()) == []


# --- fonts: the printed prep sheet carries its own -----------------------------------


def test_the_prep_sheet_embeds_the_fonts_it_uses_on_this_system(
    one_qapplication: None, tmp_path: Path,
) -> None:
    import pypdf
    from PySide6.QtGui import QFontDatabase

    from infointerview.services import documents
    from infointerview.store.models import Chat

    assert QFontDatabase.families(), "Qt finds no font on this system"
    assert main(["demo"]) == 0
    out = tmp_path / "sheet.pdf"
    assert main(["prep-sheet", str(out)]) == 0
    reader = pypdf.PdfReader(str(out))
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    assert fonts, "the PDF uses no font"
    assert all(fonts.values()), f"fonts not embedded: {fonts}"
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    contact = Chat.get_by_id(documents.chat_for_sheet()).contact
    assert f"{contact.first_name} {contact.last_name}" in text  # the glyphs map back to letters
    assert "\ufffd" not in text


# --- menu roles: macOS moves these three into the application menu -------------------

HEURISTIC_WORDS = ("about", "config", "preference", "options", "setting", "setup", "quit", "exit")
"""Words Qt's TextHeuristicRole moves into the macOS application menu (qcocoamenuitem.mm)."""


def test_preferences_about_and_quit_have_their_menu_roles(make_window: Callable[[], object]) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    window = make_window()

    def actions(menu_or_bar: object) -> list[QAction]:
        found: list[QAction] = []
        for action in menu_or_bar.actions():  # type: ignore[attr-defined]
            sub = action.menu()
            if isinstance(sub, QMenu):
                found += actions(sub)
            elif not action.isSeparator():
                found.append(action)
        return found

    every = actions(window.menuBar())  # type: ignore[attr-defined]
    Role = QAction.MenuRole
    by_role = {role: [a.text().replace("&", "") for a in every if a.menuRole() == role]
               for role in (Role.PreferencesRole, Role.AboutRole, Role.QuitRole)}
    assert by_role == {
        Role.PreferencesRole: ["Settings…"],
        Role.AboutRole: ["About InfoInterview"],
        Role.QuitRole: ["Quit"],
    }
    # any other action whose text starts like those would be moved there too on macOS
    for action in every:
        if action.menuRole() == Role.TextHeuristicRole:
            text = action.text().replace("&", "").strip().lower()
            assert not text.startswith(HEURISTIC_WORDS), action.text()
    settings = next(a for a in every if a.menuRole() == Role.PreferencesRole)
    assert not settings.shortcut().isEmpty()  # Cmd+, on macOS, Ctrl+, elsewhere


# --- the single-instance lock between two processes -----------------------------------

HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from infointerview.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
print("owner" if instance.acquire() else "second", flush=True)
sys.stdin.readline()
instance.release()
"""


@pytest.mark.slow
def test_a_second_process_sees_the_first_holds_the_data_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from infointerview.ui.single_instance import SingleInstance, is_running

    folder = tmp_path / "data"
    folder.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], env=env, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "owner"
        assert is_running(folder)
        second = SingleInstance(folder)
        assert not second.acquire()  # this process is the second launch
        second.release()
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    assert not is_running(folder)  # released by the first: the next launch owns it
    again = SingleInstance(folder)
    assert again.acquire()
    again.release()
