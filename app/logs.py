"""Logging to a rotating file in the data directory, with personal data kept out.

The code never logs names, phones, ID numbers or plates; as a second line of defence a filter masks
anything in a log message that looks like one (long digit runs, ID-number shapes, CJK names).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.redaction import redact

LOG_FILE = "gatehouse.log"
MAX_LOG_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def setup_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """Send the root logger to ``folder/gatehouse.log`` (rotating). Idempotent per folder."""
    root = logging.getLogger()
    target = folder / LOG_FILE
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None  # a read-only data directory is reported elsewhere; logging must not crash
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return target
