"""Command line: no command opens the window; subcommands work headless.

    infointerview [--data-dir DIR] [--self-test] [COMMAND]

Commands use the same services as the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from infointerview import APP_NAME, cli_errors
from infointerview.data_dir import ENV_VAR
from infointerview.domain.i18n import plural

if TYPE_CHECKING:
    from infointerview.services.session import Session


def _export_ics(session: Any, out: str) -> str:
    from infointerview.files import OutputRefused
    from infointerview.services.ics_export import export_upcoming, upcoming_count

    if not upcoming_count(session.chats):  # an empty calendar is not an export
        raise OutputRefused("There are no upcoming chats to export; nothing was written.")
    count = export_upcoming(out, session.chats)
    return f"Wrote {plural(count, '%n upcoming chat(s)')} to {out}."


def _exporter(fmt: str) -> Callable[[Any, str], str]:
    """csv, vcard and json exports (interchange/exporting.py)."""

    def export(session: Any, out: str) -> str:
        from infointerview.files import OutputRefused
        from infointerview.interchange.exporting import export_file

        if fmt != "json" and not session.contacts.count():  # a backup still holds settings
            raise OutputRefused("There are no contacts to export; nothing was written.")

        count = export_file(session.db, fmt, out)
        return f"Wrote {plural(count, '%Ln contact(s)')} to {out}."

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
        "--debug", action="store_true",
        help="when a command fails, also print the traceback (for a bug report)",
    )
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
    commands.add_parser(
        "check", help="run SQLite's integrity check on the database (read-only; exit 1 on damage)"
    )
    commands.add_parser("where", help="print the data folder and database path")
    importer = commands.add_parser(
        "import",
        help="import contacts from a LinkedIn Connections.csv, a CSV, a vCard or a JSON backup, "
        "or a meeting invitation (.ics) as a scheduled chat",
    )
    importer.add_argument("file", metavar="FILE", help="the file to import")
    importer.add_argument(
        "--format",
        choices=["auto", "linkedin", "csv", "vcard", "json"],
        default="auto",
        help="the file's format (default: detected from its content)",
    )
    importer.add_argument(
        "--encoding", metavar="NAME", default=None,
        help="the file's text encoding, e.g. utf-8, cp1252, utf-16 (default: detected)",
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="show what would change without writing"
    )
    importer.add_argument(
        "--time", metavar="HH:MM", default=None,
        help="for an all-day invitation: the local time the chat starts",
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
    sheet.add_argument("--roomy", action="store_true",
                       help="more writing lines under each question and a notes page "
                       "(default: one page to keep on the desk)")
    sheet.add_argument("out", metavar="OUT.pdf", help="where to write the PDF")
    summary = commands.add_parser(
        "summary", help="write a held chat's summary as PDF or Markdown (by the file's ending)"
    )
    summary.add_argument("--chat", type=int, metavar="ID", required=True, help="the chat")
    summary.add_argument("out", metavar="OUT.pdf|OUT.md", help="where to write it")
    calendar = commands.add_parser(
        "calendar", help="publish your chats to your own calendar server (CalDAV)"
    )
    calendar_commands = calendar.add_subparsers(dest="calendar_command", metavar="ACTION",
                                                required=True)
    connect = calendar_commands.add_parser(
        "connect", help="connect a CalDAV server or calendar (password from "
        "INFOINTERVIEW_CALDAV_PASSWORD, else asked)",
    )
    connect.add_argument("url", metavar="URL", help="the server's or the calendar's URL")
    connect.add_argument("--user", required=True, metavar="USER", help="your user name")
    connect.add_argument("--calendar", metavar="NAME", default=None,
                         help="the calendar to use (default: 'Informational interviews')")
    connect.add_argument("--create", action="store_true",
                         help="create the calendar when it does not exist")
    connect.add_argument("--privacy", choices=["full", "minimal"], default="full",
                         help="full: name, organisation, place, first questions; "
                         "minimal: just 'Chat with …' and the time")
    calendar_commands.add_parser("sync", help="publish now; print what was created, "
                                 "updated and removed")
    calendar_commands.add_parser("status", help="the connection and what waits")
    disconnect = calendar_commands.add_parser("disconnect", help="forget the connection")
    disconnect.add_argument("--remove-events", action="store_true",
                            help="first remove the published events from the server")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # usage errors exit 2 here
    if args.self_test:
        from infointerview.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from infointerview.app import run_gui

        return run_gui(args.data_dir)
    try:
        return run_command(args)
    except KeyboardInterrupt:
        print("infointerview: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # the one place an error becomes a sentence
        return cli_errors.report(exc, args)


READ_COMMANDS = frozenset({"export", "summary", "prep-sheet", "backup"})
CALENDAR_READS = frozenset({"status"})
"""calendar actions that only read (they work on a read-only database)."""


def run_command(args: argparse.Namespace) -> int:
    from infointerview.data_dir import database_path, resolve_data_dir

    if args.command == "where":
        folder = resolve_data_dir(args.data_dir)
        print(f"data folder: {folder}")
        print(f"database:    {database_path(folder)}")
        return 0
    if args.command == "restore":
        return _restore(args)
    if args.command == "check":
        return _check(args)
    early = _check_arguments(args)
    if early is not None:
        return early
    writing = args.command not in READ_COMMANDS and not (
        args.command == "calendar" and args.calendar_command in CALENDAR_READS
    )
    session = _open(args, writing=writing)
    try:
        if args.command == "export":
            print(EXPORTERS[args.format](session, args.out))
            return 0
        if args.command == "import":
            return _import(session, args)
        if args.command == "backup":
            from infointerview.services.backup import backup_now

            path = backup_now(session.data_dir)
            print(f"Backed up to {path}")
            return 0
        if args.command == "demo":
            from infointerview.services.demo import DemoRefused, load_demo

            try:
                summary = load_demo(session, force=args.force)
            except DemoRefused as refused:
                return _fail(str(refused))
            print(
                f"Loaded the sample data into {session.data_dir}: "
                f"{plural(summary.contacts, '%n contact(s)')}, "
                f"{plural(summary.organisations, '%n organisation(s)')}, "
                f"{plural(summary.chats, '%n chat(s)')} ({summary.upcoming_chats} upcoming), "
                f"{plural(summary.messages, '%n message(s)')}, "
                f"{plural(summary.tasks, '%n follow-up task(s)')}."
            )
            return 0
        if args.command in ("prep-sheet", "summary"):
            return _documents(args, session)
        if args.command == "calendar":
            return _calendar(session, args)
    finally:
        session.close()
    return _fail(f"unknown command {args.command!r}")


def _fail(message: str) -> int:
    print(f"infointerview: {message}", file=sys.stderr)
    return 1


SQLITE_MAX_ID = 2**63 - 1

EXPORT_ENDINGS: dict[str, tuple[str, ...]] = {
    "ics": (".ics",),
    "csv": (".csv",),
    "vcard": (".vcf", ".vcard"),
    "json": (".json",),
}
"""The file endings each export format may be written with."""


def _check_arguments(args: argparse.Namespace) -> int | None:
    """Refuse bad ids and output files before the database is opened (exit 1), else None."""
    from infointerview.files import output_target

    chat = getattr(args, "chat", None)
    if chat is not None and not 1 <= chat <= SQLITE_MAX_ID:
        return _fail(f"There is no chat number {chat}: chat numbers are whole numbers from 1 "
                     f"to {SQLITE_MAX_ID}. Run 'infointerview' to see your chats.")
    if args.command == "export":
        output_target(args.out, EXPORT_ENDINGS[args.format])
    elif args.command == "summary":
        output_target(args.out, (".pdf", ".md"))
    elif args.command == "prep-sheet":
        output_target(args.out, (".pdf",))
    elif args.command == "import":
        from infointerview.interchange.errors import ImportFormatError
        from infointerview.services.import_files import check_readable

        try:
            check_readable(args.file)
        except ImportFormatError as exc:
            return _fail(f"{args.file}: {exc} Nothing was imported.")
    return None


def _open(args: argparse.Namespace, writing: bool) -> Session:
    """The session for a command. A database that cannot be written opens read-only
    (``session.read_only`` says why); a write command is then refused with that sentence."""
    from infointerview.services.session import open_session

    session = open_session(args.data_dir)
    if writing and session.read_only is not None:
        session.close()
        raise session.read_only
    return session


def _check(args: argparse.Namespace) -> int:
    """check: SQLite's integrity_check on a read-only connection; exit 1 on damage."""
    import sqlite3

    from infointerview.store.faults import classify

    path = cli_errors.database_path(args)
    if not path.exists():  # a first run: create the database, as every command does
        from infointerview.services.session import open_session

        open_session(args.data_dir).close()
    result: list[str] = []
    uri = path.resolve().as_uri()
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{options}", uri=True)
            try:
                result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            finally:
                conn.close()
            break
        except sqlite3.Error as exc:
            fault = classify(exc, path)
            if fault.is_damage:
                result = [str(exc)]
                break
            if options != "mode=ro" or not cli_errors.cannot_write(path):
                raise
    if len(result) == 1:
        print(f"{path}: {result[0]}")
    else:
        print(f"{path}:")
        for line in result:
            print(f"  {line}")
    if result == ["ok"]:
        return 0
    return _fail(f"{path.name} is damaged: SQLite's integrity check reports the problems "
                 "above. Nothing was changed; 'infointerview restore FILE' puts back a backup "
                 "from the backups folder.")


