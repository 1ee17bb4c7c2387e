"""Bad input at the repairs desk, field by field; attachments that cannot be kept; and moves a job's
state does not allow: each is saved with the value stated or refused with nothing written (no work
order, event, audit entry or stored file)."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from app.attachments import BYTES_PER_MB, MAX_FILES_PER_RECORD, MAX_SIZE_MB, AttachmentRule
from app.bootstrap import Services
from app.errors import Rule
from app.repairs.lifecycle import Channel, EndReason, HoldReason
from app.repairs.rows import IntakeFields, WorkOrderDetail
from tests.app.bad_input import (
    LONG,
    OPTIONAL,
    OPTIONAL_PHONE,
    PHONE_KINDS,
    Blocked,
    Field,
    Refused,
    Saved,
    Situation,
    cases,
    field_test,
    judge,
    situation_test,
)
from tests.app.repairs.site import Site, intake, make_directory
from tests.conftest import Staff

ATTACHMENTS = "attachments"


@dataclass
class RepairDesk:
    services: Services
    staff: Staff
    site: Site
    folder: Path  # where the files a guard attaches come from

    def create(self, fields: IntakeFields) -> WorkOrderDetail:
        return self.services.repairs.create(self.staff.guard, fields)

    def job(self) -> WorkOrderDetail:
        """A new job: 陳大文's kitchen tap in A座 12A."""
        return self.create(intake(self.site))

    def done_job(self) -> WorkOrderDetail:
        job = self.job()
        self.services.repairs.complete(self.staff.guard, job.id, "已更換水龍頭")
        return job

    def last_note(self, job: WorkOrderDetail) -> str:
        return self.services.repairs.detail(job.id).events[-1].note

    def subfolder(self) -> list[Path]:
        folder = self.folder / "相片"
        folder.mkdir(exist_ok=True)
        return [folder]

    def file(self, name: str, size: int) -> Path:
        path = self.folder / name
        with path.open("wb") as out:
            out.truncate(size)  # sparse: a large file costs no disk
        return path


def repair_desk(services: Services, staff: Staff, folder: Path) -> RepairDesk:
    return RepairDesk(services, staff, make_directory(services, staff), folder)


@pytest.fixture
def desk(services: Services, staff: Staff, site: Site, tmp_path: Path) -> RepairDesk:
    return RepairDesk(services, staff, site, tmp_path)


Save = Callable[[str], object]
Attempt = Callable[[], object]


def _intake(column: str, **walk_in: object) -> Callable[[RepairDesk], Save]:
    """The intake form with ``column`` typed (the other fields filled in correctly)."""

    def prepare(desk: RepairDesk) -> Save:
        def save(value: str) -> object:
            fields = intake(desk.site, **{**walk_in, column: value})
            return getattr(desk.create(fields).row, column)

        return save

    return prepare


# A walk-in at the desk: no resident picked, the name and phone typed, the place typed.
WALK_IN: dict[str, Any] = {
    "reporter_id": None,
    "unit_id": None,
    "channel": Channel.WALK_IN,
    "location": "會所泳池",
    "reporter_name": "陳先生",
    "reporter_phone": "9123 4567",
}


def _hold(desk: RepairDesk) -> Save:
    job = desk.job()

    def save(value: str) -> object:
        desk.services.repairs.hold(desk.staff.guard, job.id, HoldReason.OTHER, value)
        return desk.last_note(job)

    return save


def _end(how: str) -> Callable[[RepairDesk], Save]:
    """Reject or cancel a new job for "another reason", which needs a note."""

    def prepare(desk: RepairDesk) -> Save:
        job = desk.job()
        end = getattr(desk.services.repairs, how)

        def save(value: str) -> object:
            end(desk.staff.clerk, job.id, EndReason.OTHER, value)
            return desk.last_note(job)

        return save

    return prepare


def _job_note(desk: RepairDesk) -> Save:
    job = desk.job()

    def save(value: str) -> object:
        desk.services.repairs.add_note(desk.staff.guard, job.id, value)
        return desk.last_note(job)

    return save


def _visit_comment(desk: RepairDesk) -> Save:
    """The return-visit call: the reporter is dissatisfied (2 of 5), which needs a comment."""
    job = desk.done_job()

    def save(value: str) -> object:
        desk.services.repairs.record_visit(desk.staff.clerk, job.id, 2, value)
        return desk.last_note(job)

    return save


