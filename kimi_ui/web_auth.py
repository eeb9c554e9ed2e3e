"""Who is calling, for every HTTP request: the app's own login (sessions in the database, a cookie),
an anonymous throw-away identity in --public-demo mode, or the single local user when the app runs on
loopback without accounts. A pure ASGI middleware, so that Gradio's event streams pass untouched."""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl

from fastapi.responses import RedirectResponse, Response

from kimi_ui import auth
from kimi_ui.auth import LOCAL_USER, RESERVED_PREFIX
from kimi_ui.config import Settings
from kimi_ui.storage.db import Database

SESSION_COOKIE = "kimi_session"
DEMO_COOKIE = "kimi_demo"
OPEN_PATHS = ("/healthz", "/auth/login", "/auth/logout", "/kimi-assets/", "/favicon.ico")
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"content-security-policy", b"frame-ancestors 'self'"),
    (b"referrer-policy", b"same-origin"),
]
MODE_CACHE_SECONDS = 5.0


@dataclass
class Gate:
    """Decides the mode and resolves identities; shared by the middleware and the login routes."""

    settings: Settings
    db: Database
    limiter: auth.LoginLimiter
    _mode: str = ""
    _mode_checked: float = 0.0
    _touched: dict[str, float] = field(default_factory=dict)  # token id -> when this process last touched it

    def mode(self) -> str:
        """"demo", "accounts" (login required) or "local" (one user, loopback only)."""
        if self.settings.public_demo:
            return "demo"
        if self._mode != "accounts" and time.monotonic() - self._mode_checked > MODE_CACHE_SECONDS:
            with self.db.session(read_only=True) as session:
                self._mode = "accounts" if auth.accounts_exist(session) else "local"
            self._mode_checked = time.monotonic()
        return self._mode

    def user_for(self, cookies: dict[str, str]) -> str | None:
        mode = self.mode()
        if mode == "local":
            return LOCAL_USER
        if mode == "demo":
            token = cookies.get(DEMO_COOKIE)
            return demo_name(token) if token else None
        token = cookies.get(SESSION_COOKIE)
        if not token:
            return None
        # Every request asks: read without the write lock; once in a while, note that the login is in use.
        with self.db.session(read_only=True) as session:
            user = auth.resolve_session(session, token=token, write=False)
        if user is not None and self._touch_due(token):
            with self.db.session() as session:
                user = auth.resolve_session(session, token=token)
        return user.name if user else None

    def _touch_due(self, token: str) -> bool:
        key = auth.token_id(token)
        now = time.monotonic()
        if now - self._touched.get(key, float("-inf")) < auth.TOUCH_EVERY.total_seconds():
            return False
        if len(self._touched) > 10_000:
            self._touched.clear()
        self._touched[key] = now
        return True


def demo_name(token: str) -> str:
    return RESERVED_PREFIX + hashlib.sha256(token.encode()).hexdigest()[:16]


def _cookies(scope: dict[str, Any]) -> dict[str, str]:
    raw = b"; ".join(v for k, v in scope.get("headers", []) if k == b"cookie").decode("latin-1")
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # noqa: BLE001 - a malformed cookie header is an anonymous request
        return {}
    return {k: m.value for k, m in jar.items()}


LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


def _local_host(scope: dict[str, Any]) -> bool:
    host = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), "")
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return name.lower() in LOCAL_HOSTS or name.startswith("127.")


def _is_https(scope: dict[str, Any], settings: Settings) -> bool:
    if settings.secure_cookies is not None:
        return settings.secure_cookies
    return scope.get("scheme") == "https"


def cookie_header(name: str, value: str, *, max_age: int, secure: bool, path: str) -> bytes:
    parts = [f"{name}={value}", f"Path={path}", f"Max-Age={max_age}", "HttpOnly", "SameSite=Lax"]
    if secure:
        parts.append("Secure")
    return "; ".join(parts).encode()


class SessionOwners:
    """Gradio's session_hash (one per browser tab, made by the page) names the queue a tab reads its
    results from, and Gradio does not tie it to a login: whoever knew another user's hash could read that
    tab's stream. The first user to use a hash owns it in this process; anyone else is refused."""

    LIMIT = 100_000

    def __init__(self) -> None:
        self._owner: dict[str, str] = {}

    def allows(self, session_hash: str, user: str) -> bool:
        owner = self._owner.get(session_hash)
        if owner is None:
            if len(self._owner) >= self.LIMIT:
                self._owner.pop(next(iter(self._owner)))  # the oldest tab goes first
            self._owner[session_hash] = user
            return True
        return owner == user


