"""Media preparation speed: video frame sampling and image preparation, measured in one run, next to
the targets of the media issue. Medians of N runs (after one warm-up run that fills the page cache).

    python bench/media.py [--runs 5]

The 10-minute 1080p30 H.264 clip (x264 ultrafast, its default keyframe interval of 250 frames) is made
by ffmpeg on first use and cached under /tmp/kimi-ui-bench-media/ (about 300 MB, ~2 minutes to make).
Every frame of it carries its index as a barcode, so the benchmark also checks that each sampled frame
is the one whose timestamp is reported.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2
import numpy as np
from PIL import Image, ImageDraw

from kimi_ui.media import video
from kimi_ui.media import images
from kimi_ui.media.images import prepare_image, target_size
from tests.support import media


def median_time(fn, runs: int) -> tuple[float, object]:
    fn()  # warm-up: page cache, lazy imports, FFmpeg's first open
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def verify(sampled: video.SampledVideo, fps: float) -> None:
    for frame in sampled.frames:
        shown = media.decode_index(frame.data)
        if shown != round(frame.timestamp * fps):
            raise SystemExit(f"frame {frame.index}: shows frame {shown} but is reported at {frame.timestamp} s")


def naive(path: Path, timestamps: list[float], frame_pixels: int) -> list[bytes]:
    """The baseline: decode every frame from the start up to the last sample, keeping the same samples."""
    wanted = sorted(timestamps)
    out = []
    cap = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG)
    try:
        i = 0
        while i < len(wanted) and cap.grab():
            when = cap.get(cv2.CAP_PROP_POS_MSEC) / 1000
            if abs(when - wanted[i]) < 1e-3:
                _, frame = cap.retrieve()
                out.append(video._finish(frame, 0, frame_pixels)[0])
                i += 1
    finally:
        cap.release()
    return out


PEAK_RSS = """
import json, sys
sys.path.insert(0, {root!r})


def high_water_kb():
    # VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over exec from the forking parent.
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))


from kimi_ui.media.video import sample_video

