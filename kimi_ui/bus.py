"""Messages between the parts of the app, across processes: the live tail of an answer, Stop, a user's news.

`make_bus(database_url)` picks the mechanism (docs/shared-state.md says why and with what figures):
- PostgreSQL: LISTEN/NOTIFY. One LISTEN connection per process, fanned out in memory to the local
  subscribers; one more connection publishes. A message longer than NOTIFY's payload limit goes as chunks
  sent in one transaction (so they arrive together and in order with the rest).
- SQLite: one process, so an in-memory bus.

    async with bus.listen("answer:" + message_id) as messages:   # live once entered
        async for message in messages: ...

A subscription that may have missed messages (the connection to PostgreSQL dropped, or the subscriber
fell `QUEUE_LIMIT` messages behind) delivers what it has and then raises `MessagesLost`: the subscriber
reads the state from the database again and listens anew. Delivery is at most once, in publish order
per publisher.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import uuid
from collections import deque
from collections.abc import AsyncIterator
from typing import Protocol

log = logging.getLogger(__name__)
QUEUE_LIMIT = 10_000  # messages a subscriber may fall behind before it is told it lost some
MAX_PARTS = 4096  # frames of one message (~32 MB): far above an answer's record, far below harm
MAX_PARTIAL = 64  # unfinished messages kept at once (they arrive whole, one transaction each)
NOTIFY_LIMIT = 8000  # PostgreSQL's payload must be shorter than this many bytes (default build)
CHUNK_BYTES = 7800  # payload bytes of one chunk, leaving room for its header
CHANNEL_BYTES = 63  # PostgreSQL truncates longer identifiers
RECONNECT_SECONDS = (0.1, 0.5, 1.0, 2.0)  # waits between attempts, the last repeated


class MessagesLost(Exception):
    """This subscription may have missed messages: read the state again and listen anew."""


class BusClosed(RuntimeError):
    """The bus was closed."""


class Subscription:
    """One subscriber's queue: an async iterator of messages."""

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self._items: deque[str] = deque()
        self._wake = asyncio.Event()
        self._lost = False
        self._ended = False

    def push(self, message: str) -> None:
        if self._lost or self._ended:
            return
        if len(self._items) >= QUEUE_LIMIT:
            self.lose()
            return
        self._items.append(message)
        self._wake.set()

    def lose(self) -> None:
        self._lost = True
        self._wake.set()

    def end(self) -> None:
        self._ended = True
        self._wake.set()

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> str:
        while not self._items:
            if self._lost:
                raise MessagesLost(self.channel)
            if self._ended:
                raise StopAsyncIteration
            self._wake.clear()
            await self._wake.wait()
        return self._items.popleft()


class Bus(Protocol):
    async def start(self) -> None: ...
    async def close(self) -> None: ...
    async def publish(self, channel: str, message: str) -> None: ...
    def listen(self, channel: str) -> contextlib.AbstractAsyncContextManager[AsyncIterator[str]]: ...


def _check(channel: str, message: str) -> None:
    if not channel:
        raise ValueError("a bus channel needs a name")
    if "\x00" in message:  # PostgreSQL text cannot hold NUL; the local bus refuses it too, for parity
        raise ValueError("a bus message cannot contain NUL characters")


class _Fanout:
    """Local subscribers by channel (shared by both buses)."""

    def __init__(self) -> None:
        self.subscribers: dict[str, set[Subscription]] = {}
        self.closed = False

    def add(self, channel: str) -> Subscription:
        if self.closed:
            raise BusClosed("the bus is closed")
        sub = Subscription(channel)
        self.subscribers.setdefault(channel, set()).add(sub)
        return sub

    def remove(self, sub: Subscription) -> bool:
        """Forget `sub`; True when its channel has no subscriber left."""
        subs = self.subscribers.get(sub.channel)
        if subs is None:
            return False
        subs.discard(sub)
        if subs:
            return False
        del self.subscribers[sub.channel]
        return True

    def deliver(self, channel: str, message: str) -> None:
        for sub in self.subscribers.get(channel, ()):
            sub.push(message)

    def lose_all(self) -> None:
        for subs in self.subscribers.values():
            for sub in subs:
                sub.lose()

    def end_all(self) -> None:
        self.closed = True
        for subs in self.subscribers.values():
            for sub in subs:
                sub.end()
        self.subscribers.clear()


