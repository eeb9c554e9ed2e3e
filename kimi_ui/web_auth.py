"""Who is calling, for every HTTP request: the app's own login (sessions in the database, a cookie),
an anonymous throw-away identity in --public-demo mode (a signed cookie), or the single local user when the
app runs on loopback without accounts. With accounts, a personal API key (`Authorization: Bearer kimi-…`,
kimi_ui/keys.py) acts as its owner on any route, and is the only way into the OpenAI-compatible /v1 routes
(kimi_ui/openai_api.py); a wrong or revoked key is a 401 at once. A pure ASGI middleware, so that Gradio's
event streams pass untouched. Before anything reads a body it is capped by route (413 from the declared
length, or as soon as it grows past the cap); requests to Gradio's API then pass kimi_ui.gradio_guard."""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import secrets
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import quote

from fastapi.responses import RedirectResponse, Response

from kimi_ui import auth, keys
from kimi_ui.auth import LOCAL_USER, RESERVED_PREFIX
from kimi_ui.config import Settings
from kimi_ui.links import safe_next
from kimi_ui.csrf import SAFE_METHODS
from kimi_ui.gradio_guard import (EVENT_ROUTES, GradioGuard, Refusal, buffered, parse_body, read_body, replay,
                                  route_allowed, uploaded_paths)
from kimi_ui.quotas import UploadQuota
from kimi_ui.sso import SignOn
from kimi_ui.storage.db import Database

SESSION_COOKIE = "kimi_session"
DEMO_COOKIE = "kimi_demo"
OPEN_PATHS = ("/healthz", "/auth/login", "/auth/logout", "/kimi-assets/", "/favicon.ico",
              "/share/")  # a share link asks for a login itself, unless public (kimi_ui/share_page.py)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"content-security-policy", b"frame-ancestors 'self'"),
    (b"referrer-policy", b"same-origin"),
]
MODE_CACHE_SECONDS = 5.0
API_PREFIX = "/v1"  # the OpenAI-compatible routes: personal API keys only, never a cookie
KEY_REFUSALS = {
    "demo": "A public demo takes no API keys.",
    "local": "API keys need accounts: add one with `python app.py users add NAME`, then make a key in Settings.",
    "missing": "This route needs a personal API key: send it as `Authorization: Bearer kimi-…`.",
    "invalid": "The API key is not valid: it is wrong, revoked, or its user is disabled.",
}


@dataclass(frozen=True)
class KeyOwner:
    """The user a personal API key belongs to, as read when the request came in."""

    id: str
    name: str
    groups: str = ""


