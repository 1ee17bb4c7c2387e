"""The one source of "now". Services receive a ``Clock``; they never read the wall clock themselves.

All instants are timezone-aware UTC ``datetime``s. The site's local time zone (a setting, default the
machine's) is used only to cut local days and to show times; the regions we serve (mainland China, Hong
Kong, Macau, Taiwan) have no daylight-saving time, but the conversion goes through ``zoneinfo`` so a
site elsewhere stays correct.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin, for measuring intervals (login delays, idle time)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock for tests and demos: stands still until told to move."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: timedelta) -> None:
        self._now += delta
        self._mono += delta.total_seconds()

    def set(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        new = instant.astimezone(UTC)
        self._mono += max(0.0, (new - self._now).total_seconds())
        self._now = new


def local_zone(name: str | None) -> tzinfo:
    """The zone called ``name`` (IANA, e.g. ``Asia/Hong_Kong``), or the machine's own zone."""
    if name:
        return ZoneInfo(name)
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants [start, end) of the local calendar ``day`` in ``zone``."""
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    end = start + timedelta(days=1)
    # Re-attach the zone after the arithmetic so a DST change inside the day is honoured.
    end = datetime(end.year, end.month, end.day, tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_day(instant: datetime, zone: tzinfo) -> date:
    return instant.astimezone(zone).date()


def machine_zone_name(fallback: str = "Asia/Hong_Kong") -> str:
    """The IANA name of this machine's time zone, for a sensible default at site setup."""
    import contextlib
    import os
    from pathlib import Path

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and name not in ("UTC", "Etc/UTC"):
            try:
                ZoneInfo(name)
            except (KeyError, ValueError, OSError):
                continue
            return name
    return fallback
