"""CLI tests run the real ``gatehouse`` entry point in a subprocess on a temporary data directory."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


@pytest.fixture
def gatehouse(tmp_path: Path) -> Runner:
    data_dir = tmp_path / "data"

    def run(*args: str, data: Path | None = data_dir, lang: str = "en", timeout: float = 120) -> Result:
        command = [sys.executable, "-m", "ui.main"]
        if data is not None:
            command += ["--data-dir", str(data)]
        if lang:
            command += ["--lang", lang]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
        done = subprocess.run([*command, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
        return Result(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "admin.pw"
    path.write_text("admin-pass-1\n", encoding="utf-8")
    return path


@pytest.fixture
def initialised(gatehouse: Runner, password_file: Path) -> Runner:
    result = gatehouse(
        "init",
        "--site-name",
        "翠湖花園",
        "--admin",
        "admin",
        "--password-file",
        str(password_file),
        "--timezone",
        "Asia/Hong_Kong",
    )
    assert result.code == 0, result.err
    return gatehouse


@pytest.fixture
def signed(password_file: Path) -> tuple[str, ...]:
    """The admin's sign-in for commands that read personal data or change the database."""
    return ("--user", "admin", "--password-file", str(password_file))


def demo_admin(demo_out: str, folder: Path) -> tuple[str, ...]:
    """The demo admin's sign-in, from the accounts ``gatehouse demo`` prints."""
    admin = next(line.split() for line in demo_out.splitlines() if line.startswith("  admin "))
    password = folder / "demo-admin.pw"
    password.write_text(admin[3] + "\n", encoding="utf-8")
    return ("--user", admin[0], "--password-file", str(password))
