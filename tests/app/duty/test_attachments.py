"""Photos and files on duty-log entries and incidents: chosen at the desk, checked with the other
fields, linked in the record's own transaction, kept visible through amendments; and the copy a
viewer opens (under the file's own name, read-only, checked against its digest)."""

from __future__ import annotations

import json
import os
import stat
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.attachments import (
    FILE_CHANGED,
    FILE_MISSING,
    MAX_FILES_PER_RECORD,
    MAX_SIZE_MB,
    AttachmentRule,
    viewable_name,
)
from app.bootstrap import Services
from app.duty.incidents import IncidentDetail, NewIncident
from app.duty.log import NewLogEntry
from app.errors import Conflict, NotFound, ValidationError, ValidationErrors
from db.models.core import AuditEntry
from tests.conftest import Staff


def _file(folder: Path, name: str, size: int = 1000, byte: bytes = b"p") -> str:
    path = folder / name
    path.write_bytes(byte * size)
    return str(path)


def _stored_files(services: Services) -> list[Path]:
    root = services.attachments.root
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.database.sessions.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)).scalars())


def _incident(services: Services, staff: Staff, paths: tuple[str, ...] = ()) -> IncidentDetail:
    return services.incidents.report(
        staff.guard,
        NewIncident("flooding", "high", "地庫B2 水泵房", "地庫水管漏水", attachment_paths=paths),
    )


def test_a_log_entry_keeps_its_photos(services: Services, staff: Staff, tmp_path: Path) -> None:
    photo, note = _file(tmp_path, "燈光.jpg"), _file(tmp_path, "報價.pdf", byte=b"q")
    row = services.duty_log.add(
        staff.guard, NewLogEntry("equipment_fault", "B座大堂燈光閃爍", "B座大堂", attachment_paths=(photo, note))
    )
    assert sorted(a.file_name for a in row.attachments) == ["報價.pdf", "燈光.jpg"]
    assert {a.record_kind for a in row.attachments} == {"log"} and {a.record_id for a in row.attachments} == {
        str(row.id)
    }
    (entry,) = services.duty_log.timeline(staff.desk_id, row.at)
    assert entry.attachments == row.attachments and entry.work_orders == ()
    added = _audit(services, "log.added")[-1]
    assert json.loads(added.details_json) == {"kind": "equipment_fault", "chars": 8, "attachments": 2}
    assert len(_audit(services, "attachment.added")) == 2


