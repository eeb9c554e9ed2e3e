"""sample_video: what a video upload becomes before it is sent to the model.

Every test clip is generated here (OpenCV's VideoWriter and ffmpeg), and every frame of it carries its
own index as a barcode (tests/support/media.py), so each test can check that the frame that comes out is
the one whose true timestamp is reported beside it. The truth about timestamps and keyframes comes from
ffprobe, not from the code under test.
"""

from __future__ import annotations

import io
import threading

import pytest
from PIL import Image

from kimi_ui.media.images import MediaError
from kimi_ui.media.video import VideoFrame, format_time, label, sample_video
from kimi_ui.media.video_file import probe_video
from tests.support import media


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    """The clips the tests share, made once per run (a few seconds each, small frames)."""
    folder = tmp_path_factory.mktemp("clips")

    class Clips:
        h264 = media.write_h264(folder, "clip.mp4", count=150, gop=30)  # 5 s, keyframe every second
        gop10 = media.write_h264(folder, "gop10.mp4", count=120, gop=10)  # 4 s, keyframes every 1/3 s
        avi = media.write_avi_mjpg(folder)
        mov = media.write_mov_mjpeg(folder)
        webm_streamed = media.write_vp9_webm(folder, "recorded.webm", streamed=True)
        webm_indexed = media.write_vp9_webm(folder, "indexed.webm", streamed=False)
        phone = media.write_rotated_phone_clip(folder)
        vfr = media.write_vfr(folder)
        one = media.write_one_frame(folder)
        truncated = media.write_truncated(folder)
        ts = media.write_mpegts(folder)

    Clips.folder = folder
    return Clips


def truth(path):
    """Time of frame i (the i-th frame in display order) from the clip's start, from ffprobe. (MPEG-TS
    streams start at 1.4 s, say: players, and kimi-ui, count from the first frame.)"""
    times = [t for t, _ in media.packet_times(path)]
    return [t - times[0] for t in times]


def assert_identity(sampled, times):
    """Each frame's barcode names the frame whose true time is reported beside it."""
    for frame in sampled.frames:
        shown = media.decode_index(frame.data)
        assert frame.timestamp == pytest.approx(times[shown], abs=1e-3), (frame.index, shown, frame.timestamp)


def assert_uniform(sampled, duration, gap):
    """Frames are in order, 1-based, and spread over the whole clip: one per equal slice."""
    frames = sampled.frames
    n = len(frames)
    assert [f.index for f in frames] == list(range(1, n + 1))
    stamps = [f.timestamp for f in frames]
    assert stamps == sorted(stamps) and len(set(stamps)) == n
    for j, stamp in enumerate(stamps):
        centre = (j + 0.5) * duration / n
        assert abs(stamp - centre) <= gap + 1e-3, (j, stamp, centre)


def decoded(frame: VideoFrame) -> Image.Image:
    image = Image.open(io.BytesIO(frame.data))
    image.load()
    return image


# -- exact sampling ---------------------------------------------------------------------------------
def test_exact_mode_samples_the_frame_whose_true_time_is_reported(clips):
    sampled = sample_video(clips.h264, frames=16, mode="exact")

    assert sampled.method == "exact"
    assert len(sampled.frames) == 16
    assert sampled.duration == pytest.approx(5.0, abs=0.01)
    assert sampled.source_fps == pytest.approx(30)
    times = truth(clips.h264)
    for frame in sampled.frames:
        shown = media.decode_index(frame.data)
        assert shown == round(frame.timestamp * 30)  # exact: index = timestamp x fps
        assert frame.timestamp == pytest.approx(times[shown], abs=1e-3)
    assert_uniform(sampled, 5.0, gap=1 / 30)
    assert sampled.frames[0].timestamp <= 5.0 / 16  # first near the start
    assert sampled.frames[-1].timestamp >= 5.0 - 5.0 / 16  # last near the end


def test_frames_are_jpeg_with_the_reported_size(clips):
    sampled = sample_video(clips.h264, frames=4, mode="exact")

    for frame in sampled.frames:
        image = decoded(frame)
        assert image.format == "JPEG"
        assert image.size == (frame.width, frame.height) == (480, 272)


