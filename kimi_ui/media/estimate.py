"""Before sending: roughly how many tokens each attachment will cost, and why one would be refused, from
headers only (no full decoding: the turn does that once, when it is sent)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from kimi_ui.backends.wire import frame_tokens, image_tokens
from kimi_ui.events import spoken
from kimi_ui.media.documents import OFFICE_SUFFIXES, PDF_SUFFIX, read_document
from kimi_ui.media.images import SUPPORTED, MediaError, target_size
from kimi_ui.media.prepare import MediaLimits, kind_of


@dataclass(frozen=True)
class FileEstimate:
    """One attachment as the composer shows it before sending."""

    name: str
    kind: str  # "image", "video", "text", "PDF", "file"
    size: int  # bytes
    tokens: int = 0
    detail: str = ""  # "16 frames", "3 pages"
    count: int = 0  # what `detail` counts: a video's frames the model would see, a PDF's pages
    cut: bool = False  # a text file longer than what the model is sent of it
    problem: str = ""  # why the turn would refuse it, in English; empty when it looks fine
    problem_key: str = ""  # the same as a catalog key (media.chip.* or, from a MediaError, media.*)
    problem_params: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def label(self) -> str:
        return f"{self.kind} ({self.detail})" if self.detail else self.kind

    def problem_words(self, lang: str = "en") -> str:
        """`problem` in `lang` (without the file's name, which the chip shows already)."""
        if not self.problem_key:
            return self.problem
        said = spoken(self.problem_key, self.problem_params, lang)
        return said if self.problem_key.startswith("media.chip.") else said.removeprefix(self.name).lstrip(" :")


def _refused(name: str, kind: str, size: int, code: str, /, **params: Any) -> FileEstimate:
    """A file the turn would refuse, and why (media.chip.<code>)."""
    key = f"media.chip.{code}"
    return FileEstimate(name, kind, size, problem=spoken(key, params), problem_key=key, problem_params=params)


def _image(path: str, name: str, size: int, limits: MediaLimits) -> FileEstimate:
    try:
        with Image.open(path) as image:
            if image.format not in SUPPORTED:
                return _refused(name, "image", size, "image_format", format=str(image.format))
            if image.width * image.height > limits.max_image_pixels:
                return _refused(name, "image", size, "too_many_pixels", size=f"{image.width}x{image.height}",
                                megapixels=round(limits.max_image_pixels / 1e6))
            width, height = target_size(image.width, image.height, limits.max_image_side)
            image.verify()  # a PNG's chunks are checked without decoding; others at least parse their header
    except (UnidentifiedImageError, Image.DecompressionBombError):
        return _refused(name, "image", size, "not_image")
    except (OSError, SyntaxError, ValueError) as exc:
        return _refused(name, "image", size, "damaged", detail=str(exc))
    return FileEstimate(name, "image", size, image_tokens(width, height))


def _video(path: str, name: str, size: int, limits: MediaLimits) -> FileEstimate:
    from kimi_ui.media.video_file import probe_video  # OpenCV loads on first use

    if size > limits.max_video_bytes:
        return _refused(name, "video", size, "video_too_big", limit=limits.max_video_bytes // 2**20)
    info = probe_video(path, name=name)
    if info.count_reliable and info.duration > limits.max_video_seconds + 1:
        return _refused(name, "video", size, "too_long", duration={"seconds": info.duration},
                        limit={"seconds": limits.max_video_seconds})
    count = limits.video_frames
    if limits.video_fps:
        count = max(1, int(info.duration * limits.video_fps))
    count = min(count, limits.max_frames)
    side = int(limits.frame_pixels**0.5)
    return FileEstimate(name, "video", size, count * frame_tokens(side, side), f"{count} frames", count=count)


def _text(path: str, name: str, size: int, limits: MediaLimits) -> FileEstimate:
    if size == 0:
        return _refused(name, "text", size, "empty")
    with open(path, "rb") as handle:
        if b"\x00" in handle.read(8192):
            return _refused(name, "text", size, "binary")
    return FileEstimate(name, "text", size, min(size, limits.max_text_bytes) * 2 // 7,
                        cut=size > limits.max_text_bytes)


def _read(path: str, name: str, size: int, limits: MediaLimits) -> FileEstimate:
    """A PDF, Word, Excel or PowerPoint file: read as the turn reads it (in the sandbox's child, up to the
    limit); the detail is its pages, sheets or slides."""
    document = read_document(Path(path), name=name, max_bytes=limits.max_text_bytes)
    suffix = Path(name).suffix.lower()
    detail = document.note.split(",")[0] if document.note[:1].isdigit() else ""
    return FileEstimate(name, "PDF" if suffix == PDF_SUFFIX else OFFICE_SUFFIXES[suffix], size,
                        len(document.text) // 3, detail, count=int(detail.split()[0]) if detail else 0,
                        cut="truncated" in document.note)


@lru_cache(maxsize=256)
def _cached(path: str, name: str, size: int, mtime: float, limits: MediaLimits) -> FileEstimate:
    kind = kind_of(name, Path(path))
    suffix = Path(name).suffix.lower()
    document = _read if suffix in (PDF_SUFFIX, *OFFICE_SUFFIXES) else _text
    label = {"image": "image", "video": "video", "document": "PDF" if suffix == PDF_SUFFIX else
             OFFICE_SUFFIXES.get(suffix, "text")}.get(kind, "file")
    readers = {"image": _image, "video": _video, "document": document}
    if kind not in readers:
        return _refused(name, label, size, "other_kind")
    try:
        return readers[kind](path, name, size, limits)
    except MediaError as exc:  # its message starts with the name, which the chip shows already
        return FileEstimate(name, label, size, problem=str(exc).removeprefix(name).lstrip(" :"),
                            problem_key=f"media.{exc.code}", problem_params=exc.params)
    except Exception as exc:  # noqa: BLE001 - a damaged file of any kind: its chip says so, no traceback
        return _refused(name, label, size, "unreadable", kind=type(exc).__name__)


def file_estimate(path: str, name: str, limits: MediaLimits) -> FileEstimate:
    """One attachment: tokens, what it is, and why it would be refused (cached by path, size and mtime)."""
    stat = os.stat(path)
    return _cached(str(Path(path)), name, stat.st_size, stat.st_mtime, limits)


def estimate(files: tuple[tuple[str, str], ...], limits: MediaLimits) -> tuple[int, list[str]]:
    """All attachments: the tokens in all, and each one's kind ("video (16 frames)", "unreadable")."""
    each = [file_estimate(path, name, limits) for path, name in files]
    labels = [("unsupported" if item.kind == "file" else "unreadable") if item.problem else item.label
              for item in each]
    return sum(item.tokens for item in each), labels

