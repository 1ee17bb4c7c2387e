"""Hybrid logical clock: stamps that order writes across desks even when their clocks disagree.

A stamp is ``<13-digit physical ms>-<6-digit counter>-<node id>``; it sorts correctly as text.
Local events advance it from the wall clock; receiving a remote stamp (sync import) moves it past the
remote one, so a later local write always sorts after everything this node has seen.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from app.clock import Clock

COUNTER_MAX = 999_999


@dataclass(frozen=True, slots=True, order=True)
class HlcStamp:
    physical_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical_ms:013d}-{self.counter:06d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> HlcStamp:
        physical, counter, node = text.split("-", 2)
        return cls(int(physical), int(counter), node)


class HybridLogicalClock:
    def __init__(self, clock: Clock, node: str) -> None:
        if not node or "-" in node:
            raise ValueError("node id must be non-empty and contain no '-'")
        self._clock = clock
        self._node = node
        self._last_ms = 0
        self._counter = 0
        self._lock = threading.Lock()

    @property
    def node(self) -> str:
        return self._node

    def _wall_ms(self) -> int:
        return int(self._clock.now().timestamp() * 1000)

    def _advance(self, floor_ms: int, floor_counter: int) -> HlcStamp:
        wall = self._wall_ms()
        if wall > floor_ms:
            self._last_ms, self._counter = wall, 0
        else:
            self._last_ms, self._counter = floor_ms, floor_counter + 1
            if self._counter > COUNTER_MAX:  # a burst of a million writes in one ms: borrow one ms
                self._last_ms, self._counter = floor_ms + 1, 0
        return HlcStamp(self._last_ms, self._counter, self._node)

    def now(self) -> str:
        """A fresh stamp for a local write."""
        with self._lock:
            return str(self._advance(self._last_ms, self._counter))

    def observe(self, remote: str) -> None:
        """Move past a stamp received from another node."""
        stamp = HlcStamp.parse(remote)
        with self._lock:
            if (stamp.physical_ms, stamp.counter) > (self._last_ms, self._counter):
                self._last_ms, self._counter = stamp.physical_ms, stamp.counter
