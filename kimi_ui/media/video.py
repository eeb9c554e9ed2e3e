"""Video with OpenCV: a clip becomes a handful of upright, resized JPEG frames sampled uniformly over the
whole clip, each with the true time of the frame that was decoded.

How a clip is read (``SampledVideo.method``):

* ``exact``: seek to each wanted frame. OpenCV's FFmpeg backend seeks to the keyframe before the frame and
  decodes forward to it, so a sample costs up to one GOP of decoding. Two workers, each with its own
  ``VideoCapture``, read halves of the list in parallel (OpenCV releases the GIL).
* ``keyframe``: each target snaps to its nearest keyframe, and only that keyframe is decoded (one decode
  per sample). Keyframes are found without decoding: a capture in raw mode (``CAP_PROP_FORMAT=-1``)
  reads the packets and reports ``CAP_PROP_LRF_HAS_KEY_FRAME``, and the packets of the keyframes wanted
  are kept. OpenCV's own seek cannot land on a keyframe (it always decodes 16+ frames forward to the
  frame asked), so the kept packets are decoded on their own instead: in raw mode OpenCV hands out
  H.264/HEVC packets in Annex-B form with the parameter sets in front of each keyframe, VP8/VP9 packets
  go into an IVF file, and each worker decodes its share as one small stream. The timestamp reported is
  that keyframe's own presentation time. Used by ``auto`` for long clips whose keyframes are sparse (an
  exact seek would decode half a GOP per sample); other codecs fall back to ``exact``.
* ``sequential``: decode every frame from the start and keep the wanted ones (``grab()`` all,
  ``retrieve()`` only those). Used where seeking cannot be trusted: the frame count is unknown or wrong
  (WebM written by a browser's MediaRecorder has no duration and no cues), or a seek landed elsewhere;
  and by ``auto`` when it is simply cheaper (short clips with long GOPs).

The packet scan (no decoding; ~0.1-0.3 s for a 300 MB file) is always made: it gives the true timeline
(presentation time of every frame, duration, keyframes) whatever the header claims, and it stops early
when a clip of unknown length turns out longer than allowed.

Rotation metadata (phone clips) is applied here, exactly once: OpenCV's own auto-rotation is switched
off on every capture, because the keyframe path decodes packets that carry no metadata.
"""

from __future__ import annotations

import bisect
import math
import shutil
import struct
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from kimi_ui.events import clock
from kimi_ui.media.images import MediaError
from kimi_ui.media.video_file import ROTATE, no_frames, open_capture, read_header

MAX_FRAMES = 64  # hard cap, whatever the caller asks
DEFAULT_FRAME_PIXELS = 448 * 448  # ~256 image tokens on Kimi's 28 px token grid
JPEG_QUALITY = 85
WORKERS = 2
MODES = ("auto", "exact", "keyframe", "sequential")
KEYFRAME_MIN_SECONDS = 60  # auto: shorter clips are sampled exactly
MAX_PACKETS = 5_000_000  # bounds the packet scan whatever the file claims

_ANNEX_B = {"h264": ".h264", "avc1": ".h264", "avc3": ".h264", "x264": ".h264",
            "hevc": ".hevc", "hvc1": ".hevc", "hev1": ".hevc", "h265": ".hevc"}
_IVF = {"vp90": b"VP90", "vp09": b"VP90", "vp80": b"VP80", "vp08": b"VP80"}


# -- results -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VideoFrame:
    index: int  # 1-based position among the sampled frames
    timestamp: float  # true time (seconds) of the frame decoded and sent
    data: bytes  # JPEG
    width: int
    height: int


@dataclass(frozen=True)
class SampledVideo:
    duration: float  # seconds
    source_fps: float
    width: int  # display size, after rotation
    height: int
    frames: list[VideoFrame]
    method: str  # "exact" | "keyframe" | "sequential"
    name: str = ""
    note: str = ""  # e.g. the file is truncated and only its start could be read

    def describe(self) -> str:
        """One line for the model: what the clip is and how its frames were picked."""
        count = len(self.frames)
        what = f"Video {self.name}" if self.name else "Video"
        noun = "frame" if count == 1 else "frames"
        if count <= 1:
            how = f"{count} {noun} sampled"
        else:
            every = format_time(self.duration / count, seconds_only=True)
            if self.method == "keyframe":
                how = f"{count} {noun} sampled uniformly, each at the nearest keyframe (about every {every})"
            else:
                how = f"{count} {noun} sampled uniformly (every {every})"
        line = f"{what}, {format_time(self.duration)} long, {how}."
        return f"{line} {self.note}" if self.note else line


