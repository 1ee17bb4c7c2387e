"""ID document numbers at rest: AES-GCM ciphertext, a keyed blind index, and a masked form.

* ``seal``: a random 96-bit nonce per value, stored as ``nonce || ciphertext+tag``; the key is
  ``SiteKeys.id_encryption`` (derived from the site key file, kept outside the database), so a copy
  of the database alone reveals no number. The associated data binds the blob to its purpose.
* ``blind``: HMAC-SHA256 under ``SiteKeys.blind_index`` of the normalised number: equal numbers
  match (watchlist, returning visitors) without the number being stored in the clear or as an
  unkeyed hash (which could be brute-forced: an ID number has little entropy).
* the masked form (``app.validation.mask_id``) is what every screen, slip and export shows.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from app.site_key import SiteKeys
from app.validation import mask_id

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
ASSOCIATED_DATA = b"gatehouse/id-number/v1"


@dataclass(frozen=True, slots=True)
class SealedId:
    id_type: str
    cipher: bytes
    blind: str
    masked: str


class IdVault:
    def __init__(self, keys: SiteKeys) -> None:
        self._encryption_key = keys.id_encryption
        self._index_key = keys.blind_index

    @cached_property
    def _aead(self) -> AESGCM:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # ≈ 30 ms: only when needed

        return AESGCM(self._encryption_key)

    def blind(self, normalized: str) -> str:
        return hmac.new(self._index_key, normalized.encode("utf-8"), hashlib.sha256).hexdigest()

    def seal(self, id_type: str, normalized: str) -> SealedId:
        nonce = os.urandom(NONCE_BYTES)
        cipher = nonce + self._aead.encrypt(nonce, normalized.encode("utf-8"), ASSOCIATED_DATA)
        return SealedId(id_type, cipher, self.blind(normalized), mask_id(id_type, normalized))

    def open(self, cipher: bytes) -> str:
        """The number in the clear (only for a supervisor's audited reveal)."""
        nonce, body = cipher[:NONCE_BYTES], cipher[NONCE_BYTES:]
        return self._aead.decrypt(nonce, body, ASSOCIATED_DATA).decode("utf-8")
