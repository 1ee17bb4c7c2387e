"""Dashboard panels. A module area adds a factory to ``PANEL_FACTORIES``.

Each panel is a small widget with ``refresh()``; it listens to ``AppEvents.data_changed`` itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import UiContext


def _alerts(ctx: UiContext) -> QWidget:
    from ui.home.alerts_panel import AlertsPanel

    return AlertsPanel(ctx.events, ctx.clock, ctx.bundles.desk.zone)


def _shift(ctx: UiContext) -> QWidget:
    from ui.home.shift_panel import ShiftPanel

    s = ctx.bundles.desk
    return ShiftPanel(s.shifts, ctx.bundles.duty.handovers, s.auth, s.operators, ctx.session, ctx.events, s.zone)


def _repairs(ctx: UiContext) -> QWidget:
    from ui.repairs.dashboard_panel import RepairsPanel

    return RepairsPanel(ctx.bundles.repairs.repairs.reader, ctx.events)


def _handover(ctx: UiContext) -> QWidget:
    from ui.duty.handover_panel import HandoverPanel

    return HandoverPanel(ctx.bundles.duty.handovers, ctx.session, ctx.events, ctx.clock, ctx.bundles.desk.zone)


def _keys(ctx: UiContext) -> QWidget:
    from ui.keys.panel import KeysPanel

    return KeysPanel(ctx.bundles.keys.keys, ctx.events, ctx.clock, ctx.bundles.desk.zone)


def _visitors(ctx: UiContext) -> QWidget:
    from ui.visitors.home_panel import VisitorsPanel

    s = ctx.bundles.visitors
    return VisitorsPanel(s.visitors, s.expected, ctx.events, ctx.clock, ctx.bundles.desk.zone)


def _backups(ctx: UiContext) -> QWidget:
    from ui.backups.home_panel import BackupPanel

    desk = ctx.bundles.desk
    return BackupPanel(desk.backups, ctx.session, ctx.events, ctx.clock, desk.zone, ctx.paths.root)


PANEL_FACTORIES: list[Callable[[UiContext], QWidget]] = [
    _shift,
    _handover,
    _alerts,
    _visitors,
    _repairs,
    _keys,
    _backups,
]


def build_panels(ctx: UiContext) -> list[QWidget]:
    return [factory(ctx) for factory in PANEL_FACTORIES]
