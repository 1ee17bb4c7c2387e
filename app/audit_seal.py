"""Forward-secure sealing of the audit chain and anchors kept outside the database.

Each closed (UTC) day, the chain's head (entry count and hash) is signed with that day's Ed25519 key.
The key comes from a seed that evolves one way (``seed(d+1) = H(seed(d))``) and is overwritten when the
day is sealed, so whoever copies the data folder today holds only today's seed and cannot sign an
earlier day again. Each seal also carries the next day's public key, signed: the first seal's public
key (the *root*, anchored outside the database) vouches for all later ones, and anyone can verify
without a secret. See docs/audit-sealing.md.

An *anchor* (``AuditAnchor``) is the chain's head written somewhere else — a file beside the database
on every clean exit, a backup's manifest, the daily report. ``audit verify`` compares the chain with
the highest anchor it finds and names entries missing from the end.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.changes import changes
from app.clock import Clock
from app.errors import StorageError, StorageProblem
from app.files import write_private_file
from app.storage import Sessions
from db.models.core import AuditHead, AuditSeal

SEED_BYTES = 32
SEED_FILE_VERSION = 1
ANCHOR_FILE_VERSION = 1
SEED_SUFFIX = ".seal"
ANCHORS_DIR_NAME = "anchors"
HEAD_ROW_ID = 1
_EVOLVE = b"gatehouse/seal-evolve/v1"
_SIGN = b"gatehouse/seal-sign/v1"

log = logging.getLogger(__name__)


def seal_day(instant: datetime) -> date:
    """The day an instant belongs to for sealing (UTC: the same for every desk of a site)."""
    return instant.astimezone(UTC).date()


def evolve(seed: bytes) -> bytes:
    return hashlib.sha256(_EVOLVE + seed).digest()


def _private_key(seed: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(_SIGN + seed).digest())


def public_key_hex(seed: bytes) -> str:
    return _private_key(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def seal_message(day: date, entry_count: int, head_hash: str, public_key: str, next_public_key: str) -> bytes:
    fields = ["gatehouse-audit-seal/v1", day.isoformat(), entry_count, head_hash, public_key, next_public_key]
    return json.dumps(fields, separators=(",", ":")).encode("ascii")


def signature_holds(seal: AuditSeal) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(seal.public_key))
        key.verify(
            bytes.fromhex(seal.signature),
            seal_message(seal.day, seal.entry_count, seal.head_hash, seal.public_key, seal.next_public_key),
        )
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class SealSeed:
    """The seed of ``day``: the next day this desk will seal."""

    day: date
    seed: bytes

    def to_json(self) -> str:
        return json.dumps(
            {"gatehouse_seal_seed": SEED_FILE_VERSION, "day": self.day.isoformat(), "seed": self.seed.hex()}
        )

    @classmethod
    def from_json(cls, text: str, where: str) -> SealSeed:
        try:
            data = json.loads(text)
            if data.get("gatehouse_seal_seed") != SEED_FILE_VERSION:
                raise ValueError("not a seal seed")
            seed = bytes.fromhex(data["seed"])
            day = date.fromisoformat(data["day"])
        except (ValueError, KeyError, TypeError) as error:
            raise StorageError(StorageProblem.CORRUPT, where=where, detail="seal seed") from error
        if len(seed) != SEED_BYTES:
            raise StorageError(StorageProblem.CORRUPT, where=where, detail="seal seed")
        return cls(day, seed)

    def advanced_to(self, day: date) -> SealSeed:
        seed, current = self.seed, self.day
        while current < day:
            seed, current = evolve(seed), current + timedelta(days=1)
        return SealSeed(current, seed)


def seed_path(keys_dir: Path, fingerprint: str) -> Path:
    return keys_dir / f"{fingerprint}{SEED_SUFFIX}"


class AuditSealer:
    """Seals every closed day not sealed yet; the seed file sits beside the site key file."""

    def __init__(self, sessions: Sessions, clock: Clock, seed_file: Path) -> None:
        self._sessions = sessions
        self._clock = clock
        self._file = seed_file

    def _load(self) -> SealSeed | None:
        try:
            return SealSeed.from_json(self._file.read_text(encoding="utf-8"), str(self._file))
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StorageError(StorageProblem.IO, where=str(self._file)) from error

    def _save(self, seed: SealSeed) -> None:
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            write_private_file(self._file, seed.to_json())  # replaces (destroys) the older seed
        except OSError as error:
            raise StorageError(StorageProblem.IO, where=str(self._file)) from error

    def seal_due(self) -> int:
        """Seal the closed days; returns how many. A desk without the seed file seals nothing."""
        now = self._clock.now()
        today = seal_day(now)
        seed = self._load()
        sealed = 0
        try:
            with self._sessions.begin() as s:
                last = s.execute(select(AuditSeal).order_by(AuditSeal.day.desc()).limit(1)).scalar_one_or_none()
                if seed is None:
                    if last is None:  # the first day of sealing: this desk holds the seed from now on
                        seed = SealSeed(today, _fresh_seed())
                        self._save(seed)
                    return 0
                if last is not None and last.day >= seed.day:  # sealed already (another desk, a crash)
                    seed = seed.advanced_to(last.day + timedelta(days=1))
                head = s.get(AuditHead, HEAD_ROW_ID)
                if head is None:
                    raise StorageError(StorageProblem.CORRUPT, where="audit_head", detail="audit head")
                while seed.day < today:
                    s.add(_signed_seal(seed, now, head.last_seq, head.last_hash))
                    seed = SealSeed(seed.day + timedelta(days=1), evolve(seed.seed))
                    sealed += 1
        except IntegrityError:  # another desk with the same seed sealed the same days first
            log.info("audit days already sealed by another desk")
            sealed = 0
        if seed is not None:
            self._save(seed)
        return sealed


def _fresh_seed() -> bytes:
    import secrets

    return secrets.token_bytes(SEED_BYTES)


def _signed_seal(seed: SealSeed, now: datetime, count: int, head_hash: str) -> AuditSeal:
    public = public_key_hex(seed.seed)
    following = public_key_hex(evolve(seed.seed))
    signature = _private_key(seed.seed).sign(seal_message(seed.day, count, head_hash, public, following))
    return AuditSeal(
        day=seed.day,
        sealed_at=now,
        entry_count=count,
        head_hash=head_hash,
        public_key=public,
        next_public_key=following,
        signature=signature.hex(),
    )


# -- anchors -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AuditAnchor:
    """The chain's head as seen at ``at``: what a backup manifest, a report or an anchor file keeps."""

    entry_count: int
    head_hash: str
    sealed_day: date | None
    at: datetime
    root_key: str = ""  # the first seal's public key ("" before the first day is sealed)

    def to_json(self) -> str:
        return json.dumps(
            {
                "gatehouse_audit_anchor": ANCHOR_FILE_VERSION,
                "entry_count": self.entry_count,
                "head_hash": self.head_hash,
                "sealed_day": self.sealed_day.isoformat() if self.sealed_day else None,
                "at": self.at.isoformat(),
                "root_key": self.root_key,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str, where: str) -> AuditAnchor:
        try:
            data = json.loads(text)
            if data.get("gatehouse_audit_anchor") != ANCHOR_FILE_VERSION:
                raise ValueError("not an anchor")
            sealed = data.get("sealed_day")
            return cls(
                int(data["entry_count"]),
                str(data["head_hash"]),
                date.fromisoformat(sealed) if sealed else None,
                datetime.fromisoformat(data["at"]),
                str(data.get("root_key") or ""),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise StorageError(StorageProblem.CORRUPT, where=where, detail="audit anchor") from error

    @property
    def short(self) -> str:
        """The line a supervisor compares by eye: ``#1234 · 3f9a…c1d2``."""
        return f"#{self.entry_count} · {self.head_hash[:8]}…{self.head_hash[-4:]}"


def read_anchor(session: Session, now: datetime) -> AuditAnchor:
    head = session.get(AuditHead, HEAD_ROW_ID)
    if head is None:
        raise StorageError(StorageProblem.CORRUPT, where="audit_head", detail="audit head")
    last = session.execute(select(AuditSeal.day).order_by(AuditSeal.day.desc()).limit(1)).scalar_one_or_none()
    root = session.execute(select(AuditSeal.public_key).order_by(AuditSeal.day).limit(1)).scalar_one_or_none()
    return AuditAnchor(head.last_seq, head.last_hash, last, now, root or "")


def anchor_file(data_dir: Path, fingerprint: str) -> Path:
    """Beside the database, not inside it: ``<data dir>/anchors/<site key fingerprint>.json``."""
    return data_dir / ANCHORS_DIR_NAME / f"{fingerprint}.json"


def load_anchor(path: Path) -> AuditAnchor | None:
    try:
        return AuditAnchor.from_json(path.read_text(encoding="utf-8"), str(path))
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StorageError(StorageProblem.IO, where=str(path)) from error


def write_anchor(path: Path, anchor: AuditAnchor) -> AuditAnchor:
    """Keep the highest anchor: a file never goes back to a shorter chain. Returns what the file holds."""
    existing = load_anchor(path)
    if existing is not None and existing.entry_count > anchor.entry_count:
        return existing
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private_file(path, anchor.to_json())
    except OSError as error:
        raise StorageError(StorageProblem.IO, where=str(path)) from error
    return anchor


class AuditKeeper:
    """Seals closed days and keeps the anchor file: at start-up, on every clean exit, and from the CLI."""

    def __init__(self, sessions: Sessions, clock: Clock, sealer: AuditSealer, anchor_path: Path) -> None:
        self._sessions = sessions
        self._clock = clock
        self._sealer = sealer
        self.anchor_path = anchor_path

    @changes()  # writes only the seals (audit), no record a page lists
    def seal_due(self) -> int:
        return self._sealer.seal_due()

    def anchor(self) -> AuditAnchor:
        with self._sessions.read() as s:
            return read_anchor(s, self._clock.now())

    @changes()  # seals and the anchor file: no record a page lists
    def close(self) -> AuditAnchor:
        """On a clean exit: seal what is due, then write the head to the anchor file (kept highest)."""
        self.seal_due()
        return write_anchor(self.anchor_path, self.anchor())

    def known_anchors(self, extra: tuple[Path, ...] = ()) -> list[AuditAnchor]:
        """The anchor file and any others given (backup manifests, copies of anchor files)."""
        found = [load_anchor(path) for path in (self.anchor_path, *extra)]
        return [anchor for anchor in found if anchor is not None]
