"""What the administration commands do (imported only when one of them runs)."""

from __future__ import annotations

from pathlib import Path

from app.audit import AuditLog
from app.bootstrap import audit_keeper_for, load_keys
from app.cli import EXIT_FAILED, EXIT_OK, CliContext, CliFailure
from app.clock import SystemClock, machine_zone_name
from app.commands.common import data_paths, opened_database
from app.commands.signin import audit_command, read_secret, secret, signed_in
from app.credentials import SecretHasher
from app.errors import StorageError, StorageProblem
from app.operators import NewOperator, OperatorService
from app.permissions import EXPORT_SITE_KEY, Role
from app.site import DeskKind, DeskSpec, SiteSetup, initialize_site, read_site
from app.site_key import MIN_PASSPHRASE_CHARS, KeyStore, SiteKeys, WrongPassphrase, is_sealed_export, open_sealed
from db.backup import integrity_problems
from db.migrate import SCHEMA_HEADS, SchemaState, schema_state
from db.session import sqlite_path


def _parse_desk(ctx: CliContext, text: str) -> DeskSpec:
    name, _, kind = text.partition(":")
    try:
        return DeskSpec(name, DeskKind(kind.strip() or DeskKind.BOOTH))
    except ValueError as error:
        raise CliFailure(ctx.text.say("cli.bad_desk_kind", value=kind)) from error


def cmd_init(ctx: CliContext) -> int:
    args = ctx.args
    password = read_secret(ctx, args.password_file)
    pin = read_secret(ctx, args.pin_file) if args.pin_file else None
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
        keeper = audit_keeper_for(database, SystemClock(), site)
        extra = tuple(path.expanduser().resolve() for path in ctx.args.anchor)
        anchors = keeper.known_anchors(extra)
        with database.sessions.read() as s:
            result = AuditLog(keys).verify(s, anchors)
    if result.ok:
        ctx.say("audit.ok", entries=result.entries_checked, head=result.head_hash[:16])
        if result.anchor_count is None:
            ctx.say("audit.no_anchor")
        ctx.say("audit.ok_sealed", seals=result.seals_checked, anchor=f"#{result.anchor_count or 0}")
        return EXIT_OK
    assert result.problem is not None
    since = result.missing_since.isoformat(timespec="minutes") if result.missing_since else "?"
    message = ctx.text.say(
        f"audit.bad.{result.problem.value}",
        seq=result.first_bad_seq,
        missing=result.missing_entries,
        since=since,
        last=result.entries_checked,
        day=result.bad_day.isoformat() if result.bad_day else "?",
    )
    print(message, file=ctx.err)
    return EXIT_FAILED


def cmd_audit_anchor(ctx: CliContext) -> int:
    with opened_database(ctx, migrate=False) as database:
        site = read_site(database.sessions)
        if site is None:
            raise StorageError(StorageProblem.MISSING, where=database.where, detail="site")
        keeper = audit_keeper_for(database, SystemClock(), site)
        anchor = keeper.close()
    ctx.say("audit.anchor_written", anchor=anchor.short, path=str(keeper.anchor_path))
    return EXIT_OK


def _new_passphrase(ctx: CliContext) -> str:
    if ctx.args.passphrase_file is not None:
        passphrase = read_secret(ctx, ctx.args.passphrase_file)
    else:
        passphrase = secret(ctx, None, ctx.text.say("keys.passphrase"))
        if secret(ctx, None, ctx.text.say("keys.passphrase_again")) != passphrase:
            raise CliFailure(ctx.text.say("keys.passphrase_mismatch"))
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise CliFailure(ctx.text.say("keys.passphrase_short", min=MIN_PASSPHRASE_CHARS))
    return passphrase


def cmd_keys_export(ctx: CliContext) -> int:
    with opened_database(ctx, migrate=False) as database:
        site = read_site(database.sessions)
        if site is None:
            raise StorageError(StorageProblem.MISSING, where=database.where, detail="site")
        actor, audit = signed_in(ctx, database, EXPORT_SITE_KEY)
        keys = load_keys(database, site)  # refuses a missing or wrong key file
        target: Path = ctx.args.out.expanduser().resolve()
        KeyStore(database.paths.root).export_to(keys, target, _new_passphrase(ctx), site.name)
        audit_command(database, audit, actor, "site_key.exported", "site", site.id)
    ctx.say("keys.exported_sealed", path=str(target))
    return EXIT_OK


def _open_key_file(ctx: CliContext, store: KeyStore, source: Path) -> SiteKeys:
    """An exported key file opened with its passphrase (an older plain key file needs none)."""
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as error:
        raise StorageError(StorageProblem.MISSING, where=str(source)) from error
    if not is_sealed_export(text):
        return SiteKeys.from_json(text, str(source))
    passphrase = secret(ctx, ctx.args.passphrase_file, ctx.text.say("keys.passphrase"))
    try:
        return open_sealed(text, passphrase, str(source))
    except WrongPassphrase as error:
        raise CliFailure(ctx.text.say("keys.wrong_passphrase")) from error


def cmd_keys_import(ctx: CliContext) -> int:
    paths = data_paths(ctx)
    store = KeyStore(paths.root)
    keys = _open_key_file(ctx, store, ctx.args.key_file.expanduser().resolve())
    store.save(keys)
    ctx.say("keys.imported", fingerprint=keys.fingerprint)
    return EXIT_OK


def cmd_operators_reset_password(ctx: CliContext) -> int:
    """Recovery of a forgotten (admin) password: whoever holds this site's exported key and its
    passphrase sets a new password. The recovery is audited."""
    with opened_database(ctx) as database:
        site = read_site(database.sessions)
        if site is None:
            raise StorageError(StorageProblem.MISSING, where=database.where, detail="site")
        store = KeyStore(database.paths.root)
        proof = _open_key_file(ctx, store, ctx.args.key_file.expanduser().resolve())
        if proof.fingerprint != site.key_fingerprint:
            raise CliFailure(ctx.text.say("operators.key_file_mismatch"))
        if ctx.args.new_password_file is not None:
            password = read_secret(ctx, ctx.args.new_password_file)
        else:
            password = secret(ctx, None, ctx.text.say("cli.password", user=ctx.args.username))
            if secret(ctx, None, ctx.text.say("cli.password", user=ctx.args.username)) != password:
                raise CliFailure(ctx.text.say("keys.passphrase_mismatch"))
        keys = load_keys(database, site)
        service = OperatorService(database.sessions, SystemClock(), AuditLog(keys), SecretHasher())
        service.recover_password(ctx.args.username, password)
    ctx.say("operators.password_recovered", user=ctx.args.username)
    return EXIT_OK
