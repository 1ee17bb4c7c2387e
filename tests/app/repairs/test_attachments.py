"""Attachments: content-addressed copies, the size limit, unreadable files, a full disk, and
turning another record (a duty-log entry, later) into a work order with its attachments."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.attachments import MAX_SIZE_MB, AttachmentRule, AttachmentTooLarge, AttachmentUnreadable
from app.bootstrap import Services
from app.errors import StorageError, StorageProblem, ValidationError, ValidationErrors
from app.repairs.rows import WORK_ORDER_KIND, QueueFilter, QueueScope
from tests.app.repairs.site import Site, intake
from tests.conftest import Staff

SOURCE_KIND = "test_note"  # stands in for the duty log's entries until that area exists


def _file(tmp_path: Path, name: str, size: int, byte: bytes = b"x") -> Path:
    path = tmp_path / name
    path.write_bytes(byte * size)
    return path


def test_files_are_stored_once_under_their_digest(services: Services, staff: Staff, site: Site, tmp_path: Path) -> None:
    photo = _file(tmp_path, "漏水.jpg", 2048)
    same = _file(tmp_path, "copy.jpg", 2048)
    job = services.repairs.create(staff.clerk, intake(site, attachment_paths=(str(photo), str(same))))
    rows = job.attachments
    assert [r.file_name for r in rows] == ["copy.jpg", "漏水.jpg"] or [r.file_name for r in rows] == [
        "漏水.jpg",
        "copy.jpg",
    ]
    assert rows[0].sha256 == rows[1].sha256 and rows[0].is_image
    stored = services.attachments.open_path(rows[0])
    assert stored.read_bytes() == photo.read_bytes()
    assert sorted(p.name for p in services.attachments.root.rglob("*") if p.is_file()) == [rows[0].sha256]


def test_a_file_over_the_limit_refuses_the_whole_intake(
    services: Services, staff: Staff, site: Site, tmp_path: Path
) -> None:
    services.settings.set(staff.admin, MAX_SIZE_MB, 1)
    small = _file(tmp_path, "ok.png", 10)
    big = _file(tmp_path, "video.mp4", 1024 * 1024 + 1)
    with pytest.raises(AttachmentTooLarge) as caught:
        services.repairs.create(staff.clerk, intake(site, attachment_paths=(str(small), str(big))))
    assert caught.value.field == "attachments" and caught.value.rule == AttachmentRule.TOO_LARGE
    assert caught.value.params["name"] == "video.mp4" and caught.value.params["max_mb"] == 1
    assert services.repairs.reader.count(QueueFilter(scope=QueueScope.ALL)) == 0
    assert not services.attachments.root.exists() or not any(services.attachments.root.rglob("*"))


def test_missing_and_unreadable_files_are_named(services: Services, staff: Staff, site: Site, tmp_path: Path) -> None:
    with pytest.raises(AttachmentUnreadable) as caught:
        services.repairs.create(staff.clerk, intake(site, attachment_paths=(str(tmp_path / "gone.jpg"),)))
    assert caught.value.params == {"name": "gone.jpg"}
    with pytest.raises(AttachmentUnreadable):
        services.repairs.create(staff.clerk, intake(site, attachment_paths=(str(tmp_path),)))  # a folder
    if os.geteuid() != 0:  # root reads anything
        locked = _file(tmp_path, "locked.jpg", 10)
        locked.chmod(0)
        with pytest.raises(AttachmentUnreadable):
            services.repairs.create(staff.clerk, intake(site, attachment_paths=(str(locked),)))


def test_intake_field_errors_come_before_any_copy(services: Services, staff: Staff, site: Site, tmp_path: Path) -> None:
    photo = _file(tmp_path, "a.jpg", 10)
    with pytest.raises(ValidationErrors):
        services.repairs.create(staff.clerk, intake(site, description="", attachment_paths=(str(photo),)))
    assert not services.attachments.root.exists() or not any(services.attachments.root.rglob("*"))


def test_a_full_disk_is_a_storage_error(
    services: Services, staff: Staff, site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = _file(tmp_path, "a.jpg", 10)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError) as caught:
        services.repairs.create(staff.clerk, intake(site, attachment_paths=(str(photo),)))
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert not [p for p in services.attachments.root.rglob("*") if p.is_file()]  # no half-written file


def test_a_source_record_becomes_a_work_order_keeping_text_and_attachments(
    services: Services, staff: Staff, site: Site, tmp_path: Path
) -> None:
    # A stand-in source record: an id and an attachment linked to it, as the duty log will do.
    source_id = "0b8f3c1e-0000-4000-8000-000000000001"
    stored = services.attachments.store_files([str(_file(tmp_path, "現場.jpg", 100))])
    with services.database.sessions.begin() as s:
        (attachment_id,) = services.attachments.attach(s, staff.guard, SOURCE_KIND, source_id, stored)
    fields = intake(site, description="巡邏發現 B座大堂天花滲水", reporter_id=None, reporter_name="黃大文")
    job = services.repairs.create_from_source(staff.guard, SOURCE_KIND, source_id, fields, [attachment_id])
    assert job.source_kind == SOURCE_KIND and job.source_id == source_id
    assert job.row.description == "巡邏發現 B座大堂天花滲水"
    assert [a.file_name for a in job.attachments] == ["現場.jpg"]
    assert job.attachments[0].sha256 == stored[0].sha256
    assert services.attachments.ids_for_record(SOURCE_KIND, source_id) == [attachment_id]  # still the source's
    assert services.attachments.for_record(WORK_ORDER_KIND, job.id)[0].id != attachment_id


def test_an_unknown_source_attachment_is_refused(services: Services, staff: Staff, site: Site) -> None:
    import uuid

    with pytest.raises(ValidationError) as caught:
        services.repairs.create_from_source(staff.guard, SOURCE_KIND, "x", intake(site), [uuid.uuid4()])
    assert caught.value.field == "attachments"
    assert services.repairs.reader.count(QueueFilter(scope=QueueScope.ALL)) == 0
