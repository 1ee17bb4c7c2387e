"""init, check, backup, restore, audit verify, keys — and what each says when something is wrong."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import INIT, Result, Runner


def _one_line(result: Result) -> str:
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    return lines[0]


def _sqlite3(database: Path, sql: str) -> None:
    """Tamper the way a person with the sqlite3 shell would (dropping the guard triggers first)."""
    subprocess.run(["sqlite3", str(database)], input=sql, text=True, check=True, capture_output=True)


def test_version_and_init(initialised: Runner, tmp_path: Path) -> None:
    version = initialised("--version")
    assert version.code == 0 and version.out.startswith("gatehouse ")
    check = initialised("check")
    assert check.code == 0, check.err
    assert "Integrity check: ok" in check.out
    assert "Site key: present" in check.out


def test_init_twice_is_refused_in_one_line(initialised: Runner, password_file: Path) -> None:
    again = initialised("init", "--site-name", "X", "--admin", "admin2", "--password-file", str(password_file))
    assert again.code == 1
    assert _one_line(again) == "This database already has a site."


def test_init_reports_every_bad_field(gatehouse: Runner, tmp_path: Path) -> None:
    weak = tmp_path / "weak.pw"
    weak.write_text("abc\n", encoding="utf-8")
    result = gatehouse("init", "--site-name", "   ", "--admin", "a b", "--password-file", str(weak))
    assert result.code == 1
    line = _one_line(result)
    assert "Site name: Required." in line
    assert "User name:" in line and "Password: Too weak" in line
    # nothing was half-written: the database has no site
    assert "No site yet" in gatehouse("check").out


def test_init_in_chinese(gatehouse: Runner, password_file: Path) -> None:
    result = gatehouse(
        "init", "--site-name", "翠湖花園", "--admin", "admin", "--password-file", str(password_file), lang="zh_TW"
    )
    assert result.code == 0
    assert "已在" in result.out and "翠湖花園" in result.out


def test_missing_password_file(gatehouse: Runner, tmp_path: Path) -> None:
    result = gatehouse("init", "--site-name", "X", "--admin", "admin", "--password-file", str(tmp_path / "nope"))
    assert result.code == 1
    assert "was not found" in _one_line(result)


def test_audit_verify_passes_on_an_untouched_chain(initialised: Runner) -> None:
    result = initialised("audit", "verify")
    assert result.code == 0
    assert "Audit chain intact: 1 entries" in result.out


def _chain_of(initialised: Runner, tmp_path: Path, entries: int) -> Path:
    """Make a few audited changes (backups of the admin's own PIN) so the chain has ``entries`` rows."""
    database = tmp_path / "data" / "gatehouse.db"
    from app.bootstrap import build_services, open_database
    from app.clock import SystemClock
    from app.local_config import LocalConfig
    from app.paths import DataPaths
    from tests.conftest import LIGHT_HASHER

    paths = DataPaths(tmp_path / "data")
    db = open_database(database, paths, SystemClock(), LocalConfig())
    services = build_services(db, SystemClock(), hasher=LIGHT_HASHER)
    desk = services.site.desks()[0].id
    actor = services.auth.login("admin", "admin-pass-1", desk)
    while True:
        with db.sessions.read() as s:
            count = s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM audit_entry")).scalar_one()
        if count >= entries:
            break
        services.operators.set_pin(actor, actor.operator_id, "2580")
    db.dispose()
    return database


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        ("UPDATE audit_entry SET action = 'operator.pin_cleared' WHERE seq = 3;", "at entry 3: the entry was altered"),
        ("DELETE FROM audit_entry WHERE seq = 3;", "at entry 3: the entry is missing"),
        (
            "UPDATE audit_entry SET seq = -2 WHERE seq = 2; UPDATE audit_entry SET seq = 2 WHERE seq = 3;"
            " UPDATE audit_entry SET seq = 3 WHERE seq = -2;",
            "at entry 2:",
        ),
        ("DELETE FROM audit_entry WHERE seq = 5;", "at entry 5: it and any after it were removed from the end"),
    ],
    ids=["edit", "delete-middle", "reorder", "truncate-end"],
)
def test_audit_verify_detects_tampering_with_the_sqlite3_shell(
    initialised: Runner, tmp_path: Path, tamper: str, expected: str
) -> None:
    database = _chain_of(initialised, tmp_path, 5)
    _sqlite3(database, "DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;" + tamper)
    result = initialised("audit", "verify")
    assert result.code == 1
    assert expected in _one_line(result)


