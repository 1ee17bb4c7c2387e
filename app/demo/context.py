"""What every demo generator gets: the open database and services, a seeded RNG, the demo period and
the accounts (``DemoContext``), and how it writes (``DemoContext.bulk``: Core bulk inserts in chunks)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Table, insert

from app.bootstrap import Database, Services
from app.clock import Clock

BULK_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    display_name: str
    role: str
    password: str
    pin: str
    operator_id: uuid.UUID


@dataclass
class DemoContext:
    """What an area generator gets: the open database, services, a seeded RNG and the demo period."""

    database: Database
    services: Services
    clock: Clock
    rng: random.Random
    seed: int
    visits: int
    days: int
    first_day: date
    last_day: date
    zone: tzinfo
    accounts: Sequence[DemoAccount]
    desks: Mapping[str, uuid.UUID]  # "booth" / "reception" → desk id
    node: str
    progress: Callable[[str], None] = field(default=lambda message: None)
    _hlc_counter: int = 0

    def account(self, role: str) -> DemoAccount:
        return next(a for a in self.accounts if a.role == role)

    def accounts_with(self, *roles: str) -> list[DemoAccount]:
        return [a for a in self.accounts if a.role in roles]

    def local(self, day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
        """An aware instant at a local wall-clock time of the site."""
        return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=self.zone)

    def day_list(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.days)]

    def hlc(self, instant: datetime) -> str:
        """A hybrid-logical-clock stamp for a bulk-inserted record written at ``instant``."""
        self._hlc_counter = (self._hlc_counter + 1) % 1_000_000
        return f"{int(instant.timestamp() * 1000):013d}-{self._hlc_counter:06d}-{self.node}"

    def synced(self, instant: datetime, desk: uuid.UUID | None = None) -> dict[str, Any]:
        """The ``SyncedMixin`` columns for a bulk-inserted row."""
        return {
            "id": uuid.uuid4(),
            "created_at": instant,
            "updated_at": instant,
            "origin_desk_id": desk,
            "hlc": self.hlc(instant),
        }

    def uuid(self) -> uuid.UUID:
        """A UUID from the seeded RNG (deterministic per seed)."""
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def bulk(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert ``rows`` into ``table`` in chunks, each chunk one transaction."""
        count = 0
        chunk: list[Mapping[str, Any]] = []
        engine = self.database.engine
        for row in rows:
            chunk.append(row)
            if len(chunk) >= BULK_CHUNK:
                with engine.begin() as connection:
                    connection.execute(insert(table), chunk)
                count += len(chunk)
                chunk = []
        if chunk:
            with engine.begin() as connection:
                connection.execute(insert(table), chunk)
            count += len(chunk)
        return count


Generator = Callable[[DemoContext], None]
