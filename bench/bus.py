"""Issue #13 (4): the live tail of answers across two processes, PostgreSQL LISTEN/NOTIFY (kimi_ui.bus, the
real module) against Redis pub/sub, with a plain loopback TCP socket as the floor (the least any
cross-process path costs). Each mechanism runs a subscriber process and a publisher process:

- ping: one message every 10 ms on one channel, publish -> receive latency (medians, p99).
- load: 32 streams x 20 updates a second for --seconds (each a small JSON delta, every 50th a 20 KB one):
  delivered share, latency, CPU of the publisher, the subscriber and the server (the PostgreSQL cluster's
  process tree, or redis-server).
- NOTIFY's payload limit, checked on the server.

    python bench/bus.py [--seconds 30] [--pings 500] [--only socket,pg,redis]

PostgreSQL: KIMI_UI_BENCH_POSTGRES_URL, else a throw-away cluster like scripts/test starts. Redis: a
redis-server started on a free loopback port (apt-get install redis-server; pip install redis==8.1.0).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.perf_common import cpu_seconds, free_port, machine_load  # noqa: E402
from kimi_ui.bus import LocalBus, PostgresBus, conninfo  # noqa: E402

BIG = 20_000  # bytes of a large delta
BIG_EVERY = 50  # every 50th update of a stream is large


def channels(count: int) -> list[str]:
    return [f"answer:{i:032x}" for i in range(count)]


def update(seq: int, stream: int) -> str:
    big = seq % BIG_EVERY == BIG_EVERY - 1
    delta = ("x" * BIG) if big else f"token {seq} of stream {stream} "
    return json.dumps({"seq": seq, "big": big, "t": time.monotonic(), "delta": delta})


# -- the mechanisms, as a subscriber (local fan-out by channel) and a publisher --------------------------------
async def subscriber(mech: str, url: str, names: list[str]):
    """An object with .listen(channel) and .close(): the PostgreSQL bus itself, or a LocalBus fed by a
    Redis pub/sub connection or by the floor's socket."""
    if mech == "pg":
        bus = PostgresBus(conninfo(url))
        await bus.start()
        return bus, None
    local = LocalBus()
    if mech == "redis":
        import redis.asyncio as redis

        client = redis.Redis.from_url(url)
        pubsub = client.pubsub()
        await pubsub.subscribe(*names)
        confirmed = 0
        while confirmed < len(names):  # live once Redis confirmed every channel
            item = await pubsub.get_message(timeout=5)
            confirmed += bool(item and item["type"] == "subscribe")
        return local, asyncio.ensure_future(_redis_feed(pubsub, local))
    host, port = url.removeprefix("tcp://").split(":")
    server = await asyncio.start_server(lambda r, w: _socket_feed(r, local), host, int(port))
    return local, server


async def _redis_feed(pubsub, local: LocalBus) -> None:
    async for item in pubsub.listen():
        if item["type"] == "message":
            await local.publish(item["channel"].decode(), item["data"].decode())


async def _socket_feed(reader: asyncio.StreamReader, local: LocalBus) -> None:
    while True:
        try:
            size = int.from_bytes(await reader.readexactly(4), "big")
            channel, message = (await reader.readexactly(size)).decode().split("\n", 1)
        except asyncio.IncompleteReadError:
            return
        await local.publish(channel, message)


async def publisher(mech: str, url: str):
    """A coroutine function publish(channel, message)."""
    if mech == "pg":
        bus = PostgresBus(conninfo(url))
        return bus.publish
    if mech == "redis":
        import redis.asyncio as redis

        client = redis.Redis.from_url(url)
        return client.publish
    host, port = url.removeprefix("tcp://").split(":")
    _, writer = await asyncio.open_connection(host, int(port))

    async def send(channel: str, message: str) -> None:
        data = f"{channel}\n{message}".encode()
        writer.write(len(data).to_bytes(4, "big") + data)
        await writer.drain()

    return send


