"""Command groups shared by several areas (``report daily`` from reports, ``report handover`` from duty)."""

from __future__ import annotations

import argparse
from typing import Any


def subcommands(sub: argparse._SubParsersAction[Any], name: str, help_text: str) -> argparse._SubParsersAction[Any]:
    """The sub-commands of group ``name`` (e.g. ``report``), creating the group the first time."""
    group = sub.choices.get(name)
    if group is None:
        group = sub.add_parser(name, help=help_text)
        group.add_subparsers(dest=f"{name}_command", metavar=name.upper(), required=True)
    return next(a for a in group._actions if isinstance(a, argparse._SubParsersAction))
