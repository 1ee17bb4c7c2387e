"""Rendering pages of a PDF in tests, closing the document every time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pypdfium2 as pdfium


@contextmanager
def pdf_page(pdf: bytes, index: int = 0) -> Iterator[Any]:
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[index]
        try:
            yield page
        finally:
            page.close()
    finally:
        document.close()
