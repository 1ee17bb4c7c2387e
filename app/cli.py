"""The command-line face of Gatehouse (``gatehouse --help``; README.md lists the commands), for
scheduled tasks, head offices and tests.

``gatehouse`` with no command starts the GUI (``ui.main`` does that); with a command, ``run`` executes
it headless. Words shown to a person come from the injected ``CliText`` (translated in ui/), so this
module stays Qt-free. Exit codes: 0 success, 1 the action failed (one line on stderr saying why),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TextIO

from app.errors import GatehouseError

log = logging.getLogger(__name__)

VERSION = "0.1.0"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CliText(Protocol):
    """Translated words for the CLI: ``say`` a message by key; ``describe`` a typed error."""

    def say(self, key: str, **params: Any) -> str: ...

    def describe(self, error: GatehouseError) -> str: ...


@dataclass
class CliContext:
    args: argparse.Namespace
    text: CliText
    out: TextIO
    err: TextIO

    def say(self, key: str, **params: Any) -> None:
        print(self.text.say(key, **params), file=self.out)


Handler = Callable[[CliContext], int]


class CliFailure(Exception):
    """A command failed for a reason already put into words (one line)."""


def build_parser() -> argparse.ArgumentParser:
    from app.commands import register_all

    parser = argparse.ArgumentParser(
        prog="gatehouse",
        description="Gatehouse (門崗值守台): guard booth and reception desk program",
    )
    parser.add_argument("--version", action="version", version=f"gatehouse {VERSION}")
    parser.add_argument("--db", metavar="URL", help="SQLite file path or SQLAlchemy URL (default: data directory)")
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help="data directory (default: per user)")
    parser.add_argument("--lang", choices=("zh_TW", "zh_CN", "en"), help="language of messages and reports")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(sub)
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def run(args: argparse.Namespace, text: CliText, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the parsed command; ``out``/``err`` default to ``sys.stdout``/``sys.stderr`` as they are *now*
    (so a caller that redirects them, as the in-process CLI tests do, gets the words)."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return EXIT_USAGE
    context = CliContext(args, text, out, err)
    try:
        return handler(context)
    except GatehouseError as error:
        print(text.describe(error), file=err)
        return EXIT_FAILED
    except CliFailure as failure:
        print(str(failure), file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(text.say("cli.interrupted"), file=err)
        return EXIT_FAILED
