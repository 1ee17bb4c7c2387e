"""Is a Gatehouse window running on this data directory? (for the CLI's restore, which must not
replace a database under a running program). The GUI holds the lock with Qt's QLockFile, whose file
starts with the owner's process id.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        process_query_limited_information = 0x1000
        handle = ctypes.windll.kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)  # signal 0 checks existence only (POSIX)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_pid(lock_file: Path) -> int | None:
    """The pid holding ``lock_file`` if that process is alive, else None."""
    try:
        first = lock_file.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        pid = int(first.strip())
    except (OSError, IndexError, ValueError):
        return None
    return pid if _pid_alive(pid) and pid != os.getpid() else None
