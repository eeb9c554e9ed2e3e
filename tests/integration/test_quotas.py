"""Token budgets (kimi_ui/usage.py): every turn's tokens land in usage_days; a user near a budget is warned,
at it refused, with the day it comes back; each Turns here is a fresh one (as another app process would be),
so only the database carries the count. Backend access by user and group (kimi_ui/access.py)."""

from __future__ import annotations

import threading
from datetime import date, datetime, timezone

import pytest
from sqlmodel import select

from kimi_ui import usage
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import User
from kimi_ui.storage.team_model import UsageDay
from kimi_ui.turns import TurnInput
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration


def counted(harness) -> int:
    with harness.db.session() as session:
        return sum(r.tokens for r in session.exec(select(UsageDay).where(UsageDay.owner_id == harness.owner_id)))


def test_turns_count_their_tokens_and_a_spent_budget_refuses_until_tomorrow(tmp_path, sim):
    harness = TurnHarness.create(tmp_path / "data", sim.url, auto_title=False, day_tokens=4000)
    first, _ = harness.run(TurnInput(text="count me #sim tokens=20", mode="instant"))
    assert first.status == "done" and not first.notices
    spent = counted(harness)
    assert spent == first.prompt_tokens + first.completion_tokens > 0
    with harness.db.session() as session:  # just under 80 %: the next answer takes the user past it and says so
        usage.add(session, owner_id=harness.owner_id, backend="Simulated vLLM", tokens=int(4000 * 0.8) - spent - 1)
    warned, _ = harness.run(TurnInput(text="warn me #sim tokens=5", mode="instant",
                                      conversation_id=first.conversation_id))
    assert warned.status == "done"
    (note,) = [n for n in warned.notices if n.code == "budget_near"]
    used = counted(harness)
    assert note.params["variant"] == "day" and note.params["left"] == 4000 - used and "tokens" in note.message
    with harness.db.session() as session:  # the rest but a little: the answer that spends it says when it comes back
        usage.add(session, owner_id=harness.owner_id, backend="Simulated vLLM", tokens=4000 - used - 5)
    last, _ = harness.run(TurnInput(text="last one #sim tokens=5", mode="instant",
                                    conversation_id=first.conversation_id))
    (note,) = [n for n in last.notices if n.code == "budget_spent"]
    assert note.params["resets"] > date.today().isoformat() and "waits for" in note.message
    refused, events = harness.run(TurnInput(text="and now? #sim tokens=5", mode="instant",
                                            conversation_id=first.conversation_id))
    assert refused.status == "error" and refused.error.code == "budget"
    assert refused.error.params["variant"] == "day"
    assert refused.error.params["resets"] > date.today().isoformat() and "comes back" in refused.error.hint
    before = counted(harness)
    with harness.db.session() as session:  # an admin gives this user a budget of their own
        user = session.get(User, harness.owner_id)
        user.day_tokens = 0  # no limit
        session.add(user)
        session.commit()
    again, _ = harness.run(TurnInput(text="unlimited #sim tokens=5", mode="instant",
                                     conversation_id=first.conversation_id))
    assert again.status == "done" and counted(harness) > before


def test_a_month_budget_counts_the_whole_month(tmp_path, sim):
    harness = TurnHarness.create(tmp_path / "data", sim.url, auto_title=False, month_tokens=1000)
    today = usage.today()
    with harness.db.session() as session:
        if today.day > 1:  # earlier this month counts, last month does not
            usage.add(session, owner_id=harness.owner_id, backend="x", tokens=600, day=today.replace(day=1))
        else:
            usage.add(session, owner_id=harness.owner_id, backend="x", tokens=600, day=today)
        usage.add(session, owner_id=harness.owner_id, backend="x", tokens=10_000,
                  day=date(today.year - 1, today.month, 1))
    assert harness.run(TurnInput(text="fine #sim tokens=5", mode="instant"))[0].status == "done"
    with harness.db.session() as session:
        usage.add(session, owner_id=harness.owner_id, backend="y", tokens=400)
    refused, _ = harness.run(TurnInput(text="over #sim tokens=5", mode="instant"))
    assert refused.error.code == "budget" and refused.error.params["variant"] == "month"