def test_backup_then_restore(initialised: Runner, tmp_path: Path, signed: tuple[str, ...]) -> None:
    backup = tmp_path / "backups" / "b.db"
    made = initialised("backup", "--out", str(backup), *signed)
    assert made.code == 0, made.err
    assert backup.exists() and "verified" in made.out
    database = tmp_path / "data" / "gatehouse.db"
    _chain_of(initialised, tmp_path, 3)  # changes after the backup
    restored = initialised("restore", str(backup))
    assert restored.code == 0, restored.err
    with sqlite3.connect(database) as connection:
        actions = [r[0] for r in connection.execute("SELECT action FROM audit_entry ORDER BY seq")]
    # the backup holds the site's creation and the sign-in of whoever made it; the restore is audited
    assert len(actions) == 3 and actions[-1] == "database.restored"
    kept = list((tmp_path / "data" / "backups").glob("replaced-by-restore-*.db"))
    assert len(kept) == 1
    assert initialised("audit", "verify").code == 0


def test_backup_to_the_backup_folder_then_restore_the_archive_and_drill(
    initialised: Runner, tmp_path: Path, signed: tuple[str, ...]
) -> None:
    made = initialised("backup", *signed)
    assert made.code == 0, made.err
    archives = list((tmp_path / "data" / "backups").glob("gatehouse-*.db.gz"))
    assert len(archives) == 1 and "with its manifest" in made.out
    drill = initialised("restore-drill")
    assert drill.code == 0 and "Restore drill passed" in drill.out, drill.err
    restored = initialised("restore", str(archives[0]))
    assert restored.code == 0, restored.err
    assert initialised("audit", "verify").code == 0


def test_backup_refuses_the_live_database_and_virtual_folders_in_one_line(
    initialised: Runner, tmp_path: Path, signed: tuple[str, ...]
) -> None:
    database = tmp_path / "data" / "gatehouse.db"
    onto = initialised("backup", "--out", str(database), *signed)
    assert onto.code == 1
    assert _one_line(onto) == f"{database} is the database in use: a backup must go to another file."
    assert initialised("check").code == 0  # still the live database, whole (only the sign-in was audited)
    assert initialised("audit", "verify").code == 0
    virtual = initialised("backup", "--out", "/proc/gatehouse.db", *signed)
    assert virtual.code == 1 and "system folder that keeps no files" in _one_line(virtual)