def format_time(seconds: float, *, seconds_only: bool = False) -> str:
    """m:ss.s (h:mm:ss.s past an hour); with ``seconds_only``, "37.5 s" below a minute."""
    tenths = max(0, round(seconds * 10))
    if seconds_only and tenths < 600:
        return f"{tenths / 10:.1f} s"
    return clock(seconds)


def label(frame: VideoFrame, total: int) -> str:
    """The text part sent before a frame: "frame 3/16 at 0:12.5"."""
    return f"frame {frame.index}/{total} at {format_time(frame.timestamp)}"


# -- the timeline: a packet scan without decoding ----------------------------------------------------
@dataclass
class _Timeline:
    pts: list[float]  # presentation time of every packet, sorted
    keys: list[float]  # presentation time of every keyframe, sorted
    key_data: dict[float, bytes] = field(default_factory=dict)  # packets kept for the keyframe path
    timeless: bool = False  # no timestamps in the file (a raw H.264 stream): times are frame number / fps

    @property
    def step(self) -> float:
        if len(self.pts) < 2:
            return 0.0
        diffs = np.diff(np.asarray(self.pts[: 2001]))
        diffs = diffs[diffs > 1e-6]
        return float(np.median(diffs)) if diffs.size else 0.0

    @property
    def start(self) -> float:
        return self.pts[0] if self.pts else 0.0

    def duration(self, fps: float) -> float:
        if not self.pts:
            return 0.0
        step = self.step or (1 / fps if fps > 0 else 0.0)
        return self.pts[-1] - self.pts[0] + step


def _scan(path: Path, name: str, *, max_seconds: float, targets: list[float] | None, fps: float) -> _Timeline:
    """Read every packet (no decoding). With ``targets``, keep the packets of the keyframes nearest to
    them (the one before and the one after each target), for the keyframe path."""
    raw = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG, [cv2.CAP_PROP_FORMAT, -1])
    pts: list[float] = []
    keys: list[float] = []
    kept: dict[float, bytes] = {}
    pending: tuple[float, bytes, bool] | None = None  # last keyframe: time, packet, marked as needed
    try:
        if not raw.isOpened():
            return _Timeline(pts, keys, kept)
        for _ in range(MAX_PACKETS):
            if not raw.grab():
                break
            t = raw.get(cv2.CAP_PROP_POS_MSEC) / 1000
            if not math.isfinite(t):
                continue
            if t > max_seconds + 1:
                raise MediaError("too_long_past", name=name, limit={"seconds": max_seconds}, past={"seconds": t})
            pts.append(t)
            if not raw.get(cv2.CAP_PROP_LRF_HAS_KEY_FRAME):
                continue
            keys.append(t)
            if targets is None:
                continue
            ok, packet = raw.retrieve()
            data = packet.tobytes() if ok and packet is not None else b""
            if pending is None:
                # Targets before the first keyframe snap to it.
                marked = bool(targets) and targets[0] <= t
            else:
                # Any target between the previous keyframe and this one may snap to either.
                lo = bisect.bisect_left(targets, pending[0])
                between = lo < len(targets) and targets[lo] <= t
                if pending[2] or between:
                    kept[pending[0]] = pending[1]
                marked = between
            pending = (t, data, marked)
        if pending is not None and targets is not None and (pending[2] or (targets and targets[-1] >= pending[0])):
            kept[pending[0]] = pending[1]
    finally:
        raw.release()
    if len(pts) > 1 and len(set(pts)) < len(pts) / 2:
        # No usable timestamps (elementary streams): frame i is at i / fps, as players show it.
        rate = fps if fps > 0 else 25.0
        pts = [i / rate for i in range(len(pts))]
        if len(pts) / rate > max_seconds + 1:
            raise MediaError("too_long_timeless", name=name, limit={"seconds": max_seconds})
        return _Timeline(pts, [0.0], {}, timeless=True)
    pts.sort()
    keys.sort()
    return _Timeline(pts, keys, kept)


