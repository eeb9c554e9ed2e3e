"""Test media: video clips whose every frame says which frame it is.

Each frame carries its index twice: as big digits (for a person looking at it) and as a barcode a
test can read back after JPEG/H.264/VP9 compression and resizing (:func:`decode_index`). The barcode
is two rows of 18 cells across the top 30 % of the picture:

    row A:  [red]  b15 b14 ... b0  [blue]     white cell = 1, black cell = 0
    row B:  [blue] ~b15 ...   ~b0  [red]      the complement, as a check

The coloured end markers also tell orientation: a frame that comes out sideways or upside down does
not decode (``ValueError``), so a test can assert that a rotated phone clip comes out upright.

Clips are written with OpenCV's ``VideoWriter`` (MJPG in AVI) and with ffmpeg (H.264, VP9, MJPEG in
mp4/webm/mov), from the same frames piped as raw video. The 10-minute 1080p clip for the benchmark is
drawn by ffmpeg's own filters (same layout), and cached under ``/tmp/kimi-ui-bench-media/``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

CELLS = 18  # marker + 16 bits + marker
BITS = 16
ROW_A = (0.0, 0.15)  # fractions of the height
ROW_B = (0.15, 0.30)
RED = (0, 0, 255)  # BGR
BLUE = (255, 0, 0)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
BENCH_DIR = Path("/tmp/kimi-ui-bench-media")


# -- frames ------------------------------------------------------------------------------------------
def _cell_x(i: int, width: int) -> tuple[int, int]:
    return round(i * width / CELLS), round((i + 1) * width / CELLS)


def frame_image(index: int, width: int = 480, height: int = 272) -> np.ndarray:
    """The BGR picture of frame ``index``: barcode on top, moving texture and digits below."""
    if not 0 <= index < 2**BITS:
        raise ValueError(f"index {index} does not fit in {BITS} bits")
    image = np.empty((height, width, 3), np.uint8)
    # Texture that moves from frame to frame, so inter-frame codecs have real work to do.
    ys, xs = np.mgrid[0:height, 0:width]
    image[:] = (((xs + ys * 2 + index * 7) // 12) % 2 * 60 + 60).astype(np.uint8)[..., None]
    image[..., 1] = ((xs * 3 + index * 5) % 256 // 2).astype(np.uint8)
    bits = [(index >> (BITS - 1 - b)) & 1 for b in range(BITS)]
    for (top, bottom), first, last, flip in ((ROW_A, RED, BLUE, 0), (ROW_B, BLUE, RED, 1)):
        y0, y1 = round(top * height), round(bottom * height)
        for i in range(CELLS):
            x0, x1 = _cell_x(i, width)
            if i == 0:
                colour = first
            elif i == CELLS - 1:
                colour = last
            else:
                colour = (255, 255, 255) if bits[i - 1] ^ flip else (0, 0, 0)
            image[y0:y1, x0:x1] = colour
    text = str(index)
    scale = height / 90
    thickness = max(2, int(scale * 2))
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, thickness)
    x, y = max(0, (width - tw) // 2), int(height * 0.9)
    cv2.rectangle(image, (x - 6, y - th - 6), (x + tw + 6, y + 6), (0, 0, 0), -1)
    cv2.putText(image, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, (255, 255, 255), thickness, cv2.LINE_AA)
    return image


def decode_index(picture: bytes | np.ndarray) -> int:
    """Read the frame index back from a frame (JPEG/PNG bytes or a BGR array); ValueError if unreadable,
    e.g. because the frame is sideways or upside down."""
    if isinstance(picture, (bytes, bytearray, memoryview)):
        image = cv2.imdecode(np.frombuffer(picture, np.uint8), cv2.IMREAD_COLOR)
        if image is None:
            raise ValueError("not a picture")
    else:
        image = picture
    height, width = image.shape[:2]

    def cell(i: int, row: tuple[float, float]) -> np.ndarray:
        x0, x1 = _cell_x(i, width)
        y0, y1 = row[0] * height, row[1] * height
        qx, qy = (x1 - x0) / 4, (y1 - y0) / 4
        patch = image[int(y0 + qy) : int(y1 - qy) + 1, int(x0 + qx) : int(x1 - qx) + 1]
        return patch.reshape(-1, 3).mean(axis=0)

    def is_colour(bgr: np.ndarray, colour: tuple[int, int, int]) -> bool:
        return all((v > 140) if c == 255 else (v < 110) for v, c in zip(bgr, colour))

    for row, first, last in ((ROW_A, RED, BLUE), (ROW_B, BLUE, RED)):
        if not (is_colour(cell(0, row), first) and is_colour(cell(CELLS - 1, row), last)):
            raise ValueError("no barcode markers where expected (frame rotated or not a test frame?)")
    a = [int(cell(i, ROW_A).mean() > 128) for i in range(1, CELLS - 1)]
    b = [int(cell(i, ROW_B).mean() > 128) for i in range(1, CELLS - 1)]
    if any(x == y for x, y in zip(a, b)):
        raise ValueError("barcode check row does not match")
    return int("".join(map(str, a)), 2)


# -- writers -----------------------------------------------------------------------------------------
def have_ffmpeg() -> bool:
    return shutil.which("ffmpeg") is not None and shutil.which("ffprobe") is not None


def _run(args: list[str], stdin=None, timeout: float = 120) -> None:
    result = subprocess.run(args, input=stdin, capture_output=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {result.stderr.decode(errors='replace')[-2000:]}")


def _ffmpeg_encode(
    path: Path,
    count: int,
    *,
    fps: float = 30,
    size: tuple[int, int] = (480, 272),
    codec: list[str],
    transform=None,
    extra_in: list[str] = (),
    extra_out: list[str] = (),
    fmt: list[str] = (),
) -> Path:
    width, height = size
    frames = []
    for i in range(count):
        image = frame_image(i, width, height)
        if transform is not None:
            image = transform(image)
        frames.append(image.tobytes())
    h, w = (image.shape[0], image.shape[1])
    args = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *extra_in,
            "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", f"{w}x{h}", "-r", str(fps), "-i", "pipe:0",
            *codec, *extra_out, *fmt, str(path)]
    _run(args, stdin=b"".join(frames))
    return path


def write_avi_mjpg(folder: Path, name: str = "clip.avi", *, count: int = 90, fps: float = 30,
                   size: tuple[int, int] = (480, 272)) -> Path:
    """MJPG in AVI through OpenCV's VideoWriter: every frame is a keyframe."""
    path = Path(folder) / name
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    if not writer.isOpened():
        raise RuntimeError("OpenCV cannot write MJPG/AVI")
    try:
        for i in range(count):
            writer.write(frame_image(i, *size))
    finally:
        writer.release()
    return path


