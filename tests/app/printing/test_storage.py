"""Saving is all or nothing, and failures are typed. Uses real read-only and full file systems
(small tmpfs mounts) when running as root, plain permissions otherwise."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from app.errors import StorageError, StorageProblem
from app.printing import A4, Document, write_atomic
from tests.app.printing import samples
from tests.app.printing.fs import IS_ROOT, read_only_dir, tmpfs

__all__ = ["read_only_dir"]  # a fixture shared with the Qt printing tests


def small_doc() -> Document:
    return Document(A4, samples.meta("t")).add_paragraph("交班人：陳大文")


def test_save_writes_the_pdf_with_ordinary_permissions(tmp_path: Path) -> None:
    target = small_doc().save(tmp_path / "report.pdf")
    assert target.read_bytes().startswith(b"%PDF-")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_save_into_read_only_directory_raises_and_leaves_nothing(read_only_dir: Path) -> None:
    with pytest.raises(StorageError) as caught:
        small_doc().save(read_only_dir / "report.pdf")
    assert caught.value.problem is StorageProblem.READ_ONLY
    assert caught.value.where == str(read_only_dir / "report.pdf")
    assert list(read_only_dir.iterdir()) == []


@pytest.mark.skipif(not IS_ROOT, reason="needs a small tmpfs (root) to fill a disk for real")
def test_full_disk_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "full", size_kb=64, read_only=False) as where:
        target = where / "report.pdf"
        target.write_bytes(b"old report")
        big = samples.visitor_log(300)  # a few hundred kB: does not fit in 64 kB
        with pytest.raises(StorageError) as caught:
            big.save(target)
        assert caught.value.problem is StorageProblem.DISK_FULL
        assert target.read_bytes() == b"old report"
        assert [p.name for p in where.iterdir()] == ["report.pdf"]


def test_missing_directory_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        write_atomic(tmp_path / "nowhere" / "x.pdf", b"%PDF-")
    assert caught.value.problem is StorageProblem.MISSING


def test_failure_during_rename_removes_the_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(StorageError) as caught:
        write_atomic(tmp_path / "x.pdf", b"%PDF-")
    assert caught.value.problem is StorageProblem.IO
    assert list(tmp_path.iterdir()) == []


def test_interrupt_removes_the_temporary_and_propagates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "x.pdf", b"%PDF-")
    assert list(tmp_path.iterdir()) == []