# -- choosing frames ----------------------------------------------------------------------------------
def _count(duration: float, available: int, frames: int, fps: float | None, max_frames: int) -> int:
    cap = max(1, min(int(max_frames), MAX_FRAMES))
    wanted = max(1, round(duration * fps)) if fps else max(1, int(frames))
    return max(1, min(wanted, cap, available))


def _targets(start: float, duration: float, n: int) -> list[float]:
    """The centres of n equal slices of the clip."""
    return [start + (j + 0.5) * duration / n for j in range(n)]


def _pick(times: list[float], targets: list[float]) -> list[int]:
    """Indices into sorted ``times`` nearest to each target, distinct and increasing."""
    chosen: list[int] = []
    for j, t in enumerate(targets):
        i = bisect.bisect_left(times, t)
        if i > 0 and (i == len(times) or t - times[i - 1] <= times[i] - t):
            i -= 1
        low = chosen[-1] + 1 if chosen else 0
        high = len(times) - (len(targets) - j)
        chosen.append(min(max(i, low), high))
    return chosen


def _nearest(times: list[float], t: float) -> int:
    i = bisect.bisect_left(times, t)
    if i > 0 and (i == len(times) or t - times[i - 1] <= times[i] - t):
        i -= 1
    return i


# -- decoding -----------------------------------------------------------------------------------------
def _finish(frame: np.ndarray, rotation: int, frame_pixels: int) -> tuple[bytes, int, int]:
    """Upright, within the pixel budget (aspect kept), JPEG."""
    if rotation in ROTATE:
        frame = cv2.rotate(frame, ROTATE[rotation])
    height, width = frame.shape[:2]
    if width * height > frame_pixels:
        # Slightly under the exact scale, so that rounding never takes w*h over the budget.
        scale = math.sqrt(frame_pixels / (width * height)) * (1 - 1e-9)
        width, height = max(1, int(width * scale)), max(1, int(height * scale))
        frame = cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise MediaError("frame_encoding")
    return encoded.tobytes(), width, height


class _SeekFailed(Exception):
    """A seek landed somewhere other than asked: this file must be read sequentially."""


class _Progress:
    """Reports (frames done, frames total) from any worker thread; never goes backwards, even when a
    read falls back to another method and starts over."""

    def __init__(self, callback: Callable[[int, int], None] | None, total: int) -> None:
        self.callback, self.total = callback, total
        self.count = self.reported = 0
        self.lock = threading.Lock()
        if callback:
            callback(0, total)

    def step(self) -> None:
        with self.lock:
            self.count += 1
            if self.callback and self.count > self.reported:
                self.reported = min(self.total, self.count)
                self.callback(self.reported, self.total)

    def restart(self, total: int) -> None:
        with self.lock:
            self.count = 0
            self.total = max(total, self.reported)

    def finish(self, done: int) -> None:
        with self.lock:
            if self.callback and (self.reported, self.total) != (done, done):
                self.reported = self.total = done
                self.callback(done, done)


@dataclass
class _Job:
    path: Path
    rotation: int
    frame_pixels: int
    fps: float
    progress: _Progress


def _read_exact(job: _Job, wanted: list[float], tolerance: float, pts: list[float]) -> list[tuple[float, tuple]]:
    """Seek to each wanted frame time (in order) with one capture; raise _SeekFailed if a seek lands elsewhere."""
    out: list[tuple[float, tuple]] = []
    cap = open_capture(job.path, threads=1)
    try:
        if not cap.isOpened():
            raise _SeekFailed
        for target in wanted:
            got = None
            # A frame that does not decode (the tail of a truncated file): try a few earlier ones.
            i = bisect.bisect_left(pts, target - 1e-6)
            for attempt in range(4):
                k = i - attempt
                if k < 0 or (out and pts[k] <= out[-1][0] + 1e-6):
                    break
                # OpenCV numbers frames from the first one: frame n is at start + n / fps.
                cap.set(cv2.CAP_PROP_POS_FRAMES, round((pts[k] - pts[0]) * job.fps))
                ok, frame = cap.read()
                if ok and frame is not None:
                    got = (cap.get(cv2.CAP_PROP_POS_MSEC) / 1000, frame, pts[k])
                    break
            if got is None:
                continue
            when, frame, asked = got
            if abs(when - asked) > tolerance:
                raise _SeekFailed
            out.append((when, _finish(frame, job.rotation, job.frame_pixels)))
            job.progress.step()
    finally:
        cap.release()
    return out