before = high_water_kb()
sampled = sample_video({path!r}, frames=64)
after = high_water_kb()
print(json.dumps({{"before": before, "after": after, "frames": len(sampled.frames), "method": sampled.method}}))
"""


def peak_rss(path: Path) -> dict:
    """Peak resident memory (MB) of a fresh process that samples 64 frames, and of the same process
    right after its imports (so the figure for the sampling itself can be told apart)."""
    code = PEAK_RSS.format(root=str(ROOT), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return {"peak": data["after"] / 1024, "imports": data["before"] / 1024, "method": data["method"]}


def make_photo(path: Path) -> None:
    """A 24-megapixel (6000x4000) photo-like JPEG: smooth colour gradients, texture and sensor noise."""
    rng = np.random.default_rng(1)
    width, height = 6000, 4000
    coarse = rng.integers(0, 256, (40, 60, 3), dtype=np.uint8)
    image = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_CUBIC).astype(np.int16)
    image += rng.integers(-12, 13, (height, width, 1), dtype=np.int16)
    Image.fromarray(np.clip(image, 0, 255).astype(np.uint8)).save(path, format="JPEG", quality=92)


def make_screenshot(path: Path) -> None:
    """A 4K (3840x2160) UI screenshot: flat panels, buttons and lines of text."""
    image = Image.new("RGB", (3840, 2160), (246, 247, 249))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 3840, 96), fill=(32, 48, 96))
    draw.rectangle((0, 96, 640, 2160), fill=(232, 234, 240))
    for row in range(60):
        y = 140 + row * 32
        draw.text((40, y), f"Sidebar item {row}", fill=(40, 40, 40))
        draw.text((700, y), f"{row:03d}  Lorem ipsum dolor sit amet, consectetur adipiscing elit - value {row * 17}",
                  fill=(20, 20, 20))
    for i in range(8):
        draw.rounded_rectangle((2800, 200 + i * 120, 3700, 290 + i * 120), radius=12, outline=(0, 90, 200), width=3)
        draw.text((2840, 230 + i * 120), f"Button {i}", fill=(0, 90, 200))
    image.save(path, format="PNG")


def full_decode(path: Path, max_side: int = 2048, resizer: str = "lanczos") -> bytes:
    """The same photo without draft mode: decode at full size, resize and encode like prepare_image.

    resizer "lanczos" is the usual Pillow way (thumbnail's filter, with its reducing gap); "same" uses
    prepare_image's own banded box resizer, so that ratio is draft mode's alone."""
    import io

    image = Image.open(path)
    image.load()
    image = image.convert("RGB")
    size = target_size(image.width, image.height, max_side)
    if resizer == "same":
        image = images._shrink(image, size)
    else:
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = max(3, args.runs)

    print("preparing the 10-minute 1080p H.264 clip (cached) ...", flush=True)
    clip = media.long_clip()
    info = video.probe_video(clip)
    keys = media.keyframe_times(clip)
    print(f"  {clip} ({clip.stat().st_size / 2**20:.0f} MB, {info.width}x{info.height}, {info.fps:g} fps, "
          f"{info.duration:.0f} s, {len(keys)} keyframes, every {keys[1] - keys[0]:.2f} s)")

    rows: list[tuple[str, str, str, str]] = []

    def row(what: str, value: str, target: str = "", ok: bool | None = None) -> None:
        rows.append((what, value, target, "" if ok is None else ("yes" if ok else "NO")))

    t16, s16 = median_time(lambda: video.sample_video(clip, frames=16), runs)
    verify(s16, info.fps)
    t64, s64 = median_time(lambda: video.sample_video(clip, frames=64), runs)
    verify(s64, info.fps)
    texact, sexact = median_time(lambda: video.sample_video(clip, frames=16, mode="exact"), max(1, runs // 2))
    verify(sexact, info.fps)

    print("naive baseline (decode every frame up to the last sample), once ...", flush=True)
    start = time.perf_counter()
    baseline = naive(clip, [f.timestamp for f in s16.frames], video.DEFAULT_FRAME_PIXELS)
    tnaive = time.perf_counter() - start
    if [media.decode_index(b) for b in baseline] != [media.decode_index(f.data) for f in s16.frames]:
        raise SystemExit("the naive baseline did not reach the same frames")

    rss = peak_rss(clip)

    with tempfile.TemporaryDirectory() as folder:
        photo, shot = Path(folder) / "photo.jpg", Path(folder) / "screenshot.png"
        make_photo(photo)
        make_screenshot(shot)
        image_runs = max(15, runs)  # a fraction of a second each: more runs, a steadier median
        tphoto, prepared = median_time(lambda: prepare_image(photo), image_runs)
        tshot, prepared_shot = median_time(lambda: prepare_image(shot), image_runs)
        tfull, _ = median_time(lambda: full_decode(photo), image_runs)
        tsame, _ = median_time(lambda: full_decode(photo, resizer="same"), image_runs)
        photo_mb = photo.stat().st_size / 2**20

    row(f"16 frames, 10-min 1080p H.264 ({s16.method})", f"{t16:.3f} s", "<= 1.0 s", t16 <= 1.0)
    row("naive: decode every frame to the same 16 samples (1 run)", f"{tnaive:.2f} s")
    row("16 frames: speed-up over naive", f"{tnaive / t16:.1f}x", ">= 10x", tnaive / t16 >= 10)
    row(f"64 frames, same clip ({s64.method})", f"{t64:.3f} s", "<= 3 s", t64 <= 3.0)
    row("16 frames, exact seeks (reference, not the default here)", f"{texact:.3f} s")
    row(f"peak RSS sampling 64 frames (child process; {rss['imports']:.0f} MB after imports)",
        f"{rss['peak']:.0f} MB", "< 500 MB", rss["peak"] < 500)
    row(f"24 MP JPEG photo ({photo_mb:.1f} MB) -> {prepared.mime} {prepared.width}x{prepared.height}",
        f"{tphoto * 1000:.0f} ms", "<= 150 ms", tphoto <= 0.150)
    row(f"4K PNG screenshot -> {prepared_shot.mime} {prepared_shot.width}x{prepared_shot.height}",
        f"{tshot * 1000:.0f} ms", "<= 300 ms", tshot <= 0.300)
    row("same photo, full decode + Lanczos resize (thumbnail's filter, no draft)", f"{tfull * 1000:.0f} ms")
    row("draft-mode path speed-up over it", f"{tfull / tphoto:.1f}x", ">= 2x", tfull / tphoto >= 2)
    row("same photo, full decode + kimi-ui's own resizer (no draft)", f"{tsame * 1000:.0f} ms")
    row("speed-up from draft mode alone", f"{tsame / tphoto:.1f}x")

    print(f"\nmedians of {runs} runs (images: {image_runs}) after a warm-up; every sampled frame checked "
          "against its timestamp\n")
    widths = [max(len(r[i]) for r in rows + [("measure", "median", "target", "met")]) for i in range(4)]
    header = ("measure", "median", "target", "met")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
