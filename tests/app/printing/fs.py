"""Real read-only and full file systems for tests (root ignores permissions, so: tmpfs mounts)."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def tmpfs(where: Path, *, size_kb: int, read_only: bool) -> Iterator[Path]:
    where.mkdir(exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("mount is unavailable")
    options = f"size={size_kb}k" + (",ro" if read_only else "")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "gatehouse-test", str(where)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=True)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory nobody can write into: by permissions, or (as root) a read-only tmpfs."""
    if not IS_ROOT:
        target = tmp_path / "ro"
        target.mkdir()
        target.chmod(stat.S_IRUSR | stat.S_IXUSR)
        yield target
        target.chmod(stat.S_IRWXU)
        return
    with tmpfs(tmp_path / "ro", size_kb=64, read_only=True) as target:
        yield target