def test_restore_refuses_a_file_that_is_not_a_gatehouse_backup(initialised: Runner, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    result = initialised("restore", str(junk))
    assert result.code == 1
    assert "is not a Gatehouse database" in _one_line(result)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert "is not a Gatehouse database" in _one_line(initialised("restore", str(other)))
    assert initialised("check").code == 0  # the live database was not touched


def test_a_corrupt_database_file_gets_one_clear_line(gatehouse: Runner, tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database" * 100)
    result = gatehouse("--db", str(corrupt), "check")
    assert result.code == 1
    assert _one_line(result) == f"{corrupt} is not a Gatehouse database."
    assert corrupt.read_bytes() == b"this is not a database" * 100  # untouched


def test_a_damaged_sqlite_file_gets_one_clear_line(initialised: Runner, tmp_path: Path) -> None:
    database = tmp_path / "data" / "gatehouse.db"
    damaged = tmp_path / "damaged.db"
    shutil.copyfile(database, damaged)
    with damaged.open("r+b") as handle:  # keep the header, scribble over the schema pages
        handle.seek(100)
        handle.write(os.urandom(8000))
    result = initialised("--db", str(damaged), "check")
    assert result.code == 1
    assert _one_line(result) in (
        f"{damaged} is damaged. Restore the latest backup (gatehouse restore).",
        f"{damaged} is not a Gatehouse database.",
    )


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() == 0:  # root ignores permission bits; the immutable flag stops root too
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        yield folder
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_a_database_in_a_read_only_directory(gatehouse: Runner, read_only_dir: Path, password_file: Path) -> None:
    result = gatehouse(
        "--db",
        str(read_only_dir / "gatehouse.db"),
        "init",
        "--site-name",
        "X",
        "--admin",
        "admin",
        "--password-file",
        str(password_file),
    )
    assert result.code == 1
    assert _one_line(result) == f"Cannot write to {read_only_dir}: the folder or file is read-only."
    assert list(read_only_dir.iterdir()) == []


def test_unreachable_postgresql_server(gatehouse: Runner) -> None:
    result = gatehouse("--db", "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2", "check")
    assert result.code == 1
    assert "Cannot reach the database" in _one_line(result)
    assert "password" not in result.err


def test_keys_export_and_import(initialised: Runner, tmp_path: Path, signed: tuple[str, ...]) -> None:
    key = tmp_path / "site.key"
    passphrase = tmp_path / "pass"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    exported = initialised("keys", "export", "--out", str(key), "--passphrase-file", str(passphrase), *signed)
    assert exported.code == 0, exported.err
    shutil.rmtree(tmp_path / "data" / "keys")
    missing = initialised("check")
    assert missing.code == 1 and "MISSING" in missing.err  # a failure: on stderr
    assert "key file for this database is missing" in _one_line(initialised("audit", "verify"))
    assert initialised("keys", "import", str(key), "--passphrase-file", str(passphrase)).code == 0
    assert initialised("audit", "verify").code == 0


def test_usage_errors_exit_2(gatehouse: Runner) -> None:
    assert gatehouse("no-such-command").code == 2


@pytest.mark.slow  # a demo site or a real process: several seconds
def test_the_installed_script_in_its_own_process(gatehouse_process: Runner, password_file: Path) -> None:
    """What only a real process shows: the script's exit codes, and that stderr carries the one line."""
    version = gatehouse_process("--version")
    assert version.code == 0 and version.out.startswith("gatehouse ")
    usage = gatehouse_process("no-such-command")
    assert usage.code == 2 and "usage: gatehouse" in usage.err and usage.out == ""
    first = gatehouse_process(*INIT, "--password-file", str(password_file))
    assert first.code == 0, first.err
    again = gatehouse_process(*INIT, "--password-file", str(password_file))
    assert again.code == 1 and again.out == ""
    assert _one_line(again) == "This database already has a site."


def test_demo_is_deterministic_per_seed_and_refuses_a_used_database(gatehouse: Runner, tmp_path: Path) -> None:
    first = gatehouse("demo", "--visits", "0", "--days", "3", "--seed", "7", "--until", "2026-03-02")
    assert first.code == 0, first.err
    assert "admin" in first.out and "lee" in first.out
    again = gatehouse(
        "demo", "--visits", "0", "--days", "3", "--seed", "7", "--until", "2026-03-02", data=tmp_path / "other"
    )
    accounts = [line for line in first.out.splitlines() if line.startswith("  admin")]
    assert accounts == [line for line in again.out.splitlines() if line.startswith("  admin")]
    used = gatehouse("demo", "--visits", "0", "--days", "3")
    assert used.code == 1
    assert _one_line(used) == "This database already has a site."
    bad = gatehouse("demo", "--visits", "-5", data=tmp_path / "third")
    assert bad.code == 1 and "--visits must be between" in _one_line(bad)
