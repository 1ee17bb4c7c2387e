"""Printing errors an operator can act on (``ui/error_words.py`` turns them into sentences)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import GatehouseError, NotFound


@dataclass(eq=False)
class PrinterNotFoundError(NotFound):
    """No printer called ``key`` (``kind`` is ``"printer"``); ``available`` lists the others."""

    available: tuple[str, ...] = ()


class PrintFailure(StrEnum):
    CANNOT_START = "cannot_start"  # the printer refused the job (offline, driver error, bad file)
    NEW_PAGE = "new_page"  # the printer stopped accepting pages mid-job
    EMPTY_RANGE = "empty_range"  # the chosen page range holds no page of the document
    CANCELLED = "cancelled"  # the operator stopped the job


@dataclass(eq=False)
class PrintError(GatehouseError):
    printer: str
    failure: PrintFailure

    def __post_init__(self) -> None:
        super().__init__(f"{self.printer}: {self.failure.value}")
