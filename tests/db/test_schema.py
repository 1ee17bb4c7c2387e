"""Migrations and models describe the same schema; every connection gets the PRAGMAs."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import db.models  # noqa: F401
from app.bootstrap import Database
from db.base import Base
from db.migrate import SCHEMA_HEADS, known_revisions, script_heads


def test_schema_heads_constant_matches_the_migration_scripts() -> None:
    assert script_heads() == SCHEMA_HEADS
    assert known_revisions() >= SCHEMA_HEADS


def test_migrations_and_models_describe_the_same_schema(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_every_pooled_sqlite_connection_has_the_pragmas(sqlite_database: Database) -> None:
    engine = sqlite_database.engine
    connections = [engine.connect() for _ in range(3)]  # force several pooled connections
    try:
        for connection in connections:
            values = {
                name: connection.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
            assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}
    finally:
        for connection in connections:
            connection.close()


def test_writes_begin_immediate_and_reads_do_not(sqlite_database: Database) -> None:
    """A write transaction holds the write lock from its first statement; a read does not."""
    file = sqlite_database.url.database
    assert file
    with sqlite_database.sessions.begin() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(file, timeout=0.1)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
    with sqlite_database.sessions.read() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(file, timeout=0.1)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
        finally:
            other.close()


def test_the_audit_table_refuses_update_and_delete(database: Database) -> None:
    with database.engine.connect() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_entry (seq, at, action, record_kind, record_id, details_json, prev_hash, entry_hash)"
                " VALUES (999, '2026-01-01 00:00:00', 'x', 'x', 'x', '{}', 'a', 'b')"
            )
        )
        connection.commit()
        for statement in (
            "UPDATE audit_entry SET action = 'y' WHERE seq = 999",
            "DELETE FROM audit_entry WHERE seq = 999",
        ):
            with pytest.raises(DBAPIError, match="append-only"):
                connection.execute(text(statement))
            connection.rollback()