@pytest.mark.parametrize("which", ["avi", "mov", "h264", "webm_indexed", "ts"])
@pytest.mark.parametrize("mode", ["auto", "exact", "sequential"])
def test_every_container_and_mode_keeps_frames_and_times_together(clips, which, mode):
    path = getattr(clips, which)
    sampled = sample_video(path, frames=8, mode=mode)

    assert len(sampled.frames) == 8
    assert_identity(sampled, truth(path))
    times = truth(path)
    assert_uniform(sampled, times[-1] + (times[1] - times[0]), gap=times[1] - times[0])


# -- keyframe sampling -------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["gop10", "webm_indexed"])
def test_keyframe_mode_sends_keyframes_at_their_true_times(clips, which):
    path = getattr(clips, which)
    times = truth(path)
    keys = [t - media.packet_times(path)[0][0] for t in media.keyframe_times(path)]
    wanted = min(6, len(keys))

    sampled = sample_video(path, frames=wanted, mode="keyframe")

    assert sampled.method == "keyframe"
    assert len(sampled.frames) == wanted
    for frame in sampled.frames:
        shown = media.decode_index(frame.data)
        assert times[shown] in keys  # the frame sent is a keyframe...
        assert frame.timestamp == pytest.approx(times[shown], abs=1e-3)  # ...and its own time is reported
    duration = times[-1] + times[1] - times[0]
    assert_uniform(sampled, duration, gap=max(b - a for a, b in zip(keys, keys[1:] + [duration])))


def test_auto_uses_keyframes_for_a_long_clip_with_sparse_keyframes(tmp_path):
    # 75 s at 8 fps with a keyframe every 10 s: an exact seek would decode ~half a GOP per sample.
    path = media.write_h264(tmp_path, "long.mp4", count=600, fps=8, gop=80, size=(320, 176))
    keys = media.keyframe_times(path)
    times = truth(path)

    sampled = sample_video(path, frames=6)

    assert sampled.method == "keyframe"
    assert len(sampled.frames) == 6
    for frame in sampled.frames:
        shown = media.decode_index(frame.data)
        assert times[shown] in keys
        assert frame.timestamp == pytest.approx(times[shown], abs=1e-3)
    assert_uniform(sampled, 75.0, gap=5.0)
    assert "nearest keyframe" in sampled.describe()


# -- awkward clips -----------------------------------------------------------------------------------
def test_rotated_phone_clip_comes_out_portrait_and_upright(clips):
    info = probe_video(clips.phone)
    assert info.rotation == 90 and (info.width, info.height) == (272, 480)

    for mode in ("exact", "sequential"):
        sampled = sample_video(clips.phone, frames=6, mode=mode)
        assert (sampled.width, sampled.height) == (272, 480)
        for frame in sampled.frames:
            assert (frame.width, frame.height) == (272, 480)
            media.decode_index(frame.data)  # raises if sideways or upside down
        assert_identity(sampled, truth(clips.phone))


def test_rotated_phone_clip_is_upright_in_keyframe_mode_too(clips):
    # Keyframe packets are decoded without the container's metadata: rotation must still happen once.
    sampled = sample_video(clips.phone, frames=2, mode="keyframe")

    assert sampled.method == "keyframe"
    assert [(f.width, f.height) for f in sampled.frames] == [(272, 480)] * 2
    assert [media.decode_index(f.data) for f in sampled.frames] == [0, 30]


def test_webm_without_duration_or_cues_is_read_sequentially(clips):
    info = probe_video(clips.webm_streamed)
    assert not info.count_reliable  # OpenCV reports a nonsense frame count for it

    sampled = sample_video(clips.webm_streamed, frames=8, mode="exact")

    assert sampled.method == "sequential"
    assert len(sampled.frames) == 8
    assert sampled.duration == pytest.approx(3.0, abs=0.01)
    assert_identity(sampled, truth(clips.webm_streamed))
    assert_uniform(sampled, 3.0, gap=1 / 30)


