"""Word, Excel and PowerPoint files (.docx, .xlsx, .pptx) -> their text, with python-docx, openpyxl (read-only)
and python-pptx. Run inside the sandbox's child process (media/sandbox.py: a time and memory limit), and each
reader also keeps its own work in proportion to what it reads: a Word table's merged cells are read from the
XML once (python-docx's row.cells looks up every merged cell's origin again: quadratic), a sheet's cells are
counted, not only its rows (a row may be padded to 16,384 empty cells)."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

from kimi_ui.media.documents import OFFICE_SUFFIXES, Document, _counted, _finished
from kimi_ui.media.images import MediaError

MAX_OFFICE_UNZIPPED = 200 * 1024 * 1024  # what a package's members may unpack to in all; more is a zip bomb
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit: rows visited in all, empty ones too (a sheet may skip to row 10^9)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Compound File: an encrypted OOXML package, or an old .doc
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # the stream holding the encrypted package
CELL_SEPARATOR = " | "
_CUT = object()  # yielded by a reader that stops before the end for another reason than the character limit
MAX_SHEET_CELLS = 2_000_000  # cells visited in all, empty ones too
MAX_XML_PART = 32 * 1024 * 1024  # one XML part unpacked: more is no document a person wrote (a memory bomb)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    if unzipped > MAX_OFFICE_UNZIPPED or any(m.file_size > MAX_XML_PART for m in members if m.filename.endswith(".xml")):
        raise MediaError("bomb", name=name)


def _text_of(element) -> str:  # noqa: ANN001 - an lxml element of the document's XML
    """A paragraph's or cell's text: its runs' text, tabs and breaks as spaces and new lines."""
    parts = []
    for node in element.iter(W + "t", W + "tab", W + "br", W + "p"):
        if node.tag == W + "t":
            parts.append(node.text or "")
        elif node.tag == W + "tab":
            parts.append("\t")
        elif parts:  # a break, or the next paragraph of a cell
            parts.append("\n")
    return "".join(parts).strip()


def _word_row(row) -> list[str]:  # noqa: ANN001 - a w:tr element
    """A table row's cells, each once: a cell merged with the one above (w:vMerge without "restart") is empty
    by definition and left out; a cell spanning columns (w:gridSpan) is one cell."""
    cells = []
    for cell in row.iterchildren(W + "tc"):
        merge = cell.find(f"{W}tcPr/{W}vMerge")
        if merge is not None and merge.get(W + "val") != "restart":
            continue
        cells.append(_text_of(cell))
    return cells


def _docx_lines(document) -> Iterator[str]:  # noqa: ANN001 - docx.document.Document
    """Paragraphs (headings among them) and tables in document order, a table's rows as cells joined by " | "
    (read from the body's XML: python-docx's row.cells is quadratic in merged rows)."""
    for block in document.element.body.iterchildren(W + "p", W + "tbl"):
        if block.tag == W + "tbl":
            rows = (_word_row(row) for row in block.iterchildren(W + "tr"))
            yield from (_row(cells) for cells in rows if any(cell.strip() for cell in cells))
        elif text := _text_of(block):
            yield text


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
    budget, cells_left, first = MAX_SHEET_ROWS, MAX_SHEET_CELLS, True
    for sheet in sheets:
        sheet.reset_dimensions()  # a wrongly stated size would cut rows off, or pad them with empty cells
        header = [f"[sheet {sheet.title}]"] if first else ["", f"[sheet {sheet.title}]"]
        for values in sheet.iter_rows(values_only=True):
            budget -= 1
            cells_left -= len(values)
            if budget < 0 or cells_left < 0:
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
    except MemoryError:
        raise  # (the sandbox's limit: "too costly", not "damaged")
    except Exception as exc:  # noqa: BLE001 - a damaged package or another kind's fails in many ways inside the libraries
        if "memory allocation failed" in str(exc).lower():  # lxml out of the sandbox's memory
            raise MemoryError from None
        raise MediaError("not_office", name=name, kind=kind) from None
    return _finished(name, text, note, max_chars, cut)


