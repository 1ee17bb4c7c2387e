"""What this PC remembers outside the database: its node id, its desk, and the last language.

The database may be shared (PostgreSQL) by several PCs; which desk a PC is, and which language to show
before the database is even open, are facts about the PC. A damaged file is replaced by defaults (and
the old one kept as ``local.json.bad``): it holds nothing that cannot be chosen again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.files import write_private_file

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LocalConfig:
    node_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    # site id → desk id of this PC at that site
    desks: dict[str, str] = field(default_factory=dict)
    language: str = "zh_TW"
    last_username: str = ""

    def desk_for(self, site_id: uuid.UUID) -> uuid.UUID | None:
        value = self.desks.get(str(site_id))
        try:
            return uuid.UUID(value) if value else None
        except ValueError:
            return None

    def with_desk(self, site_id: uuid.UUID, desk_id: uuid.UUID) -> LocalConfig:
        return replace(self, desks={**self.desks, str(site_id): str(desk_id)})

    def with_language(self, language: str) -> LocalConfig:
        return replace(self, language=language)

    def with_last_username(self, username: str) -> LocalConfig:
        return replace(self, last_username=username)


def load_local_config(path: Path) -> LocalConfig:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        config = LocalConfig(
            node_id=str(data["node_id"]),
            desks={str(k): str(v) for k, v in dict(data.get("desks", {})).items()},
            language=str(data.get("language", "zh_TW")),
            last_username=str(data.get("last_username", "")),
        )
        if not config.node_id.isalnum():
            raise ValueError("bad node id")
        return config
    except FileNotFoundError:
        config = LocalConfig()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("local.json unreadable; starting from defaults")
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".bad"))
        config = LocalConfig()
    try:
        save_local_config(path, config)
    except OSError:
        log.warning("could not write local.json")
    return config


def save_local_config(path: Path, config: LocalConfig) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(
        {
            "node_id": config.node_id,
            "desks": config.desks,
            "language": config.language,
            "last_username": config.last_username,
        },
        ensure_ascii=False,
        indent=2,
    )
    write_private_file(path, text)