def test_variable_frame_rate_reports_each_frames_true_time(clips):
    sampled = sample_video(clips.vfr.path, frames=10)

    assert len(sampled.frames) == 10
    assert sampled.duration == pytest.approx(clips.vfr.pts[-1] + 1 / 30, abs=0.01)
    for frame in sampled.frames:
        shown = media.decode_index(frame.data)
        assert frame.timestamp == pytest.approx(clips.vfr.pts[shown], abs=1e-3)
    assert_uniform(sampled, sampled.duration, gap=0.1)  # the widest gap between frames


def test_a_bare_h264_stream_without_timestamps_is_timed_by_frame_number(tmp_path):
    path = media.write_raw_h264(tmp_path)  # 50 frames, no container: 25 fps by convention

    sampled = sample_video(path, frames=5, mode="exact")

    assert sampled.method == "sequential"
    assert sampled.duration == pytest.approx(2.0)
    assert [media.decode_index(f.data) for f in sampled.frames] == [5, 15, 25, 35, 45]
    assert [f.timestamp for f in sampled.frames] == pytest.approx([0.2, 0.6, 1.0, 1.4, 1.8])


def test_one_frame_clip_gives_one_frame(clips):
    sampled = sample_video(clips.one, frames=16)

    assert len(sampled.frames) == 1
    assert sampled.frames[0].timestamp == 0.0
    assert media.decode_index(sampled.frames[0].data) == 0
    assert "1 frame sampled" in sampled.describe()


def test_truncated_clip_samples_what_decodes_and_says_so(clips):
    sampled = sample_video(clips.truncated, frames=8)

    assert len(sampled.frames) == 8
    assert sampled.duration < 4.0  # the file claims 5 s
    assert "truncated" in sampled.note and "truncated" in sampled.describe()
    assert_identity(sampled, [i / 30 for i in range(150)])


# -- counts, budget, progress ------------------------------------------------------------------------
def test_fps_mode_and_its_cap(clips):
    assert len(sample_video(clips.h264, fps=2).frames) == 10  # 5 s at 2 per second
    capped = sample_video(clips.h264, fps=30, max_frames=12)
    assert len(capped.frames) == 12
    assert_uniform(capped, 5.0, gap=1 / 30)
    assert len(sample_video(clips.h264, frames=100, max_frames=500).frames) == 64  # never more than 64
    assert len(sample_video(clips.avi, frames=200, max_frames=64).frames) == 64
    assert len(sample_video(clips.one, fps=10).frames) == 1


def test_frames_are_resized_to_the_pixel_budget_keeping_aspect(tmp_path):
    path = media.write_avi_mjpg(tmp_path, "big.avi", count=12, size=(1280, 720))

    default = sample_video(path, frames=3)
    small = sample_video(path, frames=3, frame_pixels=200 * 200)

    for sampled, budget in ((default, 448 * 448), (small, 200 * 200)):
        for frame in sampled.frames:
            assert frame.width * frame.height <= budget
            assert frame.width * frame.height > budget * 0.97  # uses the budget
            assert frame.width / frame.height == pytest.approx(16 / 9, rel=0.02)
            assert decoded(frame).size == (frame.width, frame.height)
            media.decode_index(frame.data)
    assert (default.width, default.height) == (1280, 720)  # the clip's own size is reported as is


def test_small_frames_are_not_upscaled(clips):
    sampled = sample_video(clips.h264, frames=2, frame_pixels=4000 * 4000)
    assert [(f.width, f.height) for f in sampled.frames] == [(480, 272)] * 2


@pytest.mark.parametrize("mode", ["exact", "keyframe", "sequential"])
def test_progress_counts_up_to_the_total(clips, mode):
    calls, threads = [], set()
    lock = threading.Lock()

    def progress(done, total):
        with lock:
            calls.append((done, total))
            threads.add(threading.get_ident())

    sampled = sample_video(clips.gop10, frames=8, mode=mode, progress=progress)

    n = len(sampled.frames)
    assert calls[0] == (0, n) and calls[-1] == (n, n)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert {total for _, total in calls} == {n}