# -- the child processes -------------------------------------------------------------------------------------
async def run_subscriber(args) -> None:
    names = channels(args.streams)
    bus, _feed = await subscriber(args.mech, args.url, names)
    latencies: dict[bool, list[float]] = {False: [], True: []}
    expected = args.streams * args.count
    finished = asyncio.Event()

    async def follow(channel: str, ready: asyncio.Event) -> None:
        async with bus.listen(channel) as messages:
            ready.set()
            async for message in messages:
                now = time.monotonic()
                body = json.loads(message)
                latencies[body["big"]].append(now - body["t"])
                if len(latencies[False]) + len(latencies[True]) >= expected:
                    finished.set()

    readies = [asyncio.Event() for _ in names]
    tasks = [asyncio.ensure_future(follow(c, r)) for c, r in zip(names, readies)]
    await asyncio.gather(*(r.wait() for r in readies))
    cpu0 = time.process_time()
    print("ready", flush=True)
    try:
        await asyncio.wait_for(finished.wait(), timeout=args.count / args.rate + 15)
    except asyncio.TimeoutError:
        pass
    cpu = time.process_time() - cpu0
    print(json.dumps({"small": latencies[False], "big": latencies[True], "cpu": cpu}), flush=True)
    for task in tasks:
        task.cancel()
    os._exit(0)  # the feeds and connections end with the process


async def run_publisher(args) -> None:
    publish = await publisher(args.mech, args.url)
    names = channels(args.streams)
    await publish(names[0] + "-warm", "{}")  # connect before the clock starts
    cpu0, start = time.process_time(), time.monotonic() + 0.05

    async def stream(index: int) -> None:
        phase = index / (args.streams * args.rate)  # spread the streams over the tick
        for seq in range(args.count):
            await asyncio.sleep(max(0.0, start + phase + seq / args.rate - time.monotonic()))
            await publish(names[index], update(seq, index))

    await asyncio.gather(*(stream(i) for i in range(args.streams)))
    print(json.dumps({"cpu": time.process_time() - cpu0, "wall": time.monotonic() - start}), flush=True)
    os._exit(0)


# -- the orchestration ---------------------------------------------------------------------------------------
def child(role: str, mech: str, url: str, streams: int, count: int, rate: float) -> subprocess.Popen:
    argv = [sys.executable, __file__, "--child", role, "--mech", mech, "--url", url, "--streams", str(streams),
            "--count", str(count), "--rate", str(rate)]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)


def server_pid(mech: str, url: str, redis_proc) -> int | None:
    if mech == "redis":
        return redis_proc.pid
    if mech == "pg":
        import psycopg

        with psycopg.connect(conninfo(url), autocommit=True) as conn:
            folder = conn.execute("SHOW data_directory").fetchone()[0]
        try:
            return int(Path(folder, "postmaster.pid").read_text().split()[0])
        except OSError:
            return None  # a server on another machine (or another user's files): no server CPU
    return None


def run_pair(mech: str, url: str, streams: int, count: int, rate: float, redis_proc) -> dict:
    sub = child("sub", mech, url, streams, count, rate)
    if sub.stdout.readline().strip() != "ready":
        raise SystemExit(f"the {mech} subscriber did not start")
    spid = server_pid(mech, url, redis_proc)
    server0 = cpu_seconds(spid) if spid else None
    pub = child("pub", mech, url, streams, count, rate)
    pub_out = json.loads(pub.stdout.readline())
    sub_out = json.loads(sub.stdout.readline())
    server = cpu_seconds(spid) - server0 if spid else None
    pub.wait(), sub.wait()
    return {"pub": pub_out, "sub": sub_out, "server_cpu": server, "expected": streams * count}


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def ms(value: float) -> str:
    return f"{value * 1000:.2f}"


