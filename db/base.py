"""Declarative base, naming convention and the column types every model shares.

Every record that travels between desks (PostgreSQL) or sites (sync bundles) uses ``SyncedMixin``: a
UUID identity, created/updated instants, the desk that wrote it last and a hybrid-logical-clock stamp
used to order concurrent writes. Most data is events (rows of their own), so conflicts are rare.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# An HLC stamp: 13-digit physical milliseconds, 6-digit counter, node (desk) id; sorts as text.
HLC_LENGTH = 13 + 1 + 6 + 1 + 32


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python; naive UTC in the database (same on SQLite and PostgreSQL).

    Refuses naive datetimes on the way in: a naive value is a bug (local or UTC?), not data.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text (e.g. from a Core select of an expression)
            value = datetime.fromisoformat(value)
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedMixin:
    """Identity and provenance of a record that is shared between desks and sites."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The desk that wrote the current version. Not a foreign key: a bundle from another site may
    # carry records of desks this database has never seen.
    origin_desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), index=True)
