"""Every shipped language is complete: no string in the code lacks a finished translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_TW", "zh_CN", "en")
PLACEHOLDER = re.compile(r"%\d|\{[a-z_]*\}")


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    target = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "ui",
            "app",
            "-locations",
            "none",
            "-silent",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return set(_messages(target))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(language: str, strings_in_code: set[tuple[str, str]]) -> None:
    shipped = _messages(TR / f"gatehouse_{language}.ts")
    missing = sorted(strings_in_code - set(shipped))
    assert missing == [], "run: python3 dev.py i18n"
    unfinished = sorted(
        key
        for key, m in shipped.items()
        if (
            m.find("translation") is None
            or m.find("translation").get("type") == "unfinished"
            or not (m.findtext("translation") or "").strip()
        )
    )
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    wrong = []
    for (context, source), message in _messages(TR / f"gatehouse_{language}.ts").items():
        translation = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append((context, source, translation))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_files_are_up_to_date(language: str, tmp_path: Path) -> None:
    ts = TR / f"gatehouse_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (TR / f"gatehouse_{language}.qm").read_bytes(), "run: python3 dev.py i18n"


def test_chinese_translations_are_in_the_right_script() -> None:
    """A few characters that differ between the scripts betray a zh_TW/zh_CN mix-up."""
    traditional_only, simplified_only = set("們這個時說區門會檔"), set("们这个时说区门会档")
    for language, forbidden in (("zh_TW", simplified_only), ("zh_CN", traditional_only)):
        bad = [
            m.findtext("translation")
            for m in _messages(TR / f"gatehouse_{language}.ts").values()
            if forbidden & set(m.findtext("translation") or "")
        ]
        assert bad == [], language


def test_qts_own_buttons_speak_the_operators_language(qapp: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.i18n import install_language

    install_language("zh_TW")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = {box.button(b).text() for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)}
    assert texts == {"確定", "取消"}