@dataclass
class Gate:
    """Decides the mode and resolves identities; shared by the middleware and the login routes."""

    settings: Settings
    db: Database
    limiter: Any  # the login throttle (kimi_ui.auth)
    _mode: str = ""
    _secret: bytes = b""
    _mode_checked: float = 0.0
    _touched: dict[str, float] = field(default_factory=dict)  # token id -> when this process last touched it
    sso: SignOn | None = None  # the sign-on proxy's header (settings.trusted_user_header), if configured

    def __post_init__(self) -> None:
        if self.settings.trusted_user_header and self.sso is None:
            self.sso = SignOn(self.settings, self.db)

    def mode(self, *, refresh: bool = True) -> str:
        """"demo", "accounts" (login required) or "local" (one user, loopback only). May read the
        database: from async code, `await current_mode()`. refresh=False: the cached answer."""
        if self.settings.public_demo:
            return "demo"
        if self.settings.trusted_user_header:  # a sign-on proxy: accounts, even before anyone has a password
            return "accounts"
        if refresh and self._mode_due():
            with self.db.session(read_only=True) as session:
                self._mode = "accounts" if auth.accounts_exist(session) else "local"
            self._mode_checked = time.monotonic()
        return self._mode

    def _mode_due(self) -> bool:
        if self.settings.trusted_user_header:
            return False
        return self._mode != "accounts" and time.monotonic() - self._mode_checked > MODE_CACHE_SECONDS

    def _cached(self, cookies: dict[str, str]) -> bool:
        """Whether identifying these cookies needs nothing from the database (what it needs is cached)."""
        if self.settings.public_demo:
            return bool(self._secret)
        if self._mode_due():
            return False
        return self._mode == "local" or not cookies.get(SESSION_COOKIE)

    async def current_mode(self) -> str:
        if self.settings.public_demo or not self._mode_due():
            return self.mode(refresh=False)
        return await self.db.call(self.mode)

    async def identify(self, cookies: dict[str, str]) -> tuple[str | None, str | None]:
        """The caller, and for a demo visitor without a valid cookie a new identity's token. The
        database is read in its worker threads, and only when the answer is not cached: a login's
        session check on each request, the mode every few seconds, the demo secret once."""
        if self._cached(cookies):  # no refresh: the cache could lapse between the check and the use
            return self._identified(cookies, refresh=False)
        return await self.db.call(self._identified, cookies)

    def _identified(self, cookies: dict[str, str], refresh: bool = True) -> tuple[str | None, str | None]:
        user = self.user_for(cookies, refresh=refresh)
        if user is not None or self.mode(refresh=refresh) != "demo":
            return user, None
        token = self.new_demo_token()  # each browser gets its own throw-away identity; no row until a turn
        return self.demo_identity(token), token

    def user_for(self, cookies: dict[str, str], *, refresh: bool = True) -> str | None:
        """Blocking (may read the database): from async code, `await identify(cookies)`."""
        mode = self.mode(refresh=refresh)
        if mode == "local":
            return LOCAL_USER
        if mode == "demo":
            return self.demo_identity(cookies.get(DEMO_COOKIE) or "")
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

    async def by_key(self, secret: str | None) -> tuple[KeyOwner | None, str]:
        """The owner of a personal API key, or None and why not (a KEY_REFUSALS key). Read on every request:
        a revoked key, or a disabled user's, is refused from the next request on."""
        mode = await self.current_mode()
        if mode != "accounts":
            return None, mode
        if not secret:
            return None, "missing"
        owner = await self.db.call(self.key_owner, secret)
        return owner, "" if owner else "invalid"

    def key_owner(self, secret: str) -> KeyOwner | None:
        """Blocking: from async code, `await by_key(secret)`. Read without the write lock; once in a while
        (keys.TOUCH_EVERY), the key's last use is written."""
        with self.db.session(read_only=True) as session:
            user = keys.resolve_key(session, secret=secret, write=False)
        if user is not None and self._touch_due("key:" + secret, keys.TOUCH_EVERY.total_seconds()):
            with self.db.session() as session:
                user = keys.resolve_key(session, secret=secret)
        return KeyOwner(user.id, user.name, user.groups or "") if user is not None else None

    def demo_secret(self) -> bytes:
        if not self._secret:  # one per deployment, in the database: every process signs alike
            with self.db.session() as session:
                self._secret = auth.app_secret(session, "demo-cookie")
        return self._secret

    def demo_identity(self, token: str) -> str | None:
        """The visitor a demo cookie names, if this deployment signed it (a made-up or altered one is nobody)."""
        raw, _, signature = token.partition(".")
        if not raw or len(token) > 200 or not hmac.compare_digest(
                signature.encode("utf-8", "replace"), _sign(self.demo_secret(), raw).encode()):
            return None
        return demo_name(raw)

    def new_demo_token(self) -> str:
        raw = secrets.token_urlsafe(24)
        return f"{raw}.{_sign(self.demo_secret(), raw)}"

    def _touch_due(self, token: str, every: float = auth.TOUCH_EVERY.total_seconds()) -> bool:
        key = auth.token_id(token)
        now = time.monotonic()
        if now - self._touched.get(key, float("-inf")) < every:
            return False
        if len(self._touched) > 10_000:
            self._touched.clear()
        self._touched[key] = now
        return True


def _sign(secret: bytes, raw: str) -> str:
    digest = hmac.new(secret, raw.encode(), hashlib.sha256).digest()[:18]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


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


def _header(scope: dict[str, Any], name: bytes) -> str | None:
    return next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == name), None)