def write_h264(folder: Path, name: str = "clip.mp4", *, count: int = 150, fps: float = 30, gop: int = 30,
               size: tuple[int, int] = (480, 272)) -> Path:
    """H.264 (yuv420p, no B-frames surprises: x264 defaults) with a keyframe every ``gop`` frames."""
    codec = ["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
             "-g", str(gop), "-keyint_min", str(gop), "-sc_threshold", "0"]
    return _ffmpeg_encode(Path(folder) / name, count, fps=fps, size=size, codec=codec)


def write_mpegts(folder: Path, name: str = "clip.ts", *, count: int = 90, fps: float = 30) -> Path:
    """H.264 in MPEG-TS (as camcorders and screen recorders write): OpenCV's seeks are not exact in it."""
    return _ffmpeg_encode(Path(folder) / name, count, fps=fps,
                          codec=["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30"],
                          fmt=["-f", "mpegts"])


def write_raw_h264(folder: Path, name: str = "clip.h264", *, count: int = 50) -> Path:
    """A bare H.264 elementary stream: no container, so no timestamps at all (players assume 25 fps)."""
    return _ffmpeg_encode(Path(folder) / name, count, fps=25,
                          codec=["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "25"],
                          fmt=["-f", "h264"])


def write_mov_mjpeg(folder: Path, name: str = "clip.mov", *, count: int = 60, fps: float = 25) -> Path:
    return _ffmpeg_encode(Path(folder) / name, count, fps=fps,
                          codec=["-c:v", "mjpeg", "-q:v", "3", "-pix_fmt", "yuvj420p"])


def write_vp9_webm(folder: Path, name: str = "clip.webm", *, count: int = 90, fps: float = 30,
                   streamed: bool = True) -> Path:
    """VP9 in WebM. ``streamed=True`` writes it the way a browser's MediaRecorder does: through a pipe,
    so the file has no duration and no cues (seek index) and OpenCV cannot count its frames."""
    path = Path(folder) / name
    codec = ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "800k",
             "-g", "30", "-pix_fmt", "yuv420p"]
    if not streamed:
        return _ffmpeg_encode(path, count, fps=fps, codec=codec)
    width, height = 480, 272
    data = b"".join(frame_image(i, width, height).tobytes() for i in range(count))
    args = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "bgr24",
            "-s", f"{width}x{height}", "-r", str(fps), "-i", "pipe:0", *codec, "-f", "webm", "pipe:1"]
    result = subprocess.run(args, input=data, capture_output=True, timeout=120, check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.decode(errors="replace")[-2000:])
    path.write_bytes(result.stdout)
    return path


