"""Command-line options shared by commands that need a signed-in operator (kept light to parse)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_credentials(parser: argparse.ArgumentParser) -> None:
    """``--user`` and ``--password-file`` (without the file the password is asked for on the terminal)."""
    parser.add_argument("--user", metavar="USER", help="the operator running this (audited)")
    parser.add_argument(
        "--password-file", type=Path, metavar="F", help="file whose first line is the password (else asked)"
    )
