"""Signing in on the command line: commands that read personal data or change the database name an
operator (``--user``, ``--password-file`` or a prompt), are checked against a permission and audited.

The table of every command and the role it needs is docs/cli-roles.md.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Mapping
from pathlib import Path

from app.audit import AuditLog, DetailValue
from app.auth import AuthService
from app.bootstrap import Database, load_keys
from app.cli import CliContext, CliFailure
from app.clock import SystemClock
from app.credentials import SecretHasher
from app.errors import AuthenticationError, PermissionDenied, StorageError, StorageProblem
from app.permissions import Actor, Permission, require
from app.site import read_site

MAX_SECRET_FILE_BYTES = 4096


def read_secret(ctx: CliContext, path: Path) -> str:
    """The first line of a secret file (a password, a PIN, a passphrase)."""
    if path.is_dir():
        raise CliFailure(ctx.text.say("cli.secret_file_is_folder", path=str(path)))
    try:
        if path.stat().st_size > MAX_SECRET_FILE_BYTES:
            raise CliFailure(ctx.text.say("cli.secret_file_too_big", path=str(path)))
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as error:
        raise StorageError(StorageProblem.MISSING, where=str(path)) from error
    except UnicodeDecodeError as error:
        raise CliFailure(ctx.text.say("cli.secret_file_unreadable", path=str(path))) from error
    except PermissionError as error:
        raise CliFailure(ctx.text.say("cli.secret_file_not_readable", path=str(path))) from error
    return lines[0] if lines else ""


def secret(ctx: CliContext, path: Path | None, prompt: str) -> str:
    """From the file when one is given, else asked on the terminal (not echoed)."""
    if path is not None:
        return read_secret(ctx, path)
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return ""


def signed_in(ctx: CliContext, database: Database, permission: Permission) -> tuple[Actor, AuditLog]:
    """The operator named by ``--user``, signed in (audited like any sign-in) and allowed ``permission``."""
    user = getattr(ctx.args, "user", None)
    if not user:
        raise CliFailure(ctx.text.say("cli.credentials_needed"))
    site = read_site(database.sessions)
    if site is None:
        raise StorageError(StorageProblem.MISSING, where=database.where, detail="site")
    audit = AuditLog(load_keys(database, site))
    auth = AuthService(database.sessions, SystemClock(), audit, SecretHasher())
    password = secret(ctx, ctx.args.password_file, ctx.text.say("cli.password", user=user))
    try:
        actor = auth.login(user, password, None)
        require(actor, permission)
    except AuthenticationError as error:
        raise CliFailure(ctx.text.say("cli.sign_in_failed", user=user, why=ctx.text.describe(error))) from error
    except PermissionDenied as error:
        roles = ", ".join(sorted(role.value for role in permission.roles))
        raise CliFailure(ctx.text.say("cli.role_refused", user=user, role=error.role, roles=roles)) from error
    return actor, audit


def audit_command(
    database: Database,
    audit: AuditLog,
    actor: Actor,
    action: str,
    record_kind: str,
    record_id: str | uuid.UUID,
    details: Mapping[str, DetailValue] | None = None,
) -> None:
    """One audit entry for what a command did (its own transaction, after the work succeeded)."""
    with database.sessions.begin() as s:
        audit.append(
            s,
            at=SystemClock().now(),
            actor=actor,
            action=action,
            record_kind=record_kind,
            record_id=record_id,
            details=details,
        )
