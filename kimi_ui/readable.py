"""Uploads made readable for the backend chosen, after they are prepared and before the question is saved:
- on a Moonshot backend, PDFs and Office files go through its file-extract API (backends/files.py); when that
  fails, the text read here is sent instead, and the answer says so;
- on a text-only backend (Kimi K2.5's GGUF files), a picture is sent as the text OCR finds in it (media/ocr.py),
  kept beside the picture as a document "NAME (OCR)", and the answer says the model reads extracted text.
  The picture itself is stored too: a backend that sees pictures gets it in later turns."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
from pathlib import Path
from typing import Any

from kimi_ui.backends.files import extract_file, extracts_files
from kimi_ui.events import Notice, notice
from kimi_ui.media import ocr
from kimi_ui.media.documents import OFFICE_SUFFIXES, PDF_SUFFIX, Document
from kimi_ui.media.images import PreparedImage
from kimi_ui.redact import redact

log = logging.getLogger(__name__)
EXTRACTED_REMOTELY = {PDF_SUFFIX, *OFFICE_SUFFIXES}


def coded(code: str, **params: Any) -> str:
    """An attachment's note as its catalog code (events.note_words: the page's language; English for the model)."""
    return json.dumps({"code": code, "params": params})


class NoTextInPicture(Exception):
    """A picture for a text-only backend in which OCR found nothing to send."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def picture_text(path: str) -> ocr.OcrText | None:
    """What OCR reads in the uploaded picture at `path`, or None when it cannot be read. Cached by path, size
    and time: the composer's chip reads it before sending, and the turn then finds it done."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _read(path, stat.st_size, stat.st_mtime)


def picture_has_text(path: str) -> bool:
    found = picture_text(path)
    return found is not None and bool(found.text.strip())


@functools.lru_cache(maxsize=64)
def _read(path: str, size: int, mtime: float) -> ocr.OcrText | None:
    try:
        return ocr.read_text(Path(path).read_bytes(), name=Path(path).name)
    except Exception:  # noqa: BLE001 - a damaged picture: its chip says so on its own, the turn refuses it
        return None


def reads_pictures_as_text(backend: Any, wanted: bool) -> bool:
    """Whether pictures go to this backend as their OCR text: it sees none, the user did not turn OCR off, and
    Tesseract is installed."""
    return not backend.capabilities.vision and wanted and ocr.available()


async def readable(prepared: list[Any], files: tuple[tuple[str, str], ...], backend: Any, *, max_chars: int,
                   read_pictures: bool) -> tuple[list[Any], list[Notice]]:
    """The prepared uploads (one per file, in order), with what this backend needs added, and what to say."""
    out: list[Any] = []
    said: list[Notice] = []
    pictures = reads_pictures_as_text(backend, read_pictures)
    for item, (path, name) in zip(prepared, files):
        out.append(item)
        if isinstance(item, Document) and extracts_files(backend) and Path(name).suffix.lower() in EXTRACTED_REMOTELY:
            try:
                text = await extract_file(backend, Path(path), name)
            except Exception as exc:  # noqa: BLE001 - the text read here goes instead; nothing is lost
                error = redact(f"{type(exc).__name__}: {exc}", backend.secrets)[:300]
                log.warning("file-extract of %s on %s failed: %s", name, backend.name, error)
                said.append(notice("file_extract_local", name=name, backend=backend.name, error=error))
                continue
            cut = len(text) > max_chars
            note = coded("attachment.extracted_cut", limit=max_chars) if cut else coded("attachment.extracted")
            out[-1] = Document(item.name, text[:max_chars], note, extracted_by="moonshot")
        elif isinstance(item, PreparedImage) and pictures:
            found = await asyncio.to_thread(picture_text, path)
            if found is None or not found.text.strip():
                raise NoTextInPicture(name)
            note = coded("attachment.ocr", languages=found.languages, confidence=found.confidence)
            out.append(Document(f"{name} (OCR)", found.text[:max_chars], note))
            said.append(notice("ocr_used", name=name, backend=backend.name))
    return out, said
