"""What every CLI command needs: the data directory, the database, the services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from app.bootstrap import Database, Services, build_services, open_database
from app.cli import CliContext, CliFailure
from app.clock import SystemClock
from app.local_config import load_local_config
from app.logs import setup_logging
from app.paths import DataPaths, default_data_dir


def data_paths(ctx: CliContext) -> DataPaths:
    root = ctx.args.data_dir.expanduser().resolve() if ctx.args.data_dir else default_data_dir()
    if root.exists() and not root.is_dir():
        raise CliFailure(ctx.text.say("cli.data_dir_is_file", path=str(root)))
    paths = DataPaths(root)
    try:
        paths.ensure()
    except OSError as error:
        raise CliFailure(ctx.text.say("cli.data_dir_not_writable", path=str(root))) from error
    if not os.access(root, os.W_OK):
        raise CliFailure(ctx.text.say("cli.data_dir_not_writable", path=str(root)))
    setup_logging(paths.logs)
    return paths


@contextmanager
def opened_database(ctx: CliContext, *, migrate: bool = True) -> Iterator[Database]:
    paths = data_paths(ctx)
    database = open_database(ctx.args.db, paths, SystemClock(), load_local_config(paths.local_config), migrate=migrate)
    try:
        yield database
    finally:
        database.dispose()


@contextmanager
def opened_services(ctx: CliContext) -> Iterator[Services]:
    with opened_database(ctx) as database:
        yield build_services(database, SystemClock())
