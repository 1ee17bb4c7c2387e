"""The work-order sheet and slip: every size renders, Chinese is embedded, the phone is masked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.printing import A4, A5, RECEIPT_58, RECEIPT_80, DocumentMeta, PageSpec
from app.repairs.lifecycle import HoldReason
from app.repairs.sheet import WorkOrderSheetLabels, work_order_pdf
from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages
from tests.app.repairs.site import Site, intake
from tests.conftest import Staff


@pytest.mark.parametrize("page", [A4, A5, RECEIPT_80, RECEIPT_58], ids=lambda p: p.name)
def test_sheet_renders_with_embedded_chinese_and_a_masked_phone(
    services: Services, staff: Staff, site: Site, clock: FixedClock, tmp_path: Path, page: PageSpec
) -> None:
    repairs = services.repairs
    job = repairs.create(staff.clerk, intake(site, description="廚房水龍頭漏水，地上有積水。" * 3))
    repairs.dispatch(staff.clerk, job.id, site.technician_id, "請帶扳手")
    clock.advance(timedelta(hours=1))
    repairs.hold(staff.clerk, job.id, HoldReason.WAITING_PARTS)
    detail = repairs.detail(job.id)
    meta = DocumentMeta("翠湖花園", "大堂客服", "陳小美", clock.now(), "工單", services.zone)
    labels = WorkOrderSheetLabels(
        title="工單", sign_technician="維修人員", sign_resident="住戶", names={"on_hold": "暫停"}
    )
    pdf = work_order_pdf(detail, page, meta, labels)
    text = "\n".join(pdftotext_pages(pdf, tmp_path, raw=True))
    assert "工單 260302-001" in text
    assert "陳大文" in text and "+85291234567" not in text and "9123 4567" not in text
    assert "維修人員" in text and "住戶" in text
    assert all(f.emb for f in pdffonts(pdf, tmp_path))
    info = pdfinfo(pdf, tmp_path)
    assert info.pages == 1
    if not page.is_receipt:
        assert "請帶扳手" in text and "暫停" in text
