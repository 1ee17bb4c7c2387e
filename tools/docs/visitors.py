"""Render the visitor log's screens at 1024×768 into docs/screenshots/ (for the README and reviews).

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python -m tools.docs.visitors [--lang zh_TW] [--out DIR]

A throw-away site in a temporary data directory, a fixed clock (Monday 2 March 2026, 15:40 in Hong
Kong), a small estate and a day of visits; the guard 黃大文 works the booth.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.clock import FixedClock
from app.directory import PersonFields, PersonKind, ResidentRole
from app.operators import NewOperator
from app.paths import DataPaths
from app.permissions import Role
from app.site import DeskKind
from app.visitors.model import CheckInFields, ExpectedVisitFields, IdChecked, SweepDecision, WatchAction
from app.visitors.watchlist import WatchlistFields
from tools.docs.common import (
    arguments,
    grab,
    grab_over,
    pdf_picture,
    set_up_demo_site,
    settle,
    start_app,
    suffix,
)
from ui.shell import ShellWindow

START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Hong Kong
VISITS = (
    ("陳大文", "guest", "91234567", "粤B12345", 0),
    ("張偉傑", "contractor", "61234567", "", 1),
    ("李小明", "courier", "", "", 0),
    ("歐陽娜娜", "guest", "13812345678", "AB1234", 1),
    ("王志強", "interview", "98761234", "", 0),
    ("林嘉欣", "guest", "", "", 1),
    ("黃子軒", "courier", "", "", 0),
    ("周美玲", "official", "", "", 1),
)


def populate(shell: ShellWindow, clock: FixedClock) -> None:
    services = shell.services
    assert services is not None
    desk = next(d.id for d in services.site.desks() if d.kind == DeskKind.BOOTH)
    admin = services.auth.login("admin", "admin-pass-1", desk)
    for username, name, role, pin in (
        ("wong", "黃大文", Role.GUARD, "2468"),
        ("lee", "李美玲", Role.SUPERVISOR, "1357"),
    ):
        services.operators.create(admin, NewOperator(username, name, role, "staff-pass-1", pin))
    units = {}
    for code, name in (("A", "A座"), ("B", "B座")):
        building = services.directory.add_building(admin, code, name)
        for unit in ("12A", "12B", "3B", "8C"):
            units[f"{code}{unit}"] = services.directory.add_unit(admin, building.id, unit, unit[:-1])
    services.directory.add_person(
        admin, PersonFields(PersonKind.RESIDENT, "黃美玲", "98765432", units["A12A"].id, ResidentRole.OWNER)
    )
    services.directory.add_person(
        admin, PersonFields(PersonKind.RESIDENT, "何家樂", "92223333", units["B3B"].id, ResidentRole.TENANT)
    )
    services.directory.add_person(admin, PersonFields(PersonKind.CONTRACTOR, "李師傅", "61112222", company="順達水電"))
    guard = services.auth.login("wong", "staff-pass-1", desk)
    services.shifts.start(guard)
    guard = services.auth.login("wong", "staff-pass-1", desk)
    keys = list(units.values())
    for day in (-1, 0):
        for n, (name, kind, phone, plate, left) in enumerate(VISITS):
            clock.set(START + timedelta(days=day, minutes=47 * n))
            fields = CheckInFields(
                name,
                kind,
                phone=phone,
                plate=plate,
                unit_id=keys[n % len(keys)].id,
                company="順達水電" if kind in ("contractor", "official") else "",
                id_checked=IdChecked.SIGHTED,
                purpose="送貨" if kind == "courier" else "探訪",
            )
            row = services.visitors.check_in(guard, fields)
            if day < 0 or left:
                clock.set(clock.now() + timedelta(minutes=25))
                services.visitors.check_out(guard, row.id)
    services.visitors.sweep(guard, {})
    supervisor = services.auth.login("lee", "staff-pass-1", desk)
    services.watchlist.add(
        supervisor,
        WatchlistFields(name="趙老六", aliases="六哥", phone="96663333", reason="多次滋擾住戶，業主委員會決定拒絕進入",
                        action=WatchAction.DENY.value),
    )  # fmt: skip
    services.watchlist.add(
        supervisor,
        WatchlistFields(plate="粤Z1234港", reason="車輛曾堵塞消防通道", action=WatchAction.ALERT_ONLY.value),
    )
    today = services.expected_visits.today()
    for name, unit in (("鄭家豪", "A8C"), ("馬麗華", "B12B")):
        services.expected_visits.register(guard, ExpectedVisitFields(today, name, "guest", unit_id=units[unit].id))
    clock.set(START + timedelta(hours=6, minutes=40))  # 15:40: several visitors past their leave-by time
    done = services.visitors.on_site()[-1]
    services.visitors.sweep(guard, {done.id: SweepDecision.STILL_HERE})


def main() -> int:
    args = arguments(__doc__)
    app = start_app(args.lang)
    clock = FixedClock(START)
    ending = suffix(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        shell = set_up_demo_site(app, paths, clock, args.lang)
        populate(shell, clock)
        services = shell.services
        assert services is not None
        desk = next(d.id for d in services.site.desks() if d.kind == DeskKind.BOOTH)
        shell._on_login_page_login_requested("wong", "staff-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None
        workspace.show_page("visitors")
        page = workspace.page("visitors")
        from ui.visitors.visitors_page import VisitorsPage

        assert isinstance(page, VisitorsPage)
        grab(app, shell, args.out / f"visitors-01-check-in{ending}.png")
        page.form.search.setFocus()
        page.form.search.setText("zw")
        page.form.search.flush()
        page.form._on_search_query_changed("zw")
        grab(app, shell, args.out / f"visitors-02-returning-visitor{ending}.png")
        page.form.search.hide_suggestions()
        page.form.reset()
        page.form.name.setText("趙老六")
        page.form.phone.setText("12")
        page.form.submitted.emit()
        grab(app, shell, args.out / f"visitors-03-errors-at-the-fields{ending}.png")
        page.form.phone.setText("96663333")
        unit = services.directory.find_units("A12A")[0]
        page.form.visiting.set_unit(unit.id, unit.label)
        page.form.submitted.emit()
        settle(app)
        alert = page.flow.alert
        assert alert is not None
        grab(app, alert, args.out / f"visitors-04-watchlist-alert{ending}.png")
        grab_over(app, shell, alert, args.out / f"visitors-05-watchlist-alert-window{ending}.png")
        alert.reject()
        page.form.reset()
        page.tabs.setCurrentIndex(1)
        grab(app, shell, args.out / f"visitors-06-expected-today{ending}.png")
        page.tabs.setCurrentIndex(0)
        page.on_site.sweep_button.click()
        settle(app)
        if page.on_site.sweep_dialog is not None:
            grab(app, page.on_site.sweep_dialog, args.out / f"visitors-07-overstay-sweep{ending}.png")
            page.on_site.sweep_dialog.reject()
        workspace.show_page("visit_history")
        history = workspace.page("visit_history")
        grab(app, shell, args.out / f"visitors-08-history{ending}.png")
        from ui.visitors.history_page import VisitHistoryPage

        assert isinstance(history, VisitHistoryPage)
        history._open_detail(0)
        settle(app)
        if history.detail is not None:
            grab(app, history.detail, args.out / f"visitors-09-visit-detail{ending}.png")
            history.detail.reject()
        workspace.show_page("directory")
        grab(app, shell, args.out / f"visitors-10-directory{ending}.png")
        workspace.show_page("home")
        grab(app, shell, args.out / f"visitors-11-home{ending}.png")
        shell._on_login_page_login_requested("admin", "admin-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None
        workspace.show_page("watchlist")
        grab(app, shell, args.out / f"visitors-12-watchlist{ending}.png")
        workspace.show_page("settings")
        settings_page = workspace.page("settings")
        from ui.visitors.settings_section import VisitorTypesSection

        section = settings_page.findChild(VisitorTypesSection)  # type: ignore[union-attr]
        if section is not None:
            scroll = section.parentWidget()
            while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
                scroll = scroll.parentWidget()
            if scroll is not None:
                scroll.ensureWidgetVisible(section)
        grab(app, shell, args.out / f"visitors-13-settings{ending}.png")
        slips(services, clock, args.out, ending)
        shell.close()
    return 0


def slips(services: object, clock: FixedClock, out: Path, ending: str) -> None:
    """The slip of the newest visitor on site, on each paper, as PNG (what the printer gets)."""
    from app.printing import A6, RECEIPT_58, RECEIPT_80, DocumentMeta
    from app.visitors.slips import visit_slip
    from ui.printing.document_words import document_labels
    from ui.visitors.code_words import type_name
    from ui.visitors.slips import slip_labels

    row = services.visitors.on_site()[0]  # type: ignore[attr-defined]
    labels = slip_labels()
    for number, page in enumerate((RECEIPT_58, RECEIPT_80, A6)):
        meta = DocumentMeta(
            "翠湖花園", "東門崗", "黃大文", clock.now(), labels.title, services.zone,  # type: ignore[attr-defined]
            document_labels(), reprint_count=number,  # the 2nd and 3rd show the reprint mark
        )  # fmt: skip
        pdf = visit_slip(row, type_name(row.visitor_type), page, meta, labels).render()
        pdf_picture(pdf, out / f"visitors-slip-{page.name.lower()}{ending}.png", dpi=150)


if __name__ == "__main__":
    sys.exit(main())
