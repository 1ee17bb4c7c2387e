"""``gatehouse demo``: a realistic demo site, deterministic per seed, for trying the program and for
the benchmarks.

The foundation creates the site, desks, demo accounts (their passwords are printed) and a history of
shifts; each module area then adds its own data through a generator listed in ``app.demo.run.AREAS``
(``generate(ctx: DemoContext) -> None``, ``app/demo/context.py``), in order. Generators write with Core bulk inserts
(``ctx.bulk``), never ORM unit-of-work (1,000,000 rows: seconds, not minutes).
"""
