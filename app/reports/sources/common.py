"""Small helpers the area sources share."""

from __future__ import annotations

ELLIPSIS = "…"


def excerpt(text: str, max_chars: int) -> str:
    """A record's own text cut to one short line for a report cell: whitespace runs (line breaks
    included) become one space; longer text ends with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= max_chars else line[: max_chars - 1].rstrip() + ELLIPSIS
