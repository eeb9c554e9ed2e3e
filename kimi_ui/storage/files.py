"""Content-addressed attachment files under the data folder: <root>/<sha[:2]>/<sha>.<ext>."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

EXTENSIONS = {
    "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "text/plain": "txt",
    "video/mp4": "mp4", "video/webm": "webm", "video/quicktime": "mov", "video/x-msvideo": "avi",
    "video/x-matroska": "mkv",
}
CHUNK = 1024 * 1024


def blob_path(root: Path, sha256: str, mime: str) -> Path:
    return root / sha256[:2] / f"{sha256}.{EXTENSIONS.get(mime, 'bin')}"


def save_blob(root: Path, data: bytes, mime: str) -> tuple[str, Path]:
    sha256 = hashlib.sha256(data).hexdigest()
    path = blob_path(root, sha256, mime)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)  # atomic: a reader never sees half a file
    return sha256, path


def save_file(root: Path, source: Path, mime: str) -> tuple[str, Path]:
    """Copy a (possibly large) file into the store, hashing as it streams."""
    digest = hashlib.sha256()
    root.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=root, suffix=".tmp")
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
    path = blob_path(root, digest.hexdigest(), mime)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        os.unlink(tmp)
    else:
        os.replace(tmp, path)
    return digest.hexdigest(), path


def remove_blobs(root: Path, shas: list[str]) -> None:
    """Delete stored files that no attachment refers to any more (whatever their extension)."""
    for sha256 in shas:
        for path in (root / sha256[:2]).glob(f"{sha256}.*"):
            path.unlink(missing_ok=True)
