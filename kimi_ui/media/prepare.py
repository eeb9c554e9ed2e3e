"""One upload -> what the turn stores and sends: an image, a sampled video, or a document.
The kind is decided by the file name first and checked against the content by the reader."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Union

from kimi_ui.media.documents import Document, is_document, read_document
from kimi_ui.media.images import MediaError, PreparedImage, prepare_image

VIDEO_SUFFIXES = {
    ".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".mpg", ".mpeg", ".3gp", ".ogv", ".wmv", ".flv", ".mts", ".m2ts",
}
MPEG_TS_SYNC = 0x47  # every 188-byte MPEG-TS packet starts with it; TypeScript source never does
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jfif", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".mpo"}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MediaLimits:
    max_image_side: int = 2048
    max_image_pixels: int = 100_000_000
    video_frames: int = 16
    video_fps: float | None = None
    max_frames: int = 64
    frame_pixels: int = 448 * 448
    max_video_seconds: float = 1800
    max_video_bytes: int = 200 * 1024 * 1024
    max_text_bytes: int = 200_000

    @classmethod
    def from_settings(cls, s) -> "MediaLimits":  # noqa: ANN001 - kimi_ui.config.Settings
        return cls(
            max_image_side=s.max_image_side, max_image_pixels=s.max_image_pixels, video_frames=s.video_frames,
            video_fps=s.video_fps, max_frames=s.max_frames, frame_pixels=s.frame_pixels,
            max_video_seconds=s.max_video_seconds, max_video_bytes=s.max_video_mb * 1024 * 1024,
            max_text_bytes=s.max_text_kb * 1000,
        )


@dataclass(frozen=True)
class PreparedVideo:
    name: str
    path: Path  # the uploaded file (the turn copies it into the store if it may be sent natively)
    mime: str
    byte_size: int
    sampled: object  # media.video.SampledVideo


Prepared = Union[PreparedImage, PreparedVideo, Document]


def _is_mpeg_ts(path: Path | None) -> bool:
    try:
        with open(path, "rb") as handle:  # type: ignore[arg-type]
            head = handle.read(377)
    except (OSError, TypeError):
        return False
    return len(head) > 188 and head[0] == head[188] == MPEG_TS_SYNC


def kind_of(name: str, path: Path | None = None) -> str:
    """By file name; `.ts` is both TypeScript and MPEG-TS video, so there the content decides."""
    suffix = Path(name).suffix.lower()
    if suffix in VIDEO_SUFFIXES or (suffix == ".ts" and _is_mpeg_ts(path)):
        return "video"
    if is_document(name):
        return "document"
    if suffix in IMAGE_SUFFIXES or not suffix:
        return "image"
    return "other"


def prepare(path: str | Path, name: str, limits: MediaLimits, progress: Progress | None = None) -> Prepared:
    path = Path(path)
    kind = kind_of(name, path)
    if kind == "image":
        return prepare_image(path, max_side=limits.max_image_side, max_pixels=limits.max_image_pixels, name=name)
    if kind == "document":
        return read_document(path, name=name, max_bytes=limits.max_text_bytes)
    if kind == "video":
        from kimi_ui.media.video import sample_video  # OpenCV loads on first use

        sampled = sample_video(
            path, frames=limits.video_frames, fps=limits.video_fps, max_frames=limits.max_frames,
            frame_pixels=limits.frame_pixels, max_seconds=limits.max_video_seconds,
            max_bytes=limits.max_video_bytes, progress=progress, name=name,
        )
        mime = mimetypes.guess_type(name)[0] or "video/mp4"
        return PreparedVideo(name, path, mime, path.stat().st_size, sampled)
    raise MediaError("other_kind", name=name)
