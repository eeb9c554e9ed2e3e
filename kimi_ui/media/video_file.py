"""What a video file is, before any frame is sampled (kimi_ui/media/video.py samples them): the container
sniffed (an image or a text file named .mp4 is said to be one), the size checked, the file opened with OpenCV's
FFmpeg backend and its header read (duration, rate, frame count, rotation, codec). An MP4 without its index or
without a video track, and a codec OpenCV cannot decode, each get their own message."""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from pathlib import Path

import cv2

from kimi_ui.media.images import MediaError

_CODEC_NAMES = {
    "h264": "H.264", "avc1": "H.264", "avc3": "H.264", "x264": "H.264",
    "hevc": "H.265/HEVC", "hvc1": "H.265/HEVC", "hev1": "H.265/HEVC", "h265": "H.265/HEVC",
    "vp90": "VP9", "vp09": "VP9", "vp80": "VP8", "vp08": "VP8", "av01": "AV1",
    "mjpg": "Motion JPEG", "jpeg": "Motion JPEG", "mp4v": "MPEG-4 Part 2", "fmp4": "MPEG-4 Part 2",
    "xvid": "MPEG-4 Part 2", "divx": "MPEG-4 Part 2", "mpg2": "MPEG-2", "mpg1": "MPEG-1",
    "apcn": "ProRes", "apch": "ProRes", "apcs": "ProRes", "apco": "ProRes", "ap4h": "ProRes",
    "theo": "Theora", "wmv3": "WMV 9", "wvc1": "VC-1",
}
# degrees clockwise -> OpenCV's turn
ROTATE = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


@dataclass(frozen=True)
class VideoInfo:
    duration: float  # seconds, from the header (0.0 when it does not say)
    fps: float
    frame_count: int  # as the header says: may be wrong, or <= 0 when unknown
    width: int  # display size, after rotation
    height: int
    rotation: int  # degrees clockwise to turn stored frames upright: 0, 90, 180 or 270
    codec: str  # four-cc, e.g. "h264", "VP90"
    size_bytes: int

    @property
    def codec_name(self) -> str:
        return _CODEC_NAMES.get(self.codec.lower(), self.codec or "unknown")

    @property
    def count_reliable(self) -> bool:
        """Whether the header's frame count and rate look real enough to seek by."""
        return 0.5 <= self.fps <= 1000 and 1 <= self.frame_count <= 50_000_000 and self.duration < 7 * 86400


# -- recognising what the file is ---------------------------------------------------------------------
# What a file clearly is instead of a video: a catalog key each (media.what.*), "a JPEG image" in English.
_IMAGE_MAGIC = (
    (b"\xff\xd8\xff", "media.what.jpeg"), (b"\x89PNG\r\n\x1a\n", "media.what.png"), (b"GIF8", "media.what.gif"),
    (b"BM", "media.what.bmp"), (b"II*\x00", "media.what.tiff"), (b"MM\x00*", "media.what.tiff"),
    (b"%PDF", "media.what.pdf"), (b"PK\x03\x04", "media.what.zip"),
)
_IMAGE_BRANDS = {b"heic": "media.what.heic", b"heix": "media.what.heic", b"mif1": "media.what.heif",
                 b"msf1": "media.what.heif", b"avif": "media.what.avif", b"avis": "media.what.avif"}
_IMAGES = {"media.what.jpeg", "media.what.png", "media.what.gif", "media.what.bmp", "media.what.tiff",
           "media.what.webp", "media.what.heic", "media.what.heif", "media.what.avif", "media.what.svg"}


def _sniff(head: bytes) -> str | None:
    """What the file is when it is clearly not a video (the key of "a JPEG image", "a text file"), else None."""
    for magic, what in _IMAGE_MAGIC:
        if head.startswith(magic):
            return what
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "media.what.webp"
    if head[4:8] == b"ftyp" and head[8:12] in _IMAGE_BRANDS:
        return _IMAGE_BRANDS[head[8:12]]
    if head and b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
                return None
        lowered = head.lstrip()[:200].lower()
        if lowered.startswith((b"<!doctype html", b"<html")):
            return "media.what.html"
        if lowered.startswith(b"<svg") or (lowered.startswith(b"<?xml") and b"<svg" in head.lower()):
            return "media.what.svg"
        return "media.what.text"
    return None