def _documents(args: argparse.Namespace, session: Any) -> int:
    """prep-sheet and summary: PDFs through Qt (offscreen), Markdown without it."""
    import os

    from infointerview.services import documents

    out = Path(args.out).expanduser()
    try:
        chat_id = args.chat if args.chat is not None else documents.chat_for_sheet()
        if args.command == "summary" and out.suffix.lower() == ".md":
            from infointerview.files import atomic_write_text

            atomic_write_text(out, documents.summary_markdown(documents.chat_summary(chat_id)),
                              endings=(".md",))
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
            pages = render.write_prep_sheet_pdf(out, sheet, paper, session.settings.writing_lines(),
                                                roomy=args.roomy)
            print(f"Wrote the prep sheet for {sheet.person} ({sheet.when}), "
                  f"{plural(pages, '%n page(s)')}, to {out}")
        else:
            pages = render.write_summary_pdf(out, documents.chat_summary(chat_id), paper)
            print(f"Wrote the summary of chat {chat_id}, {plural(pages, '%n page(s)')}, to {out}")
        return 0
    except documents.NoChatError as missing:
        return _fail(str(missing))


_KEEP: list[object] = []
"""Keeps a headless QGuiApplication alive for the rest of the process."""


def _import(session: Any, args: argparse.Namespace) -> int:
    """import FILE: preview summary, then (unless --dry-run) the result."""
    import time

    from infointerview.interchange.encodings import encoding_label
    from infointerview.interchange.errors import ImportFormatError
    from infointerview.services import import_apply, import_files, importing
    from infointerview.services.invitations import looks_like_invitation

    if args.format == "auto" and looks_like_invitation(args.file):
        return _import_invitation(session, args)
    started = time.perf_counter()
    try:
        parsed = import_files.load_file(
            args.file, args.format, db=session.db, encoding=args.encoding
        )
    except ImportFormatError as exc:
        return _fail(f"{args.file}: {exc} Nothing was imported.")
    plan = importing.plan_import(session.db, parsed)
    print(f"{parsed.source_name} ({parsed.format}, {encoding_label(parsed.encoding)}): "
          f"{plan.summary()}")
    for line in import_files.describe(parsed):
        print(line)
    skipped = plan.problems()
    unreadable = [row for row in skipped if row.record.unreadable]  # every one is listed
    others = [row for row in skipped if not row.record.unreadable]
    for row in unreadable + others[:5]:
        print(f"  skipped {row.line_label()}: {row.name or '(no name)'}: {row.detail}")
    if len(others) > 5:
        print(f"  … and {len(others) - 5} more skipped rows")
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    result = import_apply.apply_import(session.db, plan)
    undo = f"; import #{result.batch_id}" if result.batch_id else ""
    print(f"{result.summary()} ({time.perf_counter() - started:.1f} s{undo})")
    return 0


