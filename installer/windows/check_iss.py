#!/usr/bin/env python3
"""Check that gatehouse.iss installs exactly what the bundle build makes, in both directions.

    python installer/windows/check_iss.py [dist/gatehouse/FILES.txt]

Without a file list it compares the script with the layout the build rules give for Windows
(installer/bundle_rules.py: the two programs, ``_internal`` and the file list) — that is what the test
suite does, with no build. With the ``FILES.txt`` a (Linux) build wrote, it compares the script with
that build's top-level entries, each Linux program standing for the Windows programs built from it.
Every other file the script names must exist in the repository.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import bundle_rules  # noqa: E402

ISS = HERE / "gatehouse.iss"
BUNDLE_SOURCE = "{#BundleDir}\\"
_SOURCE = re.compile(r'^\s*Source:\s*"([^"]+)"', re.MULTILINE)
_APP_FILE = re.compile(r"\{app\}\\([^\"';]+?)(?=\\?[\"';]|$)", re.MULTILINE)
_SETUP_FILE = re.compile(r"^\s*SetupIconFile=(.+)$", re.MULTILINE)
_MESSAGES = re.compile(r'MessagesFile:\s*"([^"]+)"')


def windows_layout() -> set[str]:
    """The top-level entries of the Windows bundle: gatehouse.exe, gatehouse-cli.exe, _internal, FILES.txt."""
    return {
        f"{bundle_rules.APP_NAME}.exe",
        f"{bundle_rules.CLI_NAME}.exe",
        bundle_rules.INTERNAL,
        bundle_rules.FILE_LIST,
    }


def layout_from_file_list(names: list[str]) -> set[str]:
    """A build's top-level entries in their Windows form (the Linux program becomes the two .exe)."""
    layout = set()
    for entry in bundle_rules.top_level(names) | {bundle_rules.FILE_LIST}:
        if entry == bundle_rules.APP_NAME:
            layout |= {f"{bundle_rules.APP_NAME}.exe", f"{bundle_rules.CLI_NAME}.exe"}
        else:
            layout.add(entry)
    return layout


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))


def bundle_entries(text: str) -> set[str]:
    """The bundle's top-level entries the script copies (``{#BundleDir}\\x`` or ``{#BundleDir}\\x\\*``)."""
    entries = set()
    for source in _SOURCE.findall(_strip_comments(text)):
        if source.startswith(BUNDLE_SOURCE):
            entries.add(source[len(BUNDLE_SOURCE) :].split("\\", 1)[0])
    return entries


def repository_sources(text: str) -> set[str]:
    """Files the script installs from the repository (beside it) rather than from the bundle."""
    return {source for source in _SOURCE.findall(_strip_comments(text)) if not source.startswith(BUNDLE_SOURCE)}


def repository_files(text: str) -> set[str]:
    """Every file the script takes from the repository: installed files, the setup icon, message files."""
    files = repository_sources(text)
    text = _strip_comments(text)
    files |= {value.strip() for value in _SETUP_FILE.findall(text)}
    for messages in _MESSAGES.findall(text):
        files |= {name for name in messages.split(",") if not name.startswith("compiler:")}
    return files


def installed_names(text: str) -> set[str]:
    """Paths under ``{app}`` the script refers to (shortcuts, tasks, the uninstall icon)."""
    return {match.replace("\\", "/") for match in _APP_FILE.findall(_strip_comments(text))}


def problems(text: str, names: list[str] | None = None) -> list[str]:
    expected = windows_layout() if names is None else layout_from_file_list(names)
    copied = bundle_entries(text)
    found = [f"the bundle has {entry} but gatehouse.iss does not install it" for entry in sorted(expected - copied)]
    found += [f"gatehouse.iss installs {entry} but the bundle has no such entry" for entry in sorted(copied - expected)]
    from_repo = repository_files(text)
    found += [
        f"gatehouse.iss takes {f} from the repository but it is missing"
        for f in sorted(from_repo)
        if not (HERE / f.replace("\\", "/")).exists()
    ]
    installed = copied | {PurePosixPath(f.replace("\\", "/")).name for f in repository_sources(text)}
    for name in sorted(installed_names(text)):
        top = name.split("/", 1)[0]
        if top not in installed:
            found.append(f"gatehouse.iss refers to {{app}}\\{name}, which nothing installs")
        elif names is not None and "/" in name and name not in names and not name.endswith("/*"):
            found.append(f"gatehouse.iss refers to {{app}}\\{name}, which the build did not make")
    return found


def main(argv: list[str]) -> int:
    names = None
    if argv:
        names = [line for line in Path(argv[0]).read_text(encoding="utf-8").splitlines() if line]
    found = problems(ISS.read_text(encoding="utf-8"), names)
    for problem in found:
        print(f"check_iss: {problem}", file=sys.stderr)
    if not found:
        print(f"check_iss: gatehouse.iss matches the bundle ({'FILES.txt' if names else 'build rules'})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
