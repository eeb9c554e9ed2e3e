"""Moonshot's file-extract API (https://platform.moonshot.ai/docs/api/files): upload a document with purpose
"file-extract", read back the extracted text (`GET /v1/files/{id}/content`, a JSON string meant to be put in
a message as it is), then delete the file (an account holds at most 1,000; https://platform.moonshot.ai/docs/
api/files-delete). The text goes to the model as its own system message (the documented way,
https://platform.moonshot.ai/docs/guide/use-kimi-api-for-file-based-qa)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
MAX_BYTES = 100 * 1024 * 1024  # Moonshot's limit per file


def extracts_files(backend: Any) -> bool:
    return backend.kind.name == "moonshot"


async def extract_file(backend: Any, path: Path, name: str) -> str:
    """The text Moonshot extracted from the file; the uploaded copy is deleted whatever happens. Raises
    the SDK's errors (the caller falls back to reading the file itself)."""
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"{name} is larger than the 100 MB Moonshot's files API takes")
    with path.open("rb") as handle:
        created = await backend.client.files.create(file=(Path(name).name, handle), purpose="file-extract")
    try:
        content = await backend.client.files.content(created.id)
        return content.text
    finally:
        with contextlib.suppress(Exception):  # (a file left behind counts against the account's 1,000)
            await backend.client.files.delete(created.id)
