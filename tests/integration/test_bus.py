"""kimi_ui.bus on the real PostgreSQL server (LISTEN/NOTIFY) and in memory: delivery once subscribed, order,
messages over NOTIFY's limit, a dropped connection, and two real processes following and stopping an
answer through it."""

from __future__ import annotations

import asyncio
import functools
import subprocess
import sys
import textwrap

import psycopg
import pytest

from kimi_ui import bus as bus_module
from kimi_ui.bus import LocalBus, MessagesLost, PostgresBus, conninfo, frames, make_bus, NOTIFY_LIMIT, Reassembly
from tests.support.processes import ROOT

DEADLINE = 30  # seconds to wait for an event that should come at once


async def next_message(messages) -> str:
    return await asyncio.wait_for(anext(aiter(messages)), DEADLINE)


postgres = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)  # the fixture's server


def run(test):
    """The test's coroutine function run on a fresh event loop (the bus lives on one loop)."""
    @functools.wraps(test)
    def synchronous(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return synchronous


def test_make_bus_picks_listen_notify_for_postgresql_and_memory_for_sqlite(tmp_path):
    assert isinstance(make_bus(f"sqlite:///{tmp_path / 'k.db'}"), LocalBus)
    assert isinstance(make_bus("postgresql+psycopg://u:p%40ss@db:5433/kimi?sslmode=require"), PostgresBus)
    assert conninfo("postgresql+psycopg://u:p%40ss@db:5433/kimi?sslmode=require") == \
        "postgresql://u:p%40ss@db:5433/kimi?sslmode=require"


def test_long_messages_are_cut_into_frames_under_the_limit_on_character_boundaries():
    message = "é" * 9000 + "🙂" * 3000 + "end"  # multi-byte characters straddle the cuts
    parts = frames(message)
    assert len(parts) > 1
    assert all(len(part.encode()) < NOTIFY_LIMIT for part in parts)
    joined = Reassembly()
    assert [joined.add(part) for part in parts[:-1]] == [None] * (len(parts) - 1)
    assert joined.add(parts[-1]) == message
    assert frames("short") == ["=short"] and Reassembly().add("=short") == "short"


@run
async def test_local_bus_delivers_in_order_per_channel_and_ends_on_close():
    bus = make_bus("sqlite:///unused.db")
    await bus.start()
    async with bus.listen("answer:a") as a, bus.listen("answer:b") as b:
        for n in range(3):
            await bus.publish("answer:a", f"a{n}")
        await bus.publish("answer:b", "b0")
        assert [await next_message(a) for _ in range(3)] == ["a0", "a1", "a2"]
        assert await next_message(b) == "b0"
        await bus.close()
        assert [m async for m in a] == []  # the iterator ends
    with pytest.raises(ValueError):
        await LocalBus().publish("answer:a", "nul\x00")


@run
async def test_a_subscriber_that_falls_behind_is_told_it_lost_messages(monkeypatch):
    monkeypatch.setattr(bus_module, "QUEUE_LIMIT", 5)
    bus = LocalBus()
    async with bus.listen("answer:a") as messages:
        for n in range(8):
            await bus.publish("answer:a", str(n))
        assert [await next_message(messages) for _ in range(5)] == ["0", "1", "2", "3", "4"]
        with pytest.raises(MessagesLost):
            await next_message(messages)


@postgres
@run
async def test_postgres_bus_delivers_small_and_long_messages_in_order(database_url):
    sender, receiver = make_bus(database_url), make_bus(database_url)
    await sender.start()
    sent = [f"delta {n}" if n % 4 else "é" * 12_000 + str(n) for n in range(40)]
    try:
        async with receiver.listen("answer:" + "f" * 32) as messages, receiver.listen("answer:other") as other:
            for message in sent:
                await sender.publish("answer:" + "f" * 32, message)
            await sender.publish("answer:other", "x")
            assert [await next_message(messages) for _ in sent] == sent
            assert await next_message(other) == "x"
    finally:
        await sender.close()
        await receiver.close()


async def _terminate_listeners(url: str) -> int:
    async with await psycopg.AsyncConnection.connect(conninfo(url), autocommit=True) as conn:
        cursor = await conn.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                    "WHERE datname = current_database() AND query LIKE 'LISTEN%%' "
                                    "AND pid <> pg_backend_pid()")
        return (await cursor.fetchone())[0]