def _calendar(session: Any, args: argparse.Namespace) -> int:
    """calendar connect | sync | status | disconnect (services/calendar_sync.py)."""
    from infointerview.services.calendar_sync import PASSWORD_ENV, CalendarSyncError

    service = session.calendar
    action = args.calendar_command
    try:
        if action == "status":
            status = service.status()
            if status.connected:
                config = service.config()
                print(f"Connected to {status.calendar_name!r} at {config.calendar_url} "
                      f"as {config.user} (privacy: {config.privacy}).")
                for move in service.server_moves():
                    print(f"Changed on your phone: the chat with {move.who}.")
            print(status.text())
            if status.problem:
                print(status.problem)
            return 0
        if action == "connect":
            import os

            password = os.environ.get(PASSWORD_ENV)
            if not password:
                if not sys.stdin.isatty():
                    return _fail(f"Set {PASSWORD_ENV} to the password (or app password): "
                                 "there is no terminal to ask for it.")
                import getpass

                password = getpass.getpass(f"Password for {args.user}: ")
            config = service.connect(args.url, args.user, password,
                                     calendar_name=args.calendar, create=args.create,
                                     privacy=args.privacy)
            print(f"Connected to {config.calendar_name!r} ({config.calendar_url}); "
                  f"{plural(service.waiting(), '%n chat(s) (waits|wait)')} to be published: run "
                  "'infointerview calendar sync'.")
            return 0
        if action == "sync":
            result = service.sync()
            print(result.summary())
            return 0
        if action == "disconnect":
            removed = service.disconnect(remove_events=args.remove_events)
            extra = (
                f" {plural(removed, '%n event(s)')} removed from the server."
                if args.remove_events
                else ""
            )
            print(f"Disconnected from the calendar.{extra}")
            return 0
    except CalendarSyncError as problem:
        return _fail(str(problem))
    return _fail(f"unknown calendar action {action!r}")


