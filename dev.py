#!/usr/bin/env python3
"""Gatehouse developer entry point: sets up what it needs, then starts the program or the tests.

    python3 dev.py            start Gatehouse (first run shows the setup screen)
    python3 dev.py test       run the whole test suite
    python3 dev.py i18n       extract strings (lupdate) and compile translations (lrelease)
    python3 dev.py lint       ruff check, ruff format --check, mypy --strict
    python3 dev.py bench ...  run a benchmark script from bench/
    python3 dev.py docs       regenerate the pictures the docs show (tools/docs/)
    python3 dev.py bundle     build the booth-PC bundle dist/gatehouse/ (--packages: .tar.gz and .deb)

Only the Python standard library is used here: this file runs before the venv exists.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".gatehouse-installed"

# Debian/Ubuntu packages of the shared libraries Qt loads (offscreen and xcb, fonts, printing). They are
# also the Depends of the booth-PC .deb, whose bundle leaves them to the system (installer/linux_packages.py).
QT_SYSTEM_PACKAGES = [
    "libglib2.0-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libcups2",
]
# Those, and what the tests, the PDF checks and the CJK fonts need.
APT_PACKAGES = [
    *QT_SYSTEM_PACKAGES,
    "xvfb",
    "xauth",
    "fonts-wqy-microhei",
    "fonts-arphic-uming",
    "fonts-hanazono",
    "poppler-utils",
    "poppler-data",
    "sqlite3",
    "e2fsprogs",
    "zbar-tools",
    "libreoffice-calc-nogui",
]


def venv_bin(name: str) -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / scripts / f"{name}{suffix}"


def _requirements_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create .venv and install the project (editable, with test tools) when pyproject changed."""
    digest = _requirements_digest()
    if STAMP.exists() and STAMP.read_text().strip() == digest:
        return
    if not venv_bin("python").exists():
        print("dev.py: creating .venv …", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    print("dev.py: installing Gatehouse and its dependencies into .venv …", file=sys.stderr, flush=True)
    pip = [str(venv_bin("python")), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(digest)


def _qt_loads() -> bool:
    probe = "from PySide6 import QtWidgets; QtWidgets.QApplication([])"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([str(venv_bin("python")), "-c", probe], env=env, capture_output=True, text=True)
    return done.returncode == 0


def _missing_system_tools() -> list[str]:
    # PDF checks, the sqlite3 shell (audit tamper tests), chattr (read-only folders as root),
    # zbarimg (slip barcodes) and LibreOffice (exports opened by a real spreadsheet program).
    tools = ("pdftotext", "pdffonts", "pdftoppm", "sqlite3", "chattr", "zbarimg", "soffice")
    missing = [tool for tool in tools if not shutil.which(tool)]
    if not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").exists():
        missing.append("fonts-wqy-microhei")
    return missing


def ensure_system_packages(for_tests: bool) -> None:
    """On Linux, install the shared libraries Qt needs (and the PDF tools for tests) via apt."""
    if not sys.platform.startswith("linux"):
        return
    missing_tools = _missing_system_tools() if for_tests else []
    if _qt_loads() and not missing_tools:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *APT_PACKAGES]
    if shutil.which("apt-get") is None:
        sys.exit("dev.py: Qt's system libraries are missing and apt-get is not available here.")
    if os.geteuid() != 0:
        sudo = "sudo " if shutil.which("sudo") else ""
        sys.exit(
            "dev.py: Qt's system libraries or the PDF tools are missing. Install them with:\n"
            f"  {sudo}apt-get update && {sudo}{' '.join(command)}"
        )
    print("dev.py: installing system packages for Qt, fonts and PDF tools (apt) …", file=sys.stderr, flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*command, "-qq"], check=True, env=env)


def run_tests(args: list[str]) -> int:
    ensure_venv()
    ensure_system_packages(for_tests=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONUTF8="1")
    return subprocess.call([str(venv_bin("python")), "-m", "pytest", *args], cwd=ROOT, env=env)


def start(args: list[str]) -> int:
    ensure_venv()
    ensure_system_packages(for_tests=False)
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print("dev.py: no display found (DISPLAY is not set); try: xvfb-run python3 dev.py", flush=True)
    return subprocess.call([str(venv_bin("gatehouse")), *args], cwd=ROOT)


def i18n(args: list[str]) -> int:
    """Extract, fill from the catalogs and compile translations (see installer/i18n.py)."""
    ensure_venv()
    return subprocess.call([str(venv_bin("python")), str(ROOT / "installer" / "i18n.py"), *args], cwd=ROOT)


LINTED = ("app", "db", "ui", "tests", "bench", "tools")


def lint() -> int:
    """ruff check, ruff format --check and mypy --strict (app/, db/, ui/: see pyproject); all run, any failure fails."""
    ensure_venv()
    ruff = str(venv_bin("ruff"))
    codes = [
        subprocess.call([ruff, "check", *LINTED], cwd=ROOT),
        subprocess.call([ruff, "format", "--check", *LINTED], cwd=ROOT),
        subprocess.call([str(venv_bin("mypy"))], cwd=ROOT),
    ]
    return max(codes)


DOC_PICTURE_SCRIPTS = ("tools.docs.tour", "tools.docs.visitors", "tools.docs.keys", "tools.docs.repairs")


def docs(args: list[str]) -> int:
    """Regenerate the pictures the docs show (tools/docs/; each script keeps only what a page links)."""
    ensure_venv()
    ensure_system_packages(for_tests=True)
    env = dict(os.environ, LANG="C.UTF-8", PYTHONUTF8="1")
    display = [] if os.environ.get("DISPLAY") else ["xvfb-run", "-a", "-s", "-screen 0 1024x768x24"]
    if display and shutil.which("xvfb-run") is None:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        display = []
    for script in DOC_PICTURE_SCRIPTS:
        code = subprocess.call([*display, str(venv_bin("python")), "-m", script, *args], cwd=ROOT, env=env)
        if code:
            return code
    return 0


def bench(args: list[str]) -> int:
    ensure_venv()
    ensure_system_packages(for_tests=True)
    if not args:
        sys.exit("usage: python3 dev.py bench bench/<script>.py [options]")
    env = dict(os.environ, LANG="C.UTF-8", PYTHONUTF8="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([str(venv_bin("python")), *args], cwd=ROOT, env=env)


def bundle(args: list[str]) -> int:
    """The self-contained program for a booth PC (installer/build.py, PyInstaller from the bundle extra)."""
    ensure_venv()
    python = str(venv_bin("python"))
    if subprocess.call([python, "-c", "import PyInstaller"], stderr=subprocess.DEVNULL) != 0:
        print("dev.py: installing PyInstaller (the bundle extra) …", file=sys.stderr, flush=True)
        pip = [python, "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "-e", f"{ROOT}[bundle]"], check=True)
    return subprocess.call([python, str(ROOT / "installer" / "build.py"), *args], cwd=ROOT)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("start", [])
    if command == "test":
        return run_tests(rest)
    if command == "i18n":
        return i18n(rest)
    if command == "lint":
        return lint()
    if command == "bench":
        return bench(rest)
    if command == "docs":
        return docs(rest)
    if command == "bundle":
        return bundle(rest)
    if command == "start":
        return start(rest)
    return start(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
