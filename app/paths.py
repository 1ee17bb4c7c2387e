"""Where Gatehouse keeps its files. Everything is under one data directory, injectable for tests.

``GATEHOUSE_DATA_DIR`` overrides the platform default (Windows: %LOCALAPPDATA%\\Gatehouse,
Linux: ~/.local/share/gatehouse).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from app.files import PRIVATE_DIR_MODE

DATA_DIR_ENV = "GATEHOUSE_DATA_DIR"
APP_NAME = "gatehouse"
DATABASE_FILE = "gatehouse.db"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def crashes(self) -> Path:
        return self.root / "crash"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def local_config(self) -> Path:
        return self.root / "local.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "gatehouse.lock"

    def ensure(self) -> None:
        for folder in (self.root, self.logs, self.backups):
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        if os.name == "posix":  # the data folder holds everyone's data: owner-only, also when it existed
            with contextlib.suppress(OSError):
                os.chmod(self.root, PRIVATE_DIR_MODE)
