"""Run the demo: the foundation makes the site, then each area's generator adds its data, in order."""

from __future__ import annotations

from collections.abc import Callable

from app.bootstrap import Database
from app.clock import Clock
from app.demo import duty, foundation, keys, repairs, visitors
from app.demo.context import DemoContext, Generator

# Module areas append their generator here, in dependency order.
AREAS: tuple[Generator, ...] = (
    foundation.generate_shifts,
    visitors.generate,
    repairs.generate,
    duty.generate,
    keys.generate,
)


def run_demo(
    database: Database, clock: Clock, *, visits: int, days: int, seed: int, progress: Callable[[str], None]
) -> DemoContext:
    ctx = foundation.create_site(database, clock, seed, days, visits, progress)
    for generate in AREAS:
        generate(ctx)
    return ctx
