"""Bad input at the desk: every case gets a message at its field, keeps what was typed, saves nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.helpers import type_text
from ui.shell import ShellWindow

GOOD = {
    "site_name": "翠湖花園",
    "username": "admin",
    "display_name": "陳主任",
    "password": "admin-pass-1",
    "password_again": "admin-pass-1",
    "pin": "2580",
}

CASES = [
    ("site_name", "   ", "必須填寫。"),
    ("site_name", "園" * 10_000, "太長：最多 80 個字（現在 200 個）。"),
    ("display_name", "陳\u200b主任", "含有看不見的字元（通常來自貼上的文字），請重新輸入。"),
    ("display_name", "\u202e任主陳", "含有看不見的字元（通常來自貼上的文字），請重新輸入。"),
    ("username", "ad min", "只可使用文字、數字、「.」、「_」或「-」，不可有空格。"),
    ("username", "a", "太短：至少 2 個字。"),
    ("password", "1111111111", "太簡單：至少 8 個字元，且不能全部相同。"),
    ("pin", "12a4", "PIN 碼須為 4 至 6 位數字。"),
    ("pin", "12", "PIN 碼須為 4 至 6 位數字。"),
    ("pin", "１２３４", "太容易被猜到：請避免重複或連續的數字。"),  # full-width digits count as digits
]


@pytest.mark.parametrize(("field", "value", "message"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_setup_page_bad_input(qtbot: QtBot, shell: ShellWindow, field: str, value: str, message: str) -> None:
    page = shell.setup_page
    values = dict(GOOD, **{field: value})
    if field == "password":
        values["password_again"] = value
    for name, text in values.items():
        widget = getattr(page, name)
        assert isinstance(widget, QLineEdit)
        if len(text) > 100:
            widget.setText(text)  # a paste, not 10,000 key presses
        else:
            type_text(widget, text)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert shell.current_page() is page
    assert page.errors.message_for(field) == message
    for name, text in values.items():  # nothing typed is lost
        widget = getattr(page, name)
        assert widget.text() == text[: widget.maxLength()]
    assert shell.services is None  # no site was created


def test_sign_in_with_an_empty_or_wrong_password_says_why(qtbot: QtBot, shell: ShellWindow) -> None:
    for name, text in GOOD.items():
        type_text(getattr(shell.setup_page, name), text)
    qtbot.mouseClick(shell.setup_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_page() is shell.login_page)
    page = shell.login_page
    qtbot.mouseClick(page.sign_in, Qt.MouseButton.LeftButton)
    assert page.banner.text() == "用戶名稱、密碼或 PIN 碼不正確。"
    type_text(page.password, "wrong-password")
    qtbot.mouseClick(page.sign_in, Qt.MouseButton.LeftButton)
    assert page.banner.text() == "用戶名稱、密碼或 PIN 碼不正確。"
    assert page.username.text() == "admin"  # the name stays, the wrong password is cleared
    assert page.password.text() == ""
