"""CLI tests call the real entry point ``ui.main.main(argv)`` in this process, on a temporary data directory.

Each call gets its own stdout/stderr (captured), its exit code (also from ``SystemExit``, as argparse
raises for usage errors and ``--version``), and leaves no trace in the process: the language, the log
handlers the command added to the root logger and its level are put back. Starting a Python process per
call cost ~2 s of imports each time; the few tests about the process itself (exit codes and stderr of
the installed ``gatehouse`` script) use ``gatehouse_process``.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ui import i18n
from ui.main import main

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


def _arguments(args: tuple[str, ...], data: Path | None, lang: str) -> list[str]:
    command = []
    if data is not None:
        command += ["--data-dir", str(data)]
    if lang:
        command += ["--lang", lang]
    return [*command, *args]


@contextmanager
def _process_state_kept() -> Iterator[None]:
    language, locale = i18n.current_language(), QLocale()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
        i18n.install_language(language)
        QLocale.setDefault(locale)


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def _in_process(*args: str, data: Path | None, lang: str = "en") -> Result:
    out, err = io.StringIO(), io.StringIO()
    with _process_state_kept(), redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(_arguments(args, data, lang))
        except SystemExit as exit_:
            code = _exit_code(exit_.code)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def gatehouse(tmp_path: Path, qapp: object) -> Runner:
    """``gatehouse(*args, data=…, lang=…)`` runs one command through ``ui.main.main`` (a QApplication
    exists first, as pytest-qt's GUI tests in the same process need one, not a QCoreApplication)."""
    data_dir = tmp_path / "data"

    def run(*args: str, data: Path | None = data_dir, lang: str = "en", timeout: float | None = None) -> Result:
        # ``timeout`` is accepted for the subprocess runner's callers; pytest-timeout bounds a test here.
        return _in_process(*args, data=data, lang=lang)

    return run


@pytest.fixture
def gatehouse_process(tmp_path: Path) -> Runner:
    """The installed ``gatehouse`` script in its own process: for what only a process shows."""
    data_dir = tmp_path / "data"
    script = Path(sys.executable).parent / "gatehouse"
    assert script.exists(), f"the gatehouse script is not installed next to {sys.executable}"

    def run(*args: str, data: Path | None = data_dir, lang: str = "en", timeout: float = 120) -> Result:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
        done = subprocess.run(
            [str(script), *_arguments(args, data, lang)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "admin.pw"
    path.write_text("admin-pass-1\n", encoding="utf-8")
    return path


INIT = ("init", "--site-name", "翠湖花園", "--admin", "admin", "--timezone", "Asia/Hong_Kong")


@pytest.fixture(scope="session")
def _initialised_template(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    """One ``gatehouse init`` per test session (migrations and the real password hash take seconds)."""
    folder = tmp_path_factory.mktemp("cli-template")
    password = folder / "admin.pw"
    password.write_text("admin-pass-1\n", encoding="utf-8")
    result = _in_process(*INIT, "--password-file", str(password), data=folder / "data")
    assert result.code == 0, result.err
    return folder / "data"


@pytest.fixture
def initialised(gatehouse: Runner, _initialised_template: Path, tmp_path: Path) -> Runner:
    """A data directory as ``gatehouse init`` left it: a copy of the session's, so each test has its own."""
    shutil.copytree(_initialised_template, tmp_path / "data")
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
