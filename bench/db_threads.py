"""Database work from async code: the loop's default executor (asyncio.to_thread) against Database's own
worker threads (Database.call / run), for 32 concurrent users on one event loop.

Each user does `--calls` reads in a row (a login-session lookup and a conversation read, as the HTTP
middleware and a route do). Two cases: alone, and while the default executor is busy with blocking
jobs of 50 ms (media preparation, imports: what shares it in the app). Prints median and p95 latency of
one read and reads per second. Run: python bench/db_threads.py [--calls 200] [--url sqlite:///...]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kimi_ui.storage import store  # noqa: E402
from kimi_ui.storage.db import Database  # noqa: E402

USERS = 32
DEFAULT_THREADS = 64  # Settings.worker_threads: the size server.use_threads gives the default executor


def read(db: Database, owner: str, conversation: str) -> None:
    with db.session(read_only=True) as session:
        store.find_user_id(session, name="alice")
        store.get_conversation(session, owner_id=owner, conversation_id=conversation)


async def user(db: Database, owner: str, conversation: str, calls: int, own: bool, took: list[float]) -> None:
    for _ in range(calls):
        started = time.perf_counter()
        if own:
            await db.call(read, db, owner, conversation)
        else:
            await asyncio.to_thread(read, db, owner, conversation)
        took.append(time.perf_counter() - started)


async def busy(stop: asyncio.Event) -> None:
    """Blocking jobs in the default executor, 80 at a time, as media work of many turns would be."""
    async def one() -> None:
        while not stop.is_set():
            await asyncio.to_thread(time.sleep, 0.05)

    await asyncio.gather(*(one() for _ in range(80)))


async def case(db: Database, owner: str, conversation: str, calls: int, own: bool, loaded: bool) -> list[float]:
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=DEFAULT_THREADS))
    stop = asyncio.Event()
    load = asyncio.create_task(busy(stop)) if loaded else None
    took: list[float] = []
    started = time.perf_counter()
    await asyncio.gather(*(user(db, owner, conversation, calls, own, took) for _ in range(USERS)))
    elapsed = time.perf_counter() - started
    stop.set()
    if load:
        await load
    took.append(elapsed)  # the last item: the whole run
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--url", default="")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="kimi-db-threads-")
    db = Database(args.url or f"sqlite:///{folder}/kimi.db")
    db.migrate()
    with db.session() as session:
        owner = store.ensure_user(session, name="alice").id
        conversation = store.create_conversation(session, owner_id=owner, system_prompt="", backend="b",
                                                 mode="thinking", title="t").id
    print(f"{USERS} users x {args.calls} reads, {db.engine.url.get_backend_name()}")
    print(f"{'executor':<34} {'default executor':<18} {'median ms':>9} {'p95 ms':>8} {'reads/s':>9}")
    for loaded in (False, True):
        for own in (False, True):
            took = asyncio.run(case(db, owner, conversation, args.calls, own, loaded))
            elapsed, took = took[-1], sorted(took[:-1])
            name = f"Database.call ({db.threads} threads)" if own else f"asyncio.to_thread ({DEFAULT_THREADS})"
            print(f"{name:<34} {'busy' if loaded else 'idle':<18} {statistics.median(took) * 1000:9.2f} "
                  f"{took[int(len(took) * 0.95)] * 1000:8.2f} {len(took) / elapsed:9.0f}")
    db.dispose()


if __name__ == "__main__":
    main()
