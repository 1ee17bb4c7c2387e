#!/usr/bin/env python3
"""Render where the duty area meets repairs at 1024×768: files on log entries and incidents, the
intake filled in from an incident or a log entry, the links both ways (a log entry's work order opened
from its link, and back from the work order's source line), and the work-order sheet of a job made
from an incident (into docs/screenshots/, to look at them).

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots_duty_repairs.py [--lang zh_TW]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screenshots import grab  # noqa: E402  (the foundation's screenshot helper)
from screenshots_duty import pdf_pages  # noqa: E402  (the duty area's PDF-to-PNG helper)

from app.attachments import MAX_SIZE_MB  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.credentials import LIGHT_COST, SecretHasher  # noqa: E402
from app.directory import PersonFields, PersonKind, ResidentRole  # noqa: E402
from app.duty.incidents import NewIncident  # noqa: E402
from app.duty.log import NewLogEntry  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.operators import NewOperator  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.permissions import Role  # noqa: E402
from app.printing import A4  # noqa: E402
from app.site import DeskKind, DeskSpec, SiteSetup  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.shell import ShellWindow  # noqa: E402
from ui.style import apply_style  # noqa: E402

SIZE = (1024, 768)


def photo(folder: Path, name: str, colour: str, size: tuple[int, int] = (640, 480)) -> str:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    image.save(str(path))
    return str(path)


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
        files = Path(tmp) / "camera"
        files.mkdir()
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
        services.operators.create(admin, NewOperator("wong", "黃大文", Role.GUARD, "staff-pass-1", "2468"))
        building = services.directory.add_building(admin, "b", "B座")
        unit = services.directory.add_unit(admin, building.id, "12b", "12")
        services.directory.add_person(
            admin, PersonFields(PersonKind.RESIDENT, "陳大文", "9123 4567", unit.id, ResidentRole.OWNER)
        )
        shell._on_login_page_login_requested("wong", "staff-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None and shell.session is not None
        shift = services.shifts.start(shell.session.actor, "early")
        shell.session.set_shift(shift.id)
        guard = shell.session.actor

        # A morning at the booth: log entries with photos, one already turned into a work order.
        for minutes, kind, text, place, pictures in (
            (12, "note", "東門閘機運作正常", "東門", ()),
            (35, "patrol", "巡查停車場B1，消防喉箱門損壞", "停車場B1", (("消防喉箱.jpg", "#c0392b"),)),
            (58, "equipment_fault", "B座大堂燈光閃爍", "B座大堂", (("大堂燈.jpg", "#f1c40f"),)),
        ):
            clock.set(datetime(2026, 3, 2, 1, minutes, tzinfo=UTC))
            chosen = tuple(photo(files, name, colour) for name, colour in pictures)
            entry = services.duty_log.add(guard, NewLogEntry(kind, text, place, attachment_paths=chosen))
        clock.set(datetime(2026, 3, 2, 2, 5, tzinfo=UTC))
        services.duty_log.amend(
            guard, entry.id, "B座大堂兩支光管閃爍", "補拍照片", (photo(files, "光管近照.jpg", "#e67e22"),)
        )
        draft = services.duty_work_orders.draft(guard, "log", entry.id)
        services.duty_work_orders.create(guard, "log", entry.id, draft.fields, [a.id for a in draft.attachments])
        clock.set(datetime(2026, 3, 2, 2, 20, tzinfo=UTC))
        incident = services.incidents.report(
            guard,
            NewIncident(
                "flooding",
                "high",
                "地庫B2 水泵房",
                "地庫水管爆裂漏水",
                "",
                "已關上總閥，放置防滑牌",
                attachment_paths=(photo(files, "漏水現場.jpg", "#2980b9"), photo(files, "總閥.jpg", "#16a085")),
            ),
        )
        services.incidents.notify(guard, incident.incident.id, "management", "工程部 陳師傅")
        clock.set(datetime(2026, 3, 2, 2, 40, tzinfo=UTC))

        workspace.show_page("duty")
        log = workspace.page("duty")
        log.table.selectRow(2)  # type: ignore[union-attr]
        grab(app, shell, args.out / f"dr-01-log{suffix}.png")

        services.settings.set(admin, MAX_SIZE_MB, 1)
        big = files / "閉路電視錄影.mp4"
        big.write_bytes(b"\0" * (1024 * 1024 + 5))
        log.text.setPlainText("北門閘桿被車撞歪")  # type: ignore[union-attr]
        log.files.add_paths([str(big)])  # type: ignore[union-attr]
        log.save()  # type: ignore[union-attr]
        grab(app, shell, args.out / f"dr-02-log-file-too-large{suffix}.png")
        log.files.clear()  # type: ignore[union-attr]
        services.settings.set(admin, MAX_SIZE_MB, 10)

        log.table.selectRow(1)  # type: ignore[union-attr]
        log.turn_into_work_order()  # type: ignore[union-attr]
        dialog = log.work_orders.dialogs[log.model.row_at(1).id]  # type: ignore[union-attr]
        grab(app, dialog, args.out / f"dr-03-from-log{suffix}.png")
        dialog.reject()

        log.table.selectRow(2)  # type: ignore[union-attr]
        log._on_amend_button_clicked()  # type: ignore[union-attr]
        from ui.duty.log_page import AmendDialog

        amend = log.findChild(AmendDialog)  # type: ignore[union-attr]
        assert amend is not None
        amend.files.add_paths([photo(files, "光管型號.jpg", "#8e44ad")])
        amend.reason.setText("補拍光管型號")
        grab(app, amend, args.out / f"dr-04-amend-with-photo{suffix}.png")
        amend.reject()

        workspace.show_page("incidents")
        page = workspace.page("incidents")
        page.table.selectRow(0)  # type: ignore[union-attr]
        page.tabs.setCurrentIndex(0)  # type: ignore[union-attr]
        page.location.setText("A座2號電梯")  # type: ignore[union-attr]
        page.summary.setText("電梯困人，按鐘求救")  # type: ignore[union-attr]
        page.files.add_paths([photo(files, "電梯面板.jpg", "#7f8c8d")])  # type: ignore[union-attr]
        grab(app, shell, args.out / f"dr-05-incident-report{suffix}.png")
        page.tabs.setCurrentIndex(1)  # type: ignore[union-attr]
        page.turn_into_work_order()  # type: ignore[union-attr]
        dialog = page.work_orders.dialogs[incident.incident.id]  # type: ignore[union-attr]
        grab(app, dialog, args.out / f"dr-06-from-incident{suffix}.png")
        dialog.carried.item(1).setCheckState(dialog.carried.item(1).checkState().Unchecked)
        dialog.form._on_save_button_clicked()
        clock.advance(timedelta(minutes=1))
        grab(app, shell, args.out / f"dr-07-incident-linked{suffix}.png")

        workspace.show_page("repairs")
        repairs = workspace.page("repairs")
        repairs.queue.refresh()  # type: ignore[union-attr]
        number = services.incidents.get(incident.incident.id).work_orders[0].number
        repairs.queue.select(services.repairs.reader.find_number(number))  # type: ignore[union-attr]
        grab(app, shell, args.out / f"dr-08-repairs-detail{suffix}.png")
        detail = repairs.queue.detail.detail  # type: ignore[union-attr]
        assert detail is not None
        pdf_pages(repairs.sheet_pdf(detail, A4), args.out, f"dr-sheet-from-incident{suffix}")  # type: ignore[union-attr]

        # The log entry's work-order link opens the job on the repairs page; its source line leads back.
        workspace.show_page("duty")
        log.text.clear()  # type: ignore[union-attr]
        log.errors.clear()  # type: ignore[union-attr]
        log.table.selectRow(2)  # type: ignore[union-attr]
        link = log.entry_work_orders.buttons[0]  # type: ignore[union-attr]
        link.setFocus()
        grab(app, shell, args.out / f"dr-09-log-work-order-link{suffix}.png")
        link.click()
        grab(app, shell, args.out / f"dr-10-repairs-opened-from-log{suffix}.png")
        repairs.queue.detail.source.buttons[0].click()  # type: ignore[union-attr]
        grab(app, shell, args.out / f"dr-11-back-to-the-log-entry{suffix}.png")
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
