"""Passwords, PINs and user names: their rules and their hashes (argon2id)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import Rule, ValidationError
from app.text import NAME_MAX_CHARS, clean_text, fold_width

USERNAME_MIN_CHARS = 2
USERNAME_MAX_CHARS = 40
PASSWORD_MIN_CHARS = 8
PASSWORD_MAX_CHARS = 128
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 6

RULE_PIN_TOO_SIMPLE = "pin_too_simple"
RULE_USERNAME_CHARS = "username_chars"

_USERNAME_RE = re.compile(r"^[\w.\-]+$")  # \w is Unicode-aware: Chinese user names are fine


def clean_username(raw: str | None, field: str = "username") -> str:
    name = clean_text(raw, field, max_chars=USERNAME_MAX_CHARS, required=True, min_chars=USERNAME_MIN_CHARS)
    if not _USERNAME_RE.match(name):
        raise ValidationError(field, RULE_USERNAME_CHARS)
    return name


def username_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold()


def clean_display_name(raw: str | None, field: str = "display_name") -> str:
    return clean_text(raw, field, max_chars=NAME_MAX_CHARS, required=True)


def check_new_password(password: str | None, field: str = "password") -> str:
    """Passwords are not cleaned (spaces count) but must be long enough and printable."""
    value = password or ""
    if not value.strip():
        raise ValidationError(field, Rule.REQUIRED)
    clean_text(value, field, max_chars=PASSWORD_MAX_CHARS)  # refuses control/invisible characters
    if len(value) > PASSWORD_MAX_CHARS:
        raise ValidationError(field, Rule.TOO_LONG, {"max": PASSWORD_MAX_CHARS})
    if len(value) < PASSWORD_MIN_CHARS or len(set(value)) < 3:
        raise ValidationError(field, Rule.PASSWORD_TOO_WEAK, {"min": PASSWORD_MIN_CHARS})
    return value


def normalize_pin(raw: str | None, field: str = "pin") -> str:
    """4–6 digits. Full-width digits typed in an IME's full-width mode count as the same digits."""
    pin = fold_width((raw or "").strip())
    if not pin:
        raise ValidationError(field, Rule.REQUIRED)
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise ValidationError(field, Rule.PIN_FORMAT, {"min": PIN_MIN_DIGITS, "max": PIN_MAX_DIGITS})
    return pin


def check_new_pin(raw: str | None, field: str = "pin") -> str:
    pin = normalize_pin(raw, field)
    digits = [int(c) for c in pin]
    steps = {b - a for a, b in itertools.pairwise(digits)}
    if len(set(digits)) == 1 or steps in ({1}, {-1}):
        raise ValidationError(field, RULE_PIN_TOO_SIMPLE)
    return pin


@dataclass(frozen=True, slots=True)
class HashCost:
    time_cost: int
    memory_kib: int
    parallelism: int


# RFC 9106 second recommendation (low memory) is ≈ 64 MiB; a 4 GB booth PC can afford it at login.
DEFAULT_COST = HashCost(time_cost=3, memory_kib=64 * 1024, parallelism=2)
# Cheap parameters for test databases and the demo generator (never for a real site).
LIGHT_COST = HashCost(time_cost=1, memory_kib=1024, parallelism=1)
# What an unknown username is verified against, so that it costs as long as a wrong password.
# Precomputed for the default cost: hashing it at start-up took 125 ms of the UI thread.
_DEFAULT_DUMMY = "$argon2id$v=19$m=65536,t=3,p=2$FpoQiaq0qgPnHX3tQtVMXw$FhlwZVv/Cx0txpBr3AeYBKeIng+cQfAejzd4mBZTbGg"


class SecretHasher:
    def __init__(self, cost: HashCost = DEFAULT_COST) -> None:
        self._hasher = PasswordHasher(
            time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism
        )
        self._dummy = _DEFAULT_DUMMY if cost == DEFAULT_COST else self._hasher.hash("gatehouse-dummy-secret")

    def hash(self, secret: str) -> str:
        return self._hasher.hash(secret)

    def verify(self, stored: str | None, secret: str) -> bool:
        """Constant-ish time: a missing hash is compared against a dummy so timing says nothing."""
        try:
            return self._hasher.verify(stored or self._dummy, secret) and stored is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
