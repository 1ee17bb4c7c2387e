"""Bad input at the edges of the command line: one clear line on stderr each, exit 1, no traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import Result, Runner


def _one_line(result: Result) -> str:
    assert result.code == 1, (result.out, result.err)
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.err, result.err
    return lines[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("report", "daily", "--date", "0001-01-01"), "'0001-01-01' is outside the days Gatehouse keeps"),
        (("report", "daily", "--date", ""), "'' is not a date (YYYY-MM-DD)."),
        (
            ("export", "xlsx", "--what", "shifts", "--to", "9999-12-31"),
            "'9999-12-31' is outside the days Gatehouse keeps",
        ),
    ],
)
def test_dates_out_of_range_or_empty(initialised: Runner, tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    """Said before any password is asked: no --user is given here."""
    assert expected in _one_line(initialised(*args, "--out", str(tmp_path / "x.out")))


def test_a_password_file_that_is_a_folder(gatehouse: Runner, tmp_path: Path) -> None:
    line = _one_line(gatehouse("init", "--site-name", "X", "--admin", "admin", "--password-file", str(tmp_path)))
    assert line == f"{tmp_path} is a folder; name the file that holds the secret."


def test_a_data_dir_that_is_a_file_or_read_only(gatehouse: Runner, tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    line = _one_line(gatehouse("check", data=a_file))
    assert line.startswith(f"--data-dir {a_file} is a file")
    read_only = tmp_path / "ro"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        import os

        if os.access(read_only, os.W_OK):  # root ignores permissions
            pytest.skip("running as root: a chmod does not make a folder read-only")
        assert "cannot be written" in _one_line(gatehouse("check", data=read_only / "data"))
    finally:
        read_only.chmod(0o700)


def test_check_reports_failures_on_stderr(initialised: Runner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    result = initialised("--db", str(empty), "check")
    assert result.code == 1
    assert "Schema: empty" in result.err and "No site yet" in result.out


def test_db_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_created(
    gatehouse: Runner, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "g.db"
    assert _one_line(gatehouse("--db", str(target), "check")) == f"{tmp_path / 'no' / 'such'} was not found."
    assert not (tmp_path / "no").exists()
    missing = tmp_path / "missing.db"
    assert _one_line(gatehouse("--db", str(missing), "check")) == f"{missing} was not found."
    assert not missing.exists()
