"""What the administration commands do (imported only when one of them runs)."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.audit import AuditLog
from app.bootstrap import load_keys
from app.cli import EXIT_FAILED, EXIT_OK, CliContext, CliFailure
from app.clock import SystemClock, machine_zone_name
from app.commands.common import data_paths, opened_database
from app.credentials import SecretHasher
from app.errors import StorageError, StorageProblem
from app.operators import NewOperator
from app.permissions import Role
from app.site import DeskKind, DeskSpec, SiteSetup, initialize_site, read_site
from app.site_key import KeyStore
from db.backup import integrity_problems
from db.migrate import SCHEMA_HEADS, SchemaState, schema_state
from db.session import sqlite_path

MAX_SECRET_FILE_BYTES = 4096


def _read_secret(ctx: CliContext, path: Path) -> str:
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


def _parse_desk(ctx: CliContext, text: str) -> DeskSpec:
    name, _, kind = text.partition(":")
    try:
        return DeskSpec(name, DeskKind(kind.strip() or DeskKind.BOOTH))
    except ValueError as error:
        raise CliFailure(ctx.text.say("cli.bad_desk_kind", value=kind)) from error


def cmd_init(ctx: CliContext) -> int:
    args = ctx.args
    password = _read_secret(ctx, args.password_file)
    pin = _read_secret(ctx, args.pin_file) if args.pin_file else None
    desks = [_parse_desk(ctx, d) for d in args.desk] or [
        DeskSpec(ctx.text.say("default.booth_name"), DeskKind.BOOTH),
        DeskSpec(ctx.text.say("default.reception_name"), DeskKind.RECEPTION),
    ]
    setup = SiteSetup(
        site_name=args.site_name,
        timezone=args.timezone or machine_zone_name(),
        desks=desks,
        admin=NewOperator(args.admin, args.admin_name or args.admin, Role.ADMIN, password, pin),
        language=args.lang or "zh_TW",
    )
    with opened_database(ctx) as database:
        site, _keys = initialize_site(
            database.sessions, KeyStore(database.paths.root), SystemClock(), SecretHasher(), setup
        )
    ctx.say("init.done", site=site.name, database=database.where)
    return EXIT_OK


def cmd_check(ctx: CliContext) -> int:
    problems = 0
    with opened_database(ctx, migrate=False) as database:
        state = schema_state(database.engine)
        schema_line = ctx.text.say("check.schema", state=state.value, heads=",".join(sorted(SCHEMA_HEADS)))
        if state != SchemaState.CURRENT:
            problems += 1
        print(schema_line, file=ctx.out if state == SchemaState.CURRENT else ctx.err)
        file = sqlite_path(database.url)
        if file is not None:
            found = integrity_problems(file)
            if found:
                problems += 1
                print(ctx.text.say("check.integrity_bad", first=found[0], count=len(found)), file=ctx.err)
            else:
                ctx.say("check.integrity_ok")
        site = read_site(database.sessions) if state == SchemaState.CURRENT else None
        if site is None:
            ctx.say("check.no_site")  # not a failure: a new database
        else:
            try:
                load_keys(database, site)
                ctx.say("check.key_ok", fingerprint=site.key_fingerprint)
            except StorageError:
                problems += 1
                print(ctx.text.say("check.key_missing", fingerprint=site.key_fingerprint), file=ctx.err)
    return EXIT_OK if problems == 0 else EXIT_FAILED


def cmd_audit_verify(ctx: CliContext) -> int:
    with opened_database(ctx, migrate=False) as database:
        site = read_site(database.sessions)
        if site is None:
            raise StorageError(StorageProblem.MISSING, where=database.where, detail="site")
        keys = load_keys(database, site)
        with database.sessions.read() as s:
            result = AuditLog(keys).verify(s)
    if result.ok:
        ctx.say("audit.ok", entries=result.entries_checked, head=result.head_hash[:16])
        return EXIT_OK
    assert result.problem is not None
    print(ctx.text.say(f"audit.bad.{result.problem.value}", seq=result.first_bad_seq), file=ctx.err)
    return EXIT_FAILED


def cmd_keys_export(ctx: CliContext) -> int:
    with opened_database(ctx, migrate=False) as database:
        site = read_site(database.sessions)
        if site is None:
            raise StorageError(StorageProblem.MISSING, where=database.where, detail="site")
        source = KeyStore(database.paths.root).path_for(site.key_fingerprint)
        load_keys(database, site)  # refuses a missing or wrong key file
    target: Path = ctx.args.out.expanduser().resolve()
    try:
        shutil.copyfile(source, target)
    except OSError as error:
        raise StorageError(StorageProblem.IO, where=str(target)) from error
    ctx.say("keys.exported", path=str(target))
    return EXIT_OK


def cmd_keys_import(ctx: CliContext) -> int:
    paths = data_paths(ctx)
    keys = KeyStore(paths.root).import_file(ctx.args.key_file.expanduser().resolve())
    ctx.say("keys.imported", fingerprint=keys.fingerprint)
    return EXIT_OK