def test_progress_never_goes_back_when_seeking_falls_back_to_sequential(clips):
    calls = []
    sampled = sample_video(clips.webm_streamed, frames=6, mode="exact", progress=lambda d, t: calls.append((d, t)))

    assert sampled.method == "sequential"
    assert calls[-1] == (6, 6)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


# -- text for the model ------------------------------------------------------------------------------
def test_labels_and_description():
    frame = VideoFrame(3, 12.5, b"", 1, 1)
    assert label(frame, 16) == "frame 3/16 at 0:12.5"
    assert label(VideoFrame(1, 3725.04, b"", 1, 1), 2) == "frame 1/2 at 1:02:05.0"
    assert format_time(59.97) == "1:00.0"
    assert format_time(600) == "10:00.0"


def test_description_names_the_clip_its_length_and_the_sampling(clips):
    sampled = sample_video(clips.h264, frames=16, mode="exact", name="clip.mp4")
    assert sampled.describe() == "Video clip.mp4, 0:05.0 long, 16 frames sampled uniformly (every 0.3 s)."


def test_unknown_mode_and_nonsense_counts_are_programming_errors(clips):
    with pytest.raises(ValueError, match="mode"):
        sample_video(clips.h264, mode="fast")
    for bad in ({"frames": 0}, {"fps": 0}, {"fps": -1}, {"max_frames": 0}, {"frame_pixels": 0}):
        with pytest.raises(ValueError, match="at least 1"):
            sample_video(clips.h264, **bad)


# -- refusals ----------------------------------------------------------------------------------------
BAD = [
    ("empty", media.write_empty, r"is empty \(0 bytes\)"),
    ("text", media.write_text_as_video, r"is a text file, not a video"),
    ("image", media.write_image_as_video, r"is a JPEG image, not a video\. Attach it as an image"),
    ("cut before index", media.write_headless_truncated, r"truncated or incomplete: its index .* missing"),
    ("index only", lambda d: media.write_truncated(d, "moov-only.mp4", keep=0.02), r"zero decodable frames"),
    ("audio only", media.write_audio_only, r"no video track"),
    ("av1", media.write_unsupported_codec, r"uses the AV1 codec, which kimi-ui cannot decode"),
]


@pytest.mark.parametrize("case, make, message", BAD, ids=[case for case, _, _ in BAD])
def test_unusable_files_are_refused_with_a_message_naming_the_problem(tmp_path, case, make, message):
    path = make(tmp_path)
    with pytest.raises(MediaError, match=message):
        sample_video(path)
    with pytest.raises(MediaError, match=message):
        probe_video(path)


def test_html_and_random_bytes_are_not_videos(tmp_path):
    page = tmp_path / "page.mp4"
    page.write_text("<!DOCTYPE html><html><body>Download failed</body></html>")
    noise = tmp_path / "noise.mp4"
    noise.write_bytes(bytes(range(256)) * 64)

    with pytest.raises(MediaError, match="is an HTML page, not a video"):
        sample_video(page)
    with pytest.raises(MediaError, match="is not a video kimi-ui can read"):
        sample_video(noise)


def test_limits_are_checked_before_decoding(clips):
    with pytest.raises(MediaError, match=r"clip.mp4 is 0:05.0 long, longer than the 0:02.0 allowed"):
        sample_video(clips.h264, max_seconds=2)
    with pytest.raises(MediaError, match=r"larger than the 10 KB allowed"):
        sample_video(clips.h264, max_bytes=10 * 1024)
    # A WebM that does not say how long it is: found out while scanning packets, before any decoding.
    with pytest.raises(MediaError, match=r"recorded.webm is longer than the 0:01.0 allowed"):
        sample_video(clips.webm_streamed, max_seconds=1)


def test_the_name_shown_is_the_upload_name(clips):
    with pytest.raises(MediaError, match=r"^holiday\.mp4 is 0:05\.0 long"):
        sample_video(clips.h264, max_seconds=1, name="holiday.mp4")
