"""Who may run what on the command line, files created owner-only, the exported site key, the
recovery of a forgotten admin password, and what ``audit verify`` says about a cut or a lost head."""

from __future__ import annotations

import base64
import json
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import Result, Runner

SCHEDULER_PASSWORD = "cron-pass-12345"


def _one_line(result: Result) -> str:
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    return lines[0]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def scheduler(initialised: Runner, tmp_path: Path) -> tuple[str, ...]:
    """A scheduled-task account made by the admin through the real services; its sign-in arguments."""
    from app.bootstrap import build_services, open_database
    from app.clock import SystemClock
    from app.local_config import LocalConfig
    from app.operators import NewOperator
    from app.paths import DataPaths
    from app.permissions import Role
    from tests.conftest import LIGHT_HASHER

    paths = DataPaths(tmp_path / "data")
    db = open_database(paths.database, paths, SystemClock(), LocalConfig())
    services = build_services(db, SystemClock(), hasher=LIGHT_HASHER)
    admin = services.auth.login("admin", "admin-pass-1", None)
    services.operators.create(admin, NewOperator("cron", "Nightly task", Role.SCHEDULER, SCHEDULER_PASSWORD))
    db.dispose()
    password = tmp_path / "cron.pw"
    password.write_text(SCHEDULER_PASSWORD + "\n", encoding="utf-8")
    return ("--user", "cron", "--password-file", str(password))


def test_commands_that_read_personal_data_refuse_without_credentials(initialised: Runner, tmp_path: Path) -> None:
    for args in (
        ("export", "xlsx", "--what", "shifts", "--out", str(tmp_path / "x.xlsx")),
        ("directory", "export", str(tmp_path / "d.xlsx")),
        ("keys", "export", "--out", str(tmp_path / "k.key")),
        ("backup", "--out", str(tmp_path / "b.db")),
        ("report", "daily", "--out", str(tmp_path / "d.pdf")),
    ):
        refused = initialised(*args)
        assert refused.code == 1, args
        assert "give --user NAME" in _one_line(refused)
    assert not list(tmp_path.glob("?.*"))


