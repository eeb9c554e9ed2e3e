"""Uploads of one turn: prepared (images, sampled videos, documents), then stored content-addressed
under the data folder and recorded as attachments. Pure of gradio; files in, rows out."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from kimi_ui.backends.wire import frame_tokens, image_tokens
from kimi_ui.media.documents import EXTRACTED_MIME, Document
from kimi_ui.media.images import MediaError, PreparedImage
from kimi_ui.media.prepare import MediaLimits, Prepared, PreparedVideo, kind_of, prepare
from kimi_ui.storage.files import save_blob, save_file
from kimi_ui.storage.models import Attachment

NATIVE_VIDEO_STORE_LIMIT = 100 * 1024 * 1024  # keep the file itself when some backend may take it whole
Report = Callable[[str, int, int], None]


def needs_vision(files: tuple[tuple[str, str], ...]) -> list[str]:
    return [name for path, name in files if kind_of(name, Path(path)) in ("image", "video")]


def prepare_all(files: tuple[tuple[str, str], ...], limits: MediaLimits, report: Report) -> list[Prepared]:
    prepared = []
    for path, name in files:
        try:
            prepared.append(prepare(path, name, limits, lambda done, total, n=name: report(n, done, total)))
        except OSError as exc:
            raise MediaError("unreadable", name=name, detail=str(exc.strerror or exc)) from None
    return prepared


def upload_tokens(prepared: list[Prepared]) -> int:
    total = 0
    for item in prepared:
        if isinstance(item, PreparedImage):
            total += image_tokens(item.width, item.height)
        elif isinstance(item, PreparedVideo):
            total += sum(frame_tokens(f.width, f.height) for f in item.sampled.frames)
        elif isinstance(item, Document):
            total += len(item.text) // 3
    return total


def _image_row(owner_id: str, root: Path, item: PreparedImage, name: str, **extra) -> Attachment:
    sha256, _ = save_blob(root, item.data, item.mime)
    return Attachment(owner_id=owner_id, sha256=sha256, mime=item.mime, width=item.width, height=item.height,
                      name=name[:255], byte_size=len(item.data), **extra)


def _video_rows(owner_id: str, root: Path, video: PreparedVideo) -> list[Attachment]:
    from kimi_ui.media.video import label

    sha256 = ""
    if video.byte_size <= NATIVE_VIDEO_STORE_LIMIT:
        sha256, _ = save_file(root, video.path, video.mime)
    sampled = video.sampled
    rows = [Attachment(owner_id=owner_id, kind="video", sha256=sha256, mime=video.mime, width=sampled.width,
                       height=sampled.height, name=video.name[:255], byte_size=video.byte_size,
                       label=sampled.describe()[:500], timestamp=sampled.duration)]
    total = len(sampled.frames)
    for frame in sampled.frames:
        image = PreparedImage(frame.data, "image/jpeg", frame.width, frame.height)
        rows.append(_image_row(owner_id, root, image, f"{video.name} {frame.index}", kind="frame",
                               label=label(frame, total), timestamp=frame.timestamp))
    return rows


def _document_row(owner_id: str, root: Path, document: Document) -> Attachment:
    data = document.text.encode("utf-8")
    mime = EXTRACTED_MIME if document.extracted_by else "text/plain"
    sha256, _ = save_blob(root, data, mime)
    return Attachment(owner_id=owner_id, kind="document", sha256=sha256, mime=mime, name=document.name[:255],
                      byte_size=len(data), label=document.note[:500])


def store_all(owner_id: str, root: Path, prepared: list[Prepared], names: list[str]) -> list[Attachment]:
    rows: list[Attachment] = []
    for item, name in zip(prepared, names):
        if isinstance(item, PreparedVideo):
            rows += _video_rows(owner_id, root, item)
        elif isinstance(item, Document):
            rows.append(_document_row(owner_id, root, item))
        else:
            rows.append(_image_row(owner_id, root, item, name, label=item.note[:500]))
    return rows
