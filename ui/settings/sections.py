"""Settings sections, in order. A module area adds a factory to ``SECTION_FACTORIES``.

A factory returns None when the active operator may not see that section.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.permissions import EDIT_SITE_SETTINGS, allowed
from ui.context import UiContext


def _desk(ctx: UiContext) -> QWidget:
    from ui.settings.desk_section import DeskSection

    s = ctx.bundles.desk
    return DeskSection(s.settings, s.auth, s.operators, ctx.session, ctx.preferences, ctx.events)


def _site(ctx: UiContext) -> QWidget | None:
    if not allowed(ctx.session.actor, EDIT_SITE_SETTINGS):
        return None
    from ui.settings.site_section import SiteSection

    return SiteSection(ctx.bundles.desk.site, ctx.session, ctx.events)


def _shifts(ctx: UiContext) -> QWidget | None:
    if not allowed(ctx.session.actor, EDIT_SITE_SETTINGS):
        return None
    from ui.settings.shift_section import ShiftPatternSection

    return ShiftPatternSection(ctx.bundles.desk.settings, ctx.bundles.desk.shifts, ctx.session, ctx.events)


def _repairs(ctx: UiContext) -> QWidget | None:
    if not allowed(ctx.session.actor, EDIT_SITE_SETTINGS):
        return None
    from ui.repairs.settings_section import RepairSettingsSection

    return RepairSettingsSection(ctx.bundles.repairs.repairs, ctx.session, ctx.events)


def _account(ctx: UiContext) -> QWidget:
    from ui.settings.account_section import AccountSection

    return AccountSection(ctx.bundles.desk.operators, ctx.session)


def _key_classes(ctx: UiContext) -> QWidget | None:
    if not allowed(ctx.session.actor, EDIT_SITE_SETTINGS):
        return None
    from ui.keys.class_section import KeyClassSection

    s = ctx.bundles.keys
    return KeyClassSection(s.settings, s.keys, ctx.session, ctx.events)


def _visitor_types(ctx: UiContext) -> QWidget | None:
    if not allowed(ctx.session.actor, EDIT_SITE_SETTINGS):
        return None
    from ui.visitors.settings_section import VisitorTypesSection

    return VisitorTypesSection(ctx.bundles.desk.settings, ctx.session, ctx.events)


def _visitor_slips(ctx: UiContext) -> QWidget:
    from ui.visitors.settings_section import SlipSection

    s = ctx.bundles.desk
    return SlipSection(s.settings, s.auth, s.operators, ctx.session, ctx.events)


def _about(ctx: UiContext) -> QWidget:
    from ui.settings.about_section import AboutSection

    return AboutSection(ctx.paths.root)


SECTION_FACTORIES: list[Callable[[UiContext], QWidget | None]] = [
    _desk,
    _account,
    _site,
    _shifts,
    _visitor_slips,
    _visitor_types,
    _repairs,
    _key_classes,
    _about,
]


def build_sections(ctx: UiContext) -> list[QWidget]:
    return [section for factory in SECTION_FACTORIES if (section := factory(ctx)) is not None]