def _iso_boxes(path: Path, size: int) -> tuple[list[bytes], bool] | None:
    """Top-level box types of an MP4/MOV file and whether the last one is cut short; None if not ISO-BMFF."""
    types: list[bytes] = []
    with path.open("rb") as fh:
        offset = 0
        for _ in range(10_000):
            if offset >= size:
                return types, False
            fh.seek(offset)
            header = fh.read(16)
            if len(header) < 8:
                return types, True
            box_size, kind = struct.unpack(">I4s", header[:8])
            if box_size == 1 and len(header) >= 16:
                box_size = struct.unpack(">Q", header[8:16])[0]
            elif box_size == 0:
                box_size = size - offset
            if not types and kind != b"ftyp":
                return None
            if box_size < 8:
                return types, True
            types.append(kind)
            if offset + box_size > size:
                return types, True
            offset += box_size
    return types, False


def _cannotopen_capture(path: Path, name: str, size: int) -> MediaError:
    """The message for a file OpenCV cannot open as video."""
    boxes = _iso_boxes(path, size)
    if boxes is not None:
        types, _ = boxes
        if b"moov" not in types:
            return MediaError("no_index", name=name)
        return MediaError("no_video_track", name=name)
    return MediaError("no_video_stream", name=name)


def _fourcc(value: float) -> str:
    code = int(value) if math.isfinite(value) and value > 0 else 0
    return "".join(chr((code >> (8 * i)) & 0xFF) for i in range(4)).strip("\x00 ") if code else ""


# -- probing -----------------------------------------------------------------------------------------
def check_file(path: Path, name: str, max_bytes: int | None) -> int:
    try:
        size = path.stat().st_size
    except OSError:
        raise MediaError("cannot_read", name=name) from None
    if size == 0:
        raise MediaError("empty", name=name)
    if max_bytes is not None and size > max_bytes:
        raise MediaError("video_too_big", name=name, size={"bytes": size}, limit={"bytes": max_bytes})
    with path.open("rb") as fh:
        head = fh.read(4096)
    what = _sniff(head)
    if what is not None:
        raise MediaError("not_video_image" if what in _IMAGES else "not_video", name=name, what={"key": what})
    return size


def open_capture(path: Path, *, threads: int | None = None) -> cv2.VideoCapture:
    params = [cv2.CAP_PROP_N_THREADS, threads] if threads else []
    cap = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG, params)
    if cap.isOpened():
        cap.set(cv2.CAP_PROP_ORIENTATION_AUTO, 0)  # rotation is applied once, by _finish()
    return cap


def _header(cap: cv2.VideoCapture, size: int) -> VideoInfo:
    fps = cap.get(cv2.CAP_PROP_FPS)
    fps = fps if math.isfinite(fps) and fps > 0 else 0.0
    count_raw = cap.get(cv2.CAP_PROP_FRAME_COUNT)
    count = int(count_raw) if math.isfinite(count_raw) and abs(count_raw) < 2**62 else -1
    meta = cap.get(cv2.CAP_PROP_ORIENTATION_META)
    rotation = round(meta) % 360 if math.isfinite(meta) else 0
    rotation = rotation if rotation in ROTATE else 0
    width, height = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))
    if rotation in (90, 270):
        width, height = height, width
    duration = count / fps if fps > 0 and count > 0 else 0.0
    return VideoInfo(duration, fps, count, width, height, rotation, _fourcc(cap.get(cv2.CAP_PROP_FOURCC)), size)


def probe_video(path: str | Path, *, name: str = "") -> VideoInfo:
    """What the header says about a clip, after checking that its first frame decodes."""
    path = Path(path)
    name = name or path.name
    info, decodes = read_header(path, name, None, first_frame=True)
    if not decodes:
        raise no_frames(path, name, info)
    return info


def read_header(path: Path, name: str, max_bytes: int | None, *, first_frame: bool = False) -> tuple[VideoInfo, bool]:
    """Size check, open, header; optionally whether the first frame decodes."""
    size = check_file(path, name, max_bytes)
    cap = open_capture(path)
    try:
        if not cap.isOpened():
            raise _cannotopen_capture(path, name, size)
        info = _header(cap, size)
        decodes = True
        if first_frame:
            ok, frame = cap.read()
            decodes = bool(ok) and frame is not None
    finally:
        cap.release()
    return info, decodes


def _count_packets(path: Path, limit: int = 1000) -> int:
    raw = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG, [cv2.CAP_PROP_FORMAT, -1])
    count = 0
    try:
        while count < limit and raw.isOpened() and raw.grab():
            count += 1
    finally:
        raw.release()
    return count


def no_frames(path: Path, name: str, info: VideoInfo, packets: int | None = None) -> MediaError:
    """Opened, but not one frame decodes: an unsupported codec if there is data, else a damaged file."""
    if packets is None:
        packets = _count_packets(path)
    if packets > 0:
        return MediaError("codec", name=name, codec=info.codec_name)
    return MediaError("no_frames", name=name)
