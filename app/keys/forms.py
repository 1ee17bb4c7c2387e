"""Checking a form field by field: every error is collected, so the operator sees all of them at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.errors import ValidationError, ValidationErrors
from app.keys.policy import POSITION_MAX_CHARS, TAG_MAX_CHARS
from app.text import LONG_TEXT_MAX_CHARS, NAME_MAX_CHARS, clean_code, clean_text


class Checked:
    """Values that passed, errors that did not; ``done()`` raises them all together."""

    def __init__(self, **values: Any) -> None:
        self.values: dict[str, Any] = dict(values)
        self.errors: list[ValidationError] = []

    def take(self, name: str, check: Callable[[], Any]) -> Any:
        try:
            self.values[name] = check()
        except ValidationError as error:
            self.errors.append(error)
            return None
        return self.values[name]

    def fail(self, error: ValidationError) -> None:
        self.errors.append(error)

    def done(self) -> dict[str, Any]:
        if self.errors:
            raise ValidationErrors(tuple(self.errors))
        return self.values


def check_key_basics(form: Checked, tag: str, label: str, position: str, notes: str) -> None:
    """What every key form has: its tag, label, cabinet position and notes."""
    form.take("tag", lambda: clean_code(tag, "tag", max_chars=TAG_MAX_CHARS, required=True))
    form.take("label", lambda: clean_text(label, "label", max_chars=NAME_MAX_CHARS, required=True))
    form.take("position", lambda: clean_text(position, "position", max_chars=POSITION_MAX_CHARS))
    form.take("notes", lambda: clean_text(notes, "notes", max_chars=LONG_TEXT_MAX_CHARS, multiline=True))
