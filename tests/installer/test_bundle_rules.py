"""The bundle's rules, the Windows installer script and the Linux package metadata, checked without building.

The bundle itself is built and run by installer/smoke.sh (CI's smoke step), never by the test suite.
"""

from __future__ import annotations

import importlib
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from app.about import bundled_components, distributions, program_version

ROOT = Path(__file__).resolve().parents[2]


def _module(folder: str, name: str) -> ModuleType:
    path = str(ROOT / folder)
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module(name)


@pytest.fixture(scope="module")
def rules() -> ModuleType:
    return _module("installer", "bundle_rules")


@pytest.fixture(scope="module")
def iss() -> ModuleType:
    return _module("installer/windows", "check_iss")


def test_the_program_version_is_the_project_version() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    assert program_version() == project["version"]


def test_the_bundle_takes_resources_and_migrations_but_nothing_from_tests_bench_or_docs(rules: ModuleType) -> None:
    files = dict(rules.data_files(ROOT))
    assert "resources/fonts/wqy-microhei.ttc" in files
    assert "resources/fonts/LICENSE-wqy-microhei.txt" in files
    assert {"resources/translations/gatehouse_zh_TW.qm", "resources/translations/gatehouse_en.qm"} <= set(files)
    assert "resources/style/gatehouse.qss" in files
    assert "resources/icons/gatehouse.svg" in files and "resources/icons/gatehouse.ico" in files
    assert files["db/migrations/env.py"] == "db/migrations"
    versions = sorted(p.name for p in (ROOT / "db/migrations/versions").glob("*.py"))
    assert sorted(Path(f).name for f, target in files.items() if target == "db/migrations/versions") == versions
    assert not [f for f in files if f.split("/")[0] in ("tests", "bench", "docs")]
    assert not [f for f in files if f.endswith((".ts", ".tsv"))]  # translation sources stay in the repo


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("pillow.libs/libfreetype-57f805ba.so.6.20.6", True),
    ],
)
def test_the_qt_parts_kept_and_left_out(rules: ModuleType, path: str, kept: bool) -> None:
    assert rules.keep(path) is kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="system libraries are left out on Linux only")
def test_desktop_libraries_come_from_the_system_not_from_the_build_machine(rules: ModuleType) -> None:
    assert not rules.keep("libfontconfig.so.1")
    assert not rules.keep("libxcb-cursor.so.0")
    assert rules.keep("libpython3.11.so.1.0")
    assert rules.keep("libxcb-9065bb12.so.1.1.0")  # Pillow's own copy, loaded by Pillow only


def test_the_windows_installer_installs_exactly_the_bundle(iss: ModuleType) -> None:
    assert iss.problems(iss.ISS.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_bundle_entry_the_installer_forgets(iss: ModuleType) -> None:
    text = iss.ISS.read_text(encoding="utf-8")
    forgot = "\n".join(line for line in text.splitlines() if "gatehouse-cli.exe" not in line)
    assert iss.problems(forgot) == ["the bundle has gatehouse-cli.exe but gatehouse.iss does not install it"]


def test_the_check_sees_an_installer_entry_the_bundle_lacks(iss: ModuleType) -> None:
    text = iss.ISS.read_text(encoding="utf-8").replace(
        "[Files]\n", '[Files]\nSource: "{#BundleDir}\\docs\\*"; DestDir: "{app}\\docs"\n'
    )
    assert iss.problems(text) == ["gatehouse.iss installs docs but the bundle has no such entry"]


def test_a_linux_file_list_maps_to_the_windows_layout(iss: ModuleType) -> None:
    names = ["gatehouse", "_internal/base_library.zip", "_internal/resources/fonts/wqy-microhei.ttc"]
    assert iss.layout_from_file_list(names) == iss.windows_layout()
    assert iss.problems(iss.ISS.read_text(encoding="utf-8"), names) == []
    assert iss.problems(iss.ISS.read_text(encoding="utf-8"), [*names, "README.txt"]) == [
        "the bundle has README.txt but gatehouse.iss does not install it"
    ]


def test_the_installer_messages_exist_in_each_language_with_the_same_keys() -> None:
    folder = ROOT / "installer" / "windows"

    def custom_keys(language: str) -> set[str]:
        text = (folder / f"gatehouse-{language}.isl").read_text(encoding="utf-8-sig")
        section = text.split("[CustomMessages]", 1)[1]
        return {line.split("=", 1)[0] for line in section.splitlines() if "=" in line}

    english = custom_keys("en")
    assert {"AppTitle", "NightlyTask", "RemoveDataQuestion"} <= english
    assert english <= custom_keys("zh_TW")
    assert custom_keys("zh_TW") == custom_keys("zh_CN")
    used = set(__import__("re").findall(r"\{cm:(\w+)", (folder / "gatehouse.iss").read_text(encoding="utf-8")))
    inno_own = {"CreateDesktopIcon", "AdditionalIcons", "UninstallProgram", "LaunchProgram"}
    assert used - inno_own <= english


def test_the_deb_names_its_system_libraries_and_a_menu_entry() -> None:
    packages = _module("installer", "linux_packages")
    names = {dependency.split()[0] for dependency in packages.DEB_DEPENDS}
    assert {"libfontconfig1", "libegl1", "libxkbcommon-x11-0", "libxcb-cursor0", "libcups2"} <= names
    entry = packages.desktop_entry("/opt/gatehouse/gatehouse", "gatehouse")
    assert "Exec=/opt/gatehouse/gatehouse\n" in entry and "Name[zh_TW]=門崗值守台\n" in entry


def test_the_about_components_name_their_licences() -> None:
    components = bundled_components("3.11.7")
    assert components[0].licence_file == ("fonts", "LICENSE-wqy-microhei.txt")
    assert all(component.licence for component in components)
    assert next(c for c in components if c.name == "Python").version == "3.11.7"
    assert "PySide6-Essentials" in distributions()
