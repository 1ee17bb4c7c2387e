"""Render the key register's screens at 1024×768 into docs/screenshots/ (keys-*.png).

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python -m tools.docs.keys [--lang zh_TW] [--out DIR]

A throw-away site with a fixed clock: an estate's keys (some out, one overdue, one lost, a ring, a
resident's deposited key), then the register, the lending and return dialogs, a key count, a key's
history, the loans by date, the deposit form, the key classes and the dashboard, as a guard sees them.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.bootstrap import Services
from app.clock import FixedClock
from app.directory import PersonFields, PersonKind, ResidentRole
from app.keys.rows import (
    Borrower,
    BorrowerKind,
    CollectorFields,
    DepositFields,
    KeyFields,
    OpensKind,
)
from app.operators import NewOperator
from app.paths import DataPaths
from app.permissions import Actor, Role
from tools.docs.common import arguments, grab, set_up_demo_site, start_app, suffix

KEYS = (
    ("K-001", "B2 水泵房", OpensKind.PLANT_ROOM, "management", "甲櫃 1"),
    ("K-002", "B2 發電機房", OpensKind.PLANT_ROOM, "management", "甲櫃 2"),
    ("K-003", "B1 電錶房", OpensKind.PLANT_ROOM, "management", "甲櫃 3"),
    ("K-004", "A座 天台門", OpensKind.GATE, "emergency", "乙櫃 1"),
    ("K-005", "B座 天台門", OpensKind.GATE, "emergency", "乙櫃 2"),
    ("K-006", "會所 泳池機房", OpensKind.PLANT_ROOM, "management", "甲櫃 6"),
    ("K-007", "東閘 車閘控制箱", OpensKind.GATE, "management", "甲櫃 7"),
    ("K-008", "消防控制室", OpensKind.PLANT_ROOM, "emergency", "乙櫃 3"),
    ("K-009", "垃圾房", OpensKind.PLANT_ROOM, "management", "甲櫃 9"),
    ("K-010", "公司客貨車 粵B·D12345", OpensKind.VEHICLE, "management", "甲櫃 10"),
    ("K-011", "C座 信箱總匙", OpensKind.OTHER, "management", "甲櫃 11"),
    ("K-031", "地庫 水箱房", OpensKind.PLANT_ROOM, "management", ""),
    ("K-032", "地庫 隔油池", OpensKind.PLANT_ROOM, "management", ""),
)


def populate(services: Services, admin: Actor, guard: Actor, supervisor: Actor, clock: FixedClock) -> None:
    directory, inventory, keys = services.directory, services.key_inventory, services.key_register
    building = directory.add_building(admin, "A", "A座")
    unit = directory.add_unit(admin, building.id, "12A", "12")
    staff = directory.add_person(admin, PersonFields(PersonKind.STAFF, "何家樂", "", role="保安員"))
    plumber = directory.add_person(admin, PersonFields(PersonKind.CONTRACTOR, "李志強", "91234567", company="順達水電"))
    owner = directory.add_person(
        admin, PersonFields(PersonKind.RESIDENT, "陳大文", "98765432", unit.id, ResidentRole.OWNER)
    )
    made = {}
    for tag, label, kind, klass, position in KEYS:
        made[tag] = inventory.add_key(admin, KeyFields(tag, label, kind, key_class=klass, position=position))
    ring = inventory.add_key(
        admin, KeyFields("R-003", "地庫機房鑰匙串", OpensKind.PLANT_ROOM, position="甲櫃 20", is_ring=True)
    )
    inventory.set_ring_members(admin, ring.id, [made["K-031"].id, made["K-032"].id])
    inventory.authorise(admin, plumber.id, key_id=made["K-001"].id)
    services.key_deposits.deposit(
        admin,
        DepositFields(
            "D-12A",
            "A座 12A 大門",
            unit.id,
            owner.id,
            True,
            "寄存同意書 第 0012 號",
            "寄存櫃 1",
            (CollectorFields("陳太", "61234567", "妻子"), CollectorFields("Maria Santos", "", "家傭")),
        ),
    )
    staff_borrower = Borrower(BorrowerKind.STAFF, person_id=staff.id)
    plumber_borrower = Borrower(BorrowerKind.CONTRACTOR, person_id=plumber.id)
    now = clock.now()
    keys.issue(guard, made["K-001"].id, plumber_borrower, purpose="更換水泵軸封", due_at=now + timedelta(hours=3))
    keys.issue(guard, made["K-004"].id, staff_borrower, purpose="巡查天台", due_at=now + timedelta(minutes=40))
    keys.issue(supervisor, ring.id, Borrower(BorrowerKind.OTHER, "警員 3721", detail="灣仔警署"), purpose="查案")
    old = keys.issue(guard, made["K-009"].id, staff_borrower, purpose="清潔", due_at=now + timedelta(minutes=20))
    clock.advance(timedelta(minutes=35))
    keys.return_key(guard, old.id)
    inventory.report_lost(guard, made["K-011"].id, "更表時發現不在掛鈎")
    clock.advance(timedelta(minutes=45))  # K-004 is now overdue


def main() -> int:
    args = arguments(__doc__)
    app = start_app(args.lang)
    clock = FixedClock(datetime(2026, 3, 2, 1, 30, tzinfo=UTC))  # 09:30 in Hong Kong
    ending = suffix(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        shell = set_up_demo_site(app, paths, clock, args.lang)
        services = shell.services
        assert services is not None
        desk = services.site.desks()[0].id
        admin = services.auth.login("admin", "admin-pass-1", desk)
        services.operators.create(admin, NewOperator("wong", "黃大文", Role.GUARD, "staff-pass-1", "2468"))
        services.operators.create(admin, NewOperator("lee", "李美玲", Role.SUPERVISOR, "staff-pass-1", "1357"))
        guard = services.auth.login("wong", "staff-pass-1", desk)
        supervisor = services.auth.login("lee", "staff-pass-1", desk)
        populate(services, admin, guard, supervisor, clock)
        shell._on_login_page_login_requested("wong", "staff-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None
        from ui.home.shift_panel import ShiftPanel

        workspace.page("home").findChild(ShiftPanel).start_button.click()  # type: ignore[union-attr]
        grab(app, shell, args.out / f"keys-01-home{ending}.png")

        from ui.keys.count_dialog import KeyCountDialog
        from ui.keys.deposit_dialog import DepositDialog
        from ui.keys.keys_page import KeysPage
        from ui.keys.loan_dialogs import IssueKeyDialog

        workspace.show_page("keys")
        page = workspace.page("keys")
        assert isinstance(page, KeysPage)
        page.register.table.selectRow(2)
        grab(app, shell, args.out / f"keys-02-register{ending}.png")

        page.act_on_tag("K-002")
        issue = page.dialog
        assert isinstance(issue, IssueKeyDialog)
        issue.picker.kind_buttons[BorrowerKind.CONTRACTOR].setChecked(True)
        issue.picker.search.setText("李")
        issue.picker.search.textEdited.emit("李")
        issue.picker.results.setCurrentRow(0)
        issue.purpose.setText("檢查發電機")
        grab(app, issue, args.out / f"keys-03-lend{ending}.png")
        issue.reject()

        page.act_on_tag("K-004")
        grab(app, page.dialog, args.out / f"keys-04-take-back{ending}.png")  # type: ignore[arg-type]
        page.dialog.reject()  # type: ignore[union-attr]

        page.start_count()
        count = page.dialog
        assert isinstance(count, KeyCountDialog)
        for tag in ("K-002", "K-003", "K-005", "K-006", "K-007", "K-008"):
            count.mark(tag, scanned=True)
        count.mark("X-404", scanned=True)
        grab(app, count, args.out / f"keys-05-count{ending}.png")
        count.save_button.click()
        grab(app, count, args.out / f"keys-06-count-saved{ending}.png")
        count.accept()

        page.register.search.setText("K-009")
        page.register.refresh()
        page.register.table.selectRow(0)
        page.show_history_of_selected()
        grab(app, shell, args.out / f"keys-07-history{ending}.png")

        page.tabs.setCurrentWidget(page.transactions)
        page.transactions.show_button.click()
        grab(app, shell, args.out / f"keys-08-loans-by-date{ending}.png")

        page.tabs.setCurrentWidget(page.register)
        page.register.search.clear()
        page.register.refresh()
        deposit = DepositDialog(page._desk, page.printer, None, page)
        deposit.show()
        deposit.unit.text.setText("A12A")
        deposit.unit.text.textEdited.emit("A12A")
        deposit.tag.setText("D-12B")
        deposit.collectors[0][0].setText("陳太")
        deposit.collectors[0][1].setText("6123 4567")
        deposit.collectors[0][2].setText("妻子")
        grab(app, deposit, args.out / f"keys-09-deposit{ending}.png")
        deposit.reject()

        shell._on_login_page_login_requested("admin", "admin-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None
        workspace.show_page("settings")
        from ui.keys.class_section import KeyClassSection

        section = workspace.page("settings").findChild(KeyClassSection)  # type: ignore[union-attr]
        if section is not None:
            grab(app, section, args.out / f"keys-10-classes{ending}.png")
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
