"""Visitor slips: receipt 58/80 mm and A6, scannable code, masked ID and phone, counted reprints."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.bootstrap import Services
from app.printing import A6, RECEIPT_58, RECEIPT_80, DocumentMeta, PageSpec
from app.visitors.model import VisitRow
from app.visitors.slips import SLIP_PAPER, VisitorSlipLabels, slip_page, visit_slip
from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages
from tests.app.printing.samples import ZH_TW_LABELS
from tests.app.visitors.conftest import Estate, check_in, guest, record_ids
from tests.conftest import Staff
from tests.pdf_pages import pdf_page

ZH_SLIP = VisitorSlipLabels(
    title="訪客單",
    code="登記編號",
    pass_number="通行證",
    name="訪客",
    visitor_type="類別",
    unit="到訪單位",
    resident="住戶",
    time_in="入場時間",
    leave_by="預計離開",
    id_document="證件",
    phone="電話",
    plate="車牌",
    companions="同行人數",
    footer="離開時請出示此單，掃描編號登記離開。",
    signature="訪客簽名",
    items="攜帶物品",
)


@pytest.fixture
def visit(services: Services, staff: Staff, estate: Estate) -> VisitRow:
    record_ids(services, staff)
    return check_in(
        services,
        staff.guard,
        guest(
            estate,
            "歐陽娜娜",
            phone="91234567",
            id_type="hk_id",
            id_number="Z683365(A)",
            resident_id=estate.resident.id,
            plate="AB1234",
            companions=2,
            pass_number="B07",
            items="工具箱一個、梯子一把",
        ),
    )


def _slip(services: Services, staff: Staff, visit: VisitRow, page: PageSpec) -> bytes:
    row, printed_before = services.visitors.record_print(staff.guard, visit.id, page.name)
    meta = DocumentMeta(
        site_name="翠湖花園",
        desk_name="東門崗",
        printed_by=staff.guard.display_name,
        printed_at=services.clock.now(),
        title=ZH_SLIP.title,
        zone=services.zone,
        labels=ZH_TW_LABELS,
        reprint_count=printed_before,
    )
    return visit_slip(row, "訪客", page, meta, ZH_SLIP).render()


@pytest.mark.parametrize("page", [RECEIPT_58, RECEIPT_80, A6])
def test_a_slip_is_one_page_with_the_code_unit_and_masked_personal_data(
    services: Services, staff: Staff, visit: VisitRow, page: PageSpec, tmp_path: Path
) -> None:
    pdf = _slip(services, staff, visit, page)
    assert pdfinfo(pdf, tmp_path).pages == 1
    assert all(font.emb and font.uni for font in pdffonts(pdf, tmp_path))
    text = "".join(pdftotext_pages(pdf, tmp_path, raw=True))
    shown_texts = (
        "訪客單",
        "V-000001",
        "B07",
        "歐陽娜娜",
        "A座 12A",
        "黃美玲",
        "Z****65(A)",
        "9***4567",
        "AB1234",
        "梯子",
    )
    for shown in shown_texts:
        assert shown in text, shown
    for hidden in ("683365", "91234567", "補印"):
        assert hidden not in text, hidden


def test_a_reprint_says_so_and_is_counted(services: Services, staff: Staff, visit: VisitRow, tmp_path: Path) -> None:
    _slip(services, staff, visit, RECEIPT_80)
    again = _slip(services, staff, visit, RECEIPT_80)
    text = "".join(pdftotext_pages(again, tmp_path, raw=True))
    assert "補印" in text and "第 1 次" in text
    third = "".join(pdftotext_pages(_slip(services, staff, visit, A6), tmp_path, raw=True))
    assert "第 2 次" in third
    assert services.visit_history.detail(visit.id).prints == 3


def test_the_desk_chooses_the_slip_paper(services: Services, staff: Staff) -> None:
    desk = staff.guard.desk_id
    assert slip_page(services.settings, desk) is RECEIPT_80
    services.settings.set(staff.supervisor, SLIP_PAPER, "A6", for_desk=True)
    assert slip_page(services.settings, desk) is A6


@pytest.mark.parametrize("page", [RECEIPT_58, A6])
def test_the_slip_codes_scan_back_to_the_visit(
    services: Services, staff: Staff, visit: VisitRow, page: PageSpec, tmp_path: Path
) -> None:
    pdf = _slip(services, staff, visit, page)
    with pdf_page(pdf) as rendered:
        rendered.render(scale=203 / 72, grayscale=True).to_pil().save(tmp_path / "slip.png")  # a 203 dpi printer
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", "-Scode128.enable", str(tmp_path / "slip.png")],
        capture_output=True,
        text=True,
    ).stdout.split()
    assert found == [visit.code, visit.code]
    assert services.visitors.scan_out(staff.guard, found[0]).id == visit.id
