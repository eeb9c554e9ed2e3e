"""Videos end to end: frames with true timestamps reach the model; Moonshot gets the file itself."""

from __future__ import annotations

import base64
import re
import uuid

import pytest

from kimi_ui.events import MediaProgress
from kimi_ui.turns import TurnInput
from tests.support.media import decode_index, write_h264, write_text_as_video
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
VLLM, MOONSHOT = "Simulated vLLM", "Simulated Moonshot API"
LABEL = re.compile(r"frame (\d+)/(\d+) at (\d+):(\d+\.\d)")


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url, video_frames=6)


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    return write_h264(tmp_path_factory.mktemp("clips"), count=150, fps=30)  # 5 s, frame content = its index


def body_for(sim_requests, text: str) -> dict:
    return [r["body"] for r in sim_requests() if text in str(r["body"]["messages"][-1])][-1]


def test_frames_arrive_labelled_with_the_true_time_of_the_frame_sent(harness, clip, sim_requests):
    text = f"[video-{uuid.uuid4().hex[:8]}] what happens?"
    snapshot, events = harness.run(TurnInput(text=text, files=((str(clip), "clip.mp4"),), backend=VLLM))
    assert snapshot.status == "done", snapshot.error
    progress = [e for e in events if isinstance(e, MediaProgress)]
    assert progress and progress[-1].done == progress[-1].total == 6
    parts = body_for(sim_requests, text)["messages"][-1]["content"]
    assert parts[0]["type"] == "text" and "clip.mp4" in parts[0]["text"] and "6 frames" in parts[0]["text"]
    pairs = list(zip(parts[1:-1:2], parts[2:-1:2]))
    assert len(pairs) == 6
    for label_part, image_part in pairs:
        match = LABEL.fullmatch(label_part["text"])
        assert match, label_part
        seconds = int(match[3]) * 60 + float(match[4])
        jpeg = base64.b64decode(image_part["image_url"]["url"].split(",", 1)[1])
        assert abs(decode_index(jpeg) / 30 - seconds) <= 0.05 + 1 / 30  # the frame shown is the one at that time
    assert "images: 6" in snapshot.content
    stored = harness.attachments(snapshot.user_message_id)
    assert [a.kind for a in stored] == ["video"] + ["frame"] * 6


def test_moonshot_gets_the_video_itself(harness, clip, sim_requests):
    text = f"[video-{uuid.uuid4().hex[:8]}] summarise"
    snapshot, _ = harness.run(TurnInput(text=text, files=((str(clip), "clip.mp4"),), backend=MOONSHOT))
    assert snapshot.status == "done", snapshot.error
    parts = body_for(sim_requests, text)["messages"][-1]["content"]
    videos = [p for p in parts if p["type"] == "video_url"]
    assert len(videos) == 1 and videos[0]["video_url"]["url"].startswith("data:video/mp4;base64,")
    assert not [p for p in parts if p["type"] == "image_url"]


def test_a_text_file_named_mp4_is_refused(harness, tmp_path):
    fake = write_text_as_video(tmp_path)
    snapshot, _ = harness.run(TurnInput(text="x", files=((str(fake), fake.name),), backend=VLLM))
    assert snapshot.error.code == "bad_file" and fake.name in snapshot.error.message
    assert snapshot.conversation_id is None
