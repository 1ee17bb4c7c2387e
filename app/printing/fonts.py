"""The CJK font every PDF embeds (docs/traps.md, 3).

Search order: the font shipped in ``resources/fonts`` (from the source tree, or from a PyInstaller
bundle's ``sys._MEIPASS``), then system TrueType collections (Windows: Microsoft JhengHei, Microsoft
YaHei, MingLiU, SimSun; Linux: WenQuanYi, AR PL UMing). Fonts with CFF outlines (Noto/Source Han CJK
``.otf``/``.ttc``) are skipped: reportlab cannot embed them. The shipped font comes first so that
the same document looks the same on every PC.

Bold: WenQuanYi Micro Hei has no bold face and reportlab does not embolden TrueType fonts. We
register the same face a second time under ``FONT_BOLD`` (reportlab maps both names to one font
object, so one set of subsets is embedded) and the document canvas draws text in that font with
text render mode 2 (fill + a thin stroke of the same colour): a faux bold that survives
black-and-white printing and keeps the text extractable. When a real bold face exists next to a
system font (``msjhbd.ttc``, ``msyhbd.ttc``) it is used instead and ``FontSet.faux_bold`` is False.

Fallback faces: characters the document font lacks (CJK Extension A/B, HKSCS) are drawn from the
first system face that has them (``glyphs.py``): Debian's packaged Hanazono Mincho A/B
(``fonts-hanazono``, a dependency of the Linux installation), Windows' MingLiU-ExtB, SimSun-ExtB and
MingLiU_HKSCS. None is shipped: Hanazono A+B weigh 53 MB, far beyond the installer's size budget,
and every supported system already has one. Characters no face has print as ``U+XXXXX``.
"""

from __future__ import annotations

import copy
import os
import struct
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import StorageError, StorageProblem

if TYPE_CHECKING:
    from app.printing.glyphs import ChainedTTFont

FONT_REGULAR = "GatehouseCJK"
FONT_BOLD = "GatehouseCJK-Bold"
FAUX_BOLD_STROKE_RATIO = 0.035  # stroke width as a fraction of the font size
SHIPPED_FONT_FILE = "wqy-microhei.ttc"
_RESOURCE_FONT_DIR = ("resources", "fonts")


@dataclass(frozen=True, slots=True)
class FontCandidate:
    path: Path
    subfont_index: int = 0
    bold_path: Path | None = None  # a real bold face of the same family, if one exists
    bold_subfont_index: int = 0


@dataclass(frozen=True, slots=True)
class FontSet:
    """Registered reportlab font names and where the face came from."""

    regular: str
    bold: str
    source: Path
    subfont_index: int
    faux_bold: bool
    fallbacks: tuple[Path, ...] = ()  # fallback faces behind the document font, in order


