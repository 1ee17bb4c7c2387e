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


def _first_day(ctx: UiContext) -> QWidget:
    from app.first_day import Step
    from ui.home.first_day_panel import FirstDayPanel
    from ui.page_keys import DIRECTORY, KEYS, OPERATORS, PATROLS, SETTINGS, open_emergency

    events = ctx.events

    def page(key: str) -> Callable[[], None]:
        return lambda: events.navigate_requested.emit(key)

    def emergency() -> None:  # the F1 window, where the contacts are kept
        open_emergency(ctx, panel.window())

    actions = {
        Step.STAFF: page(OPERATORS),
        Step.DIRECTORY: page(DIRECTORY),
        Step.KEYS: page(KEYS),
        Step.PATROL_ROUTES: page(PATROLS),
        Step.EMERGENCY_CONTACTS: emergency,
        Step.PRINTERS: page(SETTINGS),
        Step.BACKUP_FOLDER: page(SETTINGS),
    }

    def test_page() -> None:
        from ui.home.printer_test import show_printer_test_page

        show_printer_test_page(ctx, panel)

    panel = FirstDayPanel(ctx.bundles.desk.first_day, ctx.session, events, actions, test_page)
    return panel


PANEL_FACTORIES: list[Callable[[UiContext], QWidget]] = [
    _first_day,
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
