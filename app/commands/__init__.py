"""CLI commands, one module per area. Each module has ``register(subparsers)``.

An area adds its module to ``MODULES``.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.commands import admin, demo, duty, reports, visitors

MODULES: tuple[Any, ...] = (admin, demo, duty, reports, visitors)


def register_all(sub: argparse._SubParsersAction[Any]) -> None:
    for module in MODULES:
        module.register(sub)
