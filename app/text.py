"""Cleaning of free text typed at the desk, shared by every form.

Chinese input methods produce full-width letters and digits, and text pasted from chat apps carries
zero-width and bidirectional control characters (which can make a name look like another). Every
text field goes through ``clean_text`` before it is validated or stored.
"""

from __future__ import annotations

import unicodedata

from app.errors import Rule, ValidationError

# Characters that change how text is displayed without being visible: zero-width joiners and
# spaces, bidi embeddings/overrides/isolates, the BOM, the soft hyphen, and the word joiner family.
INVISIBLE_CHARS = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    "\u3164\ufeff\uffa0"
)

# Limits that keep a form usable and a printed slip legible.
NAME_MAX_CHARS = 60
SHORT_TEXT_MAX_CHARS = 120
LONG_TEXT_MAX_CHARS = 4000


def has_invisible(value: str) -> bool:
    return any(ch in INVISIBLE_CHARS for ch in value)


def has_control(value: str, *, allow_newlines: bool) -> bool:
    for ch in value:
        if ch in "\r\n\t" and allow_newlines:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in INVISIBLE_CHARS:
            return True
    return False


def fold_width(value: str) -> str:
    """Full-width letters and digits (Ａ１２) to half-width (A12); ideographic space to space.

    Chinese punctuation (，。？；：（）) stays as typed: it belongs to Chinese text and prints so.
    Codes and numbers are NFKC-folded completely where they are checked (``clean_code``, validators).
    """
    out = []
    for ch in value:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            out.append(chr(code - 0xFEE0))
        elif ch == "\u3000":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def clean_text(
    value: str | None,
    field: str,
    *,
    max_chars: int = SHORT_TEXT_MAX_CHARS,
    required: bool = False,
    multiline: bool = False,
    min_chars: int = 0,
) -> str:
    """Return ``value`` stripped, NFC-normalised and width-folded, or raise ``ValidationError``.

    Invisible and control characters are refused rather than silently removed: a guard should see
    that the pasted text was odd. Newlines are allowed only in multi-line fields. Inner runs of
    spaces in single-line fields collapse to one space.
    """
    text = "" if value is None else value
    if has_invisible(text):
        raise ValidationError(field, Rule.INVISIBLE_CHARS)
    if has_control(text, allow_newlines=multiline):
        raise ValidationError(field, Rule.CONTROL_CHARS)
    text = unicodedata.normalize("NFC", fold_width(text))
    if multiline:
        lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        text = "\n".join(lines).strip()
    else:
        text = " ".join(text.split())
    if not text:
        if required:
            raise ValidationError(field, Rule.REQUIRED)
        return ""
    if len(text) > max_chars:
        raise ValidationError(field, Rule.TOO_LONG, {"max": max_chars, "length": len(text)})
    if len(text) < min_chars:
        raise ValidationError(field, Rule.TOO_SHORT, {"min": min_chars})
    return text


def clean_optional(value: str | None, field: str, *, max_chars: int = SHORT_TEXT_MAX_CHARS) -> str | None:
    """Like ``clean_text`` but an empty value becomes ``None`` (for nullable columns)."""
    text = clean_text(value, field, max_chars=max_chars)
    return text or None


def clean_code(value: str | None, field: str, *, max_chars: int = 40, required: bool = False) -> str:
    """Identifiers typed or scanned (tag numbers, pass numbers): NFKC, no spaces, upper case.

    The limit holds for the code as stored: NFKC and upper-casing can lengthen it (a ligature, a
    squared word such as ㍿), and a code that no longer fits its column must be refused, not cut or
    crash the save."""
    text = clean_text(value, field, max_chars=max_chars, required=required)
    code = unicodedata.normalize("NFKC", text).replace(" ", "").upper()
    if len(code) > max_chars:
        raise ValidationError(field, Rule.TOO_LONG, {"max": max_chars, "length": len(code)})
    return code