def write_rotated_phone_clip(folder: Path, name: str = "phone.mp4", *, count: int = 60, fps: float = 30,
                             upright: tuple[int, int] = (272, 480)) -> Path:
    """A portrait phone clip: upright frames of ``upright`` (w, h) stored sideways (landscape) with a
    display rotation of 90 degrees, as phones record. Played correctly it is portrait and upright."""
    folder = Path(folder)
    stored = folder / (name + ".sideways.mp4")
    # Stored picture = upright picture turned 90 degrees counter-clockwise; the player turns it back.
    _ffmpeg_encode(stored, count, fps=fps, size=upright,
                   codec=["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30"],
                   transform=lambda im: cv2.rotate(im, cv2.ROTATE_90_COUNTERCLOCKWISE))
    path = folder / name
    # A phone's portrait clip has a display matrix of -90 degrees (ffprobe: "rotation=-90"). ffmpeg 5.1
    # writes one from the `rotate` tag on a stream copy, where rotate=270 gives -90 (6.x: -display_rotation).
    _run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", str(stored), "-c", "copy",
          "-metadata:s:v:0", "rotate=270", str(path)])
    stored.unlink()
    return path


@dataclass(frozen=True)
class VfrClip:
    path: Path
    pts: list[float]  # true time of frame i, seconds


def write_vfr(folder: Path, name: str = "vfr.mp4", *, count: int = 90) -> VfrClip:
    """Variable frame rate: the first third at 10 fps, the rest at 30 fps (as phones do in low light)."""
    slow = count // 3
    pts = [i / 10 if i < slow else slow / 10 + (i - slow) / 30 for i in range(count)]
    expr = f"if(lt(N\\,{slow})\\,N/10\\,{slow}/10+(N-{slow})/30)/TB"
    path = _ffmpeg_encode(Path(folder) / name, count, fps=30,
                          codec=["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30"],
                          extra_out=["-vf", f"setpts={expr}", "-fps_mode", "vfr", "-video_track_timescale", "90000"])
    return VfrClip(path, pts)


def write_one_frame(folder: Path, name: str = "one.mp4") -> Path:
    return write_h264(folder, name, count=1)


def write_truncated(folder: Path, name: str = "truncated.mp4", *, keep: float = 0.6) -> Path:
    """An H.264 MP4 cut short (an interrupted upload): moov first (faststart), so what is there decodes."""
    full = _ffmpeg_encode(Path(folder) / (name + ".full.mp4"), 150,
                          codec=["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30"],
                          extra_out=["-movflags", "+faststart"])
    data = full.read_bytes()
    full.unlink()
    path = Path(folder) / name
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def write_headless_truncated(folder: Path, name: str = "cut.mp4") -> Path:
    """An MP4 cut before its index (moov at the end, as most cameras write): nothing can be decoded."""
    full = write_h264(folder, name + ".full.mp4", count=60)
    data = full.read_bytes()
    full.unlink()
    path = Path(folder) / name
    path.write_bytes(data[: len(data) // 2])
    return path


def write_text_as_video(folder: Path, name: str = "notes.mp4") -> Path:
    path = Path(folder) / name
    path.write_text("These are meeting notes, not a video.\n" * 50)
    return path


def write_image_as_video(folder: Path, name: str = "photo.mp4") -> Path:
    path = Path(folder) / name
    ok, data = cv2.imencode(".jpg", frame_image(7))
    assert ok
    path.write_bytes(data.tobytes())
    return path


def write_empty(folder: Path, name: str = "empty.mp4") -> Path:
    path = Path(folder) / name
    path.write_bytes(b"")
    return path


def write_audio_only(folder: Path, name: str = "voice.mp4") -> Path:
    """A container without a video stream (a voice memo with a video extension)."""
    path = Path(folder) / name
    _run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
          "sine=frequency=440:duration=1", "-c:a", "aac", str(path)])
    return path


