"""Writing a finished document to disk: all or nothing.

The bytes go to a temporary file next to the target, are flushed and fsync'ed, and the temporary
file is renamed over the target (atomic on POSIX and NTFS). On any failure the temporary file is
removed and a typed ``StorageError`` says what went wrong; an existing target is left untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from app.errors import StorageError, StorageProblem

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_MISSING = {errno.ENOENT, errno.ENOTDIR}
_WIN_SHARING_VIOLATIONS = {32, 33}  # the target is open in a PDF viewer
DEFAULT_FILE_MODE = 0o644


def storage_error(exc: OSError, where: Path) -> StorageError:
    if getattr(exc, "winerror", None) in _WIN_SHARING_VIOLATIONS:
        problem = StorageProblem.LOCKED
    elif exc.errno in _READ_ONLY:
        problem = StorageProblem.READ_ONLY
    elif exc.errno in _FULL:
        problem = StorageProblem.DISK_FULL
    elif exc.errno in _MISSING:
        problem = StorageProblem.MISSING
    else:
        problem = StorageProblem.IO
    return StorageError(problem, where=str(where), detail=exc.strerror or type(exc).__name__)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; raise ``StorageError`` on any OS failure."""
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise storage_error(exc, target) from exc
    tmp = Path(tmp_name)
    try:
        if os.name == "posix":  # mkstemp makes 0600 files; a saved report should read like any file
            os.fchmod(fd, _existing_mode(target))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise storage_error(exc, target) from exc
        raise
    _fsync_directory(target.parent)
    return target


def _existing_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return DEFAULT_FILE_MODE


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
