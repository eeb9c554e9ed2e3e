"""The Gradio API surface, checked before Gradio sees a request (web_auth.AuthMiddleware calls in).

Gradio lets any caller name any session, event or file, and skips its own path check when the app is
mounted rather than launched. So, for every request under /gradio_api/:
- only the routes the page and the script API use are served;
- a session_hash, upload id or event id belongs to the user it was first used by or issued to;
- every file reference in a request body must be a file this user uploaded through /gradio_api/upload
  (exactly the path that route returned), whatever else Gradio would accept: server paths, relative
  paths, copies in the upload folder, URLs;
- bodies are JSON of the shape Gradio expects, or a clear 400;
- /gradio_api/file= serves only the caller's own uploads out of the upload folder, and never fetches URLs.
Pure ASGI and JSON; no gradio import (the upload folder's path is handed in).
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from kimi_ui.owners import OwnerTable, TableFull, Uploads, file_size

log = logging.getLogger(__name__)
Scope = dict[str, Any]
Send = Callable[[dict[str, Any]], Awaitable[None]]

# What the page and gradio_client use; anything else under /gradio_api/ answers 404 (proxy=, stream/,
# component_server, process_recording, deep_link, vibe-edit, run-history, monitoring, mcp, ...).
# custom_component/: the conversation view's built files (kimi_ui/ui/chat_view), which Gradio serves only from
# a component's own templates folder.
GET_ROUTES = ("info", "queue/data", "queue/status", "heartbeat/", "upload_progress", "file=", "call/",
              "startup-events", "app_id", "login_check", "user", "custom_component/")
POST_ROUTES = ("queue/join", "upload", "call/", "run/", "api/", "cancel", "reset")
EVENT_ROUTES = ("queue/join", "call/")  # their answer is {"event_id": ...}: recorded for the caller
CALL_RESULT = re.compile(r"^call/(?:v2/)?[^/]+/([^/]+)/?$")  # GET call/<api>/<event_id>


class Refusal(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def route_allowed(sub: str, method: str) -> bool:
    routes = GET_ROUTES if method in ("GET", "HEAD") else POST_ROUTES if method == "POST" else ()
    return any(sub == r or sub.startswith(r) if r.endswith(("/", "=")) else sub in (r, r + "/") for r in routes)


def file_references(value: Any) -> Iterator[Any]:
    """The `path` of every dict in a JSON value (Gradio treats any dict with a path as a file), walked
    without recursion so that deep nesting cannot blow the stack."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "path" in item:
                yield item["path"]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _query(scope: Scope) -> list[tuple[str, str]]:
    return parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)


