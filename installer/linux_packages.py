"""The Linux packages of the bundle: a tarball with a .desktop file and icon, and a .deb for /opt/gatehouse.

Called by build.py (``python3 dev.py bundle --packages``). The .deb is made with ``dpkg-deb`` from a
staging tree; its Depends are the system libraries the bundle loads but does not ship (checked in a
minimal Debian root by installer/smoke.sh: nothing may be missing there).
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dev import QT_SYSTEM_PACKAGES  # noqa: E402  (dev.py: standard library only)

ICONS = ROOT / "resources" / "icons"
INSTALL_DIR = "/opt/gatehouse"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


# Debian package names (Debian 12; the same names exist on Ubuntu 22.04+, UOS and Kylin): the C library
# the build needs (glibc of the build machine, see docs/install.md) and the shared libraries of Qt's
# xcb platform, print support, OpenGL dispatch, fonts and D-Bus — the system's, like every Qt program's.
def build_glibc() -> str:
    """The glibc version of the build machine: the oldest the bundle runs on (2.36 on Debian 12)."""
    name, version = platform.libc_ver()
    return version if name == "glibc" and version else "2.36"


DEB_DEPENDS = (f"libc6 (>= {build_glibc()})", *QT_SYSTEM_PACKAGES)

DESCRIPTION = """\
Gatehouse (門崗值守台): guard booth and reception desk program
 Offline desk program for the security guard booth and the reception desk of a
 managed property: visitor log, keys, repairs and complaints, duty log, patrols,
 handover and reports. Self-contained: ships its own Python, Qt and CJK font."""


def desktop_entry(exec_path: str, icon: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        "Name=Gatehouse\n"
        "Name[zh_TW]=門崗值守台\n"
        "Name[zh_CN]=门岗值守台\n"
        "GenericName=Guard booth and reception desk\n"
        "GenericName[zh_TW]=門崗與前台登記\n"
        "GenericName[zh_CN]=门岗与前台登记\n"
        "Comment=Visitors, keys, repairs, duty log and reports of a managed property\n"
        "Comment[zh_TW]=訪客、鑰匙、報修、值班日誌與報表\n"
        "Comment[zh_CN]=访客、钥匙、报修、值班日志与报表\n"
        f"Exec={exec_path}\n"
        f"Icon={icon}\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        "StartupWMClass=gatehouse\n"
    )


def deb_architecture() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def _copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)


def build_tarball(bundle: Path, version: str, dist: Path) -> Path:
    """gatehouse-<version>-linux-<arch>.tar.gz: the bundle, a .desktop template, the icon, install-menu.sh."""
    name = f"gatehouse-{version}-linux-{platform.machine()}"
    stage = dist / "stage" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    _copy_bundle(bundle, stage / "gatehouse")
    shutil.copy2(ICONS / "gatehouse-256.png", stage / "gatehouse.png")
    (stage / "gatehouse.desktop").write_text(desktop_entry("@DIR@/gatehouse/gatehouse", "@DIR@/gatehouse.png"))
    script = stage / "install-menu.sh"
    script.write_text(
        "#!/bin/sh\n"
        "# Adds Gatehouse to this user's application menu, wherever this folder was unpacked.\n"
        "set -e\n"
        'DIR=$(cd "$(dirname "$0")" && pwd)\n'
        'mkdir -p "$HOME/.local/share/applications"\n'
        'sed "s|@DIR@|$DIR|g" "$DIR/gatehouse.desktop" > "$HOME/.local/share/applications/gatehouse.desktop"\n'
        'echo "Gatehouse added to the menu: $DIR/gatehouse/gatehouse"\n'
    )
    script.chmod(0o755)
    archive = dist / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name)
    shutil.rmtree(stage.parent)
    return archive


def build_deb(bundle: Path, version: str, dist: Path) -> Path:
    """gatehouse_<version>_<arch>.deb: /opt/gatehouse, /usr/bin/gatehouse, menu entry and icons."""
    arch = deb_architecture()
    stage = dist / "stage" / "deb"
    shutil.rmtree(stage.parent, ignore_errors=True)
    _copy_bundle(bundle, stage / INSTALL_DIR.lstrip("/"))
    (stage / "usr/bin").mkdir(parents=True)
    os.symlink(f"{INSTALL_DIR}/gatehouse", stage / "usr/bin/gatehouse")
    applications = stage / "usr/share/applications"
    applications.mkdir(parents=True)
    (applications / "gatehouse.desktop").write_text(desktop_entry(f"{INSTALL_DIR}/gatehouse", "gatehouse"))
    for size in ICON_SIZES:
        folder = stage / f"usr/share/icons/hicolor/{size}x{size}/apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"gatehouse-{size}.png", folder / "gatehouse.png")
    scalable = stage / "usr/share/icons/hicolor/scalable/apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / "gatehouse.svg", scalable / "gatehouse.svg")
    installed_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: gatehouse\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: Gatehouse maintainers <gatehouse@localhost>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )
    for script, body in _maintainer_scripts():
        path = control / script
        path.write_text(body)
        path.chmod(0o755)
    deb = dist / f"gatehouse_{version}_{arch}.deb"
    # gzip: xz takes minutes on 220 MB of a busy CI machine for ~25 % less; every dpkg reads gzip.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(deb)], check=True)
    shutil.rmtree(stage.parent)
    return deb


def _maintainer_scripts() -> Iterator[tuple[str, str]]:
    # Refresh the menu and icon caches when the tools exist (a minimal system has none of them).
    refresh = (
        "#!/bin/sh\nset -e\n"
        "if command -v update-desktop-database >/dev/null 2>&1; then\n"
        "  update-desktop-database -q /usr/share/applications || true\nfi\n"
        "if command -v gtk-update-icon-cache >/dev/null 2>&1; then\n"
        "  gtk-update-icon-cache -q /usr/share/icons/hicolor || true\nfi\n"
        "exit 0\n"
    )
    yield "postinst", refresh
    yield "postrm", refresh


def build_all(bundle: Path, version: str, dist: Path) -> list[Path]:
    return [build_tarball(bundle, version, dist), build_deb(bundle, version, dist)]