def _read_sequential(job: _Job, wanted: list[float], limit: int, timeless: bool = False) -> list[tuple[float, tuple]]:
    """Decode from the start, keeping the frames whose times are wanted (or the first one after a wanted
    time that never comes, as at a damaged spot)."""
    out: list[tuple[float, tuple]] = []
    cap = open_capture(job.path)
    try:
        if not cap.isOpened():
            return out
        next_i = 0
        eps = 1e-4
        for number in range(limit):
            if next_i >= len(wanted) or not cap.grab():
                break
            when = number / job.fps if timeless else cap.get(cv2.CAP_PROP_POS_MSEC) / 1000
            if when < wanted[next_i] - eps:
                continue
            while next_i + 1 < len(wanted) and when >= wanted[next_i + 1] - eps:
                next_i += 1  # skipped past a wanted frame that never decoded
            ok, frame = cap.retrieve()
            if ok and frame is not None:
                out.append((when, _finish(frame, job.rotation, job.frame_pixels)))
                job.progress.step()
            next_i += 1
    finally:
        cap.release()
    return out


def _keyframe_file(packets: list[bytes], codec: str, path: Path) -> bool:
    """Write keyframe packets as one stream that decodes on its own: Annex-B H.264/HEVC (OpenCV's raw
    mode puts the parameter sets in front of each keyframe), or VP8/VP9 in IVF. False if not possible."""
    key = codec.lower()
    if key in _ANNEX_B:
        if not all(p.startswith((b"\x00\x00\x01", b"\x00\x00\x00\x01")) for p in packets):
            return False
        path.write_bytes(b"".join(packets))
        return True
    if key in _IVF:
        header = struct.pack("<4sHHIHHIIII", b"DKIF", 0, 32, int.from_bytes(_IVF[key], "little"), 0, 0, 30, 1,
                             len(packets), 0)
        body = b"".join(struct.pack("<IQ", len(p), i) + p for i, p in enumerate(packets))
        path.write_bytes(header + body)
        return True
    return False


def _decode_keyframes(packets: list[bytes], codec: str, path: Path, on_frame: Callable[[np.ndarray], None]) -> int:
    """Decode a stream of keyframes; calls ``on_frame`` for each; returns how many came out."""
    suffix = ".ivf" if codec.lower() in _IVF else _ANNEX_B.get(codec.lower(), ".bin")
    path = path.with_suffix(suffix)
    if not _keyframe_file(packets, codec, path):
        return -1
    cap = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG, [cv2.CAP_PROP_N_THREADS, 1])
    count = 0
    try:
        while cap.isOpened() and count < len(packets) + 1:
            ok, frame = cap.read()
            if not ok or frame is None:
                break
            count += 1
            if count <= len(packets):
                on_frame(frame)
    finally:
        cap.release()
        path.unlink(missing_ok=True)
    return count


def _read_keyframes(job: _Job, codec: str, chosen: list[float], packets: dict[float, bytes],
                    folder: Path, tag: str) -> list[tuple[float, tuple]]:
    """Decode the chosen keyframes, one decode each: all of them as one stream with one capture; should
    the stream not give exactly one frame per packet, each packet on its own (so none can be misnumbered)."""
    done: list[tuple] = []

    def keep(frame: np.ndarray) -> None:
        done.append(_finish(frame, job.rotation, job.frame_pixels))
        job.progress.step()

    data = [packets[t] for t in chosen]
    if _decode_keyframes(data, codec, folder / tag, keep) == len(chosen):
        return list(zip(chosen, done))
    reported, done = len(done), []
    out = []
    for i, (t, packet) in enumerate(zip(chosen, data)):
        frames: list[np.ndarray] = []
        if _decode_keyframes([packet], codec, folder / f"{tag}-{i}", frames.append) != 1:
            raise _SeekFailed
        out.append((t, _finish(frames[0], job.rotation, job.frame_pixels)))
        if i >= reported:
            job.progress.step()
    return out


