"""Masking anything that looks like personal data in free text meant for logs and crash reports.

The code never logs names, phones, ID numbers or plates; this is the second line of defence.
"""

from __future__ import annotations

import re

# Runs of 4+ digits (phones, ID numbers, plates), ID shapes with letters (A123456(7), 4401…X),
# and runs of CJK characters (names). Hex ids (uuids, hashes) are left alone: they are not personal.
_PERSONAL = re.compile(
    r"(?<![0-9a-f\-])(?:\+?\d[\d \-]{3,}\d)(?![0-9a-f\-])"
    r"|\b[A-Z]{1,2}\d{6}\(?[0-9A]\)?"
    r"|[\u3400-\u9fff\uf900-\ufaff]{1,}"
)


def redact(text: str) -> str:
    return _PERSONAL.sub("▒", text)
