"""Turns as jobs (kimi_ui/jobs.py) over real HTTP to the simulated backend and a real SQLite file: a job runs
to its end whatever its followers do; Stop, the waiting line and the shutdown drain."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from kimi_ui.backends.base import Backend
from kimi_ui.backends.registry import Backends
from kimi_ui.bus import LocalBus
from kimi_ui.jobs import Jobs
from kimi_ui.running import Running
from kimi_ui.storage import store
from kimi_ui.turns import TurnInput, Turns
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
SLOW = "#sim rate=200 tokens=400"  # about two seconds of answer


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url, auto_title=False)


def with_jobs(harness, work, limit: int = 8, shared: bool = False):
    """shared: with the registry and bus the app runs with (leases in the database), as in production."""
    async def go():
        backends = Backends([Backend(c, read_timeout=30) for c in harness.configs])
        running, bus = (Running(harness.db), LocalBus()) if shared else (None, None)
        jobs = Jobs(Turns(harness.db, backends, harness.settings), limit=limit, running=running, bus=bus)
        if shared:
            await bus.start()
            await running.start()
            await jobs.start_mirror()
        try:
            return await work(jobs)
        finally:
            if shared:
                await jobs.close()
                await running.close()
                await bus.close()
            await backends.close()

    return asyncio.run(asyncio.wait_for(go(), 60))


def stored(harness, answer):
    (row,) = [m for m in harness.messages(answer.conversation_id) if m.id == answer.message_id]
    return row


def turn(text: str, **options) -> TurnInput:
    return TurnInput(text=text, mode="instant", **options)


def test_a_job_finishes_after_its_follower_leaves(harness):
    async def work(jobs):
        job = jobs.start(harness.owner_id, turn(f"leave early {SLOW}"))
        async with contextlib.aclosing(job.follow()) as follower:
            async for answer in follower:
                if answer.content:
                    break  # the tab closed
        assert not job.done
        await job.task
        return job.answer

    answer = with_jobs(harness, work)
    row = stored(harness, answer)
    assert row.status == "done" and row.content == answer.content and "Simulated answer" in row.content


def test_two_followers_see_one_answer_and_stop_ends_it_for_both(harness):
    async def work(jobs):
        job = jobs.start(harness.owner_id, turn(f"two tabs {SLOW}"))
        seen = {"a": [], "b": []}
        stopped = []

        async def follow(name):
            async for answer in job.follow():
                seen[name].append(len(answer.content))
                # a few updates in, once words have come (how many updates come before them varies)
                if name == "a" and answer.content and len(seen["a"]) >= 3 and not stopped:
                    stopped.append(True)
                    assert jobs.stop(harness.owner_id, conversation_id=answer.conversation_id)

        await asyncio.gather(follow("a"), follow("b"))
        return job.answer, seen

    answer, seen = with_jobs(harness, work)
    assert answer.status == "cancelled" and answer.content
    assert seen["a"][-1] == seen["b"][-1] == len(answer.content)  # both ended on the same final state
    row = stored(harness, answer)
    assert row.status == "cancelled" and row.content == answer.content


def test_another_users_ids_stop_nothing(harness):
    async def work(jobs):
        job = jobs.start(harness.owner_id, turn(f"mine {SLOW}"))
        async for answer in job.follow():
            if answer.message_id:
                break
        for ids in ({"message_id": answer.message_id}, {"conversation_id": answer.conversation_id}):
            assert not jobs.stop("someone-else", **ids)
        assert jobs.by_message("someone-else", answer.message_id) is None
        assert jobs.answering("someone-else") == set()
        assert jobs.answering(harness.owner_id) == {answer.conversation_id}
        await job.task
        return job.answer

    assert with_jobs(harness, work).status == "done"


def test_a_second_turn_on_an_answering_conversation_is_busy_with_the_running_id(harness):
    async def work(jobs):
        first = jobs.start(harness.owner_id, turn(f"first {SLOW}"))
        async for answer in first.follow():
            if answer.message_id:
                break
        second = jobs.start(harness.owner_id, turn("second", conversation_id=answer.conversation_id))
        await first.task
        return first.answer, second.answer

    first, second = with_jobs(harness, work)
    assert second.status == "error" and second.error.code == "busy"
    assert second.error_dict()["message_id"] == first.message_id


def test_beyond_the_limit_a_turn_waits_in_line_and_says_how_many_are_ahead(harness):
    async def work(jobs):
        first = jobs.start(harness.owner_id, turn(f"first {SLOW}"))
        async for answer in first.follow():
            if answer.content:
                break  # it holds the one slot
        second = jobs.start(harness.owner_id, turn("second"))
        places = []
        async for answer in second.follow():
            places.append(answer.queued)
        return first, second.answer, places

    first, second, places = with_jobs(harness, work, limit=1)
    assert 1 in places and places[-1] is None  # it waited behind one answer, then ran
    assert second.status == "done" and first.answer.ended_at <= second.ended_at
    assert stored(harness, second).content == second.content


def test_the_shutdown_drain_saves_unfinished_answers_as_interrupted(harness):
    async def work(jobs):
        quick = jobs.start(harness.owner_id, turn("quick"))
        slow = jobs.start(harness.owner_id, turn(f"slow #sim rate=20 tokens=400"))
        async for answer in slow.follow():
            if answer.content:
                break
        left = await jobs.drain(0.5)
        late = jobs.start(harness.owner_id, turn("too late"))
        return left, quick.answer, slow.answer, late.answer

    left, quick, slow, late = with_jobs(harness, work)
    assert left == 1 and quick.status == "done"
    assert slow.status == "interrupted" and slow.content
    assert any(n.code == "interrupted" and n.action == "continue" for n in slow.notices)
    assert stored(harness, slow).status == "interrupted"
    assert late.status == "error" and late.error.code == "shutting_down"


@pytest.mark.parametrize("shared", [False, True], ids=["alone", "shared"])
@pytest.mark.parametrize("steps", [0, 1, 2, 3, 5, 8, 13, 21, 34])
def test_stop_at_any_moment_before_the_answer_starts_ends_the_turn_and_leaves_no_row_streaming(harness, steps,
                                                                                              shared):
    """Stop right after Enter lands in whatever phase the turn is in: not yet begun (its task not run once),
    its lease being claimed, its question being saved in a worker thread, its lease given the answer's id,
    waiting for a slot; and pressed twice (Esc, then the button). Each way the job ends, its followers get a
    final state that says it stopped, no stored answer stays 'streaming' with nobody to finish it, and no
    lease is left to keep the conversation (and the owner's count of answers) busy."""
    async def work(jobs):
        job = jobs.start(harness.owner_id, turn(f"stop early {SLOW}"))
        seen = []

        async def follow():
            async for answer in job.follow():
                seen.append(answer.status)

        follower = asyncio.ensure_future(follow())
        for _ in range(steps):  # each: one turn of the loop (a worker thread's save takes several)
            await asyncio.sleep(0 if steps < 8 else 0.0005)
        assert job.stop()
        await asyncio.sleep(0.001)
        job.stop()  # a second Stop while the first is being handled
        await asyncio.wait_for(follower, 10)
        leases = await jobs.registry.count(harness.owner_id) if shared else 0
        return job, seen, leases

    job, seen, leases = with_jobs(harness, work, shared=shared)
    assert job.done and seen[-1] == "cancelled" == job.answer.status
    assert any(n.code == "cancelled" for n in job.answer.notices)
    assert leases == 0
    with harness.db.session() as session:
        for conversation in store.list_conversations(session, owner_id=harness.owner_id, limit=50):
            rows = store.list_messages(session, owner_id=harness.owner_id, conversation_id=conversation.id)
            assert [m.status for m in rows if m.role == "assistant"] == ["cancelled"]


def test_a_retry_the_moment_an_answer_ends_waits_for_its_write_instead_of_busy(harness):
    """Followers see the end (and the page its Retry) before the job has written the answer and given the
    conversation back: a Retry then was refused as busy. `settled` waits that out; a running answer it
    does not wait for."""
    async def work(jobs):
        first = jobs.start(harness.owner_id, turn("answer then retry #sim tokens=5"))
        seen_end = False
        async for answer in first.follow():
            if answer.status != "streaming" and not first.done:
                seen_end = True
                again = turn("", conversation_id=answer.conversation_id, regenerate_of=answer.message_id)
                refused = jobs.start(harness.owner_id, again)
                await jobs.settled(harness.owner_id, answer.conversation_id)
                assert first.done
                retried = jobs.start(harness.owner_id, again)
                break
        await retried.task
        running = jobs.start(harness.owner_id, turn(f"a long one {SLOW}", conversation_id=answer.conversation_id))
        async for now in running.follow():
            if now.content:
                break
        await asyncio.wait_for(jobs.settled(harness.owner_id, answer.conversation_id, timeout=30), 0.5)
        assert not running.done
        running.stop()
        await running.task
        return seen_end, refused.answer, retried.answer

    seen_end, refused, retried = with_jobs(harness, work)
    assert seen_end and refused.status == "error" and refused.error.code == "busy"
    assert retried.status == "done" and "Simulated answer" in retried.content