def test_a_demo_visitor_budget_follows_the_address_not_the_cookie(tmp_path, sim):
    harness = TurnHarness.create(tmp_path / "data", sim.url, auto_title=False, public_demo=True,
                                 demo_day_tokens=300)
    with harness.db.session() as session:
        visitor = User(name="demo-aaaa")
        second = User(name="demo-bbbb")  # the same visitor with a new cookie
        session.add(visitor)
        session.add(second)
        session.commit()
        ids = visitor.id, second.id
    harness.owner_id = ids[0]
    done, _ = harness.run(TurnInput(text="hello #sim tokens=400", mode="instant", limit_key="ip:10.0.0.7"))
    assert done.finish_reason == "length"  # written up to what was left of the 300
    refused, _ = harness.run(TurnInput(text="more #sim tokens=5", mode="instant", limit_key="ip:10.0.0.7"))
    assert refused.error.code == "budget"
    harness.owner_id = ids[1]
    again, _ = harness.run(TurnInput(text="new cookie #sim tokens=5", mode="instant", limit_key="ip:10.0.0.7"))
    assert again.error.code == "budget"
    same_network, _ = harness.run(TurnInput(text="next address of a /64 #sim tokens=5", mode="instant",
                                            limit_key="ip:2001:db8::1"))
    assert same_network.status == "done"  # (a first visit from there)
    assert usage.address_owner("ip:2001:db8::1") == usage.address_owner("ip:2001:db8::ffff")
    assert usage.address_owner("ip:10.0.0.7") != usage.address_owner("ip:10.0.0.8")
    elsewhere, _ = harness.run(TurnInput(text="another address #sim tokens=5", mode="instant",
                                         limit_key="ip:10.0.0.8"))
    assert elsewhere.status == "done"


def test_concurrent_counts_add_up_on_both_databases(database_url):
    db = Database(database_url)
    db.migrate()

    def count() -> None:
        for _ in range(25):
            with db.session() as session:
                usage.add(session, owner_id="o" * 32, backend="b", tokens=3, prompt_tokens=1, cost=0.5)

    workers = [threading.Thread(target=count) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    with db.session() as session:
        row = session.get(UsageDay, ("o" * 32, usage.today(), "b"))
        assert (row.tokens, row.prompt_tokens, row.requests, row.cost) == (300, 100, 100, 50.0)
        assert usage.spent(session, owner_id="o" * 32, now=datetime.now(timezone.utc)) == (300, 300)
    db.dispose()


def test_a_backend_kept_for_a_group_is_refused_to_others(tmp_path, sim):
    harness = TurnHarness.create(tmp_path / "data", sim.url, auto_title=False)
    paid = harness.configs[-1]
    harness.configs[-1] = paid.model_copy(update={"groups": ["research"]})
    refused, _ = harness.run(TurnInput(text="let me in", mode="instant", backend=paid.name))
    assert refused.error.code == "unknown_backend" and paid.name not in refused.error.params["names"]
    with harness.db.session() as session:
        user = session.get(User, harness.owner_id)
        user.groups = "staff research"
        session.add(user)
        session.commit()
    allowed, _ = harness.run(TurnInput(text="now? #sim tokens=3", mode="instant", backend=paid.name))
    assert allowed.status == "done"


def test_a_stopped_answer_counts_what_it_wrote_and_parallel_turns_share_what_is_left(tmp_path, sim):
    """A stream stopped (or cut) before its last chunk brings no usage: the text written and the prompt are
    counted instead. Turns running at once hold the tokens they may write, so together they stay within the
    budget instead of each spending the whole remainder."""
    import asyncio

    from kimi_ui.backends.base import Backend
    from kimi_ui.backends.registry import Backends
    from kimi_ui.jobs import Jobs
    from kimi_ui.turns import Turns

    harness = TurnHarness.create(tmp_path / "data", sim.url, auto_title=False, day_tokens=1500)

    async def stopped():
        backends = Backends([Backend(c, read_timeout=30) for c in harness.configs])
        jobs = Jobs(Turns(harness.db, backends, harness.settings), limit=8)
        try:
            job = jobs.start(harness.owner_id, TurnInput(text="long #sim tokens=4000 rate=300", mode="instant"))
            async for answer in job.follow():
                if len(answer.content) > 500:  # (well past 400: the check below needs > 100 tokens)
                    job.stop()
            await job.task
            return job.answer
        finally:
            await backends.close()

    answer = asyncio.run(asyncio.wait_for(stopped(), 60))
    assert answer.status == "cancelled" and answer.completion_tokens is None  # the simulator's usage never came
    spent = counted(harness)
    assert spent >= len(answer.content) // 4 > 100

    async def together():
        backends = Backends([Backend(c, read_timeout=30) for c in harness.configs])
        jobs = Jobs(Turns(harness.db, backends, harness.settings), limit=8)
        try:
            started = [jobs.start(harness.owner_id, TurnInput(text=f"both {n} #sim tokens=3000 rate=2000",
                                                              mode="instant")) for n in range(3)]
            await asyncio.gather(*(j.task for j in started))
            return [j.answer for j in started]
        finally:
            await backends.close()

    answers = asyncio.run(asyncio.wait_for(together(), 60))
    # the first held what was left and stopped there; the others found it held (checked and held under a lock
    # of the user's row, kimi_ui/shared_limits.py) and were refused without calling the backend
    wrote = [a for a in answers if a.status != "error"]
    assert len(wrote) == 1 and wrote[0].finish_reason == "length" and len(wrote[0].content) > 100
    refused = [a for a in answers if a.status == "error"]
    assert [a.error.code for a in refused] == ["budget", "budget"] and not any(a.content for a in refused)
    # the budget is overrun by the prompt only, not by 3 x 3000
    assert counted(harness) < 1500 + 200
