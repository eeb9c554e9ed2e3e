"""Uploads made readable for the backend chosen, over HTTP to the simulator: Moonshot's file-extract API for
PDFs and Office files (uploaded, read, deleted; the text as its own system message), local extraction
elsewhere, and a screenshot sent to a text-only backend as its OCR text."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from PIL import Image, ImageDraw, ImageFont

from kimi_ui.events import note_words
from kimi_ui.preferences import PreferenceStore
from kimi_ui.turns import TurnInput
from tests.support.documents import minimal_pdf
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
MOONSHOT, VLLM, LLAMACPP = "Simulated Moonshot API", "Simulated vLLM", "Simulated llama.cpp"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url, auto_title=False)


def last_body(sim_requests) -> dict:
    return [r["body"] for r in sim_requests() if isinstance(r.get("body"), dict)][-1]


def docx_file(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Quarterly report", 1)
    document.add_paragraph("Revenue grew by 12 percent in Hamburg.")
    document.save(path)
    return path


def screenshot(path: Path) -> Path:
    image = Image.new("RGB", (900, 260), (246, 247, 249))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 28)
    draw.text((24, 40), "Error 503: upstream timeout", fill=(20, 20, 20), font=font)
    draw.text((24, 120), "Größe der Warteschlange: 42", fill=(20, 20, 20), font=font)
    image.save(path)
    return path


@pytest.mark.parametrize("name", ["report.docx", "notes.pdf"])
def test_on_moonshot_a_document_goes_through_its_file_extract_api_and_is_deleted(harness, sim, sim_requests,
                                                                                tmp_path, name):
    path = docx_file(tmp_path / name) if name.endswith(".docx") else tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(minimal_pdf("Revenue grew by 12 percent in Hamburg"))
    answer, _ = harness.run(TurnInput(text="Summarise it", files=((str(path), name),), backend=MOONSHOT,
                                      mode="instant"))
    assert answer.status == "done", answer.error
    messages = last_body(sim_requests)["messages"]
    # the documented way: the extracted text (Moonshot's JSON string, as it came) is its own system message
    extracted = [m for m in messages if m["role"] == "system" and "simulated Moonshot files API" in m["content"]]
    assert len(extracted) == 1 and "12 percent in Hamburg" in json.loads(extracted[0]["content"])["content"]
    assert messages[-1]["role"] == "user" and "Attached file" not in json.dumps(messages[-1])
    files = httpx.get(f"{sim.url}/moonshot/v1/files").json()
    assert files["data"] == [] and len(files["deleted"]) >= 1  # nothing left in the account
    question = [m for m in harness.messages(answer.conversation_id) if m.role == "user"][0]
    (stored,) = harness.attachments(question.id)
    assert stored.kind == "document" and "Moonshot" in note_words(stored.label)  # (a code: worded on the page)


def test_elsewhere_the_same_document_is_read_here(harness, sim, sim_requests, tmp_path):
    path = docx_file(tmp_path / "report.docx")
    before = httpx.get(f"{sim.url}/moonshot/v1/files").json()["deleted"]
    answer, _ = harness.run(TurnInput(text="Summarise it", files=((str(path), "report.docx"),), backend=VLLM,
                                      mode="instant"))
    assert answer.status == "done", answer.error
    user = last_body(sim_requests)["messages"][-1]
    assert "Attached file report.docx" in json.dumps(user) and "12 percent in Hamburg" in json.dumps(user)
    assert httpx.get(f"{sim.url}/moonshot/v1/files").json()["deleted"] == before  # Moonshot never saw it


def test_a_failing_file_extract_falls_back_to_the_text_read_here(harness, sim_requests, tmp_path, monkeypatch):
    from kimi_ui.backends import files

    monkeypatch.setattr(files, "MAX_BYTES", 10)  # (Moonshot's limit is 100 MB: this PDF is "too large" for it)
    path = tmp_path / "notes.pdf"
    path.write_bytes(minimal_pdf("Revenue grew"))
    answer, _ = harness.run(TurnInput(text="Summarise it", files=((str(path), "notes.pdf"),), backend=MOONSHOT,
                                      mode="instant"))
    assert answer.status == "done" and [n.code for n in answer.notices] == ["file_extract_local"]
    user = json.dumps(last_body(sim_requests)["messages"][-1])
    assert "Attached file notes.pdf" in user and "Revenue grew" in user


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans (fonts-dejavu-core) draws the screenshot")
def test_a_screenshot_goes_to_a_text_only_backend_as_its_ocr_text(harness, sim_requests, tmp_path):
    path = screenshot(tmp_path / "shot.png")
    answer, _ = harness.run(TurnInput(text="What does it say?", files=((str(path), "shot.png"),), backend=LLAMACPP,
                                      mode="instant"))
    assert answer.status == "done", answer.error
    assert [n.code for n in answer.notices] == ["ocr_used"]
    sent = json.dumps(last_body(sim_requests)["messages"][-1], ensure_ascii=False)
    assert "upstream timeout" in sent and "Warteschlange" in sent and "Größe" in sent
    assert "image_url" not in sent and "[picture shot.png: not shown" in sent
    question = [m for m in harness.messages(answer.conversation_id) if m.role == "user"][0]
    kinds = [(a.kind, a.name) for a in harness.attachments(question.id)]
    assert kinds == [("image", "shot.png"), ("document", "shot.png (OCR)")]  # the picture is kept
    # The same conversation on a backend that sees: the picture itself goes.
    again, _ = harness.run(TurnInput(text="And now?", backend=VLLM, mode="instant",
                                     conversation_id=answer.conversation_id))
    assert again.status == "done" and "image_url" in json.dumps(last_body(sim_requests)["messages"])


def test_with_ocr_turned_off_a_picture_is_refused_on_a_text_only_backend(harness, tmp_path):
    path = tmp_path / "shot.png"
    Image.new("RGB", (40, 40), "white").save(path)
    PreferenceStore(harness.db).save(harness.owner_id, read_pictures=False)
    answer, _ = harness.run(TurnInput(text="look", files=((str(path), "shot.png"),), backend=LLAMACPP))
    assert answer.error.code == "no_vision" and "variant" not in answer.error.params
    PreferenceStore(harness.db).save(harness.owner_id, read_pictures=True)
    blank, _ = harness.run(TurnInput(text="look", files=((str(path), "shot.png"),), backend=LLAMACPP))
    assert blank.error.code == "no_vision" and blank.error.params["variant"] == "no_text"
    assert blank.conversation_id is None  # nothing saved: the message goes back to the composer


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans (fonts-dejavu-core) draws the screenshot")
def test_two_screenshots_keep_their_names_beside_their_ocr_texts(harness, tmp_path):
    first, second = screenshot(tmp_path / "first.png"), tmp_path / "second.png"
    Image.open(first).crop((0, 0, 900, 130)).save(second)  # (another picture: its first line)
    files = ((str(first), "first.png"), (str(second), "second.png"))
    answer, _ = harness.run(TurnInput(text="Compare them", files=files, backend=LLAMACPP, mode="instant"))
    assert answer.status == "done", answer.error
    question = [m for m in harness.messages(answer.conversation_id) if m.role == "user"][0]
    assert [(a.kind, a.name) for a in harness.attachments(question.id)] == [
        ("image", "first.png"), ("image", "second.png"), ("document", "first.png (OCR)"),
        ("document", "second.png (OCR)")]
