"""Command line: no command opens the window; subcommands work headless.

    infointerview [--data-dir DIR] [--self-test] [COMMAND]

Commands use the same services as the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from infointerview import APP_NAME, __version__
from infointerview.data_dir import ENV_VAR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infointerview",
        description=f"{APP_NAME}: informational interviews as a lifelong habit.",
        epilog=f"The data folder can also be set with the {ENV_VAR} environment variable.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from infointerview.ui.self_test import run_self_test

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
    try:
        session = open_session(args.data_dir)
    except (StoreError, OSError) as exc:
        return _fail(str(exc))
    try:
        if args.command == "check":
            result = quick_check(session.db)
            print(f"{database_path(session.data_dir)}: {'; '.join(result)}")
            return 0 if result == ["ok"] else 2
        if args.command == "demo":
            from infointerview.services.demo import DemoRefused, load_demo

            try:
                summary = load_demo(session.db, force=args.force)
            except DemoRefused as refused:
                return _fail(str(refused))
            print(
                f"Loaded the sample data into {session.data_dir}: "
                f"{summary.contacts} contacts, {summary.organisations} organisations, "
                f"{summary.chats} chats ({summary.upcoming_chats} upcoming), "
                f"{summary.messages} messages, {summary.tasks} follow-up tasks."
            )
            return 0
    finally:
        session.close()
    return _fail(f"unknown command {args.command!r}")
