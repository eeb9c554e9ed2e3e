"""Limits counted in the database (kimi_ui/shared_limits.py) on SQLite and PostgreSQL: sliding windows, token
holds and swarm places; concurrent checks (threads, and two engines on one PostgreSQL as two processes would be)
never let more through than the limit; a hold whose process stops renewing it lapses."""

from __future__ import annotations

import asyncio
import threading
import time
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from kimi_ui.limits import TurnLimits, WindowLimit
from kimi_ui.shared_limits import AGENT, STREAM, TOKENS, Allowance, Holds, Windows, held, stored
from kimi_ui.storage.db import Database
from kimi_ui.storage.limits_model import LimitHold, LimitKey
from kimi_ui.storage.models import User
from kimi_ui.usage import Quotas, add

pytestmark = pytest.mark.integration


@pytest.fixture
def db(migrated_db):
    return migrated_db


def race(workers: list, calls: int) -> list:
    """Run `calls` calls spread over the workers (callables) in threads started together; their results."""
    results: list = [None] * calls
    barrier = threading.Barrier(calls)

    def one(n: int) -> None:
        barrier.wait()
        results[n] = workers[n % len(workers)]()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_a_window_counts_to_its_limit_then_says_how_long_to_wait(db):
    windows = Windows(db)
    assert [windows.hit(["k"], 3, 60, now=1000.0 + n) for n in range(3)] == [0.0, 0.0, 0.0]
    assert windows.peek(["k"], 3, 60, now=1003.0) == pytest.approx(57.0)  # the first leaves the window at 1060
    assert windows.hit(["k"], 3, 60, now=1003.0) == pytest.approx(57.0)  # refused: not counted
    assert windows.hit(["k"], 3, 60, now=1060.0) == 0.0  # the first has left the window
    assert windows.hit(["k"], 3, 60, now=1060.5) == pytest.approx(0.5)
    assert windows.hit(["other"], 3, 60, now=1003.0) == 0.0  # keys apart
    # several keys: refused when any is full, and then nothing is counted for the others
    assert windows.hit(["k", "fresh"], 3, 60, now=1060.5) > 0
    assert windows.peek(["fresh"], 1, 60, now=1060.5) == 0.0
    with db.session(read_only=True) as session:
        (times,) = session.execute(select(LimitKey.times).where(LimitKey.key == stored("k"))).one()
    assert times.split() == ["1001.000", "1002.000", "1060.000"]  # at most `limit` times are kept


def test_peek_counts_nothing_and_the_window_rows_are_swept(db):
    windows = Windows(db)
    now = time.time()
    assert windows.peek(["p"], 1, 60) == 0.0 and windows.peek(["p"], 1, 60) == 0.0
    assert windows.hit(["p"], 1, 0.5, now=now - 10) == 0.0  # its window ended 9.5 s ago
    assert Holds(db).sweep() == 0  # (no hold to drop) ...
    with db.session(read_only=True) as session:
        assert session.get(LimitKey, stored("p")) is None  # ... but the empty window's row went


def test_threads_racing_for_the_last_places_get_exactly_the_limit(db):
    windows = Windows(db)
    assert windows.hit(["busy"], 5, 60) == 0.0  # one of 5 taken: 4 left for 12 racers
    results = race([lambda: windows.hit(["busy"], 5, 60)], 12)
    assert sorted(r == 0.0 for r in results).count(True) == 4


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_engines_on_one_postgresql_count_together(database_url):
    """Two Database objects (two connection pools, as two app processes have) racing for the last slot."""
    one, two = Database(database_url), Database(database_url)
    one.migrate()
    try:
        first, second = Windows(one), Windows(two)
        for _ in range(2):
            assert first.hit(["turns:u"], 3, 60) == 0.0
        results = race([lambda: first.hit(["turns:u"], 3, 60), lambda: second.hit(["turns:u"], 3, 60)], 10)
        assert [r == 0.0 for r in results].count(True) == 1  # exactly the last one
        # and a token budget: eight requests through both engines, 300 tokens wanted each, 1000 in the day
        quotas_one, quotas_two = (Quotas(SimpleNamespace(day_tokens=1000, month_tokens=0, public_demo=False), Holds(d))
                                  for d in (one, two))
        user_id = _user(one, "ann")
        results = race([lambda: _reserve(one, quotas_one, user_id, 300),
                        lambda: _reserve(two, quotas_two, user_id, 300)], 8)
        granted = [r.tokens for r in results if r.refusal is None]
        assert sorted(granted) == [100, 300, 300, 300] and sum(granted) == 1000
        assert [r.refusal.params["variant"] for r in results if r.refusal is not None] == ["day"] * 4
        with one.session(read_only=True) as session:
            assert held(session, TOKENS, key=user_id) == 1000
    finally:
        one.dispose()
        two.dispose()


