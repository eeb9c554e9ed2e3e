"""Moonshot's file-extract API (https://platform.moonshot.ai/docs/api/files): upload a document with purpose
"file-extract", read back the extracted text (`GET /v1/files/{id}/content`, a JSON string meant to be put in
a message as it is), then delete the file (an account holds at most 1,000; https://platform.moonshot.ai/docs/
api/files-delete). The text goes to the model as its own system message (the documented way,
https://platform.moonshot.ai/docs/guide/use-kimi-api-for-file-based-qa)."""

from __future__ import annotations

import contextlib
import logging
import re
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
MAX_BYTES = 100 * 1024 * 1024  # Moonshot's limit per file


def extracts_files(backend: Any) -> bool:
    return backend.kind.name == "moonshot"


def sent_name(name: str) -> str:
    """The file's name as Moonshot gets it: letters, digits, "._-" and spaces (what a browser sent may hold
    path separators, quotes, control characters), its suffix kept: the suffix tells the service the kind."""
    stem, suffix = Path(name.replace("\\", "/")).stem, Path(name).suffix.lower()
    kept = re.sub(r"[^\w. -]+", "_", stem).strip(" ._")[:100] or "document"
    return kept + re.sub(r"[^a-z0-9.]", "", suffix)


async def extract_file(backend: Any, path: Path, name: str, max_chars: int = 200_000) -> str:
    """The text Moonshot extracted from the file, read only up to what the model is sent of it; the uploaded
    copy is deleted whatever happens. Raises the SDK's errors (the caller falls back to reading the file
    itself)."""
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"{name} is larger than the 100 MB Moonshot's files API takes")
    with path.open("rb") as handle:
        created = await backend.client.files.create(file=(sent_name(name), handle), purpose="file-extract")
    try:
        kept, size = [], 0
        async with backend.client.files.with_streaming_response.content(created.id) as response:
            async for chunk in response.iter_bytes():
                kept.append(chunk)
                size += len(chunk)
                if size > 4 * max_chars + 1024:  # (UTF-8: at most 4 bytes a character; the JSON around it)
                    break
        return b"".join(kept).decode("utf-8", errors="ignore")
    finally:
        with contextlib.suppress(Exception):  # (a file left behind counts against the account's 1,000)
            await backend.client.files.delete(created.id)
