"""Issue 17: what making uploads readable costs before the question is saved.

Printed, as medians of `--runs` runs in this process:
- OCR of a 1280x800 screenshot (light UI, 14-16 px text), cold (a new thread: Tesseract loads its models) and
  warm (the thread's engine reused, as worker threads do), and of the same picture's PNG decode alone (the
  baseline: what an image upload costs without OCR);
- reading a Word file (40 paragraphs, a 30-row table), an Excel file (5,000 rows x 8 columns) and a
  PowerPoint file (30 slides) as text, each in the sandbox's child process (media/sandbox.py), against a Word
  file of one paragraph (the baseline: what the child costs to start) and a 200 KB text file (read here).

    python bench/readable.py [--runs 7]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from kimi_ui.media import ocr  # noqa: E402
from kimi_ui.media.documents import read_document  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def screenshot() -> bytes:
    image = Image.new("RGB", (1280, 800), (248, 249, 251))
    draw = ImageDraw.Draw(image)
    small, big = ImageFont.truetype(FONT, 14), ImageFont.truetype(FONT, 16)
    for row in range(40):
        draw.text((24, 16 + row * 19), f"{row:02d}  worker-{row % 7}  Deployment step {row} finished in "
                  f"{row * 13 % 97} ms, queue size {row * 3}", fill=(30, 30, 30), font=small if row % 2 else big)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def office_files(folder: Path) -> dict[str, Path]:
    import docx
    import openpyxl
    import pptx

    word = docx.Document()
    for n in range(40):
        word.add_paragraph(f"Paragraph {n}: the Hamburg office reports steady progress on item {n}.")
    table = word.add_table(rows=30, cols=4)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    word.save(folder / "report.docx")
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("data")
    for r in range(5000):
        sheet.append([r, f"item {r}", r * 1.5, "EUR", r % 7, "ok", r * 2, "Hamburg"])
    book.save(folder / "data.xlsx")
    deck = pptx.Presentation()
    for n in range(30):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"Slide {n}"
        slide.placeholders[1].text = f"Point one of slide {n}\nPoint two"
    deck.save(folder / "deck.pptx")
    tiny = docx.Document()
    tiny.add_paragraph("One line.")
    tiny.save(folder / "tiny.docx")
    (folder / "log.txt").write_bytes(b"".join(f"{n:06d} INFO ok\n".encode() for n in range(12_500)))  # 200 KB
    return {p.name: p for p in folder.iterdir()}


def timed(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def cold_ocr(data: bytes) -> None:
    thread = threading.Thread(target=ocr.read_text, args=(data,))  # a new thread: a new engine
    thread.start()
    thread.join()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    data = screenshot()
    decode = timed(lambda: Image.open(io.BytesIO(data)).convert("L"), runs)
    ocr.read_text(data)  # this thread's engine, loaded once
    warm = timed(lambda: ocr.read_text(data), runs)
    cold = timed(lambda: cold_ocr(data), max(3, runs // 2))
    words = len(ocr.read_text(data).text.split())
    print(f"OCR of a 1280x800 screenshot ({words} words read): warm {warm:,.0f} ms, cold {cold:,.0f} ms; "
          f"PNG decode alone {decode:,.1f} ms (x{warm / decode:,.0f})")
    with tempfile.TemporaryDirectory() as folder:
        files = office_files(Path(folder))
        text = timed(lambda: read_document(files["log.txt"]), runs)
        base = timed(lambda: read_document(files["tiny.docx"]), runs)
        print(f"200 KB text file: {text:,.2f} ms; one-paragraph docx in the child: {base:,.0f} ms (baseline)")
        for name in ("report.docx", "data.xlsx", "deck.pptx"):
            took = timed(lambda n=name: read_document(files[n]), runs)
            chars = len(read_document(files[name]).text)
            print(f"{name}: {took:,.0f} ms for {chars:,} characters (x{took / base:,.1f} the baseline)")


if __name__ == "__main__":
    main()
