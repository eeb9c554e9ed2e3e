"""PDFs and Office files are read in a child process with a time and memory limit (kimi_ui/media/sandbox.py):
the readers hold their file's whole XML or page tree, and a small crafted file can ask for minutes of CPU or
gigabytes. Crafted files from the outside probe of issue 17 are read in proportion to their size."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument

from kimi_ui.media import sandbox
from kimi_ui.media.documents import read_document
from kimi_ui.media.images import MediaError
from kimi_ui.media.office import W, _docx_lines

BODY = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body>'
        '</w:document>')


def word_file(path: Path, body: str) -> Path:
    """A real .docx (python-docx's own package) with `body` as its document's XML body."""
    out = io.BytesIO()
    WordDocument().save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for member in source.infolist():
            data = BODY.format(body).encode() if member.filename == "word/document.xml" else source.read(member)
            new.writestr(member.filename, data)
    return path


def test_a_document_is_read_through_the_child_process(tmp_path):
    path = word_file(tmp_path / "plain.docx", "<w:p><w:r><w:t>Budget 2027</w:t></w:r></w:p>")
    assert read_document(path).text == "Budget 2027"


def test_over_the_limits_the_child_is_stopped_and_the_file_refused(tmp_path, monkeypatch):
    # (a content no earlier read has: what the child read is kept by content)
    path = word_file(tmp_path / "plain.docx", "<w:p><w:r><w:t>Budget, over the limits</w:t></w:r></w:p>")
    monkeypatch.setattr(sandbox, "MEMORY_BYTES", 16 * 1024**2)  # (the interpreter alone needs more)
    with pytest.raises(MediaError) as caught:
        read_document(path)
    assert caught.value.code == "too_costly" and caught.value.params["name"] == "plain.docx"


def merged_table(rows: int, columns: int) -> str:
    first = "".join('<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>top</w:t></w:r></w:p></w:tc>'
                    for _ in range(columns))
    later = "".join("<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" for _ in range(columns))
    return f"<w:tbl><w:tr>{first}</w:tr>{f'<w:tr>{later}</w:tr>' * (rows - 1)}</w:tbl>"


def test_merged_rows_are_read_once_not_looked_up_again_and_again(tmp_path):
    """python-docx's row.cells finds each vertically merged cell's origin by walking up: quadratic (a 37 KB file
    took minutes). Read from the XML, a continued cell is skipped: each row is visited once."""
    path = word_file(tmp_path / "merged.docx", merged_table(rows=900, columns=20))
    document = WordDocument(str(path))
    rows = list(document.element.body.iter(W + "tr"))
    assert len(rows) == 900
    # the merged column's text once, the continued (empty) rows left out
    assert list(_docx_lines(document)) == [" | ".join(["top"] * 20)]
    assert read_document(path).text == " | ".join(["top"] * 20)


def test_a_cell_spanning_two_billion_columns_is_one_cell(tmp_path):
    span = '<w:tc><w:tcPr><w:gridSpan w:val="2147483647"/></w:tcPr><w:p><w:r><w:t>wide</w:t></w:r></w:p></w:tc>'
    path = word_file(tmp_path / "wide.docx", f"<w:tbl><w:tr>{span}<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>"
                                             "</w:tr></w:tbl>")
    assert read_document(path).text == "wide | x"


def test_an_xml_part_larger_than_any_written_document_is_refused_unread(tmp_path, monkeypatch):
    from kimi_ui.media import office

    path = word_file(tmp_path / "many.docx", "<w:p/>" * 200_000)  # 1.2 MB of empty paragraphs
    monkeypatch.setattr(office, "MAX_XML_PART", 1024 * 1024)
    with pytest.raises(MediaError) as caught:
        office.read_office(path, "many.docx", 1000)
    assert caught.value.code == "bomb"


def test_a_sheet_of_rows_padded_to_sixteen_thousand_cells_stops_at_the_cell_budget(tmp_path, monkeypatch):
    from openpyxl import Workbook

    from kimi_ui.media import office

    workbook = Workbook()
    for row in range(1, 200):
        workbook.active.cell(row=row, column=16_384, value="")  # an empty cell at XFD: the row is padded
        workbook.active.cell(row=row, column=1, value=f"r{row}")
    workbook.save(tmp_path / "wide.xlsx")
    monkeypatch.setattr(office, "MAX_SHEET_CELLS", 16_384 * 10)
    document = office.read_office(tmp_path / "wide.xlsx", "wide.xlsx", 100_000)
    assert document.text.splitlines()[1:4] == ["r1", "r2", "r3"] and len(document.text.splitlines()) <= 11
    assert "truncated" in document.note