def write_unsupported_codec(folder: Path, name: str = "clip.mp4", *, count: int = 15) -> Path:
    """AV1 in MP4: the container opens and names its codec, but OpenCV's FFmpeg has no software AV1
    decoder (only a hardware-accelerated one), so not one frame decodes."""
    path = Path(folder) / name
    return _ffmpeg_encode(path, count, size=(320, 176),
                          codec=["-c:v", "libaom-av1", "-cpu-used", "8", "-b:v", "200k", "-pix_fmt", "yuv420p"])


# -- probing the truth -------------------------------------------------------------------------------
def packet_times(path: Path) -> list[tuple[float, bool]]:
    """(pts seconds, is keyframe) of every video packet, in presentation order, from ffprobe."""
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time,flags",
         "-of", "json", str(path)], capture_output=True, timeout=120, check=True).stdout
    packets = json.loads(out)["packets"]
    rows = [(float(p["pts_time"]), "K" in p["flags"]) for p in packets if p.get("pts_time") not in (None, "N/A")]
    return sorted(rows)


def keyframe_times(path: Path) -> list[float]:
    return [t for t, key in packet_times(path) if key]


# -- the benchmark's long clip -----------------------------------------------------------------------
def _long_clip_graph(width: int, height: int, fps: int, seconds: float) -> str:
    """An ffmpeg filter graph drawing the same picture layout as frame_image() from the frame number n:
    the barcode is drawn one pixel per cell on an 18x2 RGB canvas, scaled up (nearest neighbour) over the
    top 30 % of a testsrc2 picture (moving texture for the encoder), with the number as digits."""
    boxes = []
    for row, (first, last, flip) in enumerate((("red", "blue", 0), ("blue", "red", 1))):
        for i in range(CELLS):
            box = f"drawbox=x={i}:y={row}:w=1:h=1:t=fill"
            if i == 0:
                boxes.append(f"{box}:color={first}")
            elif i == CELLS - 1:
                boxes.append(f"{box}:color={last}")
            else:
                bit = BITS - i  # cell 1 holds the most significant bit
                want = 0 if flip else 1
                boxes.append(f"{box}:color=white:enable='eq(mod(floor(n/{2 ** bit})\\,2)\\,{want})'")
    band = round(ROW_B[1] * height)
    graph = (f"color=c=black:size={CELLS}x2:rate={fps}:duration={seconds:g},format=rgb24,"
             + ",".join(boxes) + f",scale={width}:{band}:flags=neighbor[bar];"
             f"testsrc2=size={width}x{height}:rate={fps}:duration={seconds:g}[bg];"
             "[bg][bar]overlay=0:0:shortest=1")
    if FONT.exists():
        graph += (f",drawtext=fontfile={FONT}:text='%{{frame_num}}':fontsize={height // 6}:fontcolor=white"
                  ":box=1:boxcolor=black:x=(w-text_w)/2:y=h*0.7")
    return graph + ",format=yuv420p[out]"


def long_clip(minutes: float = 10, *, width: int = 1920, height: int = 1080, fps: int = 30) -> Path:
    """The benchmark clip: ``minutes`` of 1080p30 H.264, x264 ultrafast with its default keyframe
    interval (250 frames, ~8.3 s), every frame carrying its index. Made once and cached."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"long-{width}x{height}-{fps}fps-{minutes:g}min.mp4"
    if path.exists() and path.stat().st_size > 0:
        return path
    tmp = path.with_suffix(".part.mp4")
    script = BENCH_DIR / f"{path.stem}.filters.txt"
    script.write_text(_long_clip_graph(width, height, fps, minutes * 60))
    _run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-filter_complex_script", str(script),
          "-map", "[out]", "-c:v", "libx264", "-preset", "ultrafast",
          "-b:v", "4M", "-maxrate", "4M", "-bufsize", "8M", str(tmp)], timeout=1800)
    script.unlink()
    tmp.rename(path)
    return path
