"""Images and documents end to end: what reaches the simulated backend, what is stored, what is refused."""

from __future__ import annotations

import base64
import io
import uuid

import pytest
from PIL import Image

from kimi_ui.turns import TurnInput
from tests.support.documents import minimal_pdf
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
VLLM, LLAMACPP = "Simulated vLLM", "Simulated llama.cpp"


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url)


def marker() -> str:
    return f"[media-{uuid.uuid4().hex[:8]}]"


def last_body(sim_requests, text: str) -> dict:
    return [r["body"] for r in sim_requests() if text in str(r["body"]["messages"][-1])][-1]


def data_url_images(content: list[dict]) -> list[Image.Image]:
    out = []
    for part in content:
        if part.get("type") == "image_url":
            payload = part["image_url"]["url"].split(",", 1)[1]
            out.append(Image.open(io.BytesIO(base64.b64decode(payload))))
    return out


def test_image_text_file_and_pdf_reach_the_model_and_are_resent(harness, tmp_path, sim_requests):
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (4000, 3000), (200, 30, 30)).save(photo, quality=95)
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\nThe deploy failed at step 3.", encoding="utf-8")
    report = tmp_path / "report.pdf"
    report.write_bytes(minimal_pdf("Quarterly revenue grew 12 percent"))
    text = marker()
    files = ((str(photo), "photo.jpg"), (str(notes), "notes.md"), (str(report), "report.pdf"))
    first, _ = harness.run(TurnInput(text=text, files=files, backend=VLLM, mode="instant"))
    assert first.status == "done", first.error
    assert "images: 1 (2048x1536)" in first.content  # downscaled to the default 2,048 px budget
    body = last_body(sim_requests, text)
    parts = body["messages"][-1]["content"]
    texts = " ".join(p["text"] for p in parts if p["type"] == "text")
    assert "The deploy failed at step 3." in texts and "Attached file notes.md" in texts
    assert "Quarterly revenue grew 12 percent" in texts and "report.pdf (1 page)" in texts
    kinds = [a.kind for a in harness.attachments(first.user_message_id)]
    assert kinds == ["image", "document", "document"]

    follow = marker()
    second, _ = harness.run(TurnInput(text=follow, backend=VLLM, mode="instant",
                                      conversation_id=first.conversation_id))
    resent = last_body(sim_requests, follow)["messages"][1]["content"]
    assert len(data_url_images(resent)) == 1  # the follow-up resends the stored image
    assert any("Quarterly revenue" in p.get("text", "") for p in resent)


def test_documents_work_on_a_text_only_backend(harness, tmp_path):
    log = tmp_path / "server.log"
    log.write_text("ERROR worker 7 died\n" * 3, encoding="utf-8")
    snapshot, _ = harness.run(TurnInput(text="what failed?", files=((str(log), "server.log"),),
                                        backend=LLAMACPP, mode="instant"))
    assert snapshot.status == "done", snapshot.error


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("archive.zip", b"PK\x03\x04rest", "not this kind of file"),
        ("empty.txt", b"", "is empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary file"),
        ("fake.png", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "not an image"),
        ("page.jpg", b"<html><body>hi</body></html>", "not an image"),
        ("scan.pdf", b"%PDF-1.4 garbage", "PDF"),
    ],
)
def test_bad_files_are_refused_before_anything_is_saved(harness, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    snapshot, events = harness.run(TurnInput(text="look", files=((str(path), name),), backend=VLLM))
    assert snapshot.status == "error" and snapshot.error.code == "bad_file"
    assert expected in snapshot.error.message and name in snapshot.error.message
    assert snapshot.conversation_id is None  # the turn did not start: nothing was saved


def test_images_to_a_text_only_backend_are_refused_with_a_reason(harness, tmp_path):
    path = tmp_path / "a.png"
    Image.new("RGB", (10, 10)).save(path)
    snapshot, _ = harness.run(TurnInput(text="look", files=((str(path), "a.png"),), backend=LLAMACPP))
    assert snapshot.error.code == "no_vision" and "text-only" in snapshot.error.hint
