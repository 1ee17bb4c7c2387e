"""Site directory and watchlist files: ``directory import|export|template``, ``watchlist
import|template`` (argument definitions only; the work is in ``visitors_actions``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.lazy import lazy
from app.commands.options import add_credentials

ACTIONS = "app.commands.visitors_actions"


def _signed(parser: argparse.ArgumentParser) -> None:
    """Imports are attributed: the operator signs in with a password kept in a file."""
    parser.add_argument("--user", required=True, metavar="USER", help="operator doing the import")
    parser.add_argument("--password-file", required=True, type=Path, metavar="F")
    parser.add_argument(
        "--accept-warnings", action="store_true", help="save phones/plates/IDs that only fail a format check"
    )


def register(sub: argparse._SubParsersAction[Any]) -> None:
    directory = sub.add_parser("directory", help="the site directory as an Excel file")
    actions = directory.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="add/update buildings, units and people (all or nothing)")
    imp.add_argument("file", type=Path, metavar="F.xlsx")
    _signed(imp)
    imp.set_defaults(handler=lazy(ACTIONS, "cmd_directory_import"))
    exp = actions.add_parser("export", help="write the whole directory")
    exp.add_argument("file", type=Path, metavar="F.xlsx")
    add_credentials(exp)  # full phone numbers of residents: a supervisor, audited
    exp.set_defaults(handler=lazy(ACTIONS, "cmd_directory_export"))
    template = actions.add_parser("template", help="write an empty directory sheet to fill in")
    template.add_argument("file", type=Path, metavar="F.xlsx")
    template.set_defaults(handler=lazy(ACTIONS, "cmd_directory_template"))

    watchlist = sub.add_parser("watchlist", help="the visitor watchlist as an Excel file")
    actions = watchlist.add_subparsers(dest="watchlist_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="add watchlist entries (all or nothing; supervisors)")
    imp.add_argument("file", type=Path, metavar="F.xlsx")
    _signed(imp)
    imp.set_defaults(handler=lazy(ACTIONS, "cmd_watchlist_import"))
    template = actions.add_parser("template", help="write an empty watchlist sheet to fill in")
    template.add_argument("file", type=Path, metavar="F.xlsx")
    template.set_defaults(handler=lazy(ACTIONS, "cmd_watchlist_template"))
