#!/usr/bin/env python3
"""Render the duty area's screens at 1024×768 and its PDFs into docs/screenshots/ (to look at them).

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots_duty.py [--lang zh_TW]

A throw-away site with a fixed clock: a guard's day shift with log entries, a patrol round under way,
an incident, and the handover being acknowledged by the incoming guard (the visitors, keys and repairs
areas' handover items come from stand-ins until those areas are merged).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.bundles import build_bundles  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.credentials import LIGHT_COST, SecretHasher  # noqa: E402
from app.duty.incidents import NewIncident  # noqa: E402
from app.duty.log import NewLogEntry  # noqa: E402
from app.duty.sheet import checkpoint_labels_pdf, emergency_sheet_pdf  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.operators import NewOperator  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.permissions import Role  # noqa: E402
from app.site import DeskKind, DeskSpec, SiteSetup  # noqa: E402
from tests.app.duty.fixtures import other_area_sources  # noqa: E402
from ui.duty.code_words import checkpoint_label_words, emergency_sheet_labels  # noqa: E402
from ui.duty.common import print_context  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.shell import ShellWindow  # noqa: E402
from ui.style import apply_style  # noqa: E402

SIZE = (1024, 768)


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def pdf_pages(pdf: bytes, out: Path, stem: str) -> None:
    target = out / f"{stem}.pdf"
    target.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(target), str(out / stem)], check=True)
    target.unlink()
    print(out / f"{stem}-*.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_TW")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(args.lang)
    apply_style(app, args.lang, 100)
    clock = FixedClock(datetime(2026, 3, 2, 1, 0, tzinfo=UTC))  # 09:00 in Hong Kong
    suffix = "" if args.lang == "zh_TW" else f"-{args.lang}"
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        shell = ShellWindow(paths, LocalConfig(language=args.lang), None, clock, hasher=SecretHasher(LIGHT_COST))
        shell.resize(*SIZE)
        shell.show()
        while shell.database is None:
            app.processEvents()
        shell._on_setup_page_setup_requested(
            SiteSetup(
                "翠湖花園",
                "Asia/Hong_Kong",
                [DeskSpec("東門崗", DeskKind.BOOTH), DeskSpec("大堂客服", DeskKind.RECEPTION)],
                NewOperator("admin", "陳志明", Role.ADMIN, "admin-pass-1", "2580"),
                args.lang,
            )
        )
        services = shell.services
        assert services is not None
        desk = next(d.id for d in services.site.desks() if d.kind == DeskKind.BOOTH)
        admin = services.auth.login("admin", "admin-pass-1", desk)
        for username, name, role, pin in (
            ("wong", "黃大文", Role.GUARD, "2468"),
            ("cheung", "張國強", Role.GUARD, "3579"),
            ("lee", "李美玲", Role.SUPERVISOR, "1357"),
        ):
            services.operators.create(admin, NewOperator(username, name, role, "staff-pass-1", pin))
        lee = services.auth.login("lee", "staff-pass-1", desk)
        shell._on_login_page_login_requested("wong", "staff-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None and shell.session is not None
        guard = shell.session.actor
        shift = services.shifts.start(guard, "early")
        shell.session.set_shift(shift.id)
        guard = shell.session.actor
        for source in other_area_sources():
            services.handovers.add_source(source)

        # A morning at the booth.
        route = services.patrols.add_route(lee, "R1", "外圍巡邏", 60, 20)
        for code, name, place in (
            ("CP-01", "東門", "東門崗外"),
            ("CP-02", "北門", "北門"),
            ("CP-03", "會所", "會所入口"),
            ("CP-04", "泳池", "泳池機房"),
            ("CP-05", "停車場B1", "地庫B1"),
        ):
            route = services.patrols.add_checkpoint(lee, route.id, code, name, place)
        services.duty_log.add(lee, NewLogEntry("instruction", "今晚十時前巡查B座後樓梯", "B座"))
        for minutes, kind, text, place in (
            (12, "note", "東門閘機運作正常", "東門"),
            (35, "note", "收到住戶包裹，已通知12B取件", "大堂"),
            (58, "equipment_fault", "B座大堂燈光閃爍，已報工程部", "B座大堂"),
        ):
            clock.set(datetime(2026, 3, 2, 1, minutes, tzinfo=UTC))
            entry = services.duty_log.add(guard, NewLogEntry(kind, text, place))
        clock.set(datetime(2026, 3, 2, 2, 5, tzinfo=UTC))
        services.duty_log.amend(guard, entry.id, "B座大堂兩支光管閃爍，已報工程部", "補充資料")
        clock.set(datetime(2026, 3, 2, 2, 20, tzinfo=UTC))
        incident = services.incidents.report(
            guard, NewIncident("flooding", "high", "地庫B2 水泵房", "地庫水管漏水", "", "已關上總閥，放置防滑牌")
        )
        services.incidents.notify(guard, incident.incident.id, "supervisor", "李美玲")
        services.incidents.notify(guard, incident.incident.id, "management", "工程部 陳師傅")
        for contact in (("報警 / 消防 / 救護", "999", "緊急情況"), ("電梯公司 24小時", "+852 2345 6789", "困人先報")):
            services.incidents.save_contact(lee, None, *contact)
        services.incidents.save_plan(
            lee, "flooding", "1. 關閉相關水閥\n2. 放置防滑牌及沙包\n3. 通知工程部\n4. 拍照記錄"
        )
        clock.set(datetime(2026, 3, 2, 3, 2, tzinfo=UTC))
        patrol = services.patrols.start_round(guard, route.id)
        services.patrols.reach(guard, patrol.id, scanned_code="CP-01")
        clock.advance(timedelta(minutes=4))
        services.patrols.reach(guard, patrol.id, checkpoint_id=route.checkpoints[1].id, anomaly="北門閘門未鎖好")
        clock.advance(timedelta(minutes=5))

        workspace.show_page("duty")
        grab(app, shell, args.out / f"duty-01-log{suffix}.png")
        workspace.show_page("patrols")
        grab(app, shell, args.out / f"duty-02-patrol-round{suffix}.png")
        workspace.show_page("incidents")
        page = workspace.page("incidents")
        page.table.selectRow(0)  # type: ignore[union-attr]
        page.tabs.setCurrentIndex(1)  # type: ignore[union-attr]
        grab(app, shell, args.out / f"duty-03-incident{suffix}.png")
        page.tabs.setCurrentIndex(0)  # type: ignore[union-attr]
        page.category.setCurrentIndex(page.category.findData("lift_entrapment"))  # type: ignore[union-attr]
        page.people.setPlainText("住戶一名（A座12B）")  # type: ignore[union-attr]
        page._on_report_button_clicked()  # type: ignore[union-attr]
        grab(app, shell, args.out / f"duty-04-incident-form-errors{suffix}.png")

        # Handover: the shift ends at 15:00; the incoming guard goes through the items.
        services.patrols.finish_round(guard, patrol.id)
        clock.set(datetime(2026, 3, 2, 7, 0, tzinfo=UTC))
        workspace.show_page("home")
        grab(app, shell, args.out / f"duty-05-home{suffix}.png")
        from ui.home.shift_panel import ShiftPanel

        workspace.page("home").findChild(ShiftPanel).end_button.click()  # type: ignore[union-attr]
        handover = workspace.page("handover")
        handover.incoming.setCurrentIndex(handover.incoming.findText("張國強"))  # type: ignore[union-attr]
        rows = handover.items.rowCount()  # type: ignore[union-attr]
        from app.duty.common import Acknowledgement

        for n in range(rows - 4):
            handover.select_item(n)  # type: ignore[union-attr]
            if n == 1:
                handover.comment.setText("李志強幾時離開？已致電住戶未接")  # type: ignore[union-attr]
                handover.decide(Acknowledgement.QUERIED)  # type: ignore[union-attr]
            else:
                handover.decide(Acknowledgement.ACCEPTED)  # type: ignore[union-attr]
        handover.note.setPlainText("B座後樓梯門鎖鬆，已報工程部；水泵房漏水待跟進")  # type: ignore[union-attr]
        handover.select_item(rows - 4)  # type: ignore[union-attr]
        grab(app, shell, args.out / f"duty-06-handover-ack{suffix}.png")
        for n in range(rows - 4, rows):
            handover.select_item(n)  # type: ignore[union-attr]
            handover.decide(Acknowledgement.ACCEPTED)  # type: ignore[union-attr]
        handover.outgoing_pin.setText("2468")  # type: ignore[union-attr]
        handover.incoming_pin.setText("3579")  # type: ignore[union-attr]
        handover._on_sign_button_clicked()  # type: ignore[union-attr]
        grab(app, shell, args.out / f"duty-07-handover-signed{suffix}.png")
        pdf = handover.sheet_pdf()  # type: ignore[union-attr]
        assert pdf is not None
        pdf_pages(pdf, args.out, f"duty-sheet{suffix}")
        workspace.show_page("home")
        grab(app, shell, args.out / f"duty-08-home-after{suffix}.png")

        from ui.navigation import GLOBAL_SHORTCUTS

        GLOBAL_SHORTCUTS[0][1](workspace._ctx, workspace)
        from ui.duty.emergency_window import EmergencyWindow

        window = workspace.findChild(EmergencyWindow)
        assert window is not None
        window.show_category("flooding")
        grab(app, window, args.out / f"duty-09-emergency{suffix}.png")
        ctx = print_context(build_bundles(services).duty, shell.session, clock, services.zone)
        pdf_pages(
            checkpoint_labels_pdf(services.patrols.route(route.id), checkpoint_label_words(), ctx),
            args.out,
            f"duty-labels{suffix}",
        )
        categories = services.incidents.categories()
        pdf_pages(
            emergency_sheet_pdf(
                services.incidents.contacts(),
                services.incidents.plans(),
                [c.code for c in categories],
                emergency_sheet_labels(categories),
                ctx,
            ),
            args.out,
            f"duty-emergency-sheet{suffix}",
        )
        window.close()
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
