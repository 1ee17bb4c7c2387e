"""``gatehouse demo``: fill an empty database with a realistic, deterministic demo site."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.lazy import lazy


def register(sub: argparse._SubParsersAction[Any]) -> None:
    demo = sub.add_parser("demo", help="create a realistic demo site on an empty database")
    demo.add_argument("--visits", type=int, required=True, metavar="N", help="number of past visits")
    demo.add_argument("--days", type=int, default=30, metavar="D", help="days of history (default 30)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (same seed, same data)")
    demo.add_argument("--until", metavar="YYYY-MM-DD", help="last day of the history (default: today)")
    demo.set_defaults(handler=lazy("app.commands.demo_actions", "cmd_demo"))