def _user(db: Database, name: str, day_tokens: int | None = None) -> str:
    with db.session() as session:
        user = User(name=name, password_hash="x", day_tokens=day_tokens)
        session.add(user)
        session.commit()
        return user.id


def _reserve(db: Database, quotas: Quotas, user_id: str, wanted: int, least: int = 64, prompt: int = 0,
             limit_key: str | None = None):
    with db.session() as session:
        return quotas.reserve(session, user=session.get(User, user_id), wanted=wanted, least=least, prompt=prompt,
                              limit_key=limit_key)


def test_the_prompt_counts_against_the_budget_and_is_held_with_the_answer(db):
    """A long prompt with a small max_tokens used to pass the check and spend far past the budget (an
    outside probe: 181,101 tokens of a 2,000 budget through /v1)."""
    quotas = Quotas(SimpleNamespace(day_tokens=0, month_tokens=0, public_demo=False), Holds(db))
    ann = _user(db, "ann", day_tokens=1000)
    refused = _reserve(db, quotas, ann, 10, prompt=20_000)
    assert refused.refusal is not None and refused.refusal.code == "budget"
    assert refused.refusal.params["variant"] == "day_prompt" and refused.refusal.params["used"] == 0
    assert "about 20,000 tokens" in refused.refusal.message and "A new chat sends less" in refused.refusal.hint
    first = _reserve(db, quotas, ann, 100, prompt=850)
    assert first.tokens == 100  # 850 + 100 of 1000
    with db.session(read_only=True) as session:
        assert held(session, TOKENS, key=ann) == 950  # the prompt is held with what it may write
    second = _reserve(db, quotas, ann, 100, prompt=10)
    assert second.tokens == 64  # only 40 left: the floor
    third = _reserve(db, quotas, ann, 10, prompt=10)
    assert third.refusal is not None


def test_visitors_of_one_address_share_its_held_tokens(db):
    """A public demo counts every visitor of an address together: fresh cookies in parallel used to each hold
    the whole remainder (8,060 of a 3,000 budget)."""
    quotas = Quotas(SimpleNamespace(day_tokens=0, month_tokens=0, public_demo=True, demo_day_tokens=1000), Holds(db))
    visitors = [_user(db, f"demo-{i}") for i in range(3)]
    granted = [_reserve(db, quotas, v, 400, limit_key="ip:203.0.113.7") for v in visitors]
    assert [g.tokens for g in granted[:2]] == [400, 400] and granted[2].tokens == 200  # 1000 in all
    assert _reserve(db, quotas, _user(db, "demo-3"), 400, limit_key="ip:203.0.113.7").refusal is not None
    assert _reserve(db, quotas, _user(db, "demo-4"), 400, limit_key="ip:198.51.100.1").tokens == 400


def test_token_holds_count_until_released_and_the_check_is_atomic(db):
    quotas = Quotas(SimpleNamespace(day_tokens=0, month_tokens=0, public_demo=False), Holds(db))
    ann, bob = _user(db, "ann", day_tokens=1000), _user(db, "bob")
    with db.session() as session:
        add(session, owner_id=ann, backend="b", tokens=200)  # used today
    first = _reserve(db, quotas, ann, 600)
    assert first.tokens == 600 and first.hold_id
    second = _reserve(db, quotas, ann, 600)
    assert second.tokens == 200  # 1000 - 200 used - 600 held
    third = _reserve(db, quotas, ann, 600)
    assert third.refusal is not None and third.refusal.code == "budget" and third.refusal.params["used"] == 1000
    with db.session(read_only=True) as session:  # the pre-check before a turn counts the holds too
        assert quotas.refusal(session, user=session.get(User, ann)) is not None
    quotas.release(first.hold_id)
    assert _reserve(db, quotas, ann, 600).tokens == 600
    assert _reserve(db, quotas, bob, 600).hold_id is None  # no budget: nothing held, nothing locked
    # threads of one process: 6 x 300 wanted, 800 left in all (1000 - 200 used)... minus the 200+600 still held
    quotas.release(second.hold_id)
    results = race([lambda: _reserve(db, quotas, ann, 300)], 6)
    assert sum(r.tokens for r in results if r.refusal is None) == 200  # exactly what was left


