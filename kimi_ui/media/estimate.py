"""Before sending: roughly how many tokens the attachments will cost, from headers only (no decoding)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from PIL import Image

from kimi_ui.backends.wire import frame_tokens, image_tokens
from kimi_ui.media.images import target_size
from kimi_ui.media.prepare import MediaLimits, kind_of


@lru_cache(maxsize=256)
def _file_tokens(path: str, name: str, size: int, mtime: float, limits: MediaLimits) -> tuple[int, str]:
    kind = kind_of(name, Path(path))
    try:
        if kind == "image":
            with Image.open(path) as image:
                width, height = target_size(image.width, image.height, limits.max_image_side)
            return image_tokens(width, height), "image"
        if kind == "video":
            from kimi_ui.media.video import probe_video

            info = probe_video(path)
            count = limits.video_frames
            if limits.video_fps:
                count = max(1, int(info.duration * limits.video_fps))
            count = min(count, limits.max_frames)
            side = int(limits.frame_pixels**0.5)
            return count * frame_tokens(side, side), f"video ({count} frames)"
        if kind == "document":
            return min(size, limits.max_text_bytes) * 2 // 7, "text"
    except Exception:  # noqa: BLE001 - a bad file is reported when the turn starts, with its reason
        return 0, "unreadable"
    return 0, "unsupported"


def estimate(files: tuple[tuple[str, str], ...], limits: MediaLimits) -> tuple[int, list[str]]:
    total, kinds = 0, []
    for path, name in files:
        stat = os.stat(path)
        tokens, kind = _file_tokens(str(Path(path)), name, stat.st_size, stat.st_mtime, limits)
        total += tokens
        kinds.append(kind)
    return total, kinds


def cut_documents(files: tuple[tuple[str, str], ...], limits: MediaLimits) -> list[str]:
    """The text files (not PDFs) longer than what the model is sent of each: said before sending."""
    return [name for path, name in files
            if kind_of(name, Path(path)) == "document" and not name.lower().endswith(".pdf")
            and os.stat(path).st_size > limits.max_text_bytes]
