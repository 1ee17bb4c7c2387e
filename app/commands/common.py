"""What every CLI command needs: the data directory, the database, the services."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.bootstrap import Database, Services, build_services, open_database
from app.cli import CliContext
from app.clock import SystemClock
from app.local_config import load_local_config
from app.logs import setup_logging
from app.paths import DataPaths, default_data_dir


def data_paths(ctx: CliContext) -> DataPaths:
    root = ctx.args.data_dir.expanduser().resolve() if ctx.args.data_dir else default_data_dir()
    paths = DataPaths(root)
    paths.ensure()
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
