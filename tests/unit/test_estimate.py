"""The per-file estimate before sending (kimi_ui/media/estimate.py) and the chip that shows it."""

from __future__ import annotations

import io

from PIL import Image

from kimi_ui.backends.wire import frame_tokens, image_tokens
from kimi_ui.media.estimate import estimate, file_estimate
from kimi_ui.media.prepare import MediaLimits
from tests.support.documents import minimal_pdf

LIMITS = MediaLimits()


def write(folder, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def test_an_image_costs_its_tokens_at_the_size_it_is_sent(tmp_path):
    item = file_estimate(write(tmp_path, "big.png", png(4096, 1024)), "big.png", LIMITS)
    assert (item.kind, item.label, item.problem, item.cut) == ("image", "image", "", False)
    assert item.tokens == image_tokens(2048, 512)  # shrunk to the longest side allowed first
    assert item.size == (tmp_path / "big.png").stat().st_size


def test_a_text_file_past_the_limit_is_marked_cut_and_costs_only_what_is_sent(tmp_path):
    small = file_estimate(write(tmp_path, "notes.txt", b"a" * 700), "notes.txt", LIMITS)
    long = file_estimate(write(tmp_path, "app.log", b"b" * 405_000), "app.log", LIMITS)
    assert (small.kind, small.tokens, small.cut) == ("text", 200, False)
    assert (long.kind, long.tokens, long.cut) == ("text", 200_000 * 2 // 7, True)
    exactly = file_estimate(write(tmp_path, "edge.txt", b"c" * 200_000), "edge.txt", LIMITS)
    assert not exactly.cut


def test_a_pdf_counts_its_text_and_pages(tmp_path):
    item = file_estimate(write(tmp_path, "plan.pdf", minimal_pdf("The plan is ready to ship")), "plan.pdf", LIMITS)
    assert (item.kind, item.detail, item.label, item.problem) == ("PDF", "1 page", "PDF (1 page)", "")
    assert item.tokens == len("[page 1]\nThe plan is ready to ship") // 3  # the text as the model gets it


def test_a_video_costs_its_sampled_frames(tmp_path):
    from tests.support.media import write_avi_mjpg

    clip = write_avi_mjpg(tmp_path, "walk.avi", count=30)
    item = file_estimate(str(clip), "walk.avi", LIMITS)
    side = int(LIMITS.frame_pixels**0.5)
    assert (item.kind, item.detail, item.label) == ("video", "16 frames", "video (16 frames)")
    assert item.tokens == 16 * frame_tokens(side, side)
    small = file_estimate(str(clip), "walk.avi", MediaLimits(max_video_bytes=1000))
    assert small.problem == "larger than the 0 MB allowed for a video"
    assert small.tokens == 0


def test_a_file_the_turn_would_refuse_says_why(tmp_path):
    cases = {
        "broken.png": (b"\x89PNG\r\n\x1a\n not really", "not an image kimi-ui can read"),
        "cut.png": (png(300, 300)[:200], "damaged or truncated"),
        "blank.txt": (b"", "empty (0 bytes)"),
        "tool.py": (b"\x00\x01binary", "a binary file, not text"),
        "scan.pdf": (b"%PDF-1.4 nothing here", "not a PDF kimi-ui can read"),
        "setup.exe": (b"MZ", "not this kind of file"),
        "clip.mp4": (b"this is no video at all" * 20, "not a video"),
    }
    for name, (data, reason) in cases.items():
        item = file_estimate(write(tmp_path, name, data), name, LIMITS)
        assert reason in item.problem, (name, item)
        assert item.tokens == 0 and not item.problem.startswith(name)  # the chip shows the name already


def test_estimate_keeps_its_total_and_labels(tmp_path):
    files = ((write(tmp_path, "a.png", png(56, 56)), "a.png"), (write(tmp_path, "b.txt", b"x" * 70), "b.txt"),
             (write(tmp_path, "c.exe", b"MZ"), "c.exe"), (write(tmp_path, "d.png", b"junk"), "d.png"))
    total, labels = estimate(files, LIMITS)
    assert total == image_tokens(56, 56) + 20
    assert labels == ["image", "text", "unsupported", "unreadable"]


def test_a_chip_escapes_the_name_and_names_its_remove_button(tmp_path):
    from kimi_ui.ui.composer import chip_html, file_key, human_size

    name = '"><img src=x onerror=alert(1)>.txt'
    path = write(tmp_path, "payload.txt", b"hello")
    html = chip_html(path, file_estimate(path, name, LIMITS), "", 200)
    assert "<img" not in html and "&lt;img" in html
    assert 'aria-label="Remove &quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt"' in html
    assert f'data-remove="{file_key(path)}"' in html and path not in html  # a key, not the server path
    assert "<img" not in html  # no preview but of a picture
    picture = write(tmp_path, "a b.png", png(30, 20))
    refused = chip_html(picture, file_estimate(picture, "a b.png", LIMITS), "Simulated llama.cpp is text-only",
                        200, "/kimi/")
    assert "kimi-chip-refused" in refused and "text-only" in refused and "tokens" not in refused
    assert f'<img class="kimi-chip-thumb" src="/kimi/gradio_api/file={picture.replace(" ", "%20")}" alt=""' in refused
    assert [human_size(n) for n in (32, 1_500, 405_000, 12_300_000)] == ["32 bytes", "2 KB", "405 KB", "12.3 MB"]
