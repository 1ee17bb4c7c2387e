"""The first-day checklist is computed from the site's real data, step by step."""

from __future__ import annotations

from app.bootstrap import Services
from app.first_day import FirstDayService, Step
from app.keys.rows import KeyFields, OpensKind
from app.settings import BACKUP_DIR, PRINTER_A4
from tests.conftest import Staff


def test_a_new_site_has_every_step_left(services: Services) -> None:
    first_day = FirstDayService(services.database.sessions, services.settings)
    checklist = first_day.checklist(services.database.desk.desk_id)
    assert [item.step for item in checklist.items] == list(Step)
    assert checklist.remaining == len(Step)
    assert not checklist.done


def test_each_step_is_ticked_by_what_it_produces(staff: Staff) -> None:
    services, admin = staff.services, staff.admin
    first_day = FirstDayService(services.database.sessions, services.settings)
    assert first_day.shown_to(admin)
    assert not first_day.shown_to(staff.supervisor)
    assert not first_day.shown_to(staff.guard)
    desk = staff.desk_id
    assert first_day.checklist(desk).item(Step.STAFF).count == 2  # the staff fixture's guard and clerk

    building = services.directory.add_building(admin, "A", "A座")
    services.directory.add_unit(admin, building.id, "12A", "12")
    services.key_inventory.add_key(admin, KeyFields("K001", "機房", OpensKind.OTHER))
    services.patrols.add_route(admin, "R1", "夜巡", 120, 30)
    services.incidents.save_contact(admin, None, "派出所", "110")
    services.settings.set(admin, PRINTER_A4, "", for_desk=True)  # the system default, chosen
    checklist = first_day.checklist(desk)
    assert checklist.remaining == 1
    assert not checklist.item(Step.BACKUP_FOLDER).done
    assert checklist.item(Step.DIRECTORY).count == 1

    services.settings.set(admin, BACKUP_DIR, "E:\\gatehouse-backups", for_desk=True)
    assert first_day.checklist(desk).done
    other_desk = next(d.id for d in services.site.desks() if d.id != desk)
    assert {item.step for item in first_day.checklist(other_desk).items if not item.done} == {
        Step.PRINTERS,
        Step.BACKUP_FOLDER,
    }  # printers and the backup folder belong to each PC