def _reopen(desk: RepairDesk) -> Save:
    job = desk.done_job()
    return lambda value: desk.services.repairs.reopen(desk.staff.clerk, job.id, value).row.description


REQUIRED_NOTE = {"empty": Refused(Rule.REQUIRED), "whitespace only": Refused(Rule.REQUIRED)}
FIELDS: list[Field[RepairDesk]] = [
    Field("description", "description", _intake("description")),
    Field("location", "location", _intake("location"), expect=OPTIONAL),
    Field("walk-in reporter: name", "reporter_name", _intake("reporter_name", **WALK_IN)),
    Field(
        "walk-in reporter: phone",
        "reporter_phone",
        _intake("reporter_phone", **WALK_IN),
        PHONE_KINDS,
        OPTIONAL_PHONE,
    ),
    Field("hold: note (another reason)", "note", _hold),
    Field("reject: note (another reason)", "note", _end("reject")),
    Field("cancel: note (another reason)", "note", _end("cancel")),
    Field("note on a job", "note", _job_note),
    Field("return-visit comment (dissatisfied)", "comment", _visit_comment),
    Field("reopen: what is wrong again", "description", _reopen),
]
CASES = cases(FIELDS)


def _attach(files: Callable[[RepairDesk], list[Path]]) -> Callable[[RepairDesk], Attempt]:
    """A new job with ``files`` chosen to go with it."""

    def prepare(desk: RepairDesk) -> Attempt:
        paths = [str(path) for path in files(desk)]
        return lambda: desk.create(intake(desk.site, attachment_paths=paths))

    return prepare


class _CutReader:
    """A file handle that reads nothing more: the card was pulled out (``error``), or the file was
    emptied by another program while it was copied (no error: the end of the file)."""

    def __init__(self, handle: Any, error: OSError | None) -> None:
        self._handle = handle
        self._error = error

    def __enter__(self) -> _CutReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def read(self, _size: int = -1) -> bytes:
        if self._error is not None:
            raise self._error
        return b""


@contextmanager
def cut_off(path: Path, error: OSError | None) -> Iterator[None]:
    """Reading ``path`` stops at once (an edge fake of the disk; every other file reads as usual)."""
    real_open = Path.open

    def opened(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, *args, **kwargs)
        return _CutReader(handle, error) if self == path else handle

    with mock.patch.object(Path, "open", opened):
        yield


def _cut_off(error: OSError | None) -> Callable[[RepairDesk], Attempt]:
    """A photo whose copy is cut off (its size was fine when it was checked)."""

    def prepare(desk: RepairDesk) -> Attempt:
        photo = desk.folder / "現場相片.jpg"
        photo.write_bytes(b"\xff\xd8" * 1000)
        attempt = _attach(lambda _desk: [photo])(desk)

        def save() -> object:
            with cut_off(photo, error):
                return attempt()

        return save

    return prepare


def _too_large(desk: RepairDesk) -> list[Path]:
    return [desk.file("ok.jpg", 10), desk.file("錄影.mp4", MAX_SIZE_MB.default * BYTES_PER_MB + 1)]


def _too_many(desk: RepairDesk) -> list[Path]:
    return [desk.file(f"相片{n:02d}.jpg", 10) for n in range(MAX_FILES_PER_RECORD + 1)]


ATTACHMENT_CASES: list[Situation[RepairDesk]] = [
    Situation("a file over the size limit", _attach(_too_large), Refused(AttachmentRule.TOO_LARGE, ATTACHMENTS)),
    Situation(
        "a file that fails to read (the card pulled out)",
        _cut_off(OSError(errno.EIO, "Input/output error")),
        Refused(AttachmentRule.UNREADABLE, ATTACHMENTS),
    ),
    Situation("a folder", _attach(RepairDesk.subfolder), Refused(AttachmentRule.UNREADABLE, ATTACHMENTS)),
    Situation(
        "a file moved away after it was chosen",
        _attach(lambda desk: [desk.folder / "已刪除.jpg"]),
        Refused(AttachmentRule.UNREADABLE, ATTACHMENTS),
    ),
    Situation(
        "an empty file (0 bytes)",
        _attach(lambda desk: [desk.file("ok.jpg", 10), desk.file("空白.jpg", 0)]),
        Refused(AttachmentRule.EMPTY, ATTACHMENTS),
    ),
    Situation("a file emptied while it was copied", _cut_off(None), Refused(AttachmentRule.EMPTY, ATTACHMENTS)),
    Situation(f"{MAX_FILES_PER_RECORD + 1} files", _attach(_too_many), Refused(AttachmentRule.TOO_MANY, ATTACHMENTS)),
]