def _import_invitation(session: Any, args: argparse.Namespace) -> int:
    """import invite.ics: the chat it schedules, moves or cancels."""
    from datetime import datetime

    from infointerview.services.invitations import InvitationError, InvitationNeedsTime

    start_time = None
    if args.time:
        try:
            start_time = datetime.strptime(args.time.strip(), "%H:%M").time()
        except ValueError:
            return _fail(f"--time {args.time}: give the time as HH:MM, e.g. --time 14:30.")
    invitations = session.invitations
    try:
        if args.dry_run:
            invitation = invitations.read(args.file)
            print(f"{args.file}: an invitation to “{invitation.summary}” "
                  f"({'a cancellation' if invitation.cancelled else invitation.method or 'PUBLISH'}).")
            print("Dry run: nothing was written.")
            return 0
        result = invitations.import_file(args.file, start_time)
    except InvitationNeedsTime as all_day:
        return _fail(f"{args.file}: {all_day} Add it with --time HH:MM (local time), "
                     "or open the file in the app. Nothing was imported.")
    except InvitationError as exc:
        return _fail(f"{args.file}: {exc} Nothing was imported.")
    print(result.message)
    return 0


def _restore(args: argparse.Namespace) -> int:
    """restore FILE: refuses while the window has the database open."""
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