class LocalBus:
    """One process (SQLite deployments): publish hands the message to this process's subscribers."""

    def __init__(self) -> None:
        self._fanout = _Fanout()

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        self._fanout.end_all()

    async def publish(self, channel: str, message: str) -> None:
        _check(channel, message)
        if self._fanout.closed:
            raise BusClosed("the bus is closed")
        self._fanout.deliver(channel, message)

    @contextlib.asynccontextmanager
    async def listen(self, channel: str) -> AsyncIterator[AsyncIterator[str]]:
        sub = self._fanout.add(channel)
        try:
            yield sub
        finally:
            self._fanout.remove(sub)


# -- PostgreSQL -------------------------------------------------------------------------------------------
def pg_channel(channel: str) -> str:
    """The NOTIFY channel of a bus channel: readable while it fits PostgreSQL's 63 bytes, else hashed (a
    truncated name could collide with another channel)."""
    name = "kimi:" + channel
    if len(name.encode()) <= CHANNEL_BYTES:
        return name
    return "kimi#" + hashlib.sha256(channel.encode()).hexdigest()[:48]


def frames(message: str) -> list[str]:
    """NOTIFY payloads for one message: "=" + message when it fits, else chunks
    "+<token>:<index>:<count>:<part>", each under the limit and cut on UTF-8 character boundaries."""
    data = message.encode()
    if len(data) + 1 < NOTIFY_LIMIT:
        return ["=" + message]
    parts, start = [], 0
    while start < len(data):
        end = min(start + CHUNK_BYTES, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte: back off to a boundary
            end -= 1
        parts.append(data[start:end].decode())
        start = end
    token = uuid.uuid4().hex[:12]
    return [f"+{token}:{i}:{len(parts)}:{part}" for i, part in enumerate(parts)]


class Reassembly:
    """Messages back from frames. Chunks of one message arrive together (one transaction); a message left
    incomplete by a dropped connection is forgotten by `clear`. Bounded whatever a payload claims: any
    role that may connect to the database can NOTIFY (docs/shared-state.md)."""

    def __init__(self) -> None:
        self._partial: dict[str, list[str | None]] = {}

    def add(self, payload: str) -> str | None:
        """The whole message once `payload` completes one, else None."""
        if payload.startswith("="):
            return payload[1:]
        try:
            token, index, count, part = payload[1:].split(":", 3)
            index, count = int(index), int(count)
        except (ValueError, IndexError):
            index, count = -1, 0
        parts = self._partial.get(token) if count else None
        if not 0 <= index < count <= MAX_PARTS or (parts is not None and len(parts) != count):
            log.warning("bus: ignored a malformed notification payload")
            return None
        if parts is None:
            while len(self._partial) >= MAX_PARTIAL:
                del self._partial[next(iter(self._partial))]  # the oldest unfinished message goes
            parts = self._partial[token] = [None] * count
        parts[index] = part
        if any(p is None for p in parts):
            return None
        del self._partial[token]
        return "".join(parts)

    def clear(self) -> None:
        self._partial.clear()


def conninfo(database_url: str) -> str:
    """libpq's URL for SQLAlchemy's (postgresql+psycopg://... -> postgresql://...)."""
    from sqlalchemy.engine import make_url

    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


class BusUnavailable(RuntimeError):
    """PostgreSQL could not take the message (the connection is down)."""


KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}


