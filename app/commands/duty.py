"""``gatehouse report handover --last --out F.pdf``: the latest handover sheet, in the chosen language."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.groups import subcommands
from app.commands.lazy import lazy


def register(sub: argparse._SubParsersAction[Any]) -> None:
    handover = subcommands(sub, "report", "write a printable report (PDF)").add_parser(
        "handover", help="the handover sheet (A4) with both signatures"
    )
    handover.add_argument("--last", action="store_true", required=True, help="the latest signed or closed handover")
    handover.add_argument("--desk", metavar="NAME", help="only handovers at this desk")
    handover.add_argument("--out", type=Path, required=True, metavar="F.pdf", help="where to write the PDF")
    handover.set_defaults(handler=lazy("app.commands.duty_actions", "cmd_report_handover"))
