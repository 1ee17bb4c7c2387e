"""The site key: one secret per site, kept in a file outside the database.

From it we derive separate keys for the audit chain (HMAC), for encrypting ID numbers (AES-GCM), for
the blind index that matches ID numbers without storing them (HMAC), and for authenticating sync
bundles. Whoever copies only the database file gets no ID numbers and cannot forge the audit chain.
The database stores the key's fingerprint, so a wrong key file is detected before anything is written.

Every desk of a site (PostgreSQL) and every site syncing by file needs the same key; it is exported
(encrypted with a passphrase: scrypt + AES-GCM) and imported with the CLI (``gatehouse keys
export|import``).

Where the operating system has a key store that ``keyring`` can use (Windows Credential Manager /
DPAPI, macOS Keychain, a Secret Service on Linux), the key file holds the site key only wrapped
(AES-GCM) by a random key kept in that store: a copy of the data folder alone does not reveal it, and
the program still starts unattended after a power cut. Where there is none, the key file is an
owner-only (0600) file; docs/threat-model.md says what that does not stop.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import StorageError, StorageProblem
from app.files import write_private_file

KEY_BYTES = 32
KEY_FILE_VERSION = 1
KEYS_DIR_NAME = "keys"
EXPORT_VERSION = 1
KEYRING_SERVICE = "gatehouse-site-key"
NONCE_BYTES = 12
SALT_BYTES = 16
# scrypt cost for exported key files: ~0.1 s and 32 MiB here; an attacker pays it per guess.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE_CHARS = 10

log = logging.getLogger(__name__)


class WrongPassphrase(Exception):
    """The passphrase does not open this exported key file (or the file was altered)."""


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


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=32)


def export_sealed(keys: SiteKeys, passphrase: str, site_name_hint: str = "") -> str:
    """The site key encrypted with ``passphrase`` (scrypt + AES-GCM), as the text of an export file."""
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    key = _scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = {
        "gatehouse_site_key_export": EXPORT_VERSION,
        "fingerprint": keys.fingerprint,
        "site": site_name_hint,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
    }
    aad = keys.fingerprint.encode("ascii")
    header["ciphertext"] = _b64(AESGCM(key).encrypt(nonce, keys.master, aad))
    return json.dumps(header, ensure_ascii=False, indent=2)


def is_sealed_export(text: str) -> bool:
    try:
        return bool(json.loads(text).get("gatehouse_site_key_export"))
    except (ValueError, AttributeError):
        return False


def open_sealed(text: str, passphrase: str, where: str) -> SiteKeys:
    """The site key from an export file; ``WrongPassphrase`` when it does not open."""
    try:
        data = json.loads(text)
        if data.get("gatehouse_site_key_export") != EXPORT_VERSION:
            raise ValueError("not an export")
        kdf = data["kdf"]
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(data["nonce"], validate=True)
        ciphertext = base64.b64decode(data["ciphertext"], validate=True)
        fingerprint = str(data["fingerprint"])
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    except (ValueError, KeyError, TypeError) as error:
        raise StorageError(StorageProblem.CORRUPT, where=where, detail="key file") from error
    try:
        master = AESGCM(_scrypt(passphrase, salt, n, r, p)).decrypt(nonce, ciphertext, fingerprint.encode("ascii"))
    except (InvalidTag, ValueError) as error:
        raise WrongPassphrase(where) from error
    keys = SiteKeys(master)
    if keys.fingerprint != fingerprint:
        raise StorageError(StorageProblem.CORRUPT, where=where, detail="key file")
    return keys


class SecretStore(Protocol):
    """What we need of an OS key store (``keyring``'s module functions)."""

    def get_password(self, service_name: str, username: str) -> str | None: ...

    def set_password(self, service_name: str, username: str, password: str) -> None: ...


def os_key_store() -> SecretStore | None:
    """``keyring`` when it has a usable backend (not its fail/null one), else ``None``.

    On a headless Linux PC there is usually no Secret Service: the key file then stays an owner-only
    file. Tests choose a backend by keyring's own configuration (``PYTHON_KEYRING_BACKEND``)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    try:
        backend: Any = keyring.get_keyring()
    except Exception:
        log.warning("the OS key store could not be loaded")
        return None
    if isinstance(backend, fail.Keyring | null.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend  # type: ignore[no-any-return]


def _wrap(keys: SiteKeys, store: SecretStore, site_name_hint: str) -> str:
    wrapping = secrets.token_bytes(KEY_BYTES)
    store.set_password(KEYRING_SERVICE, keys.fingerprint, _b64(wrapping))
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(wrapping).encrypt(nonce, keys.master, keys.fingerprint.encode("ascii"))
    return json.dumps(
        {
            "gatehouse_site_key": KEY_FILE_VERSION,
            "fingerprint": keys.fingerprint,
            "site": site_name_hint,
            "wrapped_by": "os-key-store",
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        },
        ensure_ascii=False,
        indent=2,
    )


def _unwrap(data: dict[str, Any], store: SecretStore | None, where: str) -> SiteKeys:
    fingerprint = str(data.get("fingerprint", ""))
    wrapping_text = store.get_password(KEYRING_SERVICE, fingerprint) if store is not None else None
    if wrapping_text is None:  # the key store of this PC / user does not hold the wrapping key
        raise StorageError(StorageProblem.KEY_MISMATCH, where=where, detail="os key store")
    try:
        wrapping = base64.b64decode(wrapping_text, validate=True)
        nonce = base64.b64decode(data["nonce"], validate=True)
        sealed = base64.b64decode(data["ciphertext"], validate=True)
        keys = SiteKeys(AESGCM(wrapping).decrypt(nonce, sealed, fingerprint.encode("ascii")))
    except (InvalidTag, ValueError, KeyError, TypeError) as error:
        raise StorageError(StorageProblem.CORRUPT, where=where, detail="key file") from error
    if keys.fingerprint != fingerprint:
        raise StorageError(StorageProblem.CORRUPT, where=where, detail="key file")
    return keys


class KeyStore:
    """Key files in ``<data dir>/keys/<fingerprint>.key``: one data directory may serve several DBs.

    ``secrets`` is the OS key store to wrap the key with (default: whatever ``keyring`` offers)."""

    def __init__(self, data_dir: Path, secrets_store: SecretStore | bool | None = True) -> None:
        self._dir = data_dir / KEYS_DIR_NAME
        self._choice = secrets_store
        self._resolved = False
        self._store: SecretStore | None = None

    @property
    def _secrets(self) -> SecretStore | None:
        """The OS key store, looked up only when a key is saved or a wrapped key file is read
        (loading ``keyring`` and probing its backends costs about a second here)."""
        if not self._resolved:
            choice = self._choice
            self._store = os_key_store() if choice is True else (None if choice is False else choice)
            self._resolved = True
        return self._store

    @property
    def wrapped(self) -> bool:
        """True when keys saved here are wrapped by the OS key store."""
        return self._secrets is not None

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
        keys = self._parse(text, str(path))
        if keys.fingerprint != fingerprint:
            raise StorageError(StorageProblem.KEY_MISMATCH, where=str(path))
        return keys

    def _parse(self, text: str, where: str) -> SiteKeys:
        try:
            data = json.loads(text)
        except ValueError as error:
            raise StorageError(StorageProblem.CORRUPT, where=where, detail="key file") from error
        if isinstance(data, dict) and data.get("wrapped_by"):
            return _unwrap(data, self._secrets, where)
        return SiteKeys.from_json(text, where)

    def save(self, keys: SiteKeys, site_name_hint: str = "") -> Path:
        path = self.path_for(keys.fingerprint)
        try:
            self._dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            text = keys.to_json(site_name_hint)
            if self._secrets is not None:
                try:
                    text = _wrap(keys, self._secrets, site_name_hint)
                except Exception:
                    log.warning("the OS key store refused the site key; kept as an owner-only file")
            write_private_file(path, text)
        except PermissionError as error:
            raise StorageError(StorageProblem.READ_ONLY, where=str(self._dir)) from error
        except OSError as error:
            raise StorageError(StorageProblem.IO, where=str(self._dir)) from error
        return path

    def import_file(self, source: Path, passphrase: str | None = None) -> SiteKeys:
        """Install a key file: an export (needs ``passphrase``) or a plain key file of an older version."""
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as error:
            raise StorageError(StorageProblem.MISSING, where=str(source)) from error
        if is_sealed_export(text):
            keys = open_sealed(text, passphrase or "", str(source))
        else:
            keys = self._parse(text, str(source))
        self.save(keys)
        return keys

    def export_to(self, keys: SiteKeys, target: Path, passphrase: str, site_name_hint: str = "") -> None:
        """Write ``keys`` encrypted with ``passphrase`` to ``target``, owner-only."""
        try:
            write_private_file(target, export_sealed(keys, passphrase, site_name_hint))
        except PermissionError as error:
            raise StorageError(StorageProblem.READ_ONLY, where=str(target.parent)) from error
        except OSError as error:
            raise StorageError(StorageProblem.IO, where=str(target)) from error