def test_a_bad_file_is_reported_with_the_other_fields_and_nothing_is_kept(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    services.settings.set(staff.admin, MAX_SIZE_MB, 1)
    big = _file(tmp_path, "錄影.mp4", 1024 * 1024 + 1)
    with pytest.raises(ValidationErrors) as caught:
        services.duty_log.add(staff.guard, NewLogEntry("note", "", attachment_paths=(big,)))
    assert {(e.field, e.rule) for e in caught.value.errors} == {
        ("text", "required"),
        ("attachments", AttachmentRule.TOO_LARGE),
    }
    with pytest.raises(ValidationError) as gone:
        services.duty_log.add(
            staff.guard, NewLogEntry("note", "東門閘機正常", attachment_paths=(str(tmp_path / "gone.jpg"),))
        )
    assert (gone.value.field, gone.value.rule, gone.value.params) == (
        "attachments",
        AttachmentRule.UNREADABLE,
        {"name": "gone.jpg"},
    )
    with pytest.raises(ValidationError) as folder:
        services.duty_log.add(staff.guard, NewLogEntry("note", "東門閘機正常", attachment_paths=(str(tmp_path),)))
    assert folder.value.rule == AttachmentRule.UNREADABLE
    assert services.duty_log.count(staff.desk_id, services.clock.now().replace(year=2020), services.clock.now()) == 0
    assert _stored_files(services) == []


def test_an_amendment_keeps_the_originals_files_and_may_add_the_forgotten_photo(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    first = services.duty_log.add(
        staff.guard, NewLogEntry("note", "北門閘桿損壞", "北門", attachment_paths=(_file(tmp_path, "閘桿.jpg"),))
    )
    amended = services.duty_log.amend(staff.guard, first.id, "北門閘桿損壞，已圍封", "補充")
    assert [a.file_name for a in amended.attachments] == ["閘桿.jpg"]
    photo = _file(tmp_path, "圍封.jpg", byte=b"z")
    again = services.duty_log.amend(staff.guard, first.id, "北門閘桿損壞，已圍封", "補拍照片", (photo,))
    assert [a.file_name for a in again.attachments] == ["閘桿.jpg", "圍封.jpg"]
    assert again.attachments[1].record_id == str(again.amendments[-1].id)
    assert [a.file_name for a in services.duty_log.get(first.id).attachments] == ["閘桿.jpg", "圍封.jpg"]


def test_an_incident_keeps_its_files_and_takes_more_later(services: Services, staff: Staff, tmp_path: Path) -> None:
    detail = _incident(services, staff, (_file(tmp_path, "漏水.jpg"),))
    assert [a.file_name for a in detail.attachments] == ["漏水.jpg"]
    assert json.loads(_audit(services, "incident.reported")[-1].details_json)["attachments"] == 1
    amended = services.incidents.amend(staff.guard, detail.incident.id, "location", "地庫B2", "位置更正")
    assert [a.file_name for a in amended.attachments] == ["漏水.jpg"]
    later = services.incidents.attach_files(staff.guard, detail.incident.id, [_file(tmp_path, "水錶.jpg", byte=b"w")])
    assert [a.file_name for a in later.attachments] == ["漏水.jpg", "水錶.jpg"]
    assert json.loads(_audit(services, "incident.attached")[-1].details_json) == {"attachments": 1}
    with pytest.raises(ValidationError) as nothing:
        services.incidents.attach_files(staff.guard, detail.incident.id, [])
    assert (nothing.value.field, nothing.value.rule) == ("attachments", "required")
    too_many = [_file(tmp_path, f"{n}.jpg", byte=bytes([n])) for n in range(MAX_FILES_PER_RECORD - 1)]
    with pytest.raises(ValidationError) as full:
        services.incidents.attach_files(staff.guard, detail.incident.id, too_many)
    assert full.value.rule == AttachmentRule.TOO_MANY
    with pytest.raises(NotFound):
        services.incidents.attach_files(staff.guard, uuid.uuid4(), [_file(tmp_path, "x.jpg", byte=b"x")])
    assert len(_stored_files(services)) == 2  # refused requests copied nothing


def test_a_viewer_gets_a_read_only_copy_under_the_files_own_name(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    detail = _incident(services, staff, (_file(tmp_path, "漏水 現場.jpg", 5000),))
    (row,) = detail.attachments
    copy = services.attachments.viewable_copy(row)
    assert copy.name == "漏水 現場.jpg" and copy.read_bytes() == b"p" * 5000
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0  # root may write anyway
    assert not stat.S_IMODE(copy.stat().st_mode) & stat.S_IWUSR
    assert services.attachments.viewable_copy(row) == copy  # opening again replaces the copy
    stored = services.attachments.path_of(row.sha256)
    stored.write_bytes(b"tampered")
    with pytest.raises(Conflict) as changed:
        services.attachments.viewable_copy(row)
    assert (changed.value.reason, changed.value.params) == (FILE_CHANGED, {"name": "漏水 現場.jpg"})
    stored.unlink()
    with pytest.raises(Conflict) as missing:
        services.attachments.viewable_copy(row)
    assert missing.value.reason == FILE_MISSING


def test_names_from_another_system_are_made_safe_to_open() -> None:
    assert viewable_name('a:b?"c".jpg', "image/jpeg") == "a_b__c_.jpg"
    assert viewable_name("CON.txt", "text/plain") == "_CON.txt"
    assert viewable_name("..", "image/png") == "attachment.png"
    assert viewable_name(".bashrc", "text/plain") == "bashrc"
    assert viewable_name("報告\x07.pdf", "application/pdf") == "報告_.pdf"


def test_only_the_latest_opened_copies_are_kept(
    services: Services, staff: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.attachments.VIEW_KEEP", 2)
    detail = _incident(services, staff, tuple(_file(tmp_path, f"{n}.jpg", byte=bytes([65 + n])) for n in range(3)))
    copies = []
    for age, row in enumerate(detail.attachments):
        copy = services.attachments.viewable_copy(row)
        os.utime(copy.parent, (1_000_000 + age, 1_000_000 + age))  # opened one after the other
        copies.append(copy)
    assert [c.exists() for c in copies] == [False, True, True]
    assert services.attachments.viewable_copy(detail.attachments[0]).read_bytes() == b"A" * 1000