def payload_limit(url: str) -> str:
    import psycopg

    results = []
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        for size in (7999, 8000):
            try:
                conn.execute("SELECT pg_notify('kimi:limit', %s)", ("x" * size,))
                results.append(f"{size} bytes: accepted")
            except psycopg.Error as exc:
                results.append(f"{size} bytes: {str(exc).splitlines()[0]}")
    return "; ".join(results)


def start_redis() -> tuple[str, subprocess.Popen]:
    exe = shutil.which("redis-server")
    if not exe:
        raise SystemExit("redis-server is not installed (apt-get install redis-server), or pass --only socket,pg")
    port, folder = free_port(), tempfile.mkdtemp(prefix="kimi-bench-redis.")
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", folder], stdout=subprocess.DEVNULL)
    import redis

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            redis.Redis(port=port).ping()
            return f"redis://127.0.0.1:{port}/0", proc
        except redis.ConnectionError:
            time.sleep(0.05)
    raise SystemExit("redis-server did not start")


def report(mech: str, ping: dict, load: dict, seconds: float, floor: dict | None) -> list[str]:
    small, big = load["sub"]["small"], load["sub"]["big"]
    delivered = (len(small) + len(big)) / load["expected"]
    server = "n/a" if load["server_cpu"] is None else f"{100 * load['server_cpu'] / seconds:.1f}"
    line = [mech, ms(statistics.median(ping["sub"]["small"])), ms(pct(ping["sub"]["small"], 0.99)),
            f"{100 * delivered:.2f}", ms(statistics.median(small)), ms(pct(small, 0.99)), ms(statistics.median(big)),
            f"{100 * load['pub']['cpu'] / seconds:.1f}", f"{100 * load['sub']['cpu'] / seconds:.1f}", server]
    if floor is not None:
        ratio = statistics.median(ping["sub"]["small"]) / statistics.median(floor["sub"]["small"])
        line.append(f"{ratio:.1f}x")
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--pings", type=int, default=500)
    parser.add_argument("--only", default="socket,pg,redis")
    parser.add_argument("--child"), parser.add_argument("--mech"), parser.add_argument("--url")
    parser.add_argument("--streams", type=int, default=32), parser.add_argument("--rate", type=float, default=20)
    parser.add_argument("--count", type=int, default=0)
    args = parser.parse_args()
    if args.child:
        asyncio.run(run_subscriber(args) if args.child == "sub" else run_publisher(args))
        return
    mechs = args.only.split(",")
    urls = {"socket": f"tcp://127.0.0.1:{free_port()}"}
    redis_proc = None
    if "pg" in mechs:
        from bench.history import throwaway_cluster

        urls["pg"] = os.environ.get("KIMI_UI_BENCH_POSTGRES_URL") or throwaway_cluster()
        print("NOTIFY payload limit:", payload_limit(urls["pg"]))
    if "redis" in mechs:
        urls["redis"], redis_proc = start_redis()
    count = int(args.seconds * args.rate)
    print(f"{machine_load()}; ping: {args.pings} messages 10 ms apart; load: {args.streams} streams x "
          f"{args.rate:g}/s for {args.seconds:g} s, every {BIG_EVERY}th update {BIG // 1000} KB")
    header = ["mechanism", "ping p50 ms", "ping p99 ms", "delivered %", "load p50 ms", "load p99 ms",
              "20KB p50 ms", "pub CPU %", "sub CPU %", "server CPU %", "ping / floor"]
    rows, floor = [], None
    try:
        for mech in mechs:
            ping = run_pair(mech, urls[mech], 1, args.pings, 100, redis_proc)
            load = run_pair(mech, urls[mech], args.streams, count, args.rate, redis_proc)
            floor = floor or (ping if mech == "socket" else None)
            rows.append(report(mech, ping, load, args.seconds, floor))
    finally:
        if redis_proc:
            redis_proc.terminate()
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for row in rows:
        print("| " + " | ".join(row + [""] * (len(header) - len(row))) + " |")


if __name__ == "__main__":
    main()
