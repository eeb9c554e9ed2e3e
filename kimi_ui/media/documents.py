"""Text-like files, PDFs and Office files (.docx, .xlsx, .pptx) -> text the model reads. Anything else is refused
with a clear message."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

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


def read_document(path: str | Path, *, name: str = "", max_bytes: int = 200_000) -> Document:
    path = Path(path)
    name = name or path.name
    if Path(name).suffix.lower() in (PDF_SUFFIX, *OFFICE_SUFFIXES):
        from kimi_ui.media.sandbox import read_in_child  # (a file's parser may take all the time or memory given)

        return read_in_child(path, name, max_bytes)
    if not is_document(name):
        raise MediaError("other_kind", name=name)
    return read_text(path, name, max_bytes)


def read_here(path: Path, name: str, max_chars: int) -> Document:
    """A PDF or Office file read in this process: what the sandbox's child runs (media/sandbox.py)."""
    if Path(name).suffix.lower() == PDF_SUFFIX:
        return read_pdf(path, name, max_chars)
    from kimi_ui.media.office import read_office

    return read_office(path, name, max_chars)