def _move(state: Callable[[RepairDesk], WorkOrderDetail], act: str, *args: object) -> Callable[[RepairDesk], Attempt]:
    """Bring a job to a state, then try ``act`` on it."""

    def prepare(desk: RepairDesk) -> Attempt:
        job = state(desk)
        action = getattr(desk.services.repairs, act)
        return lambda: action(desk.staff.supervisor, job.id, *args)

    return prepare


def _closed(desk: RepairDesk) -> WorkOrderDetail:
    job = desk.done_job()
    desk.services.repairs.record_visit(desk.staff.clerk, job.id, 5)
    return job


def _dispatched(desk: RepairDesk) -> WorkOrderDetail:
    job = desk.job()
    desk.services.repairs.dispatch(desk.staff.guard, job.id, desk.site.technician_id)
    return job


def _cancelled(desk: RepairDesk) -> WorkOrderDetail:
    job = desk.job()
    desk.services.repairs.cancel(desk.staff.clerk, job.id, EndReason.WITHDRAWN)
    return job


def _called_once(desk: RepairDesk) -> WorkOrderDetail:
    job = desk.done_job()
    desk.services.repairs.record_visit(desk.staff.clerk, job.id, None, "無人接聽")
    return job


ILLEGAL = Blocked("work_order", "illegal_transition")
SITUATIONS: list[Situation[RepairDesk]] = [
    Situation("start a job that is closed", _move(_closed, "start"), ILLEGAL),
    Situation("resume a job that is not on hold", _move(RepairDesk.job, "resume"), ILLEGAL),
    Situation("reject a job already dispatched", _move(_dispatched, "reject", EndReason.DUPLICATE), ILLEGAL),
    Situation("mark a cancelled job done", _move(_cancelled, "complete"), ILLEGAL),
    Situation("record the return visit of a job not done yet", _move(RepairDesk.job, "record_visit", 4), ILLEGAL),
    Situation("reopen a job still open", _move(_dispatched, "reopen", "又再漏水"), ILLEGAL),
    Situation(
        "close a job as unreached after one call",
        _move(_called_once, "close_unreached"),
        Refused("too_few_attempts", "visit_attempts"),
    ),
    Situation(
        "a satisfaction of 7 out of 5",
        _move(RepairDesk.done_job, "record_visit", 7),
        Refused(Rule.OUT_OF_RANGE, "satisfaction"),
    ),
    Situation("dispatch to nobody", _move(RepairDesk.job, "dispatch", None), Refused(Rule.REQUIRED, "assignee")),
]


test_bad_input_is_saved_as_stated_or_refused_at_its_field = field_test(FIELDS)
test_an_attachment_that_cannot_be_kept_refuses_the_whole_intake = situation_test(ATTACHMENT_CASES)
test_a_move_the_jobs_state_does_not_allow_is_refused_and_nothing_is_written = situation_test(SITUATIONS)


def test_a_reporter_phone_kept_as_typed_after_its_warning_must_still_fit(services: Services, desk: RepairDesk) -> None:
    """The clerk confirms an odd phone ("save anyway"): a pasted page of text is still refused."""
    accepted = ("reporter_phone",)
    repairs = desk.services.repairs
    pasted = intake(desk.site, **{**WALK_IN, "reporter_phone": LONG})
    judge(
        services, Refused(Rule.TOO_LONG, "reporter_phone"), lambda: repairs.create(desk.staff.guard, pasted, accepted)
    )
    odd = intake(desk.site, **{**WALK_IN, "reporter_phone": "內線 1234"})
    judge(services, Saved("內線1234"), lambda: repairs.create(desk.staff.guard, odd, accepted).row.reporter_phone)