def test_a_hold_lapses_unless_renewed_and_the_sweep_deletes_it(db):
    dead = Holds(db, lease_seconds=0.2)  # lasts 0.15 s after it was taken; nobody renews it
    live = Holds(db)  # renewed below
    with db.session() as session:
        dead.add(session, TOKENS, "ann", 500)
        mine = live.add(session, TOKENS, "ann", 300)
        session.commit()
    with db.session(read_only=True) as session:
        assert held(session, TOKENS, key="ann") == 800
        taken = session.get(LimitHold, mine).lease_until
    time.sleep(0.3)
    assert live.renew() == 1  # only this process's holds
    with db.session(read_only=True) as session:
        assert held(session, TOKENS, key="ann") == 300  # the dead one's lapsed
        assert session.get(LimitHold, mine).lease_until > taken
    assert live.sweep() == 1
    with db.session(read_only=True) as session:
        assert [r.id for r in session.execute(select(LimitHold)).scalars()] == [mine]
    # a hold whose release did not reach the database (it left this process's set first) lapses: the
    # process renews only the holds it still uses, not every row with its name
    live.ttl = 0.2
    with db.session() as session:
        orphan = live.add(session, TOKENS, "ann", 700)
        session.commit()
    with live._lock:
        live._mine.discard(orphan)  # as release() does before its DELETE, which failed
    time.sleep(0.3)
    assert live.renew() == 1
    with db.session(read_only=True) as session:
        assert held(session, TOKENS, key="ann") == 300
    live.release(mine)
    assert live.renew() == 0  # nothing held: no statement
    with db.session(read_only=True) as session:
        assert held(session, TOKENS, key="ann") == 0


async def settled(allowance: Allowance) -> Allowance:
    """Once every place given back (or taken too late) is released in the database."""
    while allowance._releasing:
        await asyncio.gather(*allowance._releasing)
    await allowance.holds.close()
    return allowance


def nothing_held(db: Database, allowance: Allowance) -> None:
    assert allowance.users == {} and allowance.backends == {}
    with db.session(read_only=True) as session:
        assert held(session, AGENT, other="vllm") == 0


def test_the_allowance_waits_for_a_place_per_user_and_per_backend(db):
    async def go():
        holds = Holds(db)
        allowance = Allowance(db, holds, per_user=2, per_backend=3, poll=30)  # (woken by gives, not polls)
        ann = [await allowance.take("ann", "vllm"), await allowance.take("ann", "vllm")]
        third = asyncio.ensure_future(allowance.take("ann", "vllm"))  # ann's third waits
        bob = await allowance.take("bob", "vllm")  # bob does not wait for ann: the backend has 3 places
        fourth = asyncio.ensure_future(allowance.take("bob", "vllm"))  # ...and now the backend is full
        await asyncio.sleep(0.3)
        assert not third.done() and not fourth.done()
        allowance.give(bob, "bob", "vllm")
        bob = await asyncio.wait_for(fourth, 10)  # bob's place went to bob; ann is still at her 2
        assert not third.done()
        allowance.give(ann.pop(), "ann", "vllm")
        ann.append(await asyncio.wait_for(third, 10))
        assert (allowance.users, allowance.backends) == ({"ann": 2, "bob": 1}, {"vllm": 3})
        for place, user in ((ann[0], "ann"), (ann[1], "ann"), (bob, "bob")):
            allowance.give(place, user, "vllm")
        return await settled(allowance)

    nothing_held(db, asyncio.run(go()))


def test_places_held_by_another_process_count_and_come_back_by_polling(db):
    async def go():
        here = Allowance(db, Holds(db), per_user=1, per_backend=16, poll=0.05)
        there = Allowance(db, Holds(db), per_user=1, per_backend=16, poll=0.05)  # another process's
        place = await there.take("ann", "vllm")
        waiting = asyncio.ensure_future(here.take("ann", "vllm"))
        await asyncio.sleep(0.3)
        assert not waiting.done()  # the place held there counts here
        there.give(place, "ann", "vllm")
        return await asyncio.wait_for(waiting, 10)

    assert asyncio.run(go())


