"""Schema version check and upgrade.

Start-up must not pay for importing Alembic (≈ 0.6 s) when the schema is already current, so the
check reads the ``alembic_version`` table directly and compares it with ``SCHEMA_HEADS``, the heads
this program was built with (a test keeps that set equal to the migration scripts' heads). Alembic is
imported only to upgrade.

Each module area has its own migration branch off the foundation revision, so areas developed side by
side never fight over one linear chain; upgrading goes to all heads.
"""

from __future__ import annotations

import enum
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"

# The head revision of every migration branch. Add a module's head here with its migration.
SCHEMA_HEADS: frozenset[str] = frozenset(
    {"0003_visitors", "0004_keys", "0006_duty", "0007_work_order_source", "0008_security"}
)


class SchemaState(enum.Enum):
    EMPTY = "empty"  # no tables at all: a new database
    CURRENT = "current"
    BEHIND = "behind"  # an older program wrote it: upgrade (after a backup)
    UNKNOWN = "unknown"  # revisions this program does not know: a newer program wrote it
    FOREIGN = "foreign"  # tables but no version table: not a Gatehouse database


def current_heads(connection: Connection) -> frozenset[str]:
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
    return frozenset(str(r[0]) for r in rows)


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return SchemaState.EMPTY
        if VERSION_TABLE not in tables:
            return SchemaState.FOREIGN
        heads = current_heads(connection)
    if heads == SCHEMA_HEADS:
        return SchemaState.CURRENT
    if heads <= known_revisions():
        return SchemaState.BEHIND
    return SchemaState.UNKNOWN


def known_revisions() -> frozenset[str]:
    """Every revision id shipped with this program (read from the scripts without Alembic)."""
    revisions = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for line in script.read_text(encoding="utf-8").splitlines():
            if line.startswith("revision"):
                revisions.add(line.split("=", 1)[1].strip().strip("'\""))
                break
    return frozenset(revisions)


def alembic_config(connection: Connection | None = None) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to every head, in one transaction where the database allows it."""
    from alembic import command

    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), "heads")  # type: ignore[arg-type]
        connection.commit()


def script_heads() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    return frozenset(script.get_heads())
