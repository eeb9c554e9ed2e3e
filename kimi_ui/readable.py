"""Uploads made readable for the backend chosen, after they are prepared and before the question is saved:
- on a Moonshot backend, PDFs and Office files go through its file-extract API (backends/files.py); when that
  fails, the text read here is sent instead, and the answer says so;
- on a text-only backend (Kimi K2.5's GGUF files), a picture is sent as the text OCR finds in it (media/ocr.py),
  kept beside the picture as a document "NAME (OCR)", and the answer says the model reads extracted text.
  The picture itself is stored too: a backend that sees pictures gets it in later turns."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from pathlib import Path
from typing import Any

from kimi_ui.backends.files import extract_file, extracts_files
from kimi_ui.events import Notice, note_of, notice
from kimi_ui.media import ocr
from kimi_ui.media.documents import OFFICE_SUFFIXES, PDF_SUFFIX, Document
from kimi_ui.media.images import MediaError, PreparedImage
from kimi_ui.media.once import Once
from kimi_ui.redact import redact

log = logging.getLogger(__name__)
EXTRACTED_REMOTELY = {PDF_SUFFIX, *OFFICE_SUFFIXES}


class NoTextInPicture(Exception):
    """A picture for a text-only backend in which OCR found nothing to send."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def picture_text(path: str) -> ocr.OcrText | MediaError:
    """What OCR reads in the uploaded picture at `path`, or why it cannot. Cached by the file's content (the
    composer's chip reads it before sending, the turn then finds it done; the same picture uploaded again is
    not read again), and read once when several ask at the same time."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return MediaError("unreadable", name=Path(path).name, detail=exc.strerror or type(exc).__name__)
    return _READ.get(hashlib.sha256(data).hexdigest(), lambda: ocr.read_text(data, name=Path(path).name))


def picture_problem(path: str) -> str:
    """Why a picture cannot go to a text-only backend as its text ("" when it can): "no_text" when OCR finds
    none, else the code of what went wrong (ocr_too_long, a damaged file's)."""
    found = picture_text(path)
    if isinstance(found, MediaError):
        return found.code
    return "" if found.text.strip() else "no_text"


_READ = Once(64)  # OCR results (or why it failed) by the picture's content


def reads_pictures_as_text(backend: Any, wanted: bool) -> bool:
    """Whether pictures go to this backend as their OCR text: it sees none, the user did not turn OCR off, and
    Tesseract is installed."""
    return not backend.capabilities.vision and wanted and ocr.available()


async def readable(prepared: list[Any], files: tuple[tuple[str, str], ...], backend: Any, *, max_chars: int,
                   read_pictures: bool) -> tuple[list[Any], list[Notice]]:
    """The prepared uploads (one per file, in order; what was added for this backend, OCR texts, after them: the
    store names uploads by their position), and what to say."""
    out: list[Any] = []
    added: list[Document] = []
    said: list[Notice] = []
    pictures = reads_pictures_as_text(backend, read_pictures)
    for item, (path, name) in zip(prepared, files):
        out.append(item)
        if isinstance(item, Document) and extracts_files(backend) and Path(name).suffix.lower() in EXTRACTED_REMOTELY:
            try:
                text = await extract_file(backend, Path(path), name, max_chars)
            except Exception as exc:  # noqa: BLE001 - the text read here goes instead; nothing is lost
                error = redact(f"{type(exc).__name__}: {exc}", backend.secrets)[:300]
                log.warning("file-extract of %s on %s failed: %s", name, backend.name, error)
                said.append(notice("file_extract_local", name=name, backend=backend.name, error=error))
                continue
            cut = len(text) > max_chars
            note = note_of("attachment.extracted_cut", limit=max_chars) if cut else note_of("attachment.extracted")
            out[-1] = Document(item.name, text[:max_chars], note, extracted_by="moonshot")
        elif isinstance(item, PreparedImage) and pictures:
            found = await asyncio.to_thread(picture_text, path)
            if isinstance(found, MediaError):
                raise found
            if not found.text.strip():
                raise NoTextInPicture(name)
            note = note_of("attachment.ocr", languages=found.languages, confidence=found.confidence)
            added.append(Document(f"{name} (OCR)", found.text[:max_chars], note))
            said.append(notice("ocr_used", name=name, backend=backend.name))
    return out + added, said
