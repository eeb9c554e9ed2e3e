"""Content-addressed attachment files under the data folder: <root>/<sha[:2]>/<sha>.<ext>."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}


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