@postgres
@run
async def test_a_dropped_connection_is_told_to_subscribers_and_the_bus_reconnects(database_url):
    bus = make_bus(database_url)
    try:
        async with bus.listen("stop:m1") as messages:
            await bus.publish("stop:m1", "before")
            assert await next_message(messages) == "before"
            assert await _terminate_listeners(database_url) == 1
            with pytest.raises(MessagesLost):
                await next_message(messages)
        async with bus.listen("stop:m1") as messages:  # waits for the new connection's LISTEN
            await bus.publish("stop:m1", "after")
            assert await next_message(messages) == "after"
        assert bus.reconnects == 1
    finally:
        await bus.close()


def test_reassembly_is_bounded_whatever_a_payload_claims():
    """Any role that may connect can NOTIFY: a claimed count of 10**11 frames must allocate nothing (it
    raised MemoryError in the listener and left the process deaf), and unfinished messages are bounded."""
    joined = Reassembly()
    for bad in ("+t:0:100000000000:x", f"+t:0:{bus_module.MAX_PARTS + 1}:x", "+t:5:3:x", "+t:-1:3:x", "+t:x",
                "+t:a:b:c"):
        assert joined.add(bad) is None
    assert joined.add("+t:0:2:a") is None and joined.add("+t:1:3:b") is None  # another count for one token
    assert joined.add("+t:1:2:b") == "ab"
    for n in range(bus_module.MAX_PARTIAL * 3):
        joined.add(f"+u{n}:0:2:x")
    assert len(joined._partial) <= bus_module.MAX_PARTIAL


@postgres
@run
async def test_a_forged_notification_leaves_the_listener_listening(database_url):
    bus = make_bus(database_url)
    try:
        async with bus.listen("stop:m1") as messages:
            async with await psycopg.AsyncConnection.connect(conninfo(database_url), autocommit=True) as conn:
                channel = bus_module.pg_channel("stop:m1")
                await conn.execute("SELECT pg_notify(%s, %s)", (channel, "+tok:0:100000000000:x"))
                await conn.execute("SELECT pg_notify(%s, %s)", (channel, "=after the bomb"))
            assert await next_message(messages) == "after the bomb"
        assert bus.reconnects == 0
    finally:
        await bus.close()


# The other process: runs an "answer" that publishes its tail until a Stop arrives on its stop channel.
CHILD = textwrap.dedent("""
    import asyncio, sys
    from kimi_ui.bus import make_bus

    async def main(url):
        bus = make_bus(url)
        async with bus.listen("stop:m1") as stops:
            print("ready", flush=True)
            stop = asyncio.ensure_future(anext(aiter(stops)))
            n = 0
            while not stop.done():
                await bus.publish("answer:m1", "delta %d" % n + ("." * 9000 if n == 2 else ""))
                n += 1
                await asyncio.sleep(0.01)
            await bus.publish("answer:m1", "stopped by " + stop.result())
        await bus.close()

    asyncio.run(main(sys.argv[1]))
""")


@postgres
@run
async def test_another_process_follows_an_answer_live_and_stops_it(database_url):
    bus = make_bus(database_url)
    child = subprocess.Popen([sys.executable, "-c", CHILD, database_url], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        async with bus.listen("answer:m1") as tail:
            line = await asyncio.wait_for(asyncio.to_thread(child.stdout.readline), DEADLINE)
            assert line.strip() == "ready"
            received = [await next_message(tail) for _ in range(4)]
            assert [m[:7] for m in received] == ["delta 0", "delta 1", "delta 2", "delta 3"]
            assert received[2] == "delta 2" + "." * 9000  # over NOTIFY's limit, whole
            await bus.publish("stop:m1", "process B")
            while not (message := await next_message(tail)).startswith("stopped"):
                assert message.startswith("delta ")
            assert message == "stopped by process B"
        assert await asyncio.wait_for(asyncio.to_thread(child.wait), DEADLINE) == 0
    finally:
        child.kill()
        await bus.close()
