"""Handlers that import their module only when the command runs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import CliContext, Handler


def lazy(module: str, function: str) -> Handler:
    def handler(ctx: CliContext) -> int:
        target = getattr(importlib.import_module(module), function)
        return int(target(ctx))

    handler.__name__ = function
    return handler
