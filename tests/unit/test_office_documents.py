"""Word, Excel and PowerPoint files (.docx, .xlsx, .pptx) read as text: what the model gets of each, the limits,
and the refusals (damaged, empty, password-protected, a zip bomb). The files are made here with the libraries
that read them."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import Workbook
from pptx import Presentation
from pptx.util import Inches

from kimi_ui.media import documents as document_files
from kimi_ui.media import office as documents  # the readers and their limits, as the sandbox's child runs them
from kimi_ui.media.documents import OFFICE_SUFFIXES, Document, is_document, read_here
from kimi_ui.media.images import MediaError
from kimi_ui.media.prepare import MediaLimits, kind_of, prepare


def read_document(path, *, name: str = "", max_bytes: int = 200_000) -> Document:
    """Office files read in this process (what media/sandbox.py's child does), so that a test can watch and
    change the readers; anything else as the app reads it."""
    path = Path(path)
    name = name or path.name
    if Path(name).suffix.lower() in OFFICE_SUFFIXES:
        return read_here(path, name, max_bytes)
    return document_files.read_document(path, name=name, max_bytes=max_bytes)


def make_docx(path: Path) -> Path:
    document = WordDocument()
    document.add_heading("Quarterly report", level=1)
    document.add_paragraph("Sales rose in every region.")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, [("Region", "Q1", "Q2"), ("North", "10", "12")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("")  # an empty paragraph: no line of its own
    document.add_paragraph("Signed, the board.")
    document.save(path)
    return path


def make_xlsx(path: Path) -> Path:
    workbook = Workbook()
    people = workbook.active
    people.title = "People"
    people.append(["Name", "Age"])
    people.append([None, None])  # a fully empty row in between: skipped
    people.append(["Ada", 36])
    people.append(["Alan", 41.5])
    prices = workbook.create_sheet("Prices")
    prices.append(["Item", "Price", "Total"])
    prices.append(["Tea", 3, "=B2*2"])  # a formula never calculated: no cached value, so an empty cell
    workbook.save(path)
    return path


def make_pptx(path: Path) -> Path:
    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[1])  # title and content
    first.shapes.title.text = "Welcome"
    first.placeholders[1].text = "First point\nSecond point"
    first.notes_slide.notes_text_frame.text = "Say hello first."
    second = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    second.shapes.title.text = "Numbers"
    table = second.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    for row, values in zip(table.rows, [("Year", "Revenue"), ("2025", "1.2M")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    deck.save(path)
    return path


# -- what the model reads --------------------------------------------------------------------------------
def test_docx_gives_the_heading_paragraphs_and_table_rows_in_order(tmp_path):
    doc = read_document(make_docx(tmp_path / "report.docx"))
    assert doc.text == (
        "Quarterly report\n"
        "Sales rose in every region.\n"
        "Region | Q1 | Q2\n"
        "North | 10 | 12\n"
        "Signed, the board."
    )
    assert doc.name == "report.docx" and doc.note == ""


def test_a_merged_word_cell_is_read_once(tmp_path):
    document = WordDocument()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Both columns"
    table.cell(0, 2).text = "Third"
    document.save(tmp_path / "merged.docx")
    assert read_document(tmp_path / "merged.docx").text == "Both columns | Third"


def test_xlsx_gives_each_sheet_with_its_rows_and_skips_empty_rows(tmp_path):
    doc = read_document(make_xlsx(tmp_path / "book.xlsx"))
    assert doc.text == (
        "[sheet People]\n"
        "Name | Age\n"
        "Ada | 36\n"
        "Alan | 41.5\n"
        "\n"
        "[sheet Prices]\n"
        "Item | Price | Total\n"
        "Tea | 3"
    )
    assert doc.note == "2 sheets"


def test_an_empty_sheet_is_counted_but_has_no_header(tmp_path):
    workbook = Workbook()
    workbook.active.title = "Blank"
    workbook.create_sheet("Data").append(["x"])
    workbook.save(tmp_path / "book.xlsx")
    doc = read_document(tmp_path / "book.xlsx")
    assert (doc.text, doc.note) == ("[sheet Data]\nx", "2 sheets")


def test_pptx_gives_each_slide_with_its_text_table_and_notes(tmp_path):
    doc = read_document(make_pptx(tmp_path / "deck.pptx"))
    assert doc.text == (
        "[slide 1]\n"
        "Welcome\n"
        "First point\n"
        "Second point\n"
        "[notes]\n"
        "Say hello first.\n"
        "\n"
        "[slide 2]\n"
        "Numbers\n"
        "Year | Revenue\n"
        "2025 | 1.2M"
    )
    assert doc.note == "2 slides"


def test_one_slide_is_said_in_the_singular(tmp_path):
    deck = Presentation()
    deck.slides.add_slide(deck.slide_layouts[5]).shapes.title.text = "Only"
    deck.save(tmp_path / "one.pptx")
    assert read_document(tmp_path / "one.pptx").note == "1 slide"


def test_the_suffix_decides_whatever_its_case(tmp_path):
    path = make_docx(tmp_path / "upload.bin")
    assert read_document(path, name="REPORT.DOCX").text.startswith("Quarterly report\n")


# -- limits ----------------------------------------------------------------------------------------------
def test_long_docx_is_truncated_and_the_note_says_so(tmp_path):
    document = WordDocument()
    for i in range(200):
        document.add_paragraph(f"Paragraph number {i} with some words in it.")
    document.save(tmp_path / "long.docx")
    doc = read_document(tmp_path / "long.docx", max_bytes=1000)
    assert len(doc.text) == 1000 and doc.text.startswith("Paragraph number 0 ")
    assert doc.note == "truncated to 1,000 characters"


def test_text_exactly_at_the_limit_is_not_truncated(tmp_path):
    document = WordDocument()
    document.add_paragraph("a" * 10)
    document.add_paragraph("b" * 10)
    document.save(tmp_path / "exact.docx")
    doc = read_document(tmp_path / "exact.docx", max_bytes=21)
    assert (doc.text, doc.note) == ("a" * 10 + "\n" + "b" * 10, "")


def test_a_huge_sheet_stops_reading_at_the_limit(tmp_path, monkeypatch):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Big")
    for i in range(5_000):
        sheet.append([i, f"row {i}"])
    workbook.save(tmp_path / "big.xlsx")
    seen = []
    real = documents._cell_value
    monkeypatch.setattr(documents, "_cell_value", lambda value: seen.append(value) or real(value))
    doc = read_document(tmp_path / "big.xlsx", max_bytes=2000)
    assert len(doc.text) == 2000 and doc.text.startswith("[sheet Big]\n0 | row 0\n1 | row 1\n")
    assert doc.note == "1 sheet, truncated to 2,000 characters"
    assert len(seen) < 1000, "the rows after the limit are never read"


def test_rows_past_the_row_budget_are_not_visited_and_the_note_says_cut(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_SHEET_ROWS", 5)
    workbook = Workbook()
    for i in range(1, 9):
        workbook.active.append([f"r{i}"])
    workbook.save(tmp_path / "rows.xlsx")
    doc = read_document(tmp_path / "rows.xlsx")
    assert doc.text == "[sheet Sheet]\nr1\nr2\nr3\nr4\nr5"
    assert doc.note == "1 sheet, truncated to 28 characters"


def test_prepare_reads_an_office_file_with_the_text_limit(tmp_path):
    path = make_pptx(tmp_path / "upload-1234")
    assert kind_of("deck.pptx") == "document"
    result = prepare(path, "deck.pptx", MediaLimits(max_text_bytes=32))
    assert isinstance(result, Document)
    assert result.name == "deck.pptx" and result.text == "[slide 1]\nWelcome\nFirst point\nSe"
    assert result.note == "2 slides, truncated to 32 characters"


# -- what is accepted --------------------------------------------------------------------------------------
def test_office_files_are_documents_and_the_old_binary_formats_are_not(tmp_path):
    assert all(is_document(name) for name in ("a.docx", "b.XLSX", "c.pptx"))
    assert not any(is_document(name) for name in ("a.doc", "b.xls", "c.ppt"))
    (tmp_path / "old.doc").write_bytes(documents.OLE_MAGIC + os.urandom(600))
    with pytest.raises(MediaError) as caught:
        prepare(tmp_path / "old.doc", "old.doc", MediaLimits())
    assert caught.value.code == "other_kind"
    assert ".docx" in str(caught.value) and ".docx" in caught.value.words("de")


# -- refusals ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, kind", [("broken.docx", "Word"), ("broken.xlsx", "Excel"), ("broken.pptx", "PowerPoint")])
def test_random_bytes_are_not_an_office_file(tmp_path, name, kind):
    (tmp_path / name).write_bytes(os.urandom(4096))
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / name)
    assert (caught.value.code, caught.value.params) == ("not_office", {"name": name, "kind": kind})
    assert str(caught.value) == f"{name} is not a {kind} file kimi-ui can read (is it damaged, or only renamed?)."
    assert caught.value.words("de").startswith(f"{name} ist keine {kind}-Datei")


def test_a_zip_that_is_not_a_word_file_is_refused_clearly(tmp_path):
    with zipfile.ZipFile(tmp_path / "notes.docx", "w") as package:
        package.writestr("notes.txt", "just a zip")
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / "notes.docx")
    assert caught.value.code == "not_office"


def test_a_workbook_renamed_docx_is_refused_clearly(tmp_path):
    make_xlsx(tmp_path / "book.xlsx").rename(tmp_path / "book.docx")
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / "book.docx")
    assert caught.value.params == {"name": "book.docx", "kind": "Word"}


def test_a_truncated_docx_is_refused_clearly(tmp_path):
    data = make_docx(tmp_path / "whole.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / "cut.docx")
    assert caught.value.code == "not_office"


@pytest.mark.parametrize("maker, name", [
    (lambda path: WordDocument().save(path), "empty.docx"),
    (lambda path: Workbook().save(path), "empty.xlsx"),
    (lambda path: Presentation().save(path), "empty.pptx"),
])
def test_a_document_without_text_is_no_text(tmp_path, maker, name):
    maker(tmp_path / name)
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / name)
    assert (caught.value.code, caught.value.params) == ("no_text", {"name": name})


def test_a_zero_byte_file_is_empty(tmp_path):
    (tmp_path / "nothing.xlsx").write_bytes(b"")
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / "nothing.xlsx")
    assert caught.value.code == "empty"


def test_a_password_protected_file_says_so(tmp_path):
    """Such a file is a Compound File (as made by Office or msoffcrypto) with an EncryptedPackage stream; only
    the marks the check looks for are written here."""
    body = bytearray(os.urandom(3 << 20))
    at = (1 << 20) - 10  # across the boundary of two chunks read
    body[at:at + len(documents.ENCRYPTED_PACKAGE)] = documents.ENCRYPTED_PACKAGE
    (tmp_path / "secret.xlsx").write_bytes(documents.OLE_MAGIC + bytes(body))
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / "secret.xlsx")
    assert caught.value.code == "office_encrypted"
    assert "password" in str(caught.value) and "Passwort" in caught.value.words("de")


def test_an_old_doc_renamed_docx_is_not_taken_for_an_encrypted_one(tmp_path):
    (tmp_path / "old.docx").write_bytes(documents.OLE_MAGIC + b"W\x00o\x00r\x00d\x00" + bytes(4096))
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / "old.docx")
    assert caught.value.code == "not_office"


def zip_claiming(path: Path, member_size: int) -> Path:
    """A small zip whose central directory says a member unpacks to `member_size` bytes."""
    make_docx(path)
    data = bytearray(path.read_bytes())
    directory = data.rindex(b"PK\x01\x02")  # the last member's central directory entry
    data[directory + 24:directory + 28] = member_size.to_bytes(4, "little")  # its uncompressed size
    path.write_bytes(bytes(data))
    return path


def test_a_zip_bomb_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    path = zip_claiming(tmp_path / "bomb.docx", 0xFFFF_FFF0)
    opened = []
    monkeypatch.setitem(documents.OFFICE_READERS, ".docx", lambda *args: opened.append(args))
    with pytest.raises(MediaError) as caught:
        read_document(path)
    assert (caught.value.code, caught.value.params) == ("bomb", {"name": "bomb.docx"})
    assert not opened


def test_the_bomb_cap_counts_all_members_together(tmp_path, monkeypatch):
    path = make_docx(tmp_path / "fine.docx")
    with zipfile.ZipFile(path) as package:
        total = sum(member.file_size for member in package.infolist())
    monkeypatch.setattr(documents, "MAX_OFFICE_UNZIPPED", total)
    assert read_document(path).text.startswith("Quarterly report")
    monkeypatch.setattr(documents, "MAX_OFFICE_UNZIPPED", total - 1)
    with pytest.raises(MediaError) as caught:
        read_document(path)
    assert caught.value.code == "bomb"


def test_a_member_packed_other_than_office_packs_is_refused(tmp_path):
    """bzip2 can unpack a few bytes into far more than one read asks for; Office never uses it."""
    with zipfile.ZipFile(make_pptx(tmp_path / "deck.pptx")) as source, \
            zipfile.ZipFile(tmp_path / "odd.pptx", "w", compression=zipfile.ZIP_BZIP2) as repacked:
        for member in source.infolist():
            repacked.writestr(member.filename, source.read(member))
    assert documents._pptx_text(tmp_path / "odd.pptx", 1000)[0].startswith("[slide 1]"), "the library would read it"
    with pytest.raises(MediaError) as caught:
        read_document(tmp_path / "odd.pptx")
    assert caught.value.code == "not_office"
