"""The site key: wrapped by the OS key store when ``keyring`` has a backend, an owner-only file when
not; exported only encrypted with a passphrase."""

from __future__ import annotations

import base64
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from app.errors import StorageError, StorageProblem
from app.site_key import KeyStore, SiteKeys, WrongPassphrase, export_sealed, open_sealed, os_key_store
from tests.app.memory_keyring import MemoryKeyring

MEMORY_BACKEND = "tests.app.memory_keyring.MemoryKeyring"


@pytest.fixture
def os_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """keyring configured (as a site would, by its environment) to use an in-memory store."""
    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", MEMORY_BACKEND)
    keyring.core.init_backend()
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    yield backend
    keyring.set_keyring(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_without_a_key_store_the_key_is_an_owner_only_file(tmp_path: Path) -> None:
    assert os_key_store() is None  # tests/conftest.py configures keyring's null backend: none here
    keys = SiteKeys.generate()
    store = KeyStore(tmp_path)
    assert not store.wrapped
    path = store.save(keys)
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert json.loads(path.read_text())["key"] == base64.b64encode(keys.master).decode()
    assert store.load(keys.fingerprint) == keys


def test_with_a_key_store_the_file_alone_does_not_reveal_the_key(tmp_path: Path, os_store: MemoryKeyring) -> None:
    keys = SiteKeys.generate()
    store = KeyStore(tmp_path)
    assert store.wrapped
    path = store.save(keys)
    text = path.read_text()
    assert base64.b64encode(keys.master).decode() not in text and keys.master.hex() not in text
    assert json.loads(text)["wrapped_by"] == "os-key-store"
    assert _mode(path) == 0o600
    assert KeyStore(tmp_path).load(keys.fingerprint) == keys  # unattended start: no passphrase asked
    # The data folder copied to another PC (another key store): the key does not open.
    os_store.secrets.clear()
    with pytest.raises(StorageError) as refused:
        KeyStore(tmp_path).load(keys.fingerprint)
    assert refused.value.problem == StorageProblem.KEY_MISMATCH


def test_an_export_is_encrypted_and_refuses_a_wrong_passphrase() -> None:
    keys = SiteKeys.generate()
    text = export_sealed(keys, "correct horse battery", "翠湖花園")
    assert base64.b64encode(keys.master).decode() not in text and keys.master.hex() not in text
    with pytest.raises(WrongPassphrase):
        open_sealed(text, "incorrect horse battery", "site.key")
    tampered = json.loads(text)
    tampered["fingerprint"] = "0" * 32
    with pytest.raises(WrongPassphrase):  # the fingerprint is authenticated with the key
        open_sealed(json.dumps(tampered), "correct horse battery", "site.key")
    assert open_sealed(text, "correct horse battery", "site.key") == keys


def test_importing_an_export_into_a_key_store(tmp_path: Path, os_store: MemoryKeyring) -> None:
    keys = SiteKeys.generate()
    export = tmp_path / "site.key"
    export.write_text(export_sealed(keys, "correct horse battery"), encoding="utf-8")
    store = KeyStore(tmp_path / "desk2")
    with pytest.raises(WrongPassphrase):
        store.import_file(export, "wrong passphrase!!")
    assert store.import_file(export, "correct horse battery") == keys
    assert store.load(keys.fingerprint) == keys
    assert os_store.secrets  # the wrapping key went into the OS store
