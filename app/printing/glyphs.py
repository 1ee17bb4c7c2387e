"""Every character prints: per-character fallback fonts, code points for the rest, a correct text layer.

The document font (WenQuanYi Micro Hei, Microsoft JhengHei…) has no glyphs for most characters of
CJK Extension A/B and HKSCS, which Hong Kong and Taiwan names use (𠮷, 䶴, 𨋢). ``ChainedTTFont`` is
the document font with a chain of fallback faces behind it (Hanazono Mincho A/B on Debian,
MingLiU-ExtB / SimSun-ExtB / MingLiU_HKSCS on Windows): each character is drawn in the first face
that has it, as a subset of that face embedded in the PDF. It is one reportlab font, so every path
that draws text (paragraphs, table cells, ``drawString`` in headers, chart labels) gets the fallback
and measures it right. Fallback faces load on the first character that needs them (≈ 0.25 s each),
so a document of ordinary characters never loads them.

A character no face has is printed as its code point (``U+20BB7``) instead of a blank; invisible
format characters (variation selectors, zero-width joiners) print nothing.

reportlab writes each subset's ToUnicode map with ``<%04X>``, so a character beyond the Basic
Multilingual Plane becomes ``<20BB7>``, which PDF readers take as U+20BB and a stray 7 (pdftotext
reads 𠮷 as U+20BB). ``_FixedToUnicode.addObjects`` rewrites those maps with UTF-16 surrogate pairs
(``<D842DFB7>``), as the PDF specification asks. A test pins reportlab's broken output, so the
rewrite can go when reportlab fixes it.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from reportlab.pdfbase.ttfonts import SUBSETN, TTFError, TTFont

from app.text import INVISIBLE_CHARS

FALLBACK_FONT_PREFIX = "GatehouseFallback"
SUBSET_STRIDE = 1_000_000  # subset ids of fallback face k are k * stride + n (n < stride)
FIRST_PRINTABLE = 0x20
NBSP = 0xA0
BMP_END = 0xFFFF
PRIMARY = 0
IGNORED = -1  # an invisible format character: prints nothing
UNDRAWABLE = -2  # no face has it: printed as its code point


def code_point_label(code: int) -> str:
    """``U+20BB7``: how a character no font can draw is printed."""
    return f"U+{code:04X}"


# Invisible characters print nothing: the desk's list (zero-width joiners and spaces, direction
# marks and overrides, BOM, soft hyphen, word joiners) and the variation selectors.
INVISIBLE_CODES = frozenset(
    {ord(ch) for ch in INVISIBLE_CHARS} | set(range(0xFE00, 0xFE10)) | set(range(0xE0100, 0xE01F0))
)


def is_invisible(code: int) -> bool:
    """Invisible format characters (the desk's list) and variation selectors."""
    return code in INVISIBLE_CODES or unicodedata.category(chr(code)) == "Cf"


def utf16_hex(code: int) -> str:
    """A code point as the hex of its UTF-16BE form: a surrogate pair beyond the BMP."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """The ToUnicode CMap of one subset (one byte codes), with UTF-16 destinations."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    pairs = list(enumerate(subset))
    for start in range(0, len(pairs), 100):  # at most 100 entries per bfchar block
        block = pairs[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{code:02X}> <{utf16_hex(value)}>" for code, value in block]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


# reportlab's stubs type the font's private state loosely; the base is used as Any where the
# subclasses reach into it (face, state).
_TTFontBase: Any = TTFont


class FixedToUnicodeTTFont(_TTFontBase):  # type: ignore[misc]
    """A TrueType font whose subsets' ToUnicode maps are written correctly beyond the BMP."""

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        face = self.face
        for n, subset in enumerate(subsets):
            if all(code <= BMP_END for code in subset):
                continue  # reportlab's map is right for these
            base = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get(f"toUnicodeCMap:{base}")
            if stream is not None:
                stream.content = to_unicode_cmap(base, subset)


class FallbackChain:
    """Fallback faces in order, each loaded on first use; which face draws a character (cached)."""

    def __init__(self, faces: Sequence[tuple[Path, int]]) -> None:
        self.sources = tuple(faces)
        self._fonts: list[FixedToUnicodeTTFont | None] = []
        self._failed: set[int] = set()
        self._route: dict[int, int] = {}
        self._lock = threading.Lock()

    def font(self, k: int) -> FixedToUnicodeTTFont:
        """Fallback face ``k`` (1-based), loading it if needed."""
        loaded = self._load(k)
        if loaded is None:
            raise IndexError(f"fallback font {k} is not available")
        return loaded

    def _load(self, k: int) -> FixedToUnicodeTTFont | None:
        if k - 1 < len(self._fonts) and self._fonts[k - 1] is not None:
            return self._fonts[k - 1]
        with self._lock:
            while len(self._fonts) < k:
                self._fonts.append(None)
            if self._fonts[k - 1] is None and k not in self._failed:
                path, index = self.sources[k - 1]
                try:
                    self._fonts[k - 1] = FixedToUnicodeTTFont(
                        f"{FALLBACK_FONT_PREFIX}{k}", str(path), subfontIndex=index
                    )
                except (TTFError, OSError, ValueError):
                    self._failed.add(k)
            return self._fonts[k - 1]

    def face_for(self, code: int) -> int:
        """1-based index of the first fallback face that has ``code``, or ``UNDRAWABLE``."""
        found = self._route.get(code)
        if found is not None:
            return found
        found = UNDRAWABLE
        for k in range(1, len(self.sources) + 1):
            font = self._load(k)
            if font is not None and code in font.face.charToGlyph:
                found = k
                break
        self._route[code] = found
        return found


class ChainedTTFont(FixedToUnicodeTTFont):
    """The document font with a ``FallbackChain`` behind it (see the module docstring)."""

    def __init__(self, name: str, filename: str, chain: FallbackChain, *, subfontIndex: int = 0) -> None:
        super().__init__(name, filename, subfontIndex=subfontIndex)
        self.chain = chain
        face = self.face
        # what the document face draws itself (invisible characters take the slow path and print
        # nothing), and each one's width: one dictionary look-up per character on the fast path
        self._covered = frozenset(face.charToGlyph) - INVISIBLE_CODES
        passed_on = [*range(FIRST_PRINTABLE), NBSP]  # reportlab's own handling, as before
        default = face.defaultWidth
        self._widths = {c: face.charWidths.get(c, default) for c in (*self._covered, *passed_on)}

    def _whole(self, text: str) -> bool:
        """True when the document face draws every character (the fast, usual case)."""
        return text.isascii() or self._covered.issuperset(map(ord, text))

    def _face_of(self, code: int) -> int:
        if code in self._covered or code < FIRST_PRINTABLE or code == NBSP:  # reportlab handles these
            return PRIMARY
        if is_invisible(code):
            return IGNORED
        return self.chain.face_for(code)

    def runs(self, text: str) -> Iterator[tuple[int, str]]:
        """``(face, text)`` runs: ``PRIMARY``, a fallback face (1…), or code-point labels (as PRIMARY)."""
        face = PRIMARY
        current: list[str] = []
        for ch in text:
            k = self._face_of(ord(ch))
            if k == IGNORED:
                continue
            piece = code_point_label(ord(ch)) if k == UNDRAWABLE else ch
            k = PRIMARY if k == UNDRAWABLE else k
            if k != face and current:
                yield face, "".join(current)
                current = []
            face = k
            current.append(piece)
        if current:
            yield face, "".join(current)

    def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf8")
        try:
            return float(0.001 * size * sum(map(self._widths.__getitem__, map(ord, text))))
        except KeyError:
            pass  # a character from a fallback face, or none
        width = 0.0
        for k, run in self.runs(text):
            if k == PRIMARY:
                width += float(super().stringWidth(run, size, encoding))
            else:
                width += float(self.chain.font(k).stringWidth(run, size, encoding))
        return width

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf-8")
        if self._whole(text):
            return list(super().splitString(text, doc, encoding))
        out: list[tuple[int, bytes]] = []
        for k, run in self.runs(text):
            if k == PRIMARY:
                out += super().splitString(run, doc, encoding)
            else:
                out += [(k * SUBSET_STRIDE + n, b) for n, b in self.chain.font(k).splitString(run, doc, encoding)]
        return out

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:
        k, n = divmod(subset, SUBSET_STRIDE)
        if k == PRIMARY:
            return str(super().getSubsetInternalName(subset, doc))
        return str(self.chain.font(k).getSubsetInternalName(n, doc))
