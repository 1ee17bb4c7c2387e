"""Opening a database: new, current, behind (backed up first), too new, foreign, in a bad place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.bootstrap import open_database
from app.clock import FixedClock
from app.errors import StorageError, StorageProblem
from app.local_config import LocalConfig, load_local_config, save_local_config
from app.logs import redact
from app.paths import DataPaths
from db.backup import integrity_problems
from db.migrate import SchemaState


def test_a_new_database_is_created_and_migrated(data_paths: DataPaths, clock: FixedClock) -> None:
    database = open_database(None, data_paths, clock, LocalConfig())
    try:
        assert database.state_before == SchemaState.EMPTY
        assert data_paths.database.exists()
        assert database.upgrade_backup is None
    finally:
        database.dispose()
    again = open_database(None, data_paths, clock, LocalConfig())
    assert again.state_before == SchemaState.CURRENT
    again.dispose()


def test_an_older_database_is_backed_up_before_the_upgrade(data_paths: DataPaths, clock: FixedClock) -> None:
    database = open_database(None, data_paths, clock, LocalConfig())
    from alembic import command

    from db.migrate import alembic_config

    with database.engine.connect() as connection:
        command.downgrade(alembic_config(connection), "base")  # type: ignore[arg-type]
        connection.commit()
    database.dispose()
    reopened = open_database(None, data_paths, clock, LocalConfig())
    try:
        assert reopened.state_before == SchemaState.BEHIND
        assert reopened.upgrade_backup is not None and reopened.upgrade_backup.exists()
        assert integrity_problems(reopened.upgrade_backup) == []
        with reopened.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM audit_head")).scalar() == 1
    finally:
        reopened.dispose()


def test_a_database_from_a_newer_program_is_refused(data_paths: DataPaths, clock: FixedClock) -> None:
    open_database(None, data_paths, clock, LocalConfig()).dispose()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')")
    with pytest.raises(StorageError) as raised:
        open_database(None, data_paths, clock, LocalConfig())
    assert raised.value.problem == StorageProblem.TOO_NEW


def test_another_programs_database_is_refused_untouched(
    tmp_path: Path, data_paths: DataPaths, clock: FixedClock
) -> None:
    foreign = tmp_path / "inventory.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE stock (item TEXT)")
    before = foreign.read_bytes()
    with pytest.raises(StorageError) as raised:
        open_database(foreign, data_paths, clock, LocalConfig())
    assert raised.value.problem == StorageProblem.NOT_A_DATABASE
    assert foreign.read_bytes() == before


def test_a_directory_given_as_database(tmp_path: Path, data_paths: DataPaths, clock: FixedClock) -> None:
    with pytest.raises(StorageError) as raised:
        open_database(tmp_path, data_paths, clock, LocalConfig())
    assert raised.value.problem == StorageProblem.NOT_A_DATABASE


def test_a_nonsense_url(data_paths: DataPaths, clock: FixedClock) -> None:
    with pytest.raises(StorageError) as raised:
        open_database("nosuchdriver://x/y", data_paths, clock, LocalConfig())
    assert raised.value.problem == StorageProblem.UNREACHABLE


def test_local_config_survives_damage(tmp_path: Path) -> None:
    path = tmp_path / "local.json"
    path.write_text("{not json", encoding="utf-8")
    config = load_local_config(path)
    assert config.language == "zh_TW"
    assert (tmp_path / "local.json.bad").exists()
    save_local_config(path, config.with_language("en"))
    assert load_local_config(path).language == "en"
    assert load_local_config(path).node_id == config.node_id


@pytest.mark.parametrize(
    "message",
    [
        "visitor 陳大文 checked in",
        "phone 13812345678",
        "id 440305199003071236",
        "hkid A123456(3)",
        "call +852 9123 4567",
    ],
)
def test_log_redaction_hides_personal_data(message: str) -> None:
    redacted = redact(message)
    for secret in ("陳大文", "13812345678", "440305199003071236", "A123456", "9123"):
        assert secret not in redacted


def test_log_redaction_keeps_ids_and_codes() -> None:
    message = "shift 0444c40b-cff0-441f-bdd9-95ea8d743e4d ended status=ended seq=12"
    assert redact(message) == message
