"""A listening TCP socket for uvicorn's `sockets=`, made so that every connection it accepts sends at once.

asyncio turns Nagle's algorithm off (TCP_NODELAY) only on sockets whose protocol is IPPROTO_TCP, and an
accepted socket has its listener's: one made as socket.socket(AF_INET, SOCK_STREAM) says 0. Its streamed
responses then stalled: on a kept-alive connection the first body write waited for the ACK of the headers,
which the client delays (about 40 ms on Linux), so every answer's first token came 40 ms late, once in the
simulated backend and once more on its way to the page.
"""

from __future__ import annotations

import socket


def tcp_listener(host: str, port: int) -> socket.socket:
    """Bound (not listening yet: uvicorn calls listen()), with SO_REUSEADDR as uvicorn does, so restarts
    reuse the port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by accepted sockets on Linux
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock
