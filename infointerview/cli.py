"""Command line: no command opens the window; subcommands work headless.

    infointerview [--data-dir DIR] [--self-test] [COMMAND]

Commands use the same services as the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from infointerview import APP_NAME
from infointerview.data_dir import ENV_VAR


def _export_ics(session: Any, out: str) -> str:
    from infointerview.services.ics_export import export_upcoming

    count = export_upcoming(out, session.chats)
    return f"Wrote {count} upcoming chat{'' if count == 1 else 's'} to {out}."


def _exporter(fmt: str) -> Callable[[Any, str], str]:
    """csv, vcard and json exports (interchange/exporting.py)."""

    def export(session: Any, out: str) -> str:
        from infointerview.interchange.exporting import export_file

        count = export_file(session.db, fmt, out)
        return f"Wrote {count} contact{'' if count == 1 else 's'} to {out}."

    return export


EXPORTERS: dict[str, Callable[[Any, str], str]] = {
    "ics": _export_ics,
    "csv": _exporter("csv"),
    "vcard": _exporter("vcard"),
    "json": _exporter("json"),
}
"""``export --format`` choices: each takes (session, output path) and returns a summary."""


class _VersionAction(argparse.Action):
    """--version, reading the package metadata only when asked (it is slow to load)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.pop("nargs", None)
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        import infointerview

        print(f"{APP_NAME} {infointerview.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infointerview",
        description=f"{APP_NAME}: informational interviews as a lifelong habit.",
        epilog=f"The data folder can also be set with the {ENV_VAR} environment variable.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument("--data-dir", metavar="DIR", help="use DIR as the data folder")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build the window offscreen on a temporary database, add and find a "
        "contact through the real widgets, and exit 0 on success",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill the database with the sample data set")
    demo.add_argument(
        "--force", action="store_true", help="add the sample data even if contacts exist"
    )
    commands.add_parser("check", help="run SQLite's quick check on the database")
    commands.add_parser("where", help="print the data folder and database path")
    importer = commands.add_parser(
        "import",
        help="import contacts from a LinkedIn Connections.csv, a CSV, a vCard or a JSON backup",
    )
    importer.add_argument("file", metavar="FILE", help="the file to import")
    importer.add_argument(
        "--format",
        choices=["auto", "linkedin", "csv", "vcard", "json"],
        default="auto",
        help="the file's format (default: detected from its content)",
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="show what would change without writing"
    )
    commands.add_parser("backup", help="back up the database now (into the backups folder)")
    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    export = commands.add_parser(
        "export", help="write data to a file other programs read (ics: upcoming chats)"
    )
    export.add_argument("--format", choices=sorted(EXPORTERS), required=True,
                        help="ics: every upcoming chat as calendar events; csv, vcard: "
                        "contacts; json: everything, for 'import'")
    export.add_argument("out", metavar="OUT", help="the file to write (replaced if it exists)")
    sheet = commands.add_parser(
        "prep-sheet",
        help="print a chat's prep sheet to PDF (the next upcoming chat unless --chat is given)",
    )
    sheet.add_argument("--chat", type=int, metavar="ID", help="the chat to print")
    sheet.add_argument("--paper", choices=["auto", "a4", "letter"], default=None,
                       help="paper size (default: the setting, else from your locale)")
    sheet.add_argument("out", metavar="OUT.pdf", help="where to write the PDF")
    summary = commands.add_parser(
        "summary", help="write a held chat's summary as PDF or Markdown (by the file's ending)"
    )
    summary.add_argument("--chat", type=int, metavar="ID", required=True, help="the chat")
    summary.add_argument("out", metavar="OUT.pdf|OUT.md", help="where to write it")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from infointerview.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from infointerview.app import run_gui

        return run_gui(args.data_dir)
    return run_command(args)


def _fail(message: str) -> int:
    print(f"infointerview: {message}", file=sys.stderr)
    return 1


def run_command(args: argparse.Namespace) -> int:
    from infointerview.data_dir import database_path, resolve_data_dir
    from infointerview.services.session import open_session
    from infointerview.store.database import StoreError, quick_check

    if args.command == "where":
        folder = resolve_data_dir(args.data_dir)
        print(f"data folder: {folder}")
        print(f"database:    {database_path(folder)}")
        return 0
    if args.command == "restore":
        return _restore(args)
    try:
        session = open_session(args.data_dir)
    except (StoreError, OSError) as exc:
        return _fail(str(exc))
    try:
        if args.command == "export":
            try:
                print(EXPORTERS[args.format](session, args.out))
            except OSError as exc:
                return _fail(f"could not write {args.out}: {exc.strerror or exc}. "
                             "Check the folder exists and you can write to it.")
            return 0
        if args.command == "import":
            return _import(session, args)
        if args.command == "backup":
            from infointerview.services.backup import BackupError, backup_now

            try:
                path = backup_now(session.data_dir)
            except BackupError as exc:
                return _fail(str(exc))
            print(f"Backed up to {path}")
            return 0
        if args.command == "check":
            result = quick_check(session.db)
            print(f"{database_path(session.data_dir)}: {'; '.join(result)}")
            return 0 if result == ["ok"] else 2
        if args.command == "demo":
            from infointerview.services.demo import DemoRefused, load_demo

            try:
                summary = load_demo(session, force=args.force)
            except DemoRefused as refused:
                return _fail(str(refused))
            print(
                f"Loaded the sample data into {session.data_dir}: "
                f"{summary.contacts} contacts, {summary.organisations} organisations, "
                f"{summary.chats} chats ({summary.upcoming_chats} upcoming), "
                f"{summary.messages} messages, {summary.tasks} follow-up tasks."
            )
            return 0
        if args.command in ("prep-sheet", "summary"):
            return _documents(args, session)
    finally:
        session.close()
    return _fail(f"unknown command {args.command!r}")


def _documents(args: argparse.Namespace, session: Any) -> int:
    """prep-sheet and summary: PDFs through Qt (offscreen), Markdown without it."""
    import os
    from pathlib import Path

    from infointerview.services import documents

    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        return _fail(f"the folder {out.parent} does not exist.")
    try:
        chat_id = args.chat if args.chat is not None else documents.chat_for_sheet()
        if args.command == "summary" and out.suffix.lower() == ".md":
            from infointerview.files import atomic_write_text

            atomic_write_text(out, documents.summary_markdown(documents.chat_summary(chat_id)))
            print(f"Wrote the summary of chat {chat_id} to {out}")
            return 0
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from infointerview.ui import prep_sheet as render

        if QGuiApplication.instance() is None:
            _KEEP.append(QGuiApplication(["infointerview"]))
        paper = render.paper_size(
            (args.paper if args.command == "prep-sheet" else None) or session.settings.paper_size()
        )
        if args.command == "prep-sheet":
            sheet = documents.prep_sheet(chat_id)
            pages = render.write_prep_sheet_pdf(out, sheet, paper, session.settings.writing_lines())
            print(f"Wrote the prep sheet for {sheet.person} ({sheet.when}), "
                  f"{pages} page(s), to {out}")
        else:
            pages = render.write_summary_pdf(out, documents.chat_summary(chat_id), paper)
            print(f"Wrote the summary of chat {chat_id}, {pages} page(s), to {out}")
        return 0
    except documents.NoChatError as missing:
        return _fail(str(missing))
    except OSError as exc:
        return _fail(f"could not write {out}: {exc.strerror or exc}.")


_KEEP: list[object] = []
"""Keeps a headless QGuiApplication alive for the rest of the process."""


def _import(session: Any, args: argparse.Namespace) -> int:
    """import FILE: preview summary, then (unless --dry-run) the result."""
    import time

    from infointerview.interchange.errors import ImportFormatError
    from infointerview.services import import_apply, import_files, importing

    started = time.perf_counter()
    try:
        parsed = import_files.load_file(args.file, args.format, db=session.db)
    except ImportFormatError as exc:
        return _fail(f"{args.file}: {exc} Nothing was imported.")
    plan = importing.plan_import(session.db, parsed)
    print(f"{parsed.source_name} ({parsed.format}): {plan.summary()}")
    for line in import_files.describe(parsed):
        print(line)
    skipped = plan.problems()
    for row in skipped[:5]:
        print(f"  skipped {row.line_label()}: {row.name or '(no name)'}: {row.detail}")
    if len(skipped) > 5:
        print(f"  … and {len(skipped) - 5} more skipped rows")
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    result = import_apply.apply_import(session.db, plan)
    undo = f"; import #{result.batch_id}" if result.batch_id else ""
    print(f"{result.summary()} ({time.perf_counter() - started:.1f} s{undo})")
    return 0


def _restore(args: argparse.Namespace) -> int:
    """restore FILE: refuses while the window has the database open."""
    from pathlib import Path

    from infointerview.data_dir import ensure_private_dir, resolve_data_dir
    from infointerview.services.backup import BackupError, restore

    folder = ensure_private_dir(resolve_data_dir(args.data_dir))
    try:
        from infointerview.ui.single_instance import is_running
    except ImportError:  # Qt missing: nothing can be running
        running = False
    else:
        running = is_running(folder)
    if running:
        return _fail("InfoInterview is open on this data folder; close it, then restore.")
    try:
        kept = restore(folder, Path(args.file).expanduser())
    except BackupError as exc:
        return _fail(str(exc))
    print(f"Restored {args.file}.")
    if kept is not None:
        print(f"The previous database was kept as {kept}")
    return 0