class PostgresBus:
    """LISTEN/NOTIFY with one listening connection per process (a task owns it: it LISTENs and UNLISTENs
    as local subscribers come and go, and reconnects when the connection drops) and one publishing one."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._fanout = _Fanout()
        self._reassembly = Reassembly()
        self._listening: set[str] = set()  # NOTIFY channels LISTENed on the current connection
        self._names: dict[str, str] = {}  # NOTIFY channel -> bus channel
        self._waiters: list[asyncio.Future[None]] = []  # listen() calls waiting for their LISTEN
        self._changed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._publisher = None
        self._publish_lock = asyncio.Lock()
        self._connected = False
        self.reconnects = 0  # connections made after the first (the tests read it)

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="bus-listener")

    async def close(self) -> None:
        self._fanout.end_all()
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_exception(BusClosed("the bus is closed"))
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._publisher is not None:
            await self._publisher.close()

    async def publish(self, channel: str, message: str) -> None:
        import psycopg

        _check(channel, message)
        if self._fanout.closed:
            raise BusClosed("the bus is closed")
        async with self._publish_lock:  # one connection, so one publisher's messages keep their order
            try:
                if self._publisher is None or self._publisher.closed:
                    self._publisher = await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True,
                                                                            **KEEPALIVE)
                    # A notification needs no durability: its commit does not wait for the WAL flush
                    await self._publisher.execute("SET synchronous_commit = off")
                # One statement, so one transaction: a long message's chunks arrive together
                await self._publisher.execute("SELECT pg_notify(%s, p) FROM unnest(%s::text[]) AS p",
                                              (pg_channel(channel), frames(message)))
            except psycopg.OperationalError as exc:
                raise BusUnavailable(f"cannot publish on the bus: {exc}".splitlines()[0]) from None

    @contextlib.asynccontextmanager
    async def listen(self, channel: str) -> AsyncIterator[AsyncIterator[str]]:
        await self.start()
        sub = self._fanout.add(channel)
        try:
            name = pg_channel(channel)
            self._names[name] = channel
            if name not in self._listening:
                waiter = asyncio.get_running_loop().create_future()
                self._waiters.append(waiter)
                self._changed.set()
                await waiter
            yield sub
        finally:
            if self._fanout.remove(sub):
                self._changed.set()  # UNLISTEN when the listener next syncs

    async def _run(self) -> None:
        import psycopg

        attempt = 0
        while not self._fanout.closed:
            try:
                conn = await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True, **KEEPALIVE)
            except psycopg.OperationalError as exc:
                log.warning("bus: cannot connect to PostgreSQL (%s); retrying", str(exc).strip())
                await asyncio.sleep(RECONNECT_SECONDS[min(attempt, len(RECONNECT_SECONDS) - 1)])
                attempt += 1
                continue
            self.reconnects += self._connected
            self._connected, attempt = True, 0
            try:
                async with conn:
                    await self._serve(conn)
            except psycopg.OperationalError as exc:
                log.warning("bus: lost the PostgreSQL connection (%s); reconnecting", str(exc).strip())
            except Exception:  # noqa: BLE001 - never leave the process deaf: listen again on a new connection
                log.exception("bus: the listener failed; reconnecting")
                await asyncio.sleep(RECONNECT_SECONDS[0])
            self._lost_connection()

    def _lost_connection(self) -> None:
        """Subscribers that were live may have missed messages: tell them."""
        for name in self._listening:
            for sub in self._fanout.subscribers.get(self._names.get(name, ""), ()):
                sub.lose()
        self._listening = set()  # listen() calls from now on wait for the next connection
        self._reassembly.clear()

    async def _serve(self, conn) -> None:
        self._listening = set()
        while not self._fanout.closed:
            self._changed.clear()
            await self._sync(conn)
            reader = asyncio.ensure_future(self._read(conn))
            changed = asyncio.ensure_future(self._changed.wait())
            try:
                await asyncio.wait({reader, changed}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in (reader, changed):
                    task.cancel()  # a reader waiting for the socket stops cleanly (no query is running)
                    with contextlib.suppress(asyncio.CancelledError):
                        await task  # re-raises a lost connection

    async def _sync(self, conn) -> None:
        """LISTEN what local subscribers want, UNLISTEN the rest, then wake the listen() calls that
        were waiting (their channels are live from here)."""
        from psycopg import sql

        waiters, self._waiters = self._waiters, []
        self._names = {pg_channel(channel): channel for channel in self._fanout.subscribers}
        try:
            for name in self._names.keys() - self._listening:
                await conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(name)))
                self._listening.add(name)
            for name in self._listening - self._names.keys():
                await conn.execute(sql.SQL("UNLISTEN {}").format(sql.Identifier(name)))
                self._listening.discard(name)
        except BaseException:
            self._waiters[:0] = waiters  # woken after the next connection's sync
            raise
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _read(self, conn) -> None:
        async for note in conn.notifies():
            try:
                message = self._reassembly.add(note.payload)
                channel = self._names.get(note.channel)
                if message is not None and channel is not None:
                    self._fanout.deliver(channel, message)
            except Exception:  # noqa: BLE001 - one bad notification must not end the process's listening
                log.exception("bus: could not deliver a notification on %s", note.channel)


def make_bus(database_url: str) -> Bus:
    """The bus for this database: PostgreSQL's LISTEN/NOTIFY, else (SQLite: one process) in memory."""
    if database_url.startswith("postgresql"):
        return PostgresBus(conninfo(database_url))
    return LocalBus()
