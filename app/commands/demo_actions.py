"""What ``gatehouse demo`` does (imported only when it runs)."""

from __future__ import annotations

import time
from datetime import date, datetime
from datetime import time as clock_time

from app.cli import EXIT_OK, CliContext, CliFailure
from app.clock import FixedClock, SystemClock, local_zone
from app.commands.common import opened_database
from app.demo.foundation import SITE_TIMEZONE
from app.demo.run import run_demo

MAX_VISITS = 5_000_000
MAX_DAYS = 3660


def cmd_demo(ctx: CliContext) -> int:
    args = ctx.args
    if not 0 <= args.visits <= MAX_VISITS:
        raise CliFailure(ctx.text.say("demo.bad_visits", max=MAX_VISITS))
    if not 1 <= args.days <= MAX_DAYS:
        raise CliFailure(ctx.text.say("demo.bad_days", max=MAX_DAYS))
    clock: FixedClock | SystemClock = SystemClock()
    if args.until:
        try:
            until = date.fromisoformat(args.until)
        except ValueError as error:
            raise CliFailure(ctx.text.say("demo.bad_until", value=args.until)) from error
        clock = FixedClock(datetime.combine(until, clock_time(16, 30), tzinfo=local_zone(SITE_TIMEZONE)))
    started = time.perf_counter()
    with opened_database(ctx) as database:
        demo = run_demo(
            database,
            clock,
            visits=args.visits,
            days=args.days,
            seed=args.seed,
            progress=lambda message: print(f"  {message}", file=ctx.out, flush=True),
        )
    ctx.say("demo.done", site=demo.services.site_row.name, seconds=f"{time.perf_counter() - started:.1f}")
    ctx.say("demo.accounts_header")
    for account in demo.accounts:
        print(
            f"  {account.username:<8} {account.display_name:<6} {account.role:<11} "
            f"{account.password:<16} {account.pin}",
            file=ctx.out,
        )
    return EXIT_OK
