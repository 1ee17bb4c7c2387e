"""``gatehouse report daily|monthly|muster`` and ``gatehouse export xlsx`` (argument definitions only).

``report`` is a command group shared with the duty area (``report handover --last``): every area
adds its report with ``subcommands(sub, "report", …)``, which creates the group the first time.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.groups import subcommands
from app.commands.lazy import lazy
from app.commands.options import add_credentials

ACTIONS = "app.commands.reports_actions"
EXPORT_WHAT = (
    *("visits", "keys", "repairs", "log", "incidents", "handovers", "shifts"),
    *("watchlist", "expected", "patrols", "key_counts", "deposits", "kpis"),
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    reports = subcommands(sub, "report", "write a printable report (PDF)")
    daily = reports.add_parser("daily", help="the daily report of a day (default: yesterday)")
    daily.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: yesterday)")
    daily.add_argument("--desk", metavar="NAME", help="one desk only (default: the whole site)")
    daily.add_argument("--out", required=True, type=Path, metavar="F.pdf")
    add_credentials(daily)
    daily.set_defaults(handler=lazy(ACTIONS, "cmd_report_daily"))

    monthly = reports.add_parser("monthly", help="the monthly KPI report (default: last month)")
    monthly.add_argument("--month", metavar="YYYY-MM", help="the month (default: last month)")
    monthly.add_argument("--out", required=True, type=Path, metavar="F.pdf")
    add_credentials(monthly)
    monthly.set_defaults(handler=lazy(ACTIONS, "cmd_report_monthly"))

    muster = reports.add_parser("muster", help="everyone on site now (evacuation list)")
    muster.add_argument("--out", required=True, type=Path, metavar="F.pdf")
    add_credentials(muster)
    muster.set_defaults(handler=lazy(ACTIONS, "cmd_report_muster"))

    export = sub.add_parser("export", help="export a list to Excel")
    export_sub = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    xlsx = export_sub.add_parser("xlsx", help="an .xlsx workbook")
    xlsx.add_argument("--what", required=True, choices=EXPORT_WHAT)
    xlsx.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (default: no limit)")
    xlsx.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day, included (default: no limit)")
    xlsx.add_argument("--desk", metavar="NAME", help="one desk only")
    xlsx.add_argument("--out", required=True, type=Path, metavar="F.xlsx")
    add_credentials(xlsx)
    xlsx.set_defaults(handler=lazy(ACTIONS, "cmd_export_xlsx"))