def _hashes_in(scope: dict[str, Any], path: str, body: bytes) -> list[str]:
    """Every session_hash a Gradio API request names: in the query, the heartbeat path, a JSON body."""
    found = [v for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1")) if k == "session_hash"]
    if "/heartbeat/" in path:
        found.append(path.rsplit("/heartbeat/", 1)[1].split("/")[0])
    if body:
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if isinstance(data, dict) and data.get("session_hash") is not None:
            found.append(str(data["session_hash"]))
    return found


MAX_JSON_BODY = 64 * 1024 * 1024  # a request body kept in memory to read its session_hash


class BodyTooLarge(Exception):
    pass


class AuthMiddleware:
    def __init__(self, app: Any, gate: Gate) -> None:
        self.app = app
        self.gate = gate
        self.sessions = SessionOwners()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        path = scope["path"][len(scope.get("root_path", "")):] if scope.get("root_path") else scope["path"]
        cookies = _cookies(scope)
        new_cookie = None
        user = self.gate.user_for(cookies)
        if user is None and self.gate.mode() == "demo":
            token = secrets.token_urlsafe(24)  # each browser gets its own throw-away identity
            user = demo_name(token)
            new_cookie = cookie_header(DEMO_COOKIE, token, max_age=int(self.gate.settings.demo_ttl_hours * 3600),
                                       secure=_is_https(scope, self.gate.settings), path="/")
        scope.setdefault("state", {})["user"] = user
        if user == LOCAL_USER and not _local_host(scope):
            # Without accounts the app trusts whoever reaches it on loopback; a page elsewhere could
            # re-point its own name to 127.0.0.1 (DNS rebinding), so only local host names are answered.
            response = Response("kimi-ui without accounts answers only to localhost.", status_code=421)
            return await response(scope, receive, self._sender(send, None))
        if user is None and not path.startswith(OPEN_PATHS) and scope["type"] == "http":
            return await self._refuse(scope, receive, send, path)
        if user is not None and scope["type"] == "http" and path.startswith("/gradio_api/"):
            try:
                receive, body = await self._read_json_body(scope, receive)
            except BodyTooLarge:
                response = Response('{"detail": "Request too large."}', status_code=413, media_type="application/json")
                return await response(scope, receive, self._sender(send, None))
            if not all(self.sessions.allows(h, user) for h in _hashes_in(scope, path, body)):
                response = Response('{"detail": "This session belongs to someone else."}', status_code=403,
                                    media_type="application/json")
                return await response(scope, receive, self._sender(send, None))
        await self.app(scope, receive, self._sender(send, new_cookie))

    @staticmethod
    async def _read_json_body(scope: dict[str, Any], receive: Any) -> tuple[Any, bytes]:
        """A JSON request's body, read here and handed on unchanged (uploads and others pass untouched)."""
        json_body = any(k == b"content-type" and v.startswith(b"application/json") for k, v in scope.get("headers", []))
        if scope.get("method") != "POST" or not json_body:
            return receive, b""
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return receive, b""
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > MAX_JSON_BODY:
                raise BodyTooLarge
        body = b"".join(chunks)
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay, body

    def _sender(self, send: Any, new_cookie: bytes | None):
        async def wrapped(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                if any(k == b"content-type" and v.startswith(b"text/html") for k, v in headers):
                    headers.append((b"cache-control", b"no-store"))  # after logout, Back shows no chat
                if new_cookie:
                    headers.append((b"set-cookie", new_cookie))
                message = {**message, "headers": headers}
            await send(message)

        return wrapped

    async def _refuse(self, scope: dict[str, Any], receive: Any, send: Any, path: str) -> None:
        accepts_html = any(k == b"accept" and b"text/html" in v for k, v in scope.get("headers", []))
        root = self.gate.settings.root_path.rstrip("/")
        if scope.get("method") == "GET" and accepts_html:
            response: Response = RedirectResponse(f"{root}/auth/login", status_code=303)
        else:
            response = Response('{"detail": "Not authenticated"}', status_code=401, media_type="application/json")
        await response(scope, receive, self._sender(send, None))
