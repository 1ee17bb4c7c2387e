#!/usr/bin/env python3
"""Compile the Windows installer on a Windows build machine (after ``py dev.py bundle``).

    py installer\\windows\\build_setup.py [path\\to\\ISCC.exe]

Passes the version of pyproject.toml to Inno Setup (``/DAppVersion=``), checks the script against
the bundle's file list first, and prints where the setup program was written.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_ISCC = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


def main(argv: list[str]) -> int:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    files = ROOT / "dist" / "gatehouse" / "FILES.txt"
    if not files.exists():
        sys.exit("build_setup: no dist\\gatehouse\\FILES.txt — run `py dev.py bundle` first")
    if subprocess.call([sys.executable, str(HERE / "check_iss.py"), str(files)]) != 0:
        return 1
    iscc = Path(argv[0]) if argv else Path(shutil.which("iscc") or DEFAULT_ISCC)
    if not iscc.exists():
        sys.exit(f"build_setup: Inno Setup 6 not found at {iscc} (give the path to ISCC.exe)")
    code = subprocess.call([str(iscc), f"/DAppVersion={version}", str(HERE / "gatehouse.iss")])
    if code == 0:
        print(f"build_setup: {ROOT / 'dist' / f'gatehouse-{version}-windows-x64-setup.exe'}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
