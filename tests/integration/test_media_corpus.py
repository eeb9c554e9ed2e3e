"""A mixed corpus of generated files, each sent as a turn: it reaches the simulated backend as the parts
described (frames with true timestamps) or is refused with a message that names the problem."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from PIL import Image

from kimi_ui.turns import TurnInput
from tests.support import media
from tests.support.documents import minimal_pdf
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
VLLM = "Simulated vLLM"
FRAME_LABEL = re.compile(r"frame \d+/\d+ at \d+:\d\d\.\d")


def images(folder: Path) -> dict[str, Path]:
    made = {}
    base = Image.new("RGB", (640, 360), (30, 120, 200))
    for name, fmt, mode in [("a.jpg", "JPEG", "RGB"), ("a.png", "PNG", "RGBA"), ("a.webp", "WEBP", "RGB"),
                            ("a.bmp", "BMP", "RGB"), ("a.tiff", "TIFF", "CMYK"), ("a.gif", "GIF", "P")]:
        path = folder / name
        base.convert(mode).save(path, fmt)
        made[name] = path
    frames = [Image.new("P", (64, 64), i) for i in range(3)]
    frames[0].save(folder / "anim.gif", save_all=True, append_images=frames[1:], duration=100, loop=0)
    made["anim.gif"] = folder / "anim.gif"
    Image.new("I;16", (128, 64), 40000).save(folder / "depth16.png")
    made["depth16.png"] = folder / "depth16.png"
    return made


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    good = {**images(folder)}
    for writer in (media.write_avi_mjpg, media.write_h264, media.write_mov_mjpeg, media.write_vp9_webm,
                   media.write_rotated_phone_clip, media.write_one_frame, media.write_truncated,
                   media.write_mpegts):
        path = writer(folder)
        good[path.name] = path
    vfr = media.write_vfr(folder)
    good[Path(getattr(vfr, "path", vfr)).name] = Path(getattr(vfr, "path", vfr))
    (folder / "notes.md").write_text("# Plan\n- ship it\n", encoding="utf-8")
    good["notes.md"] = folder / "notes.md"
    (folder / "report.pdf").write_bytes(minimal_pdf("Revenue grew"))
    good["report.pdf"] = folder / "report.pdf"
    bad = {}
    for writer in (media.write_text_as_video, media.write_image_as_video, media.write_empty,
                   media.write_audio_only, media.write_headless_truncated):
        path = writer(folder)
        bad[path.name] = path
    av1 = media.write_unsupported_codec(folder, "av1.mp4")  # not "clip.mp4": that one is a good file
    bad[av1.name] = av1
    (folder / "fake.png").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (folder / "page.jpg").write_text("<html><body>not a picture</body></html>")
    (folder / "blob.bin").write_bytes(b"\x00\x01" * 100)
    for name in ("fake.png", "page.jpg", "blob.bin"):
        bad[name] = folder / name
    return good, bad


@pytest.fixture(scope="module")
def harness(tmp_path_factory, sim):
    return TurnHarness.create(tmp_path_factory.mktemp("data"), sim.url, video_frames=4)


def sent_parts(sim_requests, text: str) -> list[dict]:
    body = [r["body"] for r in sim_requests() if text in str(r["body"]["messages"][-1])][-1]
    return body["messages"][-1]["content"]


def test_every_good_file_reaches_the_model_as_described(corpus, harness, sim_requests):
    good, _ = corpus
    for name, path in good.items():
        text = f"[corpus-{uuid.uuid4().hex[:8]}] {name}"
        snapshot, _ = harness.run(TurnInput(text=text, files=((str(path), name),), backend=VLLM, mode="instant"))
        assert snapshot.status == "done", (name, snapshot.error)
        parts = sent_parts(sim_requests, text)
        kinds = [p["type"] for p in parts]
        kind = media_kind(name, path)
        if kind == "video":
            labels = [p["text"] for p in parts if p["type"] == "text" and FRAME_LABEL.fullmatch(p["text"])]
            assert labels and kinds.count("image_url") == len(labels), name
        elif kind == "image":
            assert kinds.count("image_url") == 1, name
        else:
            assert "image_url" not in kinds and any(name in p.get("text", "") for p in parts), name


def test_every_bad_file_is_refused_with_a_message_naming_it(corpus, harness):
    _, bad = corpus
    for name, path in bad.items():
        snapshot, _ = harness.run(TurnInput(text="look", files=((str(path), name),), backend=VLLM))
        assert snapshot.status == "error" and snapshot.error.code == "bad_file", (name, snapshot.error)
        assert name in snapshot.error.message, snapshot.error.message


def media_kind(name: str, path: Path) -> str:
    from kimi_ui.media.prepare import kind_of

    return kind_of(name, path)
