"""The site key: one secret per site, kept in a file outside the database.

From it we derive separate keys for the audit chain (HMAC), for encrypting ID numbers (AES-GCM), for
the blind index that matches ID numbers without storing them (HMAC), and for authenticating sync
bundles. Whoever copies only the database file gets no ID numbers and cannot forge the audit chain.
The database stores the key's fingerprint, so a wrong key file is detected before anything is written.

Every desk of a site (PostgreSQL) and every site syncing by file needs the same key file; it is
exported and imported with the CLI (``gatehouse keys export|import``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.errors import StorageError, StorageProblem
from app.files import write_private_file

KEY_BYTES = 32
KEY_FILE_VERSION = 1
KEYS_DIR_NAME = "keys"


@dataclass(frozen=True, slots=True)
class SiteKeys:
    master: bytes

    def _derive(self, purpose: str) -> bytes:
        return hmac.new(self.master, f"gatehouse/{purpose}/v1".encode(), hashlib.sha256).digest()

    @property
    def fingerprint(self) -> str:
        return self._derive("fingerprint").hex()[:32]

    @property
    def audit(self) -> bytes:
        return self._derive("audit-chain")

    @property
    def id_encryption(self) -> bytes:
        return self._derive("id-encryption")

    @property
    def blind_index(self) -> bytes:
        return self._derive("blind-index")

    @property
    def sync(self) -> bytes:
        return self._derive("sync-bundle")

    def keyed_hash(self, purpose: str, value: str) -> str:
        """A stable keyed hash of ``value`` (for audit details and look-ups), hex."""
        key = self._derive(f"keyed-hash/{purpose}")
        return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()

    @classmethod
    def generate(cls) -> SiteKeys:
        return cls(secrets.token_bytes(KEY_BYTES))

    def to_json(self, site_name_hint: str = "") -> str:
        return json.dumps(
            {
                "gatehouse_site_key": KEY_FILE_VERSION,
                "fingerprint": self.fingerprint,
                "site": site_name_hint,
                "key": base64.b64encode(self.master).decode("ascii"),
            },
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str, where: str) -> SiteKeys:
        try:
            data = json.loads(text)
            if data.get("gatehouse_site_key") != KEY_FILE_VERSION:
                raise ValueError("not a key file")
            master = base64.b64decode(data["key"], validate=True)
        except (ValueError, KeyError, TypeError) as error:
            raise StorageError(StorageProblem.CORRUPT, where=where, detail="key file") from error
        if len(master) != KEY_BYTES:
            raise StorageError(StorageProblem.CORRUPT, where=where, detail="key file")
        keys = cls(master)
        if data.get("fingerprint") not in (None, keys.fingerprint):
            raise StorageError(StorageProblem.CORRUPT, where=where, detail="key file")
        return keys


class KeyStore:
    """Key files in ``<data dir>/keys/<fingerprint>.key``: one data directory may serve several DBs."""

    def __init__(self, data_dir: Path) -> None:
        self._dir = data_dir / KEYS_DIR_NAME

    @property
    def directory(self) -> Path:
        return self._dir

    def path_for(self, fingerprint: str) -> Path:
        return self._dir / f"{fingerprint}.key"

    def load(self, fingerprint: str) -> SiteKeys:
        path = self.path_for(fingerprint)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as error:
            raise StorageError(StorageProblem.KEY_MISMATCH, where=str(path)) from error
        except OSError as error:
            raise StorageError(StorageProblem.IO, where=str(path)) from error
        keys = SiteKeys.from_json(text, str(path))
        if keys.fingerprint != fingerprint:
            raise StorageError(StorageProblem.KEY_MISMATCH, where=str(path))
        return keys

    def save(self, keys: SiteKeys, site_name_hint: str = "") -> Path:
        path = self.path_for(keys.fingerprint)
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
            write_private_file(path, keys.to_json(site_name_hint))
        except PermissionError as error:
            raise StorageError(StorageProblem.READ_ONLY, where=str(self._dir)) from error
        except OSError as error:
            raise StorageError(StorageProblem.IO, where=str(self._dir)) from error
        return path

    def import_file(self, source: Path) -> SiteKeys:
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as error:
            raise StorageError(StorageProblem.MISSING, where=str(source)) from error
        keys = SiteKeys.from_json(text, str(source))
        self.save(keys)
        return keys
