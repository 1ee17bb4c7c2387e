"""Typed errors that carry data, not prose.

Only ``ui/error_words.py`` (and the CLI's one-line messages) turn these into sentences. A service raises
them; a widget catches ``GatehouseError`` around one service call and shows the translated text at the
field (``ValidationError.field``) or in a message. Anything else is a bug and reaches the crash handler.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class GatehouseError(Exception):
    """Base of every error an operator can understand and act on."""


@dataclass(eq=False)
class ValidationError(GatehouseError):
    """A value the operator typed breaks a rule.

    ``field`` names the form field (a stable identifier such as ``"visitor_name"``), ``rule`` the rule
    (a ``Rule`` value), ``params`` what the message needs (``{"max": 100}``). ``warning`` marks a value
    that may be saved anyway after the operator confirms (format-only checks).
    """

    field: str
    rule: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    warning: bool = False

    def __post_init__(self) -> None:
        super().__init__(f"{self.field}: {self.rule} {dict(self.params)}")


class Rule(StrEnum):
    """Rules shared by every form. Modules may add their own rule names (plain strings)."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    TOO_SHORT = "too_short"
    CONTROL_CHARS = "control_chars"
    INVISIBLE_CHARS = "invisible_chars"
    NOT_A_NUMBER = "not_a_number"
    OUT_OF_RANGE = "out_of_range"
    BAD_FORMAT = "bad_format"
    BAD_CHECKSUM = "bad_checksum"
    BAD_DATE = "bad_date"
    PIN_FORMAT = "pin_format"
    PASSWORD_TOO_WEAK = "password_too_weak"
    PASSWORDS_DIFFER = "passwords_differ"
    DUPLICATE = "duplicate"
    NOT_FOUND = "not_found"
    CHOICE = "choice"


@dataclass(eq=False)
class ValidationErrors(GatehouseError):
    """Several fields failed at once; the form marks each of them and keeps everything typed."""

    errors: tuple[ValidationError, ...]

    def __post_init__(self) -> None:
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, name: str) -> ValidationError | None:
        return next((e for e in self.errors if e.field == name), None)


@dataclass(eq=False)
class NotFound(GatehouseError):
    kind: str
    key: str = ""

    def __post_init__(self) -> None:
        super().__init__(f"{self.kind} not found: {self.key}")


@dataclass(eq=False)
class Conflict(GatehouseError):
    """The action contradicts the current state (a key already out, a shift already open…)."""

    kind: str
    reason: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(f"{self.kind}: {self.reason}")


@dataclass(eq=False)
class PermissionDenied(GatehouseError):
    """The active operator's role may not do ``action``.

    ``approvable`` says a supervisor may approve it in place (PIN): the UI then asks for one and calls
    the same service again with the ``Approval``.
    """

    action: str
    role: str
    approvable: bool = False

    def __post_init__(self) -> None:
        super().__init__(f"{self.role} may not {self.action}")


class AuthFailure(StrEnum):
    BAD_CREDENTIALS = "bad_credentials"
    DISABLED = "disabled"
    LOCKED = "locked"
    DELAYED = "delayed"
    NOT_A_SUPERVISOR = "not_a_supervisor"
    NOT_AT_A_DESK = "not_at_a_desk"  # a scheduled-task account signs in on the command line only


@dataclass(eq=False)
class AuthenticationError(GatehouseError):
    """Login, PIN switch or supervisor approval refused.

    ``retry_after_s`` is set for ``DELAYED``. Failures no longer lock an account (app/auth.py), so
    ``attempts_left`` stays ``None``; it is kept for callers that still show it when set.
    """

    reason: AuthFailure
    retry_after_s: float = 0.0
    attempts_left: int | None = None

    def __post_init__(self) -> None:
        super().__init__(self.reason.value)


class StorageProblem(StrEnum):
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    MISSING = "missing"
    UNREACHABLE = "unreachable"
    TOO_NEW = "too_new"
    KEY_MISMATCH = "key_mismatch"
    IO = "io"


@dataclass(eq=False)
class StorageError(GatehouseError):
    """The database, a file or a folder cannot be used; ``where`` is a path or URL without secrets."""

    problem: StorageProblem
    where: str = ""
    detail: str = ""

    def __post_init__(self) -> None:
        super().__init__(f"{self.problem.value}: {self.where} {self.detail}".strip())
