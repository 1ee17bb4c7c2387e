"""Hand-made key register rows for the print tests, the rendered samples and the benchmarks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.keys.rows import (
    Borrower,
    BorrowerKind,
    CollectorRow,
    DepositRow,
    KeyRef,
    KeyRow,
    KeyState,
    KeyStatus,
    LoanRow,
    LoanState,
    OpensKind,
)
from app.keys.slips import KeyPrintLabels
from app.printing import DocumentLabels, DocumentMeta

HK = ZoneInfo("Asia/Hong_Kong")
NOW = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)  # 15:30 in Hong Kong

ZH_TW = KeyPrintLabels(
    loan_title="鑰匙借用單",
    deposit_title="業主寄存鑰匙收據",
    register_title="鑰匙登記表",
    key="鑰匙",
    opens="開啟",
    position="位置",
    borrower="借用人",
    borrower_kind="身份",
    purpose="事由",
    issued_at="借出時間",
    due_at="應還時間",
    id_checked="已核對證件",
    issued_by="經手人",
    approved_by="批准人",
    depositor_confirmation="業主確認",
    yes="是",
    no="否",
    sign_borrower="借用人",
    sign_issuer="經手人",
    sign_returner="歸還人",
    sign_receiver="接收人",
    returned_heading="歸還",
    unit="單位",
    depositor="寄存人",
    deposited_at="寄存時間",
    consent="同意書",
    received_by="經手人",
    collectors_heading="可代領人",
    collector_name="姓名",
    collector_relation="關係",
    collector_phone="電話",
    no_collectors="只限寄存人本人。",
    collection_rule="只有寄存人及上列人士可領取此鑰匙；其他人士須經寄存人向管理處確認後方可領取。",
    sign_depositor="寄存人",
    sign_desk="管理處",
    col_tag="編號",
    col_label="鑰匙",
    col_class="類別",
    col_position="位置",
    col_status="狀態",
    col_borrower="借用人",
    col_since="借出",
    col_due="應還",
    summary_total="鑰匙",
    summary_out="借出",
    summary_overdue="逾期",
    summary_lost="遺失",
    filter_label="範圍",
    overdue_by="逾期 {late}",
    late_hours="{hours} 小時 {minutes} 分",
    late_minutes="{minutes} 分鐘",
    on_ring="在鑰匙串 {ring}",
    ring_members="串上鑰匙",
    statuses={"in": "在櫃", "out": "借出", "lost": "遺失", "retired": "已註銷"},
    borrower_kinds={"staff": "員工", "contractor": "承辦商", "resident": "住戶", "visitor": "訪客", "other": "其他"},
    classes={"management": "管理鑰匙", "deposited": "業主寄存", "emergency": "緊急鑰匙"},
)

DOC_LABELS = DocumentLabels(
    printed_by="列印人",
    printed_at="列印時間",
    desk="崗位",
    page="第 {page} / {pages} 頁",
    reprint="補印",
    reprint_count="第 {count} 次",
    signature_date="日期 / 時間",
    note="注意",
)


def meta(title: str, reprint: int = 0) -> DocumentMeta:
    return DocumentMeta("翠湖花園", "東門崗", "黃大文", NOW, title, HK, DOC_LABELS, reprint)


def loan(tag: str = "K-012", label: str = "A座天台門", *, overdue_minutes: int = 0, **extra: object) -> LoanRow:
    issued = NOW - timedelta(hours=2)
    due = NOW - timedelta(minutes=overdue_minutes) if overdue_minutes else NOW + timedelta(hours=2)
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "key_id": uuid.uuid4(),
        "key_tag": tag,
        "key_label": label,
        "key_class": "management",
        "borrower": Borrower(BorrowerKind.CONTRACTOR, "李志強師傅", uuid.uuid4(), detail="順達水電工程有限公司"),
        "purpose": "更換天台水箱浮波，需帶同工具及梯子上天台",
        "issued_at": issued,
        "issued_by": "黃大文",
        "due_at": due,
        "id_checked": True,
        "authorised": False,
        "approver": "李美玲",
        "depositor_confirmation": "",
        "closed_at": None,
        "close_kind": None,
        "closed_by": "",
        "returned_by": None,
        "close_note": "",
        "late_minutes": overdue_minutes,
        "state": LoanState.OVERDUE if overdue_minutes else LoanState.OUT,
    }
    values.update(extra)
    return LoanRow(**values)  # type: ignore[arg-type]


def key(tag: str = "K-012", label: str = "A座天台門", *, loan_row: LoanRow | None = None, **extra: object) -> KeyRow:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "tag": tag,
        "label": label,
        "opens_kind": OpensKind.GATE,
        "opens_text": "A座 31樓天台防煙門",
        "unit_id": None,
        "unit_label": "",
        "key_class": "management",
        "position": "甲櫃 12",
        "copies": 2,
        "is_ring": False,
        "ring": None,
        "members": (),
        "state": KeyState.ACTIVE,
        "status": KeyStatus.OUT if loan_row else KeyStatus.IN,
        "deposited": False,
        "notes": "",
        "loan": loan_row,
    }
    values.update(extra)
    return KeyRow(**values)  # type: ignore[arg-type]


def ring() -> KeyRow:
    members = (
        KeyRef(uuid.uuid4(), "K-031", "B2 水泵房"),
        KeyRef(uuid.uuid4(), "K-032", "B2 發電機房"),
        KeyRef(uuid.uuid4(), "K-033", "B1 電錶房"),
    )
    return key("R-003", "地庫機房鑰匙串", is_ring=True, members=members, opens_text="地庫各機房")


def deposit(collectors: int = 3) -> DepositRow:
    people = [
        CollectorRow(uuid.uuid4(), "陳太（黃美玲）", "+85261234567", "妻子"),
        CollectorRow(uuid.uuid4(), "Maria Santos", "+85298765432", "家傭"),
        CollectorRow(uuid.uuid4(), "陈小明", "+8613812345678", "兒子"),
    ][:collectors]
    return DepositRow(
        uuid.uuid4(),
        uuid.uuid4(),
        "D-3012B",
        "3座 12樓B室 大門",
        uuid.uuid4(),
        "陳大文",
        uuid.uuid4(),
        "3座 12B",
        NOW,
        "寄存同意書 第 0012 號",
        NOW,
        "陳小美",
        tuple(people),
    )


def register(count: int = 120) -> list[KeyRow]:
    labels = ("水泵房", "發電機房", "天台門", "垃圾房", "電錶房", "會所", "泳池機房", "消防控制室", "停車場閘口")
    rows = []
    for i in range(count):
        tag = f"K-{i + 1:03d}"
        label = f"{'ABCDEF'[i % 6]}座 {labels[i % len(labels)]}"
        if i % 7 == 3:
            rows.append(key(tag, label, loan_row=loan(tag, label, overdue_minutes=65 if i % 14 == 3 else 0)))
        elif i % 31 == 5:
            rows.append(key(tag, label, status=KeyStatus.LOST, state=KeyState.LOST))
        else:
            rows.append(key(tag, label, position=f"{'甲乙丙'[i % 3]}櫃 {i % 40 + 1}"))
    rows.insert(5, ring())
    return rows
