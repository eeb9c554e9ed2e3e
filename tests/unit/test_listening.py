"""The listening socket app.py, the simulated backend and the tests' server hand to uvicorn: every connection
it accepts has Nagle's algorithm off, as asyncio sets it (before, a streamed answer's first body write on a
kept-alive connection waited ~40 ms for the ACK of its headers). A socket made as
socket.socket(AF_INET, SOCK_STREAM) fails this: its accepted connections say 0."""

from __future__ import annotations

import asyncio
import socket

from kimi_ui.listening import tcp_listener


def test_a_connection_accepted_by_asyncio_sends_without_delay():
    async def accept_one() -> int:
        sock = tcp_listener("127.0.0.1", 0)
        sock.listen(8)
        accepted: asyncio.Future = asyncio.get_running_loop().create_future()

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            accepted.set_result(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(handle, sock=sock)
        _, writer = await asyncio.open_connection("127.0.0.1", sock.getsockname()[1])
        try:
            return await asyncio.wait_for(accepted, 5)
        finally:
            writer.close()
            server.close()

    assert asyncio.run(accept_one()) != 0

