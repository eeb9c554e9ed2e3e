"""Text-like files, PDFs and Office files (.docx, .xlsx, .pptx) -> text the model reads. Anything else is refused
with a clear message."""

from __future__ import annotations

import codecs
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

from kimi_ui.media.images import MediaError

TEXT_SUFFIXES = {
    ".txt", ".md", ".markdown", ".rst", ".log", ".csv", ".tsv", ".json", ".jsonl", ".yaml", ".yml", ".toml",
    ".ini", ".cfg", ".conf", ".xml", ".html", ".htm", ".css", ".scss", ".sql", ".sh", ".bash", ".zsh",
    ".py", ".pyi", ".ipynb", ".js", ".mjs", ".ts", ".tsx", ".jsx", ".java", ".kt", ".go", ".rs", ".c", ".h",
    ".cc", ".cpp", ".hpp", ".cs", ".rb", ".php", ".swift", ".scala", ".lua", ".r", ".m", ".pl", ".tex",
    ".dockerfile", ".env", ".gitignore", ".diff", ".patch",
}
PDF_SUFFIX = ".pdf"
EXTRACTED_MIME = "application/json"  # a document's stored text is Moonshot's file-extract output (a JSON string)
OFFICE_SUFFIXES = {".docx": "Word", ".xlsx": "Excel", ".pptx": "PowerPoint"}  # the old .doc/.xls/.ppt are not read
MAX_OFFICE_UNZIPPED = 200 * 1024 * 1024  # what a package's members may unpack to in all; more is a zip bomb
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit: rows visited in all, empty ones too (a sheet may skip to row 10^9)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Compound File: an encrypted OOXML package, or an old .doc
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # the stream holding the encrypted package
CELL_SEPARATOR = " | "
_CUT = object()  # yielded by a reader that stops before the end for another reason than the character limit


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    note: str = ""  # e.g. "12 pages" or "truncated to 200 KB"
    extracted_by: str = ""  # "moonshot": the text is Moonshot's file-extract output (sent as a system message)


def is_document(name: str) -> bool:
    suffix = Path(name).suffix.lower()
    return (suffix in TEXT_SUFFIXES or suffix == PDF_SUFFIX or suffix in OFFICE_SUFFIXES
            or Path(name).name.lower() in {"dockerfile", "makefile"})


def _decode(data: bytes, name: str, cut: bool) -> str:
    if b"\x00" in data[:8192]:
        raise MediaError("binary", name=name)
    try:
        # Incremental: a character split by the size limit is dropped, not a reason to give up on UTF-8.
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=not cut)
    except UnicodeDecodeError:
        return data.decode("latin-1")  # logs and CSVs from older tools; every byte maps to a character


def read_text(path: Path, name: str, max_bytes: int) -> Document:
    size = path.stat().st_size
    if size == 0:
        raise MediaError("empty", name=name)
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    truncated = len(data) > max_bytes
    text = _decode(data[:max_bytes], name, truncated)
    note = f"truncated to the first {max_bytes // 1000} KB of {size // 1000} KB" if truncated else ""
    return Document(name, text, note)


def read_pdf(path: Path, name: str, max_chars: int) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise MediaError("not_pdf", name=name, kind=type(exc).__name__) from None
    text = "\n\n".join(f"[page {i}]\n{page.strip()}" for i, page in enumerate(pages, 1) if page.strip())
    return _finished(name, text, _counted(len(pages), "page"), max_chars)


def _counted(count: int, unit: str) -> str:
    return f"{count} {unit}" + ("s" if count != 1 else "")


def _finished(name: str, text: str, note: str, max_chars: int, cut: bool = False) -> Document:
    """The text as the model gets it: refused when there is none, cut to `max_chars`, and the note says so."""
    if not text.strip():
        raise MediaError("no_text", name=name)
    if len(text) > max_chars or cut:
        truncated = f"truncated to {min(len(text), max_chars):,} characters"
        text, note = text[:max_chars], f"{note}, {truncated}" if note else truncated
    return Document(name, text, note)


def _gathered(lines: Iterable[object], max_chars: int) -> tuple[str, bool]:
    """The lines joined, read only until the text is longer than `max_chars` (a million-row sheet stops early);
    and whether a reader stopped early for another reason."""
    parts: list[str] = []
    size = -1  # the joined length: a newline between lines
    for line in lines:
        if line is _CUT:
            return "\n".join(parts), True
        parts.append(str(line))
        size += len(parts[-1]) + 1
        if size > max_chars:
            break
    return "\n".join(parts), False


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _row(cells: Iterable[str]) -> str:
    return CELL_SEPARATOR.join(_one_line(cell) for cell in cells)


def _is_encrypted(path: Path) -> bool:
    """A password-protected .docx/.xlsx/.pptx is no zip but a Compound File with an EncryptedPackage stream."""
    with path.open("rb") as handle:
        if handle.read(len(OLE_MAGIC)) != OLE_MAGIC:
            return False
        tail = b""
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            if ENCRYPTED_PACKAGE in tail + chunk:
                return True
            tail = chunk[-len(ENCRYPTED_PACKAGE):]
    return False


