#!/usr/bin/env python3
"""Build the booth-PC bundle and, on Linux, its tarball and .deb (``python3 dev.py bundle``).

    python installer/build.py              dist/gatehouse/ (PyInstaller one folder) + FILES.txt
    python installer/build.py --packages   also dist/gatehouse-<version>-linux-<arch>.tar.gz and .deb

Run with the project's venv Python (dev.py does that, after installing the ``bundle`` extra).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_rules  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK}",
            str(HERE / "gatehouse.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = DIST / bundle_rules.APP_NAME
    names = bundle_rules.file_list(bundle)
    if sys.platform.startswith("linux"):
        missing = [name for name in bundle_rules.REQUIRED_LINUX if name not in names]
        if missing:
            sys.exit("build: the bundle lacks " + ", ".join(missing))
    (bundle / bundle_rules.FILE_LIST).write_text("\n".join(names) + "\n", encoding="utf-8")
    return bundle


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packages", action="store_true", help="also write the Linux tarball and .deb")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build_bundle()
    built = time.monotonic() - started
    size = folder_size(bundle)
    print(f"build: {bundle} — {size / 1e6:.1f} MB unpacked, built in {built:.0f} s", flush=True)
    if args.packages and sys.platform.startswith("linux"):
        import linux_packages

        for package in linux_packages.build_all(bundle, project_version(), DIST):
            print(f"build: {package} — {package.stat().st_size / 1e6:.1f} MB", flush=True)
        print(f"build: packages written in {time.monotonic() - started - built:.0f} s", flush=True)
    shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