def test_a_wrong_password_is_refused_and_audited(initialised: Runner, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.pw"
    wrong.write_text("not-the-password\n", encoding="utf-8")
    refused = initialised(
        "directory", "export", str(tmp_path / "d.xlsx"), "--user", "admin", "--password-file", str(wrong)
    )
    assert refused.code == 1
    assert "Sign-in as admin refused" in _one_line(refused)
    with sqlite3.connect(tmp_path / "data" / "gatehouse.db") as connection:
        failed = connection.execute("SELECT count(*) FROM audit_entry WHERE action = 'auth.login_failed'").fetchone()
    assert failed[0] == 1


def test_the_scheduled_task_account_backs_up_and_reports_but_exports_nothing_unmasked(
    initialised: Runner, tmp_path: Path, scheduler: tuple[str, ...]
) -> None:
    backup = tmp_path / "nightly.db"
    done = initialised("backup", "--out", str(backup), *scheduler)
    assert done.code == 0, done.err
    assert _mode(backup) == 0o600
    daily = initialised("report", "daily", "--date", "2026-01-05", "--out", str(tmp_path / "d.pdf"), *scheduler)
    assert daily.code == 0, daily.err
    assert initialised("check").code == 0
    for args in (
        ("directory", "export", str(tmp_path / "d.xlsx")),
        ("export", "xlsx", "--what", "shifts", "--out", str(tmp_path / "x.xlsx")),
        ("report", "muster", "--out", str(tmp_path / "m.pdf")),
        ("keys", "export", "--out", str(tmp_path / "k.key")),
    ):
        refused = initialised(*args, *scheduler)
        assert refused.code == 1, args
        assert "cron (scheduler) may not run this command" in _one_line(refused)
    assert not (tmp_path / "d.xlsx").exists() and not (tmp_path / "k.key").exists()


def test_files_are_created_owner_only(initialised: Runner, tmp_path: Path, signed: tuple[str, ...]) -> None:
    data = tmp_path / "data"
    assert _mode(data) == 0o700
    assert _mode(data / "gatehouse.db") == 0o600
    assert all(_mode(key) == 0o600 for key in (data / "keys").iterdir())
    out = tmp_path / "shifts.xlsx"
    assert initialised("export", "xlsx", "--what", "shifts", "--out", str(out), *signed).code == 0
    assert _mode(out) == 0o600
    directory = tmp_path / "directory.xlsx"
    assert initialised("directory", "export", str(directory), *signed).code == 0
    assert _mode(directory) == 0o600
    assert initialised("audit", "anchor").code == 0
    assert _mode(next((data / "anchors").iterdir())) == 0o600


def test_the_exported_key_is_encrypted_and_refuses_a_wrong_passphrase(
    initialised: Runner, tmp_path: Path, signed: tuple[str, ...]
) -> None:
    raw = json.loads(next((tmp_path / "data" / "keys").glob("*.key")).read_text(encoding="utf-8"))["key"]
    key, passphrase, wrong = tmp_path / "site.key", tmp_path / "pass", tmp_path / "wrong"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    wrong.write_text("incorrect horse battery\n", encoding="utf-8")
    short = tmp_path / "short"
    short.write_text("abc\n", encoding="utf-8")
    too_short = initialised("keys", "export", "--out", str(key), "--passphrase-file", str(short), *signed)
    assert too_short.code == 1 and "at least 10 characters" in _one_line(too_short)
    done = initialised("keys", "export", "--out", str(key), "--passphrase-file", str(passphrase), *signed)
    assert done.code == 0, done.err
    assert _mode(key) == 0o600
    text = key.read_text(encoding="utf-8")
    assert raw not in text and base64.b64decode(raw).hex() not in text
    assert json.loads(text)["kdf"]["name"] == "scrypt"
    other = tmp_path / "other"
    refused = initialised("keys", "import", str(key), "--passphrase-file", str(wrong), data=other)
    assert refused.code == 1
    assert "Wrong passphrase" in _one_line(refused)
    assert not (other / "keys").exists() or not list((other / "keys").iterdir())
    assert initialised("keys", "import", str(key), "--passphrase-file", str(passphrase), data=other).code == 0
    with sqlite3.connect(tmp_path / "data" / "gatehouse.db") as connection:
        exported = connection.execute("SELECT count(*) FROM audit_entry WHERE action = 'site_key.exported'").fetchone()
    assert exported[0] == 1


def test_a_forgotten_admin_password_is_reset_with_the_site_key(
    initialised: Runner, tmp_path: Path, signed: tuple[str, ...]
) -> None:
    key, passphrase, new = tmp_path / "site.key", tmp_path / "pass", tmp_path / "new.pw"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    new.write_text("brand-new-pass-2\n", encoding="utf-8")
    initialised("keys", "export", "--out", str(key), "--passphrase-file", str(passphrase), *signed)
    args = ("operators", "reset-password", "admin", "--key-file", str(key), "--new-password-file", str(new))
    wrong = tmp_path / "wrong"
    wrong.write_text("incorrect horse battery\n", encoding="utf-8")
    assert initialised(*args, "--passphrase-file", str(wrong)).code == 1
    done = initialised(*args, "--passphrase-file", str(passphrase))
    assert done.code == 0, done.err
    assert "New password set for admin" in done.out
    relogin = ("--user", "admin", "--password-file", str(new))
    assert initialised("directory", "export", str(tmp_path / "d.xlsx"), *relogin).code == 0
    with sqlite3.connect(tmp_path / "data" / "gatehouse.db") as connection:
        recovered = connection.execute(
            "SELECT count(*) FROM audit_entry WHERE action = 'operator.password_recovered'"
        ).fetchone()
    assert recovered[0] == 1
    assert initialised("audit", "verify").code == 0


def _sqlite3(database: Path, sql: str) -> None:
    subprocess.run(["sqlite3", str(database)], input=sql, text=True, check=True, capture_output=True)


def _grow(tmp_path: Path, entries: int) -> None:
    from app.bootstrap import build_services, open_database
    from app.clock import SystemClock
    from app.local_config import LocalConfig
    from app.paths import DataPaths
    from tests.conftest import LIGHT_HASHER

    paths = DataPaths(tmp_path / "data")
    db = open_database(paths.database, paths, SystemClock(), LocalConfig())
    services = build_services(db, SystemClock(), hasher=LIGHT_HASHER)
    actor = services.auth.login("admin", "admin-pass-1", None)
    for _ in range(entries):
        services.operators.set_pin(actor, actor.operator_id, "2580")
    services.audit_keeper.close()  # a clean exit writes the anchor file
    db.dispose()


def test_audit_verify_names_a_cut_tail_with_the_head_moved(initialised: Runner, tmp_path: Path) -> None:
    _grow(tmp_path, 40)
    database = tmp_path / "data" / "gatehouse.db"
    _sqlite3(
        database,
        "DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE seq > 12;"
        " UPDATE audit_head SET last_seq = 12, last_hash = (SELECT entry_hash FROM audit_entry WHERE seq = 12);",
    )
    result = initialised("audit", "verify")
    assert result.code == 1
    line = _one_line(result)
    assert "the last 30 entries are missing since" in line and "entry 12" in line


def test_audit_verify_names_a_missing_head_row(initialised: Runner, tmp_path: Path) -> None:
    _sqlite3(tmp_path / "data" / "gatehouse.db", "DELETE FROM audit_head;")
    result = initialised("audit", "verify")
    assert result.code == 1
    assert "head row (audit_head) was deleted" in _one_line(result)
    assert "Traceback" not in result.err
