"""Issue #20: what one limit check costs now that the limits are counted in the database
(kimi_ui/shared_limits.py), against the in-memory limits they replaced (kimi_ui/limits.py and usage.py as
they were at BASE, loaded from git), in the same run:

- turn window: TurnLimits.refusal (old, in memory) against TurnLimits.begin (awaited on an event loop: a
  worker thread, one write transaction) and Windows.hit called directly (the transaction alone).
- token hold: the old read of what is left (a read-only session) plus the hold in a dict, against
  Quotas.reserve (one write transaction that locks the user's row) plus the release (a delete).
- swarm place: Allowance.take + give (a transaction each; the old one was two dict updates).

    python bench/shared_limits.py [--checks 2000]

PostgreSQL: KIMI_UI_BENCH_POSTGRES_URL or KIMI_UI_TEST_POSTGRES_URL (`source /tmp/t31/env.sh`); a database
is created for the run and dropped after it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types
import uuid
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kimi_ui.limits import TurnLimits  # noqa: E402
from kimi_ui.shared_limits import Allowance, Holds, Windows  # noqa: E402
from kimi_ui.storage.db import Database  # noqa: E402
from kimi_ui.storage.models import User  # noqa: E402
from kimi_ui.usage import Quotas  # noqa: E402

BASE = "83d08a4"  # the commit before the limits moved into the database
KEYS = 200  # users the checks rotate over (20 turns a minute each: a busy minute)


def old_module(path: str, name: str) -> types.ModuleType:
    """A module as it was at BASE."""
    source = subprocess.run(["git", "show", f"{BASE}:{path}"], cwd=ROOT, check=True, capture_output=True,
                            text=True).stdout
    module = types.ModuleType(name)
    sys.modules[name] = module  # (its dataclasses look themselves up there)
    exec(compile(source, f"{BASE}:{path}", "exec"), module.__dict__)
    return module


def median_us(fn, checks: int) -> float:
    times = []
    for n in range(checks):
        started = time.perf_counter()
        fn(n)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def median_async_us(make, checks: int) -> float:
    async def go() -> float:
        times = []
        for n in range(checks):
            started = time.perf_counter()
            await make(n)
            times.append(time.perf_counter() - started)
        return statistics.median(times) * 1e6

    return asyncio.run(go())


def settings() -> SimpleNamespace:
    return SimpleNamespace(day_tokens=10**9, month_tokens=0, public_demo=False)


def users(db: Database) -> list[str]:
    with db.session() as session:
        made = [User(name=f"bench-{uuid.uuid4().hex[:8]}") for _ in range(KEYS)]
        session.add_all(made)
        session.commit()
        return [u.id for u in made]


def measure_database(db: Database, checks: int) -> dict[str, float]:
    ids = users(db)
    windows, holds = Windows(db), Holds(db)
    limits = TurnLimits(windows, 20, 10**6)
    quotas = Quotas(settings(), holds)

    async def begin(n: int) -> None:
        await limits.begin(ids[n % KEYS])
        limits.finished(ids[n % KEYS])

    def reserve(n: int) -> None:
        with db.session() as session:
            reserved = quotas.reserve(session, user=session.get(User, ids[n % KEYS]), wanted=8192, least=64)
        quotas.release(reserved.hold_id)

    allowance = Allowance(db, holds, 4, 16)

    async def place(n: int) -> None:
        allowance.give(await allowance.take(ids[n % KEYS], "vllm"), ids[n % KEYS], "vllm")
        await asyncio.gather(*allowance._releasing)

    return {"turn window, awaited": median_async_us(begin, checks),
            "turn window, the transaction": median_us(lambda n: windows.hit([f"x:{ids[n % KEYS]}"], 20, 60), checks),
            "token hold + release": median_us(reserve, checks),
            "swarm place take + give": median_async_us(place, checks // 4)}


def measure_memory(db: Database, checks: int) -> dict[str, float]:
    limits_then = old_module("kimi_ui/limits.py", "limits_then")
    usage_then = old_module("kimi_ui/usage.py", "usage_then")
    swarm_then = old_module("kimi_ui/swarm.py", "swarm_then")
    ids = users(db)
    limits = limits_then.TurnLimits(20, 10**6)
    quotas = usage_then.Quotas(settings())

    def turn(n: int) -> None:
        limits.refusal(ids[n % KEYS])

    def hold(n: int) -> None:
        with db.session(read_only=True) as session:
            left = quotas.left(session, user=session.get(User, ids[n % KEYS]))
        quotas.hold(ids[n % KEYS], min(left, 8192))
        quotas.release(ids[n % KEYS], min(left, 8192))

    async def place(n: int) -> None:
        await allowance.take(ids[n % KEYS], "vllm")
        allowance.give(ids[n % KEYS], "vllm")

    async def make_allowance():
        return swarm_then.Allowance(4, 16)

    allowance = asyncio.run(make_allowance())
    turn_us = median_us(turn, checks)
    return {"turn window, awaited": turn_us, "turn window, the transaction": turn_us,
            "token hold + release": median_us(hold, checks), "swarm place take + give": median_async_us(place, checks)}


def postgres_url() -> tuple[str, str] | None:
    admin = os.environ.get("KIMI_UI_BENCH_POSTGRES_URL") or os.environ.get("KIMI_UI_TEST_POSTGRES_URL")
    if not admin:
        return None
    return admin, f"kimi_bench_{uuid.uuid4().hex[:10]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=2000)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/bench.db")
        db.migrate()
        results["in memory (before)"] = measure_memory(db, args.checks)
        results["SQLite"] = measure_database(db, args.checks)
        db.dispose()
    pg = postgres_url()
    if pg is not None:
        import psycopg

        admin, name = pg
        plain = admin.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            db = Database(admin.rsplit("/", 1)[0] + "/" + name)
            db.migrate()
            results["PostgreSQL"] = measure_database(db, args.checks)
            db.dispose()
        finally:
            with psycopg.connect(plain, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        print("(no PostgreSQL: set KIMI_UI_BENCH_POSTGRES_URL)")
    print(f"median µs per check, {args.checks} checks over {KEYS} users; load average {os.getloadavg()[0]:.1f}")
    columns = list(results)
    print("| check | " + " | ".join(columns) + " |")
    print("| --- |" + " --- |" * len(columns))
    for row in results[columns[0]]:
        print(f"| {row} | " + " | ".join(f"{results[c][row]:.0f}" for c in columns) + " |")


if __name__ == "__main__":
    main()
