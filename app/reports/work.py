"""Progress and cancellation for long report work (run in a worker thread by the GUI).

The service reports ``progress(done, total)`` after each step (a source read, the rendering) and asks
``cancelled()`` before the next one: a cancelled report stops at the next step boundary with
``ReportCancelled`` and produces nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ReportCancelled(Exception):
    """The operator cancelled; nothing was produced."""


@dataclass
class Steps:
    total: int
    progress: Progress | None = None
    cancelled: IsCancelled | None = None
    done: int = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()

    def step(self) -> None:
        self.done = min(self.total, self.done + 1)
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()