def shipped_font_path() -> Path:
    """``resources/fonts/wqy-microhei.ttc`` inside a PyInstaller bundle, else in the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle).joinpath(*_RESOURCE_FONT_DIR, SHIPPED_FONT_FILE)
    return Path(__file__).resolve().parents[2].joinpath(*_RESOURCE_FONT_DIR, SHIPPED_FONT_FILE)


def system_font_candidates() -> list[FontCandidate]:
    if sys.platform.startswith("win"):
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return [
            FontCandidate(fonts / "msjh.ttc", 0, fonts / "msjhbd.ttc", 0),
            FontCandidate(fonts / "msyh.ttc", 0, fonts / "msyhbd.ttc", 0),
            FontCandidate(fonts / "mingliu.ttc", 0),
            FontCandidate(fonts / "simsun.ttc", 0),
        ]
    return [
        FontCandidate(Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
        FontCandidate(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
        FontCandidate(Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 2),  # 2 = TW face
        FontCandidate(Path("/usr/share/fonts/truetype/arphic/ukai.ttc"), 2),
    ]


def fallback_candidates() -> list[FontCandidate]:
    """Faces that cover CJK Extension A/B and HKSCS, tried per character after the document font."""
    if sys.platform.startswith("win"):
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return [
            FontCandidate(fonts / "mingliub.ttc", 0),  # MingLiU-ExtB
            FontCandidate(fonts / "simsunb.ttf", 0),  # SimSun-ExtB
            FontCandidate(fonts / "mingliu.ttc", 2),  # MingLiU_HKSCS
        ]
    hanazono = Path("/usr/share/fonts/truetype/hanazono")
    return [FontCandidate(hanazono / "HanaMinA.ttf", 0), FontCandidate(hanazono / "HanaMinB.ttf", 0)]


def default_candidates() -> list[FontCandidate]:
    return [FontCandidate(shipped_font_path(), 0), *system_font_candidates()]


def has_truetype_outlines(path: Path, subfont_index: int = 0) -> bool:
    """True if the face has a ``glyf`` table and no ``CFF ``/``CFF2`` table (reportlab embeds it).

    Reads only the sfnt header and table directory: probing a 20 MB collection costs microseconds.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if not 0 <= subfont_index < count:
                    return False
                fh.seek(12 + 4 * subfont_index)
                offset = struct.unpack(">I", fh.read(4))[0]
            fh.seek(offset)
            sfnt = fh.read(12)
            if len(sfnt) < 12 or sfnt[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return False  # b"OTTO" = CFF outlines
            num_tables = struct.unpack(">H", sfnt[4:6])[0]
            directory = fh.read(16 * num_tables)
    except (OSError, struct.error):
        return False
    tags = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tags and not tags & {b"CFF ", b"CFF2"}


_lock = threading.Lock()
_registered: FontSet | None = None


def register_cjk_fonts(
    candidates: Sequence[FontCandidate] | None = None, fallbacks: Sequence[FontCandidate] | None = None
) -> FontSet:
    """Register the CJK regular + bold fonts with reportlab once (thread-safe) and describe them.

    Later calls return the first result whatever ``candidates`` they pass. Raises
    ``StorageError(MISSING)`` when no usable TrueType CJK font exists (a broken installation).
    """
    global _registered
    found = _registered
    if found is not None:
        return found
    with _lock:
        if _registered is None:
            chain = fallback_candidates() if fallbacks is None else fallbacks
            _registered = _register_first_usable(candidates or default_candidates(), chain)
        return _registered


def usable_candidates(candidates: Sequence[FontCandidate]) -> list[FontCandidate]:
    """The candidates that exist and have TrueType outlines, in order (no font is loaded)."""
    return [c for c in candidates if has_truetype_outlines(c.path, c.subfont_index)]


def _register_first_usable(candidates: Sequence[FontCandidate], fallbacks: Sequence[FontCandidate] = ()) -> FontSet:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    from app.printing.glyphs import ChainedTTFont, FallbackChain

    backups = usable_candidates(fallbacks)
    chain = FallbackChain([(c.path, c.subfont_index) for c in backups])
    for cand in usable_candidates(candidates):
        try:
            regular = ChainedTTFont(FONT_REGULAR, str(cand.path), chain, subfontIndex=cand.subfont_index)
        except (TTFError, OSError, ValueError):
            continue
        pdfmetrics.registerFont(regular)
        faux_bold = True
        if cand.bold_path is not None and has_truetype_outlines(cand.bold_path, cand.bold_subfont_index):
            try:
                bold = ChainedTTFont(FONT_BOLD, str(cand.bold_path), chain, subfontIndex=cand.bold_subfont_index)
                faux_bold = False
            except (TTFError, OSError, ValueError):
                bold = _alias(regular)
        else:
            bold = _alias(regular)
        pdfmetrics.registerFont(bold)
        pdfmetrics.registerFontFamily(
            FONT_REGULAR,
            normal=FONT_REGULAR,
            bold=FONT_BOLD,
            italic=FONT_REGULAR,
            boldItalic=FONT_BOLD,
        )
        fallback_paths = tuple(c.path for c in backups)
        return FontSet(FONT_REGULAR, FONT_BOLD, cand.path, cand.subfont_index, faux_bold, fallback_paths)
    where = ", ".join(str(c.path) for c in candidates)
    raise StorageError(StorageProblem.MISSING, where=where, detail="no TrueType CJK font")


def _alias(regular: ChainedTTFont) -> ChainedTTFont:
    """The regular face under the bold name: reportlab registers it as the same font object."""
    alias = copy.copy(regular)
    alias.fontName = FONT_BOLD
    return alias


def faux_bold_fonts() -> frozenset[str]:
    """Font names the document canvas must embolden with a stroke (empty before registration)."""
    fs = _registered
    return frozenset({fs.bold}) if fs is not None and fs.faux_bold else frozenset()
