"""Test configuration shared by every test package.

Qt must run offscreen and in a predictable locale; both are set before anything imports PySide6.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
