"""The site directory: buildings, units, and the people the desks deal with (residents, staff,
contractors). Visitors, keys and repairs all refer to these rows."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin

CODE_LENGTH = 40
NAME_LENGTH = 120
PHONE_LENGTH = 24


class Building(SyncedMixin, Base):
    __tablename__ = "building"

    code: Mapped[str] = mapped_column(String(CODE_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Unit(SyncedMixin, Base):
    """A flat, shop or office: what a visitor visits and what a repair is about."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("building_id", "code", name="uq_unit_building_code"),)

    building_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("building.id"), index=True)
    code: Mapped[str] = mapped_column(String(CODE_LENGTH))  # e.g. "12A" or "12-03"
    floor: Mapped[str] = mapped_column(String(CODE_LENGTH), default="")
    # "building code + unit code", upper case without spaces: what a guard types ("A12A", "A座12A").
    search_key: Mapped[str] = mapped_column(String(2 * CODE_LENGTH), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Person(SyncedMixin, Base):
    """A resident, a staff member or a contractor. Never deleted: deactivated (and purged by retention)."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_kind_active", "kind", "active"),)

    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.directory.PersonKind
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    # app.search.name_search_key(name): folded script, lower case — for sorting and exact look-ups.
    name_key: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    phone: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True)  # normalised E.164
    phone_reversed: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True, index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    # Resident: owner / tenant / family. Staff: job title. Contractor: trade.
    role: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    company: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
