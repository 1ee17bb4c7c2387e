"""What the fonts embedded in a PDF can draw, read from the PDF itself (not from our font code).

For each TrueType font dictionary: its ToUnicode CMap (code → text, UTF-16 surrogate pairs decoded)
and its embedded font program (``FontFile2``: cmap code → glyph, ``loca``/``glyf`` → does the glyph
have an outline). A character is *drawable* by a font when some code maps to it and that code's
glyph has contours. pypdfium2 says which font each text object on a page is set in.
"""

from __future__ import annotations

import base64
import ctypes
import re
import struct
import zlib
from collections import defaultdict
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

_OBJ = re.compile(rb"(\d+) 0 obj\s*")
_REF = rb"\s+(\d+) 0 R"
_FONT_DICT = re.compile(rb"/Type /Font(?![A-Za-z])")


@dataclass(frozen=True)
class PdfObject:
    head: bytes  # the dictionary text
    stream: bytes | None  # decoded stream content


def _objects(pdf: bytes) -> dict[int, PdfObject]:
    """Objects in file order; a stream is skipped by its /Length so its bytes are never parsed."""
    out: dict[int, PdfObject] = {}
    at = 0
    while (m := _OBJ.search(pdf, at)) is not None:
        start = m.end()
        stream_at = pdf.find(b"stream", start)
        end_at = pdf.find(b"endobj", start)
        if stream_at != -1 and stream_at < end_at:
            head = pdf[start:stream_at]
            length = int(re.search(rb"/Length (\d+)", head).group(1))  # type: ignore[union-attr]
            body_start = stream_at + len(b"stream")
            body_start += 2 if pdf[body_start : body_start + 2] == b"\r\n" else 1
            raw = pdf[body_start : body_start + length]
            data = _decode(head, raw)
            out[int(m.group(1))] = PdfObject(head, data)
            end_at = pdf.find(b"endobj", body_start + length)
        else:
            out[int(m.group(1))] = PdfObject(pdf[start:end_at], None)
        at = end_at + len(b"endobj")
    return out


def _decode(head: bytes, raw: bytes) -> bytes:
    """The filters reportlab writes: ASCII85 (outermost) and Flate."""
    data = raw
    if b"ASCII85Decode" in head:
        data = base64.a85decode(data.strip().removesuffix(b"~>"))
    if b"FlateDecode" in head:
        data = zlib.decompress(data)
    return data


def _ref(head: bytes, key: bytes) -> int | None:
    m = re.search(b"/" + key + _REF, head)
    return int(m.group(1)) if m else None


def _hex_text(hexdigits: bytes) -> str:
    return bytes.fromhex(hexdigits.decode()).decode("utf-16-be")


def parse_to_unicode(cmap: bytes) -> dict[int, str]:
    """bfchar and bfrange entries of a ToUnicode CMap."""
    out: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = _hex_text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = _hex_text(dst)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = first[:-1] + chr(ord(first[-1]) + i)
    return out


def _tables(font: bytes) -> dict[bytes, bytes]:
    count = struct.unpack(">H", font[4:6])[0]
    out = {}
    for i in range(count):
        tag, _sum, offset, length = struct.unpack(">4sIII", font[12 + 16 * i : 28 + 16 * i])
        out[tag] = font[offset : offset + length]
    return out


def _cmap_codes(cmap: bytes) -> dict[int, int]:
    """code → glyph from the font's first format 0, 4 or 6 subtable (a subset's codes are 0–255)."""
    count = struct.unpack(">H", cmap[2:4])[0]
    for i in range(count):
        offset = struct.unpack(">I", cmap[8 + 8 * i : 12 + 8 * i])[0]
        sub = cmap[offset:]
        fmt = struct.unpack(">H", sub[:2])[0]
        if fmt == 0:
            return dict(enumerate(sub[6 : 6 + 256]))
        if fmt == 6:
            first, n = struct.unpack(">HH", sub[6:10])
            return {first + j: struct.unpack(">H", sub[10 + 2 * j : 12 + 2 * j])[0] for j in range(n)}
        if fmt == 4:
            segs = struct.unpack(">H", sub[6:8])[0] // 2
            ends = struct.unpack(f">{segs}H", sub[14 : 14 + 2 * segs])
            base = 16 + 2 * segs
            starts = struct.unpack(f">{segs}H", sub[base : base + 2 * segs])
            deltas = struct.unpack(f">{segs}h", sub[base + 2 * segs : base + 4 * segs])
            range_at = base + 4 * segs
            ranges = struct.unpack(f">{segs}H", sub[range_at : range_at + 2 * segs])
            out = {}
            for s in range(segs):
                for code in range(starts[s], ends[s] + 1):
                    if code == 0xFFFF:
                        continue
                    if ranges[s] == 0:
                        glyph = (code + deltas[s]) & 0xFFFF
                    else:
                        at = range_at + 2 * s + ranges[s] + 2 * (code - starts[s])
                        glyph = struct.unpack(">H", sub[at : at + 2])[0]
                        glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
                    out[code] = glyph
            return out
    raise AssertionError("no cmap subtable of format 0, 4 or 6")