def parse_body(body: bytes, sub: str) -> dict[str, Any]:
    """The JSON body of a Gradio API call, whatever Content-Type it claims, with the shape Gradio needs."""
    if not body.strip():
        if sub.startswith(("cancel", "reset", "queue/join", "call/", "run/", "api/")):
            raise Refusal(400, "The request needs a JSON body.")
        return {}
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise Refusal(400, "The request body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise Refusal(400, 'The request body must be a JSON object such as {"data": [...]}.')
    needs_data = sub.startswith(("queue/join", "call/", "run/", "api/"))
    if needs_data and not isinstance(data.get("data"), list):
        raise Refusal(400, 'The request body needs "data": a list with one value per input.')
    for key in ("session_hash", "event_id"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise Refusal(400, f'"{key}" must be a string.')
    return data


MAX_NAMES = 2  # session hashes and upload ids one request may name: a tab names one


@dataclass
class GradioGuard:
    upload_root: Path
    sessions: OwnerTable
    events: OwnerTable
    uploads: Uploads
    by_address: bool = False  # public demo: new names count against the client's address, not the visitor

    def claim(self, scope: Scope, key: str, user: str, what: str) -> None:
        address = (scope.get("client") or ("?", 0))[0]
        try:
            if not self.sessions.claim(f"{what}:{key}", user, f"ip:{address}" if self.by_address else None):
                raise Refusal(403, "This session belongs to someone else.")
        except TableFull:
            raise Refusal(503, "The server has too many open sessions; try again later.") from None

    def check_names(self, scope: Scope, sub: str, user: str) -> None:
        """Session hashes and upload ids in the query or the path; event ids of /call results."""
        names = [(k, v) for k, v in _query(scope) if k in ("session_hash", "upload_id")]
        if len(names) > MAX_NAMES:
            raise Refusal(400, "One session_hash per request.")
        for key, value in names:
            self.claim(scope, value, user, key)
        if sub.startswith("heartbeat/"):
            self.claim(scope, sub.split("/")[1], user, "session_hash")
        found = CALL_RESULT.match(sub)
        if found and scope.get("method") in ("GET", "HEAD") and self.events.owner(found.group(1)) != user:
            raise Refusal(404, "No such event.")  # another's, expired or made up: all look the same

    def check_body(self, scope: Scope, data: dict[str, Any], user: str) -> None:
        if data.get("session_hash") is not None:
            self.claim(scope, data["session_hash"], user, "session_hash")
        if data.get("event_id") is not None and self.events.owner(data["event_id"]) not in (user, None):
            raise Refusal(403, "This event belongs to someone else.")
        for path in file_references(data):
            if not isinstance(path, str) or not self.uploads.owns(user, path):
                log.warning("refused a file reference that %s did not upload: %.200r", user, path)
                raise Refusal(403, "Files must be uploaded first (through /gradio_api/upload, as gradio_client's "
                                   "handle_file does); server paths and URLs are refused.")

    def check_file_route(self, sub: str, user: str) -> None:
        """GET /gradio_api/file=<path>: never a URL; inside the upload folder only the caller's own uploads."""
        target = unquote(sub[len("file="):])
        if "://" in target or target.startswith("//"):
            raise Refusal(403, "kimi-ui does not fetch URLs for the page.")
        # Resolved as Gradio will serve it: /proc/self/root/tmp/gradio/... is the upload folder too.
        resolved = Path(os.path.realpath(target))
        if resolved.is_relative_to(self.upload_root) and not self.uploads.owns(user, target):
            raise Refusal(404, "Not found.")

    def record_events(self, response: bytes, user: str) -> None:
        try:
            event_id = json.loads(response).get("event_id")
        except (ValueError, AttributeError):
            return None
        if isinstance(event_id, str):
            try:
                self.events.claim(event_id, user)
            except TableFull:
                log.warning("event table full: %s's event %s is not recorded", user, event_id)
        return None

    def record_uploads(self, paths: list[str], user: str) -> list[tuple[str, int]]:
        """The paths the upload route answered with, recorded as the user's (with their sizes)."""
        recorded = [(p, file_size(p)) for p in paths]
        for path, size in recorded:
            self.uploads.record(user, path, size)
        return recorded

    def drop_uploads(self, paths: list[str], user: str) -> None:
        """Files just written for a refused upload: deleted unless someone else holds the same bytes."""
        for path in paths:
            if self.uploads.release(user, path):
                Path(path).unlink(missing_ok=True)


def uploaded_paths(response: bytes) -> list[str]:
    try:
        paths = json.loads(response)
    except ValueError:
        return []
    return [p for p in paths if isinstance(p, str)] if isinstance(paths, list) else []


def buffered(send: Send, on_body: Callable[[bytes], Any]) -> Send:
    """A sender that holds a (small) response until it is complete, hands the body to `on_body` (a function
    or a coroutine function), then sends it: what the response names is recorded before the client can use
    it. `on_body` may answer a (status, JSON body) to send instead."""
    start: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
            return
        if message["type"] != "http.response.body":
            await send(message)
            return
        chunks.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        body = b"".join(chunks)
        replaced = on_body(body) if 200 <= start.get("status", 500) < 300 else None
        if inspect.isawaitable(replaced):
            replaced = await replaced
        if replaced is not None:
            status, body = replaced
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"content-length", b"content-type")]
            headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            start.update(status=status, headers=headers)
        await send(start)
        await send({"type": "http.response.body", "body": body, "more_body": False})

    return wrapped


async def read_body(receive: Callable[[], Awaitable[dict[str, Any]]], cap: int) -> bytes:
    """The whole request body, or a 413 as soon as it grows past `cap` bytes (nothing more is read)."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            raise Refusal(400, "The client went away.")
        chunks.append(message.get("body", b""))
        size += len(chunks[-1])
        if size > cap:
            raise Refusal(413, f"Request too large: at most {cap // 1024:,} KB here.")
        more = message.get("more_body", False)
    return b"".join(chunks)


def replay(body: bytes, receive: Callable[[], Awaitable[dict[str, Any]]]):
    """A receive callable that hands on a body already read, then whatever comes next (a disconnect)."""
    sent = False

    async def again() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again
