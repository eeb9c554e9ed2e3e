"""Cross-site request refusal (CSRF), for every route: a pure ASGI middleware that looks at headers only,
so it runs before anything reads a body.

A request that can change something (any method but GET, HEAD and OPTIONS, and websocket handshakes) is
refused with 403 when a browser says it comes from another site:
- its Origin is one of settings.cors_origins: allowed (the operator asked for that site);
- else Sec-Fetch-Site (every current browser sends it): only "same-origin" and "none" (typed by the user);
- else Origin: it must name this server (the Host header; the scheme is not compared, because behind a
  TLS proxy the app sees http while the page is https); "null" (sandboxes, data: pages) is cross-site;
- neither header: not a browser's cross-site request (curl, gradio_client, scripts): allowed.
This covers login CSRF (another site signing the visitor in as the attacker), logout CSRF, and posts to
Gradio's routes (uploads, queue/join) from pages elsewhere.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from kimi_ui.config import Settings

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
TRUSTED_SITES = {"same-origin", "none"}
DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
REFUSAL = b'{"detail": "Cross-site request refused."}'


def normal_origin(origin: str) -> str | None:
    """"scheme://host[:port]" in lower case without a default port; None when it is not an origin."""
    try:
        parts = urlsplit(origin.strip())
        port = parts.port
    except ValueError:
        return None
    if not parts.scheme or not parts.hostname:
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    shown = "" if port is None or DEFAULT_PORTS.get(parts.scheme.lower()) == port else f":{port}"
    return f"{parts.scheme.lower()}://{host.lower()}{shown}"


def _authority(origin: str | None) -> str | None:
    return origin.split("://", 1)[1] if origin else None


def _headers(scope: dict[str, Any]) -> dict[bytes, str]:
    return {k.lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def cross_site(scope: dict[str, Any], allowed_origins: set[str]) -> bool:
    """True when a browser says this request comes from a page of another site."""
    headers = _headers(scope)
    origin = headers.get(b"origin")
    if origin is not None and normal_origin(origin) in allowed_origins:
        return False
    site = headers.get(b"sec-fetch-site")
    if site is not None:
        return site.strip().lower() not in TRUSTED_SITES
    if origin is None:
        return False
    if origin.strip().lower() == "null":
        return True
    scheme = "https" if scope.get("scheme") in ("https", "wss") else "http"
    own = normal_origin(f"{scheme}://{headers.get(b'host', '')}")
    theirs = normal_origin(origin)
    # host and port only (each without its scheme's default port): https://host behind a TLS proxy is "host"
    return own is None or theirs is None or _authority(theirs) != _authority(own)


class CsrfMiddleware:
    def __init__(self, app: Any, settings: Settings) -> None:
        self.app = app
        self.allowed = {o for o in (normal_origin(origin) for origin in settings.cors_origins) if o}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        unsafe = scope["type"] == "websocket" or (
            scope["type"] == "http" and scope.get("method", "GET").upper() not in SAFE_METHODS)
        if not unsafe or not cross_site(scope, self.allowed):
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})
        await send({"type": "http.response.start", "status": 403, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(REFUSAL)).encode()),
            (b"x-content-type-options", b"nosniff"), (b"cache-control", b"no-store")]})
        await send({"type": "http.response.body", "body": REFUSAL})