def host_name(host: str) -> str:
    """"[::1]:7860" -> "::1", "Example.com.:80" -> "example.com"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0].rstrip(".") if host.count(":") == 1 else host.rstrip(".")


def is_local_name(name: str, allowed: list[str]) -> bool:
    """localhost, a loopback IP literal, or a configured name: never `127.evil.example`, whose owner can point
    it anywhere (DNS rebinding)."""
    if name == "localhost" or name in {a.strip().lower().rstrip(".") for a in allowed}:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _is_https(scope: dict[str, Any], settings: Settings) -> bool:
    if settings.secure_cookies is not None:
        return settings.secure_cookies
    return scope.get("scheme") == "https"


def cookie_header(name: str, value: str, *, max_age: int, secure: bool, path: str) -> bytes:
    parts = [f"{name}={value}", f"Path={path}", f"Max-Age={max_age}", "HttpOnly", "SameSite=Lax"]
    if secure:
        parts.append("Secure")
    return "; ".join(parts).encode()


def content_length(scope: dict[str, Any]) -> int | None:
    value = _header(scope, b"content-length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _json(status: int, detail: str) -> Response:
    return Response(json.dumps({"detail": detail}), status_code=status, media_type="application/json")


def is_api_path(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


def api_error(status: int, message: str, kind: str, code: str | None,
              headers: dict[str, str] | None = None) -> Response:
    """An error of the OpenAI-compatible routes, in OpenAI's shape (kimi_ui/openai_api.py answers the same way)."""
    body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return Response(json.dumps(body), status_code=status, media_type="application/json", headers=headers)


def key_refusal(why: str, api: bool) -> Response:
    """401 for a request whose API key does not count: never the login page, whatever it accepts."""
    challenge = {"WWW-Authenticate": 'Bearer realm="kimi-ui"'}
    if api:
        return api_error(401, KEY_REFUSALS[why], "invalid_request_error", "invalid_api_key", challenge)
    return Response(json.dumps({"detail": KEY_REFUSALS[why]}), status_code=401, media_type="application/json",
                    headers=challenge)