def outlined_codes(font: bytes) -> set[int]:
    """Codes whose glyph in this TrueType program has contours (not empty, not .notdef)."""
    tables = _tables(font)
    long_loca = struct.unpack(">h", tables[b"head"][50:52])[0] == 1
    loca_raw = tables[b"loca"]
    loca = (
        struct.unpack(f">{len(loca_raw) // 4}I", loca_raw)
        if long_loca
        else tuple(2 * v for v in struct.unpack(f">{len(loca_raw) // 2}H", loca_raw))
    )
    glyf = tables[b"glyf"]
    out = set()
    for code, glyph in _cmap_codes(tables[b"cmap"]).items():
        if glyph == 0 or glyph + 1 >= len(loca) or loca[glyph + 1] <= loca[glyph]:
            continue
        contours = struct.unpack(">h", glyf[loca[glyph] : loca[glyph] + 2])[0]
        if contours != 0:
            out.add(code)
    return out


@dataclass(frozen=True)
class EmbeddedFont:
    base_name: str  # with its subset tag, e.g. AAAAAB+HanaMinB
    embedded: bool
    drawable: frozenset[str]  # characters this font draws with a real outline


def embedded_fonts(pdf: bytes) -> list[EmbeddedFont]:
    objects = _objects(pdf)
    out = []
    for obj in objects.values():
        if obj.stream is not None or not _FONT_DICT.search(obj.head) or b"/FontDescriptor" not in obj.head:
            continue
        name = re.search(rb"/BaseFont /(\S+)", obj.head).group(1).decode()  # type: ignore[union-attr]
        to_unicode_ref = _ref(obj.head, b"ToUnicode")
        descriptor = objects[_ref(obj.head, b"FontDescriptor")]  # type: ignore[index]
        program_ref = _ref(descriptor.head, b"FontFile2")
        if to_unicode_ref is None or program_ref is None:
            out.append(EmbeddedFont(name, program_ref is not None, frozenset()))
            continue
        text_of = parse_to_unicode(objects[to_unicode_ref].stream or b"")
        program = objects[program_ref].stream or b""
        drawable = frozenset(text_of[c] for c in outlined_codes(program) if c in text_of)
        out.append(EmbeddedFont(name, True, drawable))
    return out


def drawable_by_face(pdf: bytes) -> dict[str, set[str]]:
    """Face name (subset tag dropped) → every character its embedded subsets draw."""
    out: dict[str, set[str]] = defaultdict(set)
    for font in embedded_fonts(pdf):
        out[font.base_name.split("+", 1)[-1]] |= font.drawable
    return out


def text_by_face(pdf: bytes) -> list[tuple[str, str]]:
    """(face name, text) of every text object on every page, as pdfium reads them."""
    document = pdfium.PdfDocument(pdf)
    out = []
    try:
        for page in document:
            textpage = page.get_textpage()
            for obj in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_TEXT]):
                size = pdfium_raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
                buf = ctypes.create_string_buffer(size)
                wide = ctypes.cast(buf, ctypes.POINTER(pdfium_raw.FPDF_WCHAR))
                pdfium_raw.FPDFTextObj_GetText(obj.raw, textpage.raw, wide, size)
                text = buf.raw[: max(size - 2, 0)].decode("utf-16-le")
                font = pdfium_raw.FPDFTextObj_GetFont(obj.raw)
                length = pdfium_raw.FPDFFont_GetBaseFontName(font, None, 0)
                name = ctypes.create_string_buffer(length)
                pdfium_raw.FPDFFont_GetBaseFontName(font, name, length)
                out.append((name.value.decode().split("+", 1)[-1], text))
            textpage.close()
            page.close()
    finally:
        document.close()
    return out


def undrawn_characters(pdf: bytes) -> list[tuple[str, str]]:
    """(face, character) pairs of the page text that the face they are set in cannot draw."""
    faces = drawable_by_face(pdf)
    missing = []
    for face, text in text_by_face(pdf):
        for ch in text:
            if not ch.isspace() and ch not in faces.get(face, set()):
                missing.append((face, ch))
    return missing