def test_a_cancelled_wait_for_a_place_leaves_no_place_behind(db):
    """A swarm stopped while its agents wait (or while their check runs) holds nothing afterwards."""
    async def go():
        holds = Holds(db)
        allowance = Allowance(db, holds, per_user=1, per_backend=16, poll=0.05)
        first = await allowance.take("ann", "vllm")
        waiting = [asyncio.ensure_future(allowance.take("ann", "vllm")) for _ in range(3)]
        await asyncio.sleep(0.2)
        for task in waiting:
            task.cancel()
        allowance.give(first, "ann", "vllm")
        cut = asyncio.ensure_future(allowance.take("bob", "vllm"))
        await asyncio.sleep(0)  # its check has begun in a worker thread
        cut.cancel()
        await asyncio.gather(*waiting, cut, return_exceptions=True)
        return await settled(allowance)

    nothing_held(db, asyncio.run(go()))


def test_turn_limits_count_in_the_database_and_streams_here(db):
    async def go():
        one = TurnLimits(Windows(db), per_minute=2, concurrent=1, per_minute_per_ip=1)
        other = TurnLimits(Windows(db), per_minute=2, concurrent=1)  # another process's
        assert await one.begin("ann") is None
        streams = await one.begin("ann")  # ann's answer still streams here
        assert streams.params["variant"] == "streams"
        one.finished("ann")
        assert await other.would_refuse("ann") is None and await other.begin("ann") is None
        other.finished("ann")
        too_fast = await one.would_refuse("ann")
        assert too_fast.params["variant"] == "too_fast" and 1 <= too_fast.params["seconds"] <= 61
        assert (await other.begin("ann")).params["variant"] == "too_fast"
        assert one._streaming == {} and other._streaming == {}  # a refused turn is not left running
        assert await one.begin("ip:1.2.3.4") is None  # an address: its own (demo) rate
        one.finished("ip:1.2.3.4")
        assert (await one.begin("ip:1.2.3.4")).params["variant"] == "too_fast"

    asyncio.run(go())


def test_streams_at_once_count_in_every_process_for_a_user_and_for_an_address(db):
    """/v1 streams and a public demo's visitors of one address were counted per process (3 per replica)."""
    async def go():
        holds_a, holds_b = Holds(db), Holds(db)
        a = TurnLimits(Windows(db), per_minute=100, concurrent=2, holds=holds_a)
        b = TurnLimits(Windows(db), per_minute=100, concurrent=2, holds=holds_b)  # another process's
        assert await a.begin("ann") is None
        assert await b.begin("ann") is None  # nothing announced, nothing in b's own count: the holds tell
        refused = await b.begin("ann")
        assert refused is not None and refused.params["variant"] == "streams"
        assert await a.begin("ip:203.0.113.7") is None and await b.begin("ip:203.0.113.7") is None
        assert (await a.begin("ip:203.0.113.7")).params["variant"] == "streams"
        a.finished("ann")
        await asyncio.gather(*a._releasing)  # (released in a worker thread)
        assert await b.begin("ann") is None  # a place again
        for limits, key in ((b, "ann"), (b, "ann"), (a, "ip:203.0.113.7"), (b, "ip:203.0.113.7")):
            limits.finished(key)
        await asyncio.gather(*a._releasing, *b._releasing)
        with db.session(read_only=True) as session:
            assert held(session, STREAM, key="ann") == 0 and held(session, STREAM, key="ip:203.0.113.7") == 0
        await holds_a.close()
        await holds_b.close()

    asyncio.run(go())


def test_window_limits_of_different_uses_do_not_share_keys(db):
    windows = Windows(db)
    imports, uploads = WindowLimit(windows, 1, 3600, "imports:"), WindowLimit(windows, 1, 60, "uploads:")
    assert imports.wait(["ann"]) == 0.0 and uploads.wait(["ann"]) == 0.0
    assert 3590 < imports.wait(["ann"]) <= 3600 and 50 < uploads.wait(["ann"]) <= 60
