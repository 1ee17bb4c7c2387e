"""backup, restore and the restore drill from the command line (imported only when one of them runs)."""

from __future__ import annotations

from pathlib import Path

from app.backups import (
    BackupService,
    BackupTrigger,
    audit_restore,
    check_backup_target,
    pg_dump,
    refuse_if_open_elsewhere,
    restore_archive,
)
from app.bootstrap import build_services, load_keys, open_database
from app.cli import EXIT_FAILED, EXIT_OK, CliContext, CliFailure
from app.clock import SystemClock
from app.commands.common import data_paths, opened_database, opened_services
from app.commands.signin import audit_command, signed_in
from app.errors import StorageError, StorageProblem
from app.files import PRIVATE_FILE_MODE
from app.local_config import load_local_config
from app.permissions import BACKUP
from app.site import read_site
from db.backup import backup_sqlite
from db.session import sqlite_path


def cmd_backup(ctx: CliContext) -> int:
    out: Path | None = ctx.args.out
    if out is None:
        with opened_services(ctx) as services:
            actor, audit = signed_in(ctx, services.database, BACKUP)
            row = services.backups.make(BackupTrigger.MANUAL)
            audit_command(services.database, audit, actor, "database.backed_up", "database", "backup")
        ctx.say("backup.made", path=str(row.archive), size=row.manifest.archive_bytes)
        return EXIT_OK
    target = out.expanduser().resolve()
    with opened_database(ctx, migrate=False) as database:
        actor, audit = signed_in(ctx, database, BACKUP)
        file = sqlite_path(database.url)
        if file is None:
            ctx.say("backup.pg_dump_start")
            pg_dump(database.url, target)
            target.chmod(PRIVATE_FILE_MODE)
            audit_command(database, audit, actor, "database.backed_up", "database", "backup")
            ctx.say("backup.pg_dump_done", path=str(target))
            return EXIT_OK
        check_backup_target(target, file)
        try:
            backup_sqlite(file, target)
            target.chmod(PRIVATE_FILE_MODE)  # a copy of everyone's data: owner-only
        except PermissionError as error:
            raise StorageError(StorageProblem.READ_ONLY, where=str(target.parent)) from error
        except OSError as error:
            raise StorageError(StorageProblem.IO, where=str(target)) from error
        audit_command(database, audit, actor, "database.backed_up", "database", "backup")
    ctx.say("backup.done", path=str(target))
    return EXIT_OK


def cmd_restore(ctx: CliContext) -> int:
    paths = data_paths(ctx)
    source: Path = ctx.args.backup_file.expanduser().resolve()
    if not source.is_file():
        raise StorageError(StorageProblem.MISSING, where=str(source))
    if ctx.args.db and "://" in ctx.args.db:
        raise CliFailure(ctx.text.say("backup.not_sqlite"))
    target = Path(ctx.args.db).expanduser().resolve() if ctx.args.db else paths.database
    refuse_if_open_elsewhere(target, paths.lock_file)
    clock = SystemClock()
    result = restore_archive(source, target, paths.backups, clock.now())
    database = open_database(target, paths, clock, load_local_config(paths.local_config))
    try:
        site = read_site(database.sessions)
        if site is not None:
            services = build_services(database, clock)
            with database.sessions.begin() as s:
                audit_restore(s, services.audit, clock.now(), None, source, result)
            load_keys(database, site)
    finally:
        database.dispose()
    ctx.say("restore.done", path=str(target), kept=str(result.kept_as) if result.kept_as else "-")
    return EXIT_OK


def cmd_restore_drill(ctx: CliContext) -> int:
    with opened_services(ctx) as services:
        service: BackupService = services.backups
        result = service.restore_drill(services.database.paths.root)
    if result.ok:
        ctx.say("drill.ok", backup=result.backup, entries=result.audit_entries)
        return EXIT_OK
    print(ctx.text.say("drill.failed", backup=result.backup or "-", problem=result.problem), file=ctx.err)
    return EXIT_FAILED
