"""Another process holding a database (open, locked) until the test lets it go."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLD = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute(sys.argv[2])
print("holding", flush=True)
sys.stdin.read()
"""


@contextmanager
def held(database: Path, statement: str) -> Iterator[subprocess.Popen[str]]:
    """A process that ran ``statement`` on ``database`` (a read keeps it open, ``BEGIN EXCLUSIVE`` locks
    it) and waits; it closes its connection and ends when the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database), statement], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield holder
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
