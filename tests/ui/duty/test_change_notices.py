"""A page refreshes from a typed change notice: the operation's own declaration, announced once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.changes import ChangeKind, Changes, changes_of
from app.duty.common import LogKind
from app.duty.log import NewLogEntry
from tests.ui.duty.conftest import Desk
from ui.duty.log_page import DutyLogPage
from ui.navigation import DUTY


def test_the_duty_log_refreshes_when_an_operation_that_changes_it_is_announced(qtbot: QtBot, desk: Desk) -> None:
    desk.services.shifts.start(desk.actor)
    desk.workspace.show_page(DUTY)
    page = desk.workspace.page(DUTY)
    assert isinstance(page, DutyLogPage) and page.model.rowCount() == 0
    events = desk.shell.events

    desk.services.duty_log.add(desk.actor, NewLogEntry(LogKind.NOTE.value, "另一部電腦記下的事"))  # not announced yet
    with qtbot.waitSignal(events.data_changed) as announced:
        events.ran(desk.services.directory.add_building)  # what another page did: not the duty log's business
    assert announced.args == [Changes.of(ChangeKind.DIRECTORY)]
    assert page.model.rowCount() == 0

    with qtbot.waitSignal(events.data_changed) as announced:
        events.ran(desk.services.duty_log.add)
    assert announced.args == [changes_of(desk.services.duty_log.add)]
    assert announced.args[0].touches(ChangeKind.DUTY_LOG)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_an_operation_that_changes_nothing_a_page_shows_is_not_announced(qtbot: QtBot, desk: Desk) -> None:
    with qtbot.assertNotEmitted(desk.shell.events.data_changed):
        desk.shell.events.ran(desk.services.visitors.reveal_id)  # audit trail only