def _check_package(path: Path, name: str, kind: str) -> None:
    """Refused before any library opens it: an empty file, one that is no zip, and a zip bomb (its members'
    sizes as the zip states them; zipfile never unpacks a member past its stated size)."""
    if path.stat().st_size == 0:
        raise MediaError("empty", name=name)
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        if _is_encrypted(path):
            raise MediaError("office_encrypted", name=name) from None
        raise MediaError("not_office", name=name, kind=kind) from None
    if any(member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for member in members):
        raise MediaError("not_office", name=name, kind=kind)  # Office writes neither bzip2 nor LZMA
    unzipped = sum(member.file_size for member in members)
    if unzipped > MAX_OFFICE_UNZIPPED:
        raise MediaError("bomb", name=name)


def _word_cells(cells: Iterable) -> Iterator[str]:  # docx.table._Cell
    """A row's cell texts; a merged cell, listed again for each column it spans, once."""
    last = None
    for cell in cells:
        if cell._tc is not last:
            yield cell.text
        last = cell._tc


def _docx_lines(document) -> Iterator[str]:  # noqa: ANN001 - docx.document.Document
    """Paragraphs (headings among them) and tables in document order, a table's rows as cells joined by " | "."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = (list(_word_cells(row.cells)) for row in block.rows)
            yield from (_row(cells) for cells in rows if any(cell.strip() for cell in cells))
        elif block.text.strip():
            yield block.text.strip()


def _cell_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # Excel stores every number as a float: 3, not 3.0
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    return str(value)


def _sheet_lines(sheets: list) -> Iterator[object]:  # openpyxl read-only worksheets
    """Each sheet with content: "[sheet NAME]", then its non-empty rows (cached values, not formulas)."""
    budget, first = MAX_SHEET_ROWS, True
    for sheet in sheets:
        sheet.reset_dimensions()  # a wrongly stated size would cut rows off, or pad them with empty cells
        header = [f"[sheet {sheet.title}]"] if first else ["", f"[sheet {sheet.title}]"]
        for values in sheet.iter_rows(values_only=True):
            budget -= 1
            if budget < 0:
                yield _CUT
                return
            cells = [_cell_value(value) for value in values]
            while cells and not cells[-1].strip():
                cells.pop()
            if cells:
                yield from header
                header, first = [], False
                yield _row(cells)


def _shape_texts(shapes) -> Iterator[str]:  # noqa: ANN001 - pptx shapes
    from pptx.shapes.group import GroupShape

    for shape in shapes:
        if isinstance(shape, GroupShape):
            yield from _shape_texts(shape.shapes)
        elif shape.has_text_frame and shape.text_frame.text.strip():
            yield shape.text_frame.text.replace("\v", "\n").strip()  # \v: a line break inside a paragraph
        elif shape.has_table:
            rows = ([cell.text for cell in row.cells if not cell.is_spanned] for row in shape.table.rows)
            yield from (_row(cells) for cells in rows if any(cell.strip() for cell in cells))


def _slide_lines(slides) -> Iterator[str]:  # noqa: ANN001 - pptx.slide.Slides
    """Each slide with text: "[slide N]", its shapes' text and tables, then its speaker notes."""
    first = True
    for number, slide in enumerate(slides, 1):
        texts = list(_shape_texts(slide.shapes))
        frame = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
        notes = frame.text.replace("\v", "\n").strip() if frame is not None else ""
        if notes:
            texts += ["[notes]", notes]
        if texts:
            yield from ([] if first else [""]) + [f"[slide {number}]"] + texts
            first = False


def _docx_text(path: Path, max_chars: int) -> tuple[str, str, bool]:
    from docx import Document as WordDocument

    text, cut = _gathered(_docx_lines(WordDocument(str(path))), max_chars)
    return text, "", cut


def _xlsx_text(path: Path, max_chars: int) -> tuple[str, str, bool]:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path), read_only=True, data_only=True)  # rows stream; the sheet is never held
    try:
        sheets = workbook.worksheets
        text, cut = _gathered(_sheet_lines(sheets), max_chars)
    finally:
        workbook.close()
    return text, _counted(len(sheets), "sheet"), cut


def _pptx_text(path: Path, max_chars: int) -> tuple[str, str, bool]:
    from pptx import Presentation

    slides = Presentation(str(path)).slides
    text, cut = _gathered(_slide_lines(slides), max_chars)
    return text, _counted(len(slides), "slide"), cut


OFFICE_READERS = {".docx": _docx_text, ".xlsx": _xlsx_text, ".pptx": _pptx_text}


def read_office(path: Path, name: str, max_chars: int) -> Document:
    suffix = Path(name).suffix.lower()
    kind = OFFICE_SUFFIXES[suffix]
    _check_package(path, name, kind)
    try:
        text, note, cut = OFFICE_READERS[suffix](path, max_chars)
    except Exception:  # noqa: BLE001 - a damaged package or another kind's fails in many ways inside the libraries
        raise MediaError("not_office", name=name, kind=kind) from None
    return _finished(name, text, note, max_chars, cut)


def read_document(path: str | Path, *, name: str = "", max_bytes: int = 200_000) -> Document:
    path = Path(path)
    name = name or path.name
    if Path(name).suffix.lower() == PDF_SUFFIX:
        return read_pdf(path, name, max_chars=max_bytes)
    if Path(name).suffix.lower() in OFFICE_SUFFIXES:
        return read_office(path, name, max_chars=max_bytes)
    if not is_document(name):
        raise MediaError("other_kind", name=name)
    return read_text(path, name, max_bytes)
