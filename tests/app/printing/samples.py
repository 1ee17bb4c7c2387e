"""Sample documents shared by the PDF engine tests, the Qt printing tests and the benchmarks."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing

from app.printing import (
    A4,
    A5,
    A6,
    RECEIPT_58,
    Align,
    BarcodeKind,
    Document,
    DocumentLabels,
    DocumentMeta,
    PageSpec,
    TableColumn,
)

HK = ZoneInfo("Asia/Hong_Kong")
PRINTED_AT = datetime(2025, 3, 14, 0, 30, tzinfo=UTC)  # 08:30 in Hong Kong
PRINTED_AT_LOCAL = "2025-03-14 08:30"
SITE = "翠湖花園"
DESK = "東門崗亭"
OPERATOR = "陳大文"

ZH_TW_LABELS = DocumentLabels(
    printed_by="列印人",
    printed_at="列印時間",
    desk="崗位",
    page="第 {page} / {pages} 頁",
    reprint="補印",
    reprint_count="第 {count} 次",
    signature_date="日期 / 時間",
    note="注意",
)

# Names mixing Traditional (陳 張 黃 劉 鄭) and Simplified (陈 张 黄 刘 郑) forms.
SURNAMES = "陳陈張张黃黄劉刘鄭郑林王李何吳吴"
GIVEN = (
    "大文",
    "小明",
    "美玲",
    "志強",
    "志强",
    "建國",
    "建国",
    "麗華",
    "丽华",
    "秀英",
    "偉傑",
    "伟杰",
    "嘉欣",
    "子軒",
    "子轩",
)
PURPOSES = (
    "送貨",
    "探訪親友",
    "維修冷氣機",
    "快递送件",
    "面试",
    "物業管理處開會，攜帶文件一批，需由保安陪同上樓",
)


def meta(title: str, *, reprint: int = 0, labels: DocumentLabels = ZH_TW_LABELS) -> DocumentMeta:
    return DocumentMeta(
        site_name=SITE,
        desk_name=DESK,
        printed_by=OPERATOR,
        printed_at=PRINTED_AT,
        title=title,
        zone=HK,
        labels=labels,
        reprint_count=reprint,
    )


def visitor_name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)]


def visitor_rows(count: int) -> list[tuple[str, ...]]:
    return [
        (
            str(i + 1),
            visitor_name(i),
            f"{i % 12 + 1}座{i % 30 + 1}樓{'ABCDEFGH'[i % 8]}室",
            PURPOSES[i % len(PURPOSES)],
            f"粵B{10000 + i}" if i % 4 else "",
            f"{8 + i % 12:02d}:{i % 60:02d}",
        )
        for i in range(count)
    ]


VISITOR_COLUMNS = (
    TableColumn("#", align=Align.RIGHT),
    "姓名",
    "到訪單位",
    "事由",
    "車牌",
    TableColumn("時間", align=Align.CENTER),
)


def visitor_log(rows: int = 2000, page: PageSpec = A4) -> Document:
    doc = Document(page, meta("訪客登記表"))
    doc.add_title().add_key_values([("日期", "2025-03-14"), ("班次", "07:00–15:00")], pairs_per_row=2)
    doc.add_table(VISITOR_COLUMNS, visitor_rows(rows), zebra=True)
    return doc


def flow_chart(doc: Document) -> Drawing:
    drawing = Drawing(doc.content_width, 120)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 20, round(doc.content_width - 40), 90
    chart.data = [[3, 8, 15, 22, 9, 4, 12, 18]]
    chart.categoryAxis.categoryNames = [f"{h}時" for h in range(8, 16)]
    chart.categoryAxis.labels.fontName = doc.fonts.regular
    chart.valueAxis.labels.fontName = doc.fonts.regular
    chart.bars[0].fillColor = None
    drawing.add(chart)
    return drawing


def handover_sheet(page: PageSpec = A4) -> Document:
    doc = Document(page, meta("交接班記錄"))
    doc.add_title()
    doc.add_key_values(
        [
            ("交班人", "陳大文"),
            ("接班人", "李小明"),
            ("班次", "07:00–15:00"),
            ("交班時間", "2025-03-14 15:02"),
        ],
        pairs_per_row=2,
    )
    doc.add_note_box(["逾時未離開訪客：3 人", "逾期未歸還鑰匙：B2 機房鑰匙（借用人：王志强）"], title="異常事項")
    doc.add_heading("在場訪客")
    doc.add_table(VISITOR_COLUMNS, visitor_rows(6))
    doc.add_heading("訪客流量（按小時）")
    doc.add_image(flow_chart(doc))
    doc.add_paragraph(
        "交班備註：東門閘機於 13:40 短暫故障，已報修（工單 R-20250314-003），維修人員預計明早到場；期間改由人手登記。"
    )
    doc.add_signature_lines(["交班人", "接班人", "班長"])
    return doc


def work_order(page: PageSpec = A5) -> Document:
    doc = Document(page, meta("維修工單 R-20250314-003"))
    doc.add_title()
    doc.add_key_values(
        [
            ("報修人", "黃美玲（業主）"),
            ("單位", "3座12樓B室"),
            ("類別", "電力"),
            ("優先級", "緊急"),
            ("響應期限", "2025-03-14 12:40"),
            ("修復期限", "2025-03-15 08:40"),
        ]
    )
    doc.add_heading("問題描述")
    doc.add_paragraph("客廳及睡房燈全部不亮，總掣正常；住戶家中有長者，請盡快處理。")
    doc.add_barcode("R-20250314-003", BarcodeKind.CODE128)
    doc.add_signature_lines(["維修人員", "住戶"])
    return doc


def visitor_pass(page: PageSpec = A6, *, reprint: int = 1) -> Document:
    doc = Document(page, meta("訪客通行證", reprint=reprint))
    doc.add_title()
    doc.add_key_values(
        [
            ("通行證", "P-0427"),
            ("姓名", "张伟杰"),
            ("到訪", "3座12樓B室"),
            ("入場", "2025-03-14 08:31"),
            ("證件", "G123***(4)"),
        ]
    )
    doc.add_barcode("V20250314-0427", BarcodeKind.QR)
    return doc


def visitor_slip(page: PageSpec = RECEIPT_58, *, reprint: int = 0, extra_lines: int = 0) -> Document:
    doc = Document(page, meta("訪客單", reprint=reprint))
    doc.add_title()
    doc.add_key_values(
        [
            ("通行證", "P-0427"),
            ("姓名", "張偉傑"),
            ("到訪", "3座12樓B室"),
            ("入場", "08:31"),
            ("預計離開", "10:30"),
            ("證件", "G123***(4)"),
        ]
    )
    for i in range(extra_lines):
        doc.add_paragraph(f"{i + 1:03d} 攜帶物品：工具箱一個、梯子一把")
    doc.add_barcode("V20250314-0427", BarcodeKind.QR, caption="")
    doc.add_barcode("V20250314-0427", BarcodeKind.CODE128)
    doc.add_signature_lines(["訪客簽名"])
    return doc
