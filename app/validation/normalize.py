"""Turn a document number, phone number or plate as typed at the desk into one canonical string.

Guards type with Chinese input methods (full-width ``Ａ１２３``, ``（３）``, ``－``, ``。`` for
a dot), paste from chat apps (zero-width and bidi characters) and copy from spreadsheets (a
trailing tab or newline). ``normalize_code`` folds all of that away, or refuses it when the text
is suspicious:

* surrounding whitespace (including a trailing tab/newline from a scanner or a spreadsheet) is
  stripped; a control character *inside* the value is refused (``Rule.CONTROL_CHARS``);
* zero-width, bidi and other format characters anywhere are refused (``Rule.INVISIBLE_CHARS``): they
  can make one number look like another, so the operator should see that the pasted text was odd;
* NFKC folds full-width letters/digits/punctuation to ASCII (and CJK compatibility ideographs to the
  unified ones);
* spaces, hyphens and dashes, brackets ``()（）[]【】〔〕`` and dots (``.`` ``·`` ``・`` ``•``
  ``。``) are removed: in a document number, phone number or plate they are only ever grouping;
* letters are upper-cased (``x`` check characters become ``X``).

Errors carry only ``field`` and ``rule``: never the value (it is personal data and error texts can
reach a log file).
"""

from __future__ import annotations

import unicodedata

from app.errors import Rule, ValidationError
from app.text import INVISIBLE_CHARS

# Grouping characters that carry no information in a code (checked after NFKC, so full-width forms
# such as "（" "－" "．" "［" have already become their ASCII twins).
HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63")
BRACKETS = frozenset("()[]【】〔〕")
DOTS = frozenset(".\u00b7\u30fb\u2022\u3002")

_DROPPED = HYPHENS | BRACKETS | DOTS
_DROPPED_KEEPING_HYPHENS = BRACKETS | DOTS

# Unicode variation selectors: invisible, but of category Mn rather than Cf.
_VARIATION_SELECTORS = (range(0xFE00, 0xFE10), range(0xE0100, 0xE01F0))


def is_invisible_char(ch: str) -> bool:
    """Zero-width, bidi, other format (Cf) characters and variation selectors."""
    if ch in INVISIBLE_CHARS or unicodedata.category(ch) == "Cf":
        return True
    code = ord(ch)
    return any(code in block for block in _VARIATION_SELECTORS)


def is_control_char(ch: str) -> bool:
    """Control, surrogate, private-use and unassigned code points."""
    return unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")


def refuse_hidden(raw: str, field: str) -> None:
    """Raise if ``raw`` (already stripped of surrounding whitespace) hides characters."""
    if any(is_invisible_char(ch) for ch in raw):
        raise ValidationError(field, Rule.INVISIBLE_CHARS)
    if any(is_control_char(ch) for ch in raw):
        raise ValidationError(field, Rule.CONTROL_CHARS)


def normalize_code(raw: str, field: str, *, keep_hyphens: bool = False) -> str:
    """Return the canonical form of a code typed in the form field ``field``.

    ``keep_hyphens`` keeps ASCII hyphens (every dash folded to ``-``) for callers that read the
    grouping before discarding it (Macau/Taiwan plates). The result may be empty: whether an empty
    value is allowed is the caller's decision.

    Raises ``ValidationError(field, Rule.INVISIBLE_CHARS | Rule.CONTROL_CHARS)``.
    """
    text = raw.strip()
    refuse_hidden(text, field)
    text = unicodedata.normalize("NFKC", text)
    # NFKC never produces a format or control character from a clean one, but a check is cheap
    # and keeps the promise independent of the Unicode version.
    refuse_hidden(text, field)
    dropped = _DROPPED_KEEPING_HYPHENS if keep_hyphens else _DROPPED
    out: list[str] = []
    for ch in text:
        if ch.isspace() or ch in dropped:
            continue
        out.append("-" if ch in HYPHENS else ch)
    return "".join(out).upper()


def fold_for_search(text: str) -> str:
    """A total (never raising) fold for search keys: NFKC, upper case, letters and digits only."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if ch.isalnum()).upper()
