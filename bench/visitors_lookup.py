"""Benchmark: the returning-visitor search box at 200,000 visitors / 1,000,000 visits (docs/targets.md).

    python3 dev.py bench bench/visitors_lookup.py [--visits 1000000] [--queries 200]

Each kind of query a guard types, drawn from real visitors of the demo (either script), timed through
``VisitorLookup.find`` (classify, every applicable index lookup, the rows for the list).
Target: p95 ≤ 50 ms for each kind.
"""

from __future__ import annotations

import argparse
import random
import sys

from harness import from_samples, report  # type: ignore[import-not-found]
from visitors_data import add_arguments, database_size_mb, open_demo  # type: ignore[import-not-found]

TARGET_S = 0.050


def _samples(services: object, count: int, rng: random.Random) -> list[tuple[str, str | None, str | None]]:
    """(name, phone, plate) of random visitors."""
    from sqlalchemy import func, select

    from db.models.visitors import Visitor

    sessions = services.database.sessions  # type: ignore[attr-defined]
    with sessions.read() as s:
        total = s.execute(select(func.count()).select_from(Visitor)).scalar_one()
        picks = []
        for _ in range(count):
            row = s.execute(
                select(Visitor.name, Visitor.phone, Visitor.plate).offset(rng.randrange(total)).limit(1)
            ).one()
            picks.append((row[0], row[1], row[2]))
    return picks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_arguments(parser)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    services, info = open_demo(args)
    from app.search import fold_script, pinyin_full, pinyin_initials, warm_up

    warm_up()
    rng = random.Random(args.seed)
    people = _samples(services, args.queries * 2, rng)
    phones = [p for _n, p, _pl in people if p]
    plates = [pl for _n, _p, pl in people if pl]
    names = [n for n, _p, _pl in people]
    kinds: dict[str, list[str]] = {
        "name: 1 character (as stored)": [n[0] for n in names],
        "name: 1 character (other script)": [fold_script(n[0]) if fold_script(n[0]) != n[0] else n[0] for n in names],
        "name: 2 characters": [n[-2:] for n in names],
        "name: 2 characters, Simplified typed": [fold_script(n[:2]) for n in names],
        "pinyin initials (zs)": [pinyin_initials(n)[:2] for n in names],
        "full pinyin, first 6 letters": [pinyin_full(n)[:6] for n in names],
        "phone: last 4 digits": [p[-4:] for p in phones],
        "plate fragment (3 characters)": [pl[rng.randrange(len(pl) - 2) :][:3] for pl in plates],
    }
    find = services.visitor_lookup.find
    rows = []
    for label, texts in kinds.items():
        texts = texts[: args.queries]
        for text in texts[:5]:
            find(text)  # a desk PC that has been searching all day has its cache warm
        samples = []
        empty = 0
        import time

        for text in texts:
            start = time.perf_counter()
            found = find(text)
            samples.append(time.perf_counter() - start)
            empty += not found
        rows.append((from_samples(f"{label} ({empty} of {len(texts)} found nothing)", samples), "p95", TARGET_S))
    report(rows, f"Returning-visitor lookup, {info.visits:,} visits, database {database_size_mb(info):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
