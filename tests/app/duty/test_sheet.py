"""The handover sheet, checkpoint labels and emergency sheet render with every item and embedded text."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.sheet import (
    CheckpointLabelWords,
    EmergencySheetLabels,
    HandoverSheetLabels,
    PrintContext,
    checkpoint_labels_pdf,
    emergency_sheet_pdf,
    handover_sheet_pdf,
)
from tests.app.duty.fixtures import INCOMING_PIN, fixture_shift
from tests.app.printing.pdftools import pdftotext_pages
from tests.conftest import Staff


@pytest.fixture
def ctx(services: Services, clock: FixedClock) -> PrintContext:
    return PrintContext("翠湖花園", "東門崗", "黃大文", clock.now(), services.zone)


def test_the_signed_sheet_lists_items_decisions_note_and_signature_lines(
    services: Services, staff: Staff, clock: FixedClock, ctx: PrintContext, tmp_path: Path
) -> None:
    f = fixture_shift(services, staff, clock)
    handover = f.handovers.compile(f.outgoing)
    f.handovers.set_note(f.outgoing, handover.id, "B座後樓梯門鎖鬆")
    for n, item in enumerate(handover.items):
        decision, comment = ("queried", "訪客是否已離開") if n == 0 else ("accepted", "")
        f.handovers.acknowledge(f.outgoing, item.id, f.incoming_id, decision, comment)
    row = f.handovers.sign(f.outgoing, handover.id, f.outgoing_pin, f.incoming_id, INCOMING_PIN).handover
    labels = HandoverSheetLabels(
        title="交接班記錄", sign_outgoing="交班人", sign_incoming="接班人", sign_supervisor="班長"
    )
    text = "".join(pdftotext_pages(handover_sheet_pdf(row, labels, ctx), tmp_path)).replace(" ", "")
    for expected in (
        "交接班記錄",
        "陳大明",
        "WO-000099",
        "K-031水泵房",
        "地庫水浸",
        "CP-03天台",
        "今晚十時前巡查B座後樓梯",
    ):
        assert expected in text, expected
    for expected in (
        "queriedat",
        "訪客是否已離開",
        "B座後樓梯門鎖鬆",
        "■Urgent",
        "▲",
        "交班人黃大文",
        "接班人張國強",
        "班長",
    ):
        assert expected in text, expected


def test_checkpoint_labels_and_emergency_sheet(
    services: Services, staff: Staff, ctx: PrintContext, tmp_path: Path
) -> None:
    route = services.patrols.add_route(staff.supervisor, "R1", "外圍巡邏", 60, 20)
    for n in range(5):
        route = services.patrols.add_checkpoint(staff.supervisor, route.id, f"CP-0{n}", f"點{n}", "A座")
    pages = pdftotext_pages(checkpoint_labels_pdf(route, CheckpointLabelWords(), ctx), tmp_path, "labels.pdf")
    assert len(pages) == 2 and "CP-04" in pages[1]
    services.incidents.save_contact(staff.supervisor, None, "報警", "999", "")
    services.incidents.save_plan(staff.supervisor, "flooding", "1. 關總閥\n2. 通知工程部")
    codes = [c.code for c in services.incidents.categories()]
    pdf = emergency_sheet_pdf(
        services.incidents.contacts(), services.incidents.plans(), codes, EmergencySheetLabels(), ctx
    )
    text = "".join(pdftotext_pages(pdf, tmp_path, "emergency.pdf"))
    assert "999" in text and "關總閥" in text and "No plan written yet." in text
