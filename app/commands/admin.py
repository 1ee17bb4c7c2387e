"""Administration commands: init, check, backup, restore, audit verify|anchor, keys export/import,
operators reset-password.

Only the argument definitions live here: parsing must stay light (the GUI parses the same command
line before its first window), so the work is imported when a command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.lazy import lazy
from app.commands.options import add_credentials


def register(sub: argparse._SubParsersAction[Any]) -> None:
    init = sub.add_parser("init", help="create the site and its first admin (non-interactive)")
    init.add_argument("--site-name", required=True)
    init.add_argument("--admin", required=True, metavar="USER")
    init.add_argument("--password-file", required=True, type=Path, metavar="F")
    init.add_argument("--admin-name", metavar="NAME", help="display name (default: the user name)")
    init.add_argument("--pin-file", type=Path, metavar="F", help="file holding the admin's 4–6 digit PIN")
    init.add_argument("--timezone", default=None, help="IANA zone, e.g. Asia/Hong_Kong")
    init.add_argument("--desk", action="append", default=[], metavar="NAME[:booth|reception]")
    init.set_defaults(handler=lazy("app.commands.admin_actions", "cmd_init"))

    check = sub.add_parser("check", help="integrity and schema version of the database")
    check.set_defaults(handler=lazy("app.commands.admin_actions", "cmd_check"))

    backup = sub.add_parser(
        "backup", help="write a verified backup (compressed, with a manifest) to the backup folder, or --out F"
    )
    backup.add_argument("--out", type=Path, metavar="F", help="a plain SQLite copy (PostgreSQL: a pg_dump file)")
    add_credentials(backup)
    backup.set_defaults(handler=lazy("app.commands.backup_actions", "cmd_backup"))

    restore = sub.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    restore.add_argument("backup_file", type=Path, metavar="F")
    restore.set_defaults(handler=lazy("app.commands.backup_actions", "cmd_restore"))

    drill = sub.add_parser("restore-drill", help="restore the latest backup to a temporary folder and verify it")
    drill.set_defaults(handler=lazy("app.commands.backup_actions", "cmd_restore_drill"))

    audit = sub.add_parser("audit", help="audit log tools")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="check the audit chain, its day seals and the anchors")
    verify.add_argument(
        "--anchor", action="append", type=Path, default=[], metavar="F", help="another anchor file to compare with"
    )
    verify.set_defaults(handler=lazy("app.commands.admin_actions", "cmd_audit_verify"))
    anchor = audit_sub.add_parser("anchor", help="seal the closed days and write the anchor file now")
    anchor.set_defaults(handler=lazy("app.commands.admin_actions", "cmd_audit_anchor"))

    keys = sub.add_parser("keys", help="the site key file (needed by every desk of the site)")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    export = keys_sub.add_parser("export", help="write this site's key, encrypted with a passphrase")
    export.add_argument("--out", required=True, type=Path, metavar="F")
    export.add_argument("--passphrase-file", type=Path, metavar="F", help="(else asked twice on the terminal)")
    add_credentials(export)
    export.set_defaults(handler=lazy("app.commands.admin_actions", "cmd_keys_export"))
    imp = keys_sub.add_parser("import", help="install a site key file on this PC")
    imp.add_argument("key_file", type=Path, metavar="F")
    imp.add_argument("--passphrase-file", type=Path, metavar="F", help="(else asked on the terminal)")
    imp.set_defaults(handler=lazy("app.commands.admin_actions", "cmd_keys_import"))

    operators = sub.add_parser("operators", help="operator accounts from the command line")
    operators_sub = operators.add_subparsers(dest="operators_command", metavar="ACTION", required=True)
    reset = operators_sub.add_parser(
        "reset-password", help="set a forgotten password; needs the site key export and its passphrase"
    )
    reset.add_argument("username", metavar="USER")
    reset.add_argument("--key-file", required=True, type=Path, metavar="F", help="this site's exported key")
    reset.add_argument("--passphrase-file", type=Path, metavar="F", help="(else asked on the terminal)")
    reset.add_argument("--new-password-file", type=Path, metavar="F", help="(else asked twice on the terminal)")
    reset.set_defaults(handler=lazy("app.commands.admin_actions", "cmd_operators_reset_password"))
