"""Settings stored in the database: one registry of typed specs, values site-wide or per desk.

Each module area declares its ``SettingSpec``s next to its services and hands them to
``SettingsService`` at bootstrap. A spec knows its default, how to check a value (raising
``ValidationError`` with the setting's key as the field) and who may change it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import select

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.errors import NotFound, Rule, ValidationError, ValidationErrors
from app.permissions import (
    EDIT_DESK_SETTINGS,
    EDIT_OWN_PREFERENCES,
    EDIT_SITE_SETTINGS,
    Actor,
    Approval,
    Permission,
    require,
)
from app.storage import Sessions
from db.models.core import Setting

T = TypeVar("T")
SITE_SCOPE = ""


class Scope(StrEnum):
    SITE = "site"  # one value for every desk
    DESK = "desk"  # each desk (PC) may have its own value; falls back to the site value


@dataclass(frozen=True, slots=True)
class SettingSpec(Generic[T]):
    key: str
    default: T
    check: Callable[[Any], T]
    scope: Scope = Scope.SITE
    permission: Permission = EDIT_SITE_SETTINGS


def int_range(key: str, low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        try:
            number = int(str(value).strip())
        except (TypeError, ValueError) as error:
            raise ValidationError(key, Rule.NOT_A_NUMBER) from error
        if not low <= number <= high:
            raise ValidationError(key, Rule.OUT_OF_RANGE, {"min": low, "max": high})
        return number

    return check


def one_of(key: str, choices: Iterable[str]) -> Callable[[Any], str]:
    allowed = tuple(choices)

    def check(value: Any) -> str:
        text = str(value)
        if text not in allowed:
            raise ValidationError(key, Rule.CHOICE, {"choices": ",".join(allowed)})
        return text

    return check


def yes_no(key: str) -> Callable[[Any], bool]:
    """A setting that is on or off. Older databases stored the codes "yes"/"no"; both read as a bool."""

    def check(value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if value in ("yes", "no"):
            return bool(value == "yes")
        raise ValidationError(key, Rule.CHOICE, {"choices": "true,false"})

    return check


def text_value(key: str, max_chars: int = 200, required: bool = False) -> Callable[[Any], str]:
    from app.text import clean_text

    def check(value: Any) -> str:
        return clean_text("" if value is None else str(value), key, max_chars=max_chars, required=required)

    return check


LANGUAGES = ("zh_TW", "zh_CN", "en")
FONT_SCALES = ("100", "125", "150")

LANGUAGE = SettingSpec("ui.language", "zh_TW", one_of("ui.language", LANGUAGES), Scope.DESK, EDIT_OWN_PREFERENCES)
FONT_SCALE = SettingSpec("ui.font_scale", "100", one_of("ui.font_scale", FONT_SCALES), Scope.DESK, EDIT_OWN_PREFERENCES)
IDLE_LOCK_MINUTES = SettingSpec(
    "ui.idle_lock_minutes", 5, int_range("ui.idle_lock_minutes", 1, 120), Scope.DESK, EDIT_DESK_SETTINGS
)
PRINTER_A4 = SettingSpec("print.printer_a4", "", text_value("print.printer_a4"), Scope.DESK, EDIT_DESK_SETTINGS)
PRINTER_RECEIPT = SettingSpec(
    "print.printer_receipt", "", text_value("print.printer_receipt"), Scope.DESK, EDIT_DESK_SETTINGS
)
RECEIPT_WIDTH_MM = SettingSpec(
    "print.receipt_width_mm", "80", one_of("print.receipt_width_mm", ("58", "80")), Scope.DESK, EDIT_DESK_SETTINGS
)
SILENT_PRINT = SettingSpec("print.silent", False, yes_no("print.silent"), Scope.DESK, EDIT_DESK_SETTINGS)
BACKUP_DIR = SettingSpec("backup.directory", "", text_value("backup.directory", 400), Scope.DESK, EDIT_DESK_SETTINGS)

FOUNDATION_SPECS: tuple[SettingSpec[Any], ...] = (
    LANGUAGE,
    FONT_SCALE,
    IDLE_LOCK_MINUTES,
    PRINTER_A4,
    PRINTER_RECEIPT,
    RECEIPT_WIDTH_MM,
    SILENT_PRINT,
    BACKUP_DIR,
)


class SettingsService:
    def __init__(
        self, sessions: Sessions, clock: Clock, audit: AuditLog, specs: Iterable[SettingSpec[Any]] = FOUNDATION_SPECS
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._specs: dict[str, SettingSpec[Any]] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: SettingSpec[Any]) -> None:
        if spec.key in self._specs and self._specs[spec.key] is not spec:
            raise ValueError(f"setting {spec.key} registered twice")
        self._specs[spec.key] = spec

    def spec(self, key: str) -> SettingSpec[Any]:
        try:
            return self._specs[key]
        except KeyError as error:
            raise NotFound("setting", key) from error

    def get(self, spec: SettingSpec[T], desk_id: uuid.UUID | None = None) -> T:
        scopes = [str(desk_id), SITE_SCOPE] if spec.scope == Scope.DESK and desk_id else [SITE_SCOPE]
        with self._sessions.read() as s:
            rows = {
                r.scope_desk: r.value_json
                for r in s.execute(
                    select(Setting).where(Setting.key == spec.key, Setting.scope_desk.in_(scopes))
                ).scalars()
            }
        for scope in scopes:
            if scope in rows:
                try:
                    return spec.check(json.loads(rows[scope]))
                except (ValidationError, ValueError):
                    break  # a stored value that no longer passes (rules changed): use the default
        return spec.default

    @changes(ChangeKind.SETTINGS)
    def set(
        self,
        actor: Actor,
        spec: SettingSpec[T],
        value: Any,
        *,
        for_desk: bool = False,
        approval: Approval | None = None,
    ) -> T:
        """Check and store one value; ``for_desk`` stores it for the actor's desk only."""
        return self.set_many(actor, [(spec, value)], for_desk=for_desk, approval=approval)[spec.key]  # type: ignore[no-any-return]

    @changes(ChangeKind.SETTINGS)
    def set_many(
        self,
        actor: Actor,
        values: Iterable[tuple[SettingSpec[Any], Any]],
        *,
        for_desk: bool = False,
        approval: Approval | None = None,
    ) -> dict[str, Any]:
        """Check every value first (all errors at once), then store them in one transaction."""
        checked: list[tuple[SettingSpec[Any], Any, str, uuid.UUID | None]] = []
        errors: list[ValidationError] = []
        for spec, value in values:
            approver = require(actor, spec.permission, approval)
            try:
                result = spec.check(value)
            except ValidationError as error:
                errors.append(error)
                continue
            desk_scope = for_desk and spec.scope == Scope.DESK and actor.desk_id
            checked.append((spec, result, str(actor.desk_id) if desk_scope else SITE_SCOPE, approver))
        if len(errors) == 1:
            raise errors[0]
        if errors:
            raise ValidationErrors(tuple(errors))
        with self._sessions.begin() as s:
            for spec, result, scope, approver in checked:
                self.put(s, spec, result, scope, actor.operator_id)
                self._audit.append(
                    s,
                    at=self._clock.now(),
                    actor=actor,
                    action="setting.changed",
                    record_kind="setting",
                    record_id=spec.key,
                    approver_id=approver,
                    details={"scope": scope or "site"},
                )
        return {spec.key: result for spec, result, _scope, _approver in checked}

    @staticmethod
    def put(s: Any, spec: SettingSpec[Any], value: Any, scope: str = SITE_SCOPE, by: uuid.UUID | None = None) -> None:
        """Store a checked value inside the caller's transaction (site setup, imports)."""
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row = s.execute(
            select(Setting).where(Setting.key == spec.key, Setting.scope_desk == scope)
        ).scalar_one_or_none()
        if row is None:
            s.add(Setting(key=spec.key, scope_desk=scope, value_json=encoded, updated_by_id=by))
        else:
            row.value_json = encoded
            row.updated_by_id = by
