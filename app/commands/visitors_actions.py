"""What the directory and watchlist commands do (imported only when one of them runs)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from app.bootstrap import Services
from app.cli import EXIT_OK, CliContext, CliFailure
from app.commands.common import opened_services
from app.commands.signin import audit_command, read_secret, signed_in
from app.directory import DIRECTORY_COLUMNS
from app.directory_xlsx import DirectoryLabels, import_directory_file, write_directory
from app.imports import ImportRejected
from app.permissions import EXPORT_DIRECTORY, Actor
from app.visitors.watchlist_xlsx import COLUMNS as WATCHLIST_COLUMNS
from app.visitors.watchlist_xlsx import WatchlistLabels, import_watchlist_file, write_template


def _actor(ctx: CliContext, services: Services) -> Actor:
    password = read_secret(ctx, ctx.args.password_file)
    return services.auth.login(ctx.args.user, password, None)


def _target(path: Path) -> Path:
    return path.expanduser().resolve()


def directory_labels(ctx: CliContext) -> DirectoryLabels:
    say = ctx.text.say
    return DirectoryLabels(
        **{key: say(f"directory.column.{key}") for key in DIRECTORY_COLUMNS},
        title=say("directory.sheet_title"),
        help_lines=(say("directory.help_kinds"), say("directory.help_rows")),
    )


def watchlist_labels(ctx: CliContext) -> WatchlistLabels:
    say = ctx.text.say
    return WatchlistLabels(
        **{key: say(f"watchlist.column.{key}") for key in WATCHLIST_COLUMNS},
        title=say("watchlist.sheet_title"),
        help_lines=(say("watchlist.help_values"),),
    )


def _rejected(ctx: CliContext, rejected: ImportRejected) -> CliFailure:
    """Each problem on its own line (stdout); the one-line reason goes to stderr."""
    for problem in rejected.problems:
        print(ctx.text.say("import.problem", row=problem.row, text=ctx.text.describe(problem.as_error())), file=ctx.out)
    rows = sorted({p.row for p in rejected.problems if p.row})
    return CliFailure(ctx.text.say("import.rejected", count=len(rejected.problems), rows=", ".join(map(str, rows))))


def cmd_directory_import(ctx: CliContext) -> int:
    with opened_services(ctx) as services:
        actor = _actor(ctx, services)
        try:
            summary = import_directory_file(
                services.directory, actor, _target(ctx.args.file), accept_warnings=ctx.args.accept_warnings
            )
        except ImportRejected as rejected:
            raise _rejected(ctx, rejected) from rejected
    ctx.say("directory.imported", **{f.name: getattr(summary, f.name) for f in fields(summary)})
    return EXIT_OK


def cmd_directory_export(ctx: CliContext) -> int:
    with opened_services(ctx) as services:
        actor, audit = signed_in(ctx, services.database, EXPORT_DIRECTORY)  # residents' full phone numbers
        count = write_directory(services.directory, _target(ctx.args.file), directory_labels(ctx), services.zone)
        audit_command(services.database, audit, actor, "directory.exported", "directory", "xlsx", {"rows": count})
    ctx.say("export.done", count=count, path=str(_target(ctx.args.file)))
    return EXIT_OK


def cmd_directory_template(ctx: CliContext) -> int:
    with opened_services(ctx) as services:
        write_directory(services.directory, _target(ctx.args.file), directory_labels(ctx), services.zone, template=True)
    ctx.say("template.done", path=str(_target(ctx.args.file)))
    return EXIT_OK


def cmd_watchlist_import(ctx: CliContext) -> int:
    with opened_services(ctx) as services:
        actor = _actor(ctx, services)
        try:
            count = import_watchlist_file(
                services.watchlist, actor, _target(ctx.args.file), accept_warnings=ctx.args.accept_warnings
            )
        except ImportRejected as rejected:
            raise _rejected(ctx, rejected) from rejected
    ctx.say("watchlist.imported", count=count)
    return EXIT_OK


def cmd_watchlist_template(ctx: CliContext) -> int:
    with opened_services(ctx) as services:
        write_template(_target(ctx.args.file), watchlist_labels(ctx), services.zone)
    ctx.say("template.done", path=str(_target(ctx.args.file)))
    return EXIT_OK
