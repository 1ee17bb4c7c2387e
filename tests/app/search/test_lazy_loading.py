"""Importing app.search is cheap: the table and pypinyin load on first use; no Qt anywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import sys
import app.search as s

def loaded():
    names = ("pypinyin", "app.search._t2s_table", "app.search._surnames", "PySide6")
    return sorted(n for n in names if n in sys.modules)

print(loaded())
s.classify("陳 1234 zs")
s.name_fts_tokens("陳大文")
print(loaded())
s.pinyin_full("陳大文")
print(loaded())
"""


def test_tables_and_pypinyin_load_on_first_use_only() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    at_import, after_classify, after_pinyin = done.stdout.splitlines()
    assert at_import == "[]"
    assert after_classify == "['app.search._t2s_table']"  # classify never needs pypinyin
    assert after_pinyin == "['app.search._surnames', 'app.search._t2s_table', 'pypinyin']"