def _halves(items: list) -> list[list]:
    if len(items) < 2:
        return [items]
    mid = (len(items) + 1) // 2
    return [items[:mid], items[mid:]]


# -- sampling -----------------------------------------------------------------------------------------
def sample_video(
    path: str | Path,
    *,
    frames: int = 16,
    fps: float | None = None,
    max_frames: int = MAX_FRAMES,
    frame_pixels: int = DEFAULT_FRAME_PIXELS,
    mode: str = "auto",
    max_seconds: float = 3600,
    max_bytes: int = 500 * 1024 * 1024,
    progress: Callable[[int, int], None] | None = None,
    name: str = "",
) -> SampledVideo:
    """Sample ``frames`` frames (or ``fps`` per second, at most ``max_frames`` and never more than 64)
    uniformly over the whole clip: the centres of equal slices. Raises MediaError with a message that
    names the problem for files that cannot be used."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if frames < 1 or max_frames < 1 or frame_pixels < 1 or (fps is not None and not fps > 0):
        raise ValueError("frames, max_frames and frame_pixels must be at least 1, and fps above 0")
    path = Path(path)
    name = name or path.name
    try:
        return _sample(path, name, frames, fps, max_frames, frame_pixels, mode, max_seconds, max_bytes, progress)
    except cv2.error as exc:
        raise MediaError("undecodable", name=name, detail=str(exc.err)) from None


def _sample(path: Path, name: str, frames: int, fps: float | None, max_frames: int, frame_pixels: int, mode: str,
            max_seconds: float, max_bytes: int, progress: Callable[[int, int], None] | None) -> SampledVideo:
    info, _ = read_header(path, name, max_bytes)
    reliable = info.count_reliable
    if reliable and info.duration > max_seconds + 1:
        raise MediaError("too_long", name=name, duration={"seconds": info.duration}, limit={"seconds": max_seconds})

    # Keyframe packets are kept during the scan only where they may be used: targets from the header.
    packet_codec = info.codec.lower() in _ANNEX_B or info.codec.lower() in _IVF
    header_n = _count(info.duration, info.frame_count, frames, fps, max_frames) if reliable else 0
    want_keys = reliable and packet_codec and mode in ("auto", "keyframe")
    if mode == "auto" and info.duration <= KEYFRAME_MIN_SECONDS:
        want_keys = False
    header_targets = _targets(0.0, info.duration, header_n) if want_keys else None
    timeline = _scan(path, name, max_seconds=max_seconds, targets=header_targets, fps=info.fps)
    if not timeline.pts:
        raise no_frames(path, name, info, packets=0)

    duration = timeline.duration(info.fps)
    source_fps = info.fps if info.fps > 0 else (1 / timeline.step if timeline.step else 0.0)
    if duration > max_seconds + 1:
        raise MediaError("too_long", name=name, duration={"seconds": duration}, limit={"seconds": max_seconds})
    n = _count(duration, len(timeline.pts), frames, fps, max_frames)
    targets = _targets(timeline.start, duration, n)
    picks = _pick(timeline.pts, targets)
    wanted = [timeline.pts[i] for i in picks]
    note = ""
    if reliable and info.duration > duration + max(1.0, 0.05 * info.duration):
        note = (f"The file is truncated: only its first {format_time(duration)} of "
                f"{format_time(info.duration)} could be read.")

    # Seeking by frame number needs a frame count and rate that match the timeline.
    seekable = reliable and source_fps > 0 and len(timeline.pts) > 1 and not timeline.timeless
    step = timeline.step or (1 / source_fps if source_fps else 0.0)
    method = mode if mode != "auto" else "exact"
    if not seekable:
        method = "sequential"

    keyframe_plan: list[float] | None = None
    if method in ("exact", "keyframe") and want_keys and timeline.key_data and header_targets:
        plan = [timeline.keys[_nearest(timeline.keys, t)] for t in header_targets]
        distinct = len(set(plan)) == len(plan)
        same_timeline = abs(duration - info.duration) <= 2 * step + 1e-3
        if same_timeline and all(t in timeline.key_data for t in plan):
            if mode == "keyframe":
                keyframe_plan = sorted(set(plan))
            elif distinct:
                # auto: keyframes when an exact seek would decode much more than one frame per sample.
                cost_exact = _exact_cost(timeline, wanted, source_fps)
                if cost_exact / WORKERS > 2 * 8 * len(plan):
                    keyframe_plan = plan
    if method == "keyframe" and keyframe_plan is None:
        method = "exact" if seekable else "sequential"
    if mode == "auto" and method == "exact" and keyframe_plan is None:
        last = bisect.bisect_right(timeline.pts, wanted[-1])
        if last < _exact_cost(timeline, wanted, source_fps) / WORKERS:
            method = "sequential"  # decoding straight through is cheaper than seeking
    if keyframe_plan is not None:
        method = "keyframe"

    total = len(keyframe_plan) if keyframe_plan is not None else len(wanted)
    tracker = _Progress(progress, total)
    job = _Job(path, info.rotation, frame_pixels, source_fps, tracker)
    method, results = _read(job, method, info.codec, keyframe_plan, timeline, wanted, step)
    if not results:
        raise no_frames(path, name, info, packets=len(timeline.pts))
    results.sort(key=lambda item: item[0])
    out = [VideoFrame(i + 1, round(when, 6), data, w, h) for i, (when, (data, w, h)) in enumerate(results)]
    tracker.finish(len(out))
    return SampledVideo(duration, source_fps, info.width, info.height, out, method, name, note)


def _read(job: _Job, method: str, codec: str, keyframe_plan: list[float] | None, timeline: _Timeline,
          wanted: list[float], step: float) -> tuple[str, list[tuple[float, tuple]]]:
    """Read the frames with ``method``, falling back keyframe -> exact -> sequential when a method turns
    out not to work for this file. Returns the method that did, and (time, finished frame) pairs."""
    results: list[tuple[float, tuple]] = []
    if method == "keyframe":
        folder = Path(tempfile.mkdtemp(prefix="kimi-ui-keyframes-"))
        try:
            with ThreadPoolExecutor(max_workers=WORKERS) as pool:
                futures = [pool.submit(_read_keyframes, job, codec, part, timeline.key_data, folder, f"w{i}")
                           for i, part in enumerate(_halves(keyframe_plan or []))]
                for future in futures:
                    results.extend(future.result())
        except _SeekFailed:
            method, results = "exact", []
            job.progress.restart(len(wanted))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if method == "exact":
        tolerance = _tolerance(timeline, step)
        try:
            with ThreadPoolExecutor(max_workers=WORKERS) as pool:
                futures = [pool.submit(_read_exact, job, part, tolerance, timeline.pts) for part in _halves(wanted)]
                for future in futures:
                    results.extend(future.result())
        except _SeekFailed:
            results = []
        if not results:  # seeking landed elsewhere, or not one seek gave a frame
            method = "sequential"
            job.progress.restart(len(wanted))
    if method == "sequential":
        results = _read_sequential(job, wanted, limit=len(timeline.pts) + 1000, timeless=timeline.timeless)
    return method, results


def _exact_cost(timeline: _Timeline, wanted: list[float], fps: float) -> float:
    """Frames decoded by OpenCV's seek for each wanted frame: it jumps to the keyframe at or before
    16 frames earlier and decodes forward."""
    total = 0
    for t in wanted:
        k = bisect.bisect_right(timeline.keys, t - 16 / fps + 1e-6) - 1
        start = timeline.keys[k] if k >= 0 else timeline.start
        total += bisect.bisect_right(timeline.pts, t) - bisect.bisect_left(timeline.pts, start)
    return float(total)


def _tolerance(timeline: _Timeline, step: float) -> float:
    """How far a seek may land from the asked frame before the file counts as not seekable: half a frame
    for constant frame rates, the widest gap between frames for variable ones."""
    if len(timeline.pts) < 2:
        return 0.5
    gaps = np.diff(np.asarray(timeline.pts))
    widest = float(gaps.max()) if gaps.size else step
    if widest <= step * 1.1:
        return step / 2 + 1e-3
    return widest * 1.5 + 1e-3
