"""X-Forwarded-* headers, believed only from the reverse proxies the operator named (KIMI_UI_TRUSTED_PROXIES).

Anyone can send X-Forwarded-For: believed from any peer, it would let a client pick the address that login
throttling and demo quotas count against. From a trusted proxy the client address is the rightmost address
in X-Forwarded-For that is not itself a trusted proxy, and the scheme is X-Forwarded-Proto. From anyone
else the forwarding headers are removed before the app (and Gradio, which builds URLs from them) sees
them, and a warning is logged once.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Any

log = logging.getLogger(__name__)
FORWARDING = (b"x-forwarded-for", b"x-forwarded-proto", b"x-forwarded-host", b"x-forwarded-port",
              b"x-forwarded-prefix", b"forwarded", b"x-real-ip")
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(entries: list[str]) -> list[Network]:
    """"127.0.0.1", "10.0.0.0/8", "::1": addresses and networks; a bad entry is a configuration error."""
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            raise ValueError(f"trusted_proxies: {entry!r} is not an IP address or network (e.g. 127.0.0.1, "
                             "10.0.0.0/8)") from None
    return networks


PEER = "kimi.peer"  # scope key: the TCP peer's address, kept before a trusted proxy's X-Forwarded-For replaces it


def peer_of(scope: dict[str, Any]) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address that opened the connection (the proxy, not the client it names): what the sign-on
    header's trust is decided on (kimi_ui/sso.py)."""
    return _address(scope.get(PEER) or (scope.get("client") or ("",))[0] or "")


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip().strip('"')
    if text.startswith("[") and "]" in text:
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # 1.2.3.4:5678
        text = text.split(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


class ForwardedHeaders:
    def __init__(self, app: Any, trusted: list[str]) -> None:
        self.app = app
        self.trusted = parse_networks(trusted)
        self._warned = False

    def is_trusted(self, host: str | None) -> bool:
        address = _address(host or "")
        return address is not None and any(address in network for network in self.trusted)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] in ("http", "websocket"):
            scope[PEER] = (scope.get("client") or ("",))[0]
            headers = scope.get("headers", [])
            if any(k in FORWARDING for k, _ in headers):
                peer = (scope.get("client") or (None, 0))[0]
                scope = self._believed(scope) if self.is_trusted(peer) else self._stripped(scope, peer)
        await self.app(scope, receive, send)

    def _believed(self, scope: dict[str, Any]) -> dict[str, Any]:
        values = {k: v.decode("latin-1") for k, v in scope["headers"] if k in (b"x-forwarded-for", b"x-forwarded-proto")}
        scope = dict(scope)
        hops = [h.strip() for h in values.get(b"x-forwarded-for", "").split(",") if h.strip()]
        for hop in reversed(hops):
            if not self.is_trusted(hop):
                address = _address(hop)
                if address is not None:
                    scope["client"] = (str(address), 0)
                break
        proto = values.get(b"x-forwarded-proto", "").split(",")[0].strip().lower()
        if proto in ("http", "https"):
            secure = proto == "https"
            scope["scheme"] = ("wss" if secure else "ws") if scope["type"] == "websocket" else proto
        return scope

    def _stripped(self, scope: dict[str, Any], peer: str | None) -> dict[str, Any]:
        if not self._warned:
            self._warned = True
            log.warning("ignoring X-Forwarded-* headers from %s: it is not a trusted proxy. Behind a reverse proxy, "
                        "set KIMI_UI_TRUSTED_PROXIES to its address (e.g. 127.0.0.1), else every user counts as "
                        "the proxy's address.", peer)
        return {**scope, "headers": [(k, v) for k, v in scope["headers"] if k not in FORWARDING]}
