"""The simulator's Moonshot extras: the builtin `$web_search` and the file-extract API, shaped as Moonshot's
platform documents them (the real API cannot be reached from the tests; see docs/moonshot.md for sources).

- `$web_search` (platform.moonshot.ai/docs/guide/use-web-search): declared as a `builtin_function` tool; the
  first reply is a tool call (finish_reason "tool_calls") whose arguments hold `search_result.search_id` and
  `usage.total_tokens`; once the client sends those arguments back in a tool message, the answer comes, and the
  search's tokens count in its prompt. kimi-k2.5's thinking mode cannot use it (K2.5 quickstart: "temporarily
  incompatible"): the simulator refuses that request with a 400, which is our assumption of how it fails.
- Files (platform.moonshot.ai/docs/api/files): `POST /v1/files` (multipart `file`, `purpose=file-extract`,
  at most 100 MB, at most 1,000 files), `GET /v1/files/{id}/content` (the extracted text as a JSON string with
  `content`, `file_type`, `filename`, `title`, `type`), `DELETE /v1/files/{id}` (`{"id", "object": "file",
  "deleted": true}`; 404 once gone).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kimi_ui.tools.registry import WEB_SEARCH

SEARCH_TOKENS = 1_800  # what one simulated search adds to the next prompt (a real one: thousands)
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_FILES = 1000
ASKS_TO_SEARCH = re.compile(r"#sim\s+search|\b(search|look up|latest|news|suche|aktuell)\b", re.IGNORECASE)
SOURCES = (("Kimi K2.5 model card (simulated source)", "https://example.com/sim/kimi-k2-5"),
           ("Moonshot platform news (simulated source)", "https://example.org/sim/moonshot-news"))


def offers_search(body: dict) -> bool:
    return any(isinstance(t, dict) and t.get("type") == "builtin_function"
               and (t.get("function") or {}).get("name") == WEB_SEARCH for t in body.get("tools") or [])


def thinking_refusal(body: dict, thinking: bool) -> tuple[int, str, str] | None:
    if thinking and offers_search(body):
        return 400, ("the builtin $web_search tool is not compatible with thinking mode; disable thinking to use "
                     "it (simulated)"), "invalid_request_error"
    return None


def _searched(messages: list[dict]) -> list[dict]:
    """The $web_search results sent back after the last user message."""
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    return [m for m in messages[last_user + 1:] if m.get("role") == "tool" and m.get("name") == WEB_SEARCH]


def search_call(body: dict, messages: list[dict], user_text: str) -> tuple[str, str, str] | None:
    """(id, name, arguments) of the search to make now: the request offers it, the question asks for something
    to look up, and nothing was searched for it yet."""
    if not offers_search(body) or not ASKS_TO_SEARCH.search(user_text) or _searched(messages):
        return None
    search_id = hashlib.sha256(user_text.encode()).hexdigest()[:32]
    arguments = json.dumps({"search_result": {"search_id": search_id}, "usage": {"total_tokens": SEARCH_TOKENS}},
                           separators=(",", ":"))
    return f"t-web_search-{uuid.uuid4().hex[:12]}", WEB_SEARCH, arguments


def search_tokens(messages: list[dict]) -> int:
    """The tokens the searches sent back add to the prompt (their `usage.total_tokens`)."""
    total = 0
    for message in _searched(messages):
        try:
            total += int(json.loads(message.get("content") or "{}")["usage"]["total_tokens"])
        except (ValueError, KeyError, TypeError):
            continue
    return total


def cited_answer(messages: list[dict], user_text: str) -> str | None:
    """After a search: an answer citing two sources as Markdown links (the model writes them; the API has no
    citation field)."""
    if not _searched(messages):
        return None
    (first, first_url), (second, second_url) = SOURCES
    return (f"Simulated answer (moonshot, no model) after a web search for: {user_text}\n\n"
            f"Kimi K2.5 is a mixture-of-experts model with 32B active parameters [{first}]({first_url}). "
            f"It reads text, images and video [{second}]({second_url}).")


# ---------------------------------------------------------------- the files API


@dataclass
class ExtractedFile:
    id: str
    filename: str
    size: int
    created_at: int
    text: str


@dataclass
class FileStore:
    files: dict[str, ExtractedFile] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)


def _error(status: int, message: str, kind: str = "invalid_request_error") -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind}}, status_code=status)


def _extract(name: str, data: bytes) -> str:
    """What the simulated extraction reads: text files as they are, the text layer of a PDF and the words of
    Office files through kimi-ui's own readers (a stand-in for Moonshot's service), prefixed so tests see
    that this text came from the files API."""
    import tempfile
    from pathlib import Path

    from kimi_ui.media.documents import read_document

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(data)
        text = read_document(path, name=name, max_bytes=10_000_000).text
    return f"[extracted by the simulated Moonshot files API]\n{text}"


async def upload_file(request: Request) -> Response:
    store: FileStore = request.app.state.files
    form = await request.form(max_part_size=MAX_FILE_BYTES + 1)
    upload, purpose = form.get("file"), form.get("purpose")
    if purpose != "file-extract":
        return _error(400, "Invalid purpose: only 'file-extract' accepted")
    if upload is None or isinstance(upload, str):
        return _error(400, "file: field required")
    data = await upload.read()
    if not data:
        return _error(400, "File size is zero, please confirm and re-upload the file")
    if len(data) > MAX_FILE_BYTES:
        return _error(400, "File size is too large, max file size is 100MB, please confirm and re-upload the file")
    if len(store.files) >= MAX_FILES:
        return _error(400, f"The number of files you have uploaded exceeded the max file count {MAX_FILES}, "
                           "please delete previous uploaded files")
    name = upload.filename or "upload"
    try:
        text = _extract(name, data)
    except Exception as exc:  # noqa: BLE001 - any reader failure is the service's extraction error
        return _error(500, f"Failed to extract file: {type(exc).__name__}", "server_error")
    item = ExtractedFile(f"cn{uuid.uuid4().hex[:18]}", name, len(data), int(time.time()), text)
    store.files[item.id] = item
    return JSONResponse({"id": item.id, "object": "file", "bytes": item.size, "created_at": item.created_at,
                         "filename": name, "purpose": "file-extract", "status": "ok", "status_details": ""})


async def file_content(request: Request) -> Response:
    item = request.app.state.files.files.get(request.path_params["file_id"])
    if item is None:
        return _error(404, "File not found", "resource_not_found_error")
    body = {"content": item.text, "file_type": "application/octet-stream", "filename": item.filename,
            "title": "", "type": "file"}
    return Response(json.dumps(body, ensure_ascii=False), media_type="text/plain; charset=utf-8")


async def delete_file(request: Request) -> Response:
    store: FileStore = request.app.state.files
    file_id = request.path_params["file_id"]
    if store.files.pop(file_id, None) is None:
        return _error(404, "File not found", "resource_not_found_error")
    store.deleted.append(file_id)
    return JSONResponse({"id": file_id, "object": "file", "deleted": True})


async def list_files(request: Request) -> Response:
    """What the simulated account holds (and, for the tests, what was deleted)."""
    store: FileStore = request.app.state.files
    data = [{"id": f.id, "object": "file", "bytes": f.size, "filename": f.filename, "purpose": "file-extract"}
            for f in store.files.values()]
    return JSONResponse({"object": "list", "data": data, "deleted": list(store.deleted)})


def file_routes() -> list[Any]:
    from starlette.routing import Route

    return [Route("/moonshot/v1/files", upload_file, methods=["POST"]),
            Route("/moonshot/v1/files", list_files, methods=["GET"]),
            Route("/moonshot/v1/files/{file_id}/content", file_content, methods=["GET"]),
            Route("/moonshot/v1/files/{file_id}", delete_file, methods=["DELETE"])]