class AuthMiddleware:
    def __init__(self, app: Any, gate: Gate, guard: GradioGuard, quota: UploadQuota) -> None:
        self.app = app
        self.gate = gate
        self.guard = guard
        self.quota = quota

    def body_cap(self, path: str) -> int | None:
        """Bytes a request body may have on this route (None: the upload route, which Gradio caps itself)."""
        if path.startswith("/gradio_api/upload"):
            return None
        if is_api_path(path):  # pictures come inside the JSON, as data URLs
            return self.gate.settings.max_api_request_mb * 1024 * 1024
        if path.startswith("/auth/"):
            return self.gate.settings.max_login_kb * 1024
        return self.gate.settings.max_request_kb * 1024

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        path = scope["path"][len(scope.get("root_path", "")):] if scope.get("root_path") else scope["path"]
        unsafe = scope["type"] == "http" and scope.get("method", "GET") not in SAFE_METHODS
        cap = self.body_cap(path) if unsafe else None
        api = is_api_path(path)
        if cap is not None and (content_length(scope) or 0) > cap:
            return await self._answer(scope, receive, send, 413, f"Request too large: at most {cap // 1024:,} KB here.",
                                      api)
        secret = keys.bearer(_header(scope, b"authorization"))
        if api or (secret and await self.gate.current_mode() != "local"):  # (local: one user, no keys to check)
            owner, why = await self.gate.by_key(secret)
            if owner is None:
                return await key_refusal(why, api)(scope, receive, self._sender(send, None))
            user, new_cookie = owner.name, None
            scope.setdefault("state", {})["key_owner"] = owner
        else:
            user, new_cookie = await self._identify(scope)
        scope.setdefault("state", {})["user"] = user
        sender = self._sender(send, new_cookie)
        if user == LOCAL_USER and not is_local_name(host_name(_header(scope, b"host") or ""),
                                                    self.gate.settings.allowed_hosts):
            # Without accounts the app trusts whoever reaches it on loopback; a page elsewhere could
            # re-point its own name to 127.0.0.1 (DNS rebinding), so only local host names are answered.
            response = Response("kimi-ui without accounts answers only to localhost.", status_code=421)
            return await response(scope, receive, sender)
        if user is None and not path.startswith(OPEN_PATHS) and scope["type"] == "http":
            return await self._refuse(scope, receive, send, path)
        try:
            if user is not None and scope["type"] == "http" and path.startswith("/gradio_api/"):
                receive, sender = await self._guarded(scope, receive, sender, user, path[len("/gradio_api/"):], cap)
            elif cap is not None:
                receive = replay(await read_body(receive, cap), receive)
        except Refusal as refusal:
            if api:
                return await self._answer(scope, receive, send, refusal.status, refusal.detail, api)
            return await _json(refusal.status, refusal.detail)(scope, receive, sender)
        await self.app(scope, receive, sender)

    async def _identify(self, scope: dict[str, Any]) -> tuple[str | None, bytes | None]:
        # -- single sign-on (kimi_ui/sso.py): a trusted proxy's header names the user; from anyone else the
        # header is ignored and the cookie below decides. A disabled user is refused (None), not let through.
        if self.gate.sso is not None:
            claim = self.gate.sso.claim(scope)
            if claim is not None:
                scope.setdefault("state", {})["signed_on"] = True
                return await self.gate.db.call(self.gate.sso.user_for, claim), None
        # -- end of single sign-on
        user, token = await self.gate.identify(_cookies(scope))
        if token is None:
            return user, None
        cookie = cookie_header(DEMO_COOKIE, token, max_age=int(self.gate.settings.demo_ttl_hours * 3600),
                               secure=_is_https(scope, self.gate.settings), path="/")
        return user, cookie

    async def _guarded(self, scope: dict[str, Any], receive: Any, sender: Any, user: str, sub: str,
                       cap: int | None) -> tuple[Any, Any]:
        method = scope.get("method", "GET")
        if not route_allowed(sub, method):
            raise Refusal(404, "Not Found")
        self.guard.check_names(scope, sub, user)
        if sub.startswith("file="):
            self.guard.check_file_route(sub, user)
        if method != "POST":
            return receive, sender
        if sub.rstrip("/") == "upload":
            return receive, await self._upload(scope, sender, user)
        body = await read_body(receive, cap or 0)
        self.guard.check_body(scope, parse_body(body, sub), user)
        if sub.startswith(EVENT_ROUTES):
            sender = buffered(sender, lambda answer: self.guard.record_events(answer, user))
        return replay(body, receive), sender

    async def _upload(self, scope: dict[str, Any], sender: Any, user: str) -> Any:
        declared = content_length(scope)
        if declared is None:
            raise Refusal(411, "Uploads need a Content-Length.")
        address = (scope.get("client") or ("?", 0))[0]
        why = await self.gate.db.call(self.quota.refusal, user, address, declared)
        if why:
            raise Refusal(429 if why.startswith("Too many") else 413, why)

        async def record(answer: bytes) -> tuple[int, bytes] | None:
            paths = uploaded_paths(answer)
            why = await self.gate.db.call(self.quota.more_files, user, address, len(paths))  # (counted in the database)
            if why:
                self.guard.drop_uploads(paths, user)
                return 429, json.dumps({"detail": why}).encode()
            for path, size in self.guard.record_uploads(paths, user):
                self.quota.by_address.record(address, path, size)
            return None

        return buffered(sender, record)

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

    async def _answer(self, scope: dict[str, Any], receive: Any, send: Any, status: int, detail: str,
                      api: bool = False) -> None:
        response = api_error(status, detail, "invalid_request_error", None) if api else _json(status, detail)
        await response(scope, receive, self._sender(send, None))

    async def _refuse(self, scope: dict[str, Any], receive: Any, send: Any, path: str) -> None:
        accepts_html = any(k == b"accept" and b"text/html" in v for k, v in scope.get("headers", []))
        root = self.gate.settings.root_path.rstrip("/")
        if scope.get("method") == "GET" and accepts_html:
            back, target = f"{root}{path}", f"{root}/auth/login"
            if path.startswith("/c/") and safe_next(back, root) == back:  # a conversation: back to it after login
                target += "?next=" + quote(back, safe="/")
            response: Response = RedirectResponse(target, status_code=303)
        else:
            response = Response('{"detail": "Not authenticated"}', status_code=401, media_type="application/json")
        await response(scope, receive, self._sender(send, None))
